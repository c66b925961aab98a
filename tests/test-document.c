/* test-document.c: loading, saving, round trips and the unsaved state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "offload-document.h"
#include "offload-error.h"
#include "testing.h"

static char *tmp_dir;

static char *
temp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static GBytes *
read_bytes (const char *path)
{
  g_autofree char *data = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (g_steal_pointer (&data), length);
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  gsize la, lb;
  const char *da = g_bytes_get_data (a, &la);
  const char *db = g_bytes_get_data (b, &lb);
  g_autofree char *sa = g_strndup (da, la);
  g_autofree char *sb = g_strndup (db, lb);

  g_assert_cmpstr (sa, ==, sb);
  g_assert_cmpuint (la, ==, lb);
}

static void
test_load_fixture (void)
{
  g_autoptr(GFile) file = testing_fixture ("good", "full.offload");
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) document = offload_document_new_from_file (NULL, file, NULL, &error);
  OffloadAssessment *assessment;
  g_autofree char *created = NULL;

  g_assert_no_error (error);
  assessment = offload_document_get_assessment (document);
  g_assert_cmpstr (offload_document_get_title (document), ==, "Atelier \"Dupont & fils\" — été 2026");
  g_assert_cmpfloat (offload_assessment_get_hours_per_day (assessment), ==, 2.75);
  g_assert_cmpfloat (offload_assessment_get_days_per_week (assessment), ==, 6);
  g_assert_cmpfloat (offload_assessment_get_weeks_per_month (assessment), ==, 4.25);
  g_assert_cmpfloat (offload_assessment_get_hourly_value (assessment), ==, 95);
  g_assert_cmpfloat (offload_assessment_get_interruptions_per_day (assessment), ==, 12);
  g_assert_true (offload_assessment_get_checked (assessment, "late-invoicing"));
  g_assert_false (offload_assessment_get_checked (assessment, "stale-crm"));
  g_assert_cmpfloat (offload_assessment_get_monthly_hours (assessment), ==, 2.75 * 6 * 4.25);
  created = g_date_time_format_iso8601 (offload_document_get_created (document));
  g_assert_cmpstr (created, ==, "2026-06-01T07:00:00Z");
  g_assert_false (offload_document_get_unsaved (document));
  g_assert_true (g_file_equal (offload_document_get_file (document), file));
  g_assert_cmpuint (g_strv_length ((char **) offload_document_get_ignored_answers (document)), ==, 0);
}

/* Three scenarios, the second active, each with its own inputs. */
static void
test_load_scenarios (void)
{
  g_autoptr(GFile) file = testing_fixture ("good", "full.offload");
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) document = offload_document_new_from_file (NULL, file, NULL, &error);
  OffloadAssessment *assessment;
  GListModel *scenarios;
  g_autoptr(OffloadScenario) first = NULL;
  g_autoptr(OffloadScenario) third = NULL;
  OffloadScenario *active;
  double value = 0;

  g_assert_no_error (error);
  assessment = offload_document_get_assessment (document);
  scenarios = offload_assessment_get_scenarios (assessment);
  g_assert_cmpuint (g_list_model_get_n_items (scenarios), ==, 3);
  first = g_list_model_get_item (scenarios, 0);
  third = g_list_model_get_item (scenarios, 2);
  active = offload_assessment_get_active_scenario (assessment);

  g_assert_cmpstr (offload_scenario_get_name (first), ==, "Une heure par jour à une assistante");
  g_assert_cmpstr (offload_scenario_get_name (active), ==, "Everything to a freelancer, with VAT");
  g_assert_true (offload_scenario_get_freelance_vat (active));
  g_assert_false (offload_scenario_get_freelance_vat (first));
  offload_scenario_get_input (first, OFFLOAD_INPUT_DELEGATED_SHARE, &value);
  g_assert_cmpfloat (value, ==, 0.35);
  offload_scenario_get_input (third, OFFLOAD_INPUT_HIRE_MIN_WEEKLY_HOURS, &value);
  g_assert_cmpfloat (value, ==, 17.5);
  offload_scenario_get_input (active, OFFLOAD_INPUT_FREELANCE_RATE, &value);
  g_assert_cmpfloat (value, ==, 42);
  /* 2.75 h × 6 days × 4.25 weeks, all handed over, at 42 € + 20 % VAT. */
  g_assert_cmpfloat_with_epsilon (offload_scenario_get_results (active)->freelance_cost_month,
                                  2.75 * 6 * 4.25 * 42 * 1.2, 1e-9);
  g_assert_false (offload_document_get_unsaved (document));

  /* Switching scenario is a change to save. */
  offload_assessment_set_active_scenario (assessment, first);
  g_assert_true (offload_document_get_unsaved (document));

  /* Every scenario dies with its document (the active one is a copy made
   * while loading: it must not keep an extra reference). */
  g_object_add_weak_pointer (G_OBJECT (active), (gpointer *) &active);
  g_clear_object (&first);
  g_clear_object (&third);
  g_clear_object (&document);
  g_assert_null (active);
}

