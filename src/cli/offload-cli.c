/* offload-cli.c
 *
 * `offload --list-signs` and `offload --summary FILE`, in text for a person
 * or JSON for a script, and `offload --export-pdf FILE OUT.pdf` and
 * `--export-csv FILE OUT.csv` (with `--no-amounts` to share them without
 * money), and `--export-handover FILE OUT.md|OUT.pdf`, the hand-over pack
 * for a provider (never with money in it). They load the same catalog and documents as the window, with the
 * same checks, and never need a display: the PDF is drawn with cairo and
 * pango alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>

#include "offload-action-plan.h"
#include "offload-cli.h"
#include "offload-csv-export.h"
#include "offload-delegation-brief.h"
#include "offload-document.h"
#include "offload-error.h"
#include "offload-format.h"
#include "offload-handover-pack.h"
#include "offload-handover-report.h"
#include "offload-json-writer.h"
#include "offload-report.h"

typedef struct
{
  gboolean  list_signs;
  char     *summary;
  char     *export_pdf;
  char     *export_csv;
  char     *export_handover;
  gboolean  no_amounts;
  char     *format;
  gboolean  version;
} Options;

static void
options_clear (Options *options)
{
  g_free (options->summary);
  g_free (options->export_pdf);
  g_free (options->export_csv);
  g_free (options->export_handover);
  g_free (options->format);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static GOptionContext *
make_context (Options *options)
{
  const GOptionEntry entries[] = {
    { "list-signs", 0, 0, G_OPTION_ARG_NONE, &options->list_signs,
      N_("List the warning signs and counter-indications"), NULL },
    { "summary", 0, 0, G_OPTION_ARG_FILENAME, &options->summary,
      N_("Print the results of a saved assessment"), N_("FILE") },
    { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, &options->export_pdf,
      N_("Write the report of a saved assessment as a PDF: --export-pdf FILE OUT.pdf"), N_("FILE") },
    { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, &options->export_csv,
      N_("Write the figures of a saved assessment as CSV: --export-csv FILE OUT.csv"), N_("FILE") },
    { "export-handover", 0, 0, G_OPTION_ARG_FILENAME, &options->export_handover,
      N_("Write the hand-over pack of the delegated tasks, without amounts, as Markdown or PDF: "
         "--export-handover FILE OUT.md or OUT.pdf"), N_("FILE") },
    { "no-amounts", 0, 0, G_OPTION_ARG_NONE, &options->no_amounts,
      N_("With an export: hours and percentages only, no money"), NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &options->format,
      N_("Output format: text (the default) or json"), N_("FORMAT") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &options->version,
      N_("Show the version"), NULL },
    G_OPTION_ENTRY_NULL
  };
  /* Translators: what the program takes besides options, in --help */
  GOptionContext *context = g_option_context_new (_("[FILE…] — open assessments in a window"));

  g_option_context_set_summary (context, _("Is it time to outsource your back-office? "
                                           "An offline self-assessment for business owners."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_ignore_unknown_options (context, TRUE);
  return context;
}

/* One line on stderr: scripts read the first line only. */
static int
fail (const char *message)
{
  g_autofree char *line = g_strdelimit (g_strdup (message), "\r\n", ' ');

  g_printerr ("offload: %s\n", line);
  return 1;
}

static void
append_strv (GString             *out,
             const char * const  *values)
{
  g_string_append_c (out, '[');
  for (guint i = 0; values[i]; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      offload_json_append_string (out, values[i]);
    }
  g_string_append_c (out, ']');
}

static void
print_string (GString *out)
{
  fwrite (out->str, 1, out->len, stdout);
  fflush (stdout);
}

static int
list_signs_json (OffloadCatalog *catalog)
{
  g_autoptr(GString) out = g_string_new ("[");
  guint n_signs = offload_catalog_get_n_signs (catalog);

  for (guint i = 0; i < n_signs; i++)
    {
      OffloadSign *sign = offload_catalog_get_sign (catalog, i);

      g_string_append (out, i == 0 ? "\n  {" : ",\n  {");
      offload_json_append_indent (out, 2);
      g_string_append (out, "\"id\": ");
      offload_json_append_string (out, offload_sign_get_id (sign));
      g_string_append_c (out, ',');
      offload_json_append_indent (out, 2);
      g_string_append (out, "\"kind\": ");
      offload_json_append_string (out, offload_sign_kind_to_string (offload_sign_get_kind (sign)));
      g_string_append_c (out, ',');
      offload_json_append_indent (out, 2);
      g_string_append (out, "\"group\": ");
      offload_json_append_string (out, offload_sign_get_group (sign));
      g_string_append_c (out, ',');
      offload_json_append_indent (out, 2);
      g_string_append_printf (out, "\"weight\": %u,", offload_sign_get_weight (sign));
      offload_json_append_indent (out, 2);
      g_string_append (out, "\"title\": ");
      offload_json_append_string (out, offload_sign_get_title (sign));
      g_string_append_c (out, ',');
      offload_json_append_indent (out, 2);
      g_string_append (out, "\"explanation\": ");
      offload_json_append_string (out, offload_sign_get_explanation (sign));
      g_string_append_c (out, ',');
      offload_json_append_indent (out, 2);
      if (offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_COUNTER)
        {
          g_string_append (out, "\"remediation\": ");
          offload_json_append_string (out, offload_sign_get_remediation (sign));
        }
      else
        {
          g_string_append (out, "\"delegate\": ");
          append_strv (out, offload_sign_get_delegate (sign));
        }
      g_string_append (out, "\n  }");
    }
  g_string_append (out, "\n]\n");

  print_string (out);
  return 0;
}

static int
list_signs_text (OffloadCatalog *catalog)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n_groups = offload_catalog_get_n_groups (catalog);
  guint n_signs = offload_catalog_get_n_signs (catalog);

  for (guint g = 0; g < n_groups; g++)
    {
      const char *group = offload_catalog_get_group_id (catalog, g);

      if (g > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, "%s\n", offload_catalog_get_group_title (catalog, group));

      for (guint i = 0; i < n_signs; i++)
        {
          OffloadSign *sign = offload_catalog_get_sign (catalog, i);

          if (!g_str_equal (offload_sign_get_group (sign), group))
            continue;

          if (offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_COUNTER)
            /* Translators: a counter-indication in the list: its title, then its id */
            g_string_append_printf (out, _("  ✗ %s (%s)\n"),
                                    offload_sign_get_title (sign), offload_sign_get_id (sign));
          else
            /* Translators: a warning sign in the list: its title, its id, its weight (1–3) */
            g_string_append_printf (out, _("  • %s (%s, weight %u)\n"),
                                    offload_sign_get_title (sign), offload_sign_get_id (sign),
                                    offload_sign_get_weight (sign));
        }
    }

  print_string (out);
  return 0;
}

