/* offload-delegation-brief.c
 *
 * The order and the reasons come from the assessment, which ranks the tasks
 * once for everyone (window, command line, brief); this adds the hours and
 * turns the ranking into a list model. Items are immutable: on a change the
 * new list is compared with the old one and only the stretch that differs
 * is replaced, so a view rebuilds the rows that moved and nothing else.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <math.h>

#include "offload-delegation-brief.h"

struct _OffloadDelegationBrief
{
  GObject            parent_instance;

  OffloadAssessment *assessment;
  GPtrArray         *items;            /* OffloadBriefItem */
  GListStore        *kept;             /* OffloadBriefItem, hours a month kept */
  GListStore        *automated;        /* OffloadBriefItem, hours a month a tool could save */
  double             total_hours;
  gboolean           continuity_risk;
  guint              answers_serial;   /* of the answers the items were built from */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OffloadDelegationBrief, offload_delegation_brief, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_N_ITEMS,
  PROP_TOTAL_HOURS,
  PROP_CONTINUITY_RISK,
  PROP_CONTINUITY_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
offload_delegation_brief_get_item_type (GListModel *model)
{
  return OFFLOAD_TYPE_BRIEF_ITEM;
}

static guint
offload_delegation_brief_get_n_items (GListModel *model)
{
  return OFFLOAD_DELEGATION_BRIEF (model)->items->len;
}

static gpointer
offload_delegation_brief_get_item (GListModel *model,
                                   guint       position)
{
  OffloadDelegationBrief *self = OFFLOAD_DELEGATION_BRIEF (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = offload_delegation_brief_get_item_type;
  iface->get_n_items = offload_delegation_brief_get_n_items;
  iface->get_item = offload_delegation_brief_get_item;
}

static gboolean
same_item (OffloadBriefItem *a,
           OffloadBriefItem *b)
{
  /* The hours are not compared: update() sets them in place. */
  return offload_brief_item_get_task (a) == offload_brief_item_get_task (b) &&
         offload_brief_item_get_position (a) == offload_brief_item_get_position (b) &&
         g_strv_equal (offload_brief_item_get_reasons (a), offload_brief_item_get_reasons (b));
}

/* The hours of the next task, given the @total of those before it. */
static double
task_hours (OffloadTask *task,
            double       monthly_hours,
            double      *total)
{
  double hours = task->share * monthly_hours;

  /* The catalog's shares add up to 1 at most, but 0.2 + 0.15 + … in
   * binary may pass it by a hair: what is left caps each item, to the
   * last bit, so that the items summed in order never exceed the hours
   * lost. */
  if (*total + hours > monthly_hours)
    hours = MAX (monthly_hours - *total, 0);
  while (hours > 0 && *total + hours > monthly_hours)
    hours = nextafter (hours, 0);
  *total += hours;
  return hours;
}

static OffloadTaskHandling
brief_handling (OffloadDelegationBrief *self,
                const char             *id)
{
  OffloadOwnerTask *owner = offload_assessment_lookup_task (self->assessment, id);

  return owner != NULL ? offload_owner_task_get_handling (owner) : OFFLOAD_TASK_HANDLING_DELEGATE;
}

/* Without the owner's hours: the tasks the signs call for, each with its
 * catalog share of the hours lost; kept and automated ones go apart. */
static GPtrArray *
brief_build_from_signs (OffloadDelegationBrief *self,
                        GPtrArray              *kept,
                        GPtrArray              *automated,
                        double                 *total_hours)
{
  OffloadCatalog *catalog = offload_assessment_get_catalog (self->assessment);
  const char * const *tasks = offload_assessment_get_delegate_first (self->assessment);
  double monthly_hours = offload_assessment_get_monthly_hours (self->assessment);
  double total = 0;
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; tasks[i]; i++)
    {
      OffloadTask *task = offload_catalog_lookup_task (catalog, tasks[i]);
      const char * const *reasons = offload_assessment_get_delegate_reasons (self->assessment, tasks[i]);
      OffloadTaskHandling handling = brief_handling (self, tasks[i]);

      if (handling == OFFLOAD_TASK_HANDLING_DELEGATE)
        g_ptr_array_add (items, offload_brief_item_new (task, items->len + 1,
                                                        task_hours (task, monthly_hours, &total), reasons));
      else
        g_ptr_array_add (handling == OFFLOAD_TASK_HANDLING_KEEP ? kept : automated,
                         offload_brief_item_new (task, 0, task->share * monthly_hours, reasons));
    }

  *total_hours = total;
  return items;
}