/* The active entry of "scenarios" repeats "inputs"; when a tool edited
 * only one of them, "inputs" is what counts. */
static void
test_inputs_win (void)
{
  g_autoptr(GFile) file = testing_fixture ("good", "full.offload");
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GBytes) original = read_bytes (path);
  g_autoptr(GBytes) edited = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) document = NULL;
  GString *text = g_string_new_len (g_bytes_get_data (original, NULL), g_bytes_get_size (original));
  double value = 0;
  char *second;

  /* The second "freelance_rate": 42 is the active scenario's entry. */
  second = strstr (strstr (text->str, "\"freelance_rate\": 42") + 1, "\"freelance_rate\": 42");
  g_assert_nonnull (second);
  memcpy (second, "\"freelance_rate\": 99", strlen ("\"freelance_rate\": 99"));
  edited = g_string_free_to_bytes (text);

  document = offload_document_new_from_bytes (NULL, edited, &error);
  g_assert_no_error (error);
  offload_scenario_get_input (offload_assessment_get_active_scenario (offload_document_get_assessment (document)),
                              OFFLOAD_INPUT_FREELANCE_RATE, &value);
  g_assert_cmpfloat (value, ==, 42);
}

/* A version 1 file opens with one scenario of the catalog's defaults, is not
 * "changed" by being opened, and saves as version 3. */
static void
test_migrate_v1 (void)
{
  g_autoptr(GFile) file = testing_fixture ("v1", "full.offload");
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) document = offload_document_new_from_file (NULL, file, NULL, &error);
  g_autoptr(OffloadDocument) reloaded = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  OffloadAssessment *assessment;
  OffloadScenario *scenario;
  const char *text;
  double value = 0;

  g_assert_no_error (error);
  assessment = offload_document_get_assessment (document);
  g_assert_false (offload_document_get_unsaved (document));
  /* What version 1 held is kept. */
  g_assert_cmpstr (offload_document_get_title (document), ==, "Atelier \"Dupont & fils\" — été 2026");
  g_assert_cmpfloat (offload_assessment_get_hours_per_day (assessment), ==, 2.75);
  g_assert_cmpfloat (offload_assessment_get_hourly_value (assessment), ==, 95);
  g_assert_true (offload_assessment_get_checked (assessment, "key-person"));
  g_assert_cmpint (offload_assessment_get_readiness (assessment), ==, 42);

  /* The comparison starts from the catalog's defaults. */
  g_assert_cmpuint (g_list_model_get_n_items (offload_assessment_get_scenarios (assessment)), ==, 1);
  scenario = offload_assessment_get_active_scenario (assessment);
  g_assert_cmpstr (offload_scenario_get_name (scenario), ==, "Scenario 1");
  offload_scenario_get_input (scenario, OFFLOAD_INPUT_DELEGATED_SHARE, &value);
  g_assert_cmpfloat (value, ==, 0.75);
  offload_scenario_get_input (scenario, OFFLOAD_INPUT_HIRE_GROSS_HOURLY, &value);
  g_assert_cmpfloat (value, ==, 12.02);
  g_assert_cmpfloat_with_epsilon (offload_scenario_get_results (scenario)->hours_freed_month,
                                  2.75 * 6 * 4.25 * 0.75, 1e-9);

  /* Saved as version 3, which reads back the same and saves identically. */
  saved = offload_document_serialize (document);
  text = g_bytes_get_data (saved, NULL);
  g_assert_nonnull (strstr (text, "\"version\": 3,"));
  g_assert_nonnull (strstr (text, "\"plan\": [],"));
  g_assert_nonnull (strstr (text, "\"delegated_share\": 0.75"));
  g_assert_nonnull (strstr (text, "\"active_scenario\": 0"));
  reloaded = offload_document_new_from_bytes (NULL, saved, &error);
  g_assert_no_error (error);
  saved_again = offload_document_serialize (reloaded);
  assert_bytes_equal (saved, saved_again);
}

