/* test-action-plan.c: the steps of a hand-over, urgent ones first, and
 * their done state as part of the assessment
 *
 * The expected order is worked out here from the catalog's "urgent_when"
 * lists, not taken from the plan under test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "offload-action-plan.h"
#include "offload-document.h"

static OffloadCatalog *
catalog (void)
{
  return offload_catalog_get_default ();
}

static gboolean
step_is_urgent (OffloadAssessment *assessment,
                OffloadStep       *step)
{
  for (guint i = 0; step->urgent_when[i]; i++)
    if (offload_assessment_get_checked (assessment, step->urgent_when[i]))
      return TRUE;
  return FALSE;
}

/* Urgent steps in catalog order, then the others in catalog order; each
 * with its urgency, reason and the checked entries behind it. */
static void
assert_plan (OffloadActionPlan *plan,
             OffloadAssessment *assessment)
{
  GListModel *model = G_LIST_MODEL (plan);
  guint n_steps = offload_catalog_get_n_steps (catalog ());
  guint position = 0;
  guint n_urgent = 0;
  guint n_done = 0;

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_steps);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n_steps; i++)
      {
        OffloadStep *step = offload_catalog_get_step (catalog (), i);
        gboolean urgent = step_is_urgent (assessment, step);
        g_autoptr(OffloadPlanStep) item = NULL;
        const char * const *signs;
        guint k = 0;

        if (urgent != (pass == 0))
          continue;

        item = g_list_model_get_item (model, position++);
        g_assert_cmpstr (offload_plan_step_get_id (item), ==, step->id);
        g_assert_true (offload_plan_step_get_step (item) == step);
        g_assert_true (item == offload_assessment_get_step (assessment, step->id));
        g_assert_cmpint (offload_plan_step_get_urgent (item), ==, urgent);
        if (urgent)
          g_assert_cmpstr (offload_plan_step_get_why_urgent (item), ==, step->urgency);
        else
          g_assert_null (offload_plan_step_get_why_urgent (item));

        /* The checked triggers, in the order the catalog lists them. */
        signs = offload_plan_step_get_urgent_signs (item);
        for (guint j = 0; step->urgent_when[j]; j++)
          if (offload_assessment_get_checked (assessment, step->urgent_when[j]))
            g_assert_cmpstr (signs[k++], ==, step->urgent_when[j]);
        g_assert_null (signs[k]);

        n_urgent += urgent;
        n_done += offload_plan_step_get_done (item);
      }

  g_assert_cmpuint (offload_action_plan_get_n_urgent (plan), ==, n_urgent);
  g_assert_cmpuint (offload_action_plan_get_n_done (plan), ==, n_done);
}

static void
count (guint *counter)
{
  (*counter)++;
}

static void
test_catalog_steps (void)
{
  /* The five steps of the second article's transition, in its order. */
  static const char * const ids[] = {
    "formalise-processes", "define-scope", "choose-provider", "set-indicators", "review-scope"
  };

  g_assert_cmpuint (offload_catalog_get_n_steps (catalog ()), ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      OffloadStep *step = offload_catalog_get_step (catalog (), i);
      g_autofree char *source = g_strdup_printf ("factors#step-%u", i + 1);

      g_assert_cmpstr (step->id, ==, ids[i]);
      g_assert_true (offload_catalog_lookup_step (catalog (), ids[i]) == step);
      g_assert_true (g_strv_contains ((const char * const *) step->source, source));
      g_assert_cmpstr (step->title, !=, "");
      g_assert_cmpstr (step->detail, !=, "");
      g_assert_cmpstr (step->urgency, !=, "");
      g_assert_nonnull (step->urgent_when[0]);
      for (guint j = 0; step->urgent_when[j]; j++)
        g_assert_nonnull (offload_catalog_lookup (catalog (), step->urgent_when[j]));
    }
  g_assert_null (offload_catalog_lookup_step (catalog (), "no-such-step"));

  /* Unwritten processes make writing them down urgent. */
  g_assert_true (g_strv_contains ((const char * const *) offload_catalog_lookup_step (catalog (), "formalise-processes")->urgent_when,
                                  "processes-not-formalised"));
}

