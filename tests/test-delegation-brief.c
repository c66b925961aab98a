/* test-delegation-brief.c: what to hand over first, in which order, and the
 * hours it frees
 *
 * The expected order and hours are worked out here from the catalog's
 * figures (each task's risk and share, each sign's weight and tasks), by a
 * second, deliberately plain implementation of the rule docs/catalog.md
 * states — never copied from the brief under test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "offload-delegation-brief.h"

static OffloadCatalog *
catalog (void)
{
  return offload_catalog_get_default ();
}

/* ---- the rule, written out again ---------------------------------------- */

typedef struct
{
  OffloadTask *task;
  guint        index;   /* in the catalog */
  guint        weight;  /* of the checked signs that call for it */
  GPtrArray   *signs;   /* OffloadSign, heaviest first */
} Expected;

static int
compare_signs (gconstpointer a,
               gconstpointer b)
{
  OffloadSign *sa = *(OffloadSign **) a;
  OffloadSign *sb = *(OffloadSign **) b;
  guint pa = 0, pb = 0;

  if (offload_sign_get_weight (sa) != offload_sign_get_weight (sb))
    return offload_sign_get_weight (sa) > offload_sign_get_weight (sb) ? -1 : 1;
  offload_catalog_find (catalog (), offload_sign_get_id (sa), &pa);
  offload_catalog_find (catalog (), offload_sign_get_id (sb), &pb);
  return (int) pa - (int) pb;
}

static int
compare_expected (gconstpointer a,
                  gconstpointer b)
{
  const Expected *ea = a;
  const Expected *eb = b;

  /* Low risk first; then the larger share; then the weight; then the catalog. */
  if (ea->task->risk != eb->task->risk)
    return (int) ea->task->risk - (int) eb->task->risk;
  if (ea->task->share != eb->task->share)
    return ea->task->share > eb->task->share ? -1 : 1;
  if (ea->weight != eb->weight)
    return ea->weight > eb->weight ? -1 : 1;
  return (int) ea->index - (int) eb->index;
}

static void
expected_clear (gpointer data)
{
  Expected *e = data;

  g_clear_pointer (&e->signs, g_ptr_array_unref);
}

/* The tasks the checked warning signs of @assessment call for, in order. */
static GArray *
expected_brief (OffloadAssessment *assessment)
{
  GArray *expected = g_array_new (FALSE, TRUE, sizeof (Expected));

  g_array_set_clear_func (expected, expected_clear);
  for (guint t = 0; t < offload_catalog_get_n_tasks (catalog ()); t++)
    {
      Expected e = { offload_catalog_get_task (catalog (), t), t, 0, g_ptr_array_new () };

      for (guint s = 0; s < offload_catalog_get_n_signs (catalog ()); s++)
        {
          OffloadSign *sign = offload_catalog_get_sign (catalog (), s);

          if (offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_SIGN &&
              offload_assessment_get_checked (assessment, offload_sign_get_id (sign)) &&
              g_strv_contains (offload_sign_get_delegate (sign), e.task->id))
            {
              e.weight += offload_sign_get_weight (sign);
              g_ptr_array_add (e.signs, sign);
            }
        }
      if (e.signs->len > 0)
        {
          g_ptr_array_sort (e.signs, compare_signs);
          g_array_append_val (expected, e);
        }
      else
        g_ptr_array_unref (e.signs);
    }

  g_array_sort (expected, compare_expected);
  return expected;
}

/* The brief holds exactly the expected tasks, in order, with their share
 * of the lost hours and their reasons; the hours add up to no more than
 * the hours lost. */