/* Every committed version 1 file opens, with the same figures as before. */
static void
test_migrate_v1_all (void)
{
  const char * const names[] = { "full.offload", "seed-example.offload", "bakery.offload" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GFile) v1 = testing_fixture ("v1", names[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(OffloadDocument) document = offload_document_new_from_file (NULL, v1, NULL, &error);
      g_autofree char *path = g_file_get_path (v1);
      g_autoptr(GBytes) bytes = read_bytes (path);
      const char *text = g_bytes_get_data (bytes, NULL);
      g_autofree char *cost = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (strstr (text, "\"version\": 1,"));
      /* The monthly cost the version 1 file recorded, recomputed. */
      cost = g_strdup_printf ("\"monthly_cost\": %g,", round (offload_assessment_get_monthly_cost (offload_document_get_assessment (document)) * 100) / 100);
      g_assert_nonnull (strstr (text, cost));
    }
}

/* The action plan of version 3: the steps done, in the file. */
static void
test_load_plan (void)
{
  g_autoptr(GFile) file = testing_fixture ("good", "full.offload");
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) document = offload_document_new_from_file (NULL, file, NULL, &error);
  OffloadAssessment *assessment;
  g_auto(GStrv) done = NULL;

  g_assert_no_error (error);
  assessment = offload_document_get_assessment (document);
  done = offload_assessment_dup_done_steps (assessment);
  g_assert_cmpuint (g_strv_length (done), ==, 2);
  g_assert_cmpstr (done[0], ==, "formalise-processes");
  g_assert_cmpstr (done[1], ==, "set-indicators");
  g_assert_false (offload_assessment_get_step_done (assessment, "define-scope"));
  g_assert_false (offload_document_get_unsaved (document));

  /* Ticking a step is a change to save. */
  offload_assessment_set_step_done (assessment, "define-scope", TRUE);
  g_assert_true (offload_document_get_unsaved (document));
}

/* Steps ticked in any order are saved in catalog order, read back, and
 * saved again to the same bytes. */
static void
test_plan_round_trip (void)
{
  g_autoptr(OffloadDocument) document = offload_document_new (NULL);
  OffloadAssessment *assessment = offload_document_get_assessment (document);
  g_autofree char *path = temp_path ("plan.offload");
  g_autofree char *path_again = temp_path ("plan-again.offload");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) file_again = g_file_new_for_path (path_again);
  g_autoptr(OffloadDocument) reloaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) bytes_again = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) done = NULL;
  const char *text;

  offload_assessment_set_step_done (assessment, "review-scope", TRUE);
  offload_assessment_set_step_done (assessment, "define-scope", TRUE);
  offload_assessment_set_step_done (assessment, "choose-provider", TRUE);
  offload_assessment_set_step_done (assessment, "choose-provider", FALSE);
  g_assert_true (offload_document_save (document, file, NULL, &error));
  g_assert_no_error (error);

  bytes = read_bytes (path);
  text = g_bytes_get_data (bytes, NULL);
  g_assert_nonnull (strstr (text, "\"version\": 3,"));
  g_assert_nonnull (strstr (text, "\"plan\": [\n    \"define-scope\",\n    \"review-scope\"\n  ],\n  \"results\""));

  reloaded = offload_document_new_from_file (NULL, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (offload_document_get_unsaved (reloaded));
  done = offload_assessment_dup_done_steps (offload_document_get_assessment (reloaded));
  g_assert_cmpuint (g_strv_length (done), ==, 2);
  g_assert_cmpstr (done[0], ==, "define-scope");
  g_assert_cmpstr (done[1], ==, "review-scope");

  g_assert_true (offload_document_save (reloaded, file_again, NULL, &error));
  bytes_again = read_bytes (path_again);
  assert_bytes_equal (bytes, bytes_again);
}

