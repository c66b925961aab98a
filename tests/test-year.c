/* test-year.c: the activity over the year, the year's comparison, and the
 * document's "activity" member
 *
 * The seasonal case is computed by hand below; the steady year is checked
 * against the month over many random documents (a steady year must be
 * exactly twelve months); hostile "activity" members must be refused with
 * the open document left as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif
#ifndef RUNNING_ON_VALGRIND
#define RUNNING_ON_VALGRIND 0
#endif

#include "offload-document.h"
#include "offload-error.h"
#include "offload-format.h"
#include "testing.h"

/* Fewer under valgrind, which runs the suite 10 to 50 times slower. */
#define N_PROPERTY_CASES          2000
#define N_PROPERTY_CASES_VALGRIND 200

static void
assert_close (double actual,
              double expected)
{
  if (fabs (actual - expected) > 1e-9 * MAX (1.0, fabs (expected)))
    g_error ("%.17g is not %.17g", actual, expected);
}

static void
set_scenario (OffloadScenario *scenario,
              double           rate,
              double           min_weekly)
{
  offload_scenario_set_input (scenario, OFFLOAD_INPUT_DELEGATED_SHARE, 1);
  offload_scenario_set_input (scenario, OFFLOAD_INPUT_REINVESTED_SHARE, 1);
  offload_scenario_set_input (scenario, OFFLOAD_INPUT_FREELANCE_RATE, rate);
  offload_scenario_set_freelance_vat (scenario, FALSE);
  offload_scenario_set_input (scenario, OFFLOAD_INPUT_HIRE_GROSS_HOURLY, 12);
  offload_scenario_set_input (scenario, OFFLOAD_INPUT_HIRE_EMPLOYER_RATE, 0);
  offload_scenario_set_input (scenario, OFFLOAD_INPUT_HIRE_WEEKS_OFF, 4);
  offload_scenario_set_input (scenario, OFFLOAD_INPUT_HIRE_MIN_WEEKLY_HOURS, min_weekly);
  offload_scenario_set_input (scenario, OFFLOAD_INPUT_HIRE_ONBOARDING_COST, 1200);
}

/* The hand case: 2 h a day, 5 days, 4 weeks = 40 h a month, all handed
 * over and all reinvested at 80 €/h (3,200 € a month, 38,400 € a year).
 * Freelance 20 €/h without VAT. A hire at 12 € gross, no contributions,
 * 4 weeks off (48 worked: 52/48 paid hours per hour worked), no weekly
 * minimum, 1,200 € of onboarding (100 € a month).
 *
 * Seasonal, October to December twice as busy: raw 9 × 1 + 3 × 2 = 15, a
 * mean of 1.25, so quiet months 0.8 (32 h) and busy ones 1.6 (64 h).
 *
 * The average month: freelance 40 × 20 = 800; hire 40 × 52/48 = 43.33 paid
 * hours × 12 = 520 + 100 = 620 a month, cheaper. A freelancer over the
 * year: 9 × 640 + 3 × 1,280 = 9,600 = 12 × 800.
 *
 * Hire sized for the busiest month (64 h): 64 × 52/48 = 69.33 paid hours ×
 * 12 = 832 + 100 = 932 a month, 11,184 a year; 16 h a week, which work
 * 16 × 48 / 12 = 64 h a month, so 64 − 32 = 32 h idle in each quiet month,
 * 288 h a year. Dearer than the freelancer: the year changes the answer.
 *
 * Hire sized for the average month (40 h, 10 h a week): 620 a month; in a
 * quiet month 8 h idle, in a busy one 24 h over, at 20 €/h = 480, so
 * 1,100. Year: 12 × 620 + 3 × 480 = 8,880, idle 9 × 8 = 72 h: the
 * cheapest. */
