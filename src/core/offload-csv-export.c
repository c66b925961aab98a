/* offload-csv-export.c
 *
 * Rows are written in the order a person reads the report: the inputs, the
 * results, then the active scenario's inputs and comparison, then the
 * answer and the warnings. Values go through the same cents rounding and
 * shortest-digits writer as the JSON of `offload --summary`, so a script
 * finds the very same numbers in both.
 *
 * The answer's words are in the value column as the JSON has them, so that
 * a script compares them as they are and a spreadsheet shows them as text:
 * the verdict and the best option as their ids ("urgent", "freelance"),
 * with their titles in the label ("Verdict: Delegate now") for a person;
 * whether handing over pays as "true" or "false"; the headline as its
 * sentence. Each warning is a row "warning:<id>" whose label names the
 * figure to check and whose value is the warning's sentence: what a person
 * reads in a spreadsheet, where an id alone would say nothing. Text rows
 * have no unit. The headline quotes amounts, so "no amounts" leaves it out
 * with the money rows; the warnings quote none and stay.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "offload-csv-export.h"
#include "offload-export-file.h"
#include "offload-json-writer.h"

typedef struct
{
  GString    *out;
  const char *currency;
  gboolean    no_amounts;
} Table;

void
offload_csv_append_field (GString    *out,
                          const char *field)
{
  gsize length;

  g_return_if_fail (out != NULL);

  if (field == NULL)
    field = "";
  length = strlen (field);

  if (strpbrk (field, ",\"\r\n") == NULL &&
      (length == 0 || (field[0] != ' ' && field[length - 1] != ' ')))
    {
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = field; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_text_row (Table      *table,
                 const char *id,
                 const char *label,
                 const char *value)
{
  offload_csv_append_field (table->out, id);
  g_string_append_c (table->out, ',');
  offload_csv_append_field (table->out, label);
  g_string_append_c (table->out, ',');
  offload_csv_append_field (table->out, value);
  g_string_append (table->out, ",\r\n");
}

static void
append_row (Table      *table,
            const char *id,
            const char *label,
            double      value,
            const char *unit)
{
  g_autoptr(GString) number = g_string_new (NULL);

  /* A break-even that does not exist is an empty cell, as "null" in JSON. */
  if (isfinite (value))
    offload_json_append_number (number, offload_json_round_cents (value));

  offload_csv_append_field (table->out, id);
  g_string_append_c (table->out, ',');
  offload_csv_append_field (table->out, label);
  g_string_append_c (table->out, ',');
  g_string_append (table->out, number->str);
  g_string_append_c (table->out, ',');
  offload_csv_append_field (table->out, unit);
  g_string_append (table->out, "\r\n");
}

/* @per is "", "/h", "/month" or "/year": the currency code goes before it. */
static void
append_money_row (Table      *table,
                  const char *id,
                  const char *label,
                  double      value,
                  const char *per)
{
  g_autofree char *unit = NULL;

  if (table->no_amounts)
    return;
  unit = g_strconcat (table->currency, per, NULL);
  append_row (table, id, label, value, unit);
}

static void
append_scenario_input (Table           *table,
                       OffloadScenario *scenario,
                       const char      *id,
                       const char      *label,
                       const char      *unit)
{
  double value = NAN;

  if (!offload_scenario_get_input (scenario, id, &value))
    g_return_if_reached ();
  /* The share the figures use: the task table's when there is one. */
  if (g_str_equal (id, OFFLOAD_INPUT_DELEGATED_SHARE))
    value = offload_scenario_get_delegated_share (scenario);
  if (g_str_equal (unit, "%"))
    value *= 100.0;
  append_row (table, id, label, value, unit);
}

/* The label of an input's own row, for the warnings about it. */
static const char *
input_label (const char *input)
{
  if (g_strcmp0 (input, OFFLOAD_INPUT_HOURS_PER_DAY) == 0)
    return _("Hours lost per day to low-value tasks");
  if (g_strcmp0 (input, OFFLOAD_INPUT_WORKING_HOURS_PER_DAY) == 0)
    return _("Working hours per day");
  if (g_strcmp0 (input, OFFLOAD_INPUT_HOURLY_VALUE) == 0)
    return _("What one hour of your time is worth");
  if (g_strcmp0 (input, OFFLOAD_INPUT_INTERRUPTIONS_PER_DAY) == 0)
    return _("Interruptions per day");
  if (g_strcmp0 (input, OFFLOAD_INPUT_DELEGATED_SHARE) == 0)
    return _("Share of the lost hours you hand over");
  if (g_strcmp0 (input, OFFLOAD_INPUT_REINVESTED_SHARE) == 0)
    return _("Share of the freed hours you reinvest in selling or billable work");
  return input;
}