/* Each scenario's name and headline figures, to compare them side by side. */
static void
append_scenarios_json (OffloadAssessment *assessment,
                       GString           *out)
{
  GListModel *scenarios = offload_assessment_get_scenarios (assessment);

  g_string_append (out, ",\n  \"scenarios\": [");
  for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
    {
      g_autoptr(OffloadScenario) scenario = g_list_model_get_item (scenarios, i);
      const OffloadComparisonResults *r = offload_scenario_get_results (scenario);

      g_string_append (out, i ? ",\n    {\"name\": " : "\n    {\"name\": ");
      offload_json_append_string (out, offload_scenario_get_name (scenario));
      g_string_append_printf (out, ", \"active\": %s, \"cheapest\": ",
                              scenario == offload_assessment_get_active_scenario (assessment) ? "true" : "false");
      offload_json_append_string (out, offload_option_to_id (r->cheapest));
      g_string_append (out, ", \"hours_freed_month\": ");
      offload_json_append_number (out, offload_json_round_cents (r->hours_freed_month));
      g_string_append (out, ", \"freelance_net_month\": ");
      offload_json_append_number (out, offload_json_round_cents (r->freelance_net_month));
      g_string_append (out, ", \"hire_net_month\": ");
      offload_json_append_number (out, offload_json_round_cents (r->hire_net_month));
      g_string_append_c (out, '}');
    }
  g_string_append (out, "\n  ]");
}

/* The tasks kept in-house (with their reason) or left to a tool: beside
 * the brief, never in the provider comparison. */
