/* offload-decision.c
 *
 * The verdict follows two facts and one score. A checked counter-indication
 * comes first: prepare. Otherwise the money decides between the two halves
 * of the verdicts (handing over pays exactly when the comparison's cheapest
 * option nets more than zero), and need (signs and time lost, 0–100) picks
 * the band inside that half. Every verdict of the paying half is stronger
 * than every one of the other, so more signs, more hours or a dearer hour
 * never lower it.
 *
 * The numbers are recomputed on every change; the sentences are written
 * only when someone asks for them, so that a slider step stays cheap.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <math.h>

#include "offload-assessment.h"
#include "offload-decision-private.h"
#include "offload-format.h"

/* Half a currency unit: a net gain that rounds to nothing is no gain. */
#define DECISION_LEAST_GAIN 0.5

struct _OffloadDecision
{
  GObject                  parent_instance;

  GObject                 *assessment;   /* weak: it owns us */
  OffloadCatalog          *catalog;
  double                   signs_weight;
  double                   time_full_share;
  double                   longest_working_day;

  OffloadDecisionInputs    inputs;
  OffloadComparisonResults results;      /* a copy: inputs.results points here */
  OffloadYearResults       year;         /* a copy: inputs.year points here */

  OffloadBand             *band;
  int                      need;
  gboolean                 pays;
  OffloadOption            best_option;
  double                   net_gain_month;
  double                   net_gain_year;
  OffloadOption            outside_option;
  double                   outside_net_month;
  guint                    warnings;     /* bit per OffloadWarning */
  OffloadSign             *first_counter; /* the one the headline names */
};