/* The decision: its answer, then a row per warning. */
static void
append_answer (Table           *table,
               OffloadDecision *decision)
{
  OffloadBand *band = offload_decision_get_band (decision);
  OffloadOption best = offload_decision_get_best_option (decision);
  /* Translators: a row of the CSV export; %s is the verdict's title */
  g_autofree char *verdict = g_strdup_printf (_("Verdict: %s"), band->title);
  /* Translators: a row of the CSV export; %s is an option's title ("Freelance assistant") */
  g_autofree char *best_option = g_strdup_printf (_("Best option: %s"), offload_option_get_title (best));

  append_text_row (table, "verdict", verdict, offload_decision_get_verdict (decision));
  append_text_row (table, "delegation_pays", _("Handing over pays at these figures"),
                   offload_decision_get_delegation_pays (decision) ? "true" : "false");
  append_text_row (table, "best_option", best_option, offload_option_to_id (best));
  append_money_row (table, "net_gain_month", _("Net gain of the best option, per month"),
                    offload_decision_get_net_gain_month (decision), "/month");
  append_money_row (table, "net_gain_year", _("Net gain of the best option, per year"),
                    offload_decision_get_net_gain_year (decision), "/year");
  append_row (table, "need", _("Need to delegate"), offload_decision_get_need (decision), "/100");
  if (!table->no_amounts)
    {
      g_autofree char *headline = offload_decision_dup_headline (decision);

      append_text_row (table, "headline", _("The answer in one sentence"), headline);
    }

  for (guint i = 0; i < offload_decision_get_n_warnings (decision); i++)
    {
      OffloadWarning warning = offload_decision_get_warning (decision, i);
      g_autofree char *id = g_strconcat ("warning:", offload_warning_to_id (warning), NULL);
      /* Translators: a row of the CSV export; %s is the label of the figure a warning is about */
      g_autofree char *label = g_strdup_printf (_("Check this figure: %s"),
                                                input_label (offload_warning_get_input (warning)));
      g_autofree char *message = offload_decision_dup_warning_message (decision, warning);

      append_text_row (table, id, label, message);
    }
}

/* The year: the rhythm and the hire's sizing, four rows a month
 * ("month:1:hours_lost" …), then the year's totals as --summary has them. */
static void
append_year (Table             *table,
             OffloadAssessment *assessment)
{
  OffloadActivity *activity = offload_assessment_get_activity (assessment);
  OffloadScenario *scenario = offload_assessment_get_active_scenario (assessment);
  OffloadYearResults rounded;
  const OffloadYearResults *y = &rounded;
  OffloadActivityProfile profile = offload_activity_get_profile (activity);
  g_autofree char *rhythm = NULL;
  g_autofree char *sizing = NULL;
  g_autofree char *cheapest = NULL;

  /* As --summary gives them: the rows add up to the totals. */
  offload_year_results_round (offload_scenario_get_year (scenario), &rounded);
  /* Translators: a row of the CSV export; %s is the rhythm's title ("Seasonal") */
  rhythm = g_strdup_printf (_("Activity over the year: %s"), offload_activity_profile_get_title (profile));
  /* Translators: a row of the CSV export; %s is what the contract covers ("Busiest month") */
  sizing = g_strdup_printf (_("Hire's contract sized for: %s"), offload_hire_sizing_get_title (y->sizing));
  /* Translators: a row of the CSV export; %s is the option's title ("Freelance assistant") */
  cheapest = g_strdup_printf (_("Cheapest over the year: %s"), offload_option_get_title (y->cheapest));

  append_text_row (table, "activity_profile", rhythm, offload_activity_profile_to_id (profile));
  append_text_row (table, "hire_sizing", sizing, offload_hire_sizing_to_id (y->sizing));
  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    {
      const OffloadYearMonth *row = &y->months[m];
      g_autofree char *name = offload_year_dup_month_name (m + 1, FALSE);
      g_autofree char *id_lost = g_strdup_printf ("month:%u:hours_lost", m + 1);
      g_autofree char *id_freed = g_strdup_printf ("month:%u:hours_freed", m + 1);
      g_autofree char *id_freelance = g_strdup_printf ("month:%u:freelance_cost", m + 1);
      g_autofree char *id_hire = g_strdup_printf ("month:%u:hire_cost", m + 1);
      /* Translators: a row of the CSV export; %s is a month's name */
      g_autofree char *lost = g_strdup_printf (_("%s: hours lost"), name);
      /* Translators: a row of the CSV export; %s is a month's name */
      g_autofree char *freed = g_strdup_printf (_("%s: hours handed over"), name);
      /* Translators: a row of the CSV export; %s is a month's name */
      g_autofree char *freelance = g_strdup_printf (_("%s: freelance assistant's cost"), name);
      /* Translators: a row of the CSV export; %s is a month's name */
      g_autofree char *hire = g_strdup_printf (_("%s: part-time hire's cost"), name);

      append_row (table, id_lost, lost, row->hours_lost, "h/month");
      append_row (table, id_freed, freed, row->hours_freed, "h/month");
      append_money_row (table, id_freelance, freelance, row->freelance_cost, "/month");
      append_money_row (table, id_hire, hire, row->hire_cost, "/month");
    }
  append_money_row (table, "year_freelance_cost", _("Freelance assistant, cost over the year"),
                    y->freelance_cost, "/year");
  append_money_row (table, "year_hire_cost", _("Part-time hire, cost over the year"), y->hire_cost, "/year");
  append_row (table, "hire_idle_hours_year", _("Part-time hire, paid hours left idle over the year"),
              y->hire_idle_hours, "h/year");
  append_text_row (table, "cheapest_year", cheapest, offload_option_to_id (y->cheapest));
}