static void
assert_brief (OffloadDelegationBrief *brief,
              OffloadAssessment      *assessment)
{
  g_autoptr(GArray) expected = expected_brief (assessment);
  GListModel *model = G_LIST_MODEL (brief);
  double monthly_hours = offload_assessment_get_monthly_hours (assessment);
  double sum = 0;

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      const Expected *e = &g_array_index (expected, Expected, i);
      g_autoptr(OffloadBriefItem) item = g_list_model_get_item (model, i);
      const char * const *reasons = offload_brief_item_get_reasons (item);

      g_assert_cmpstr (offload_brief_item_get_id (item), ==, e->task->id);
      g_assert_cmpstr (offload_brief_item_get_title (item), ==, offload_catalog_get_task_title (catalog (), e->task->id));
      g_assert_cmpuint (offload_brief_item_get_position (item), ==, i + 1);
      g_assert_cmpint (offload_brief_item_get_risk (item), ==, e->task->risk);
      /* Its share of the hours lost; the cap against rounding touches the last bits only. */
      g_assert_cmpfloat_with_epsilon (offload_brief_item_get_hours (item), e->task->share * monthly_hours,
                                      1e-12 * MAX (1, monthly_hours));
      g_assert_cmpuint (g_strv_length ((char **) reasons), ==, e->signs->len);
      for (guint j = 0; j < e->signs->len; j++)
        g_assert_cmpstr (reasons[j], ==, offload_sign_get_id (g_ptr_array_index (e->signs, j)));
      sum += offload_brief_item_get_hours (item);
    }

  g_assert_cmpfloat (sum, <=, monthly_hours);
  g_assert_cmpfloat (offload_delegation_brief_get_total_hours (brief), ==, sum);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==,
                    g_strv_length ((char **) offload_assessment_get_delegate_first (assessment)));
}

static void
check_all_signs (OffloadAssessment *assessment,
                 gboolean           checked)
{
  for (guint i = 0; i < offload_catalog_get_n_signs (catalog ()); i++)
    {
      OffloadSign *sign = offload_catalog_get_sign (catalog (), i);

      if (offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_SIGN)
        offload_assessment_set_checked (assessment, offload_sign_get_id (sign), checked);
    }
}

static void
on_notify_count (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* ---- tests -------------------------------------------------------------- */

static void
test_empty (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  g_autoptr(OffloadDelegationBrief) brief = offload_delegation_brief_new (assessment);

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (brief)) == OFFLOAD_TYPE_BRIEF_ITEM);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (brief)), ==, 0);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (brief), 0));
  g_assert_cmpfloat (offload_delegation_brief_get_total_hours (brief), ==, 0);
  g_assert_false (offload_delegation_brief_get_continuity_risk (brief));
  g_assert_null (offload_delegation_brief_get_continuity_text (brief));

  /* A counter-indication calls for no task. */
  offload_assessment_set_checked (assessment, "early-stage", TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (brief)), ==, 0);
}

/* One sign, one task: the worked example's 40 hours, the task's share of them. */
static void
test_one_task (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  g_autoptr(OffloadDelegationBrief) brief = offload_delegation_brief_new (assessment);
  g_autoptr(OffloadBriefItem) item = NULL;
  OffloadTask *invoicing = offload_catalog_lookup_task (catalog (), "invoicing");

  offload_assessment_set_checked (assessment, "late-invoicing", TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (brief)), ==, 1);
  item = g_list_model_get_item (G_LIST_MODEL (brief), 0);
  g_assert_cmpstr (offload_brief_item_get_id (item), ==, "invoicing");
  g_assert_cmpstr (offload_brief_item_get_title (item), ==, "Invoicing and payment reminders");
  g_assert_cmpuint (offload_brief_item_get_position (item), ==, 1);
  g_assert_true (offload_brief_item_get_task (item) == invoicing);
  /* 2 h × 5 days × 4 weeks, times the catalog's share. */
  g_assert_cmpfloat_with_epsilon (offload_brief_item_get_hours (item), 2 * 5 * 4 * invoicing->share, 1e-12);
  g_assert_cmpstr (offload_brief_item_get_reasons (item)[0], ==, "late-invoicing");
  g_assert_null (offload_brief_item_get_reasons (item)[1]);
  assert_brief (brief, assessment);
}