/* Every committed version 2 file opens with nothing done, unchanged by
 * being opened, and saves as version 3 with an empty plan and the very
 * figures it had. */
static void
test_migrate_v2 (void)
{
  const char * const names[] = { "full.offload", "seed-example.offload", "hand-case.offload", "bakery.offload" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GFile) v2 = testing_fixture ("v2", names[i]);
      g_autofree char *path = g_file_get_path (v2);
      g_autoptr(GBytes) original = read_bytes (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(OffloadDocument) document = offload_document_new_from_file (NULL, v2, NULL, &error);
      g_autoptr(OffloadDocument) reloaded = NULL;
      g_autoptr(GBytes) saved = NULL;
      g_autoptr(GBytes) saved_again = NULL;
      g_auto(GStrv) done = NULL;
      g_autofree char *expected = NULL;
      GString *as_v3;

      g_assert_no_error (error);
      g_assert_nonnull (strstr (g_bytes_get_data (original, NULL), "\"version\": 2,"));
      g_assert_false (offload_document_get_unsaved (document));
      done = offload_assessment_dup_done_steps (offload_document_get_assessment (document));
      g_assert_cmpuint (g_strv_length (done), ==, 0);

      /* The saved file is the version 2 file with the new version and an
       * empty plan, byte for byte: nothing else was lost or moved. */
      as_v3 = g_string_new_len (g_bytes_get_data (original, NULL), g_bytes_get_size (original));
      g_string_replace (as_v3, "\"version\": 2,", "\"version\": 3,", 1);
      g_assert_cmpuint (g_string_replace (as_v3, "\n  \"results\": {", "\n  \"plan\": [],\n  \"results\": {", 1), ==, 1);
      expected = g_string_free (as_v3, FALSE);
      saved = offload_document_serialize (document);
      g_assert_cmpstr (g_bytes_get_data (saved, NULL), ==, expected);

      reloaded = offload_document_new_from_bytes (NULL, saved, &error);
      g_assert_no_error (error);
      saved_again = offload_document_serialize (reloaded);
      assert_bytes_equal (saved, saved_again);
    }
}

/* A plan Offload cannot honour is refused with a message naming it, and
 * the document already open is left as it was. */
