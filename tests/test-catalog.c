/* test-catalog.c: the shipped catalog is complete, and a broken one fails loudly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <json-glib/json-glib.h>

#include "offload-catalog.h"
#include "offload-error.h"

static JsonNode *
load_shipped_json (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "signs.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static gboolean
any_source (OffloadCatalog *catalog,
            const char     *ref)
{
  for (guint i = 0; i < offload_catalog_get_n_signs (catalog); i++)
    if (g_strv_contains (offload_sign_get_source (offload_catalog_get_sign (catalog, i)), ref))
      return TRUE;
  return FALSE;
}

static void
test_shipped (void)
{
  OffloadCatalog *catalog = offload_catalog_get_default ();
  guint n_signs = 0, n_counters = 0;

  g_assert_true (G_IS_LIST_MODEL (catalog));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (catalog)) == OFFLOAD_TYPE_SIGN);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, offload_catalog_get_n_signs (catalog));

  for (guint i = 0; i < offload_catalog_get_n_signs (catalog); i++)
    {
      OffloadSign *sign = offload_catalog_get_sign (catalog, i);

      g_assert_nonnull (offload_catalog_get_group_title (catalog, offload_sign_get_group (sign)));
      g_assert_cmpstr (offload_sign_get_title (sign), !=, "");
      g_assert_cmpstr (offload_sign_get_explanation (sign), !=, "");
      if (offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_SIGN)
        {
          n_signs++;
          g_assert_cmpuint (offload_sign_get_weight (sign), >=, 1);
          g_assert_cmpuint (offload_sign_get_weight (sign), <=, 3);
          g_assert_nonnull (offload_sign_get_delegate (sign)[0]);
          for (guint j = 0; offload_sign_get_delegate (sign)[j]; j++)
            g_assert_nonnull (offload_catalog_get_task_title (catalog, offload_sign_get_delegate (sign)[j]));
        }
      else
        {
          n_counters++;
          g_assert_cmpstr (offload_sign_get_group (sign), ==, "preconditions");
          g_assert_nonnull (offload_sign_get_remediation (sign));
        }
    }

  /* 12 signs + 5 signals, two merged into counters or each other; 4 counters. */
  g_assert_cmpuint (n_signs, ==, 15);
  g_assert_cmpuint (n_counters, ==, 4);

  /* Every item of both articles is somewhere. */
  for (guint i = 1; i <= 12; i++)
    {
      g_autofree char *ref = g_strdup_printf ("signs#%u", i);
      g_assert_true (any_source (catalog, ref));
    }
  for (guint i = 1; i <= 5; i++)
    {
      g_autofree char *ref = g_strdup_printf ("factors#signal-%u", i);
      g_assert_true (any_source (catalog, ref));
    }
  for (guint i = 1; i <= 4; i++)
    {
      g_autofree char *ref = g_strdup_printf ("factors#counter-%u", i);
      g_assert_true (any_source (catalog, ref));
    }

  /* The merged unclear-processes entry is a counter-indication, and the
   * catalog says why. */
  g_assert_cmpint (offload_sign_get_kind (offload_catalog_lookup (catalog, "processes-not-formalised")),
                   ==, OFFLOAD_SIGN_KIND_COUNTER);
  g_assert_true (g_strv_contains (offload_sign_get_source (offload_catalog_lookup (catalog, "processes-not-formalised")),
                                  "signs#11"));
  g_assert_nonnull (offload_catalog_get_policy (catalog, "counter_overrides"));

  /* Every task has a risk and a share, each with its source; the shares
   * add up to the whole of the lost hours at most. */
  {
    double shares = 0;

    g_assert_cmpuint (offload_catalog_get_n_tasks (catalog), ==, 9);
    for (guint i = 0; i < offload_catalog_get_n_tasks (catalog); i++)
      {
        OffloadTask *task = offload_catalog_get_task (catalog, i);

        g_assert_true (offload_catalog_lookup_task (catalog, task->id) == task);
        g_assert_cmpstr (offload_catalog_get_task_title (catalog, task->id), ==, task->title);
        g_assert_cmpint (task->risk, <=, OFFLOAD_TASK_RISK_HIGH);
        g_assert_nonnull (offload_task_risk_get_title (task->risk));
        g_assert_cmpfloat (task->share, >, 0);
        g_assert_nonnull (strchr (task->risk_source, '#'));
        g_assert_nonnull (strchr (task->share_source, '#'));
        shares += task->share;
      }
    g_assert_cmpfloat_with_epsilon (shares, 1, 1e-9);
    g_assert_null (offload_catalog_lookup_task (catalog, "juggling"));
  }

  /* The five steps of the second article's transition, each cited. */
  for (guint i = 1; i <= 5; i++)
    {
      g_autofree char *ref = g_strdup_printf ("factors#step-%u", i);
      gboolean cited = FALSE;

      for (guint j = 0; j < offload_catalog_get_n_steps (catalog); j++)
        cited |= g_strv_contains ((const char * const *) offload_catalog_get_step (catalog, j)->source, ref);
      g_assert_true (cited);
    }

  /* The continuity risk hangs on the article's "one key person". */
  g_assert_true (g_strv_contains (offload_sign_get_source (offload_catalog_lookup (catalog, OFFLOAD_SIGN_KEY_PERSON)),
                                  "factors#signal-4"));

  g_assert_cmpfloat (offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_FOCUS_MINUTES), ==, 23);
  g_assert_cmpfloat (offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_MONTHS_PER_YEAR), ==, 12);
  g_assert_cmpstr (offload_catalog_get_default_currency (catalog), ==, "EUR");
  g_assert_cmpstr (offload_catalog_get_counter_band (catalog)->id, ==, "prepare-first");

  /* Every need has exactly one ranged band when handing over pays, and
   * one when it does not, and band_for_need() finds it. */
  for (int pays = 0; pays <= 1; pays++)
    for (int r = 0; r <= 100; r++)
      {
        OffloadBand *found = NULL;
        guint hits = 0;

        for (guint b = 0; b < offload_catalog_get_n_bands (catalog); b++)
          {
            OffloadBand *band = offload_catalog_get_band (catalog, b);

            if (!band->counter && band->pays == pays && band->min <= r && r <= band->max)
              {
                hits++;
                found = band;
              }
          }
        g_assert_cmpuint (hits, ==, 1);
        g_assert_true (offload_catalog_band_for_need (catalog, r, pays) == found);
      }
  /* Out of range, the need is clamped; any true value is "pays". */
  g_assert_true (offload_catalog_band_for_need (catalog, -5, FALSE) == offload_catalog_band_for_need (catalog, 0, FALSE));
  g_assert_true (offload_catalog_band_for_need (catalog, 250, TRUE) == offload_catalog_band_for_need (catalog, 100, TRUE));
  g_assert_true (offload_catalog_band_for_need (catalog, 50, 2) == offload_catalog_band_for_need (catalog, 50, TRUE));

  /* The verdicts of the issue, by strength: not-yet < costs-more < consider
   * < ready < urgent, prepare-first last. Bands are listed in that order,
   * their strength is their position, and every band that pays is stronger
   * than every band that does not. */
  {
    const char * const order[] = { "not-yet", "costs-more", "consider", "ready", "urgent", "prepare-first" };

    g_assert_cmpuint (offload_catalog_get_n_bands (catalog), ==, G_N_ELEMENTS (order));
    for (guint b = 0; b < offload_catalog_get_n_bands (catalog); b++)
      {
        OffloadBand *band = offload_catalog_get_band (catalog, b);

        g_assert_cmpstr (band->id, ==, order[b]);
        g_assert_cmpuint (band->strength, ==, b);
        g_assert_true (offload_catalog_lookup_band (catalog, band->id) == band);
        g_assert_cmpstr (band->title, !=, "");
        g_assert_cmpstr (band->advice, !=, "");
        if (b > 0 && !band->counter)
          {
            OffloadBand *weaker = offload_catalog_get_band (catalog, b - 1);

            g_assert_true (weaker->pays <= band->pays);
            if (weaker->pays == band->pays)
              g_assert_cmpint (weaker->max, <, band->min);
          }
      }
    g_assert_true (offload_catalog_get_counter_band (catalog) ==
                   offload_catalog_get_band (catalog, offload_catalog_get_n_bands (catalog) - 1));
    /* Not paying: below 20 "not yet", from 20 "costs more". */
    g_assert_cmpstr (offload_catalog_band_for_need (catalog, 19, FALSE)->id, ==, "not-yet");
    g_assert_cmpstr (offload_catalog_band_for_need (catalog, 20, FALSE)->id, ==, "costs-more");
    g_assert_cmpstr (offload_catalog_band_for_need (catalog, 100, FALSE)->id, ==, "costs-more");
    /* Paying: consider, ready from 45, urgent from 70; never "not yet". */
    g_assert_cmpstr (offload_catalog_band_for_need (catalog, 0, TRUE)->id, ==, "consider");
    g_assert_cmpstr (offload_catalog_band_for_need (catalog, 44, TRUE)->id, ==, "consider");
    g_assert_cmpstr (offload_catalog_band_for_need (catalog, 45, TRUE)->id, ==, "ready");
    g_assert_cmpstr (offload_catalog_band_for_need (catalog, 69, TRUE)->id, ==, "ready");
    g_assert_cmpstr (offload_catalog_band_for_need (catalog, 70, TRUE)->id, ==, "urgent");
  }

  /* The need score's constants and the working day, each with its source. */
  g_assert_cmpfloat (offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_NEED_SIGNS_WEIGHT), ==, 0.5);
  g_assert_cmpfloat (offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_NEED_TIME_FULL), ==, 0.5);
  g_assert_cmpfloat (offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_LONGEST_WORKING_DAY), ==, 24 - 11);
  g_assert_nonnull (offload_catalog_get_policy (catalog, "decision"));
  g_assert_nonnull (offload_catalog_get_policy (catalog, "working_day"));
  {
    OffloadInputSpec *working = offload_catalog_get_input (catalog, OFFLOAD_INPUT_WORKING_HOURS_PER_DAY);

    g_assert_nonnull (working);
    g_assert_cmpfloat (working->default_value, ==, 8);
    g_assert_cmpfloat (working->min, >, 0);
    g_assert_cmpfloat (working->max, ==, 24);
    g_assert_cmpfloat (working->slider_min, >=, working->min);
    g_assert_cmpfloat (working->slider_max, <=, working->max);
    g_assert_cmpstr (working->source, ==, "offload#working-day");
  }
}

