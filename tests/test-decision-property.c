/* test-decision-property.c: the decision's rules over many random documents
 *
 * Each case is a document with random inputs within the catalog's ranges
 * (their edges included), random signs and counter-indications ticked and
 * a random scenario. For each: the rules of the verdict, the warnings, the
 * focus cap, a file with only finite numbers and the answer in it, and a
 * round trip that gives the same answer; then a few changes that may only
 * strengthen the verdict.
 *
 * Case n draws from its own generator, seeded with the run's seed + n, so a
 * failure names a case that replays alone:
 *   OFFLOAD_PROPERTY_SEED=… OFFLOAD_PROPERTY_CASE=… tests/test-decision-property
 * The seed comes from GTest's (--seed) unless OFFLOAD_PROPERTY_SEED is set;
 * OFFLOAD_PROPERTY_CASES sets how many cases run (10,000; 1,000 under
 * valgrind, which runs the suite 10 to 50 times slower).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdlib.h>
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
#include "offload-json-check.h"
#include "testing.h"

#define N_CASES 10000
#define N_CASES_VALGRIND 1000

static guint32 base_seed;
static guint case_index;
static OffloadAssessment *current;   /* the assessment of the case that runs */

/* Fails the case with its inputs, so that it can be read and replayed. */
static void
fail (const char *what,
      int         line)
{
  GString *text = g_string_new (NULL);

  if (current != NULL)
    {
      OffloadScenario *scenario = offload_assessment_get_active_scenario (current);
      const char * const *ids = offload_scenario_list_inputs ();
      g_auto(GStrv) checked = offload_assessment_dup_checked_ids (current);
      g_autofree char *signs = g_strjoinv (",", checked);

      g_string_append_printf (text, "hours %.17g, days %.17g, weeks %.17g, value %.17g, interruptions %.17g, "
                              "working day %.17g, currency %s, vat %d",
                              offload_assessment_get_hours_per_day (current),
                              offload_assessment_get_days_per_week (current),
                              offload_assessment_get_weeks_per_month (current),
                              offload_assessment_get_hourly_value (current),
                              offload_assessment_get_interruptions_per_day (current),
                              offload_assessment_get_working_hours_per_day (current),
                              offload_assessment_get_currency (current),
                              offload_scenario_get_freelance_vat (scenario));
      for (guint i = 0; ids[i]; i++)
        {
          double value = 0;

          offload_scenario_get_input (scenario, ids[i], &value);
          g_string_append_printf (text, ", %s %.17g", ids[i], value);
        }
      g_string_append_printf (text, ", ticked [%s], need %d, verdict %s", signs,
                              offload_assessment_get_readiness (current), offload_assessment_get_verdict (current));
    }

  g_error ("line %d: %s, in case %u of seed %" G_GUINT32_FORMAT
           " (OFFLOAD_PROPERTY_SEED=%" G_GUINT32_FORMAT " OFFLOAD_PROPERTY_CASE=%u replays it): %s",
           line, what, case_index, base_seed, base_seed, case_index, text->str);
}

