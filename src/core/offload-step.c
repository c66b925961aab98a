/* offload-step.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "offload-step.h"

/* Registered by hand: G_DEFINE_BOXED_TYPE trips -Wpedantic in C11 mode. */
GType
offload_step_get_type (void)
{
  static gsize type_id;

  if (g_once_init_enter (&type_id))
    {
      GType type = g_boxed_type_register_static (g_intern_static_string ("OffloadStep"),
                                                 (GBoxedCopyFunc) offload_step_ref,
                                                 (GBoxedFreeFunc) offload_step_unref);
      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

OffloadStep *
offload_step_new (void)
{
  return g_atomic_rc_box_new0 (OffloadStep);
}

OffloadStep *
offload_step_ref (OffloadStep *step)
{
  return g_atomic_rc_box_acquire (step);
}

static void
offload_step_clear (gpointer data)
{
  OffloadStep *step = data;

  g_free (step->id);
  g_free (step->title);
  g_free (step->detail);
  g_free (step->urgency);
  g_strfreev (step->urgent_when);
  g_strfreev (step->source);
}

void
offload_step_unref (OffloadStep *step)
{
  g_atomic_rc_box_release_full (step, offload_step_clear);
}