static void
cli_append_apart_json (OffloadAssessment *assessment,
                       GListModel        *items,
                       const char        *member,
                       GString           *out)
{
  guint n = g_list_model_get_n_items (items);

  g_string_append_printf (out, ",\n  \"%s\": [", member);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OffloadBriefItem) item = g_list_model_get_item (items, i);
      OffloadOwnerTask *task = offload_assessment_lookup_task (assessment, offload_brief_item_get_id (item));
      const char *reason = task != NULL ? offload_keep_reason_to_id (offload_owner_task_get_reason (task)) : NULL;

      g_string_append (out, i ? ",\n    {\"task\": " : "\n    {\"task\": ");
      offload_json_append_string (out, offload_brief_item_get_id (item));
      g_string_append (out, ", \"hours_month\": ");
      offload_json_append_number (out, offload_json_round_cents (offload_brief_item_get_hours (item)));
      if (g_str_equal (member, "kept"))
        {
          g_string_append (out, ", \"reason\": ");
          if (reason != NULL)
            offload_json_append_string (out, reason);
          else
            g_string_append (out, "null");
        }
      g_string_append_c (out, '}');
    }
  g_string_append (out, n ? "\n  ]" : "]");
}

/* The delegation brief and the action plan, by id, for scripts. */
static void
append_brief_and_plan_json (OffloadAssessment *assessment,
                            GString           *out)
{
  g_autoptr(OffloadDelegationBrief) brief = offload_delegation_brief_new (assessment);
  g_autoptr(OffloadActionPlan) plan = offload_action_plan_new (assessment);

  g_string_append (out, ",\n  \"brief\": [");
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (brief)); i++)
    {
      g_autoptr(OffloadBriefItem) item = g_list_model_get_item (G_LIST_MODEL (brief), i);

      g_string_append (out, i ? ",\n    {\"task\": " : "\n    {\"task\": ");
      offload_json_append_string (out, offload_brief_item_get_id (item));
      g_string_append_printf (out, ", \"position\": %u, \"hours_month\": ", offload_brief_item_get_position (item));
      offload_json_append_number (out, offload_json_round_cents (offload_brief_item_get_hours (item)));
      g_string_append (out, ", \"risk\": ");
      offload_json_append_string (out, offload_task_risk_to_id (offload_brief_item_get_risk (item)));
      g_string_append (out, ", \"reasons\": ");
      append_strv (out, offload_brief_item_get_reasons (item));
      g_string_append_c (out, '}');
    }
  g_string_append (out, g_list_model_get_n_items (G_LIST_MODEL (brief)) ? "\n  ]" : "]");
  cli_append_apart_json (assessment, offload_delegation_brief_get_kept (brief), "kept", out);
  cli_append_apart_json (assessment, offload_delegation_brief_get_automated (brief), "automated", out);
  g_string_append_printf (out, ",\n  \"task_hours\": %s",
                          offload_assessment_get_uses_task_hours (assessment) ? "true" : "false");
  g_string_append_printf (out, ",\n  \"continuity_risk\": %s",
                          offload_delegation_brief_get_continuity_risk (brief) ? "true" : "false");

  g_string_append (out, ",\n  \"plan\": [");
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (plan)); i++)
    {
      g_autoptr(OffloadPlanStep) step = g_list_model_get_item (G_LIST_MODEL (plan), i);

      g_string_append (out, i ? ",\n    {\"step\": " : "\n    {\"step\": ");
      offload_json_append_string (out, offload_plan_step_get_id (step));
      g_string_append_printf (out, ", \"done\": %s, \"urgent\": %s, \"urgent_signs\": ",
                              offload_plan_step_get_done (step) ? "true" : "false",
                              offload_plan_step_get_urgent (step) ? "true" : "false");
      append_strv (out, offload_plan_step_get_urgent_signs (step));
      g_string_append_c (out, '}');
    }
  g_string_append (out, "\n  ]");
}

static int
summary_json (OffloadDocument *document)
{
  OffloadAssessment *assessment = offload_document_get_assessment (document);
  g_autoptr(GString) out = g_string_new ("{");

  offload_document_append_results (assessment, out, 1);
  g_string_append (out, ",\n  \"scenario\": ");
  offload_json_append_string (out, offload_scenario_get_name (offload_assessment_get_active_scenario (assessment)));
  append_scenarios_json (assessment, out);
  g_string_append (out, ",\n  \"reasons\": ");
  append_strv (out, offload_assessment_get_reasons (assessment));
  append_brief_and_plan_json (assessment, out);
  g_string_append (out, ",\n  \"ignored_answers\": ");
  append_strv (out, offload_document_get_ignored_answers (document));
  g_string_append (out, "\n}\n");

  print_string (out);
  return 0;
}

