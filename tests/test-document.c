/* test-document.c: loading, saving, round trips and the unsaved state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "offload-document.h"
#include "offload-error.h"
#include "offload-json-writer.h"
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

/* "\"version\": 4," for the version Offload writes. */
static char *
current_version_member (void)
{
  return g_strdup_printf ("\"version\": %d,", OFFLOAD_DOCUMENT_VERSION);
}

static JsonObject *
parse_object (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static double
catalog_default (const char *id)
{
  return offload_catalog_get_input (offload_catalog_get_default (), id)->default_value;
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
 * "changed" by being opened, and saves as the current version. */
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
  g_autofree char *version = current_version_member ();

  g_assert_no_error (error);
  assessment = offload_document_get_assessment (document);
  g_assert_false (offload_document_get_unsaved (document));
  /* What version 1 held is kept. */
  g_assert_cmpstr (offload_document_get_title (document), ==, "Atelier \"Dupont & fils\" — été 2026");
  g_assert_cmpfloat (offload_assessment_get_hours_per_day (assessment), ==, 2.75);
  g_assert_cmpfloat (offload_assessment_get_hourly_value (assessment), ==, 95);
  g_assert_true (offload_assessment_get_checked (assessment, "key-person"));
  /* Version 1 knew no working day: the catalog's default. */
  g_assert_cmpfloat (offload_assessment_get_working_hours_per_day (assessment), ==, 8);
  testing_assert_need (assessment);

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

  /* Saved as the current version, which reads back the same and saves
   * identically. */
  saved = offload_document_serialize (document);
  text = g_bytes_get_data (saved, NULL);
  g_assert_nonnull (strstr (text, version));
  g_assert_nonnull (strstr (text, "\"plan\": [],"));
  g_assert_nonnull (strstr (text, "\"working_hours_per_day\": 8,"));
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
  g_autofree char *version = current_version_member ();

  offload_assessment_set_step_done (assessment, "review-scope", TRUE);
  offload_assessment_set_step_done (assessment, "define-scope", TRUE);
  offload_assessment_set_step_done (assessment, "choose-provider", TRUE);
  offload_assessment_set_step_done (assessment, "choose-provider", FALSE);
  g_assert_true (offload_document_save (document, file, NULL, &error));
  g_assert_no_error (error);

  bytes = read_bytes (path);
  text = g_bytes_get_data (bytes, NULL);
  g_assert_nonnull (strstr (text, version));
  g_assert_nonnull (strstr (text, "\"plan\": [\n    \"define-scope\",\n    \"review-scope\"\n  ],\n  \"tasks\": {},\n  \"activity\""));

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
 * being opened, and saves as the current version with an empty plan, the
 * default working day and the very inputs it had. */
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
      g_autofree char *version = current_version_member ();
      g_autofree char *saved_head = NULL;
      GString *as_v3;

      g_assert_no_error (error);
      g_assert_nonnull (strstr (g_bytes_get_data (original, NULL), "\"version\": 2,"));
      g_assert_false (offload_document_get_unsaved (document));
      done = offload_assessment_dup_done_steps (offload_document_get_assessment (document));
      g_assert_cmpuint (g_strv_length (done), ==, 0);

      /* Up to its results, the saved file is the version 2 file with the
       * new version, the working day, an empty plan and no tasks, byte for byte:
       * nothing else was lost or moved. (The results are recomputed:
       * test_older_versions() checks them.) */
      as_v3 = g_string_new_len (g_bytes_get_data (original, NULL), g_bytes_get_size (original));
      g_assert_cmpuint (g_string_replace (as_v3, "\"version\": 2,", version, 1), ==, 1);
      g_assert_cmpuint (g_string_replace (as_v3, "\n    \"currency\": ",
                                          "\n    \"working_hours_per_day\": 8,\n    \"currency\": ", 1), ==, 1);
      g_assert_cmpuint (g_string_replace (as_v3, "\n  \"results\": {", "\n  \"plan\": [],\n  \"tasks\": {},\n  \"results\": {", 1), ==, 1);
      g_string_truncate (as_v3, strstr (as_v3->str, "\n  \"results\": {") - as_v3->str);
      expected = g_string_free (as_v3, FALSE);
      saved = offload_document_serialize (document);
      saved_head = g_strndup (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved));
      g_assert_nonnull (strstr (saved_head, "\n  \"results\": {"));
      *strstr (saved_head, "\n  \"results\": {") = '\0';
      {
        /* Version 4's year adds only a hire sized for the busiest month in
         * "inputs" and each scenario, and a steady year after the plan. */
        GString *head = g_string_new (saved_head);

        g_assert_cmpuint (g_string_replace (head, ",\n    \"hire_sizing\": \"peak\"\n", "\n", 0), ==, 1);
        g_assert_cmpuint (g_string_replace (head, ",\n      \"hire_sizing\": \"peak\"\n", "\n", 0), >=, 1);
        g_assert_null (strstr (head->str, "hire_sizing"));
        g_assert_cmpuint (g_string_replace (head, ",\n  \"activity\": {\n    \"profile\": \"steady\",\n"
                                                  "    \"monthly\": [\n      1,\n      1,\n      1,\n      1,\n"
                                                  "      1,\n      1,\n      1,\n      1,\n      1,\n      1,\n"
                                                  "      1,\n      1\n    ],\n    \"growth_per_year\": 0.3\n  },",
                                            ",", 1), ==, 1);
        g_free (saved_head);
        saved_head = g_string_free (head, FALSE);
      }
      g_assert_cmpstr (saved_head, ==, expected);

      reloaded = offload_document_new_from_bytes (NULL, saved, &error);
      g_assert_no_error (error);
      saved_again = offload_document_serialize (reloaded);
      assert_bytes_equal (saved, saved_again);
    }
}

