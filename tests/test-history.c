/* test-history.c: undo and redo of ticks, figures and deleted scenarios
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "offload-catalog.h"
#include "offload-history.h"
#include "offload-sign.h"
#include "testing.h"

/* What a step can change, as the owner sees it. */
typedef struct
{
  char   *checked;      /* the checked ids, joined */
  double  figures[6];
  char   *scenarios;    /* the scenario names in order, the active one starred */
} State;

static const char * const figures[] = {
  "hours-per-day", "days-per-week", "weeks-per-month",
  "hourly-value", "interruptions-per-day", "working-hours-per-day",
};

static void
state_read (OffloadAssessment *assessment,
            State             *state)
{
  g_auto(GStrv) checked = offload_assessment_dup_checked_ids (assessment);
  GListModel *scenarios = offload_assessment_get_scenarios (assessment);
  GString *names = g_string_new (NULL);

  state->checked = g_strjoinv (",", checked);
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    g_object_get (assessment, figures[i], &state->figures[i], NULL);
  for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
    {
      g_autoptr(OffloadScenario) scenario = g_list_model_get_item (scenarios, i);

      g_string_append_printf (names, "%s%s;", offload_scenario_get_name (scenario),
                              scenario == offload_assessment_get_active_scenario (assessment) ? "*" : "");
    }
  state->scenarios = g_string_free (names, FALSE);
}

static void
state_clear (State *state)
{
  g_clear_pointer (&state->checked, g_free);
  g_clear_pointer (&state->scenarios, g_free);
}

static void
assert_state (OffloadAssessment *assessment,
              const State       *expected)
{
  State now = { 0 };

  state_read (assessment, &now);
  g_assert_cmpstr (now.checked, ==, expected->checked);
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    g_assert_cmpfloat (now.figures[i], ==, expected->figures[i]);
  g_assert_cmpstr (now.scenarios, ==, expected->scenarios);
  state_clear (&now);
}

static const char *
sign_id (OffloadAssessment *assessment,
         guint              i)
{
  return offload_sign_get_id (offload_catalog_get_sign (offload_assessment_get_catalog (assessment), i));
}

/* A tick, then an untick of another sign: two steps, undone in reverse. */
static void
test_ticks (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  g_autoptr(OffloadHistory) history = offload_history_new (assessment);
  const char *a = sign_id (assessment, 0);
  const char *b = sign_id (assessment, 1);

  g_assert_false (offload_history_get_can_undo (history));
  g_assert_false (offload_history_undo (history));

  offload_assessment_set_checked (assessment, b, TRUE);
  offload_assessment_set_checked (assessment, a, TRUE);
  offload_assessment_set_checked (assessment, b, FALSE);
  g_assert_true (offload_history_get_can_undo (history));

  g_assert_true (offload_history_undo (history));
  g_assert_true (offload_assessment_get_checked (assessment, b));
  g_assert_true (offload_assessment_get_checked (assessment, a));
  g_assert_true (offload_history_undo (history));
  g_assert_false (offload_assessment_get_checked (assessment, a));
  g_assert_true (offload_history_undo (history));
  g_assert_false (offload_assessment_get_checked (assessment, b));
  g_assert_false (offload_history_get_can_undo (history));
  g_assert_true (offload_history_get_can_redo (history));

  g_assert_true (offload_history_redo (history));
  g_assert_true (offload_assessment_get_checked (assessment, b));
  g_assert_false (offload_assessment_get_checked (assessment, a));

  /* A new step forgets what was undone. */
  offload_assessment_set_checked (assessment, a, TRUE);
  g_assert_false (offload_history_get_can_redo (history));
  g_assert_false (offload_history_redo (history));
}

/* Figures: the value before comes back; a slider dragged over one figure
 * is one step, two figures are two. The costs follow. */
