/* offload-year.c
 *
 * A freelancer is paid for each month's hours, so over the year it costs
 * twelve average months whatever the rhythm. A hire's contract is the same
 * all year, so the rhythm decides what it leaves idle (sized for the
 * busiest month) or what it leaves to a freelancer (sized for the average).
 * Year totals are in closed form (twelve × the average month, plus the sum
 * of what only some months have), so that a steady year is exactly twelve
 * months and a slider step costs twelve multiplications, not twelve
 * comparisons.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <math.h>

#include "offload-year.h"

void
offload_year_compute (const double                     *factors,
                      OffloadHireSizing                 sizing,
                      const OffloadComparisonInputs    *in,
                      const OffloadComparisonConstants *k,
                      const OffloadComparisonResults   *month,
                      OffloadYearResults               *out)
{
  double vat = in->freelance_vat ? 1.0 + k->vat_rate : 1.0;
  double weeks_worked = MAX (0.0, k->weeks_per_year - in->hire_weeks_off);
  double peak = 0, sized, contract_cost, capacity;

  g_return_if_fail (factors != NULL && in != NULL && k != NULL && month != NULL && out != NULL);

  out->sizing = sizing;
  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    peak = MAX (peak, factors[m]);
  /* The month with the largest factor, in the month's own figure when
   * steady (× 1 is exact), so that a steady year matches it to the bit. */
  out->peak_hours_freed = month->hours_freed_month * peak;

  if (sizing == OFFLOAD_HIRE_SIZING_PEAK)
    {
      sized = out->peak_hours_freed;
      contract_cost = offload_comparison_hire_for (in, k, sized, &out->hire_paid_hours_month,
                                                   &out->hire_weekly_hours, &out->hire_at_minimum);
    }
  else
    {
      sized = month->hours_freed_month;
      contract_cost = month->hire_cost_month;
      out->hire_paid_hours_month = month->hire_paid_hours_month;
      out->hire_weekly_hours = month->hire_weekly_hours;
      out->hire_at_minimum = month->hire_at_minimum;
    }
  out->hire_over_full_time = out->hire_weekly_hours > k->full_time_weekly_hours;
  out->hire_working_hours_month = out->hire_weekly_hours * weeks_worked / k->months_per_year;
  /* Above its minimum the contract works exactly the hours it was sized
   * for: take them as they are rather than through a round trip by the
   * weeks, which would leave 1e-14 h idle in a steady year. */
  capacity = out->hire_at_minimum ? out->hire_working_hours_month : sized;

  out->hire_idle_hours = 0;
  out->overflow_hours = 0;
  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    {
      OffloadYearMonth *row = &out->months[m];

      row->hours_lost = in->monthly_hours * factors[m];
      row->hours_freed = month->hours_freed_month * factors[m];
      row->freelance_cost = row->hours_freed * in->freelance_rate * vat;
      row->hire_idle_hours = MAX (0.0, capacity - row->hours_freed);
      row->overflow_hours = sizing == OFFLOAD_HIRE_SIZING_AVERAGE ? MAX (0.0, row->hours_freed - capacity) : 0;
      row->hire_cost = contract_cost + row->overflow_hours * in->freelance_rate * vat;
      out->hire_idle_hours += row->hire_idle_hours;
      out->overflow_hours += row->overflow_hours;
    }

  /* The factors' mean is 1: the year's hours are twelve average months. */
  out->value_recovered = month->value_recovered_month * k->months_per_year;
  out->freelance_cost = month->freelance_cost_month * k->months_per_year;
  out->hire_cost = contract_cost * k->months_per_year + out->overflow_hours * in->freelance_rate * vat;
  out->freelance_net = out->value_recovered - out->freelance_cost;
  out->hire_net = out->value_recovered - out->hire_cost;

  /* As the month decides it: the highest net gain, ties to the simpler. */
  out->cheapest = OFFLOAD_OPTION_YOURSELF;
  if (out->freelance_net > 0)
    out->cheapest = OFFLOAD_OPTION_FREELANCE;
  if (out->hire_net > MAX (0.0, out->freelance_net))
    out->cheapest = OFFLOAD_OPTION_HIRE;
}