G_DEFINE_FINAL_TYPE (OffloadDecision, offload_decision, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VERDICT,
  PROP_NEED,
  PROP_DELEGATION_PAYS,
  PROP_BEST_OPTION,
  PROP_NET_GAIN_MONTH,
  PROP_NET_GAIN_YEAR,
  PROP_WARNINGS,
  PROP_HEADLINE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const struct {
  const char *id;
  const char *input;
} warning_info[OFFLOAD_N_WARNINGS] = {
  [OFFLOAD_WARNING_ADMIN_OVER_WORKING_DAY] = { "admin-over-working-day", OFFLOAD_INPUT_HOURS_PER_DAY },
  [OFFLOAD_WARNING_FOCUS_CAPPED] = { "focus-capped", OFFLOAD_INPUT_INTERRUPTIONS_PER_DAY },
  [OFFLOAD_WARNING_WORKING_DAY_TOO_LONG] = { "working-day-too-long", OFFLOAD_INPUT_WORKING_HOURS_PER_DAY },
  [OFFLOAD_WARNING_NO_HOURS_LOST] = { "no-hours-lost", OFFLOAD_INPUT_HOURS_PER_DAY },
  [OFFLOAD_WARNING_HOURLY_VALUE_ZERO] = { "hourly-value-zero", OFFLOAD_INPUT_HOURLY_VALUE },
  [OFFLOAD_WARNING_NOTHING_HANDED_OVER] = { "nothing-handed-over", OFFLOAD_INPUT_DELEGATED_SHARE },
  [OFFLOAD_WARNING_NOTHING_REINVESTED] = { "nothing-reinvested", OFFLOAD_INPUT_REINVESTED_SHARE },
  [OFFLOAD_WARNING_HIRE_OVER_FULL_TIME] = { "hire-over-full-time", OFFLOAD_INPUT_DELEGATED_SHARE },
};

const char *
offload_warning_to_id (OffloadWarning warning)
{
  g_return_val_if_fail (warning < OFFLOAD_N_WARNINGS, NULL);
  return warning_info[warning].id;
}

const char *
offload_warning_get_input (OffloadWarning warning)
{
  g_return_val_if_fail (warning < OFFLOAD_N_WARNINGS, NULL);
  return warning_info[warning].input;
}

static void
offload_decision_dispose (GObject *object)
{
  OffloadDecision *self = OFFLOAD_DECISION (object);

  if (self->assessment != NULL)
    g_object_remove_weak_pointer (self->assessment, (gpointer *) &self->assessment);
  self->assessment = NULL;
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (offload_decision_parent_class)->dispose (object);
}

static void
offload_decision_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OffloadDecision *self = OFFLOAD_DECISION (object);

  switch (prop_id)
    {
    case PROP_VERDICT: g_value_set_string (value, offload_decision_get_verdict (self)); break;
    case PROP_NEED: g_value_set_int (value, self->need); break;
    case PROP_DELEGATION_PAYS: g_value_set_boolean (value, self->pays); break;
    case PROP_BEST_OPTION: g_value_set_string (value, offload_option_to_id (self->best_option)); break;
    case PROP_NET_GAIN_MONTH: g_value_set_double (value, self->net_gain_month); break;
    case PROP_NET_GAIN_YEAR: g_value_set_double (value, self->net_gain_year); break;
    case PROP_WARNINGS:
      {
        g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

        for (guint i = 0; i < OFFLOAD_N_WARNINGS; i++)
          if (self->warnings & (1u << i))
            g_strv_builder_add (ids, warning_info[i].id);
        g_value_take_boxed (value, g_strv_builder_end (ids));
      }
      break;
    case PROP_HEADLINE: g_value_take_string (value, offload_decision_dup_headline (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_decision_class_init (OffloadDecisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = offload_decision_dispose;
  object_class->get_property = offload_decision_get_property;

  properties[PROP_VERDICT] = g_param_spec_string ("verdict", NULL, NULL, NULL, flags);
  properties[PROP_NEED] = g_param_spec_int ("need", NULL, NULL, 0, 100, 0, flags);
  properties[PROP_DELEGATION_PAYS] = g_param_spec_boolean ("delegation-pays", NULL, NULL, FALSE, flags);
  properties[PROP_BEST_OPTION] = g_param_spec_string ("best-option", NULL, NULL, NULL, flags);
  properties[PROP_NET_GAIN_MONTH] = g_param_spec_double ("net-gain-month", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_NET_GAIN_YEAR] = g_param_spec_double ("net-gain-year", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_WARNINGS] = g_param_spec_boxed ("warnings", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_HEADLINE] = g_param_spec_string ("headline", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OffloadDecision::changed:
   * A recompute moved a figure, a warning or a sentence: for views that
   * combine several of them, so that they update once.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
offload_decision_init (OffloadDecision *self)
{
}

OffloadDecision *
offload_decision_new (GObject *assessment)
{
  OffloadDecision *self;

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (assessment), NULL);

  self = g_object_new (OFFLOAD_TYPE_DECISION, NULL);
  self->assessment = assessment;
  g_object_add_weak_pointer (assessment, (gpointer *) &self->assessment);
  self->catalog = g_object_ref (offload_assessment_get_catalog (OFFLOAD_ASSESSMENT (assessment)));
  self->signs_weight = offload_catalog_get_constant (self->catalog, OFFLOAD_CONSTANT_NEED_SIGNS_WEIGHT);
  self->time_full_share = offload_catalog_get_constant (self->catalog, OFFLOAD_CONSTANT_NEED_TIME_FULL);
  self->longest_working_day = offload_catalog_get_constant (self->catalog, OFFLOAD_CONSTANT_LONGEST_WORKING_DAY);
  self->band = offload_catalog_band_for_need (self->catalog, 0, FALSE);
  self->best_option = OFFLOAD_OPTION_YOURSELF;
  self->outside_option = OFFLOAD_OPTION_FREELANCE;
  return self;
}

/* The share of the working time lost, counted in full at time_full_share. */
static double
decision_time_part (OffloadDecision             *self,
                    const OffloadDecisionInputs *in)
{
  if (!(in->working_hours_month > 0))
    return in->total_hours_month > 0 ? 1 : 0;
  return MIN (1.0, in->total_hours_month / in->working_hours_month / self->time_full_share);
}

static guint
decision_warnings (OffloadDecision             *self,
                   const OffloadDecisionInputs *in)
{
  const OffloadComparisonResults *r = in->results;
  guint warnings = 0;

#define SET_IF(condition, warning) if (condition) warnings |= 1u << (warning)
  SET_IF (in->hours_per_day > in->working_hours_per_day, OFFLOAD_WARNING_ADMIN_OVER_WORKING_DAY);
  SET_IF (in->focus_hours < in->focus_hours_uncapped, OFFLOAD_WARNING_FOCUS_CAPPED);
  SET_IF (in->working_hours_per_day > self->longest_working_day, OFFLOAD_WARNING_WORKING_DAY_TOO_LONG);
  SET_IF (in->hours_per_day <= 0, OFFLOAD_WARNING_NO_HOURS_LOST);
  SET_IF (in->hourly_value <= 0, OFFLOAD_WARNING_HOURLY_VALUE_ZERO);
  SET_IF (in->monthly_hours > 0 && r->hours_freed_month <= 0, OFFLOAD_WARNING_NOTHING_HANDED_OVER);
  SET_IF (r->hours_freed_month > 0 && in->hourly_value > 0 && r->value_recovered_month <= 0,
          OFFLOAD_WARNING_NOTHING_REINVESTED);
  SET_IF (r->hire_over_full_time, OFFLOAD_WARNING_HIRE_OVER_FULL_TIME);
#undef SET_IF

  return warnings;
}

/* The comparison's figures the sentences quote (a struct's padding must
 * not be compared). */
static gboolean
decision_results_differ (const OffloadComparisonResults *a,
                         const OffloadComparisonResults *b)
{
#define DIFFER(field) (a->field != b->field && !(isnan (a->field) && isnan (b->field)))
  return DIFFER (hours_freed_month) || DIFFER (value_recovered_month) ||
         DIFFER (freelance_cost_month) || DIFFER (freelance_net_month) ||
         DIFFER (hire_cost_month) || DIFFER (hire_net_month) ||
         DIFFER (breakeven_hourly_value) || a->cheapest != b->cheapest ||
         a->hire_over_full_time != b->hire_over_full_time;
#undef DIFFER
}

/* The year's figures a reason quotes: only when the rhythm is not steady. */
static gboolean
decision_year_differs (OffloadDecision             *self,
                       const OffloadDecisionInputs *inputs)
{
  const OffloadYearResults *a = &self->year;
  const OffloadYearResults *b = inputs->year;

  if (self->inputs.steady != inputs->steady || (self->inputs.year == NULL) != (b == NULL))
    return TRUE;
  if (b == NULL || inputs->steady)
    return FALSE;
  return a->cheapest != b->cheapest || a->freelance_cost != b->freelance_cost ||
         a->hire_cost != b->hire_cost || a->hire_idle_hours != b->hire_idle_hours ||
         a->value_recovered != b->value_recovered || a->sizing != b->sizing;
}

/* Every field is set before any notification goes out, so that a handler
 * reads a consistent answer; cheaper than freezing the notifications. */
#define SET_FIELD(field, value, prop)                                         \
  G_STMT_START {                                                              \
    if (self->field != (value))                                               \
      {                                                                       \
        self->field = (value);                                                \
        changed |= 1u << (prop);                                              \
      }                                                                       \
  } G_STMT_END

gboolean
offload_decision_update (OffloadDecision             *self,
                         const OffloadDecisionInputs *inputs)
{
  const OffloadComparisonResults *r = inputs->results;
  guint changed = 0;
  double signs_part;
  int need;
  gboolean pays;
  OffloadBand *band;
  OffloadOption outside;
  double net;
  OffloadSign *first_counter = NULL;

  g_return_val_if_fail (OFFLOAD_IS_DECISION (self), FALSE);

  /* The headline names the first counter-indication ticked: ticking or
   * unticking another can change it while every figure stays. */
  if (inputs->counters && self->assessment != NULL)
    {
      const char * const *reasons = offload_assessment_get_reasons ((OffloadAssessment *) self->assessment);

      if (reasons != NULL && reasons[0] != NULL)
        first_counter = offload_catalog_lookup (self->catalog, reasons[0]);
    }

  /* Anything a sentence quotes counts as a move of the headline. */
  if (decision_results_differ (&self->results, r) ||
      self->inputs.hours_per_day != inputs->hours_per_day ||
      self->inputs.working_hours_per_day != inputs->working_hours_per_day ||
      self->inputs.interruptions_per_day != inputs->interruptions_per_day ||
      self->inputs.hourly_value != inputs->hourly_value ||
      self->inputs.monthly_hours != inputs->monthly_hours ||
      self->inputs.working_hours_month != inputs->working_hours_month ||
      self->inputs.checked_weight != inputs->checked_weight ||
      self->inputs.counters != inputs->counters ||
      self->first_counter != first_counter ||
      decision_year_differs (self, inputs))
    changed |= 1u << PROP_HEADLINE;
  self->first_counter = first_counter;
  self->results = *r;
  if (inputs->year != NULL)
    self->year = *inputs->year;
  self->inputs = *inputs;
  self->inputs.results = &self->results;
  self->inputs.year = inputs->year != NULL ? &self->year : NULL;

  signs_part = inputs->total_weight > 0 ? (double) inputs->checked_weight / inputs->total_weight : 0;
  need = (int) round (100.0 * (self->signs_weight * signs_part +
                               (1.0 - self->signs_weight) * decision_time_part (self, inputs)));
  need = CLAMP (need, 0, 100);
  SET_FIELD (need, need, PROP_NEED);

  /* The comparison's cheapest is the highest net gain, doing it yourself
   * (0) included: it pays exactly when that gain is above 0 in whole
   * currency units, as every sentence and report gives it (half a unit
   * rounds up to 1). At an exact break-even the gain is 0 give or take
   * rounding noise (±1e-13), which must not decide: it would make more
   * hours or a dearer hour turn "pays" off again. */
  net = offload_comparison_results_get_net (r, r->cheapest);
  pays = r->cheapest != OFFLOAD_OPTION_YOURSELF && net >= DECISION_LEAST_GAIN;
  SET_FIELD (pays, pays, PROP_DELEGATION_PAYS);
  SET_FIELD (best_option, pays ? r->cheapest : OFFLOAD_OPTION_YOURSELF, PROP_BEST_OPTION);
  /* In whole currency units, so that the year is twelve times the month a
   * reader sees. */
  net = pays ? round (net) : 0;
  SET_FIELD (net_gain_month, net, PROP_NET_GAIN_MONTH);
  SET_FIELD (net_gain_year, net * inputs->months_per_year, PROP_NET_GAIN_YEAR);

  outside = r->freelance_net_month >= r->hire_net_month ? OFFLOAD_OPTION_FREELANCE : OFFLOAD_OPTION_HIRE;
  self->outside_option = outside;
  self->outside_net_month = offload_comparison_results_get_net (r, outside);

  band = inputs->counters ? offload_catalog_get_counter_band (self->catalog)
                          : offload_catalog_band_for_need (self->catalog, need, pays);
  SET_FIELD (band, band, PROP_VERDICT);
  SET_FIELD (warnings, decision_warnings (self, inputs), PROP_WARNINGS);

  if (changed == 0)
    return FALSE;

  /* A new verdict, or a caution about the figures, changes the headline
   * even when no figure it quotes moved. */
  if (changed & (1u << PROP_VERDICT | 1u << PROP_WARNINGS))
    changed |= 1u << PROP_HEADLINE;
  for (guint prop = 1; prop < N_PROPS; prop++)
    if (changed & (1u << prop))
      g_object_notify_by_pspec ((GObject *) self, properties[prop]);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

#undef SET_FIELD

OffloadBand *
offload_decision_get_band (OffloadDecision *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DECISION (self), NULL);
  return self->band;
}

const char *
offload_decision_get_verdict (OffloadDecision *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DECISION (self), NULL);
  return self->band->id;
}

int
offload_decision_get_need (OffloadDecision *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DECISION (self), 0);
  return self->need;
}

gboolean
offload_decision_get_delegation_pays (OffloadDecision *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DECISION (self), FALSE);
  return self->pays;
}

OffloadOption
offload_decision_get_best_option (OffloadDecision *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DECISION (self), OFFLOAD_OPTION_YOURSELF);
  return self->best_option;
}

double
offload_decision_get_net_gain_month (OffloadDecision *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DECISION (self), 0);
  return self->net_gain_month;
}