static void
test_figures (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  g_autoptr(OffloadHistory) history = offload_history_new (assessment);
  double value = offload_assessment_get_hourly_value (assessment);
  double hours = offload_assessment_get_hours_per_day (assessment);
  double cost = offload_assessment_get_monthly_cost (assessment);

  offload_assessment_set_hourly_value (assessment, value + 1);
  offload_assessment_set_hourly_value (assessment, value + 2);
  offload_assessment_set_hourly_value (assessment, value + 3);
  offload_assessment_set_hours_per_day (assessment, hours + 1);

  g_assert_true (offload_history_undo (history));
  g_assert_cmpfloat (offload_assessment_get_hours_per_day (assessment), ==, hours);
  g_assert_cmpfloat (offload_assessment_get_hourly_value (assessment), ==, value + 3);
  g_assert_true (offload_history_undo (history));
  g_assert_cmpfloat (offload_assessment_get_hourly_value (assessment), ==, value);
  g_assert_cmpfloat (offload_assessment_get_monthly_cost (assessment), ==, cost);
  g_assert_false (offload_history_get_can_undo (history));

  g_assert_true (offload_history_redo (history));
  g_assert_cmpfloat (offload_assessment_get_hourly_value (assessment), ==, value + 3);
  g_assert_true (offload_history_redo (history));
  g_assert_cmpfloat (offload_assessment_get_hours_per_day (assessment), ==, hours + 1);
}

/* A deleted scenario comes back where it was, active again if it was. */
static void
test_scenario_removed (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  g_autoptr(OffloadHistory) history = offload_history_new (assessment);
  OffloadScenario *first = offload_assessment_get_active_scenario (assessment);
  OffloadScenario *second = offload_assessment_add_scenario (assessment, "Second");
  State before = { 0 };

  offload_assessment_add_scenario (assessment, "Third");
  offload_assessment_set_active_scenario (assessment, second);
  state_read (assessment, &before);

  g_assert_true (offload_history_remove_scenario (history, second));
  g_assert_cmpuint (g_list_model_get_n_items (offload_assessment_get_scenarios (assessment)), ==, 2);
  g_assert_true (offload_assessment_get_active_scenario (assessment) != second);

  g_assert_true (offload_history_undo (history));
  assert_state (assessment, &before);

  g_assert_true (offload_history_redo (history));
  g_assert_cmpuint (g_list_model_get_n_items (offload_assessment_get_scenarios (assessment)), ==, 2);

  /* The last scenario cannot go: no step. */
  g_assert_true (offload_history_remove_scenario (history, first));
  g_assert_false (offload_history_remove_scenario (history, offload_assessment_get_active_scenario (assessment)));
  g_assert_true (offload_history_undo (history));
  g_assert_true (offload_history_undo (history));
  assert_state (assessment, &before);
  state_clear (&before);
}

/* Any sequence of ticks, figures and deletions undone to the end gives back
 * the state before it, and redone gives the state after it. */
static void
test_random_sequences (void)
{
  for (guint run = 0; run < 200; run++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (run);
      g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
      g_autoptr(OffloadHistory) history = NULL;
      OffloadCatalog *catalog = offload_assessment_get_catalog (assessment);
      guint n_steps = g_rand_int_range (rand, 1, 30);
      State start = { 0 }, end = { 0 };

      for (guint i = 0; i < 3; i++)
        offload_assessment_add_scenario (assessment, NULL);
      history = offload_history_new (assessment);
      state_read (assessment, &start);

      for (guint i = 0; i < n_steps; i++)
        switch (g_rand_int_range (rand, 0, 4))
          {
          case 0:
            {
              const char *id = sign_id (assessment, g_rand_int_range (rand, 0, offload_catalog_get_n_signs (catalog)));

              offload_assessment_set_checked (assessment, id, !offload_assessment_get_checked (assessment, id));
            }
            break;
          case 1:
            offload_assessment_set_hourly_value (assessment, g_rand_int_range (rand, 10, 200));
            break;
          case 2:
            offload_assessment_set_hours_per_day (assessment, g_rand_int_range (rand, 0, 16) / 2.0);
            break;
          default:
            {
              GListModel *scenarios = offload_assessment_get_scenarios (assessment);
              g_autoptr(OffloadScenario) scenario =
                g_list_model_get_item (scenarios, g_rand_int_range (rand, 0, g_list_model_get_n_items (scenarios)));

              offload_history_remove_scenario (history, scenario);
            }
            break;
          }
      state_read (assessment, &end);

      while (offload_history_undo (history))
        ;
      assert_state (assessment, &start);
      while (offload_history_redo (history))
        ;
      assert_state (assessment, &end);
      state_clear (&start);
      state_clear (&end);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/ticks", test_ticks);
  g_test_add_func ("/history/figures", test_figures);
  g_test_add_func ("/history/scenario-removed", test_scenario_removed);
  g_test_add_func ("/history/random-sequences", test_random_sequences);

  return g_test_run ();
}