static void
test_bad_plan (void)
{
  static const struct {
    const char   *plan;
    OffloadError  code;
    const char   *needle;
  } cases[] = {
    { "[\"formalise-processes\", \"hire-a-robot\"]", OFFLOAD_ERROR_RANGE, "plan[1]" },
    { "[\"define-scope\", \"define-scope\"]", OFFLOAD_ERROR_RANGE, "plan[1]" },
    { "[\"DEFINE-SCOPE\"]", OFFLOAD_ERROR_RANGE, "plan[0]" },
    { "[\"\"]", OFFLOAD_ERROR_RANGE, "plan[0]" },
    { "\"define-scope\"", OFFLOAD_ERROR_TYPE, "plan" },
    { "[1, 2]", OFFLOAD_ERROR_TYPE, "plan" },
    { "[true]", OFFLOAD_ERROR_TYPE, "plan" },
    { "[null]", OFFLOAD_ERROR_TYPE, "plan" },
    { "{}", OFFLOAD_ERROR_TYPE, "plan" },
    { "null", OFFLOAD_ERROR_TYPE, "plan" },
    { "[[\"define-scope\"]]", OFFLOAD_ERROR_TYPE, "plan" },
  };
  g_autoptr(GFile) file = testing_fixture ("good", "full.offload");
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) open = offload_document_new_from_file (NULL, file, NULL, &error);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  before = offload_document_serialize (open);
  text = g_strndup (g_bytes_get_data (before, NULL), g_bytes_get_size (before));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(OffloadDocument) document = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *member = g_strdup_printf ("\"plan\": %s,", cases[i].plan);
      GString *edited = g_string_new (text);
      char *start = strstr (edited->str, "\"plan\": [");
      char *end = strstr (start, "],") + 2;

      g_string_erase (edited, start - edited->str, end - start);
      g_string_insert (edited, start - edited->str, member);
      bytes = g_string_free_to_bytes (edited);

      document = offload_document_new_from_bytes (NULL, bytes, &local_error);
      g_assert_null (document);
      g_assert_error (local_error, OFFLOAD_ERROR, (int) cases[i].code);
      g_assert_nonnull (strstr (local_error->message, cases[i].needle));
    }

  /* The same member in a version 2 file is not part of that format. */
  {
    g_autoptr(GError) local_error = NULL;
    g_autoptr(OffloadDocument) document = NULL;
    g_autoptr(GBytes) bytes = NULL;
    GString *edited = g_string_new (text);

    g_string_replace (edited, "\"version\": 3,", "\"version\": 2,", 1);
    bytes = g_string_free_to_bytes (edited);
    document = offload_document_new_from_bytes (NULL, bytes, &local_error);
    g_assert_null (document);
    g_assert_error (local_error, OFFLOAD_ERROR, OFFLOAD_ERROR_UNKNOWN_MEMBER);
    g_assert_nonnull (strstr (local_error->message, "plan"));
  }

  /* The open document is untouched: same bytes, same steps, still saved. */
  after = offload_document_serialize (open);
  assert_bytes_equal (before, after);
  g_assert_false (offload_document_get_unsaved (open));
  g_assert_true (offload_assessment_get_step_done (offload_document_get_assessment (open), "set-indicators"));
}

/* "results" is for other tools: a file that lies about it is corrected. */
static void
test_results_recomputed (void)
{
  g_autoptr(GFile) file = testing_fixture ("good", "seed-example.offload");
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) lying = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) document = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *text = NULL;
  GString *edited;

  original = read_bytes (path);
  edited = g_string_new_len (g_bytes_get_data (original, NULL), g_bytes_get_size (original));
  g_string_replace (edited, "\"monthly_cost\": 3200", "\"monthly_cost\": 1", 1);
  g_string_replace (edited, "\"verdict\": \"not-yet\"", "\"verdict\": \"urgent\"", 1);
  text = g_string_free (edited, FALSE);
  lying = g_bytes_new (text, strlen (text));

  document = offload_document_new_from_bytes (NULL, lying, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (offload_assessment_get_monthly_cost (offload_document_get_assessment (document)), ==, 3200);
  g_assert_cmpstr (offload_assessment_get_verdict (offload_document_get_assessment (document)), ==, "not-yet");
}

/* The seed example as saved by Offload is the committed fixture, byte for byte. */
static void
test_canonical_fixture (void)
{
  g_autoptr(GFile) file = testing_fixture ("good", "seed-example.offload");
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) document = offload_document_new_from_file (NULL, file, NULL, &error);
  g_autoptr(GBytes) expected = read_bytes (path);
  g_autoptr(GBytes) actual = NULL;

  g_assert_no_error (error);
  actual = offload_document_serialize (document);
  assert_bytes_equal (actual, expected);
}