double
offload_decision_get_net_gain_year (OffloadDecision *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DECISION (self), 0);
  return self->net_gain_year;
}

OffloadOption
offload_decision_get_outside_option (OffloadDecision *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DECISION (self), OFFLOAD_OPTION_FREELANCE);
  return self->outside_option;
}

double
offload_decision_get_outside_net_month (OffloadDecision *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DECISION (self), 0);
  return self->outside_net_month;
}

guint
offload_decision_get_n_warnings (OffloadDecision *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DECISION (self), 0);
  return (guint) __builtin_popcount (self->warnings);
}

OffloadWarning
offload_decision_get_warning (OffloadDecision *self,
                              guint            position)
{
  g_return_val_if_fail (OFFLOAD_IS_DECISION (self), OFFLOAD_N_WARNINGS);

  for (guint i = 0; i < OFFLOAD_N_WARNINGS; i++)
    if ((self->warnings & (1u << i)) && position-- == 0)
      return i;

  g_return_val_if_reached (OFFLOAD_N_WARNINGS);
}

gboolean
offload_decision_has_warning (OffloadDecision *self,
                              OffloadWarning   warning)
{
  g_return_val_if_fail (OFFLOAD_IS_DECISION (self), FALSE);
  g_return_val_if_fail (warning < OFFLOAD_N_WARNINGS, FALSE);
  return (self->warnings & (1u << warning)) != 0;
}

