/* offload-brief-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "offload-brief-item.h"

struct _OffloadBriefItem
{
  GObject      parent_instance;

  OffloadTask *task;
  guint        position;
  double       hours;
  GStrv        reasons;
};

G_DEFINE_FINAL_TYPE (OffloadBriefItem, offload_brief_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TASK,
  PROP_ID,
  PROP_TITLE,
  PROP_RISK,
  PROP_HOURS,
  PROP_POSITION,
  PROP_REASONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
offload_brief_item_finalize (GObject *object)
{
  OffloadBriefItem *self = OFFLOAD_BRIEF_ITEM (object);

  g_clear_pointer (&self->task, offload_task_unref);
  g_strfreev (self->reasons);

  G_OBJECT_CLASS (offload_brief_item_parent_class)->finalize (object);
}

static void
offload_brief_item_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OffloadBriefItem *self = OFFLOAD_BRIEF_ITEM (object);

  switch (prop_id)
    {
    case PROP_TASK: g_value_set_boxed (value, self->task); break;
    case PROP_ID: g_value_set_string (value, self->task->id); break;
    case PROP_TITLE: g_value_set_string (value, self->task->title); break;
    case PROP_RISK: g_value_set_enum (value, self->task->risk); break;
    case PROP_HOURS: g_value_set_double (value, self->hours); break;
    case PROP_POSITION: g_value_set_uint (value, self->position); break;
    case PROP_REASONS: g_value_set_boxed (value, self->reasons); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_brief_item_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OffloadBriefItem *self = OFFLOAD_BRIEF_ITEM (object);

  switch (prop_id)
    {
    case PROP_TASK: self->task = g_value_dup_boxed (value); break;
    case PROP_HOURS: offload_brief_item_set_hours (self, g_value_get_double (value)); break;
    case PROP_POSITION: self->position = g_value_get_uint (value); break;
    case PROP_REASONS: self->reasons = g_value_dup_boxed (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_brief_item_constructed (GObject *object)
{
  OffloadBriefItem *self = OFFLOAD_BRIEF_ITEM (object);

  G_OBJECT_CLASS (offload_brief_item_parent_class)->constructed (object);

  if (self->reasons == NULL)
    self->reasons = g_new0 (char *, 1);
}

static void
offload_brief_item_class_init (OffloadBriefItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  const GParamFlags readable = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->constructed = offload_brief_item_constructed;
  object_class->finalize = offload_brief_item_finalize;
  object_class->get_property = offload_brief_item_get_property;
  object_class->set_property = offload_brief_item_set_property;

  properties[PROP_TASK] = g_param_spec_boxed ("task", NULL, NULL, OFFLOAD_TYPE_TASK, construct);
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, readable);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, readable);
  properties[PROP_RISK] = g_param_spec_enum ("risk", NULL, NULL, OFFLOAD_TYPE_TASK_RISK,
                                             OFFLOAD_TASK_RISK_LOW, readable);
  /* Moves with the hours lost: the brief updates it in place, so a slider
   * step redraws a figure instead of rebuilding the list's rows. */
  properties[PROP_HOURS] = g_param_spec_double ("hours", NULL, NULL, 0, G_MAXDOUBLE, 0,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] = g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 1, construct);
  properties[PROP_REASONS] = g_param_spec_boxed ("reasons", NULL, NULL, G_TYPE_STRV, construct);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
offload_brief_item_init (OffloadBriefItem *self)
{
}

OffloadBriefItem *
offload_brief_item_new (OffloadTask        *task,
                        guint               position,
                        double              hours,
                        const char * const *reasons)
{
  g_return_val_if_fail (task != NULL, NULL);

  return g_object_new (OFFLOAD_TYPE_BRIEF_ITEM,
                       "task", task,
                       "position", position,
                       "hours", hours,
                       "reasons", reasons,
                       NULL);
}

OffloadTask *
offload_brief_item_get_task (OffloadBriefItem *self)
{
  g_return_val_if_fail (OFFLOAD_IS_BRIEF_ITEM (self), NULL);
  return self->task;
}

const char *
offload_brief_item_get_id (OffloadBriefItem *self)
{
  g_return_val_if_fail (OFFLOAD_IS_BRIEF_ITEM (self), NULL);
  return self->task->id;
}

const char *
offload_brief_item_get_title (OffloadBriefItem *self)
{
  g_return_val_if_fail (OFFLOAD_IS_BRIEF_ITEM (self), NULL);
  return self->task->title;
}

OffloadTaskRisk
offload_brief_item_get_risk (OffloadBriefItem *self)
{
  g_return_val_if_fail (OFFLOAD_IS_BRIEF_ITEM (self), OFFLOAD_TASK_RISK_LOW);
  return self->task->risk;
}

double
offload_brief_item_get_hours (OffloadBriefItem *self)
{
  g_return_val_if_fail (OFFLOAD_IS_BRIEF_ITEM (self), 0);
  return self->hours;
}

void
offload_brief_item_set_hours (OffloadBriefItem *self,
                              double            hours)
{
  g_return_if_fail (OFFLOAD_IS_BRIEF_ITEM (self));

  if (self->hours == hours)
    return;
  self->hours = hours;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOURS]);
}

guint
offload_brief_item_get_position (OffloadBriefItem *self)
{
  g_return_val_if_fail (OFFLOAD_IS_BRIEF_ITEM (self), 0);
  return self->position;
}

const char * const *
offload_brief_item_get_reasons (OffloadBriefItem *self)
{
  g_return_val_if_fail (OFFLOAD_IS_BRIEF_ITEM (self), NULL);
  return (const char * const *) self->reasons;
}
