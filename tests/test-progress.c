/* test-progress.c: what moved between two assessments
 *
 * The bakery in September (tests/documents/good/bakery-september.offload)
 * against the bakery in November (data/examples/bakery.offload). The
 * expected figures come from the two files' inputs and the catalog's
 * weights and constants, worked out here (the need score in testing.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "offload-document.h"
#include "offload-progress.h"
#include "testing.h"

static OffloadDocument *
load (GFile *file)
{
  g_autoptr(GError) error = NULL;
  OffloadDocument *document = offload_document_new_from_file (NULL, file, NULL, &error);

  g_assert_no_error (error);
  return document;
}

static OffloadDocument *
load_september (void)
{
  g_autoptr(GFile) file = testing_fixture ("good", "bakery-september.offload");

  return load (file);
}

static OffloadDocument *
load_november (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "bakery.offload", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return load (file);
}

static double
hours_lost (OffloadAssessment *a)
{
  return offload_assessment_get_hours_per_day (a) * offload_assessment_get_days_per_week (a) *
         offload_assessment_get_weeks_per_month (a);
}

/* Readiness is the need score, the way docs/catalog.md defines it. */
static int
readiness (OffloadAssessment *a)
{
  testing_assert_need (a);
  return offload_assessment_get_readiness (a);
}

/* The entries checked in @from and not in @other, in catalog order. */
static void
assert_signs (GListModel        *model,
              OffloadAssessment *from,
              OffloadAssessment *other)
{
  OffloadCatalog *catalog = offload_assessment_get_catalog (from);
  guint k = 0;

  g_assert_true (g_list_model_get_item_type (model) == OFFLOAD_TYPE_SIGN);
  for (guint i = 0; i < offload_catalog_get_n_signs (catalog); i++)
    {
      OffloadSign *sign = offload_catalog_get_sign (catalog, i);
      const char *id = offload_sign_get_id (sign);

      if (offload_assessment_get_checked (from, id) && !offload_assessment_get_checked (other, id))
        {
          g_autoptr(OffloadSign) item = g_list_model_get_item (model, k++);

          g_assert_true (item == sign);
        }
    }
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, k);
}

static void
assert_progress (OffloadProgress *progress)
{
  OffloadAssessment *earlier = offload_progress_get_earlier (progress);
  OffloadAssessment *current = offload_progress_get_current (progress);
  double months = offload_catalog_get_constant (offload_assessment_get_catalog (current), OFFLOAD_CONSTANT_MONTHS_PER_YEAR);
  double hours_change = hours_lost (current) - hours_lost (earlier);

  g_assert_cmpfloat_with_epsilon (offload_progress_get_hours_change (progress), hours_change, 1e-9);
  if (g_str_equal (offload_assessment_get_currency (earlier), offload_assessment_get_currency (current)))
    {
      double cost_change = hours_lost (current) * offload_assessment_get_hourly_value (current) -
                           hours_lost (earlier) * offload_assessment_get_hourly_value (earlier);

      g_assert_true (offload_progress_get_same_currency (progress));
      g_assert_cmpfloat_with_epsilon (offload_progress_get_monthly_cost_change (progress), cost_change, 1e-6);
      g_assert_cmpfloat_with_epsilon (offload_progress_get_yearly_cost_change (progress), months * cost_change, 1e-6);
    }
  else
    {
      g_assert_false (offload_progress_get_same_currency (progress));
      g_assert_true (isnan (offload_progress_get_monthly_cost_change (progress)));
      g_assert_true (isnan (offload_progress_get_yearly_cost_change (progress)));
    }
  g_assert_cmpint (offload_progress_get_readiness_change (progress), ==, readiness (current) - readiness (earlier));
  g_assert_cmpstr (offload_progress_get_verdict_before (progress), ==, offload_assessment_get_verdict (earlier));
  g_assert_cmpstr (offload_progress_get_verdict_after (progress), ==, offload_assessment_get_verdict (current));
  assert_signs (offload_progress_get_cleared_signs (progress), earlier, current);
  assert_signs (offload_progress_get_new_signs (progress), current, earlier);
}

static const char *
sign_id (GListModel *model,
         guint       position)
{
  g_autoptr(OffloadSign) sign = g_list_model_get_item (model, position);

  /* The catalog keeps its signs: the id outlives this reference. */
  return offload_sign_get_id (sign);
}

/* September: 3 h a day, a key person, unwritten processes (prepare first).
 * November: 2 h a day, those two cleared, quotes and the CRM new. */
