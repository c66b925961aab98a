/* offload-comparison.c
 *
 * Every figure is per month. A hire is paid every week of the year but
 * works only weeks_per_year − weeks_off of them, so covering the hours freed
 * takes 52 ÷ (52 − weeks off) paid hours per hour worked, and the contract
 * never goes below its weekly minimum.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "offload-comparison.h"

void
offload_comparison_constants_init (OffloadComparisonConstants *constants,
                                   OffloadCatalog             *catalog)
{
  g_return_if_fail (constants != NULL);
  g_return_if_fail (OFFLOAD_IS_CATALOG (catalog));

  constants->vat_rate = offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_VAT_RATE);
  constants->weeks_per_year = offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_WEEKS_PER_YEAR);
  constants->months_per_year = offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_MONTHS_PER_YEAR);
  constants->onboarding_months = offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_ONBOARDING_MONTHS);
  constants->range_spread = offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_RANGE_SPREAD);
  constants->full_time_weekly_hours = offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_FULL_TIME_HOURS);
}

static double
vat_factor (const OffloadComparisonInputs    *in,
            const OffloadComparisonConstants *k)
{
  return in->freelance_vat ? 1.0 + k->vat_rate : 1.0;
}

/* The hire's cost for h hours freed a month is
 *   max (h × paid_per_worked, minimum_paid) × employer_factor × gross + onboarding
 * and every formula below (central figures, break-even, range) reads these
 * terms, so that they cannot drift apart. */
typedef struct
{
  double paid_per_worked;   /* 52 ÷ (52 − weeks off); 0 if no week is worked */
  double minimum_paid;      /* paid hours a month at the contract's minimum */
  double employer_factor;   /* 1 + employer contributions */
  double onboarding;        /* recruitment and training, per month */
} HireTerms;

static void
hire_terms_init (HireTerms                        *t,
                 const OffloadComparisonInputs    *in,
                 const OffloadComparisonConstants *k)
{
  double weeks_worked = k->weeks_per_year - in->hire_weeks_off;

  t->paid_per_worked = weeks_worked > 0 ? k->weeks_per_year / weeks_worked : 0;
  t->minimum_paid = in->hire_min_weekly_hours * k->weeks_per_year / k->months_per_year;
  t->employer_factor = 1.0 + in->hire_employer_rate;
  t->onboarding = in->hire_onboarding_cost / k->onboarding_months;
}

static double
hire_paid_hours (const HireTerms *t,
                 double           freed)
{
  return MAX (freed * t->paid_per_worked, t->minimum_paid);
}

double
offload_comparison_hire_for (const OffloadComparisonInputs    *in,
                             const OffloadComparisonConstants *k,
                             double                            hours_freed_month,
                             double                           *paid_hours_month,
                             double                           *weekly_hours,
                             gboolean                         *at_minimum)
{
  HireTerms hire;
  gboolean minimum;
  double paid;

  hire_terms_init (&hire, in, k);
  /* The owner's yearly volume, spread over the weeks the hire works. */
  minimum = hours_freed_month * hire.paid_per_worked < hire.minimum_paid;
  paid = hire_paid_hours (&hire, hours_freed_month);
  if (paid_hours_month != NULL)
    *paid_hours_month = paid;
  if (weekly_hours != NULL)
    *weekly_hours = minimum ? in->hire_min_weekly_hours : paid * k->months_per_year / k->weeks_per_year;
  if (at_minimum != NULL)
    *at_minimum = minimum;
  return paid * hire.employer_factor * in->hire_gross_hourly + hire.onboarding;
}

void
offload_comparison_compute_central (const OffloadComparisonInputs    *in,
                                    const OffloadComparisonConstants *k,
                                    OffloadComparisonResults         *out)
{
  double best_net;

  out->hours_freed_week = in->weekly_hours * in->delegated_share;
  out->hours_freed_month = in->monthly_hours * in->delegated_share;
  out->hours_reinvested_month = out->hours_freed_month * in->reinvested_share;
  out->value_recovered_month = out->hours_reinvested_month * in->hourly_value;

  out->freelance_cost_month = out->hours_freed_month * in->freelance_rate * vat_factor (in, k);
  out->freelance_net_month = out->value_recovered_month - out->freelance_cost_month;

  out->hire_cost_month = offload_comparison_hire_for (in, k, out->hours_freed_month,
                                                      &out->hire_paid_hours_month,
                                                      &out->hire_weekly_hours, &out->hire_at_minimum);
  out->hire_over_full_time = out->hire_weekly_hours > k->full_time_weekly_hours;
  out->hire_net_month = out->value_recovered_month - out->hire_cost_month;

  /* Ties go to the simpler option: yourself, then a freelancer. */
  out->cheapest = OFFLOAD_OPTION_YOURSELF;
  best_net = 0;
  if (out->freelance_net_month > best_net)
    {
      out->cheapest = OFFLOAD_OPTION_FREELANCE;
      best_net = out->freelance_net_month;
    }
  if (out->hire_net_month > best_net)
    out->cheapest = OFFLOAD_OPTION_HIRE;

  out->range_option = out->hire_net_month > out->freelance_net_month ? OFFLOAD_OPTION_HIRE
                                                                     : OFFLOAD_OPTION_FREELANCE;
}