static void
test_hand_seasonal (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  OffloadScenario *scenario = offload_assessment_get_active_scenario (assessment);
  OffloadActivity *activity = offload_assessment_get_activity (assessment);
  const OffloadComparisonResults *month = offload_scenario_get_results (scenario);
  const OffloadYearResults *year = offload_scenario_get_year (scenario);
  guint busy = 1u << 9 | 1u << 10 | 1u << 11;
  g_auto(GStrv) why = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *freelance_year = NULL;
  g_autofree char *hire_year = NULL;
  g_autofree char *idle_year = NULL;

  offload_assessment_set_hours_per_day (assessment, 2);
  offload_assessment_set_days_per_week (assessment, 5);
  offload_assessment_set_weeks_per_month (assessment, 4);
  offload_assessment_set_hourly_value (assessment, 80);
  set_scenario (scenario, 20, 0);

  /* Steady: the month's answer, the hire, and no sentence about the year. */
  g_assert_cmpint (month->cheapest, ==, OFFLOAD_OPTION_HIRE);
  assert_close (month->hire_cost_month, 620);
  g_assert_cmpint (year->cheapest, ==, OFFLOAD_OPTION_HIRE);
  why = offload_decision_dup_why (offload_assessment_get_decision (assessment));
  joined = g_strjoinv ("\n", why);
  g_assert_null (strstr (joined, "not steady"));
  g_clear_pointer (&why, g_strfreev);
  g_clear_pointer (&joined, g_free);

  offload_activity_set_seasonal (activity, busy, 2);
  g_assert_cmpint (offload_activity_get_profile (activity), ==, OFFLOAD_ACTIVITY_SEASONAL);
  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    {
      gboolean is_busy = m >= 9;

      assert_close (offload_activity_get_monthly (activity)[m], is_busy ? 1.6 : 0.8);
      assert_close (year->months[m].hours_lost, is_busy ? 64 : 32);
      assert_close (year->months[m].hours_freed, is_busy ? 64 : 32);
      assert_close (year->months[m].freelance_cost, is_busy ? 1280 : 640);
      assert_close (year->months[m].hire_cost, 932);
      assert_close (year->months[m].hire_idle_hours, is_busy ? 0 : 32);
    }
  g_assert_cmpuint (offload_activity_get_busy_months (activity), ==, busy);
  assert_close (offload_activity_get_busy_factor (activity), 2);
  assert_close (year->hire_weekly_hours, 16);
  assert_close (year->freelance_cost, 9600);
  assert_close (year->hire_cost, 11184);
  assert_close (year->hire_idle_hours, 288);
  assert_close (year->value_recovered, 38400);
  g_assert_cmpint (year->cheapest, ==, OFFLOAD_OPTION_FREELANCE);
  /* The month still says hire; the reasons say what the year changes. */
  g_assert_cmpint (month->cheapest, ==, OFFLOAD_OPTION_HIRE);
  why = offload_decision_dup_why (offload_assessment_get_decision (assessment));
  joined = g_strjoinv ("\n", why);
  freelance_year = offload_format_money (9600, "EUR");
  hire_year = offload_format_money (11184, "EUR");
  idle_year = offload_format_hours (288);
  g_assert_nonnull (strstr (joined, "not steady"));
  g_assert_nonnull (strstr (joined, freelance_year));
  g_assert_nonnull (strstr (joined, hire_year));
  g_assert_nonnull (strstr (joined, idle_year));

  /* Sized for the average month: the mixed option. */
  offload_scenario_set_hire_sizing (scenario, OFFLOAD_HIRE_SIZING_AVERAGE);
  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    {
      gboolean is_busy = m >= 9;

      assert_close (year->months[m].hire_cost, is_busy ? 1100 : 620);
      assert_close (year->months[m].overflow_hours, is_busy ? 24 : 0);
      assert_close (year->months[m].hire_idle_hours, is_busy ? 0 : 8);
    }
  assert_close (year->hire_weekly_hours, 10);
  assert_close (year->hire_cost, 8880);
  assert_close (year->hire_idle_hours, 72);
  g_assert_cmpint (year->cheapest, ==, OFFLOAD_OPTION_HIRE);
  g_strfreev (why);
  why = offload_decision_dup_why (offload_assessment_get_decision (assessment));
  g_free (joined);
  joined = g_strjoinv ("\n", why);
  g_assert_null (strstr (joined, "not steady"));
}

/* With a weekly minimum above the hours needed, the contract's hours are
 * the minimum's: 24 h × 48 weeks / 12 = 96 h a month, so a steady 40 h
 * month leaves 56 h idle, 672 h a year. */
static void
test_idle_at_minimum (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  OffloadScenario *scenario = offload_assessment_get_active_scenario (assessment);
  const OffloadYearResults *year = offload_scenario_get_year (scenario);

  offload_assessment_set_hours_per_day (assessment, 2);
  offload_assessment_set_days_per_week (assessment, 5);
  offload_assessment_set_weeks_per_month (assessment, 4);
  set_scenario (scenario, 20, 24);

  g_assert_true (year->hire_at_minimum);
  assert_close (year->hire_working_hours_month, 96);
  assert_close (year->hire_idle_hours, 672);
  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    assert_close (year->months[m].hire_idle_hours, 56);
}