static void
append_line (GString    *out,
             const char *label,
             const char *value)
{
  /* Translators: a line of the summary: a label, then its value */
  g_string_append_printf (out, _("%s: %s"), label, value);
  g_string_append_c (out, '\n');
}

/* A rate that may be missing (a break-even that does not exist). */
static char *
format_optional_rate (double      value,
                      const char *currency)
{
  if (isnan (value))
    /* Translators: a break-even point that does not exist */
    return g_strdup (_("never"));
  return offload_format_rate (value, currency);
}

/* The year in two lines: its rhythm and costs, then the cheapest over it. */
static void
cli_append_year_text (OffloadAssessment *assessment,
                      GString           *out)
{
  OffloadActivity *activity = offload_assessment_get_activity (assessment);
  OffloadYearResults rounded;
  const OffloadYearResults *y = &rounded;
  const char *currency = offload_assessment_get_currency (assessment);
  g_autofree char *freelance = NULL;
  g_autofree char *hire = NULL;
  g_autofree char *idle = NULL;
  g_autofree char *line = NULL;
  g_autofree char *label = NULL;

  /* The totals of the JSON and the CSV: the sums of the months as written. */
  offload_year_results_round (offload_scenario_get_year (offload_assessment_get_active_scenario (assessment)),
                              &rounded);
  freelance = offload_format_money (y->freelance_cost, currency);
  hire = offload_format_money (y->hire_cost, currency);
  idle = offload_format_hours (y->hire_idle_hours);

  /* Translators: a line of the summary; %s is the rhythm's title ("Seasonal") */
  label = g_strdup_printf (_("Over the year (%s)"), offload_activity_profile_get_title (offload_activity_get_profile (activity)));
  /* Translators: the freelancer's cost over the year, the hire's, the hire's idle paid hours */
  line = g_strdup_printf (_("freelance %s, hire %s with %s idle"), freelance, hire, idle);
  append_line (out, label, line);
  append_line (out, _("Cheapest over the year"), offload_option_get_title (y->cheapest));
}

static void
append_comparison_text (OffloadAssessment *assessment,
                        GString           *out)
{
  OffloadScenario *active = offload_assessment_get_active_scenario (assessment);
  const OffloadComparisonResults *r = offload_scenario_get_results (active);
  const char *currency = offload_assessment_get_currency (assessment);
  GListModel *scenarios = offload_assessment_get_scenarios (assessment);
  g_autofree char *name = offload_format_printable (offload_scenario_get_name (active), 0);
  g_autofree char *freed_week = offload_format_hours (r->hours_freed_week);
  g_autofree char *freed_month = offload_format_hours (r->hours_freed_month);
  g_autofree char *recovered = offload_format_money (r->value_recovered_month, currency);
  g_autofree char *freelance_cost = offload_format_money (r->freelance_cost_month, currency);
  g_autofree char *freelance_net = offload_format_money (r->freelance_net_month, currency);
  g_autofree char *hire_weekly = offload_format_hours (r->hire_weekly_hours);
  g_autofree char *hire_cost = offload_format_money (r->hire_cost_month, currency);
  g_autofree char *hire_net = offload_format_money (r->hire_net_month, currency);
  g_autofree char *breakeven_value = format_optional_rate (r->breakeven_hourly_value, currency);
  g_autofree char *breakeven_hours = isnan (r->breakeven_hire_hours) ? g_strdup (_("never"))
                                                                      : offload_format_hours (r->breakeven_hire_hours);
  g_autofree char *low = offload_format_money (r->net_low_month, currency);
  g_autofree char *high = offload_format_money (r->net_high_month, currency);
  g_autofree char *line = NULL;

  /* Translators: a heading of the summary; %s is the scenario's name */
  g_string_append_printf (out, _("Compare options — %s\n"), name);
  /* Translators: hours freed a week, then a month */
  line = g_strdup_printf (_("%s a week, %s a month"), freed_week, freed_month);
  append_line (out, _("Hours freed"), line);
  g_clear_pointer (&line, g_free);
  append_line (out, _("Value recovered per month"), recovered);
  /* Translators: what an option costs a month, then its net gain */
  line = g_strdup_printf (_("%s a month, net gain %s"), freelance_cost, freelance_net);
  append_line (out, offload_option_get_title (OFFLOAD_OPTION_FREELANCE), line);
  g_clear_pointer (&line, g_free);
  /* Translators: the hire's weekly hours, then its cost a month and net gain */
  line = g_strdup_printf (_("%s a week, %s a month, net gain %s"), hire_weekly, hire_cost, hire_net);
  append_line (out, offload_option_get_title (OFFLOAD_OPTION_HIRE), line);
  if (r->hire_at_minimum)
    g_string_append_printf (out, "  %s\n", _("(paid for the weekly minimum of a part-time contract: fewer hours are needed)"));
  if (r->hire_over_full_time)
    g_string_append_printf (out, "  %s\n", _("(more than one full-time job: one hire will not be enough)"));
  g_clear_pointer (&line, g_free);
  append_line (out, _("Cheapest, counting the time won back"), offload_option_get_title (r->cheapest));
  append_line (out, _("Delegating pays when your hour is worth more than"), breakeven_value);
  append_line (out, _("A hire beats a freelancer above (hours freed a month)"), breakeven_hours);
  /* Translators: the option's name, the low and high net gain, what moves it most */
  line = g_strdup_printf (_("%s: %s to %s a month; moves it most: %s"),
                          offload_option_get_title (r->range_option), low, high,
                          offload_range_input_get_title (r->most_sensitive_input));
  append_line (out, _("Net gain if the figures are off by 25 %"), line);
  cli_append_year_text (assessment, out);

  if (g_list_model_get_n_items (scenarios) > 1)
    {
      g_string_append_printf (out, "%s\n", _("Scenarios:"));
      for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
        {
          g_autoptr(OffloadScenario) scenario = g_list_model_get_item (scenarios, i);
          const OffloadComparisonResults *sr = offload_scenario_get_results (scenario);
          g_autofree char *shown = offload_format_printable (offload_scenario_get_name (scenario), 0);
          g_autofree char *freed = offload_format_hours (sr->hours_freed_month);
          g_autofree char *best = offload_format_money (offload_comparison_results_get_net (sr, sr->cheapest),
                                                        currency);

          /* Translators: a scenario: its name, hours freed a month, cheapest option, its net gain */
          g_string_append_printf (out, _("  %s %s — %s freed a month; cheapest: %s, net gain %s\n"),
                                  scenario == active ? "▸" : " ", shown, freed,
                                  offload_option_get_title (sr->cheapest), best);
        }
    }
}

