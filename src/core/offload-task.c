/* offload-task.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "offload-task.h"

G_DEFINE_ENUM_TYPE (OffloadTaskRisk, offload_task_risk,
  G_DEFINE_ENUM_VALUE (OFFLOAD_TASK_RISK_LOW, "low"),
  G_DEFINE_ENUM_VALUE (OFFLOAD_TASK_RISK_MEDIUM, "medium"),
  G_DEFINE_ENUM_VALUE (OFFLOAD_TASK_RISK_HIGH, "high"))

static const char * const risk_ids[] = { "low", "medium", "high" };

const char *
offload_task_risk_to_id (OffloadTaskRisk risk)
{
  g_return_val_if_fail (risk <= OFFLOAD_TASK_RISK_HIGH, NULL);
  return risk_ids[risk];
}

gboolean
offload_task_risk_from_id (const char      *id,
                           OffloadTaskRisk *risk)
{
  for (guint i = 0; i < G_N_ELEMENTS (risk_ids); i++)
    if (g_strcmp0 (id, risk_ids[i]) == 0)
      {
        *risk = (OffloadTaskRisk) i;
        return TRUE;
      }
  return FALSE;
}

const char *
offload_task_risk_get_title (OffloadTaskRisk risk)
{
  switch (risk)
    {
    case OFFLOAD_TASK_RISK_LOW:
      /* Translators: how risky it is to hand a task over */
      return _("low risk");
    case OFFLOAD_TASK_RISK_MEDIUM:
      /* Translators: how risky it is to hand a task over */
      return _("medium risk");
    case OFFLOAD_TASK_RISK_HIGH:
      /* Translators: how risky it is to hand a task over */
      return _("high risk");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Registered by hand: G_DEFINE_BOXED_TYPE trips -Wpedantic in C11 mode. */
GType
offload_task_get_type (void)
{
  static gsize type_id;

  if (g_once_init_enter (&type_id))
    {
      GType type = g_boxed_type_register_static (g_intern_static_string ("OffloadTask"),
                                                 (GBoxedCopyFunc) offload_task_ref,
                                                 (GBoxedFreeFunc) offload_task_unref);
      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

OffloadTask *
offload_task_new (void)
{
  return g_atomic_rc_box_new0 (OffloadTask);
}

OffloadTask *
offload_task_ref (OffloadTask *task)
{
  return g_atomic_rc_box_acquire (task);
}

static void
offload_task_clear (gpointer data)
{
  OffloadTask *task = data;

  g_free (task->id);
  g_free (task->title);
  g_free (task->risk_source);
  g_free (task->share_source);
}

void
offload_task_unref (OffloadTask *task)
{
  g_atomic_rc_box_release_full (task, offload_task_clear);
}