static double
draw (GRand                  *rand,
      const OffloadInputSpec *spec)
{
  double value;

  switch (g_rand_int_range (rand, 0, 6))
    {
    case 0: value = spec->min; break;
    case 1: value = spec->max; break;
    case 2: value = spec->default_value; break;
    default: value = g_rand_double_range (rand, spec->min, spec->max); break;
    }
  return spec->integer ? round (value) : value;
}

/* A steady year is exactly twelve of today's months, to the bit in the
 * model and to the cent in the file, for any inputs and either sizing; and
 * a change back to steady from another profile restores it. */
static void
test_steady_property (void)
{
  static const char * const assessment_inputs[] = {
    OFFLOAD_INPUT_HOURS_PER_DAY, OFFLOAD_INPUT_DAYS_PER_WEEK, OFFLOAD_INPUT_WEEKS_PER_MONTH,
    OFFLOAD_INPUT_HOURLY_VALUE, OFFLOAD_INPUT_WORKING_HOURS_PER_DAY,
  };
  void (*setters[]) (OffloadAssessment *, double) = {
    offload_assessment_set_hours_per_day, offload_assessment_set_days_per_week,
    offload_assessment_set_weeks_per_month, offload_assessment_set_hourly_value,
    offload_assessment_set_working_hours_per_day,
  };
  OffloadCatalog *catalog = offload_catalog_get_default ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());

  guint n_cases = RUNNING_ON_VALGRIND ? N_PROPERTY_CASES_VALGRIND : N_PROPERTY_CASES;

  for (guint n = 0; n < n_cases; n++)
    {
      g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
      g_autoptr(OffloadDocument) document = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      OffloadScenario *scenario = offload_assessment_get_active_scenario (assessment);
      OffloadActivity *activity = offload_assessment_get_activity (assessment);
      const char * const *ids = offload_scenario_list_inputs ();
      const OffloadComparisonResults *month = offload_scenario_get_results (scenario);
      const OffloadYearResults *year = offload_scenario_get_year (scenario);
      JsonObject *results;
      JsonArray *rows;

      for (guint i = 0; i < G_N_ELEMENTS (assessment_inputs); i++)
        setters[i] (assessment, draw (rand, offload_catalog_get_input (catalog, assessment_inputs[i])));
      for (guint i = 0; ids[i]; i++)
        offload_scenario_set_input (scenario, ids[i], draw (rand, offload_catalog_get_input (catalog, ids[i])));
      offload_scenario_set_freelance_vat (scenario, g_rand_boolean (rand));
      offload_scenario_set_hire_sizing (scenario, g_rand_boolean (rand) ? OFFLOAD_HIRE_SIZING_PEAK
                                                                         : OFFLOAD_HIRE_SIZING_AVERAGE);
      /* Some cases go through another profile and back. */
      if (g_rand_boolean (rand))
        {
          offload_activity_set_growing (activity, g_rand_double_range (rand, -0.9, 10));
          offload_activity_set_steady (activity);
        }

      for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
        {
          g_assert_cmpfloat (year->months[m].hours_freed, ==, month->hours_freed_month);
          g_assert_cmpfloat (year->months[m].freelance_cost, ==, month->freelance_cost_month);
          g_assert_cmpfloat (year->months[m].hire_cost, ==, month->hire_cost_month);
        }
      g_assert_cmpfloat (year->freelance_cost, ==, 12 * month->freelance_cost_month);
      g_assert_cmpfloat (year->hire_cost, ==, 12 * month->hire_cost_month);
      g_assert_cmpfloat (year->freelance_net, ==, 12 * month->value_recovered_month - 12 * month->freelance_cost_month);
      g_assert_cmpint (year->cheapest, ==, month->cheapest);
      /* Idle only when the weekly minimum pays for more than is needed. */
      if (!month->hire_at_minimum)
        g_assert_cmpfloat (year->hire_idle_hours, ==, 0);
      else
        assert_close (year->hire_idle_hours,
                      12 * MAX (0.0, year->hire_working_hours_month - month->hours_freed_month));

      /* In the file, as --summary gives it: twelve rounded months. */
      document = offload_document_new_for_assessment (assessment);
      bytes = offload_document_serialize (document);
      g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                                 g_bytes_get_size (bytes), &error));
      g_assert_no_error (error);
      results = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "results");
      rows = json_object_get_array_member (results, "year");
      g_assert_cmpuint (json_array_get_length (rows), ==, 12);
      for (guint m = 0; m < 12; m++)
        {
          JsonObject *row = json_array_get_object_element (rows, m);

          g_assert_cmpint (json_object_get_int_member (row, "month"), ==, m + 1);
          g_assert_cmpfloat (json_object_get_double_member (row, "freelance_cost"), ==,
                             json_object_get_double_member (results, "freelance_cost_month"));
          g_assert_cmpfloat (json_object_get_double_member (row, "hire_cost"), ==,
                             json_object_get_double_member (results, "hire_cost_month"));
        }
      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (results, "year_freelance_cost"),
                                      12 * json_object_get_double_member (results, "freelance_cost_month"), 0.001);
      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (results, "year_hire_cost"),
                                      12 * json_object_get_double_member (results, "hire_cost_month"), 0.001);
      g_assert_cmpstr (json_object_get_string_member (results, "cheapest_year"), ==,
                       json_object_get_string_member (results, "cheapest"));
    }
}