/* The resource and the file on disk are the same catalog. */
static void
test_resource_matches_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "signs.json", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadCatalog) catalog = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&data), length);
  catalog = offload_catalog_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (offload_catalog_get_n_signs (catalog), ==,
                    offload_catalog_get_n_signs (offload_catalog_get_default ()));
  g_assert_cmpuint (offload_catalog_get_total_weight (catalog), ==,
                    offload_catalog_get_total_weight (offload_catalog_get_default ()));
  g_assert_finalize_object (g_steal_pointer (&catalog));
}

/* A mutation of the shipped catalog, and a word its error must contain. */
typedef struct
{
  const char *name;
  void      (*mutate) (JsonObject *root);
  const char *needle;
} Breakage;

static JsonObject *
element (JsonObject *root,
         const char *array,
         guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (root, array), index);
}

static JsonObject *
find (JsonObject *root,
      const char *array,
      const char *id)
{
  JsonArray *items = json_object_get_array_member (root, array);

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      if (g_str_equal (json_object_get_string_member (item, "id"), id))
        return item;
    }
  g_assert_not_reached ();
}

static void break_format (JsonObject *r) { json_object_set_string_member (r, "format", "something-else"); }
static void break_no_signs (JsonObject *r) { json_object_remove_member (r, "signs"); }
static void break_empty_signs (JsonObject *r) { json_object_set_array_member (r, "signs", json_array_new ()); }
static void break_weight (JsonObject *r) { json_object_set_int_member (element (r, "signs", 0), "weight", 4); }
static void break_weight_zero (JsonObject *r) { json_object_set_int_member (element (r, "signs", 0), "weight", 0); }
static void break_weight_type (JsonObject *r) { json_object_set_string_member (element (r, "signs", 0), "weight", "2"); }
static void break_group (JsonObject *r) { json_object_set_string_member (element (r, "signs", 0), "group", "nowhere"); }
static void break_kind (JsonObject *r) { json_object_set_string_member (element (r, "signs", 0), "kind", "maybe"); }
static void break_duplicate_id (JsonObject *r)
{
  json_object_set_string_member (element (r, "signs", 1), "id",
                                 json_object_get_string_member (element (r, "signs", 0), "id"));
}
static void break_bad_id (JsonObject *r) { json_object_set_string_member (element (r, "signs", 0), "id", "Inbox Overload"); }
static void break_empty_title (JsonObject *r) { json_object_set_string_member (element (r, "signs", 0), "title", ""); }
static void break_task (JsonObject *r)
{
  JsonArray *tasks = json_array_new ();

  json_array_add_string_element (tasks, "juggling");
  json_object_set_array_member (element (r, "signs", 0), "delegate", tasks);
}
static void break_source (JsonObject *r)
{
  JsonArray *refs = json_array_new ();

  json_array_add_string_element (refs, "blog#1");
  json_object_set_array_member (element (r, "signs", 0), "source", refs);
}
static void break_counter_remediation (JsonObject *r) { json_object_remove_member (find (r, "signs", "early-stage"), "remediation"); }
static void break_band_gap (JsonObject *r) { json_object_set_int_member (find (r, "bands", "consider"), "min", 25); }
static void break_band_overlap (JsonObject *r) { json_object_set_int_member (find (r, "bands", "consider"), "max", 50); }
static void break_band_top (JsonObject *r) { json_object_set_int_member (find (r, "bands", "urgent"), "max", 99); }
static void break_two_counter_bands (JsonObject *r) { json_object_set_boolean_member (find (r, "bands", "urgent"), "counter", TRUE); }
static void break_band_pays_missing (JsonObject *r) { json_object_remove_member (find (r, "bands", "ready"), "pays"); }
static void break_band_pays_type (JsonObject *r) { json_object_set_string_member (find (r, "bands", "ready"), "pays", "yes"); }
/* "costs more" moved to the paying side: the side that does not pay stops at 19. */
static void break_band_pays_side (JsonObject *r) { json_object_set_boolean_member (find (r, "bands", "costs-more"), "pays", TRUE); }
static void break_band_paying_gap (JsonObject *r) { json_object_set_int_member (find (r, "bands", "urgent"), "min", 71); }
static void break_need_signs_weight (JsonObject *r) { json_object_set_double_member (find (r, "constants", "need_signs_weight"), "value", 1.5); }
static void break_need_time_full (JsonObject *r) { json_object_set_int_member (find (r, "constants", "need_time_full_share"), "value", 0); }
static void break_no_working_day (JsonObject *r)
{
  JsonArray *inputs = json_object_get_array_member (r, "inputs");

  for (guint i = 0; i < json_array_get_length (inputs); i++)
    if (g_str_equal (json_object_get_string_member (json_array_get_object_element (inputs, i), "id"),
                     "working_hours_per_day"))
      {
        json_array_remove_element (inputs, i);
        return;
      }
  g_assert_not_reached ();
}
static void break_no_longest_day (JsonObject *r)
{
  JsonArray *constants = json_object_get_array_member (r, "constants");

  for (guint i = 0; i < json_array_get_length (constants); i++)
    if (g_str_equal (json_object_get_string_member (json_array_get_object_element (constants, i), "id"),
                     "longest_working_day"))
      {
        json_array_remove_element (constants, i);
        return;
      }
  g_assert_not_reached ();
}
static void break_input_missing (JsonObject *r)
{
  json_array_remove_element (json_object_get_array_member (r, "inputs"), 0);
}
static void break_input_order (JsonObject *r) { json_object_set_int_member (find (r, "inputs", "hours_per_day"), "default", 30); }
static void break_input_step (JsonObject *r) { json_object_set_int_member (find (r, "inputs", "hourly_value"), "step", 0); }
static void break_integer_input (JsonObject *r) { json_object_set_double_member (find (r, "inputs", "days_per_week"), "default", 4.5); }
static void break_constant (JsonObject *r) { json_array_remove_element (json_object_get_array_member (r, "constants"), 0); }
static void break_currency (JsonObject *r) { json_object_set_string_member (json_object_get_object_member (r, "currency"), "default", "euro"); }
static void break_unknown_member (JsonObject *r) { json_object_set_int_member (element (r, "signs", 0), "colour", 3); }
static void break_policy (JsonObject *r) { json_object_remove_member (json_object_get_object_member (r, "policy"), "counter_overrides"); }
static void break_task_risk (JsonObject *r) { json_object_set_string_member (find (r, "tasks", "quotes"), "risk", "extreme"); }
static void break_task_share_zero (JsonObject *r) { json_object_set_int_member (find (r, "tasks", "quotes"), "share", 0); }
static void break_task_share_type (JsonObject *r) { json_object_set_string_member (find (r, "tasks", "quotes"), "share", "10 %"); }
static void break_task_share_missing (JsonObject *r) { json_object_remove_member (find (r, "tasks", "quotes"), "share"); }
static void break_task_shares_sum (JsonObject *r) { json_object_set_double_member (find (r, "tasks", "quotes"), "share", 0.2); }
static void break_task_source (JsonObject *r) { json_object_set_string_member (find (r, "tasks", "quotes"), "risk_source", "blog#1"); }
static void break_task_share_source (JsonObject *r) { json_object_set_string_member (find (r, "tasks", "quotes"), "share_source", "offload"); }
static void break_task_duplicate (JsonObject *r) { json_object_set_string_member (find (r, "tasks", "quotes"), "id", "invoicing"); }
static void break_delegate_twice (JsonObject *r)
{
  JsonArray *tasks = json_array_new ();

  json_array_add_string_element (tasks, "quotes");
  json_array_add_string_element (tasks, "quotes");
  json_object_set_array_member (find (r, "signs", "late-quotes"), "delegate", tasks);
}
static void break_no_steps (JsonObject *r) { json_object_remove_member (r, "steps"); }
static void break_step_sign (JsonObject *r)
{
  JsonArray *when = json_array_new ();

  json_array_add_string_element (when, "full-moon");
  json_object_set_array_member (find (r, "steps", "define-scope"), "urgent_when", when);
}
static void break_step_no_sign (JsonObject *r) { json_object_set_array_member (find (r, "steps", "define-scope"), "urgent_when", json_array_new ()); }
static void break_step_urgency (JsonObject *r) { json_object_remove_member (find (r, "steps", "define-scope"), "urgency"); }
static void break_step_duplicate (JsonObject *r) { json_object_set_string_member (find (r, "steps", "define-scope"), "id", "review-scope"); }
static void break_step_member (JsonObject *r) { json_object_set_boolean_member (find (r, "steps", "define-scope"), "done", TRUE); }
static void break_step_source (JsonObject *r) { json_object_set_array_member (find (r, "steps", "define-scope"), "source", json_array_new ()); }
static void break_key_person (JsonObject *r) { json_object_set_string_member (find (r, "signs", OFFLOAD_SIGN_KEY_PERSON), "id", "one-person"); }