/* Low-risk tasks go first even when a heavier sign calls for a riskier one. */
static void
test_low_risk_first (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  g_autoptr(OffloadDelegationBrief) brief = offload_delegation_brief_new (assessment);
  g_autoptr(OffloadBriefItem) first = NULL;
  g_autoptr(OffloadBriefItem) second = NULL;

  /* late-invoicing weighs 3 and calls for invoicing; stale-crm weighs 2 and
   * calls for the CRM, which the catalog rates lower risk. */
  g_assert_cmpuint (offload_sign_get_weight (offload_catalog_lookup (catalog (), "late-invoicing")), >,
                    offload_sign_get_weight (offload_catalog_lookup (catalog (), "stale-crm")));
  g_assert_cmpint (offload_catalog_lookup_task (catalog (), "crm-upkeep")->risk, <,
                   offload_catalog_lookup_task (catalog (), "invoicing")->risk);

  offload_assessment_set_checked (assessment, "late-invoicing", TRUE);
  offload_assessment_set_checked (assessment, "stale-crm", TRUE);
  first = g_list_model_get_item (G_LIST_MODEL (brief), 0);
  second = g_list_model_get_item (G_LIST_MODEL (brief), 1);
  g_assert_cmpstr (offload_brief_item_get_id (first), ==, "crm-upkeep");
  g_assert_cmpstr (offload_brief_item_get_id (second), ==, "invoicing");
  assert_brief (brief, assessment);
}

/* Every warning sign alone, every pair, and all of them. */
static void
test_order_and_hours (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  g_autoptr(OffloadDelegationBrief) brief = offload_delegation_brief_new (assessment);
  guint n = offload_catalog_get_n_signs (catalog ());

  for (guint i = 0; i < n; i++)
    for (guint j = i; j < n; j++)
      {
        check_all_signs (assessment, FALSE);
        offload_assessment_set_checked (assessment, offload_sign_get_id (offload_catalog_get_sign (catalog (), i)), TRUE);
        offload_assessment_set_checked (assessment, offload_sign_get_id (offload_catalog_get_sign (catalog (), j)), TRUE);
        assert_brief (brief, assessment);
      }

  check_all_signs (assessment, TRUE);
  assert_brief (brief, assessment);
  /* Every task is called for, and the only high-risk one comes last. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (brief)), ==, offload_catalog_get_n_tasks (catalog ()));
  {
    g_autoptr(OffloadBriefItem) last = g_list_model_get_item (G_LIST_MODEL (brief), offload_catalog_get_n_tasks (catalog ()) - 1);

    g_assert_cmpint (offload_brief_item_get_risk (last), ==, OFFLOAD_TASK_RISK_HIGH);
  }
}

/* All tasks called for, over many hours (0 to the 840 a month the inputs
 * allow, awkward fractions included): the items never add up to more than
 * the hours lost, though the shares themselves add up to 1 in decimal. */
static void
test_hours_never_exceed (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  g_autoptr(OffloadDelegationBrief) brief = offload_delegation_brief_new (assessment);
  const double weeks[] = { 1, 4, 4.25, 4.33, 5 };
  double shares = 0;

  for (guint t = 0; t < offload_catalog_get_n_tasks (catalog ()); t++)
    shares += offload_catalog_get_task (catalog (), t)->share;
  g_assert_cmpfloat (shares, <=, 1 + 1e-9);

  check_all_signs (assessment, TRUE);
  for (guint w = 0; w < G_N_ELEMENTS (weeks); w++)
    for (guint days = 1; days <= 7; days++)
      for (double hours = 0; hours <= 24; hours += 0.35)
        {
          offload_assessment_set_weeks_per_month (assessment, weeks[w]);
          offload_assessment_set_days_per_week (assessment, days);
          offload_assessment_set_hours_per_day (assessment, hours);
          assert_brief (brief, assessment);
        }
}

/* The key-person sign is the article's dependence on one person; checking
 * it flags a continuity risk, in words. */
static void
test_continuity_risk (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  g_autoptr(OffloadDelegationBrief) brief = offload_delegation_brief_new (assessment);
  OffloadSign *key_person = offload_catalog_lookup (catalog (), OFFLOAD_SIGN_KEY_PERSON);
  guint notified = 0;
  guint notified_text = 0;

  g_assert_nonnull (key_person);
  g_assert_true (g_strv_contains (offload_sign_get_source (key_person), "factors#signal-4"));

  g_signal_connect (brief, "notify::continuity-risk", G_CALLBACK (on_notify_count), &notified);
  g_signal_connect (brief, "notify::continuity-text", G_CALLBACK (on_notify_count), &notified_text);

  offload_assessment_set_checked (assessment, "late-invoicing", TRUE);
  g_assert_false (offload_delegation_brief_get_continuity_risk (brief));
  g_assert_cmpuint (notified, ==, 0);

  offload_assessment_set_checked (assessment, OFFLOAD_SIGN_KEY_PERSON, TRUE);
  g_assert_true (offload_delegation_brief_get_continuity_risk (brief));
  g_assert_nonnull (offload_delegation_brief_get_continuity_text (brief));
  g_assert_nonnull (strstr (offload_delegation_brief_get_continuity_text (brief), "one person"));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (notified_text, ==, 1);

  /* Another edit leaves it be. */
  offload_assessment_set_hours_per_day (assessment, 5);
  g_assert_cmpuint (notified, ==, 1);

  offload_assessment_set_checked (assessment, OFFLOAD_SIGN_KEY_PERSON, FALSE);
  g_assert_false (offload_delegation_brief_get_continuity_risk (brief));
  g_assert_null (offload_delegation_brief_get_continuity_text (brief));
  g_assert_cmpuint (notified, ==, 2);
}

/* ---- live updates ------------------------------------------------------- */

/* A copy of the model kept up to date through items-changed alone: if the
 * signal ever lies, the copy and the model part ways. */
typedef struct
{
  GPtrArray *items;
  guint      emissions;
} Mirror;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Mirror     *mirror)
{
  g_assert_cmpuint (position + removed, <=, mirror->items->len);
  g_assert_true (removed > 0 || added > 0);
  g_ptr_array_remove_range (mirror->items, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror->items, (int) (position + i), g_list_model_get_item (model, position + i));
  mirror->emissions++;
}