static void
count_signal (gpointer  instance,
              guint    *count)
{
  (*count)++;
}

static void
test_presets (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  OffloadActivity *activity = offload_assessment_get_activity (assessment);
  OffloadScenario *scenario = offload_assessment_get_active_scenario (assessment);
  const double *f = offload_activity_get_monthly (activity);
  const double custom[12] = { 2, 2, 2, 2, 2, 2, 2, 0, 2, 2, 2, 2 };
  const double negative[12] = { 1, 1, 1, 1, 1, 1, 1, -1, 1, 1, 1, 1 };
  const double zeros[12] = { 0 };
  double before[12];
  guint changed = 0, activity_changed = 0;
  double sum = 0;
  g_autoptr(GHashTable) log = NULL;

  g_signal_connect (assessment, "changed", G_CALLBACK (count_signal), &changed);
  g_signal_connect (activity, "changed", G_CALLBACK (count_signal), &activity_changed);
  log = testing_notify_log_new (activity);

  /* Growing 30 %: a straight line, December 1.3 × January, mean 1. */
  offload_activity_set_growing (activity, 0.3);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (testing_notify_log_count (log, "profile"), ==, 1);
  assert_close (f[11] / f[0], 1.3);
  for (guint m = 0; m < 12; m++)
    sum += f[m];
  assert_close (sum, 12);
  for (guint m = 1; m < 11; m++)
    assert_close (f[m + 1] - f[m], f[m] - f[m - 1]);
  /* The same again is no change. */
  offload_activity_set_growing (activity, 0.3);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (activity_changed, ==, 1);
  /* A growing year's busiest month is December: the hire costs more. */
  g_assert_cmpfloat (offload_scenario_get_year (scenario)->peak_hours_freed, >,
                     offload_scenario_get_results (scenario)->hours_freed_month);

  /* The catalog's seasonal default: its constants, read here to fill
   * twelve months as docs/catalog.md words it. */
  offload_activity_set_profile (activity, OFFLOAD_ACTIVITY_SEASONAL);
  {
    OffloadCatalog *catalog = offload_catalog_get_default ();
    guint first = (guint) offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_ACTIVITY_BUSY_FIRST);
    guint n = (guint) offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_ACTIVITY_BUSY_MONTHS);
    double factor = offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_ACTIVITY_BUSY_FACTOR);
    double quiet = 12 / (12 - n + n * factor);

    for (guint m = 0; m < 12; m++)
      {
        gboolean is_busy = (m + 12 - (first - 1)) % 12 < n;

        assert_close (f[m], is_busy ? quiet * factor : quiet);
      }
  }
  g_assert_cmpuint (changed, ==, 2);

  /* Custom: scaled to a mean of 1; a month may be 0. */
  g_assert_true (offload_activity_set_custom (activity, custom));
  assert_close (f[0], 12.0 / 22 * 2);
  g_assert_cmpfloat (f[7], ==, 0);
  g_assert_cmpuint (changed, ==, 3);

  /* Refused, and nothing changed. */
  memcpy (before, f, sizeof before);
  g_assert_false (offload_activity_set_custom (activity, negative));
  g_assert_false (offload_activity_set_custom (activity, zeros));
  g_assert_cmpmem (before, sizeof before, f, 12 * sizeof (double));
  g_assert_cmpuint (changed, ==, 3);
  g_assert_cmpint (offload_activity_get_profile (activity), ==, OFFLOAD_ACTIVITY_CUSTOM);

  /* Out-of-range growth is clamped, NaN ignored. */
  offload_activity_set_growing (activity, 50);
  assert_close (offload_activity_get_growth_per_year (activity), OFFLOAD_ACTIVITY_GROWTH_MAX);
  offload_activity_set_growing (activity, NAN);
  assert_close (offload_activity_get_growth_per_year (activity), OFFLOAD_ACTIVITY_GROWTH_MAX);

  offload_activity_set_steady (activity);
  for (guint m = 0; m < 12; m++)
    g_assert_cmpfloat (f[m], ==, 1);

  /* A scenario added later follows the same activity. */
  offload_activity_set_growing (activity, 1);
  {
    OffloadScenario *added = offload_assessment_add_scenario (assessment, NULL);

    g_assert_cmpfloat (offload_scenario_get_year (added)->peak_hours_freed, ==,
                       offload_scenario_get_year (scenario)->peak_hours_freed);
  }
  g_signal_handlers_disconnect_by_data (assessment, &changed);
  g_signal_handlers_disconnect_by_data (activity, &activity_changed);
}