static void
test_save_load_save (void)
{
  g_autoptr(OffloadDocument) document = offload_document_new (NULL);
  OffloadAssessment *assessment = offload_document_get_assessment (document);
  g_autofree char *path_a = temp_path ("a.offload");
  g_autofree char *path_b = temp_path ("b.offload");
  g_autoptr(GFile) file_a = g_file_new_for_path (path_a);
  g_autoptr(GFile) file_b = g_file_new_for_path (path_b);
  g_autoptr(OffloadDocument) reloaded = NULL;
  g_autoptr(GBytes) bytes_a = NULL;
  g_autoptr(GBytes) bytes_b = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) checked = NULL;

  /* Awkward values: fractions that are not binary-exact, text to escape. */
  offload_document_set_title (document, "Quotes \"and\" back\\slashes\ttabs, é, 😀\nnewline");
  offload_assessment_set_hours_per_day (assessment, 1.1);
  offload_assessment_set_days_per_week (assessment, 3);
  offload_assessment_set_weeks_per_month (assessment, 4.33);
  offload_assessment_set_hourly_value (assessment, 33.3);
  offload_assessment_set_interruptions_per_day (assessment, 7);
  offload_assessment_set_currency (assessment, "CHF");
  offload_assessment_set_checked (assessment, "stale-crm", TRUE);
  offload_assessment_set_checked (assessment, "inbox-overload", TRUE);
  offload_assessment_set_checked (assessment, "tiny-volume", TRUE);

  g_assert_true (offload_document_save (document, file_a, NULL, &error));
  g_assert_no_error (error);

  reloaded = offload_document_new_from_file (NULL, file_a, NULL, &error);
  g_assert_no_error (error);
  assessment = offload_document_get_assessment (reloaded);
  g_assert_cmpstr (offload_document_get_title (reloaded), ==, offload_document_get_title (document));
  g_assert_cmpfloat (offload_assessment_get_hours_per_day (assessment), ==, 1.1);
  g_assert_cmpfloat (offload_assessment_get_weeks_per_month (assessment), ==, 4.33);
  g_assert_cmpfloat (offload_assessment_get_hourly_value (assessment), ==, 33.3);
  g_assert_cmpstr (offload_assessment_get_currency (assessment), ==, "CHF");
  g_assert_cmpstr (offload_assessment_get_verdict (assessment), ==, "prepare-first");
  checked = offload_assessment_dup_checked_ids (assessment);
  g_assert_cmpuint (g_strv_length (checked), ==, 3);
  g_assert_cmpfloat (offload_assessment_get_monthly_cost (assessment), ==,
                     offload_assessment_get_monthly_cost (offload_document_get_assessment (document)));
  g_assert_true (g_date_time_equal (offload_document_get_created (reloaded),
                                    offload_document_get_created (document)));

  g_assert_true (offload_document_save (reloaded, file_b, NULL, &error));
  g_assert_no_error (error);

  bytes_a = read_bytes (path_a);
  bytes_b = read_bytes (path_b);
  assert_bytes_equal (bytes_a, bytes_b);
}