/* A plan Offload cannot honour is refused with a message naming it, and
 * the document already open is left as it was. */
/* Takes version 4's year out of a saved file ("hire_sizing" and
 * "activity"), to make an older version of it. */
static void
strip_year_members (GString *text)
{
  char *start = strstr (text->str, ",\n  \"activity\": {");
  char *end;

  g_assert_nonnull (start);
  end = strstr (start, "\n  }");
  g_assert_nonnull (end);
  g_string_erase (text, start - text->str, end + strlen ("\n  }") - start);
  g_string_replace (text, ",\n    \"hire_sizing\": \"peak\"", "", 0);
  g_string_replace (text, ",\n      \"hire_sizing\": \"peak\"", "", 0);
  g_assert_null (strstr (text->str, "hire_sizing"));
  g_assert_cmpuint (g_string_replace (text, "\n  \"tasks\": {},", "", 1), ==, 1);
}

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
    g_autofree char *version = current_version_member ();
    GString *edited = g_string_new (text);

    g_assert_cmpuint (g_string_replace (edited, version, "\"version\": 2,", 1), ==, 1);
    /* Version 5's members would be refused too: only "plan" is at stake here. */
    strip_year_members (edited);
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

/* "results" is for other tools: a file that lies about it is corrected,
 * the answer and its warnings included. */
