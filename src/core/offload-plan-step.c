/* offload-plan-step.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "offload-plan-step-private.h"

struct _OffloadPlanStep
{
  GObject      parent_instance;

  OffloadStep *step;
  gboolean     done;
  GStrv        urgent_signs;   /* never NULL */
};

G_DEFINE_FINAL_TYPE (OffloadPlanStep, offload_plan_step, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STEP,
  PROP_ID,
  PROP_TITLE,
  PROP_DETAIL,
  PROP_DONE,
  PROP_URGENT,
  PROP_WHY_URGENT,
  PROP_URGENT_SIGNS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
offload_plan_step_finalize (GObject *object)
{
  OffloadPlanStep *self = OFFLOAD_PLAN_STEP (object);

  g_clear_pointer (&self->step, offload_step_unref);
  g_strfreev (self->urgent_signs);

  G_OBJECT_CLASS (offload_plan_step_parent_class)->finalize (object);
}

static void
offload_plan_step_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OffloadPlanStep *self = OFFLOAD_PLAN_STEP (object);

  switch (prop_id)
    {
    case PROP_STEP: g_value_set_boxed (value, self->step); break;
    case PROP_ID: g_value_set_string (value, self->step->id); break;
    case PROP_TITLE: g_value_set_string (value, self->step->title); break;
    case PROP_DETAIL: g_value_set_string (value, self->step->detail); break;
    case PROP_DONE: g_value_set_boolean (value, self->done); break;
    case PROP_URGENT: g_value_set_boolean (value, offload_plan_step_get_urgent (self)); break;
    case PROP_WHY_URGENT: g_value_set_string (value, offload_plan_step_get_why_urgent (self)); break;
    case PROP_URGENT_SIGNS: g_value_set_boxed (value, self->urgent_signs); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_plan_step_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OffloadPlanStep *self = OFFLOAD_PLAN_STEP (object);

  switch (prop_id)
    {
    case PROP_STEP: self->step = g_value_dup_boxed (value); break;
    case PROP_DONE: offload_plan_step_set_done (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_plan_step_class_init (OffloadPlanStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags readable = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = offload_plan_step_finalize;
  object_class->get_property = offload_plan_step_get_property;
  object_class->set_property = offload_plan_step_set_property;

  properties[PROP_STEP] =
    g_param_spec_boxed ("step", NULL, NULL, OFFLOAD_TYPE_STEP,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, readable);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, readable);
  properties[PROP_DETAIL] = g_param_spec_string ("detail", NULL, NULL, NULL, readable);
  properties[PROP_DONE] =
    g_param_spec_boolean ("done", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_URGENT] = g_param_spec_boolean ("urgent", NULL, NULL, FALSE, readable);
  properties[PROP_WHY_URGENT] = g_param_spec_string ("why-urgent", NULL, NULL, NULL, readable);
  properties[PROP_URGENT_SIGNS] = g_param_spec_boxed ("urgent-signs", NULL, NULL, G_TYPE_STRV, readable);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
offload_plan_step_init (OffloadPlanStep *self)
{
  self->urgent_signs = g_new0 (char *, 1);
}

OffloadPlanStep *
offload_plan_step_new (OffloadStep *step)
{
  g_return_val_if_fail (step != NULL, NULL);

  return g_object_new (OFFLOAD_TYPE_PLAN_STEP, "step", step, NULL);
}

void
offload_plan_step_set_urgent_signs (OffloadPlanStep *self,
                                    GStrv            signs)
{
  gboolean was_urgent;

  g_return_if_fail (OFFLOAD_IS_PLAN_STEP (self));
  g_return_if_fail (signs != NULL);

  if (g_strv_equal ((const char * const *) self->urgent_signs, (const char * const *) signs))
    {
      g_strfreev (signs);
      return;
    }

  was_urgent = offload_plan_step_get_urgent (self);
  g_strfreev (self->urgent_signs);
  self->urgent_signs = signs;

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URGENT_SIGNS]);
  if (was_urgent != offload_plan_step_get_urgent (self))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URGENT]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHY_URGENT]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

OffloadStep *
offload_plan_step_get_step (OffloadPlanStep *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PLAN_STEP (self), NULL);
  return self->step;
}

const char *
offload_plan_step_get_id (OffloadPlanStep *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PLAN_STEP (self), NULL);
  return self->step->id;
}

const char *
offload_plan_step_get_title (OffloadPlanStep *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PLAN_STEP (self), NULL);
  return self->step->title;
}

const char *
offload_plan_step_get_detail (OffloadPlanStep *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PLAN_STEP (self), NULL);
  return self->step->detail;
}

gboolean
offload_plan_step_get_done (OffloadPlanStep *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PLAN_STEP (self), FALSE);
  return self->done;
}

void
offload_plan_step_set_done (OffloadPlanStep *self,
                            gboolean         done)
{
  g_return_if_fail (OFFLOAD_IS_PLAN_STEP (self));

  done = !!done;
  if (self->done == done)
    return;

  self->done = done;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE]);
}

gboolean
offload_plan_step_get_urgent (OffloadPlanStep *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PLAN_STEP (self), FALSE);
  return self->urgent_signs[0] != NULL;
}

const char *
offload_plan_step_get_why_urgent (OffloadPlanStep *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PLAN_STEP (self), NULL);
  return offload_plan_step_get_urgent (self) ? self->step->urgency : NULL;
}

const char * const *
offload_plan_step_get_urgent_signs (OffloadPlanStep *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PLAN_STEP (self), NULL);
  return (const char * const *) self->urgent_signs;
}