#define CHECK(condition)                                                      \
  G_STMT_START {                                                              \
    if (G_UNLIKELY (!(condition)))                                            \
      fail (#condition, __LINE__);                                            \
  } G_STMT_END

/* Within the catalog's range: often an edge or the default, else a value
 * on the slider's steps, else anywhere in the range. */
static double
random_input (GRand                  *rand,
              const OffloadInputSpec *spec)
{
  double value;

  switch (g_rand_int_range (rand, 0, 10))
    {
    case 0: return spec->min;
    case 1: return spec->max;
    case 2: return spec->default_value;
    case 3:
    case 4:
    case 5:
      {
        int steps = (int) floor ((spec->slider_max - spec->slider_min) / spec->step);

        value = spec->slider_min + spec->step * g_rand_int_range (rand, 0, steps + 1);
        break;
      }
    case 6:
    case 7:
      value = g_rand_double_range (rand, spec->slider_min, spec->slider_max);
      break;
    default:
      value = g_rand_double_range (rand, spec->min, spec->max);
      break;
    }
  if (spec->integer)
    value = round (value);
  return CLAMP (value, spec->min, spec->max);
}

static const char * const assessment_inputs[] = {
  OFFLOAD_INPUT_HOURS_PER_DAY, OFFLOAD_INPUT_DAYS_PER_WEEK, OFFLOAD_INPUT_WEEKS_PER_MONTH,
  OFFLOAD_INPUT_HOURLY_VALUE, OFFLOAD_INPUT_INTERRUPTIONS_PER_DAY, OFFLOAD_INPUT_WORKING_HOURS_PER_DAY,
};

static void
set_assessment_input (OffloadAssessment *assessment,
                      const char        *id,
                      double             value)
{
  g_autofree char *property = g_strdelimit (g_strdup (id), "_", '-');

  g_object_set (assessment, property, value, NULL);
}

static double
get_assessment_input (OffloadAssessment *assessment,
                      const char        *id)
{
  g_autofree char *property = g_strdelimit (g_strdup (id), "_", '-');
  double value = 0;

  g_object_get (assessment, property, &value, NULL);
  return value;
}

static OffloadDocument *
random_document (GRand *rand)
{
  static const double probabilities[] = { 0, 0.25, 0.5, 0.75, 1 };
  static const char * const currencies[] = { "EUR", "USD", "CHF" };
  OffloadCatalog *catalog = offload_catalog_get_default ();
  OffloadDocument *document = offload_document_new (NULL);
  OffloadAssessment *assessment = offload_document_get_assessment (document);
  OffloadScenario *scenario = offload_assessment_get_active_scenario (assessment);
  const char * const *ids = offload_scenario_list_inputs ();
  double p_sign = probabilities[g_rand_int_range (rand, 0, G_N_ELEMENTS (probabilities))];
  /* Most owners tick no counter-indication. */
  double p_counter = g_rand_int_range (rand, 0, 4) == 0 ? 0.4 : 0;

  for (guint i = 0; i < G_N_ELEMENTS (assessment_inputs); i++)
    set_assessment_input (assessment, assessment_inputs[i],
                          random_input (rand, offload_catalog_get_input (catalog, assessment_inputs[i])));
  for (guint i = 0; ids[i]; i++)
    offload_scenario_set_input (scenario, ids[i], random_input (rand, offload_catalog_get_input (catalog, ids[i])));
  offload_scenario_set_freelance_vat (scenario, g_rand_boolean (rand));
  offload_assessment_set_currency (assessment, currencies[g_rand_int_range (rand, 0, G_N_ELEMENTS (currencies))]);

  for (guint i = 0; i < offload_catalog_get_n_signs (catalog); i++)
    {
      OffloadSign *sign = offload_catalog_get_sign (catalog, i);
      double p = offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_SIGN ? p_sign : p_counter;

      if (g_rand_double (rand) < p)
        offload_assessment_set_checked (assessment, offload_sign_get_id (sign), TRUE);
    }

  return document;
}

static gboolean
any_counter (OffloadAssessment *assessment)
{
  OffloadCatalog *catalog = offload_assessment_get_catalog (assessment);

  for (guint i = 0; i < offload_catalog_get_n_signs (catalog); i++)
    {
      OffloadSign *sign = offload_catalog_get_sign (catalog, i);

      if (offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_COUNTER &&
          offload_assessment_get_checked (assessment, offload_sign_get_id (sign)))
        return TRUE;
    }
  return FALSE;
}

/* The need of the documented formula, either neighbour on an exact half. */
static gboolean
need_matches (OffloadAssessment *assessment,
              int                need)
{
  double expected = testing_need_unrounded (assessment);

  if (fabs (expected - floor (expected) - 0.5) < 1e-9)
    return need == (int) floor (expected) || need == (int) ceil (expected);
  return need == (int) round (expected);
}

/* The rules, for the assessment as it is now. */
static void
check_rules (OffloadAssessment *assessment)
{
  OffloadCatalog *catalog = offload_assessment_get_catalog (assessment);
  OffloadDecision *decision = offload_assessment_get_decision (assessment);
  const OffloadComparisonResults *r = offload_scenario_get_results (offload_assessment_get_active_scenario (assessment));
  OffloadBand *band = offload_decision_get_band (decision);
  int need = offload_decision_get_need (decision);
  gboolean pays = offload_decision_get_delegation_pays (decision);
  double months = offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_MONTHS_PER_YEAR);
  double scale;
  TestingTime time;
  TestingMoney m;

  /* Need: 0–100, the documented formula; the assessment's readiness. */
  CHECK (need >= 0 && need <= 100);
  CHECK (need_matches (assessment, need));
  CHECK (offload_assessment_get_readiness (assessment) == need);
  CHECK (g_strcmp0 (offload_assessment_get_verdict (assessment), band->id) == 0);

  /* Prepare first exactly when a counter-indication is ticked. */
  CHECK (band->counter == any_counter (assessment));

  /* It pays exactly when the cheapest option nets more than 0 a month, to
   * the cent. */
  CHECK (pays == (r->cheapest != OFFLOAD_OPTION_YOURSELF &&
                  offload_comparison_results_get_net (r, r->cheapest) >= TESTING_LEAST_GAIN));
  CHECK (pays == (MAX (r->freelance_net_month, r->hire_net_month) >= TESTING_LEAST_GAIN));
  /* And the nets are those of the formulas, worked out here: away from 0
   * by more than rounding, they say the same. */
  testing_money (assessment, &m);
  scale = MAX (1.0, MAX (m.recovered, MAX (m.freelance_cost, m.hire_cost)));
  CHECK (fabs (m.recovered - m.freelance_cost - r->freelance_net_month) <= 1e-9 * scale);
  CHECK (fabs (m.recovered - m.hire_cost - r->hire_net_month) <= 1e-9 * scale);
  if (MAX (m.recovered - m.freelance_cost, m.recovered - m.hire_cost) > TESTING_LEAST_GAIN + 1e-9 * scale)
    CHECK (pays);
  if (MAX (m.recovered - m.freelance_cost, m.recovered - m.hire_cost) < TESTING_LEAST_GAIN - 1e-9 * scale)
    CHECK (!pays);

  /* The money follows. */
  if (pays)
    {
      CHECK (offload_decision_get_best_option (decision) == r->cheapest);
      /* In whole currency units, as the sentences give it. */
      CHECK (offload_decision_get_net_gain_month (decision) == round (offload_comparison_results_get_net (r, r->cheapest)));
      CHECK (offload_decision_get_net_gain_month (decision) >= 0);
    }
  else
    {
      CHECK (offload_decision_get_best_option (decision) == OFFLOAD_OPTION_YOURSELF);
      CHECK (offload_decision_get_net_gain_month (decision) == 0);
    }
  CHECK (offload_decision_get_net_gain_year (decision) == months * offload_decision_get_net_gain_month (decision));
  CHECK (offload_decision_get_outside_net_month (decision) == MAX (r->freelance_net_month, r->hire_net_month));

  /* The band: the money's side, then the need. */
  if (!band->counter)
    {
      CHECK (band->pays == pays);
      CHECK (band == offload_catalog_band_for_need (catalog, need, pays));
      CHECK (band->min <= need && need <= band->max);
      if (pays)
        CHECK (g_str_equal (band->id, "consider") || g_str_equal (band->id, "ready") || g_str_equal (band->id, "urgent"));
      else
        CHECK (g_str_equal (band->id, need < 20 ? "not-yet" : "costs-more"));
    }
  else
    CHECK (g_str_equal (band->id, "prepare-first"));

  /* The warnings, exactly those whose condition holds. */
  {
    guint expected = testing_expected_warnings (assessment);
    guint n = 0;

    for (OffloadWarning w = 0; w < OFFLOAD_N_WARNINGS; w++)
      {
        gboolean on = (expected & (1u << w)) != 0;

        CHECK (offload_decision_has_warning (decision, w) == on);
        if (on)
          CHECK (offload_decision_get_warning (decision, n++) == w);
      }
    CHECK (offload_decision_get_n_warnings (decision) == n);
  }

  /* Admin and the focus counted never pass the working time (the admin
   * alone may), and the totals are their parts. */
  testing_time_lost (assessment, &time);
  CHECK (offload_assessment_get_monthly_hours (assessment) + offload_assessment_get_focus_hours (assessment) <=
         MAX (offload_assessment_get_monthly_hours (assessment), offload_assessment_get_working_hours_month (assessment)) *
         (1 + 1e-12));
  CHECK (offload_assessment_get_focus_hours (assessment) <= offload_assessment_get_focus_hours_uncapped (assessment));
  CHECK (offload_assessment_get_focus_hours (assessment) >= 0);
  CHECK (offload_assessment_get_total_hours (assessment) ==
         offload_assessment_get_monthly_hours (assessment) + offload_assessment_get_focus_hours (assessment));
  CHECK (fabs (offload_assessment_get_total_hours (assessment) - time.total) <= 1e-9 * MAX (1.0, time.total));
  CHECK (isfinite (offload_assessment_get_total_cost_year (assessment)));
}