static void
test_results_recomputed (void)
{
  g_autoptr(GFile) file = testing_fixture ("good", "seed-example.offload");
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) lying = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) document = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *text = NULL;
  OffloadAssessment *assessment;
  GString *edited;

  original = read_bytes (path);
  edited = g_string_new_len (g_bytes_get_data (original, NULL), g_bytes_get_size (original));
  /* The seed example: 2 h a day at 80 €/h, nothing ticked; it pays. */
  g_assert_cmpuint (g_string_replace (edited, "\"monthly_cost\": 3200", "\"monthly_cost\": 1", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (edited, "\"verdict\": \"consider\"", "\"verdict\": \"urgent\"", 0), ==, 2);
  g_assert_cmpuint (g_string_replace (edited, "\"delegation_pays\": true", "\"delegation_pays\": false", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (edited, "\"need\": 25", "\"need\": 99", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (edited, "\"warnings\": []",
                                      "\"warnings\": [{\"id\": \"no-hours-lost\", \"input\": \"hours_per_day\", "
                                      "\"message\": \"made up\"}]", 1), ==, 1);
  text = g_string_free (edited, FALSE);
  lying = g_bytes_new (text, strlen (text));

  document = offload_document_new_from_bytes (NULL, lying, &error);
  g_assert_no_error (error);
  assessment = offload_document_get_assessment (document);
  g_assert_cmpfloat (offload_assessment_get_monthly_cost (assessment), ==, 3200);
  g_assert_cmpstr (offload_assessment_get_verdict (assessment), ==, "consider");
  g_assert_true (offload_decision_get_delegation_pays (offload_assessment_get_decision (assessment)));
  g_assert_cmpint (offload_decision_get_need (offload_assessment_get_decision (assessment)), ==, 25);
  g_assert_cmpuint (offload_decision_get_n_warnings (offload_assessment_get_decision (assessment)), ==, 0);

  /* Saved again, it is the honest file. */
  saved = offload_document_serialize (document);
  {
    g_autoptr(OffloadDocument) honest = offload_document_new_from_bytes (NULL, original, &error);
    g_autoptr(GBytes) expected = NULL;

    g_assert_no_error (error);
    expected = offload_document_serialize (honest);
    assert_bytes_equal (saved, expected);
  }
}

/* Version 1, 2 and 3 files open with the default working day, every input
 * as the file has it, not "changed" by being opened; their results keep
 * every figure they recorded, but for the need, the verdict and the focus
 * now capped by the working day. */
/* Version 4 files (tests/documents/v4/, as Offload 4 saved them) open
 * unchanged and not modified: no task table, a steady year, each figure of
 * their results as they were; saved, they become version 5 with an empty
 * table and a steady activity, and read back the same. */
static void
test_version_4 (void)
{
  const char * const names[] = { "full.offload", "seed-example.offload", "hand-case.offload", "bakery-september.offload" };

  for (guint f = 0; f < G_N_ELEMENTS (names); f++)
    {
      g_autoptr(GFile) file = testing_fixture ("v4", names[f]);
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GBytes) original = read_bytes (path);
      g_autoptr(JsonObject) root = parse_object (original);
      g_autoptr(GError) error = NULL;
      g_autoptr(OffloadDocument) document = offload_document_new_from_file (NULL, file, NULL, &error);
      g_autoptr(OffloadDocument) reloaded = NULL;
      g_autoptr(GBytes) saved = NULL;
      g_autoptr(GBytes) saved_again = NULL;
      g_autoptr(JsonObject) saved_root = NULL;
      OffloadAssessment *assessment;
      JsonObject *results;

      g_test_message ("v4/%s", names[f]);
      g_assert_no_error (error);
      g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 4);
      g_assert_false (json_object_has_member (root, "tasks"));
      g_assert_false (json_object_has_member (root, "activity"));
      g_assert_false (offload_document_get_unsaved (document));
      assessment = offload_document_get_assessment (document);
      g_assert_false (offload_assessment_get_uses_task_hours (assessment));
      results = json_object_get_object_member (root, "results");
      g_assert_cmpfloat (json_object_get_double_member (results, "monthly_hours"), ==,
                         offload_json_round_cents (offload_assessment_get_monthly_hours (assessment)));
      g_assert_cmpfloat (json_object_get_double_member (results, "hours_freed_month"), ==,
                         offload_json_round_cents (offload_scenario_get_results (offload_assessment_get_active_scenario (assessment))->hours_freed_month));

      saved = offload_document_serialize (document);
      saved_root = parse_object (saved);
      g_assert_cmpint (json_object_get_int_member (saved_root, "version"), ==, OFFLOAD_DOCUMENT_VERSION);
      g_assert_cmpuint (json_object_get_size (json_object_get_object_member (saved_root, "tasks")), ==, 0);
      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (saved_root, "activity"), "profile"),
                       ==, "steady");
      reloaded = offload_document_new_from_bytes (NULL, saved, &error);
      g_assert_no_error (error);
      saved_again = offload_document_serialize (reloaded);
      assert_bytes_equal (saved, saved_again);
    }
}