static double
year_round_cents (double value)
{
  return round (value * 100.0) / 100.0;
}

void
offload_year_results_round (const OffloadYearResults *in,
                            OffloadYearResults       *out)
{
  g_return_if_fail (in != NULL && out != NULL);

  *out = *in;
  out->freelance_cost = out->hire_cost = out->hire_idle_hours = out->overflow_hours = 0;
  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    {
      OffloadYearMonth *row = &out->months[m];

      row->hours_lost = year_round_cents (row->hours_lost);
      row->hours_freed = year_round_cents (row->hours_freed);
      row->freelance_cost = year_round_cents (row->freelance_cost);
      row->hire_cost = year_round_cents (row->hire_cost);
      row->hire_idle_hours = year_round_cents (row->hire_idle_hours);
      row->overflow_hours = year_round_cents (row->overflow_hours);
      out->freelance_cost += row->freelance_cost;
      out->hire_cost += row->hire_cost;
      out->hire_idle_hours += row->hire_idle_hours;
      out->overflow_hours += row->overflow_hours;
    }
  /* Sums of cents carry binary noise: back to cents. */
  out->freelance_cost = year_round_cents (out->freelance_cost);
  out->hire_cost = year_round_cents (out->hire_cost);
  out->hire_idle_hours = year_round_cents (out->hire_idle_hours);
  out->overflow_hours = year_round_cents (out->overflow_hours);
  out->value_recovered = year_round_cents (out->value_recovered);
  out->freelance_net = out->value_recovered - out->freelance_cost;
  out->hire_net = out->value_recovered - out->hire_cost;
}

double
offload_year_results_get_net (const OffloadYearResults *results,
                              OffloadOption             option)
{
  g_return_val_if_fail (results != NULL, 0);

  switch (option)
    {
    case OFFLOAD_OPTION_FREELANCE: return results->freelance_net;
    case OFFLOAD_OPTION_HIRE: return results->hire_net;
    case OFFLOAD_OPTION_YOURSELF:
    default: return 0;
    }
}

char *
offload_year_dup_month_name (guint    month,
                             gboolean abbreviated)
{
  g_autoptr(GDateTime) date = NULL;

  g_return_val_if_fail (month >= 1 && month <= OFFLOAD_N_MONTHS, NULL);

  /* Mid-month at noon in UTC: no zone moves it into another month. */
  date = g_date_time_new_utc (2001, (int) month, 15, 12, 0, 0);
  return g_date_time_format (date, abbreviated ? "%b" : "%B");
}

static const char * const year_sizing_ids[] = { "peak", "average" };

const char *
offload_hire_sizing_to_id (OffloadHireSizing sizing)
{
  g_return_val_if_fail (sizing <= OFFLOAD_HIRE_SIZING_AVERAGE, NULL);
  return year_sizing_ids[sizing];
}

gboolean
offload_hire_sizing_from_id (const char        *id,
                             OffloadHireSizing *sizing)
{
  for (guint i = 0; i < G_N_ELEMENTS (year_sizing_ids); i++)
    if (g_strcmp0 (year_sizing_ids[i], id) == 0)
      {
        if (sizing != NULL)
          *sizing = i;
        return TRUE;
      }
  return FALSE;
}

const char *
offload_hire_sizing_get_title (OffloadHireSizing sizing)
{
  switch (sizing)
    {
    /* Translators: what a hire's contract is sized for */
    case OFFLOAD_HIRE_SIZING_PEAK: return _("Busiest month");
    /* Translators: what a hire's contract is sized for; the busy months' extra hours go to a freelancer */
    case OFFLOAD_HIRE_SIZING_AVERAGE: return _("Average month, extra hours to a freelancer");
    default: g_return_val_if_reached (NULL);
    }
}