static void
test_unsaved_state (void)
{
  g_autoptr(OffloadDocument) document = offload_document_new (NULL);
  OffloadAssessment *assessment = offload_document_get_assessment (document);
  g_autofree char *path = temp_path ("unsaved.offload");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) reloaded = NULL;

  g_assert_false (offload_document_get_unsaved (document));
  offload_assessment_set_hours_per_day (assessment, 2); /* no change */
  g_assert_false (offload_document_get_unsaved (document));
  offload_assessment_set_hours_per_day (assessment, 3);
  g_assert_true (offload_document_get_unsaved (document));

  g_assert_true (offload_document_save (document, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (offload_document_get_unsaved (document));
  g_assert_true (g_file_equal (offload_document_get_file (document), file));

  offload_assessment_set_checked (offload_document_get_assessment (document), "slow-replies", TRUE);
  g_assert_true (offload_document_get_unsaved (document));
  g_assert_true (offload_document_save (document, NULL, NULL, &error));
  g_assert_false (offload_document_get_unsaved (document));

  offload_document_set_title (document, "Renamed");
  g_assert_true (offload_document_get_unsaved (document));
  g_assert_true (offload_document_save (document, NULL, NULL, &error));

  /* Loading is not editing. */
  reloaded = offload_document_new_from_file (NULL, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (offload_document_get_unsaved (reloaded));
  offload_assessment_set_currency (offload_document_get_assessment (reloaded), "GBP");
  g_assert_true (offload_document_get_unsaved (reloaded));
}

/* Saving a changed document stamps "modified"; an unchanged one keeps it. */
static void
test_modified_stamp (void)
{
  g_autoptr(GFile) source = testing_fixture ("good", "seed-example.offload");
  g_autofree char *path = temp_path ("stamp.offload");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) document = offload_document_new_from_file (NULL, source, NULL, &error);
  g_autoptr(GDateTime) before = NULL;

  g_assert_no_error (error);
  before = g_date_time_ref (offload_document_get_modified (document));
  g_assert_true (offload_document_save (document, file, NULL, &error));
  g_assert_true (g_date_time_equal (before, offload_document_get_modified (document)));

  offload_assessment_set_hourly_value (offload_document_get_assessment (document), 90);
  g_assert_true (offload_document_save (document, NULL, NULL, &error));
  g_assert_cmpint (g_date_time_compare (offload_document_get_modified (document), before), >, 0);
  g_assert_true (g_date_time_equal (offload_document_get_created (document),
                                    offload_document_get_created (document)));
}

static void
test_unknown_answers_reported (void)
{
  const char *text =
    "{\"format\": \"offload-assessment\", \"version\": 1, \"title\": \"\","
    " \"created\": \"2026-01-01T00:00:00Z\", \"modified\": \"2026-01-01T00:00:00Z\","
    " \"inputs\": {\"hours_per_day\": 2, \"days_per_week\": 5, \"weeks_per_month\": 4,"
    " \"hourly_value\": 80, \"interruptions_per_day\": 0, \"currency\": \"EUR\"},"
    " \"answers\": {\"inbox-overload\": true, \"sign-from-the-future\": true, \"stale-crm\": false,"
    " \"another-unknown\": false}}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) document = offload_document_new_from_bytes (NULL, bytes, &error);
  const char * const *ignored;

  g_assert_no_error (error);
  ignored = offload_document_get_ignored_answers (document);
  g_assert_cmpuint (g_strv_length ((char **) ignored), ==, 2);
  g_assert_true (g_strv_contains (ignored, "sign-from-the-future"));
  g_assert_true (g_strv_contains (ignored, "another-unknown"));
  g_assert_true (offload_assessment_get_checked (offload_document_get_assessment (document), "inbox-overload"));
  g_assert_false (offload_assessment_get_checked (offload_document_get_assessment (document), "stale-crm"));
}

/* Permissions are the target's; a new document is private. */
static void
test_permissions (void)
{
  g_autoptr(OffloadDocument) document = offload_document_new (NULL);
  g_autofree char *fresh = temp_path ("fresh.offload");
  g_autofree char *shared = temp_path ("shared.offload");
  g_autoptr(GFile) fresh_file = g_file_new_for_path (fresh);
  g_autoptr(GFile) shared_file = g_file_new_for_path (shared);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (offload_document_save (document, fresh_file, NULL, &error));
  g_assert_cmpint (g_stat (fresh, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_file_set_contents (shared, "old", -1, &error);
  g_assert_cmpint (g_chmod (shared, 0644), ==, 0);
  g_assert_true (offload_document_save (document, shared_file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (shared, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0644);
}

/* Saving through a symlink updates the target and keeps the link. */
static void
test_symlink (void)
{
  g_autoptr(OffloadDocument) document = offload_document_new (NULL);
  g_autofree char *target = temp_path ("target.offload");
  g_autofree char *link = temp_path ("link.offload");
  g_autoptr(GFile) link_file = g_file_new_for_path (link);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autofree char *read_target = NULL;

  g_file_set_contents (target, "old contents", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (symlink ("target.offload", link), ==, 0);

  g_assert_true (offload_document_save (document, link_file, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  read_target = g_file_read_link (link, &error);
  g_assert_cmpstr (read_target, ==, "target.offload");
  saved = read_bytes (target);
  expected = offload_document_serialize (document);
  assert_bytes_equal (saved, expected);
}

/* Whatever a save leaves, temporary or not, is a file besides @keep. */
static guint
count_other_files (const char *dir,
                   const char *keep)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (d && (name = g_dir_read_name (d)))
    n += !g_str_equal (name, keep);
  return n;
}

/* Runs in a child: as an unprivileged user when the tests run as root,
 * because root writes into read-only folders regardless. */
static void
save_into_read_only_child (void)
{
  g_autofree char *ro = temp_path ("read-only");
  g_autofree char *path = g_build_filename (ro, "kept.offload", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OffloadDocument) document = offload_document_new (NULL);
  g_autoptr(GError) error = NULL;

  if (getuid () == 0)
    {
      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
      /* Dropping privileges makes the process undumpable, which stops
       * LeakSanitizer from inspecting it at exit. */
      prctl (PR_SET_DUMPABLE, 1);
    }

  offload_assessment_set_hours_per_day (offload_document_get_assessment (document), 5);
  g_assert_false (offload_document_save (document, file, NULL, &error));
  g_assert_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "kept.offload"));
  /* The message names the user's file, never the temporary one. */
  g_assert_null (strstr (error->message, "~offload-"));
  g_assert_true (offload_document_get_unsaved (document));
  g_assert_null (offload_document_get_file (document));
}

static void
test_read_only_folder (void)
{
  g_autofree char *ro = temp_path ("read-only");
  g_autofree char *path = g_build_filename (ro, "kept.offload", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;

  if (g_test_subprocess ())
    {
      save_into_read_only_child ();
      return;
    }

  g_assert_cmpint (g_mkdir (ro, 0755), ==, 0);
  g_file_set_contents (path, "{\"the\": \"previous file\"}\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_cmpint (g_chmod (ro, 0555), ==, 0);
  /* The folder above must be reachable by the unprivileged child. */
  g_assert_cmpint (g_chmod (tmp_dir, 0755), ==, 0);
  before = read_bytes (path);

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();

  after = read_bytes (path);
  assert_bytes_equal (before, after);
  g_assert_cmpuint (count_other_files (ro, "kept.offload"), ==, 0);
  g_chmod (ro, 0755);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  /* The read-only test's child process inherits the folder through the environment. */
  if (g_test_subprocess ())
    tmp_dir = g_strdup (g_getenv ("OFFLOAD_TEST_TMP"));
  else
    {
      tmp_dir = g_dir_make_tmp ("offload-test-document-XXXXXX", &error);
      g_assert_no_error (error);
      g_setenv ("OFFLOAD_TEST_TMP", tmp_dir, TRUE);
    }

  g_test_add_func ("/document/load-fixture", test_load_fixture);
  g_test_add_func ("/document/load-scenarios", test_load_scenarios);
  g_test_add_func ("/document/inputs-win", test_inputs_win);
  g_test_add_func ("/document/migrate-v1", test_migrate_v1);
  g_test_add_func ("/document/migrate-v1-all", test_migrate_v1_all);
  g_test_add_func ("/document/load-plan", test_load_plan);
  g_test_add_func ("/document/plan-round-trip", test_plan_round_trip);
  g_test_add_func ("/document/migrate-v2", test_migrate_v2);
  g_test_add_func ("/document/bad-plan", test_bad_plan);
  g_test_add_func ("/document/results-recomputed", test_results_recomputed);
  g_test_add_func ("/document/canonical-fixture", test_canonical_fixture);
  g_test_add_func ("/document/save-load-save", test_save_load_save);
  g_test_add_func ("/document/unsaved-state", test_unsaved_state);
  g_test_add_func ("/document/modified-stamp", test_modified_stamp);
  g_test_add_func ("/document/unknown-answers-reported", test_unknown_answers_reported);
  g_test_add_func ("/document/permissions", test_permissions);
  g_test_add_func ("/document/symlink", test_symlink);
  g_test_add_func ("/document/read-only-folder", test_read_only_folder);

  status = g_test_run ();

  if (!g_test_subprocess ())
    testing_remove_tree (tmp_dir);
  g_free (tmp_dir);

  return status;
}