static const Breakage breakages[] = {
  { "format", break_format, "format" },
  { "no-signs", break_no_signs, "signs" },
  { "empty-signs", break_empty_signs, "signs" },
  { "weight", break_weight, "weight" },
  { "weight-zero", break_weight_zero, "weight" },
  { "weight-type", break_weight_type, "weight" },
  { "group", break_group, "group" },
  { "kind", break_kind, "kind" },
  { "duplicate-id", break_duplicate_id, "twice" },
  { "bad-id", break_bad_id, "id" },
  { "empty-title", break_empty_title, "title" },
  { "task", break_task, "juggling" },
  { "source", break_source, "blog#1" },
  { "counter-remediation", break_counter_remediation, "remediation" },
  { "band-gap", break_band_gap, "consider" },
  { "band-overlap", break_band_overlap, "0–100" },
  { "band-top", break_band_top, "100" },
  { "two-counter-bands", break_two_counter_bands, "counter" },
  { "band-pays-missing", break_band_pays_missing, "pays" },
  { "band-pays-type", break_band_pays_type, "pays" },
  { "band-pays-side", break_band_pays_side, "do not pay" },
  { "band-paying-gap", break_band_paying_gap, "urgent" },
  { "need-signs-weight", break_need_signs_weight, "need_signs_weight" },
  { "need-time-full", break_need_time_full, "need_time_full_share" },
  { "no-working-day", break_no_working_day, "working_hours_per_day" },
  { "no-longest-day", break_no_longest_day, "longest_working_day" },
  { "input-missing", break_input_missing, "inputs" },
  { "input-order", break_input_order, "slider_max" },
  { "input-step", break_input_step, "step" },
  { "integer-input", break_integer_input, "whole" },
  { "constant", break_constant, "constants" },
  { "currency", break_currency, "currency" },
  { "unknown-member", break_unknown_member, "colour" },
  { "policy", break_policy, "counter_overrides" },
  { "task-risk", break_task_risk, "extreme" },
  { "task-share-zero", break_task_share_zero, "share" },
  { "task-share-type", break_task_share_type, "share" },
  { "task-share-missing", break_task_share_missing, "share" },
  { "task-shares-sum", break_task_shares_sum, "add up" },
  { "task-source", break_task_source, "blog#1" },
  { "task-share-source", break_task_share_source, "share_source" },
  { "task-duplicate", break_task_duplicate, "twice" },
  { "delegate-twice", break_delegate_twice, "twice" },
  { "no-steps", break_no_steps, "steps" },
  { "step-sign", break_step_sign, "full-moon" },
  { "step-no-sign", break_step_no_sign, "urgent_when" },
  { "step-urgency", break_step_urgency, "urgency" },
  { "step-duplicate", break_step_duplicate, "twice" },
  { "step-member", break_step_member, "done" },
  { "step-source", break_step_source, "source" },
  { "key-person", break_key_person, OFFLOAD_SIGN_KEY_PERSON },
};