static void
test_older_versions (void)
{
  const struct {
    const char *dir;
    const char *name;
  } files[] = {
    { "v1", "full.offload" }, { "v1", "seed-example.offload" }, { "v1", "bakery.offload" },
    { "v2", "full.offload" }, { "v2", "seed-example.offload" }, { "v2", "hand-case.offload" },
    { "v2", "bakery.offload" },
    { "v3", "full.offload" }, { "v3", "seed-example.offload" }, { "v3", "hand-case.offload" },
    { "v3", "bakery-september.offload" },
  };
  guint n_capped = 0;

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr(GFile) file = testing_fixture (files[f].dir, files[f].name);
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GBytes) original = read_bytes (path);
      g_autoptr(JsonObject) root = parse_object (original);
      g_autoptr(GError) error = NULL;
      g_autoptr(OffloadDocument) document = offload_document_new_from_file (NULL, file, NULL, &error);
      g_autoptr(GBytes) saved = NULL;
      g_autoptr(JsonObject) saved_root = NULL;
      JsonObject *inputs, *results, *saved_results;
      OffloadAssessment *assessment;
      OffloadScenario *active;
      g_autoptr(GList) members = NULL;
      TestingTime time;

      g_test_message ("%s/%s", files[f].dir, files[f].name);
      g_assert_no_error (error);
      g_assert_cmpint (json_object_get_int_member (root, "version"), ==, files[f].dir[1] - '0');
      g_assert_cmpint (json_object_get_int_member (root, "version"), <, OFFLOAD_DOCUMENT_VERSION);
      assessment = offload_document_get_assessment (document);
      active = offload_assessment_get_active_scenario (assessment);
      g_assert_false (offload_document_get_unsaved (document));

      /* No working day in the file: the catalog's default. */
      inputs = json_object_get_object_member (root, "inputs");
      g_assert_false (json_object_has_member (inputs, OFFLOAD_INPUT_WORKING_HOURS_PER_DAY));
      g_assert_cmpfloat (offload_assessment_get_working_hours_per_day (assessment), ==,
                         catalog_default (OFFLOAD_INPUT_WORKING_HOURS_PER_DAY));
      g_assert_cmpfloat (offload_assessment_get_working_hours_per_day (assessment), ==, 8);

      /* Every input as written. */
      members = json_object_get_members (inputs);
      for (GList *l = members; l; l = l->next)
        {
          const char *id = l->data;
          double value = 0;

          if (g_str_equal (id, "currency"))
            g_assert_cmpstr (offload_assessment_get_currency (assessment), ==, json_object_get_string_member (inputs, id));
          else if (g_str_equal (id, "freelance_vat"))
            g_assert_true (offload_scenario_get_freelance_vat (active) == json_object_get_boolean_member (inputs, id));
          else if (offload_scenario_get_input (active, id, &value))
            g_assert_cmpfloat (value, ==, json_object_get_double_member (inputs, id));
          else
            {
              g_autofree char *property = g_strdelimit (g_strdup (id), "_", '-');
              double got = 0;

              g_object_get (assessment, property, &got, NULL);
              g_assert_cmpfloat (got, ==, json_object_get_double_member (inputs, id));
            }
        }
      g_clear_pointer (&members, g_list_free);

      /* The figures recorded, recomputed alike. */
      saved = offload_document_serialize (document);
      saved_root = parse_object (saved);
      results = json_object_get_object_member (root, "results");
      saved_results = json_object_get_object_member (saved_root, "results");
      testing_time_lost (assessment, &time);
      members = json_object_get_members (results);
      for (GList *l = members; l; l = l->next)
        {
          const char *id = l->data;
          JsonNode *before = json_object_get_member (results, id);
          JsonNode *after = json_object_get_member (saved_results, id);

          g_assert_nonnull (after);
          if (g_str_equal (id, "readiness"))
            g_assert_cmpint (json_node_get_int (after), ==, testing_expected_need (assessment));
          else if (g_str_equal (id, "verdict"))
            g_assert_cmpstr (json_node_get_string (after), ==, offload_assessment_get_verdict (assessment));
          else if (g_str_equal (id, "focus_hours") || g_str_equal (id, "focus_cost"))
            {
              /* The file recorded the focus uncapped. */
              double uncapped = json_node_get_double (before);
              double cap = MAX (0.0, time.working - time.admin);

              if (g_str_equal (id, "focus_cost"))
                cap *= offload_assessment_get_hourly_value (assessment);
              n_capped += uncapped > cap;
              g_assert_cmpfloat_with_epsilon (json_node_get_double (after), MIN (uncapped, cap), 0.006);
            }
          else
            g_assert_true (json_node_equal (before, after));
        }
      g_assert_true (json_object_has_member (saved_results, "answer"));
      g_assert_true (json_object_has_member (saved_results, "warnings"));
    }

  /* September's bakery: 3 h of admin and 15 interruptions (5.75 h) a day
   * do not fit in 8 hours, so both of its focus figures are capped. */
  g_assert_cmpuint (n_capped, ==, 2);
}

