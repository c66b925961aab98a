/* offload-scenario.c
 *
 * The inputs and results live in the plain structs of offload-comparison.h;
 * the tables below map them to GObject properties, so that the window binds
 * to them and each figure is notified only when its value really moved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <math.h>
#include <stddef.h>
#include <string.h>

#include "offload-scenario.h"

struct _OffloadScenario
{
  GObject                    parent_instance;

  OffloadCatalog            *catalog;
  char                      *name;
  OffloadComparisonConstants constants;
  OffloadComparisonInputs    inputs;
  /* The owner's task table's share handed over, which replaces the
   * scenario's own; NAN without a table. */
  double                     delegated_override;
  OffloadComparisonResults   results;
  /* The year, from the assessment's activity. */
  OffloadHireSizing          hire_sizing;
  double                     factors[OFFLOAD_N_MONTHS];
  OffloadYearResults         year;
};

G_DEFINE_FINAL_TYPE (OffloadScenario, offload_scenario, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_NAME,
  PROP_FREELANCE_VAT,
  /* Numeric inputs, in the order of numeric_inputs[] */
  PROP_DELEGATED_SHARE,
  PROP_REINVESTED_SHARE,
  PROP_FREELANCE_RATE,
  PROP_HIRE_GROSS_HOURLY,
  PROP_HIRE_EMPLOYER_RATE,
  PROP_HIRE_WEEKS_OFF,
  PROP_HIRE_MIN_WEEKLY_HOURS,
  PROP_HIRE_ONBOARDING_COST,
  /* Derived numbers, in the order of derived_numbers[] */
  PROP_HOURS_FREED_WEEK,
  PROP_HOURS_FREED_MONTH,
  PROP_VALUE_RECOVERED_MONTH,
  PROP_FREELANCE_COST_MONTH,
  PROP_FREELANCE_NET_MONTH,
  PROP_HIRE_WEEKLY_HOURS,
  PROP_HIRE_PAID_HOURS_MONTH,
  PROP_HIRE_COST_MONTH,
  PROP_HIRE_NET_MONTH,
  PROP_BREAKEVEN_HOURLY_VALUE,
  PROP_BREAKEVEN_HIRE_HOURS,
  PROP_NET_LOW_MONTH,
  PROP_NET_HIGH_MONTH,
  /* Other derived figures */
  PROP_HIRE_AT_MINIMUM,
  PROP_HIRE_OVER_FULL_TIME,
  PROP_CHEAPEST,
  PROP_RANGE_OPTION,
  PROP_MOST_SENSITIVE_INPUT,
  /* The year */
  PROP_HIRE_SIZING,
  PROP_YEAR_FREELANCE_COST,
  PROP_YEAR_HIRE_COST,
  PROP_HIRE_IDLE_HOURS_YEAR,
  PROP_CHEAPEST_YEAR,
  N_PROPS
};

