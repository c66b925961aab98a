/* test-csv-export.c: the figures as CSV — RFC 4180 quoting, the rows of a
 * hand-computed case, C-locale numbers in any locale, the "no amounts"
 * variant, and the atomic write
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <locale.h>

#include "offload-csv-export.h"
#include "offload-document.h"
#include "offload-error.h"
#include "offload-json-writer.h"
#include "testing.h"

/* The ids of every row "no amounts" leaves out: those whose unit is money,
 * and the headline, whose sentence quotes amounts. */
static const char * const money_ids[] = {
  "hourly_value", "monthly_cost", "yearly_cost", "focus_cost", "total_cost_month", "freelance_rate",
  "hire_gross_hourly", "hire_onboarding_cost", "value_recovered_month",
  "freelance_cost_month", "freelance_net_month", "hire_cost_month", "hire_net_month",
  "breakeven_hourly_value", "net_low_month", "net_high_month", "net_gain_month", "net_gain_year",
  "year_freelance_cost", "year_hire_cost", "headline", NULL
};

static OffloadDocument *
load (const char *name)
{
  g_autoptr(GFile) file = testing_fixture ("good", name);
  g_autoptr(GError) error = NULL;
  OffloadDocument *document = offload_document_new_from_file (NULL, file, NULL, &error);

  g_assert_no_error (error);
  return document;
}

/* A minimal RFC 4180 reader, for the fields this file writes. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = text;

  while (*p)
    {
      if (*p == '"')
        {
          for (p++; *p && !(*p == '"' && p[1] != '"'); p++)
            {
              if (*p == '"')
                p++;
              g_string_append_c (field, *p);
            }
          g_assert_cmpint (*p, ==, '"');
          p++;
        }
      while (*p && *p != ',' && *p != '\r')
        g_string_append_c (field, *p++);
      g_ptr_array_add (fields, g_strdup (field->str));
      g_string_truncate (field, 0);

      if (*p == ',')
        {
          p++;
          continue;
        }
      /* Every record ends in CRLF, the last one too. */
      g_assert_cmpint (p[0], ==, '\r');
      g_assert_cmpint (p[1], ==, '\n');
      p += 2;
      g_ptr_array_add (fields, NULL);
      g_ptr_array_add (rows, g_ptr_array_steal (fields, NULL));
    }

  return rows;
}

static char **
find_row (GPtrArray  *rows,
          const char *id)
{
  for (guint i = 1; i < rows->len; i++)
    {
      char **row = rows->pdata[i];

      if (g_str_equal (row[0], id))
        return row;
    }
  return NULL;
}

static void
assert_value (GPtrArray  *rows,
              const char *id,
              const char *value,
              const char *unit)
{
  char **row = find_row (rows, id);

  g_assert_nonnull (row);
  g_assert_cmpstr (row[2], ==, value);
  g_assert_cmpstr (row[3], ==, unit);
}

/* @value as the export writes a figure: rounded to cents, shortest digits. */
static void
assert_figure (GPtrArray  *rows,
               const char *id,
               double      value,
               const char *unit)
{
  g_autoptr(GString) number = g_string_new (NULL);

  offload_json_append_number (number, offload_json_round_cents (value));
  assert_value (rows, id, number->str, unit);
}