/* The working day of version 4: written, read back, written the same. */
static void
test_working_day_round_trip (void)
{
  const double days[] = { 1, 4.5, 9.75, 13, 13.5, 24 };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(OffloadDocument) document = offload_document_new (NULL);
      OffloadAssessment *assessment = offload_document_get_assessment (document);
      g_autoptr(OffloadDocument) reloaded = NULL;
      g_autoptr(GBytes) saved = NULL;
      g_autoptr(GBytes) saved_again = NULL;
      g_autoptr(JsonObject) root = NULL;
      g_autoptr(GError) error = NULL;
      OffloadAssessment *again;

      /* A new working day is a change to save. */
      offload_assessment_set_working_hours_per_day (assessment, days[i]);
      g_assert_cmpfloat (offload_assessment_get_working_hours_per_day (assessment), ==, days[i]);
      g_assert_true (offload_document_get_unsaved (document) == (days[i] != 8));
      /* Interruptions enough for the day to cap the focus at most lengths. */
      offload_assessment_set_interruptions_per_day (assessment, 30);

      saved = offload_document_serialize (document);
      root = parse_object (saved);
      g_assert_cmpint (json_object_get_int_member (root, "version"), ==, OFFLOAD_DOCUMENT_VERSION);
      g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (root, "inputs"),
                                                        OFFLOAD_INPUT_WORKING_HOURS_PER_DAY), ==, days[i]);
      g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (root, "results"),
                                                        "working_hours_month"), ==, days[i] * 5 * 4);

      reloaded = offload_document_new_from_bytes (NULL, saved, &error);
      g_assert_no_error (error);
      g_assert_false (offload_document_get_unsaved (reloaded));
      again = offload_document_get_assessment (reloaded);
      g_assert_cmpfloat (offload_assessment_get_working_hours_per_day (again), ==, days[i]);
      g_assert_cmpfloat (offload_assessment_get_focus_hours (again), ==, offload_assessment_get_focus_hours (assessment));
      g_assert_cmpint (offload_assessment_get_readiness (again), ==, offload_assessment_get_readiness (assessment));
      testing_assert_need (again);
      saved_again = offload_document_serialize (reloaded);
      assert_bytes_equal (saved, saved_again);
    }
}