static void
test_bakery (void)
{
  g_autoptr(OffloadDocument) september = load_september ();
  g_autoptr(OffloadDocument) november = load_november ();
  OffloadAssessment *before = offload_document_get_assessment (september);
  OffloadAssessment *after = offload_document_get_assessment (november);
  g_autoptr(OffloadProgress) progress = offload_progress_new (before, after);
  GListModel *cleared = offload_progress_get_cleared_signs (progress);
  GListModel *added = offload_progress_get_new_signs (progress);

  assert_progress (progress);

  /* The same figures, by hand: 40 h against 60 h at 80 € an hour. */
  g_assert_cmpfloat (offload_progress_get_hours_change (progress), ==, 2 * 5 * 4 - 3 * 5 * 4);
  g_assert_cmpfloat (offload_progress_get_monthly_cost_change (progress), ==, -20 * 80);
  g_assert_cmpfloat (offload_progress_get_yearly_cost_change (progress), ==, -20 * 80 * 12);
  g_assert_cmpstr (offload_progress_get_verdict_before (progress), ==, "prepare-first");
  /* November: 10 interruptions a day (76.7 h of focus a month) and 40 h of
   * admin are over half of a 160 h working month, so the time half is full;
   * 20 h handed over at 35 €/h (700 €), half of them reinvested at 80 €/h
   * (800 €): it pays, and a need of 70 or more is "delegate now". */
  g_assert_cmpint (testing_expected_need (after), >=, 70);
  /* The six signs ticked weigh 2 + 3 + 2 + 2 + 2 + 3. */
  g_assert_cmpint (offload_assessment_get_readiness (after), ==,
                   (int) round (100 * (0.5 * 1 + 0.5 * (2 + 3 + 2 + 2 + 2 + 3) /
                                       offload_catalog_get_total_weight (offload_assessment_get_catalog (after)))));
  g_assert_cmpfloat_with_epsilon (testing_best_net (after), 20 * 0.5 * 80 - 20 * 35, 1e-9);
  g_assert_cmpstr (offload_progress_get_verdict_after (progress), ==, "urgent");

  g_assert_cmpuint (g_list_model_get_n_items (cleared), ==, 3);
  g_assert_cmpstr (sign_id (cleared, 0), ==, "quality-slipping");
  g_assert_cmpstr (sign_id (cleared, 1), ==, "key-person");
  g_assert_cmpstr (sign_id (cleared, 2), ==, "processes-not-formalised");
  g_assert_cmpuint (g_list_model_get_n_items (added), ==, 2);
  g_assert_cmpstr (sign_id (added, 0), ==, "late-quotes");
  g_assert_cmpstr (sign_id (added, 1), ==, "stale-crm");

  /* Comparing is not editing. */
  g_assert_false (offload_document_get_unsaved (september));
  g_assert_false (offload_document_get_unsaved (november));
}

/* The other way round, the lists swap and the changes change sign. */
static void
test_reversed (void)
{
  g_autoptr(OffloadDocument) september = load_september ();
  g_autoptr(OffloadDocument) november = load_november ();
  g_autoptr(OffloadProgress) forward = offload_progress_new (offload_document_get_assessment (september),
                                                             offload_document_get_assessment (november));
  g_autoptr(OffloadProgress) backward = offload_progress_new (offload_document_get_assessment (november),
                                                              offload_document_get_assessment (september));

  assert_progress (backward);
  g_assert_cmpfloat (offload_progress_get_hours_change (backward), ==, -offload_progress_get_hours_change (forward));
  g_assert_cmpint (offload_progress_get_readiness_change (backward), ==, -offload_progress_get_readiness_change (forward));
  g_assert_cmpuint (g_list_model_get_n_items (offload_progress_get_cleared_signs (backward)), ==,
                    g_list_model_get_n_items (offload_progress_get_new_signs (forward)));
}

