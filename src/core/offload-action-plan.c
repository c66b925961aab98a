/* offload-action-plan.c
 *
 * The steps and their state belong to the assessment (so that a document
 * saves them, and two views of one assessment agree); this is only their
 * order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "offload-action-plan.h"

struct _OffloadActionPlan
{
  GObject            parent_instance;

  OffloadAssessment *assessment;
  GPtrArray         *order;      /* OffloadPlanStep, urgent ones first */
  guint              n_done;
  guint              n_urgent;
  guint              answers_serial;  /* of the answers the order was built from */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OffloadActionPlan, offload_action_plan, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_N_ITEMS,
  PROP_N_DONE,
  PROP_N_URGENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
offload_action_plan_get_item_type (GListModel *model)
{
  return OFFLOAD_TYPE_PLAN_STEP;
}

static guint
offload_action_plan_get_n_items (GListModel *model)
{
  return OFFLOAD_ACTION_PLAN (model)->order->len;
}

static gpointer
offload_action_plan_get_item (GListModel *model,
                              guint       position)
{
  OffloadActionPlan *self = OFFLOAD_ACTION_PLAN (model);

  if (position >= self->order->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->order, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = offload_action_plan_get_item_type;
  iface->get_n_items = offload_action_plan_get_n_items;
  iface->get_item = offload_action_plan_get_item;
}

static void
set_count (OffloadActionPlan *self,
           guint             *field,
           guint              value,
           guint              prop_id)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* Same answers, same urgency and so the same order: only a step's "done"
 * can have moved (or nothing at all, on a slider step). */
static gboolean
update_done_only (OffloadActionPlan *self)
{
  guint n_done = 0;

  if (self->answers_serial == 0 ||
      self->answers_serial != offload_assessment_get_answers_serial (self->assessment))
    return FALSE;

  for (guint i = 0; i < self->order->len; i++)
    n_done += offload_plan_step_get_done (g_ptr_array_index (self->order, i));
  set_count (self, &self->n_done, n_done, PROP_N_DONE);
  return TRUE;
}

static void
update (OffloadActionPlan *self)
{
  OffloadCatalog *catalog = offload_assessment_get_catalog (self->assessment);
  guint n_steps = offload_catalog_get_n_steps (catalog);
  g_autoptr(GPtrArray) order = NULL;
  guint n_urgent = 0;
  guint n_done = 0;
  guint n = self->order->len;
  guint first = 0;
  guint last;

  if (update_done_only (self))
    return;
  self->answers_serial = offload_assessment_get_answers_serial (self->assessment);
  order = g_ptr_array_new_full (n_steps, g_object_unref);

  /* Urgent first, then the rest: two passes keep the catalog's order in each. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n_steps; i++)
      {
        OffloadPlanStep *step = offload_assessment_get_step (self->assessment,
                                                             offload_catalog_get_step (catalog, i)->id);

        if (offload_plan_step_get_urgent (step) != (pass == 0))
          continue;
        g_ptr_array_add (order, g_object_ref (step));
        n_urgent += pass == 0;
        n_done += offload_plan_step_get_done (step);
      }

  g_object_freeze_notify (G_OBJECT (self));

  /* The same steps, maybe in another order: report the stretch that moved. */
  if (n == 0)
    {
      g_ptr_array_unref (self->order);
      self->order = g_steal_pointer (&order);
      if (self->order->len > 0)
        {
          g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, self->order->len);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
        }
    }
  else
    {
      while (first < n && g_ptr_array_index (order, first) == g_ptr_array_index (self->order, first))
        first++;
      if (first < n)
        {
          last = n - 1;
          while (g_ptr_array_index (order, last) == g_ptr_array_index (self->order, last))
            last--;
          g_ptr_array_unref (self->order);
          self->order = g_steal_pointer (&order);
          g_list_model_items_changed (G_LIST_MODEL (self), first, last - first + 1, last - first + 1);
        }
    }

  set_count (self, &self->n_urgent, n_urgent, PROP_N_URGENT);
  set_count (self, &self->n_done, n_done, PROP_N_DONE);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
offload_action_plan_constructed (GObject *object)
{
  OffloadActionPlan *self = OFFLOAD_ACTION_PLAN (object);

  G_OBJECT_CLASS (offload_action_plan_parent_class)->constructed (object);

  g_return_if_fail (OFFLOAD_IS_ASSESSMENT (self->assessment));

  /* After every answer and every step's "done": the urgency is up to date
   * by then, and update() reports only what moved. */
  g_signal_connect_object (self->assessment, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}

static void
offload_action_plan_finalize (GObject *object)
{
  OffloadActionPlan *self = OFFLOAD_ACTION_PLAN (object);

  g_clear_pointer (&self->order, g_ptr_array_unref);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (offload_action_plan_parent_class)->finalize (object);
}

static void
offload_action_plan_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  OffloadActionPlan *self = OFFLOAD_ACTION_PLAN (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT: g_value_set_object (value, self->assessment); break;
    case PROP_N_ITEMS: g_value_set_uint (value, self->order->len); break;
    case PROP_N_DONE: g_value_set_uint (value, self->n_done); break;
    case PROP_N_URGENT: g_value_set_uint (value, self->n_urgent); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_action_plan_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  OffloadActionPlan *self = OFFLOAD_ACTION_PLAN (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT: self->assessment = g_value_dup_object (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_action_plan_class_init (OffloadActionPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags readable = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->constructed = offload_action_plan_constructed;
  object_class->finalize = offload_action_plan_finalize;
  object_class->get_property = offload_action_plan_get_property;
  object_class->set_property = offload_action_plan_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, OFFLOAD_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, readable);
  properties[PROP_N_DONE] = g_param_spec_uint ("n-done", NULL, NULL, 0, G_MAXUINT, 0, readable);
  properties[PROP_N_URGENT] = g_param_spec_uint ("n-urgent", NULL, NULL, 0, G_MAXUINT, 0, readable);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
offload_action_plan_init (OffloadActionPlan *self)
{
  self->order = g_ptr_array_new_with_free_func (g_object_unref);
}

OffloadActionPlan *
offload_action_plan_new (OffloadAssessment *assessment)
{
  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (assessment), NULL);

  return g_object_new (OFFLOAD_TYPE_ACTION_PLAN, "assessment", assessment, NULL);
}

OffloadAssessment *
offload_action_plan_get_assessment (OffloadActionPlan *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ACTION_PLAN (self), NULL);
  return self->assessment;
}

guint
offload_action_plan_get_n_done (OffloadActionPlan *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ACTION_PLAN (self), 0);
  return self->n_done;
}

char *
offload_action_plan_dup_progress (OffloadActionPlan *self)
{
  guint n = 0;

  g_return_val_if_fail (OFFLOAD_IS_ACTION_PLAN (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self));
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  /* Translators: how many steps of the action plan are done, then how
   * many there are ("2 of 5 done"); the plural follows the steps done
   * (French: "1 étape terminée sur 5", "2 étapes terminées sur 5"). */
  return g_strdup_printf (ngettext ("%u of %u done", "%u of %u done", self->n_done), self->n_done, n);
#pragma GCC diagnostic pop
}

guint
offload_action_plan_get_n_urgent (OffloadActionPlan *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ACTION_PLAN (self), 0);
  return self->n_urgent;
}