/* The sentences. Each formats the owner's own figures the way every other
 * view does (offload-format), so a number reads the same everywhere. */

static const char *
decision_currency (OffloadDecision *self)
{
  return self->assessment != NULL ? offload_assessment_get_currency (OFFLOAD_ASSESSMENT (self->assessment))
                                  : offload_catalog_get_default_currency (self->catalog);
}

static char *
decision_money (OffloadDecision *self,
                double           value)
{
  return offload_format_money (value, decision_currency (self));
}

static char *
decision_percent (double share)
{
  return offload_format_number (100.0 * share, 0);
}

char *
offload_decision_dup_warning_message (OffloadDecision *self,
                                      OffloadWarning   warning)
{
  const OffloadDecisionInputs *in;

  g_return_val_if_fail (OFFLOAD_IS_DECISION (self), NULL);
  g_return_val_if_fail (warning < OFFLOAD_N_WARNINGS, NULL);

  in = &self->inputs;
  switch (warning)
    {
    case OFFLOAD_WARNING_ADMIN_OVER_WORKING_DAY:
      {
        g_autofree char *admin = offload_format_hours (in->hours_per_day);
        g_autofree char *day = offload_format_hours (in->working_hours_per_day);

        /* Translators: two durations, e.g. "10 h of admin a day is more than your 8 h working day" */
        return g_strdup_printf (_("%s of admin a day is more than your %s working day: check both figures."),
                                admin, day);
      }
    case OFFLOAD_WARNING_FOCUS_CAPPED:
      {
        g_autofree char *count = offload_format_number (in->interruptions_per_day, 0);
        g_autofree char *raw = offload_format_hours (in->focus_hours_uncapped);
        g_autofree char *counted = offload_format_hours (in->focus_hours);

        /* Translators: a number of interruptions, then two durations a month */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%s interruption a day would cost %s of focus a month, more than your "
                                             "working day leaves after the admin: Offload counts %s.",
                                             "%s interruptions a day would cost %s of focus a month, more than your "
                                             "working day leaves after the admin: Offload counts %s.",
                                             (gulong) in->interruptions_per_day),
                                count, raw, counted);
      }
    case OFFLOAD_WARNING_WORKING_DAY_TOO_LONG:
      {
        g_autofree char *day = offload_format_hours (in->working_hours_per_day);

        /* Translators: %s is a duration such as "15 h" */
        return g_strdup_printf (_("A %s working day leaves less than 11 hours of rest: check this figure."), day);
      }
    case OFFLOAD_WARNING_NO_HOURS_LOST:
      return g_strdup (_("No time lost to admin: there is nothing to hand over."));
    case OFFLOAD_WARNING_HOURLY_VALUE_ZERO:
      return g_strdup (_("An hour of your time worth nothing makes the time lost free, and handing over can never pay: "
                         "set what an hour of your time is worth."));
    case OFFLOAD_WARNING_NOTHING_HANDED_OVER:
      return g_strdup (_("You hand none of the lost hours over, so no option changes anything."));
    case OFFLOAD_WARNING_NOTHING_REINVESTED:
      return g_strdup (_("You turn none of the freed hours into paid work, so handing over can only cost money."));
    case OFFLOAD_WARNING_HIRE_OVER_FULL_TIME:
      return g_strdup (_("The hours handed over need more than one full-time job: one hire will not be enough."));
    case OFFLOAD_N_WARNINGS:
    default:
      break;
    }

  g_return_val_if_reached (NULL);
}