static void
test_field (void)
{
  const struct { const char *in; const char *out; } cases[] = {
    { "plain", "plain" },
    { "", "" },
    { "a, b", "\"a, b\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "two\nlines", "\"two\nlines\"" },
    { "cr\rhere", "\"cr\rhere\"" },
    { " leading", "\" leading\"" },
    { "trailing ", "\"trailing \"" },
    { "Coût par mois", "Coût par mois" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      offload_csv_append_field (out, cases[i].in);
      g_assert_cmpstr (out->str, ==, cases[i].out);
    }
}

/* 40 h lost a month at 80 €/h, 75 % to a freelancer at 35 €/h without VAT,
 * all of it reinvested: 3,200 a month, 38,400 a year, 30 h freed, 1,050 for
 * the freelancer, 2,400 recovered, 1,350 net, worth it above 35 an hour. */
static void
test_hand_case (void)
{
  g_autoptr(OffloadDocument) document = load ("hand-case.offload");
  g_autofree char *text = offload_csv_export_to_string (offload_document_get_assessment (document),
                                                        OFFLOAD_CSV_EXPORT_NONE);
  g_autoptr(GPtrArray) rows = parse_csv (text);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_true (g_str_has_prefix (text, "id,label,value,unit\r\n"));
  g_assert_true (g_utf8_validate (text, -1, NULL));

  for (guint i = 0; i < rows->len; i++)
    {
      char **row = rows->pdata[i];

      g_assert_cmpuint (g_strv_length (row), ==, 4);
      /* Each id once. */
      g_assert_true (g_hash_table_add (ids, row[0]));
    }

  assert_value (rows, "hours_per_day", "2", "h/day");
  assert_value (rows, "hourly_value", "80", "EUR/h");
  assert_value (rows, "monthly_hours", "40", "h/month");
  assert_value (rows, "monthly_cost", "3200", "EUR/month");
  assert_value (rows, "yearly_cost", "38400", "EUR/year");
  assert_value (rows, "focus_hours", "0", "h/month");
  assert_value (rows, "delegated_share", "75", "%");
  assert_value (rows, "reinvested_share", "100", "%");
  assert_value (rows, "hours_freed_week", "7.5", "h/week");
  assert_value (rows, "hours_freed_month", "30", "h/month");
  assert_value (rows, "freelance_cost_month", "1050", "EUR/month");
  assert_value (rows, "value_recovered_month", "2400", "EUR/month");
  assert_value (rows, "freelance_net_month", "1350", "EUR/month");
  assert_value (rows, "breakeven_hourly_value", "35", "EUR/h");
  /* The hire is paid the 24-hour weekly minimum: 24 × 52 ÷ 12. */
  assert_value (rows, "hire_paid_hours_month", "104", "h/month");

  /* A label with a comma comes back whole, quoted. */
  g_assert_cmpstr (find_row (rows, "focus_hours")[1], ==, "Focus lost to interruptions, per month");

  /* An 8-hour day, 5 days, 4 weeks: 160 h of work a month, of which the
   * 40 h of admin are all that is lost (no interruptions), worth 3,200. */
  assert_value (rows, "working_hours_per_day", "8", "h/day");
  assert_value (rows, "working_hours_month", "160", "h/month");
  assert_value (rows, "total_hours_lost_month", "40", "h/month");
  assert_value (rows, "total_cost_month", "3200", "EUR/month");
  /* The freelancer nets 1,350 a month, 16,200 a year: it pays. No sign
   * ticked, a quarter of the working time lost (half of what fills the
   * time half): a need of 25. */
  assert_value (rows, "delegation_pays", "true", "");
  assert_value (rows, "best_option", "freelance", "");
  assert_value (rows, "net_gain_month", "1350", "EUR/month");
  assert_value (rows, "net_gain_year", "16200", "EUR/year");
  assert_value (rows, "need", "25", "/100");
  /* No figure is suspicious here. */
  for (guint i = 1; i < rows->len; i++)
    g_assert_false (g_str_has_prefix (((char **) rows->pdata[i])[0], "warning:"));
}

/* The answer's rows are the decision's own figures and words, whatever the
 * case: paying, not paying, prepare first. */
static void
assert_answer_rows (OffloadAssessment *assessment)
{
  OffloadDecision *decision = offload_assessment_get_decision (assessment);
  OffloadBand *band = offload_decision_get_band (decision);
  g_autofree char *text = offload_csv_export_to_string (assessment, OFFLOAD_CSV_EXPORT_NONE);
  g_autoptr(GPtrArray) rows = parse_csv (text);
  g_autofree char *headline = offload_decision_dup_headline (decision);
  char **verdict = find_row (rows, "verdict");
  char **best = find_row (rows, "best_option");

  assert_figure (rows, "working_hours_month", offload_assessment_get_working_hours_month (assessment), "h/month");
  assert_figure (rows, "total_hours_lost_month", offload_assessment_get_total_hours (assessment), "h/month");
  assert_figure (rows, "total_cost_month", offload_assessment_get_total_cost (assessment), "EUR/month");
  /* Admin and focus, the parts of the total. */
  assert_figure (rows, "total_hours_lost_month",
                 offload_assessment_get_monthly_hours (assessment) + offload_assessment_get_focus_hours (assessment),
                 "h/month");

  g_assert_nonnull (verdict);
  g_assert_cmpstr (verdict[2], ==, band->id);
  g_assert_cmpstr (verdict[3], ==, "");
  /* The label gives the verdict in words. */
  g_assert_nonnull (strstr (verdict[1], band->title));
  assert_value (rows, "delegation_pays", offload_decision_get_delegation_pays (decision) ? "true" : "false", "");
  g_assert_nonnull (best);
  g_assert_cmpstr (best[2], ==, offload_option_to_id (offload_decision_get_best_option (decision)));
  g_assert_nonnull (strstr (best[1], offload_option_get_title (offload_decision_get_best_option (decision))));
  assert_figure (rows, "net_gain_month", offload_decision_get_net_gain_month (decision), "EUR/month");
  assert_figure (rows, "net_gain_year", offload_decision_get_net_gain_year (decision), "EUR/year");
  assert_figure (rows, "need", offload_decision_get_need (decision), "/100");
  assert_value (rows, "headline", headline, "");
  g_test_message ("%s: %s", band->id, headline);
}

static void
test_answer (void)
{
  g_autoptr(OffloadDocument) document = load ("full.offload");
  OffloadAssessment *assessment = offload_document_get_assessment (document);
  OffloadCatalog *catalog = offload_assessment_get_catalog (assessment);

  g_assert_true (offload_decision_get_delegation_pays (offload_assessment_get_decision (assessment)));
  assert_answer_rows (assessment);

  /* Half an hour a day at 15 an hour: handing over does not pay. */
  offload_assessment_set_hours_per_day (assessment, 0.5);
  offload_assessment_set_hourly_value (assessment, 15);
  g_assert_false (offload_decision_get_delegation_pays (offload_assessment_get_decision (assessment)));
  assert_answer_rows (assessment);

  /* A counter-indication: prepare first. */
  for (guint i = 0; i < offload_catalog_get_n_signs (catalog); i++)
    {
      OffloadSign *sign = offload_catalog_get_sign (catalog, i);

      if (offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_COUNTER)
        {
          offload_assessment_set_checked (assessment, offload_sign_get_id (sign), TRUE);
          break;
        }
    }
  g_assert_true (offload_decision_get_band (offload_assessment_get_decision (assessment))->counter);
  assert_answer_rows (assessment);
}

/* A row per warning, "warning:<id>", its sentence as the value and the
 * figure it is about in the label; kept without amounts (no sentence
 * quotes one). */
static void
test_warnings (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  OffloadDecision *decision = offload_assessment_get_decision (assessment);
  g_autofree char *text = NULL;
  g_autofree char *shared = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) shared_rows = NULL;
  guint n_rows = 0;

  /* More admin than a 14-hour day, interruptions past what is left,
   * nothing reinvested. */
  offload_assessment_set_hours_per_day (assessment, 15);
  offload_assessment_set_working_hours_per_day (assessment, 14);
  offload_assessment_set_interruptions_per_day (assessment, 10);
  offload_scenario_set_input (offload_assessment_get_active_scenario (assessment),
                              OFFLOAD_INPUT_REINVESTED_SHARE, 0);
  g_assert_cmpuint (offload_decision_get_n_warnings (decision), >=, 4);

  text = offload_csv_export_to_string (assessment, OFFLOAD_CSV_EXPORT_NONE);
  shared = offload_csv_export_to_string (assessment, OFFLOAD_CSV_EXPORT_NO_AMOUNTS);
  rows = parse_csv (text);
  shared_rows = parse_csv (shared);
  for (guint i = 0; i < offload_decision_get_n_warnings (decision); i++)
    {
      OffloadWarning warning = offload_decision_get_warning (decision, i);
      g_autofree char *id = g_strconcat ("warning:", offload_warning_to_id (warning), NULL);
      g_autofree char *message = offload_decision_dup_warning_message (decision, warning);
      char **row = find_row (rows, id);

      g_assert_nonnull (row);
      g_assert_cmpstr (row[2], ==, message);
      g_assert_cmpstr (row[3], ==, "");
      g_assert_true (g_str_has_prefix (row[1], "Check this figure: "));
      g_assert_cmpstrv (find_row (shared_rows, id), row);
    }
  /* None else, and after every figure. */
  for (guint i = 1; i < rows->len; i++)
    if (g_str_has_prefix (((char **) rows->pdata[i])[0], "warning:"))
      {
        n_rows++;
        g_assert_cmpuint (i, >=, rows->len - offload_decision_get_n_warnings (decision));
      }
  g_assert_cmpuint (n_rows, ==, offload_decision_get_n_warnings (decision));
  /* The working day's warning names it. */
  g_assert_cmpstr (find_row (rows, "warning:working-day-too-long")[1], ==, "Check this figure: Working hours per day");
}