static void
test_order (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  g_autoptr(OffloadActionPlan) plan = offload_action_plan_new (assessment);
  g_autoptr(OffloadPlanStep) first = NULL;
  g_autoptr(OffloadPlanStep) second = NULL;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (plan)) == OFFLOAD_TYPE_PLAN_STEP);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (plan), offload_catalog_get_n_steps (catalog ())));

  /* Nothing checked: nothing urgent, the catalog's order. */
  assert_plan (plan, assessment);
  g_assert_cmpuint (offload_action_plan_get_n_urgent (plan), ==, 0);

  /* Late quotes make the indicators urgent: they jump ahead, the rest keep their order. */
  offload_assessment_set_checked (assessment, "late-quotes", TRUE);
  first = g_list_model_get_item (G_LIST_MODEL (plan), 0);
  second = g_list_model_get_item (G_LIST_MODEL (plan), 1);
  g_assert_cmpstr (offload_plan_step_get_id (first), ==, "set-indicators");
  g_assert_cmpstr (offload_plan_step_get_id (second), ==, "formalise-processes");
  g_assert_cmpstr (offload_plan_step_get_urgent_signs (first)[0], ==, "late-quotes");
  assert_plan (plan, assessment);

  /* Every entry of the catalog alone, then all together. */
  for (guint i = 0; i < offload_catalog_get_n_signs (catalog ()); i++)
    {
      const char *id = offload_sign_get_id (offload_catalog_get_sign (catalog (), i));

      for (guint j = 0; j < offload_catalog_get_n_signs (catalog ()); j++)
        offload_assessment_set_checked (assessment, offload_sign_get_id (offload_catalog_get_sign (catalog (), j)), FALSE);
      offload_assessment_set_checked (assessment, id, TRUE);
      assert_plan (plan, assessment);
    }
  for (guint j = 0; j < offload_catalog_get_n_signs (catalog ()); j++)
    offload_assessment_set_checked (assessment, offload_sign_get_id (offload_catalog_get_sign (catalog (), j)), TRUE);
  assert_plan (plan, assessment);
  g_assert_cmpuint (offload_action_plan_get_n_urgent (plan), ==, offload_catalog_get_n_steps (catalog ()));
}

/* The counter-indication about unwritten processes: writing them down is
 * urgent, and says why. */
static void
test_urgency (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  OffloadPlanStep *step = offload_assessment_get_step (assessment, "formalise-processes");
  g_autofree char *why = NULL;
  g_auto(GStrv) signs = NULL;
  gboolean urgent = TRUE;
  guint notified = 0;

  g_signal_connect_swapped (step, "notify::urgent", G_CALLBACK (count), &notified);
  g_assert_false (offload_plan_step_get_urgent (step));

  offload_assessment_set_checked (assessment, "processes-not-formalised", TRUE);
  offload_assessment_set_checked (assessment, "key-person", TRUE);
  g_object_get (step, "urgent", &urgent, "why-urgent", &why, "urgent-signs", &signs, NULL);
  g_assert_true (urgent);
  g_assert_cmpstr (why, ==, offload_catalog_lookup_step (catalog (), "formalise-processes")->urgency);
  g_assert_cmpuint (g_strv_length (signs), ==, 2);
  g_assert_cmpstr (signs[0], ==, "processes-not-formalised");
  g_assert_cmpstr (signs[1], ==, "key-person");
  /* Urgent once, however many signs say so. */
  g_assert_cmpuint (notified, ==, 1);

  /* Still urgent through the other sign. */
  offload_assessment_set_checked (assessment, "processes-not-formalised", FALSE);
  g_assert_true (offload_plan_step_get_urgent (step));
  g_assert_cmpstr (offload_plan_step_get_urgent_signs (step)[0], ==, "key-person");

  offload_assessment_set_checked (assessment, "key-person", FALSE);
  g_assert_false (offload_plan_step_get_urgent (step));
  g_assert_null (offload_plan_step_get_why_urgent (step));
  g_assert_null (offload_plan_step_get_urgent_signs (step)[0]);
  g_assert_cmpuint (notified, ==, 2);
}

/* "done" belongs to the assessment: a change is an edit (the document
 * becomes unsaved), not a change of order. */