/* "Freelance assistant, cost per month" and the like. */
static char *
option_label (OffloadOption  option,
              const char    *figure)
{
  /* Translators: an option ("Freelance assistant"), then a figure of it ("cost per month") */
  return g_strdup_printf (_("%s, %s"), offload_option_get_title (option), figure);
}

char *
offload_csv_export_to_string (OffloadAssessment     *assessment,
                              OffloadCsvExportFlags  flags)
{
  OffloadScenario *scenario;
  const OffloadComparisonResults *r;
  g_autofree char *freelance_cost = NULL;
  g_autofree char *freelance_net = NULL;
  g_autofree char *hire_cost = NULL;
  g_autofree char *hire_net = NULL;
  g_autofree char *hire_weekly = NULL;
  g_autofree char *hire_paid = NULL;
  g_autofree char *net_low = NULL;
  g_autofree char *net_high = NULL;
  Table table;

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (assessment), NULL);

  scenario = offload_assessment_get_active_scenario (assessment);
  r = offload_scenario_get_results (scenario);
  table.out = g_string_new ("id,label,value,unit\r\n");
  table.currency = offload_assessment_get_currency (assessment);
  table.no_amounts = (flags & OFFLOAD_CSV_EXPORT_NO_AMOUNTS) != 0;

  /* Whoever opens the file learns that the money was left out on purpose. */
  if (table.no_amounts)
    append_row (&table, "amounts_left_out", _("Shared without amounts: every amount of money is left out"), 1, "");

  /* The assessment's inputs */
  append_row (&table, OFFLOAD_INPUT_HOURS_PER_DAY, _("Hours lost per day to low-value tasks"),
              offload_assessment_get_admin_hours_per_day (assessment), "h/day");
  append_row (&table, OFFLOAD_INPUT_DAYS_PER_WEEK, _("Working days per week"),
              offload_assessment_get_days_per_week (assessment), "days/week");
  append_row (&table, OFFLOAD_INPUT_WEEKS_PER_MONTH, _("Working weeks per month"),
              offload_assessment_get_weeks_per_month (assessment), "weeks/month");
  append_money_row (&table, OFFLOAD_INPUT_HOURLY_VALUE, _("What one hour of your time is worth"),
                    offload_assessment_get_hourly_value (assessment), "/h");
  append_row (&table, OFFLOAD_INPUT_INTERRUPTIONS_PER_DAY, _("Interruptions per day"),
              offload_assessment_get_interruptions_per_day (assessment), "interruptions/day");
  append_row (&table, OFFLOAD_INPUT_WORKING_HOURS_PER_DAY, _("Working hours per day"),
              offload_assessment_get_working_hours_per_day (assessment), "h/day");

  /* What they cost: the money is the value of the owner's own time, not
   * money paid out, and the labels say so. */
  append_row (&table, "monthly_hours", _("Hours lost per month"),
              offload_assessment_get_monthly_hours (assessment), "h/month");
  append_money_row (&table, "monthly_cost", _("Value of your admin time lost, per month"),
                    offload_assessment_get_monthly_cost (assessment), "/month");
  append_money_row (&table, "yearly_cost", _("Value of your admin time lost, per year"),
                    offload_assessment_get_yearly_cost (assessment), "/year");
  append_row (&table, "focus_hours", _("Focus lost to interruptions, per month"),
              offload_assessment_get_focus_hours (assessment), "h/month");
  append_money_row (&table, "focus_cost", _("Value of the focus lost, per month"),
                    offload_assessment_get_focus_cost (assessment), "/month");
  /* The need to delegate under its name before format 4; "need" below is
   * the same score. */
  append_row (&table, "readiness", _("Need to delegate (readiness, its name before format 4)"),
              offload_assessment_get_readiness (assessment), "/100");
  append_row (&table, "working_hours_month", _("Working hours per month"),
              offload_assessment_get_working_hours_month (assessment), "h/month");
  append_row (&table, "total_hours_lost_month", _("Hours lost in all per month, admin and focus"),
              offload_assessment_get_total_hours (assessment), "h/month");
  append_money_row (&table, "total_cost_month", _("Value of all your time lost, per month"),
                    offload_assessment_get_total_cost (assessment), "/month");

  /* The active scenario's inputs */
  append_scenario_input (&table, scenario, OFFLOAD_INPUT_DELEGATED_SHARE,
                         _("Share of the lost hours you hand over"), "%");
  append_scenario_input (&table, scenario, OFFLOAD_INPUT_REINVESTED_SHARE,
                         _("Share of the freed hours you reinvest in selling or billable work"), "%");
  if (!table.no_amounts)
    {
      g_autofree char *per_hour = g_strconcat (table.currency, "/h", NULL);

      append_scenario_input (&table, scenario, OFFLOAD_INPUT_FREELANCE_RATE,
                             _("Freelance assistant's rate before VAT, per hour"), per_hour);
      append_scenario_input (&table, scenario, OFFLOAD_INPUT_HIRE_GROSS_HOURLY,
                             _("Part-time hire's gross wage, per hour"), per_hour);
      append_scenario_input (&table, scenario, OFFLOAD_INPUT_HIRE_ONBOARDING_COST,
                             _("Cost of recruiting and training, once"), table.currency);
    }
  append_scenario_input (&table, scenario, OFFLOAD_INPUT_HIRE_EMPLOYER_RATE,
                         _("Employer contributions left near the Smic, in percent of the gross wage"), "%");
  append_scenario_input (&table, scenario, OFFLOAD_INPUT_HIRE_WEEKS_OFF,
                         _("Paid weeks off per year"), "weeks/year");
  append_scenario_input (&table, scenario, OFFLOAD_INPUT_HIRE_MIN_WEEKLY_HOURS,
                         _("Weekly minimum of a part-time contract"), "h/week");

  /* The comparison */
  append_row (&table, "hours_freed_week", _("Hours freed per week"), r->hours_freed_week, "h/week");
  append_row (&table, "hours_freed_month", _("Hours freed per month"), r->hours_freed_month, "h/month");
  append_money_row (&table, "value_recovered_month", _("Value recovered per month"),
                    r->value_recovered_month, "/month");
  freelance_cost = option_label (OFFLOAD_OPTION_FREELANCE, _("cost per month"));
  append_money_row (&table, "freelance_cost_month", freelance_cost, r->freelance_cost_month, "/month");
  freelance_net = option_label (OFFLOAD_OPTION_FREELANCE, _("net gain per month"));
  append_money_row (&table, "freelance_net_month", freelance_net, r->freelance_net_month, "/month");
  hire_weekly = option_label (OFFLOAD_OPTION_HIRE, _("hours per week in the contract"));
  append_row (&table, "hire_weekly_hours", hire_weekly, r->hire_weekly_hours, "h/week");
  hire_paid = option_label (OFFLOAD_OPTION_HIRE, _("hours paid per month"));
  append_row (&table, "hire_paid_hours_month", hire_paid, r->hire_paid_hours_month, "h/month");
  hire_cost = option_label (OFFLOAD_OPTION_HIRE, _("cost per month"));
  append_money_row (&table, "hire_cost_month", hire_cost, r->hire_cost_month, "/month");
  hire_net = option_label (OFFLOAD_OPTION_HIRE, _("net gain per month"));
  append_money_row (&table, "hire_net_month", hire_net, r->hire_net_month, "/month");
  append_money_row (&table, "breakeven_hourly_value", _("Delegating pays when your hour is worth more than"),
                    r->breakeven_hourly_value, "/h");
  append_row (&table, "breakeven_hire_hours", _("A hire beats a freelancer above (hours freed a month)"),
              r->breakeven_hire_hours, "h/month");
  /* Translators: the range of the better option's net gain; "%" is a percent sign, not a format */
  net_low = option_label (r->range_option, _("lowest net gain if the figures are off by 25 %"));
  append_money_row (&table, "net_low_month", net_low, r->net_low_month, "/month");
  /* Translators: the range of the better option's net gain; "%" is a percent sign, not a format */
  net_high = option_label (r->range_option, _("highest net gain if the figures are off by 25 %"));
  append_money_row (&table, "net_high_month", net_high, r->net_high_month, "/month");

  append_year (&table, assessment);
  append_answer (&table, offload_assessment_get_decision (assessment));

  return g_string_free (table.out, FALSE);
}

gboolean
offload_csv_export_write (OffloadAssessment      *assessment,
                          OffloadCsvExportFlags   flags,
                          GFile                  *file,
                          GError                **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = offload_csv_export_to_string (assessment, flags);
  return offload_export_file_write (file, text, strlen (text), error);
}