/* The headline before any caution about the figures. */
static char *
decision_headline (OffloadDecision *self)
{
  const OffloadDecisionInputs *in;
  const OffloadComparisonResults *r;

  in = &self->inputs;
  r = &self->results;

  if (self->band->counter)
    {
      OffloadAssessment *assessment = OFFLOAD_ASSESSMENT (self->assessment);
      const char * const *reasons = assessment ? offload_assessment_get_reasons (assessment) : NULL;
      OffloadSign *sign = reasons && reasons[0] ? offload_catalog_lookup (self->catalog, reasons[0]) : NULL;

      const char *fix = sign ? offload_sign_get_remediation (sign) : self->band->advice;

      if (self->pays)
        {
          g_autofree char *month = decision_money (self, self->net_gain_month);

          /* Translators: what to fix first (a whole sentence), then the net gain a month */
          return g_strdup_printf (_("Prepare first — %s Then handing over should leave you %s a month better off."),
                                  fix, month);
        }
      /* Translators: %s is what to fix first, a whole sentence */
      return g_strdup_printf (_("Prepare first — %s"), fix);
    }

  if (self->pays)
    {
      g_autofree char *hours = offload_format_hours (r->hours_freed_month);
      g_autofree char *month = decision_money (self, self->net_gain_month);
      g_autofree char *year = decision_money (self, self->net_gain_year);

      if (self->best_option == OFFLOAD_OPTION_HIRE && r->hire_over_full_time)
        /* Translators: hours a month, then the net gain a month and a year */
        return g_strdup_printf (_("Hiring for the %s a month you hand over, more than one full-time job, would leave "
                                  "you %s a month better off, %s a year."), hours, month, year);
      if (self->best_option == OFFLOAD_OPTION_HIRE)
        /* Translators: hours a month, then the net gain a month and a year */
        return g_strdup_printf (_("A part-time hire for the %s a month you hand over would leave you %s a month "
                                  "better off, %s a year."), hours, month, year);
      /* Translators: hours a month, then the net gain a month and a year */
      return g_strdup_printf (_("Handing %s a month to a freelance assistant would leave you %s a month better off, "
                                "%s a year."), hours, month, year);
    }

  /* Not paying with hours handed over leaves the better outside option at
   * a loss, or exactly at the break-even (a net of 0, which is no gain). */
  if (r->hours_freed_month > 0 && self->outside_net_month >= 0)
    {
      g_autofree char *recovered = decision_money (self, r->value_recovered_month);

      /* Translators: %s is an amount a month */
      return g_strdup_printf (_("Handing over would cost exactly what the freed hours bring back, %s a month: "
                                "it does not pay yet."), recovered);
    }

  if (r->hours_freed_month <= 0)
    {
      g_autofree char *lost = decision_money (self, in->total_hours_month * in->hourly_value);

      if (self->band->strength > 0)
        /* Translators: %s is an amount a month */
        return g_strdup_printf (_("Admin weighs on you and your time lost is worth %s a month, but you hand no "
                                  "hours over: nothing changes until you do."), lost);
      /* Translators: %s is an amount a month */
      return g_strdup_printf (_("Your time lost is worth %s a month and you hand no hours over: nothing to change "
                                "for now."), lost);
    }
  else
    {
      g_autofree char *loss = decision_money (self, -self->outside_net_month);
      g_autofree char *lost = decision_money (self, in->total_hours_month * in->hourly_value);

      if (self->band->strength > 0)
        /* Translators: %s is an amount a month */
        return g_strdup_printf (_("You are overloaded, but at these figures handing over costs %s a month more than "
                                  "the time it frees is worth."), loss);
      /* Translators: an amount a month, then another */
      return g_strdup_printf (_("Your time lost is worth %s a month, and handing it over would cost %s a month more "
                                "than it brings back: not a priority yet."), lost, loss);
    }
}

