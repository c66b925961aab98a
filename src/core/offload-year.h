/* offload-year.h: the comparison over the twelve months of a year whose
 * activity is not steady
 *
 * Plain arithmetic on plain structs, like offload-comparison.h, which it
 * builds on: the month's comparison gives the average month, the activity's
 * factors spread it. docs/format.md gives each formula in words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "offload-activity.h"
#include "offload-comparison.h"

G_BEGIN_DECLS

/* What a hire's contract is sized for: the busiest month (it is then idle
 * in the others), or the average month with the busy months' overflow going
 * to a freelancer (a mixed option). */
typedef enum
{
  OFFLOAD_HIRE_SIZING_PEAK,
  OFFLOAD_HIRE_SIZING_AVERAGE,
} OffloadHireSizing;

typedef struct
{
  double hours_lost;          /* admin hours lost that month */
  double hours_freed;         /* handed over that month */
  double freelance_cost;      /* a freelancer paid for that month's hours */
  double hire_cost;           /* the contract, plus the overflow to a freelancer when sized for the average */
  double hire_idle_hours;     /* the contract's working hours left without work */
  double overflow_hours;      /* hours beyond the contract (average sizing) */
} OffloadYearMonth;

typedef struct
{
  OffloadYearMonth  months[OFFLOAD_N_MONTHS];
  OffloadHireSizing sizing;
  double            peak_hours_freed;        /* the busiest month's hours handed over */
  /* The contract, the same every month. */
  double            hire_weekly_hours;
  double            hire_paid_hours_month;
  double            hire_working_hours_month; /* weekly hours × weeks worked ÷ 12 */
  gboolean          hire_at_minimum;
  gboolean          hire_over_full_time;
  /* The year: costs, nets (value recovered − cost) and idle hours. */
  double            value_recovered;
  double            freelance_cost;
  double            freelance_net;
  double            hire_cost;
  double            hire_net;
  double            hire_idle_hours;
  double            overflow_hours;
  OffloadOption     cheapest;                /* ties: yourself, then freelance */
} OffloadYearResults;

/* @factors: twelve monthly factors of mean 1 (OffloadActivity); @month:
 * the comparison's central figures for @inputs (the average month). In
 * closed form over twelve months: a steady year (all factors 1) gives
 * exactly twelve times @month's costs. */
void        offload_year_compute           (const double                     *factors,
                                            OffloadHireSizing                 sizing,
                                            const OffloadComparisonInputs    *inputs,
                                            const OffloadComparisonConstants *constants,
                                            const OffloadComparisonResults   *month,
                                            OffloadYearResults               *results);

/* The year as files and exports give it: each month's figures to cents
 * (or hundredths of an hour), each total the sum of its rounded months, so
 * that the twelve rows a reader sees add up to the total, and a steady
 * year's total is twelve times the rounded month. */
void        offload_year_results_round     (const OffloadYearResults *results,
                                            OffloadYearResults       *rounded);

/* The net gain over the year of @option (0 for doing it yourself). */
double      offload_year_results_get_net   (const OffloadYearResults *results,
                                            OffloadOption             option);

/* Month @month (1–12) by name in the current locale: "%B" or, when
 * @abbreviated, "%b" of g_date_time_format(). */
char       *offload_year_dup_month_name    (guint              month,
                                            gboolean           abbreviated);

/* "peak", "average": the file's ids. */
const char *offload_hire_sizing_to_id      (OffloadHireSizing  sizing);
gboolean    offload_hire_sizing_from_id    (const char        *id,
                                            OffloadHireSizing *sizing);
/* For people, translated. */
const char *offload_hire_sizing_get_title  (OffloadHireSizing  sizing);

G_END_DECLS