/* Outside strings, a JSON text has letters only in true, false, null and
 * exponents: no NaN, Infinity, inf or nan. */
static gboolean
only_json_words (const char *text,
                 gsize       length)
{
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      if (c == '"')
        in_string = TRUE;
      else if (g_ascii_isalpha (c))
        {
          gsize end = i;

          while (end < length && g_ascii_isalpha (text[end]))
            end++;
          if (!((end - i == 4 && (strncmp (text + i, "true", 4) == 0 || strncmp (text + i, "null", 4) == 0)) ||
                (end - i == 5 && strncmp (text + i, "false", 5) == 0) ||
                (end - i == 1 && (c == 'e' || c == 'E') && i > 0 && g_ascii_isdigit (text[i - 1]))))
            return FALSE;
          i = end - 1;
        }
    }
  return !in_string;
}

/* Every number of the tree is finite. */
static gboolean
all_finite (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        JsonNode *member;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, NULL, &member))
          if (!all_finite (member))
            return FALSE;
        return TRUE;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          if (!all_finite (json_array_get_element (array, i)))
            return FALSE;
        return TRUE;
      }
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
        return isfinite (json_node_get_double (node));
      return TRUE;
    case JSON_NODE_NULL:
    default:
      return TRUE;
    }
}

static gboolean
is_type (JsonObject *object,
         const char *member,
         GType       type)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  if (type == G_TYPE_DOUBLE)
    return json_node_get_value_type (node) == G_TYPE_DOUBLE || json_node_get_value_type (node) == G_TYPE_INT64;
  return json_node_get_value_type (node) == type;
}