char *
offload_decision_dup_headline (OffloadDecision *self)
{
  g_autofree char *headline = NULL;

  g_return_val_if_fail (OFFLOAD_IS_DECISION (self), NULL);

  headline = decision_headline (self);
  /* Figures that cannot both be right make any answer doubtful: say so in
   * the same breath. */
  if (self->warnings & (1u << OFFLOAD_WARNING_ADMIN_OVER_WORKING_DAY | 1u << OFFLOAD_WARNING_WORKING_DAY_TOO_LONG))
    /* Translators: the headline, then a caution */
    return g_strdup_printf (_("%s But first check the figures flagged as unlikely."), headline);
  return g_steal_pointer (&headline);
}

/* g_strv_builder_take() is GLib 2.80. */
static void
decision_take (GStrvBuilder *builder,
               char         *text)
{
  g_strv_builder_add (builder, text);
  g_free (text);
}

/* What the option costs a month. */
static double
decision_option_cost (const OffloadComparisonResults *r,
                      OffloadOption                   option)
{
  return option == OFFLOAD_OPTION_HIRE ? r->hire_cost_month : r->freelance_cost_month;
}

/* What the freed hours are worth against what @option costs, in one sentence. */
static char *
decision_money_reason (OffloadDecision *self,
                       OffloadOption    option)
{
  const OffloadComparisonResults *r = &self->results;
  g_autofree char *cost = decision_money (self, decision_option_cost (r, option));
  g_autofree char *freed = offload_format_hours (r->hours_freed_month);
  g_autofree char *reinvested = offload_format_hours (r->hours_reinvested_month);
  g_autofree char *recovered = decision_money (self, r->value_recovered_month);

  if (option == OFFLOAD_OPTION_HIRE)
    /* Translators: an amount, hours, hours, an amount */
    return g_strdup_printf (_("A part-time hire would cost %s a month for the %s you hand over; the %s you would turn "
                              "into paid work are worth %s."), cost, freed, reinvested, recovered);
  /* Translators: an amount, hours, hours, an amount */
  return g_strdup_printf (_("A freelance assistant would cost %s a month for the %s you hand over; the %s you would "
                            "turn into paid work are worth %s."), cost, freed, reinvested, recovered);
}

/* Why the year answers otherwise than the average month, in the owner's
 * figures over the year. */
