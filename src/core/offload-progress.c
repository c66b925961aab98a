/* offload-progress.c
 *
 * Recomputing is a handful of subtractions and one pass over the checked
 * signs, so the comparison simply follows both assessments' "changed".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "offload-progress.h"

struct _OffloadProgress
{
  GObject            parent_instance;

  OffloadAssessment *earlier;
  OffloadAssessment *current;

  double             hours_change;
  gboolean           same_currency;
  double             monthly_cost_change;
  double             yearly_cost_change;
  int                readiness_change;
  const char        *verdict_before;   /* owned by the catalogs' bands */
  const char        *verdict_after;
  GListStore        *cleared_signs;
  GListStore        *new_signs;
};

G_DEFINE_FINAL_TYPE (OffloadProgress, offload_progress, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_EARLIER,
  PROP_CURRENT,
  PROP_HOURS_CHANGE,
  PROP_SAME_CURRENCY,
  PROP_MONTHLY_COST_CHANGE,
  PROP_YEARLY_COST_CHANGE,
  PROP_READINESS_CHANGE,
  PROP_VERDICT_BEFORE,
  PROP_VERDICT_AFTER,
  PROP_CLEARED_SIGNS,
  PROP_NEW_SIGNS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_number (OffloadProgress *self,
            double          *field,
            double           value,
            guint            prop_id)
{
  /* NAN stays NAN without a notification. */
  if (*field == value || (isnan (*field) && isnan (value)))
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_string (OffloadProgress  *self,
            const char      **field,
            const char       *value,
            guint             prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* The signs checked in @from and not in @other, @from's catalog order. */
static void
update_signs (GListStore        *store,
              OffloadAssessment *from,
              OffloadAssessment *other)
{
  OffloadCatalog *catalog = offload_assessment_get_catalog (from);
  g_auto(GStrv) checked = offload_assessment_dup_checked_ids (from);
  g_autoptr(GPtrArray) signs = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  gboolean same;

  for (guint i = 0; checked[i]; i++)
    if (!offload_assessment_get_checked (other, checked[i]))
      g_ptr_array_add (signs, offload_catalog_lookup (catalog, checked[i]));

  same = n == signs->len;
  for (guint i = 0; same && i < n; i++)
    {
      g_autoptr(OffloadSign) sign = g_list_model_get_item (G_LIST_MODEL (store), i);

      same = sign == g_ptr_array_index (signs, i);
    }
  if (!same)
    g_list_store_splice (store, 0, n, signs->pdata, signs->len);
}

static void
update (OffloadProgress *self)
{
  gboolean same_currency = g_str_equal (offload_assessment_get_currency (self->earlier),
                                        offload_assessment_get_currency (self->current));
  double monthly = NAN;
  double yearly = NAN;

  if (same_currency)
    {
      monthly = offload_assessment_get_monthly_cost (self->current) - offload_assessment_get_monthly_cost (self->earlier);
      yearly = offload_assessment_get_yearly_cost (self->current) - offload_assessment_get_yearly_cost (self->earlier);
    }

  g_object_freeze_notify (G_OBJECT (self));
  set_number (self, &self->hours_change,
              offload_assessment_get_monthly_hours (self->current) - offload_assessment_get_monthly_hours (self->earlier),
              PROP_HOURS_CHANGE);
  if (self->same_currency != same_currency)
    {
      self->same_currency = same_currency;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAME_CURRENCY]);
    }
  set_number (self, &self->monthly_cost_change, monthly, PROP_MONTHLY_COST_CHANGE);
  set_number (self, &self->yearly_cost_change, yearly, PROP_YEARLY_COST_CHANGE);
  if (self->readiness_change != offload_assessment_get_readiness (self->current) - offload_assessment_get_readiness (self->earlier))
    {
      self->readiness_change = offload_assessment_get_readiness (self->current) - offload_assessment_get_readiness (self->earlier);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READINESS_CHANGE]);
    }
  set_string (self, &self->verdict_before, offload_assessment_get_verdict (self->earlier), PROP_VERDICT_BEFORE);
  set_string (self, &self->verdict_after, offload_assessment_get_verdict (self->current), PROP_VERDICT_AFTER);
  update_signs (self->cleared_signs, self->earlier, self->current);
  update_signs (self->new_signs, self->current, self->earlier);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