typedef struct
{
  OffloadOwnerTask *owner;
  guint             order;
  guint             score;
} BriefRanked;

/* The existing order rule on the owner's hours: low risk first, then the
 * more hours, then the weight of the signs that call for it, then the
 * table's order (catalog tasks, then the owner's own). */
static int
brief_compare_ranked (gconstpointer a,
                      gconstpointer b)
{
  const BriefRanked *ra = a;
  const BriefRanked *rb = b;
  OffloadTask *ta = offload_owner_task_get_task (ra->owner);
  OffloadTask *tb = offload_owner_task_get_task (rb->owner);
  double ha = offload_owner_task_get_hours_per_week (ra->owner);
  double hb = offload_owner_task_get_hours_per_week (rb->owner);

  if (ta->risk != tb->risk)
    return ta->risk < tb->risk ? -1 : 1;
  if (ha != hb)
    return ha > hb ? -1 : 1;
  if (ra->score != rb->score)
    return ra->score > rb->score ? -1 : 1;
  return ra->order < rb->order ? -1 : (ra->order > rb->order);
}

static guint
brief_sign_score (OffloadDelegationBrief *self,
                  const char * const     *reasons)
{
  OffloadCatalog *catalog = offload_assessment_get_catalog (self->assessment);
  guint score = 0;

  for (guint i = 0; reasons != NULL && reasons[i]; i++)
    {
      OffloadSign *sign = offload_catalog_lookup (catalog, reasons[i]);

      if (sign != NULL)
        score += offload_sign_get_weight (sign);
    }
  return score;
}

/* With the owner's hours: every task with hours, where the owner put it. */
static GPtrArray *
brief_build_from_table (OffloadDelegationBrief *self,
                        GPtrArray              *kept,
                        GPtrArray              *automated,
                        double                 *total_hours)
{
  GListModel *tasks = offload_assessment_get_tasks (self->assessment);
  double weeks = offload_assessment_get_weeks_per_month (self->assessment);
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (BriefRanked));
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  double total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(OffloadOwnerTask) owner = g_list_model_get_item (tasks, i);
      const char *id = offload_owner_task_get_id (owner);
      const char * const *reasons = offload_assessment_get_delegate_reasons (self->assessment, id);
      double hours = offload_owner_task_get_hours_per_week (owner) * weeks;

      if (hours <= 0)
        continue;
      switch (offload_owner_task_get_handling (owner))
        {
        case OFFLOAD_TASK_HANDLING_DELEGATE:
          {
            BriefRanked entry = { owner, i, brief_sign_score (self, reasons) };

            g_array_append_val (ranked, entry);
          }
          break;
        case OFFLOAD_TASK_HANDLING_KEEP:
          g_ptr_array_add (kept, offload_brief_item_new (offload_owner_task_get_task (owner), 0, hours, reasons));
          break;
        case OFFLOAD_TASK_HANDLING_AUTOMATE:
        default:
          g_ptr_array_add (automated, offload_brief_item_new (offload_owner_task_get_task (owner), 0, hours, reasons));
          break;
        }
    }

  g_array_sort (ranked, brief_compare_ranked);
  for (guint i = 0; i < ranked->len; i++)
    {
      OffloadOwnerTask *owner = g_array_index (ranked, BriefRanked, i).owner;
      const char *id = offload_owner_task_get_id (owner);
      double hours = offload_owner_task_get_hours_per_week (owner) * weeks;

      total += hours;
      g_ptr_array_add (items, offload_brief_item_new (offload_owner_task_get_task (owner), i + 1, hours,
                                                      offload_assessment_get_delegate_reasons (self->assessment, id)));
    }

  *total_hours = total;
  return items;
}

/* The brief as the assessment stands now. */
static GPtrArray *
build_items (OffloadDelegationBrief *self,
             GPtrArray              *kept,
             GPtrArray              *automated,
             double                 *total_hours)
{
  if (offload_assessment_get_uses_task_hours (self->assessment))
    return brief_build_from_table (self, kept, automated, total_hours);
  return brief_build_from_signs (self, kept, automated, total_hours);
}