/* ---- documents ----------------------------------------------------------- */

/* full.offload as Offload saves it: every member of version 4 in place. */
static char *
full_text (void)
{
  g_autoptr(GFile) file = testing_fixture ("good", "full.offload");
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) document = offload_document_new_from_file (NULL, file, NULL, &error);
  g_autoptr(GBytes) bytes = NULL;

  g_assert_no_error (error);
  bytes = offload_document_serialize (document);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* @text with its "activity" member replaced by @member (NULL: removed). */
static GBytes *
with_activity (const char *text,
               const char *member)
{
  GString *edited = g_string_new (text);
  char *start = strstr (edited->str, ",\n  \"activity\": ");
  char *end;

  g_assert_nonnull (start);
  end = strstr (start, "\n  \"results\"");
  g_assert_nonnull (end);
  end--;   /* the comma before "results" */
  g_string_erase (edited, start - edited->str, end - start);
  if (member != NULL)
    {
      g_autofree char *inserted = g_strdup_printf (",\n  \"activity\": %s", member);

      g_string_insert (edited, start - edited->str, inserted);
    }
  return g_string_free_to_bytes (edited);
}

static void
test_round_trip (void)
{
  static const char * const members[] = {
    "{\"profile\": \"growing\", \"growth_per_year\": 0.6}",
    "{\"profile\": \"seasonal\", \"monthly\": [1, 1, 1, 1, 1, 1, 0.5, 0.5, 1, 2, 2, 3]}",
    "{\"profile\": \"custom\", \"monthly\": [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8], \"growth_per_year\": 0}",
    "{\"profile\": \"steady\"}",
  };
  g_autofree char *text = full_text ();

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autoptr(GBytes) bytes = with_activity (text, members[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(OffloadDocument) document = offload_document_new_from_bytes (NULL, bytes, &error);
      g_autoptr(OffloadDocument) reloaded = NULL;
      g_autoptr(GBytes) saved = NULL;
      g_autoptr(GBytes) saved_again = NULL;
      OffloadActivity *activity;
      double sum = 0;

      g_assert_no_error (error);
      g_assert_false (offload_document_get_unsaved (document));
      activity = offload_assessment_get_activity (offload_document_get_assessment (document));
      for (guint m = 0; m < 12; m++)
        sum += offload_activity_get_monthly (activity)[m];
      assert_close (sum, 12);
      if (i == 0)
        {
          g_assert_cmpint (offload_activity_get_profile (activity), ==, OFFLOAD_ACTIVITY_GROWING);
          assert_close (offload_activity_get_monthly (activity)[11] / offload_activity_get_monthly (activity)[0], 1.6);
        }
      if (i == 2)
        /* 3 of a total of 52: scaled to a mean of 1. */
        assert_close (offload_activity_get_monthly (activity)[0], 3 * 12.0 / 52);

      saved = offload_document_serialize (document);
      reloaded = offload_document_new_from_bytes (NULL, saved, &error);
      g_assert_no_error (error);
      saved_again = offload_document_serialize (reloaded);
      g_assert_cmpmem (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved),
                       g_bytes_get_data (saved_again, NULL), g_bytes_get_size (saved_again));
    }

  /* Without "activity" a document is a steady year. */
  {
    g_autoptr(GBytes) bytes = with_activity (text, NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(OffloadDocument) document = offload_document_new_from_bytes (NULL, bytes, &error);

    g_assert_no_error (error);
    g_assert_cmpint (offload_activity_get_profile (offload_assessment_get_activity (offload_document_get_assessment (document))),
                     ==, OFFLOAD_ACTIVITY_STEADY);
  }
}

static void
test_hostile_activity (void)
{
  static const struct {
    const char   *member;
    OffloadError  code;
    const char   *needle;
  } cases[] = {
    { "{\"profile\": \"custom\", \"monthly\": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}", OFFLOAD_ERROR_RANGE, "activity.monthly" },
    { "{\"profile\": \"custom\", \"monthly\": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}", OFFLOAD_ERROR_RANGE, "activity.monthly" },
    { "{\"profile\": \"custom\", \"monthly\": []}", OFFLOAD_ERROR_RANGE, "activity.monthly" },
    { "{\"profile\": \"custom\", \"monthly\": [1, 1, 1, 1, 1, 1, 1, -0.5, 1, 1, 1, 1]}", OFFLOAD_ERROR_RANGE, "activity.monthly[7]" },
    { "{\"profile\": \"seasonal\", \"monthly\": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1001]}", OFFLOAD_ERROR_RANGE, "activity.monthly[11]" },
    { "{\"profile\": \"custom\", \"monthly\": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]}", OFFLOAD_ERROR_RANGE, "activity.monthly" },
    { "{\"profile\": \"custom\", \"monthly\": [1, 1, 1, 1, 1, \"1\", 1, 1, 1, 1, 1, 1]}", OFFLOAD_ERROR_TYPE, "activity.monthly[5]" },
    { "{\"profile\": \"custom\", \"monthly\": [1, 1, 1, 1, 1, null, 1, 1, 1, 1, 1, 1]}", OFFLOAD_ERROR_TYPE, "activity.monthly[5]" },
    { "{\"profile\": \"custom\", \"monthly\": [true, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}", OFFLOAD_ERROR_TYPE, "activity.monthly[0]" },
    { "{\"profile\": \"custom\", \"monthly\": [[1], 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}", OFFLOAD_ERROR_TYPE, "activity.monthly[0]" },
    { "{\"profile\": \"custom\", \"monthly\": \"flat\"}", OFFLOAD_ERROR_TYPE, "activity.monthly" },
    { "{\"profile\": \"custom\"}", OFFLOAD_ERROR_MISSING, "activity.monthly" },
    { "{\"profile\": \"seasonal\"}", OFFLOAD_ERROR_MISSING, "activity.monthly" },
    { "{\"profile\": \"growing\"}", OFFLOAD_ERROR_MISSING, "activity.growth_per_year" },
    { "{\"profile\": \"growing\", \"growth_per_year\": \"0.6\"}", OFFLOAD_ERROR_TYPE, "activity.growth_per_year" },
    { "{\"profile\": \"growing\", \"growth_per_year\": -1}", OFFLOAD_ERROR_RANGE, "activity.growth_per_year" },
    { "{\"profile\": \"growing\", \"growth_per_year\": 11}", OFFLOAD_ERROR_RANGE, "activity.growth_per_year" },
    { "{\"profile\": \"weekly\"}", OFFLOAD_ERROR_RANGE, "activity.profile" },
    { "{\"profile\": \"Steady\"}", OFFLOAD_ERROR_RANGE, "activity.profile" },
    { "{\"profile\": 1}", OFFLOAD_ERROR_TYPE, "activity.profile" },
    { "{\"monthly\": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}", OFFLOAD_ERROR_MISSING, "activity.profile" },
    { "{\"profile\": \"steady\", \"busy\": [12]}", OFFLOAD_ERROR_UNKNOWN_MEMBER, "activity.busy" },
    { "{\"profile\": \"steady\", \"monthly\": [1, 1]}", OFFLOAD_ERROR_RANGE, "activity.monthly" },
    { "\"seasonal\"", OFFLOAD_ERROR_TYPE, "activity" },
    { "[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]", OFFLOAD_ERROR_TYPE, "activity" },
    { "null", OFFLOAD_ERROR_TYPE, "activity" },
  };
  g_autofree char *text = full_text ();
  g_autoptr(GBytes) good = with_activity (text, "{\"profile\": \"growing\", \"growth_per_year\": 0.6}");
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) open = offload_document_new_from_bytes (NULL, good, &error);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  g_assert_no_error (error);
  before = offload_document_serialize (open);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = with_activity (text, cases[i].member);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(OffloadDocument) document = offload_document_new_from_bytes (NULL, bytes, &local_error);

      if (document != NULL || !g_error_matches (local_error, OFFLOAD_ERROR, (int) cases[i].code) ||
          strstr (local_error->message, cases[i].needle) == NULL)
        g_error ("case %u (%s): %s", i, cases[i].member, local_error ? local_error->message : "accepted");
    }

  /* "activity" and "hire_sizing" belong to version 5: in a version 4 file
   * they are unknown members. */
  {
    g_autoptr(GError) local_error = NULL;
    g_autoptr(OffloadDocument) document = NULL;
    g_autoptr(GBytes) bytes = NULL;
    GString *edited = g_string_new (text);

    g_assert_cmpuint (g_string_replace (edited, "\"version\": 5,", "\"version\": 4,", 1), ==, 1);
    g_assert_cmpuint (g_string_replace (edited, "\n  \"tasks\": {},", "", 1), ==, 1);
    bytes = g_string_free_to_bytes (edited);
    document = offload_document_new_from_bytes (NULL, bytes, &local_error);
    g_assert_null (document);
    g_assert_error (local_error, OFFLOAD_ERROR, OFFLOAD_ERROR_UNKNOWN_MEMBER);
  }
  {
    static const char * const sizings[] = { "\"both\"", "1", "null", "\"Peak\"" };

    for (guint i = 0; i < G_N_ELEMENTS (sizings); i++)
      {
        g_autoptr(GError) local_error = NULL;
        g_autoptr(OffloadDocument) document = NULL;
        g_autoptr(GBytes) bytes = NULL;
        g_autofree char *value = g_strdup_printf ("\"hire_sizing\": %s", sizings[i]);
        GString *edited = g_string_new (text);

        g_assert_cmpuint (g_string_replace (edited, "\"hire_sizing\": \"peak\"", value, 1), ==, 1);
        bytes = g_string_free_to_bytes (edited);
        document = offload_document_new_from_bytes (NULL, bytes, &local_error);
        g_assert_null (document);
        g_assert_nonnull (local_error);
        g_assert_nonnull (strstr (local_error->message, "inputs.hire_sizing"));
      }
  }

  /* The open document is untouched. */
  after = offload_document_serialize (open);
  g_assert_cmpmem (g_bytes_get_data (before, NULL), g_bytes_get_size (before),
                   g_bytes_get_data (after, NULL), g_bytes_get_size (after));
  g_assert_false (offload_document_get_unsaved (open));
}