static void
test_breakage (gconstpointer data)
{
  const Breakage *breakage = data;
  g_autoptr(JsonNode) root = load_shipped_json ();
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadCatalog) catalog = NULL;

  breakage->mutate (json_node_get_object (root));
  text = json_to_string (root, TRUE);
  bytes = g_bytes_new_take (text, strlen (text));
  text = NULL;

  catalog = offload_catalog_new_from_bytes (bytes, &error);
  g_assert_null (catalog);
  g_assert_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_CATALOG);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, breakage->needle));
}

static void
test_syntax (void)
{
  const char *broken[] = { "", "{", "{\"format\": \"offload-catalog\",}", "[]", "{} {}", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (broken[i], strlen (broken[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(OffloadCatalog) catalog = offload_catalog_new_from_bytes (bytes, &error);

      g_assert_null (catalog);
      g_assert_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_CATALOG);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalog/shipped", test_shipped);
  g_test_add_func ("/catalog/resource-matches-file", test_resource_matches_file);
  g_test_add_func ("/catalog/syntax", test_syntax);
  for (guint i = 0; i < G_N_ELEMENTS (breakages); i++)
    {
      g_autofree char *path = g_strdup_printf ("/catalog/broken/%s", breakages[i].name);

      g_test_add_data_func (path, &breakages[i], test_breakage);
    }

  return g_test_run ();
}