static void
test_done (void)
{
  g_autoptr(OffloadDocument) document = offload_document_new (NULL);
  OffloadAssessment *assessment = offload_document_get_assessment (document);
  g_autoptr(OffloadActionPlan) plan = offload_action_plan_new (assessment);
  g_autoptr(OffloadPlanStep) item = g_list_model_get_item (G_LIST_MODEL (plan), 2);
  g_auto(GStrv) done = NULL;
  guint changed = 0;
  guint items_changed = 0;
  guint n_done = 0;

  g_signal_connect_swapped (assessment, "changed", G_CALLBACK (count), &changed);
  g_signal_connect_swapped (plan, "items-changed", G_CALLBACK (count), &items_changed);
  g_signal_connect_swapped (plan, "notify::n-done", G_CALLBACK (count), &n_done);

  g_assert_false (offload_document_get_unsaved (document));
  g_object_set (item, "done", TRUE, NULL);
  g_assert_true (offload_assessment_get_step_done (assessment, offload_plan_step_get_id (item)));
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (n_done, ==, 1);
  g_assert_cmpuint (offload_action_plan_get_n_done (plan), ==, 1);
  g_assert_cmpuint (items_changed, ==, 0);
  g_assert_true (offload_document_get_unsaved (document));

  /* Setting what is already there is no change. */
  offload_assessment_set_step_done (assessment, offload_plan_step_get_id (item), TRUE);
  g_assert_cmpuint (changed, ==, 1);

  /* Through the assessment, by id; an unknown id changes nothing. */
  g_assert_true (offload_assessment_set_step_done (assessment, "formalise-processes", TRUE));
  g_assert_false (offload_assessment_set_step_done (assessment, "no-such-step", TRUE));
  g_assert_false (offload_assessment_set_step_done (assessment, NULL, TRUE));
  g_assert_false (offload_assessment_get_step_done (assessment, "no-such-step"));
  g_assert_null (offload_assessment_get_step (assessment, "no-such-step"));
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpuint (offload_action_plan_get_n_done (plan), ==, 2);

  /* In catalog order, whatever the order they were ticked in. */
  done = offload_assessment_dup_done_steps (assessment);
  g_assert_cmpuint (g_strv_length (done), ==, 2);
  g_assert_cmpstr (done[0], ==, "formalise-processes");
  g_assert_cmpstr (done[1], ==, offload_plan_step_get_id (item));

  /* A done step that turns urgent moves, and stays done. */
  offload_assessment_set_checked (assessment, offload_plan_step_get_step (item)->urgent_when[0], TRUE);
  g_assert_cmpuint (items_changed, ==, 1);
  assert_plan (plan, assessment);
  g_assert_true (offload_plan_step_get_done (item));

  g_object_set (item, "done", FALSE, NULL);
  g_assert_false (offload_assessment_get_step_done (assessment, offload_plan_step_get_id (item)));
  g_assert_cmpuint (offload_action_plan_get_n_done (plan), ==, 1);
}

/* items-changed, replayed on a copy, always gives the model's list. */
static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GPtrArray  *mirror)
{
  g_assert_cmpuint (position + removed, <=, mirror->len);
  g_ptr_array_remove_range (mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror, (int) (position + i), g_list_model_get_item (model, position + i));
}

static void
test_live (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  g_autoptr(OffloadActionPlan) plan = offload_action_plan_new (assessment);
  GListModel *model = G_LIST_MODEL (plan);
  g_autoptr(GPtrArray) mirror = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = offload_catalog_get_n_signs (catalog ());

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (mirror, g_list_model_get_item (model, i));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), mirror);

  for (guint round = 0; round < 300; round++)
    {
      const char *id = offload_sign_get_id (offload_catalog_get_sign (catalog (), (guint) g_test_rand_int_range (0, (int) n)));

      offload_assessment_set_checked (assessment, id, !offload_assessment_get_checked (assessment, id));
      if (g_test_rand_bit ())
        {
          OffloadStep *step = offload_catalog_get_step (catalog (), (guint) g_test_rand_int_range (0, (int) offload_catalog_get_n_steps (catalog ())));

          offload_assessment_set_step_done (assessment, step->id, !offload_assessment_get_step_done (assessment, step->id));
        }

      assert_plan (plan, assessment);
      g_assert_cmpuint (mirror->len, ==, g_list_model_get_n_items (model));
      for (guint i = 0; i < mirror->len; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i);

          g_assert_true (item == g_ptr_array_index (mirror, i));
        }
    }

  g_signal_handlers_disconnect_by_data (model, mirror);
}

/* The plan lets its assessment go; the steps die with the assessment. */
static void
test_lifetime (void)
{
  OffloadAssessment *assessment = offload_assessment_new (NULL);
  OffloadActionPlan *plan = offload_action_plan_new (assessment);
  OffloadPlanStep *step = offload_assessment_get_step (assessment, "define-scope");

  g_object_add_weak_pointer (G_OBJECT (step), (gpointer *) &step);
  g_assert_finalize_object (plan);
  g_assert_finalize_object (assessment);
  g_assert_null (step);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/action-plan/catalog-steps", test_catalog_steps);
  g_test_add_func ("/action-plan/order", test_order);
  g_test_add_func ("/action-plan/urgency", test_urgency);
  g_test_add_func ("/action-plan/done", test_done);
  g_test_add_func ("/action-plan/live", test_live);
  g_test_add_func ("/action-plan/lifetime", test_lifetime);

  return g_test_run ();
}