/* In version 4 the working day is optional: without it, the default. */
static void
test_working_day_optional (void)
{
  g_autoptr(GFile) file = testing_fixture ("good", "full.offload");
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GBytes) original = read_bytes (path);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) document = NULL;
  g_autofree char *version = current_version_member ();
  GString *text = g_string_new_len (g_bytes_get_data (original, NULL), g_bytes_get_size (original));
  OffloadAssessment *assessment;

  g_assert_nonnull (strstr (text->str, version));
  /* The file as Offload writes it, but for the working day. */
  g_assert_cmpuint (g_string_replace (text, "\n    \"working_hours_per_day\": 8,", "", 1), ==, 1);
  g_assert_null (strstr (text->str, "working_hours_per_day"));
  bytes = g_string_free_to_bytes (text);

  document = offload_document_new_from_bytes (NULL, bytes, &error);
  g_assert_no_error (error);
  g_assert_false (offload_document_get_unsaved (document));
  assessment = offload_document_get_assessment (document);
  g_assert_cmpfloat (offload_assessment_get_working_hours_per_day (assessment), ==,
                     catalog_default (OFFLOAD_INPUT_WORKING_HOURS_PER_DAY));
  g_assert_cmpfloat (offload_assessment_get_hours_per_day (assessment), ==, 2.75);

  /* Saved, it is written again: as the committed file saves, byte for byte. */
  saved = offload_document_serialize (document);
  {
    g_autoptr(OffloadDocument) full = offload_document_new_from_bytes (NULL, original, &error);
    g_autoptr(GBytes) expected = NULL;

    g_assert_no_error (error);
    expected = offload_document_serialize (full);
    assert_bytes_equal (saved, expected);
  }
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

/* Every view names a document the same way: its title, else its file's
 * name without the extension, else "New Assessment"; never a control
 * character, and cut with "…" when asked. */
static void
test_display_name (void)
{
  g_autoptr(OffloadDocument) fresh = offload_document_new (NULL);
  g_autoptr(GFile) fixture = testing_fixture ("good", "full.offload");
  g_autoptr(OffloadDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *fresh_name = offload_document_dup_display_name (fresh, 0);
  g_autofree char *titled = NULL;
  g_autofree char *from_file = NULL;
  g_autofree char *cut = NULL;
  g_autofree char *control = NULL;

  g_assert_cmpstr (fresh_name, ==, "New Assessment");

  loaded = offload_document_new_from_file (NULL, fixture, NULL, &error);
  g_assert_no_error (error);
  titled = offload_document_dup_display_name (loaded, 0);
  g_assert_cmpstr (titled, ==, offload_document_get_title (loaded));
  g_assert_cmpstr (titled, !=, "");

  offload_document_set_title (loaded, "");
  from_file = offload_document_dup_display_name (loaded, 0);
  g_assert_cmpstr (from_file, ==, "full");

  offload_document_set_title (loaded, "Boulangerie Martin");
  cut = offload_document_dup_display_name (loaded, 5);
  g_assert_cmpstr (cut, ==, "Boula…");

  offload_document_set_title (loaded, "Line\nbreak");
  control = offload_document_dup_display_name (loaded, 0);
  g_assert_null (strchr (control, '\n'));
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
  g_test_add_func ("/document/older-versions", test_older_versions);
  g_test_add_func ("/document/version-4", test_version_4);
  g_test_add_func ("/document/working-day-round-trip", test_working_day_round_trip);
  g_test_add_func ("/document/working-day-optional", test_working_day_optional);
  g_test_add_func ("/document/canonical-fixture", test_canonical_fixture);
  g_test_add_func ("/document/save-load-save", test_save_load_save);
  g_test_add_func ("/document/unsaved-state", test_unsaved_state);
  g_test_add_func ("/document/modified-stamp", test_modified_stamp);
  g_test_add_func ("/document/unknown-answers-reported", test_unknown_answers_reported);
  g_test_add_func ("/document/permissions", test_permissions);
  g_test_add_func ("/document/symlink", test_symlink);
  g_test_add_func ("/document/read-only-folder", test_read_only_folder);
  g_test_add_func ("/document/display-name", test_display_name);

  status = g_test_run ();

  if (!g_test_subprocess ())
    testing_remove_tree (tmp_dir);
  g_free (tmp_dir);

  return status;
}