static double
breakeven_hourly_value (const OffloadComparisonResults *out,
                        const OffloadComparisonInputs  *in)
{
  double reinvested_hours = out->hours_freed_month * in->reinvested_share;

  if (reinvested_hours <= 0)
    return NAN;
  return MIN (out->freelance_cost_month, out->hire_cost_month) / reinvested_hours;
}

/* Freelance costs h × f; a hire costs max (h × r, minimum) × w + onboarding,
 * with h the hours freed per month and r the paid hours per hour worked. The
 * first h where the hire is no dearer, or NAN when it always is. */
static double
breakeven_hire_hours (const OffloadComparisonInputs    *in,
                      const OffloadComparisonConstants *k)
{
  double f = in->freelance_rate * vat_factor (in, k);
  HireTerms hire;
  double w, r, at_minimum;

  hire_terms_init (&hire, in, k);
  w = in->hire_gross_hourly * hire.employer_factor;
  r = hire.paid_per_worked;
  if (r <= 0 || f <= 0)
    return NAN;

  /* While the contract sits at its minimum, the hire costs a flat amount. */
  at_minimum = (hire.minimum_paid * w + hire.onboarding) / f;
  if (at_minimum * r <= hire.minimum_paid)
    return at_minimum;

  /* Above it both grow with h; the hire catches up only if it grows slower. */
  if (f > r * w)
    return hire.onboarding / (f - r * w);
  return NAN;
}

/* What the range moves: the six inputs, and everything else held. */
typedef struct
{
  OffloadOption option;
  double        vat_factor;
  HireTerms     hire;
} RangeContext;

/* The net gain of the range's option, in closed form: the range evaluates
 * it 42 times per change, so it skips everything compute_central() fills. */
static inline double
range_net (const RangeContext *c,
           const double        v[OFFLOAD_RANGE_N_INPUTS])
{
  double freed = v[OFFLOAD_RANGE_HOURS_LOST] * v[OFFLOAD_RANGE_DELEGATED_SHARE];
  double recovered = freed * v[OFFLOAD_RANGE_REINVESTED_SHARE] * v[OFFLOAD_RANGE_HOURLY_VALUE];

  if (c->option != OFFLOAD_OPTION_HIRE)
    return recovered - freed * v[OFFLOAD_RANGE_FREELANCE_RATE] * c->vat_factor;
  return recovered - (hire_paid_hours (&c->hire, freed) * c->hire.employer_factor *
                      v[OFFLOAD_RANGE_HIRE_GROSS_HOURLY] + c->hire.onboarding);
}

/* Low and high over every corner of the box (32 cases: the other option's
 * price does not count): the net gain is not monotonic in every input (the
 * hire's minimum bends it), so no single corner is known to be the worst. */