static void
cli_append_apart_text (OffloadAssessment *assessment,
                       GListModel        *items,
                       gboolean           kept,
                       GString           *out)
{
  guint n = g_list_model_get_n_items (items);

  if (n == 0)
    return;
  g_string_append_printf (out, "%s\n", kept ? _("Kept in-house:") : _("Left to a tool (not in the comparison):"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OffloadBriefItem) item = g_list_model_get_item (items, i);
      OffloadOwnerTask *task = offload_assessment_lookup_task (assessment, offload_brief_item_get_id (item));
      g_autofree char *hours = offload_format_hours (offload_brief_item_get_hours (item));
      const char *reason = task != NULL ? offload_keep_reason_get_title (offload_owner_task_get_reason (task)) : NULL;

      if (kept && reason != NULL)
        /* Translators: a task kept in-house: its title, its hours a month, why it stays ("Legal") */
        g_string_append_printf (out, _("  • %s — %s a month (%s)\n"), offload_brief_item_get_title (item), hours, reason);
      else if (kept)
        /* Translators: a task kept in-house: its title, its hours a month */
        g_string_append_printf (out, _("  • %s — %s a month\n"), offload_brief_item_get_title (item), hours);
      else
        /* Translators: a task a tool could do: its title, the hours a month it could save */
        g_string_append_printf (out, _("  • %s — a tool could save %s a month\n"), offload_brief_item_get_title (item), hours);
    }
}

static void
append_brief_text (OffloadAssessment *assessment,
                   GString           *out)
{
  g_autoptr(OffloadDelegationBrief) brief = offload_delegation_brief_new (assessment);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (brief));

  if (n == 0)
    return;

  g_string_append_printf (out, "%s\n", _("What to hand over first:"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OffloadBriefItem) item = g_list_model_get_item (G_LIST_MODEL (brief), i);
      g_autofree char *hours = offload_format_hours (offload_brief_item_get_hours (item));

      /* Translators: a task of the delegation brief: its place, its title,
       * the hours a month it frees, how risky it is ("low risk") */
      g_string_append_printf (out, _("  %u. %s — %s a month, %s\n"), offload_brief_item_get_position (item),
                              offload_brief_item_get_title (item), hours,
                              offload_task_risk_get_title (offload_brief_item_get_risk (item)));
    }
  if (offload_delegation_brief_get_continuity_risk (brief))
    g_string_append_printf (out, "  ⚠ %s\n", offload_delegation_brief_get_continuity_text (brief));
  cli_append_apart_text (assessment, offload_delegation_brief_get_kept (brief), TRUE, out);
  cli_append_apart_text (assessment, offload_delegation_brief_get_automated (brief), FALSE, out);
}