/* The file: strict JSON, finite numbers, the answer and the warnings of
 * the decision, with their types. */
static void
check_file (OffloadDocument *document,
            GBytes          *bytes)
{
  OffloadDecision *decision = offload_assessment_get_decision (offload_document_get_assessment (document));
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *headline = offload_decision_dup_headline (decision);
  g_auto(GStrv) why = offload_decision_dup_why (decision);
  const char *text = g_bytes_get_data (bytes, NULL);
  gsize length = g_bytes_get_size (bytes);
  JsonObject *root, *results, *answer;
  JsonArray *warnings, *why_array;

  CHECK (offload_json_check (text, length, OFFLOAD_DOCUMENT_MAX_DEPTH, &error));
  CHECK (only_json_words (text, length));
  CHECK (json_parser_load_from_data (parser, text, (gssize) length, &error));
  CHECK (all_finite (json_parser_get_root (parser)));

  root = json_node_get_object (json_parser_get_root (parser));
  results = json_object_get_object_member (root, "results");
  CHECK (results != NULL);
  CHECK (json_object_has_member (results, "answer") && JSON_NODE_HOLDS_OBJECT (json_object_get_member (results, "answer")));
  CHECK (json_object_has_member (results, "warnings") && JSON_NODE_HOLDS_ARRAY (json_object_get_member (results, "warnings")));

  answer = json_object_get_object_member (results, "answer");
  CHECK (is_type (answer, "verdict", G_TYPE_STRING));
  CHECK (is_type (answer, "delegation_pays", G_TYPE_BOOLEAN));
  CHECK (is_type (answer, "best_option", G_TYPE_STRING));
  CHECK (is_type (answer, "net_gain_month", G_TYPE_DOUBLE));
  CHECK (is_type (answer, "net_gain_year", G_TYPE_DOUBLE));
  CHECK (is_type (answer, "need", G_TYPE_INT64));
  CHECK (is_type (answer, "headline", G_TYPE_STRING));
  CHECK (json_object_has_member (answer, "why") && JSON_NODE_HOLDS_ARRAY (json_object_get_member (answer, "why")));
  CHECK (json_object_get_size (answer) == 8);

  CHECK (g_str_equal (json_object_get_string_member (answer, "verdict"), offload_decision_get_verdict (decision)));
  CHECK (g_str_equal (json_object_get_string_member (results, "verdict"), offload_decision_get_verdict (decision)));
  CHECK (json_object_get_boolean_member (answer, "delegation_pays") == offload_decision_get_delegation_pays (decision));
  CHECK (g_str_equal (json_object_get_string_member (answer, "best_option"),
                      offload_option_to_id (offload_decision_get_best_option (decision))));
  CHECK (fabs (json_object_get_double_member (answer, "net_gain_month") -
               offload_decision_get_net_gain_month (decision)) <= 0.005 + 1e-9 * offload_decision_get_net_gain_month (decision));
  CHECK (json_object_get_int_member (answer, "need") == offload_decision_get_need (decision));
  CHECK (json_object_get_int_member (results, "readiness") == offload_decision_get_need (decision));
  CHECK (g_str_equal (json_object_get_string_member (answer, "headline"), headline));
  why_array = json_object_get_array_member (answer, "why");
  CHECK (json_array_get_length (why_array) == g_strv_length (why));
  for (guint i = 0; why[i]; i++)
    CHECK (g_strcmp0 (json_array_get_string_element (why_array, i), why[i]) == 0 && why[i][0] != '\0');

  warnings = json_object_get_array_member (results, "warnings");
  CHECK (json_array_get_length (warnings) == offload_decision_get_n_warnings (decision));
  if (offload_decision_get_n_warnings (decision) == 0)
    CHECK (strstr (text, "\"warnings\": []") != NULL);
  for (guint i = 0; i < json_array_get_length (warnings); i++)
    {
      JsonObject *warning = json_array_get_object_element (warnings, i);
      OffloadWarning w = offload_decision_get_warning (decision, i);

      CHECK (warning != NULL);
      CHECK (is_type (warning, "id", G_TYPE_STRING) && is_type (warning, "input", G_TYPE_STRING) &&
             is_type (warning, "message", G_TYPE_STRING));
      CHECK (g_str_equal (json_object_get_string_member (warning, "id"), offload_warning_to_id (w)));
      CHECK (g_str_equal (json_object_get_string_member (warning, "input"), offload_warning_get_input (w)));
      CHECK (json_object_get_string_member (warning, "message")[0] != '\0');
    }
}