static gboolean
brief_same_list (GListModel *old,
                 GPtrArray  *items)
{
  if (g_list_model_get_n_items (old) != items->len)
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    {
      g_autoptr(OffloadBriefItem) item = g_list_model_get_item (old, i);
      OffloadBriefItem *other = g_ptr_array_index (items, i);

      if (!same_item (item, other) || offload_brief_item_get_hours (item) != offload_brief_item_get_hours (other))
        return FALSE;
    }
  return TRUE;
}

static void
brief_replace_list (GListStore *store,
                    GPtrArray  *items)
{
  if (brief_same_list (G_LIST_MODEL (store), items))
    return;
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata, items->len);
}

static void
set_total_hours (OffloadDelegationBrief *self,
                 double                  total_hours)
{
  if (self->total_hours != total_hours)
    {
      self->total_hours = total_hours;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL_HOURS]);
    }
}

/* Same answers, so the same tasks in the same order: only the hours move
 * (a slider step), and the items take them in place. */
static void
update_hours (OffloadDelegationBrief *self)
{
  double monthly_hours = offload_assessment_get_monthly_hours (self->assessment);
  double total = 0;

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < self->items->len; i++)
    {
      OffloadBriefItem *item = g_ptr_array_index (self->items, i);

      offload_brief_item_set_hours (item, task_hours (offload_brief_item_get_task (item), monthly_hours, &total));
    }
  set_total_hours (self, total);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
update (OffloadDelegationBrief *self)
{
  GObject *object = G_OBJECT (self);
  g_autoptr(GPtrArray) items = NULL;
  guint n_old = self->items->len;
  guint n_new;
  guint prefix = 0;
  guint suffix = 0;
  double total_hours = 0;
  gboolean continuity_risk;

  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) automated = g_ptr_array_new_with_free_func (g_object_unref);

  /* The items were built from these very answers: only hours can move.
   * (The owner's table orders by hours, so it always rebuilds.) */
  if (!offload_assessment_get_uses_task_hours (self->assessment) &&
      self->answers_serial != 0 &&
      self->answers_serial == offload_assessment_get_answers_serial (self->assessment))
    {
      update_hours (self);
      return;
    }
  self->answers_serial = offload_assessment_get_answers_serial (self->assessment);

  items = build_items (self, kept, automated, &total_hours);
  brief_replace_list (self->kept, kept);
  brief_replace_list (self->automated, automated);
  n_new = items->len;

  /* Only the stretch that differs is replaced. */
  while (prefix < n_old && prefix < n_new &&
         same_item (g_ptr_array_index (self->items, prefix), g_ptr_array_index (items, prefix)))
    prefix++;
  while (suffix < n_old - prefix && suffix < n_new - prefix &&
         same_item (g_ptr_array_index (self->items, n_old - 1 - suffix),
                    g_ptr_array_index (items, n_new - 1 - suffix)))
    suffix++;

  continuity_risk = offload_assessment_get_checked (self->assessment, OFFLOAD_SIGN_KEY_PERSON);

  g_object_freeze_notify (object);
  if (prefix + suffix < n_old || prefix + suffix < n_new)
    {
      g_ptr_array_remove_range (self->items, prefix, n_old - prefix - suffix);
      for (guint i = prefix; i < n_new - suffix; i++)
        g_ptr_array_insert (self->items, (int) i, g_object_ref (g_ptr_array_index (items, i)));
      g_list_model_items_changed (G_LIST_MODEL (self), prefix, n_old - prefix - suffix,
                                  n_new - prefix - suffix);
    }
  /* The items kept take the new hours (the new ones have them already). */
  for (guint i = 0; i < n_new; i++)
    offload_brief_item_set_hours (g_ptr_array_index (self->items, i),
                                  offload_brief_item_get_hours (g_ptr_array_index (items, i)));
  if (n_old != n_new)
    g_object_notify_by_pspec (object, properties[PROP_N_ITEMS]);
  set_total_hours (self, total_hours);
  if (self->continuity_risk != continuity_risk)
    {
      self->continuity_risk = continuity_risk;
      g_object_notify_by_pspec (object, properties[PROP_CONTINUITY_RISK]);
      g_object_notify_by_pspec (object, properties[PROP_CONTINUITY_TEXT]);
    }
  g_object_thaw_notify (object);
}