static void
compute_range (const OffloadComparisonInputs    *in,
               const OffloadComparisonConstants *k,
               OffloadComparisonResults         *out)
{
  const double central[OFFLOAD_RANGE_N_INPUTS] = {
    in->monthly_hours, in->hourly_value, in->delegated_share,
    in->reinvested_share, in->freelance_rate, in->hire_gross_hourly,
  };
  double moved[OFFLOAD_RANGE_N_INPUTS][2];   /* [input][0: low, 1: high] */
  RangeContext c = { .option = out->range_option, .vat_factor = vat_factor (in, k) };
  /* The other option's price plays no part: half the corners are the same. */
  guint unused = out->range_option == OFFLOAD_OPTION_HIRE ? OFFLOAD_RANGE_FREELANCE_RATE
                                                          : OFFLOAD_RANGE_HIRE_GROSS_HOURLY;
  double widest = -1;

  hire_terms_init (&c.hire, in, k);
  for (guint i = 0; i < OFFLOAD_RANGE_N_INPUTS; i++)
    {
      moved[i][0] = central[i] * (1.0 - k->range_spread);
      moved[i][1] = central[i] * (1.0 + k->range_spread);
    }
  /* A share cannot pass the whole. */
  moved[OFFLOAD_RANGE_DELEGATED_SHARE][1] = MIN (moved[OFFLOAD_RANGE_DELEGATED_SHARE][1], 1.0);
  moved[OFFLOAD_RANGE_REINVESTED_SHARE][1] = MIN (moved[OFFLOAD_RANGE_REINVESTED_SHARE][1], 1.0);

  out->net_low_month = INFINITY;
  out->net_high_month = -INFINITY;
  for (guint corner = 0; corner < (1u << OFFLOAD_RANGE_N_INPUTS); corner++)
    {
      double v[OFFLOAD_RANGE_N_INPUTS];
      double net;

      if (corner & (1u << unused))
        continue;
      for (guint i = 0; i < OFFLOAD_RANGE_N_INPUTS; i++)
        v[i] = moved[i][(corner >> i) & 1];
      net = range_net (&c, v);
      out->net_low_month = MIN (out->net_low_month, net);
      out->net_high_month = MAX (out->net_high_month, net);
    }

  out->most_sensitive_input = OFFLOAD_RANGE_HOURS_LOST;
  for (guint i = 0; i < OFFLOAD_RANGE_N_INPUTS; i++)
    {
      double v[OFFLOAD_RANGE_N_INPUTS];
      double low, high;

      if (i == unused)
        continue;
      memcpy (v, central, sizeof v);
      v[i] = moved[i][0];
      low = range_net (&c, v);
      v[i] = moved[i][1];
      high = range_net (&c, v);
      if (fabs (high - low) > widest)
        {
          widest = fabs (high - low);
          out->most_sensitive_input = i;
        }
    }
}

void
offload_comparison_compute (const OffloadComparisonInputs    *in,
                            const OffloadComparisonConstants *k,
                            OffloadComparisonResults         *out)
{
  g_return_if_fail (in != NULL && k != NULL && out != NULL);

  offload_comparison_compute_central (in, k, out);
  out->breakeven_hourly_value = breakeven_hourly_value (out, in);
  out->breakeven_hire_hours = breakeven_hire_hours (in, k);
  compute_range (in, k, out);
}

double
offload_comparison_results_get_net (const OffloadComparisonResults *results,
                                    OffloadOption                   option)
{
  g_return_val_if_fail (results != NULL, 0);

  switch (option)
    {
    case OFFLOAD_OPTION_FREELANCE: return results->freelance_net_month;
    case OFFLOAD_OPTION_HIRE: return results->hire_net_month;
    case OFFLOAD_OPTION_YOURSELF:
    default: return 0;
    }
}

const char *
offload_option_to_id (OffloadOption option)
{
  static const char * const ids[] = { "yourself", "freelance", "hire" };

  g_return_val_if_fail (option <= OFFLOAD_OPTION_HIRE, NULL);
  return ids[option];
}

const char *
offload_range_input_to_id (OffloadRangeInput input)
{
  static const char * const ids[] = {
    OFFLOAD_INPUT_HOURS_PER_DAY, OFFLOAD_INPUT_HOURLY_VALUE, OFFLOAD_INPUT_DELEGATED_SHARE,
    OFFLOAD_INPUT_REINVESTED_SHARE, OFFLOAD_INPUT_FREELANCE_RATE, OFFLOAD_INPUT_HIRE_GROSS_HOURLY,
  };

  g_return_val_if_fail (input < OFFLOAD_RANGE_N_INPUTS, NULL);
  return ids[input];
}

const char *
offload_option_get_title (OffloadOption option)
{
  switch (option)
    {
    case OFFLOAD_OPTION_YOURSELF: return _("Do it yourself");
    case OFFLOAD_OPTION_FREELANCE: return _("Freelance assistant");
    case OFFLOAD_OPTION_HIRE: return _("Part-time hire");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
offload_range_input_get_title (OffloadRangeInput input)
{
  switch (input)
    {
    /* Translators: the input that moves the net gain most, e.g. "Moves it most: the hours you lose" */
    case OFFLOAD_RANGE_HOURS_LOST: return _("the hours you lose");
    case OFFLOAD_RANGE_HOURLY_VALUE: return _("what an hour of your time is worth");
    case OFFLOAD_RANGE_DELEGATED_SHARE: return _("the share you hand over");
    case OFFLOAD_RANGE_REINVESTED_SHARE: return _("the share you reinvest");
    case OFFLOAD_RANGE_FREELANCE_RATE: return _("the freelance rate");
    case OFFLOAD_RANGE_HIRE_GROSS_HOURLY: return _("the hire's gross wage");
    case OFFLOAD_RANGE_N_INPUTS:
    default: g_return_val_if_reached (NULL);
    }
}