/* Loaded again, the same inputs give the same answer and the same file. */
static void
check_round_trip (OffloadDocument *document,
                  GBytes          *bytes)
{
  OffloadAssessment *assessment = offload_document_get_assessment (document);
  OffloadDecision *decision = offload_assessment_get_decision (assessment);
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) reloaded = offload_document_new_from_bytes (NULL, bytes, &error);
  g_autoptr(GBytes) again = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *headline_again = NULL;
  OffloadAssessment *assessment_again;
  OffloadDecision *decision_again;

  CHECK (error == NULL && reloaded != NULL);
  CHECK (!offload_document_get_unsaved (reloaded));
  assessment_again = offload_document_get_assessment (reloaded);
  decision_again = offload_assessment_get_decision (assessment_again);
  for (guint i = 0; i < G_N_ELEMENTS (assessment_inputs); i++)
    CHECK (get_assessment_input (assessment, assessment_inputs[i]) ==
           get_assessment_input (assessment_again, assessment_inputs[i]));

  CHECK (offload_decision_get_band (decision_again) == offload_decision_get_band (decision));
  CHECK (offload_decision_get_need (decision_again) == offload_decision_get_need (decision));
  CHECK (offload_decision_get_delegation_pays (decision_again) == offload_decision_get_delegation_pays (decision));
  CHECK (offload_decision_get_net_gain_month (decision_again) == offload_decision_get_net_gain_month (decision));
  headline = offload_decision_dup_headline (decision);
  headline_again = offload_decision_dup_headline (decision_again);
  CHECK (g_str_equal (headline, headline_again));

  /* The results too, and everything else: the same bytes. */
  again = offload_document_serialize (reloaded);
  CHECK (g_bytes_equal (bytes, again));
}

/* One more sign, more hours, more interruptions or a dearer hour: the
 * verdict may only get stronger, the counter-indications untouched. */