static void
test_no_amounts (void)
{
  g_autoptr(OffloadDocument) document = load ("full.offload");
  OffloadAssessment *assessment = offload_document_get_assessment (document);
  g_autofree char *full = offload_csv_export_to_string (assessment, OFFLOAD_CSV_EXPORT_NONE);
  g_autofree char *shared = offload_csv_export_to_string (assessment, OFFLOAD_CSV_EXPORT_NO_AMOUNTS);
  g_autoptr(GPtrArray) full_rows = parse_csv (full);
  g_autoptr(GPtrArray) shared_rows = parse_csv (shared);

  g_assert_null (strstr (shared, "EUR"));
  g_assert_null (strstr (shared, "€"));
  g_assert_nonnull (strstr (full, "EUR"));
  for (guint i = 0; money_ids[i]; i++)
    {
      g_assert_nonnull (find_row (full_rows, money_ids[i]));
      g_assert_null (find_row (shared_rows, money_ids[i]));
    }
  /* Each month's two costs are money too; its hours are not. */
  for (guint m = 1; m <= 12; m++)
    {
      g_autofree char *freelance = g_strdup_printf ("month:%u:freelance_cost", m);
      g_autofree char *hire = g_strdup_printf ("month:%u:hire_cost", m);
      g_autofree char *freed = g_strdup_printf ("month:%u:hours_freed", m);

      g_assert_nonnull (find_row (full_rows, freelance));
      g_assert_null (find_row (shared_rows, freelance));
      g_assert_nonnull (find_row (full_rows, hire));
      g_assert_null (find_row (shared_rows, hire));
      g_assert_nonnull (find_row (shared_rows, freed));
    }
  /* The first row says the money was left out; the full export has no such row. */
  g_assert_cmpstr (((char **) shared_rows->pdata[1])[0], ==, "amounts_left_out");
  g_assert_cmpstr (((char **) shared_rows->pdata[1])[2], ==, "1");
  g_assert_null (find_row (full_rows, "amounts_left_out"));
  /* Every other row is still there, with the same value. */
  g_assert_cmpuint (shared_rows->len, ==, full_rows->len - g_strv_length ((char **) money_ids) - 2 * 12 + 1);
  for (guint i = 2; i < shared_rows->len; i++)
    {
      char **row = shared_rows->pdata[i];

      g_assert_cmpstrv (row, find_row (full_rows, row[0]));
    }
}