offload_progress_constructed (GObject *object)
{
  OffloadProgress *self = OFFLOAD_PROGRESS (object);

  G_OBJECT_CLASS (offload_progress_parent_class)->constructed (object);

  g_return_if_fail (OFFLOAD_IS_ASSESSMENT (self->earlier) && OFFLOAD_IS_ASSESSMENT (self->current));

  g_signal_connect_object (self->earlier, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->current, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}

static void
offload_progress_finalize (GObject *object)
{
  OffloadProgress *self = OFFLOAD_PROGRESS (object);

  g_clear_object (&self->cleared_signs);
  g_clear_object (&self->new_signs);
  g_clear_object (&self->earlier);
  g_clear_object (&self->current);

  G_OBJECT_CLASS (offload_progress_parent_class)->finalize (object);
}

static void
offload_progress_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OffloadProgress *self = OFFLOAD_PROGRESS (object);

  switch (prop_id)
    {
    case PROP_EARLIER: g_value_set_object (value, self->earlier); break;
    case PROP_CURRENT: g_value_set_object (value, self->current); break;
    case PROP_HOURS_CHANGE: g_value_set_double (value, self->hours_change); break;
    case PROP_SAME_CURRENCY: g_value_set_boolean (value, self->same_currency); break;
    case PROP_MONTHLY_COST_CHANGE: g_value_set_double (value, self->monthly_cost_change); break;
    case PROP_YEARLY_COST_CHANGE: g_value_set_double (value, self->yearly_cost_change); break;
    case PROP_READINESS_CHANGE: g_value_set_int (value, self->readiness_change); break;
    case PROP_VERDICT_BEFORE: g_value_set_string (value, self->verdict_before); break;
    case PROP_VERDICT_AFTER: g_value_set_string (value, self->verdict_after); break;
    case PROP_CLEARED_SIGNS: g_value_set_object (value, self->cleared_signs); break;
    case PROP_NEW_SIGNS: g_value_set_object (value, self->new_signs); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_progress_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OffloadProgress *self = OFFLOAD_PROGRESS (object);

  switch (prop_id)
    {
    case PROP_EARLIER: self->earlier = g_value_dup_object (value); break;
    case PROP_CURRENT: self->current = g_value_dup_object (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_progress_class_init (OffloadProgressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  const GParamFlags readable = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->constructed = offload_progress_constructed;
  object_class->finalize = offload_progress_finalize;
  object_class->get_property = offload_progress_get_property;
  object_class->set_property = offload_progress_set_property;

  properties[PROP_EARLIER] = g_param_spec_object ("earlier", NULL, NULL, OFFLOAD_TYPE_ASSESSMENT, construct);
  properties[PROP_CURRENT] = g_param_spec_object ("current", NULL, NULL, OFFLOAD_TYPE_ASSESSMENT, construct);
  properties[PROP_HOURS_CHANGE] = g_param_spec_double ("hours-change", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, readable);
  properties[PROP_SAME_CURRENCY] = g_param_spec_boolean ("same-currency", NULL, NULL, TRUE, readable);
  properties[PROP_MONTHLY_COST_CHANGE] = g_param_spec_double ("monthly-cost-change", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, readable);
  properties[PROP_YEARLY_COST_CHANGE] = g_param_spec_double ("yearly-cost-change", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, readable);
  properties[PROP_READINESS_CHANGE] = g_param_spec_int ("readiness-change", NULL, NULL, -100, 100, 0, readable);
  properties[PROP_VERDICT_BEFORE] = g_param_spec_string ("verdict-before", NULL, NULL, NULL, readable);
  properties[PROP_VERDICT_AFTER] = g_param_spec_string ("verdict-after", NULL, NULL, NULL, readable);
  properties[PROP_CLEARED_SIGNS] = g_param_spec_object ("cleared-signs", NULL, NULL, G_TYPE_LIST_MODEL, readable);
  properties[PROP_NEW_SIGNS] = g_param_spec_object ("new-signs", NULL, NULL, G_TYPE_LIST_MODEL, readable);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
offload_progress_init (OffloadProgress *self)
{
  self->same_currency = TRUE;
  self->cleared_signs = g_list_store_new (OFFLOAD_TYPE_SIGN);
  self->new_signs = g_list_store_new (OFFLOAD_TYPE_SIGN);
}

OffloadProgress *
offload_progress_new (OffloadAssessment *earlier,
                      OffloadAssessment *current)
{
  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (earlier), NULL);
  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (current), NULL);

  return g_object_new (OFFLOAD_TYPE_PROGRESS, "earlier", earlier, "current", current, NULL);
}

OffloadAssessment *
offload_progress_get_earlier (OffloadProgress *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PROGRESS (self), NULL);
  return self->earlier;
}

OffloadAssessment *
offload_progress_get_current (OffloadProgress *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PROGRESS (self), NULL);
  return self->current;
}

double
offload_progress_get_hours_change (OffloadProgress *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PROGRESS (self), 0);
  return self->hours_change;
}

gboolean
offload_progress_get_same_currency (OffloadProgress *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PROGRESS (self), FALSE);
  return self->same_currency;
}

double
offload_progress_get_monthly_cost_change (OffloadProgress *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PROGRESS (self), NAN);
  return self->monthly_cost_change;
}

double
offload_progress_get_yearly_cost_change (OffloadProgress *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PROGRESS (self), NAN);
  return self->yearly_cost_change;
}

int
offload_progress_get_readiness_change (OffloadProgress *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PROGRESS (self), 0);
  return self->readiness_change;
}

const char *
offload_progress_get_verdict_before (OffloadProgress *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PROGRESS (self), NULL);
  return self->verdict_before;
}

const char *
offload_progress_get_verdict_after (OffloadProgress *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PROGRESS (self), NULL);
  return self->verdict_after;
}

GListModel *
offload_progress_get_cleared_signs (OffloadProgress *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PROGRESS (self), NULL);
  return G_LIST_MODEL (self->cleared_signs);
}

GListModel *
offload_progress_get_new_signs (OffloadProgress *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PROGRESS (self), NULL);
  return G_LIST_MODEL (self->new_signs);
}