enum {
  CHANGED,
  RESULTS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define FIRST_INPUT   PROP_DELEGATED_SHARE
#define FIRST_DERIVED PROP_HOURS_FREED_WEEK

static const struct {
  const char *id;          /* in the catalog and the file */
  const char *property;
  gsize       offset;      /* in OffloadComparisonInputs */
} numeric_inputs[] = {
  { OFFLOAD_INPUT_DELEGATED_SHARE, "delegated-share", G_STRUCT_OFFSET (OffloadComparisonInputs, delegated_share) },
  { OFFLOAD_INPUT_REINVESTED_SHARE, "reinvested-share", G_STRUCT_OFFSET (OffloadComparisonInputs, reinvested_share) },
  { OFFLOAD_INPUT_FREELANCE_RATE, "freelance-rate", G_STRUCT_OFFSET (OffloadComparisonInputs, freelance_rate) },
  { OFFLOAD_INPUT_HIRE_GROSS_HOURLY, "hire-gross-hourly", G_STRUCT_OFFSET (OffloadComparisonInputs, hire_gross_hourly) },
  { OFFLOAD_INPUT_HIRE_EMPLOYER_RATE, "hire-employer-rate", G_STRUCT_OFFSET (OffloadComparisonInputs, hire_employer_rate) },
  { OFFLOAD_INPUT_HIRE_WEEKS_OFF, "hire-weeks-off", G_STRUCT_OFFSET (OffloadComparisonInputs, hire_weeks_off) },
  { OFFLOAD_INPUT_HIRE_MIN_WEEKLY_HOURS, "hire-min-weekly-hours", G_STRUCT_OFFSET (OffloadComparisonInputs, hire_min_weekly_hours) },
  { OFFLOAD_INPUT_HIRE_ONBOARDING_COST, "hire-onboarding-cost", G_STRUCT_OFFSET (OffloadComparisonInputs, hire_onboarding_cost) },
};

static const struct {
  const char *property;
  gsize       offset;      /* in OffloadComparisonResults */
} derived_numbers[] = {
  { "hours-freed-week", G_STRUCT_OFFSET (OffloadComparisonResults, hours_freed_week) },
  { "hours-freed-month", G_STRUCT_OFFSET (OffloadComparisonResults, hours_freed_month) },
  { "value-recovered-month", G_STRUCT_OFFSET (OffloadComparisonResults, value_recovered_month) },
  { "freelance-cost-month", G_STRUCT_OFFSET (OffloadComparisonResults, freelance_cost_month) },
  { "freelance-net-month", G_STRUCT_OFFSET (OffloadComparisonResults, freelance_net_month) },
  { "hire-weekly-hours", G_STRUCT_OFFSET (OffloadComparisonResults, hire_weekly_hours) },
  { "hire-paid-hours-month", G_STRUCT_OFFSET (OffloadComparisonResults, hire_paid_hours_month) },
  { "hire-cost-month", G_STRUCT_OFFSET (OffloadComparisonResults, hire_cost_month) },
  { "hire-net-month", G_STRUCT_OFFSET (OffloadComparisonResults, hire_net_month) },
  { "breakeven-hourly-value", G_STRUCT_OFFSET (OffloadComparisonResults, breakeven_hourly_value) },
  { "breakeven-hire-hours", G_STRUCT_OFFSET (OffloadComparisonResults, breakeven_hire_hours) },
  { "net-low-month", G_STRUCT_OFFSET (OffloadComparisonResults, net_low_month) },
  { "net-high-month", G_STRUCT_OFFSET (OffloadComparisonResults, net_high_month) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (numeric_inputs) == FIRST_DERIVED - FIRST_INPUT);
G_STATIC_ASSERT (G_N_ELEMENTS (numeric_inputs) == OFFLOAD_SCENARIO_N_INPUTS);
G_STATIC_ASSERT (G_N_ELEMENTS (derived_numbers) == PROP_HIRE_AT_MINIMUM - FIRST_DERIVED);

#define INPUT_FIELD(self, i)    ((double *) ((char *) &(self)->inputs + numeric_inputs[i].offset))
#define RESULT_FIELD(results, i) ((double *) ((char *) (results) + derived_numbers[i].offset))

/* NAN (no break-even) equals NAN here: no notify while it stays undefined. */
static gboolean
same_number (double a,
             double b)
{
  return a == b || (isnan (a) && isnan (b));
}

/* The inputs the figures use: the scenario's own, with the task table's
 * share handed over in place of its own when there is a table. */
static OffloadComparisonInputs
scenario_effective_inputs (OffloadScenario *self)
{
  OffloadComparisonInputs inputs = self->inputs;

  if (!isnan (self->delegated_override))
    inputs.delegated_share = self->delegated_override;
  return inputs;
}

static void
scenario_compute (OffloadScenario *self)
{
  OffloadComparisonInputs inputs = scenario_effective_inputs (self);

  offload_comparison_compute (&inputs, &self->constants, &self->results);
}

/* The year from the month's figures; returns whether a total moved. */
static gboolean
scenario_recompute_year (OffloadScenario *self)
{
  OffloadYearResults old = self->year;
  GObject *object = G_OBJECT (self);
  gboolean moved = FALSE;

  OffloadComparisonInputs inputs = scenario_effective_inputs (self);

  offload_year_compute (self->factors, self->hire_sizing, &inputs, &self->constants,
                        &self->results, &self->year);
#define NOTIFY_IF_CHANGED(field, prop)                              \
  if (old.field != self->year.field)                                \
    {                                                               \
      g_object_notify_by_pspec (object, properties[prop]);          \
      moved = TRUE;                                                 \
    }
  NOTIFY_IF_CHANGED (freelance_cost, PROP_YEAR_FREELANCE_COST)
  NOTIFY_IF_CHANGED (hire_cost, PROP_YEAR_HIRE_COST)
  NOTIFY_IF_CHANGED (hire_idle_hours, PROP_HIRE_IDLE_HOURS_YEAR)
  NOTIFY_IF_CHANGED (cheapest, PROP_CHEAPEST_YEAR)
#undef NOTIFY_IF_CHANGED
  /* A month can move while every total stays (two months trading hours). */
  return moved || memcmp (old.months, self->year.months, sizeof old.months) != 0;
}


static void
recompute (OffloadScenario *self)
{
  OffloadComparisonResults old = self->results;
  GObject *object = G_OBJECT (self);
  gboolean moved = FALSE;

  scenario_compute (self);
  moved = scenario_recompute_year (self);

  for (guint i = 0; i < G_N_ELEMENTS (derived_numbers); i++)
    if (!same_number (*RESULT_FIELD (&old, i), *RESULT_FIELD (&self->results, i)))
      {
        g_object_notify_by_pspec (object, properties[FIRST_DERIVED + i]);
        moved = TRUE;
      }
#define NOTIFY_IF_CHANGED(field, prop)                              \
  if (old.field != self->results.field)                             \
    {                                                               \
      g_object_notify_by_pspec (object, properties[prop]);          \
      moved = TRUE;                                                 \
    }
  NOTIFY_IF_CHANGED (hire_at_minimum, PROP_HIRE_AT_MINIMUM)
  NOTIFY_IF_CHANGED (hire_over_full_time, PROP_HIRE_OVER_FULL_TIME)
  NOTIFY_IF_CHANGED (cheapest, PROP_CHEAPEST)
  NOTIFY_IF_CHANGED (range_option, PROP_RANGE_OPTION)
  NOTIFY_IF_CHANGED (most_sensitive_input, PROP_MOST_SENSITIVE_INPUT)
#undef NOTIFY_IF_CHANGED

  if (moved)
    g_signal_emit (self, signals[RESULTS_CHANGED], 0);
}

static int
find_input (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (numeric_inputs); i++)
    if (g_strcmp0 (numeric_inputs[i].id, id) == 0)
      return (int) i;
  return -1;
}

static void
set_input_at (OffloadScenario *self,
              guint            i,
              double           value)
{
  double *field = INPUT_FIELD (self, i);

  if (isnan (value))
    return;
  value = offload_input_spec_clamp (offload_catalog_get_input (self->catalog, numeric_inputs[i].id), value);
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[FIRST_INPUT + i]);
  recompute (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
offload_scenario_constructed (GObject *object)
{
  OffloadScenario *self = OFFLOAD_SCENARIO (object);

  G_OBJECT_CLASS (offload_scenario_parent_class)->constructed (object);

  if (self->catalog == NULL)
    self->catalog = g_object_ref (offload_catalog_get_default ());
  if (self->name == NULL)
    self->name = g_strdup (_("Scenario"));

  offload_comparison_constants_init (&self->constants, self->catalog);
  for (guint i = 0; i < G_N_ELEMENTS (numeric_inputs); i++)
    *INPUT_FIELD (self, i) = offload_catalog_get_input (self->catalog, numeric_inputs[i].id)->default_value;
  self->inputs.freelance_vat = offload_catalog_get_constant (self->catalog, OFFLOAD_CONSTANT_FREELANCE_VAT) != 0;

  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    self->factors[m] = 1.0;

  /* Nobody listens yet. */
  self->delegated_override = NAN;
  scenario_compute (self);
  scenario_recompute_year (self);
}

static void
offload_scenario_finalize (GObject *object)
{
  OffloadScenario *self = OFFLOAD_SCENARIO (object);

  g_clear_object (&self->catalog);
  g_free (self->name);

  G_OBJECT_CLASS (offload_scenario_parent_class)->finalize (object);
}

static void
offload_scenario_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OffloadScenario *self = OFFLOAD_SCENARIO (object);

  if (prop_id >= FIRST_INPUT && prop_id < FIRST_DERIVED)
    {
      g_value_set_double (value, *INPUT_FIELD (self, prop_id - FIRST_INPUT));
      return;
    }
  if (prop_id >= FIRST_DERIVED && prop_id < PROP_HIRE_AT_MINIMUM)
    {
      g_value_set_double (value, *RESULT_FIELD (&self->results, prop_id - FIRST_DERIVED));
      return;
    }

  switch (prop_id)
    {
    case PROP_CATALOG: g_value_set_object (value, self->catalog); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_FREELANCE_VAT: g_value_set_boolean (value, self->inputs.freelance_vat); break;
    case PROP_HIRE_AT_MINIMUM: g_value_set_boolean (value, self->results.hire_at_minimum); break;
    case PROP_HIRE_OVER_FULL_TIME: g_value_set_boolean (value, self->results.hire_over_full_time); break;
    case PROP_CHEAPEST: g_value_set_string (value, offload_option_to_id (self->results.cheapest)); break;
    case PROP_RANGE_OPTION: g_value_set_string (value, offload_option_to_id (self->results.range_option)); break;
    case PROP_MOST_SENSITIVE_INPUT:
      g_value_set_string (value, offload_range_input_to_id (self->results.most_sensitive_input));
      break;
    case PROP_HIRE_SIZING: g_value_set_string (value, offload_hire_sizing_to_id (self->hire_sizing)); break;
    case PROP_YEAR_FREELANCE_COST: g_value_set_double (value, self->year.freelance_cost); break;
    case PROP_YEAR_HIRE_COST: g_value_set_double (value, self->year.hire_cost); break;
    case PROP_HIRE_IDLE_HOURS_YEAR: g_value_set_double (value, self->year.hire_idle_hours); break;
    case PROP_CHEAPEST_YEAR: g_value_set_string (value, offload_option_to_id (self->year.cheapest)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_scenario_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OffloadScenario *self = OFFLOAD_SCENARIO (object);

  if (prop_id >= FIRST_INPUT && prop_id < FIRST_DERIVED)
    {
      set_input_at (self, prop_id - FIRST_INPUT, g_value_get_double (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_CATALOG: self->catalog = g_value_dup_object (value); break;
    case PROP_NAME: offload_scenario_set_name (self, g_value_get_string (value)); break;
    case PROP_FREELANCE_VAT: offload_scenario_set_freelance_vat (self, g_value_get_boolean (value)); break;
    case PROP_HIRE_SIZING:
      {
        OffloadHireSizing sizing;

        if (offload_hire_sizing_from_id (g_value_get_string (value), &sizing))
          offload_scenario_set_hire_sizing (self, sizing);
      }
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_scenario_class_init (OffloadScenarioClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags input = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags derived = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->constructed = offload_scenario_constructed;
  object_class->finalize = offload_scenario_finalize;
  object_class->get_property = offload_scenario_get_property;
  object_class->set_property = offload_scenario_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, OFFLOAD_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, input);
  properties[PROP_FREELANCE_VAT] = g_param_spec_boolean ("freelance-vat", NULL, NULL, FALSE, input);

  /* The catalog sets the real ranges; these only bound what GObject accepts. */
  for (guint i = 0; i < G_N_ELEMENTS (numeric_inputs); i++)
    properties[FIRST_INPUT + i] = g_param_spec_double (numeric_inputs[i].property, NULL, NULL,
                                                       0, G_MAXDOUBLE, 0, input);
  /* Net gains go below zero; break-evens are NAN when there is none. */
  for (guint i = 0; i < G_N_ELEMENTS (derived_numbers); i++)
    properties[FIRST_DERIVED + i] = g_param_spec_double (derived_numbers[i].property, NULL, NULL,
                                                         -G_MAXDOUBLE, G_MAXDOUBLE, 0, derived);

  properties[PROP_HIRE_AT_MINIMUM] = g_param_spec_boolean ("hire-at-minimum", NULL, NULL, FALSE, derived);
  properties[PROP_HIRE_OVER_FULL_TIME] = g_param_spec_boolean ("hire-over-full-time", NULL, NULL, FALSE, derived);
  properties[PROP_CHEAPEST] = g_param_spec_string ("cheapest", NULL, NULL, NULL, derived);
  properties[PROP_RANGE_OPTION] = g_param_spec_string ("range-option", NULL, NULL, NULL, derived);
  properties[PROP_MOST_SENSITIVE_INPUT] = g_param_spec_string ("most-sensitive-input", NULL, NULL, NULL, derived);
  /* "peak" or "average" (offload-year.h). */
  properties[PROP_HIRE_SIZING] = g_param_spec_string ("hire-sizing", NULL, NULL, "peak", input);
  properties[PROP_YEAR_FREELANCE_COST] = g_param_spec_double ("year-freelance-cost", NULL, NULL, 0, G_MAXDOUBLE, 0, derived);
  properties[PROP_YEAR_HIRE_COST] = g_param_spec_double ("year-hire-cost", NULL, NULL, 0, G_MAXDOUBLE, 0, derived);
  properties[PROP_HIRE_IDLE_HOURS_YEAR] = g_param_spec_double ("hire-idle-hours-year", NULL, NULL, 0, G_MAXDOUBLE, 0, derived);
  properties[PROP_CHEAPEST_YEAR] = g_param_spec_string ("cheapest-year", NULL, NULL, NULL, derived);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OffloadScenario::changed:
   * The name or an input changed (not the assessment's base figures).
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * OffloadScenario::results-changed:
   * One or more figures moved, after all their notifies: one signal per
   * change, for a view that shows several figures in one text.
   */
  signals[RESULTS_CHANGED] =
    g_signal_new ("results-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
offload_scenario_init (OffloadScenario *self)
{
}

OffloadScenario *
offload_scenario_new (OffloadCatalog *catalog,
                      const char     *name)
{
  g_return_val_if_fail (catalog == NULL || OFFLOAD_IS_CATALOG (catalog), NULL);

  return g_object_new (OFFLOAD_TYPE_SCENARIO, "catalog", catalog, "name", name, NULL);
}

OffloadScenario *
offload_scenario_copy (OffloadScenario *self,
                       const char      *name)
{
  OffloadScenario *copy;

  g_return_val_if_fail (OFFLOAD_IS_SCENARIO (self), NULL);

  copy = offload_scenario_new (self->catalog, name);
  copy->inputs = self->inputs;
  copy->delegated_override = self->delegated_override;
  copy->results = self->results;
  copy->hire_sizing = self->hire_sizing;
  memcpy (copy->factors, self->factors, sizeof copy->factors);
  copy->year = self->year;
  return copy;
}

const char *
offload_scenario_get_name (OffloadScenario *self)
{
  g_return_val_if_fail (OFFLOAD_IS_SCENARIO (self), NULL);
  return self->name;
}

void
offload_scenario_set_name (OffloadScenario *self,
                           const char      *name)
{
  g_autofree char *stripped = NULL;
  const char *end;

  g_return_if_fail (OFFLOAD_IS_SCENARIO (self));

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return;
  stripped = g_strstrip (g_strdup (name));
  if (stripped[0] == '\0')
    return;
  if (g_utf8_strlen (stripped, -1) > OFFLOAD_SCENARIO_MAX_NAME)
    {
      end = g_utf8_offset_to_pointer (stripped, OFFLOAD_SCENARIO_MAX_NAME);
      stripped[end - stripped] = '\0';
    }
  if (g_strcmp0 (self->name, stripped) == 0)
    return;

  g_free (self->name);
  self->name = g_steal_pointer (&stripped);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  g_signal_emit (self, signals[CHANGED], 0);
}

const char * const *
offload_scenario_list_inputs (void)
{
  static const char *ids[G_N_ELEMENTS (numeric_inputs) + 1];
  static gsize filled = 0;

  /* From the table above: one list of the inputs, in one order. */
  if (g_once_init_enter (&filled))
    {
      for (guint i = 0; i < G_N_ELEMENTS (numeric_inputs); i++)
        ids[i] = numeric_inputs[i].id;
      g_once_init_leave (&filled, 1);
    }
  return ids;
}

gboolean
offload_scenario_get_input (OffloadScenario *self,
                            const char      *id,
                            double          *value)
{
  int i;

  g_return_val_if_fail (OFFLOAD_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  i = find_input (id);
  if (i < 0)
    return FALSE;
  *value = *INPUT_FIELD (self, i);
  return TRUE;
}

gboolean
offload_scenario_set_input (OffloadScenario *self,
                            const char      *id,
                            double           value)
{
  int i;

  g_return_val_if_fail (OFFLOAD_IS_SCENARIO (self), FALSE);

  i = find_input (id);
  if (i < 0)
    return FALSE;
  set_input_at (self, i, value);
  return TRUE;
}

gboolean
offload_scenario_get_freelance_vat (OffloadScenario *self)
{
  g_return_val_if_fail (OFFLOAD_IS_SCENARIO (self), FALSE);
  return self->inputs.freelance_vat;
}

void
offload_scenario_set_freelance_vat (OffloadScenario *self,
                                    gboolean         freelance_vat)
{
  g_return_if_fail (OFFLOAD_IS_SCENARIO (self));

  freelance_vat = !!freelance_vat;
  if (self->inputs.freelance_vat == freelance_vat)
    return;
  self->inputs.freelance_vat = freelance_vat;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FREELANCE_VAT]);
  recompute (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
offload_scenario_set_base (OffloadScenario *self,
                           double           monthly_hours,
                           double           weekly_hours,
                           double           hourly_value)
{
  g_return_if_fail (OFFLOAD_IS_SCENARIO (self));

  if (self->inputs.monthly_hours == monthly_hours &&
      self->inputs.weekly_hours == weekly_hours &&
      self->inputs.hourly_value == hourly_value)
    return;
  self->inputs.monthly_hours = monthly_hours;
  self->inputs.weekly_hours = weekly_hours;
  self->inputs.hourly_value = hourly_value;
  recompute (self);
}

const OffloadComparisonResults *
offload_scenario_get_results (OffloadScenario *self)
{
  g_return_val_if_fail (OFFLOAD_IS_SCENARIO (self), NULL);
  return &self->results;
}

void
offload_scenario_set_delegated_override (OffloadScenario *self,
                                         double           share)
{
  g_return_if_fail (OFFLOAD_IS_SCENARIO (self));

  if (!isnan (share))
    share = CLAMP (share, 0, 1);
  if (same_number (self->delegated_override, share))
    return;
  self->delegated_override = share;
  recompute (self);
}

double
offload_scenario_get_delegated_share (OffloadScenario *self)
{
  g_return_val_if_fail (OFFLOAD_IS_SCENARIO (self), 0);
  return isnan (self->delegated_override) ? self->inputs.delegated_share : self->delegated_override;
}

OffloadHireSizing
offload_scenario_get_hire_sizing (OffloadScenario *self)
{
  g_return_val_if_fail (OFFLOAD_IS_SCENARIO (self), OFFLOAD_HIRE_SIZING_PEAK);
  return self->hire_sizing;
}

void
offload_scenario_set_hire_sizing (OffloadScenario   *self,
                                  OffloadHireSizing  sizing)
{
  g_return_if_fail (OFFLOAD_IS_SCENARIO (self));
  g_return_if_fail (sizing <= OFFLOAD_HIRE_SIZING_AVERAGE);

  if (self->hire_sizing == sizing)
    return;
  self->hire_sizing = sizing;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIRE_SIZING]);
  /* Only the year depends on it. */
  if (scenario_recompute_year (self))
    g_signal_emit (self, signals[RESULTS_CHANGED], 0);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
offload_scenario_set_activity (OffloadScenario *self,
                               const double    *factors)
{
  g_return_if_fail (OFFLOAD_IS_SCENARIO (self));
  g_return_if_fail (factors != NULL);

  if (memcmp (self->factors, factors, sizeof self->factors) == 0)
    return;
  memcpy (self->factors, factors, sizeof self->factors);
  if (scenario_recompute_year (self))
    g_signal_emit (self, signals[RESULTS_CHANGED], 0);
}

const OffloadYearResults *
offload_scenario_get_year (OffloadScenario *self)
{
  g_return_val_if_fail (OFFLOAD_IS_SCENARIO (self), NULL);
  return &self->year;
}