static char *
decision_year_reason (OffloadDecision *self)
{
  OffloadYearResults rounded;
  const OffloadYearResults *y = &rounded;
  g_autofree char *freelance = NULL;
  g_autofree char *hire = NULL;
  g_autofree char *idle = NULL;
  g_autofree char *recovered = NULL;

  /* The totals of the JSON and the CSV: the sums of the months as written. */
  offload_year_results_round (&self->year, &rounded);
  freelance = decision_money (self, y->freelance_cost);
  hire = decision_money (self, y->hire_cost);
  idle = offload_format_hours (y->hire_idle_hours);
  recovered = decision_money (self, y->value_recovered);

  switch (y->cheapest)
    {
    case OFFLOAD_OPTION_FREELANCE:
      if (y->sizing == OFFLOAD_HIRE_SIZING_PEAK)
        /* Translators: an amount a year, an amount a year, hours a year */
        return g_strdup_printf (_("Your activity is not steady: over the year a freelance assistant, paid for each "
                                  "month's hours, would cost %s, against %s for a hire whose contract covers your "
                                  "busiest month and leaves %s idle. Over the year, the freelance assistant is the "
                                  "better choice."), freelance, hire, idle);
      /* Translators: an amount a year, an amount a year */
      return g_strdup_printf (_("Your activity is not steady: over the year a freelance assistant, paid for each "
                                "month's hours, would cost %s, against %s for a hire sized for an average month "
                                "with a freelancer for the busy months. Over the year, the freelance assistant is "
                                "the better choice."), freelance, hire);
    case OFFLOAD_OPTION_HIRE:
      /* Translators: an amount a year, an amount a year */
      return g_strdup_printf (_("Your activity is not steady: over the year a part-time hire would cost %s, against "
                                "%s for a freelance assistant billing every busy month in full. Over the year, the "
                                "hire is the better choice."), hire, freelance);
    case OFFLOAD_OPTION_YOURSELF:
    default:
      /* Translators: an amount a year, an amount a year, an amount a year */
      return g_strdup_printf (_("Your activity is not steady: over the year neither option pays, a freelance "
                                "assistant costing %s and a hire %s for hours worth %s to you."),
                              freelance, hire, recovered);
    }
}

GStrv
offload_decision_dup_why (OffloadDecision *self)
{
  g_autoptr(GStrvBuilder) why = g_strv_builder_new ();
  OffloadAssessment *assessment;
  const OffloadDecisionInputs *in;
  const OffloadComparisonResults *r;
  const char * const *reasons;
  guint n_counters = 0;

  g_return_val_if_fail (OFFLOAD_IS_DECISION (self), NULL);

  assessment = self->assessment ? OFFLOAD_ASSESSMENT (self->assessment) : NULL;
  in = &self->inputs;
  r = &self->results;
  reasons = assessment ? offload_assessment_get_reasons (assessment) : NULL;

  /* What to fix comes first when something must be. */
  for (guint i = 0; reasons && reasons[i]; i++)
    {
      OffloadSign *sign = offload_catalog_lookup (self->catalog, reasons[i]);

      if (offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_COUNTER)
        {
          /* The headline already says how to fix the first one. */
          if (n_counters == 0)
            /* Translators: a counter-indication's title, as a sentence */
            decision_take (why, g_strdup_printf (_("%s."), offload_sign_get_title (sign)));
          else
            /* Translators: a counter-indication, then what to do about it */
            decision_take (why, g_strdup_printf (_("%s — %s"), offload_sign_get_title (sign),
                                                 offload_sign_get_remediation (sign)));
          n_counters++;
        }
    }

  /* The money, and what would make it pay: what the owner acts on. */
  if (r->hours_freed_month <= 0)
    g_strv_builder_add (why, _("You hand no hours over, so there is nothing to gain and nothing to pay."));
  else if (self->pays)
    /* The headline and the chain give the net gain. */
    decision_take (why, decision_money_reason (self, self->best_option));
  else
    {
      OffloadOption option = self->outside_option;
      double recovered_per_hour = r->value_recovered_month / r->hours_freed_month;
      double rate_now = r->freelance_cost_month / r->hours_freed_month;
      double share_needed = in->hourly_value > 0 && r->hours_freed_month > 0
                            ? r->freelance_cost_month / (r->hours_freed_month * in->hourly_value) : INFINITY;

      /* The headline and the chain give the loss. */
      decision_take (why, decision_money_reason (self, option));

      /* What would make it pay, each only when it would. */
      if (isfinite (r->breakeven_hourly_value))
        {
          g_autofree char *value = offload_format_rate (r->breakeven_hourly_value, decision_currency (self));
          g_autofree char *now = offload_format_rate (in->hourly_value, decision_currency (self));

          /* Translators: two amounts an hour */
          decision_take (why, g_strdup_printf (_("It would pay once an hour of your time is worth more than "
                                               "%s (you set %s)."), value, now));
        }
      if (share_needed < 1 && r->value_recovered_month > 0)
        {
          double reinvested_now = r->hours_reinvested_month / r->hours_freed_month;
          g_autofree char *needed = decision_percent (share_needed);
          g_autofree char *now = decision_percent (reinvested_now);

          /* Translators: two percentages */
          decision_take (why, g_strdup_printf (_("It would also pay if you turned more than %s %% of the "
                                               "freed hours into paid work (you set %s %%)."), needed, now));
        }
      if (recovered_per_hour > 0 && rate_now > recovered_per_hour)
        {
          g_autofree char *rate = offload_format_rate (recovered_per_hour, decision_currency (self));

          /* Translators: %s is an amount an hour */
          decision_take (why, g_strdup_printf (_("Or with an assistant who charges less than %s an hour, "
                                               "everything included."), rate));
        }
    }

  /* The rhythm, when the year names another option than the average month. */
  if (in->year != NULL && !in->steady && in->year->cheapest != r->cheapest && r->hours_freed_month > 0)
    decision_take (why, decision_year_reason (self));

  /* The time lost, and how much of the working month it is. */
  {
    g_autofree char *admin = offload_format_hours (in->monthly_hours);
    g_autofree char *focus = offload_format_hours (in->focus_hours);
    g_autofree char *working = offload_format_hours (in->working_hours_month);
    g_autofree char *share = decision_percent (in->working_hours_month > 0
                                               ? in->total_hours_month / in->working_hours_month : 0);
    g_autofree char *value = decision_money (self, in->total_hours_month * in->hourly_value);

    if (in->focus_hours > 0)
      {
        g_autofree char *total = offload_format_hours (in->total_hours_month);

        /* Translators: durations a month, a percentage, a duration, an amount */
        decision_take (why, g_strdup_printf (_("Admin takes %s a month and interruptions cost %s of focus: "
                                             "%s in all, %s %% of your %s working month, worth %s of "
                                             "your time."), admin, focus, total, share, working, value));
      }
    else
      /* Translators: a duration a month, a percentage, a duration, an amount */
      decision_take (why, g_strdup_printf (_("Admin takes %s a month, %s %% of your %s working month, worth "
                                           "%s of your time."), admin, share, working, value));
  }

  /* The signs. */
  {
    guint n_checked = 0, n_total = 0;

    for (guint i = 0; i < offload_catalog_get_n_signs (self->catalog); i++)
      {
        OffloadSign *sign = offload_catalog_get_sign (self->catalog, i);

        if (offload_sign_get_kind (sign) != OFFLOAD_SIGN_KIND_SIGN)
          continue;
        n_total++;
        if (assessment && offload_assessment_get_checked (assessment, offload_sign_get_id (sign)))
          n_checked++;
      }

    if (n_checked == 0)
      g_strv_builder_add (why, _("None of the warning signs applies."));
    else
      {
        const char * const *heaviest = reasons + n_counters;
        g_autofree char *titles = offload_catalog_join_sign_titles (self->catalog, heaviest);

        if (g_strv_length ((char **) heaviest) < n_checked)
          /* Translators: the count of signs ticked (more than named), the count
           * of all signs, then the heaviest ones' titles */
          decision_take (why, g_strdup_printf (_("%u of the %u warning signs apply; the heaviest: %s."),
                                               n_checked, n_total, titles));
        else
          /* Translators: a count of signs ticked, the count of all signs, then their titles */
          decision_take (why, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u of the %u warning signs applies: %s.",
                                                            "%u of the %u warning signs apply: %s.", n_checked),
                                               n_checked, n_total, titles));
      }
  }

  return g_strv_builder_end (why);
}

