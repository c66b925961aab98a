/* offload-comparison.h: what handing the lost hours over would cost —
 * a freelance assistant, a part-time hire, or doing it yourself
 *
 * Plain arithmetic on plain structs, so that the scenario objects, the range
 * (which recomputes 64 variants) and the tests share one set of formulas.
 * docs/format.md and the catalog's policy texts give each formula in words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "offload-catalog.h"

G_BEGIN_DECLS

typedef enum
{
  OFFLOAD_OPTION_YOURSELF,
  OFFLOAD_OPTION_FREELANCE,
  OFFLOAD_OPTION_HIRE,
} OffloadOption;

/* The inputs the range moves by ±spread, in the order docs/format.md lists them. */
typedef enum
{
  OFFLOAD_RANGE_HOURS_LOST,        /* hours_per_day, and so the monthly hours */
  OFFLOAD_RANGE_HOURLY_VALUE,
  OFFLOAD_RANGE_DELEGATED_SHARE,
  OFFLOAD_RANGE_REINVESTED_SHARE,
  OFFLOAD_RANGE_FREELANCE_RATE,
  OFFLOAD_RANGE_HIRE_GROSS_HOURLY,
  OFFLOAD_RANGE_N_INPUTS
} OffloadRangeInput;

typedef struct
{
  /* From the assessment */
  double   monthly_hours;          /* hours lost per month */
  double   weekly_hours;           /* hours lost per week */
  double   hourly_value;           /* the owner's hour */
  /* From the scenario */
  double   delegated_share;        /* 0–1 */
  double   reinvested_share;       /* 0–1 */
  double   freelance_rate;         /* per hour, before VAT */
  gboolean freelance_vat;          /* VAT charged and not recovered */
  double   hire_gross_hourly;
  double   hire_employer_rate;     /* employer contributions, share of gross */
  double   hire_weeks_off;         /* paid weeks not worked per year */
  double   hire_min_weekly_hours;  /* legal or agreed contract minimum */
  double   hire_onboarding_cost;   /* one-off */
} OffloadComparisonInputs;

typedef struct
{
  double vat_rate;
  double weeks_per_year;
  double months_per_year;
  double onboarding_months;
  double range_spread;
  double full_time_weekly_hours;
} OffloadComparisonConstants;

typedef struct
{
  double        hours_freed_week;
  double        hours_freed_month;
  double        hours_reinvested_month;  /* hours freed × share reinvested */
  double        value_recovered_month;
  double        freelance_cost_month;
  double        freelance_net_month;
  double        hire_weekly_hours;       /* the contract: at least the minimum */
  double        hire_paid_hours_month;
  gboolean      hire_at_minimum;         /* fewer hours needed than the minimum */
  gboolean      hire_over_full_time;     /* more than one full-time job */
  double        hire_cost_month;
  double        hire_net_month;
  OffloadOption cheapest;
  /* NAN when there is none (nothing reinvested; a hire never cheaper). */
  double        breakeven_hourly_value;
  double        breakeven_hire_hours;    /* hours freed per month */
  /* The better of freelance and hire, at the central inputs, and its net
   * gain when every ranged input moves by ±spread towards its worse or
   * better side. */
  OffloadOption     range_option;
  double            net_low_month;
  double            net_high_month;
  OffloadRangeInput most_sensitive_input;
} OffloadComparisonResults;

void        offload_comparison_constants_init (OffloadComparisonConstants     *constants,
                                               OffloadCatalog                 *catalog);

/* Only the central figures: no break-evens, no range. */
void        offload_comparison_compute_central (const OffloadComparisonInputs    *inputs,
                                                const OffloadComparisonConstants *constants,
                                                OffloadComparisonResults         *results);
/* Everything, range included. */
void        offload_comparison_compute        (const OffloadComparisonInputs    *inputs,
                                               const OffloadComparisonConstants *constants,
                                               OffloadComparisonResults         *results);

/* What a hire costs a month when its contract covers @hours_freed_month
 * (at least the weekly minimum); the contract's paid hours a month, weekly
 * hours and whether it sits at the minimum, each when not NULL. The year
 * (offload-year.h) sizes contracts with it too. */
double      offload_comparison_hire_for       (const OffloadComparisonInputs    *inputs,
                                               const OffloadComparisonConstants *constants,
                                               double                            hours_freed_month,
                                               double                           *paid_hours_month,
                                               double                           *weekly_hours,
                                               gboolean                         *at_minimum);

/* The net gain per month of @option (0 for doing it yourself). */
double      offload_comparison_results_get_net (const OffloadComparisonResults *results,
                                                OffloadOption                   option);

/* "yourself", "freelance", "hire": the ids the file and the command line use. */
const char *offload_option_to_id              (OffloadOption     option);
/* The input's id in the file: moving the hours lost is moving "hours_per_day". */
const char *offload_range_input_to_id         (OffloadRangeInput input);

/* For people, translated: "Freelance assistant", "your hourly value"… */
const char *offload_option_get_title          (OffloadOption     option);
const char *offload_range_input_get_title     (OffloadRangeInput input);

G_END_DECLS