/* Changing the activity makes the document unsaved (autosave sees it). */
static void
test_activity_unsaved (void)
{
  g_autofree char *text = full_text ();
  g_autoptr(GBytes) bytes = with_activity (text, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) document = offload_document_new_from_bytes (NULL, bytes, &error);
  OffloadAssessment *assessment;
  OffloadScenario *scenario;

  g_assert_no_error (error);
  g_assert_false (offload_document_get_unsaved (document));
  assessment = offload_document_get_assessment (document);
  offload_activity_set_steady (offload_assessment_get_activity (assessment));
  g_assert_false (offload_document_get_unsaved (document));
  offload_activity_set_profile (offload_assessment_get_activity (assessment), OFFLOAD_ACTIVITY_SEASONAL);
  g_assert_true (offload_document_get_unsaved (document));

  scenario = offload_assessment_get_active_scenario (assessment);
  g_assert_cmpint (offload_scenario_get_hire_sizing (scenario), ==, OFFLOAD_HIRE_SIZING_PEAK);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/year/hand-seasonal", test_hand_seasonal);
  g_test_add_func ("/year/idle-at-minimum", test_idle_at_minimum);
  g_test_add_func ("/year/steady-is-twelve-months", test_steady_property);
  g_test_add_func ("/year/presets", test_presets);
  g_test_add_func ("/year/document-round-trip", test_round_trip);
  g_test_add_func ("/year/hostile-activity", test_hostile_activity);
  g_test_add_func ("/year/activity-unsaved", test_activity_unsaved);

  return g_test_run ();
}