static void
test_missing_breakeven (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  /* Nothing reinvested: delegating never pays back, an empty cell. */
  offload_scenario_set_input (offload_assessment_get_active_scenario (assessment),
                              OFFLOAD_INPUT_REINVESTED_SHARE, 0);
  text = offload_csv_export_to_string (assessment, OFFLOAD_CSV_EXPORT_NONE);
  rows = parse_csv (text);
  assert_value (rows, "breakeven_hourly_value", "", "EUR/h");
}

static void
test_currency (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  offload_assessment_set_currency (assessment, "USD");
  text = offload_csv_export_to_string (assessment, OFFLOAD_CSV_EXPORT_NONE);
  rows = parse_csv (text);
  g_assert_cmpstr (find_row (rows, "monthly_cost")[3], ==, "USD/month");
  g_assert_null (strstr (text, "EUR"));
}

/* A French desktop: the labels may change, the numbers never do. */
static void
test_c_locale_numbers (void)
{
  g_autoptr(OffloadDocument) document = load ("full.offload");
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("fr_FR.UTF-8 locale not available");
      return;
    }
  text = offload_csv_export_to_string (offload_document_get_assessment (document), OFFLOAD_CSV_EXPORT_NONE);
  setlocale (LC_ALL, "C.UTF-8");
  rows = parse_csv (text);

  /* 12 interruptions × 23 min × 6 days × 4.25 weeks = 117.3 h. */
  assert_value (rows, "focus_hours", "117.3", "h/month");
  /* 2.75 h × 6 × 4.25 × 95 = 6,661.875, rounded to cents. */
  assert_value (rows, "monthly_cost", "6661.88", "EUR/month");
  assert_value (rows, "weeks_per_month", "4.25", "weeks/month");
}

static void
test_write (void)
{
  g_autofree char *dir = testing_make_temp_dir ("offload-test-csv-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "figures.csv", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-folder", "figures.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) nowhere = g_file_new_for_path (missing);
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = offload_csv_export_to_string (assessment, OFFLOAD_CSV_EXPORT_NONE);
  g_autofree char *written = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  g_assert_true (g_file_set_contents (path, "previous\n", -1, NULL));
  g_assert_true (offload_csv_export_write (assessment, OFFLOAD_CSV_EXPORT_NONE, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);

  /* Nothing beside it: the temporary file became the export. */
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing))
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  g_assert_false (offload_csv_export_write (assessment, OFFLOAD_CSV_EXPORT_NONE, nowhere, &error));
  g_assert_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "figures.csv"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, expected);
  testing_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/field", test_field);
  g_test_add_func ("/csv/hand-case", test_hand_case);
  g_test_add_func ("/csv/answer", test_answer);
  g_test_add_func ("/csv/warnings", test_warnings);
  g_test_add_func ("/csv/no-amounts", test_no_amounts);
  g_test_add_func ("/csv/missing-breakeven", test_missing_breakeven);
  g_test_add_func ("/csv/currency", test_currency);
  g_test_add_func ("/csv/c-locale-numbers", test_c_locale_numbers);
  g_test_add_func ("/csv/write", test_write);

  return g_test_run ();
}