char *
offload_decision_dup_chain (OffloadDecision *self)
{
  const OffloadDecisionInputs *in;
  const OffloadComparisonResults *r;
  OffloadOption option;
  g_autofree char *lost = NULL;
  g_autofree char *handed = NULL;
  g_autofree char *reinvested = NULL;
  g_autofree char *recovered = NULL;
  g_autofree char *cost = NULL;
  g_autofree char *net = NULL;

  g_return_val_if_fail (OFFLOAD_IS_DECISION (self), NULL);

  in = &self->inputs;
  r = &self->results;
  option = self->pays ? self->best_option : self->outside_option;

  lost = decision_money (self, in->monthly_hours * in->hourly_value);
  handed = offload_format_hours (r->hours_freed_month);
  reinvested = offload_format_hours (r->hours_reinvested_month);
  recovered = decision_money (self, r->value_recovered_month);
  cost = decision_money (self, decision_option_cost (r, option));
  net = decision_money (self, offload_comparison_results_get_net (r, option));

  if (option == OFFLOAD_OPTION_HIRE)
    /* Translators: the chain from the time lost to the net gain, a month:
     * value of the admin time → hours handed over → hours reinvested, their
     * value − the hire's cost = net gain */
    return g_strdup_printf (_("%s of admin time → %s handed over → %s turned into paid work, worth %s − %s for "
                              "the part-time hire = %s a month"), lost, handed, reinvested, recovered, cost, net);
  /* Translators: the chain from the time lost to the net gain, a month:
   * value of the admin time → hours handed over → hours reinvested, their
   * value − the freelancer's cost = net gain */
  return g_strdup_printf (_("%s of admin time → %s handed over → %s turned into paid work, worth %s − %s for the "
                            "freelance assistant = %s a month"), lost, handed, reinvested, recovered, cost, net);
}