/* An assessment against itself: nothing moved. */
static void
test_same (void)
{
  g_autoptr(OffloadDocument) november = load_november ();
  OffloadAssessment *assessment = offload_document_get_assessment (november);
  g_autoptr(OffloadProgress) progress = offload_progress_new (assessment, assessment);

  g_assert_cmpfloat (offload_progress_get_hours_change (progress), ==, 0);
  g_assert_cmpfloat (offload_progress_get_monthly_cost_change (progress), ==, 0);
  g_assert_cmpint (offload_progress_get_readiness_change (progress), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (offload_progress_get_cleared_signs (progress)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (offload_progress_get_new_signs (progress)), ==, 0);
}

static void
on_notify_count (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* Two currencies: the costs are not subtracted, and the flag says so. */
static void
test_currencies (void)
{
  g_autoptr(OffloadDocument) september = load_september ();
  g_autoptr(OffloadDocument) november = load_november ();
  OffloadAssessment *after = offload_document_get_assessment (november);
  g_autoptr(OffloadProgress) progress = offload_progress_new (offload_document_get_assessment (september), after);
  double hours_change = offload_progress_get_hours_change (progress);
  guint flag_notified = 0;
  guint cost_notified = 0;

  g_signal_connect (progress, "notify::same-currency", G_CALLBACK (on_notify_count), &flag_notified);
  g_signal_connect (progress, "notify::monthly-cost-change", G_CALLBACK (on_notify_count), &cost_notified);

  offload_assessment_set_currency (after, "CHF");
  g_assert_false (offload_progress_get_same_currency (progress));
  g_assert_true (isnan (offload_progress_get_monthly_cost_change (progress)));
  g_assert_true (isnan (offload_progress_get_yearly_cost_change (progress)));
  /* Hours and readiness still compare. */
  g_assert_cmpfloat (offload_progress_get_hours_change (progress), ==, hours_change);
  assert_progress (progress);
  g_assert_cmpuint (flag_notified, ==, 1);
  g_assert_cmpuint (cost_notified, ==, 1);

  /* Still apart: no new notification while the cost stays undefined. */
  offload_assessment_set_hourly_value (after, 95);
  g_assert_cmpuint (cost_notified, ==, 1);

  offload_assessment_set_currency (after, "EUR");
  g_assert_true (offload_progress_get_same_currency (progress));
  assert_progress (progress);
  g_assert_cmpuint (flag_notified, ==, 2);
}

static void
count_items_changed (guint *count)
{
  (*count)++;
}

/* Edits to either assessment show at once. */
static void
test_live (void)
{
  g_autoptr(OffloadDocument) september = load_september ();
  g_autoptr(OffloadDocument) november = load_november ();
  OffloadAssessment *before = offload_document_get_assessment (september);
  OffloadAssessment *after = offload_document_get_assessment (november);
  g_autoptr(OffloadProgress) progress = offload_progress_new (before, after);
  GListModel *cleared = offload_progress_get_cleared_signs (progress);
  GListModel *added = offload_progress_get_new_signs (progress);
  guint cleared_changed = 0;
  guint added_changed = 0;
  guint hours_notified = 0;

  g_signal_connect_swapped (cleared, "items-changed", G_CALLBACK (count_items_changed), &cleared_changed);
  g_signal_connect_swapped (added, "items-changed", G_CALLBACK (count_items_changed), &added_changed);
  g_signal_connect (progress, "notify::hours-change", G_CALLBACK (on_notify_count), &hours_notified);

  /* The key person is back in November: no longer cleared. */
  offload_assessment_set_checked (after, "key-person", TRUE);
  g_assert_cmpuint (cleared_changed, ==, 1);
  g_assert_cmpuint (added_changed, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cleared), ==, 2);
  assert_progress (progress);

  /* September had the CRM problem too, after all: not new any more. */
  offload_assessment_set_checked (before, "stale-crm", TRUE);
  g_assert_cmpuint (added_changed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (added), ==, 1);
  assert_progress (progress);

  offload_assessment_set_hours_per_day (after, 1.5);
  g_assert_cmpuint (hours_notified, ==, 1);
  assert_progress (progress);

  /* What moves neither list changes neither. */
  offload_assessment_set_interruptions_per_day (after, 3);
  offload_assessment_set_step_done (after, "review-scope", TRUE);
  g_assert_cmpuint (cleared_changed, ==, 1);
  g_assert_cmpuint (added_changed, ==, 1);
  g_assert_cmpuint (hours_notified, ==, 1);

  /* A long run of random edits on both sides. */
  for (guint round = 0; round < 200; round++)
    {
      OffloadAssessment *side = g_test_rand_bit () ? before : after;
      OffloadCatalog *catalog = offload_assessment_get_catalog (side);
      const char *id = offload_sign_get_id (offload_catalog_get_sign (catalog, (guint) g_test_rand_int_range (0, (int) offload_catalog_get_n_signs (catalog))));

      offload_assessment_set_checked (side, id, !offload_assessment_get_checked (side, id));
      if (g_test_rand_bit ())
        offload_assessment_set_weeks_per_month (side, g_test_rand_double_range (1, 5));
      assert_progress (progress);
    }
}

static void
test_lifetime (void)
{
  OffloadAssessment *before = offload_assessment_new (NULL);
  OffloadAssessment *after = offload_assessment_new (NULL);
  OffloadProgress *progress = offload_progress_new (before, after);

  offload_assessment_set_checked (after, "late-quotes", TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (offload_progress_get_new_signs (progress)), ==, 1);
  g_assert_finalize_object (progress);
  /* No handler is left behind on the assessments. */
  offload_assessment_set_checked (after, "stale-crm", TRUE);
  offload_assessment_set_checked (before, "stale-crm", TRUE);
  g_assert_finalize_object (before);
  g_assert_finalize_object (after);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/progress/bakery", test_bakery);
  g_test_add_func ("/progress/reversed", test_reversed);
  g_test_add_func ("/progress/same", test_same);
  g_test_add_func ("/progress/currencies", test_currencies);
  g_test_add_func ("/progress/live", test_live);
  g_test_add_func ("/progress/lifetime", test_lifetime);

  return g_test_run ();
}