static void
offload_delegation_brief_constructed (GObject *object)
{
  OffloadDelegationBrief *self = OFFLOAD_DELEGATION_BRIEF (object);

  G_OBJECT_CLASS (offload_delegation_brief_parent_class)->constructed (object);

  g_return_if_fail (OFFLOAD_IS_ASSESSMENT (self->assessment));

  /* "changed" comes after every figure is up to date, answers and hours
   * alike; update() compares, so the edits that leave the brief as it was
   * (a scenario, the currency) change nothing here. */
  g_signal_connect_object (self->assessment, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}

static void
offload_delegation_brief_finalize (GObject *object)
{
  OffloadDelegationBrief *self = OFFLOAD_DELEGATION_BRIEF (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_object (&self->kept);
  g_clear_object (&self->automated);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (offload_delegation_brief_parent_class)->finalize (object);
}

static void
offload_delegation_brief_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  OffloadDelegationBrief *self = OFFLOAD_DELEGATION_BRIEF (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT: g_value_set_object (value, self->assessment); break;
    case PROP_N_ITEMS: g_value_set_uint (value, self->items->len); break;
    case PROP_TOTAL_HOURS: g_value_set_double (value, self->total_hours); break;
    case PROP_CONTINUITY_RISK: g_value_set_boolean (value, self->continuity_risk); break;
    case PROP_CONTINUITY_TEXT: g_value_set_string (value, offload_delegation_brief_get_continuity_text (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_delegation_brief_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  OffloadDelegationBrief *self = OFFLOAD_DELEGATION_BRIEF (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT: self->assessment = g_value_dup_object (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_delegation_brief_class_init (OffloadDelegationBriefClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags readable = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->constructed = offload_delegation_brief_constructed;
  object_class->finalize = offload_delegation_brief_finalize;
  object_class->get_property = offload_delegation_brief_get_property;
  object_class->set_property = offload_delegation_brief_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, OFFLOAD_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, readable);
  properties[PROP_TOTAL_HOURS] = g_param_spec_double ("total-hours", NULL, NULL, 0, G_MAXDOUBLE, 0, readable);
  properties[PROP_CONTINUITY_RISK] = g_param_spec_boolean ("continuity-risk", NULL, NULL, FALSE, readable);
  properties[PROP_CONTINUITY_TEXT] = g_param_spec_string ("continuity-text", NULL, NULL, NULL, readable);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
offload_delegation_brief_init (OffloadDelegationBrief *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->kept = g_list_store_new (OFFLOAD_TYPE_BRIEF_ITEM);
  self->automated = g_list_store_new (OFFLOAD_TYPE_BRIEF_ITEM);
}

OffloadDelegationBrief *
offload_delegation_brief_new (OffloadAssessment *assessment)
{
  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (assessment), NULL);

  return g_object_new (OFFLOAD_TYPE_DELEGATION_BRIEF, "assessment", assessment, NULL);
}

OffloadAssessment *
offload_delegation_brief_get_assessment (OffloadDelegationBrief *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DELEGATION_BRIEF (self), NULL);
  return self->assessment;
}

double
offload_delegation_brief_get_total_hours (OffloadDelegationBrief *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DELEGATION_BRIEF (self), 0);
  return self->total_hours;
}

gboolean
offload_delegation_brief_get_continuity_risk (OffloadDelegationBrief *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DELEGATION_BRIEF (self), FALSE);
  return self->continuity_risk;
}

const char *
offload_delegation_brief_get_continuity_text (OffloadDelegationBrief *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DELEGATION_BRIEF (self), NULL);

  if (!self->continuity_risk)
    return NULL;
  return _("All your admin rests on one person: when they are ill, on leave or gone, "
           "invoices, payments and records stop with them. Hand over first what would "
           "stop without them, and write down how it is done.");
}

GListModel *
offload_delegation_brief_get_kept (OffloadDelegationBrief *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DELEGATION_BRIEF (self), NULL);
  return G_LIST_MODEL (self->kept);
}

GListModel *
offload_delegation_brief_get_automated (OffloadDelegationBrief *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DELEGATION_BRIEF (self), NULL);
  return G_LIST_MODEL (self->automated);
}