static void
append_plan_text (OffloadAssessment *assessment,
                  GString           *out)
{
  g_autoptr(OffloadActionPlan) plan = offload_action_plan_new (assessment);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (plan));
  g_autofree char *progress = offload_action_plan_dup_progress (plan);

  /* Translators: a heading of the summary; %s is the plan's progress, "2 of 5 done" */
  g_string_append_printf (out, _("Action plan (%s):\n"), progress);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OffloadPlanStep) step = g_list_model_get_item (G_LIST_MODEL (plan), i);

      g_string_append_printf (out, "  %s %s\n", offload_plan_step_get_done (step) ? "[x]" : "[ ]",
                              offload_plan_step_get_title (step));
      if (offload_plan_step_get_urgent (step) && !offload_plan_step_get_done (step))
        /* Translators: under a step of the action plan, why it is urgent */
        g_string_append_printf (out, _("      Urgent: %s\n"), offload_plan_step_get_why_urgent (step));
    }
}

static int
summary_text (OffloadDocument *document)
{
  OffloadAssessment *assessment = offload_document_get_assessment (document);
  OffloadDecision *decision = offload_assessment_get_decision (assessment);
  OffloadBand *band = offload_decision_get_band (decision);
  const char *currency = offload_assessment_get_currency (assessment);
  const char * const *ignored = offload_document_get_ignored_answers (document);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *headline = offload_decision_dup_headline (decision);
  g_auto(GStrv) why = offload_decision_dup_why (decision);
  g_autofree char *chain = offload_decision_dup_chain (decision);
  g_autofree char *admin_hours = offload_format_hours (offload_assessment_get_monthly_hours (assessment));
  g_autofree char *focus_hours = offload_format_hours (offload_assessment_get_focus_hours (assessment));
  g_autofree char *total_hours = offload_format_hours (offload_assessment_get_total_hours (assessment));
  g_autofree char *working_hours = offload_format_hours (offload_assessment_get_working_hours_month (assessment));
  g_autofree char *admin_month = offload_format_money (offload_assessment_get_monthly_cost (assessment), currency);
  g_autofree char *admin_year = offload_format_money (offload_assessment_get_yearly_cost (assessment), currency);
  g_autofree char *focus_month = offload_format_money (offload_assessment_get_focus_cost (assessment), currency);
  g_autofree char *total_month = offload_format_money (offload_assessment_get_total_cost (assessment), currency);
  g_autofree char *total_year = offload_format_money (offload_assessment_get_total_cost_year (assessment), currency);
  g_autofree char *line = NULL;
  guint n_warnings = offload_decision_get_n_warnings (decision);
  /* The name every view gives it; from the file, so printable: no control
   * character (an escape sequence, a bell) reaches the terminal. */
  g_autofree char *shown_title = offload_document_dup_display_name (document, 0);

  /* The answer first, in one sentence, the same as the window and the report. */
  append_line (out, _("Assessment"), shown_title);
  g_string_append_printf (out, "%s\n", headline);
  /* Translators: the verdict's title, then its advice */
  line = g_strdup_printf (_("%s. %s"), band->title, band->advice);
  append_line (out, _("Verdict"), line);
  g_clear_pointer (&line, g_free);

  g_string_append_printf (out, "%s\n", _("Why:"));
  for (guint i = 0; why[i]; i++)
    g_string_append_printf (out, "  • %s\n", why[i]);

  if (n_warnings > 0)
    {
      g_string_append_printf (out, "%s\n", _("Check these figures:"));
      for (guint i = 0; i < n_warnings; i++)
        {
          g_autofree char *message = offload_decision_dup_warning_message (decision,
                                                                           offload_decision_get_warning (decision, i));

          g_string_append_printf (out, "  ⚠ %s\n", message);
        }
    }

  /* Translators: need to delegate, a score out of 100 */
  line = g_strdup_printf (_("%d/100"), offload_decision_get_need (decision));
  append_line (out, _("Need to delegate"), line);
  g_clear_pointer (&line, g_free);
  /* Translators: hours of admin + hours of focus = total, then the working hours, all a month */
  line = g_strdup_printf (_("%s of admin + %s of focus = %s, of a %s working month"),
                          admin_hours, focus_hours, total_hours, working_hours);
  append_line (out, _("Time lost per month"), line);
  g_clear_pointer (&line, g_free);
  /* Where the admin hours come from, when the owner's task table gives them. */
  if (offload_assessment_get_uses_task_hours (assessment))
    {
      g_autofree char *week = offload_format_hours (offload_assessment_get_task_hours_week (assessment));
      g_autofree char *handed = offload_format_hours (offload_assessment_get_delegated_hours_week (assessment));

      /* Translators: the task table's hours a week, all tasks, then those handed over */
      line = g_strdup_printf (_("%s a week from your task table, %s of them handed over"), week, handed);
      append_line (out, _("Admin hours"), line);
      g_clear_pointer (&line, g_free);
    }
  /* Translators: amounts a month: admin + focus = total */
  line = g_strdup_printf (_("%s + %s = %s"), admin_month, focus_month, total_month);
  append_line (out, _("Value of your time lost per month"), line);
  append_line (out, _("Value of your time lost per year (12 months of 4 weeks)"), total_year);
  g_clear_pointer (&line, g_free);
  /* Translators: the value of the admin time alone, a month and a year */
  line = g_strdup_printf (_("%s a month, %s a year"), admin_month, admin_year);
  append_line (out, _("Of which admin"), line);
  /* Nothing handed over: no chain to follow (the reasons say so). */
  if (offload_scenario_get_results (offload_assessment_get_active_scenario (assessment))->hours_freed_month > 0)
    append_line (out, _("From time lost to net gain"), chain);

  append_brief_text (assessment, out);
  append_plan_text (assessment, out);
  append_comparison_text (assessment, out);

  if (ignored[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) ignored);
      g_autofree char *list = offload_format_printable (joined, 0);

      /* Translators: %s is a list of answer ids from the file */
      g_string_append_printf (out, _("Ignored answers this version of Offload does not know: %s\n"), list);
    }

  print_string (out);
  return 0;
}