static void
check_monotonic (GRand             *rand,
                 OffloadAssessment *assessment)
{
  OffloadCatalog *catalog = offload_assessment_get_catalog (assessment);
  OffloadDecision *decision = offload_assessment_get_decision (assessment);

  for (guint step = 0; step < 4; step++)
    {
      guint before = offload_decision_get_band (decision)->strength;
      gboolean counters = any_counter (assessment);
      int need = offload_decision_get_need (decision);
      gboolean pays = offload_decision_get_delegation_pays (decision);
      guint kind = (guint) g_rand_int_range (rand, 0, 4);

      if (kind == 0)
        {
          guint start = (guint) g_rand_int_range (rand, 0, (gint32) offload_catalog_get_n_signs (catalog));

          for (guint i = 0; i < offload_catalog_get_n_signs (catalog); i++)
            {
              OffloadSign *sign = offload_catalog_get_sign (catalog, (start + i) % offload_catalog_get_n_signs (catalog));

              if (offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_SIGN &&
                  !offload_assessment_get_checked (assessment, offload_sign_get_id (sign)))
                {
                  offload_assessment_set_checked (assessment, offload_sign_get_id (sign), TRUE);
                  break;
                }
            }
        }
      else
        {
          const char *id = kind == 1 ? OFFLOAD_INPUT_HOURS_PER_DAY
                         : kind == 2 ? OFFLOAD_INPUT_INTERRUPTIONS_PER_DAY
                                     : OFFLOAD_INPUT_HOURLY_VALUE;
          const OffloadInputSpec *spec = offload_catalog_get_input (catalog, id);
          double value = get_assessment_input (assessment, id);
          /* A slider step, a few, or a jump towards the maximum. */
          double more = g_rand_boolean (rand) ? spec->step * g_rand_int_range (rand, 1, 4)
                                              : g_rand_double_range (rand, 0, spec->max - value);

          set_assessment_input (assessment, id, value + more);
          CHECK (get_assessment_input (assessment, id) >= value);
        }

      CHECK (any_counter (assessment) == counters);
      CHECK (offload_decision_get_band (decision)->strength >= before);
      /* Each of the two facts moves one way only. */
      CHECK (offload_decision_get_need (decision) >= need);
      CHECK (offload_decision_get_delegation_pays (decision) >= pays);
      check_rules (assessment);
    }
}

static guint
n_cases (void)
{
  const char *forced = g_getenv ("OFFLOAD_PROPERTY_CASES");

  if (forced != NULL)
    return (guint) g_ascii_strtoull (forced, NULL, 10);
  return RUNNING_ON_VALGRIND ? N_CASES_VALGRIND : N_CASES;
}

/* What the random cases covered. */
typedef struct
{
  guint counter;
  guint pays;
  guint warned;
  guint by_strength[8];
} Coverage;

static void
run_case (guint32   seed,
          Coverage *coverage)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(OffloadDocument) document = random_document (rand);
  g_autoptr(GBytes) bytes = NULL;
  OffloadDecision *decision;

  current = offload_document_get_assessment (document);
  decision = offload_assessment_get_decision (current);
  coverage->counter += offload_decision_get_band (decision)->counter;
  coverage->pays += offload_decision_get_delegation_pays (decision);
  coverage->warned += offload_decision_get_n_warnings (decision) > 0;
  coverage->by_strength[MIN (offload_decision_get_band (decision)->strength, G_N_ELEMENTS (coverage->by_strength) - 1)]++;

  check_rules (current);
  bytes = offload_document_serialize (document);
  check_file (document, bytes);
  check_round_trip (document, bytes);
  check_monotonic (rand, current);
  current = NULL;
}

static void
test_random_documents (void)
{
  const char *seed_text = g_getenv ("OFFLOAD_PROPERTY_SEED");
  const char *case_text = g_getenv ("OFFLOAD_PROPERTY_CASE");
  guint n = n_cases ();
  Coverage coverage = { 0 };
  gint64 start = g_get_monotonic_time ();

  base_seed = seed_text != NULL ? (guint32) g_ascii_strtoull (seed_text, NULL, 10) : (guint32) g_test_rand_int ();
  g_test_message ("seed %" G_GUINT32_FORMAT " (replay: OFFLOAD_PROPERTY_SEED=%" G_GUINT32_FORMAT "), %u cases",
                  base_seed, base_seed, case_text != NULL ? 1 : n);

  if (case_text != NULL)
    {
      case_index = (guint) g_ascii_strtoull (case_text, NULL, 10);
      run_case (base_seed + case_index, &coverage);
      return;
    }

  for (case_index = 0; case_index < n; case_index++)
    run_case (base_seed + case_index, &coverage);

  g_test_message ("%u cases in %.1f s: %u prepare first, %u paying, %u with a warning; by strength %u %u %u %u %u %u",
                  n, (g_get_monotonic_time () - start) / 1e6, coverage.counter, coverage.pays, coverage.warned,
                  coverage.by_strength[0], coverage.by_strength[1], coverage.by_strength[2],
                  coverage.by_strength[3], coverage.by_strength[4], coverage.by_strength[5]);

  /* The random cases reach every verdict, else they test little. */
  if (n >= N_CASES_VALGRIND)
    for (guint i = 0; i < offload_catalog_get_n_bands (offload_catalog_get_default ()); i++)
      g_assert_cmpuint (coverage.by_strength[i], >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/decision-property/random-documents", test_random_documents);

  return g_test_run ();
}