static void
mirror_init (Mirror     *mirror,
             GListModel *model)
{
  mirror->items = g_ptr_array_new_with_free_func (g_object_unref);
  mirror->emissions = 0;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (mirror->items, g_list_model_get_item (model, i));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), mirror);
}

static void
mirror_assert (Mirror     *mirror,
               GListModel *model)
{
  g_assert_cmpuint (mirror->items->len, ==, g_list_model_get_n_items (model));
  for (guint i = 0; i < mirror->items->len; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_assert_true (item == g_ptr_array_index (mirror->items, i));
    }
}

static void
count_call (guint *count)
{
  (*count)++;
}

static void
test_live (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  g_autoptr(OffloadDelegationBrief) brief = offload_delegation_brief_new (assessment);
  GListModel *model = G_LIST_MODEL (brief);
  g_autoptr(OffloadBriefItem) kept = NULL;
  Mirror mirror;
  guint before;

  mirror_init (&mirror, model);

  offload_assessment_set_checked (assessment, "stale-crm", TRUE);
  g_assert_cmpuint (mirror.emissions, ==, 1);
  mirror_assert (&mirror, model);

  /* A sign whose only task is already there, and lighter: the task stays
   * where it is but gains a reason, so its item is replaced. */
  offload_assessment_set_checked (assessment, "no-prospecting", TRUE);
  assert_brief (brief, assessment);
  mirror_assert (&mirror, model);

  /* What does not touch the brief emits nothing. */
  before = mirror.emissions;
  offload_assessment_set_currency (assessment, "CHF");
  offload_assessment_set_interruptions_per_day (assessment, 12);
  offload_assessment_set_hourly_value (assessment, 120);
  offload_assessment_set_checked (assessment, "tiny-volume", TRUE);
  offload_assessment_add_scenario (assessment, NULL);
  g_assert_cmpuint (mirror.emissions, ==, before);

  /* The hours move every item in place (a slider step rebuilds no row):
   * the same objects, no emission, and each says its hours changed. */
  {
    g_autoptr(OffloadBriefItem) first = g_list_model_get_item (model, 0);
    g_autoptr(OffloadBriefItem) after = NULL;
    guint notified = 0;
    gulong handler = g_signal_connect_swapped (first, "notify::hours", G_CALLBACK (count_call), &notified);

    offload_assessment_set_hours_per_day (assessment, 3.5);
    g_signal_handler_disconnect (first, handler);
    g_assert_cmpuint (notified, ==, 1);
    after = g_list_model_get_item (model, 0);
    g_assert_true (after == first);
  }
  g_assert_cmpuint (mirror.emissions, ==, before);
  mirror_assert (&mirror, model);
  assert_brief (brief, assessment);

  /* A medium-risk task goes in before the high-risk one: the low-risk
   * items before it are the very same objects, only the rest is replaced. */
  g_assert_cmpint (offload_catalog_lookup_task (catalog (), "quotes")->risk, ==, OFFLOAD_TASK_RISK_MEDIUM);
  kept = g_list_model_get_item (model, 1);
  g_assert_cmpint (offload_brief_item_get_risk (kept), ==, OFFLOAD_TASK_RISK_LOW);
  before = mirror.emissions;
  offload_assessment_set_checked (assessment, "late-quotes", TRUE);
  g_assert_cmpuint (mirror.emissions, ==, before + 1);
  g_assert_true (g_ptr_array_index (mirror.items, 1) == kept);
  assert_brief (brief, assessment);
  mirror_assert (&mirror, model);

  /* A long run of random edits, checked against the rule. */
  for (guint i = 0; i < 400; i++)
    {
      OffloadSign *sign = offload_catalog_get_sign (catalog (), (guint) g_test_rand_int_range (0, (int) offload_catalog_get_n_signs (catalog ())));

      if (g_test_rand_bit ())
        offload_assessment_set_checked (assessment, offload_sign_get_id (sign),
                                        !offload_assessment_get_checked (assessment, offload_sign_get_id (sign)));
      else
        offload_assessment_set_hours_per_day (assessment, g_test_rand_double_range (0, 6));

      mirror_assert (&mirror, model);
      assert_brief (brief, assessment);
    }

  g_signal_handlers_disconnect_by_data (brief, &mirror);
  g_ptr_array_unref (mirror.items);
}