/* Writing the export over the assessment it comes from would lose the
 * assessment: refused, whatever names lead to the same file. */
static gboolean
same_file (GFile *a,
           GFile *b)
{
  g_autofree char *path_a = g_file_get_path (a);
  g_autofree char *path_b = g_file_get_path (b);
  GStatBuf st_a, st_b;

  if (g_file_equal (a, b))
    return TRUE;
  return path_a != NULL && path_b != NULL &&
         g_stat (path_a, &st_a) == 0 && g_stat (path_b, &st_b) == 0 &&
         st_a.st_dev == st_b.st_dev && st_a.st_ino == st_b.st_ino;
}

/* The hand-over pack's form, from @output's extension: ".md" or ".pdf",
 * in any case. FALSE for anything else. */
static gboolean
cli_handover_is_pdf (const char *output,
                     gboolean   *pdf)
{
  g_autofree char *lower = g_ascii_strdown (output, -1);

  *pdf = g_str_has_suffix (lower, ".pdf");
  return *pdf || g_str_has_suffix (lower, ".md");
}

static int
export (const Options *options,
        const char    *output)
{
  const char *source = options->export_pdf ? options->export_pdf
                     : options->export_csv ? options->export_csv
                     : options->export_handover;
  g_autoptr(GFile) input = g_file_new_for_commandline_arg (source);
  g_autoptr(GFile) out = g_file_new_for_commandline_arg (output);
  g_autoptr(OffloadDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  gboolean written;

  document = offload_document_new_from_file (NULL, input, NULL, &error);
  if (document == NULL)
    return fail (error->message);

  if (same_file (input, out))
    return fail (_("The export would replace the assessment itself: choose another output file"));

  if (options->export_pdf != NULL)
    {
      g_autoptr(OffloadReport) report = NULL;
      g_autofree char *path = g_file_get_path (out);

      if (path == NULL)
        return fail (_("Only files on this computer can be written to"));
      report = offload_report_new_for_document (document, NULL,
                                                options->no_amounts ? OFFLOAD_REPORT_NO_AMOUNTS : OFFLOAD_REPORT_NONE);
      written = offload_report_write_pdf (report, path, &error);
    }
  else if (options->export_handover != NULL)
    {
      OffloadAssessment *assessment = offload_document_get_assessment (document);
      g_autofree char *title = offload_document_dup_display_name (document, 0);
      gboolean pdf = FALSE;

      /* Checked before the document was read; read again for its answer. */
      cli_handover_is_pdf (output, &pdf);
      written = pdf ? offload_handover_report_write_pdf (assessment, title, out, &error)
                    : offload_handover_pack_write (assessment, title, out, &error);
    }
  else
    {
      written = offload_csv_export_write (offload_document_get_assessment (document),
                                          options->no_amounts ? OFFLOAD_CSV_EXPORT_NO_AMOUNTS : OFFLOAD_CSV_EXPORT_NONE,
                                          out, &error);
    }

  if (!written)
    return fail (error->message);
  return 0;
}

gboolean
offload_cli_run (int    argc,
                 char **argv,
                 int   *status)
{
  g_auto(Options) options = { 0 };
  g_autoptr(GOptionContext) context = make_context (&options);
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) document = NULL;
  g_autoptr(GFile) file = NULL;
  g_auto(GStrv) args = g_new0 (char *, argc + 1);
  guint n_args;
  guint n_commands;
  gboolean json;

  /* Parse a copy: the window will want the arguments as they were.
   * parse_strv() frees what it removes, unlike parse(). */
  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);

  if (!g_option_context_parse_strv (context, &args, &error))
    {
      *status = 2;
      fail (error->message);
      return TRUE;
    }

  if (options.version)
    {
      g_print ("offload %s\n", PACKAGE_VERSION);
      *status = 0;
      return TRUE;
    }

  n_commands = (options.list_signs ? 1 : 0) + (options.summary ? 1 : 0) +
               (options.export_pdf ? 1 : 0) + (options.export_csv ? 1 : 0) +
               (options.export_handover ? 1 : 0);

  /* Files to open and GTK's own options are the application's business. */
  if (n_commands == 0)
    {
      if (options.format == NULL && !options.no_amounts)
        return FALSE;
      *status = 2;
      fail (options.format ? _("--format goes with --list-signs or --summary")
                           : _("--no-amounts goes with --export-pdf or --export-csv"));
      return TRUE;
    }

  *status = 2;
  n_args = g_strv_length (args);
  if (n_commands > 1)
    {
      fail (_("Choose one of --list-signs, --summary, --export-pdf, --export-csv and --export-handover"));
      return TRUE;
    }
  if (options.export_pdf != NULL || options.export_csv != NULL || options.export_handover != NULL)
    {
      gboolean pdf;

      /* --no-amounts is welcome with --export-handover, which never shows amounts anyway. */
      if (options.format != NULL)
        fail (_("--format goes with --list-signs or --summary"));
      else if (n_args < 2)
        fail (options.export_pdf ? _("Name the file to write after the assessment: --export-pdf FILE OUT.pdf")
              : options.export_csv ? _("Name the file to write after the assessment: --export-csv FILE OUT.csv")
              : _("Name the file to write after the assessment: --export-handover FILE OUT.md or OUT.pdf"));
      else if (n_args > 2)
        fail (_("Unexpected argument; see --help"));
      else if (options.export_handover != NULL && !cli_handover_is_pdf (args[1], &pdf))
        fail (_("The hand-over pack is written as Markdown or PDF: name the output file “….md” or “….pdf”"));
      else
        *status = export (&options, args[1]);
      return TRUE;
    }
  if (options.no_amounts)
    {
      fail (_("--no-amounts goes with --export-pdf or --export-csv"));
      return TRUE;
    }
  if (n_args > 1)
    {
      fail (_("Unexpected argument; see --help"));
      return TRUE;
    }
  if (options.format != NULL && !g_str_equal (options.format, "text") && !g_str_equal (options.format, "json"))
    {
      fail (_("The format must be “text” or “json”"));
      return TRUE;
    }
  json = g_strcmp0 (options.format, "json") == 0;

  if (options.list_signs)
    {
      OffloadCatalog *catalog = offload_catalog_get_default ();

      *status = json ? list_signs_json (catalog) : list_signs_text (catalog);
      return TRUE;
    }

  file = g_file_new_for_commandline_arg (options.summary);
  document = offload_document_new_from_file (NULL, file, NULL, &error);
  if (document == NULL)
    {
      *status = fail (error->message);
      return TRUE;
    }

  *status = json ? summary_json (document) : summary_text (document);
  return TRUE;
}