static void
test_notify (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  g_autoptr(OffloadDelegationBrief) brief = offload_delegation_brief_new (assessment);
  guint n_items = 0;
  guint total = 0;
  guint value = 0;

  g_signal_connect (brief, "notify::n-items", G_CALLBACK (on_notify_count), &n_items);
  g_signal_connect (brief, "notify::total-hours", G_CALLBACK (on_notify_count), &total);

  offload_assessment_set_checked (assessment, "late-quotes", TRUE);
  g_assert_cmpuint (n_items, ==, 1);
  g_assert_cmpuint (total, ==, 1);
  g_object_get (brief, "n-items", &value, NULL);
  g_assert_cmpuint (value, ==, 1);

  offload_assessment_set_hours_per_day (assessment, 4);
  g_assert_cmpuint (n_items, ==, 1);
  g_assert_cmpuint (total, ==, 2);
  g_assert_cmpfloat_with_epsilon (offload_delegation_brief_get_total_hours (brief),
                                  4 * 5 * 4 * offload_catalog_lookup_task (catalog (), "quotes")->share, 1e-12);
}

/* The brief dies with its last reference and lets its assessment go. */
static void
test_lifetime (void)
{
  OffloadAssessment *assessment = offload_assessment_new (NULL);
  OffloadDelegationBrief *brief = offload_delegation_brief_new (assessment);
  OffloadBriefItem *item;

  offload_assessment_set_checked (assessment, "late-quotes", TRUE);
  item = g_list_model_get_item (G_LIST_MODEL (brief), 0);
  g_assert_finalize_object (brief);
  /* An item outlives its brief. */
  g_assert_cmpstr (offload_brief_item_get_id (item), ==, "quotes");
  g_assert_finalize_object (item);
  g_assert_finalize_object (assessment);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/delegation-brief/empty", test_empty);
  g_test_add_func ("/delegation-brief/one-task", test_one_task);
  g_test_add_func ("/delegation-brief/low-risk-first", test_low_risk_first);
  g_test_add_func ("/delegation-brief/order-and-hours", test_order_and_hours);
  g_test_add_func ("/delegation-brief/hours-never-exceed", test_hours_never_exceed);
  g_test_add_func ("/delegation-brief/continuity-risk", test_continuity_risk);
  g_test_add_func ("/delegation-brief/live", test_live);
  g_test_add_func ("/delegation-brief/notify", test_notify);
  g_test_add_func ("/delegation-brief/lifetime", test_lifetime);

  return g_test_run ();
}
