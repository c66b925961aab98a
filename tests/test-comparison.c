/* test-comparison.c: every formula of "Compare options" against figures
 * worked out by hand, the break-evens, the range, and the scenarios
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "offload-assessment.h"
#include "offload-comparison.h"

#define EPSILON 1e-6

/* The worked example of the issue: 40 h lost a month (2 h × 5 days × 4
 * weeks) at 80 €/h, 75 % handed to a freelancer at 35 €/h without VAT, all
 * of it reinvested. */
static void
hand_case (OffloadComparisonInputs    *in,
           OffloadComparisonConstants *k)
{
  offload_comparison_constants_init (k, offload_catalog_get_default ());
  *in = (OffloadComparisonInputs) {
    .monthly_hours = 40,
    .weekly_hours = 10,
    .hourly_value = 80,
    .delegated_share = 0.75,
    .reinvested_share = 1,
    .freelance_rate = 35,
    .freelance_vat = FALSE,
    .hire_gross_hourly = 12.02,
    .hire_employer_rate = 0.06,
    .hire_weeks_off = 6,
    .hire_min_weekly_hours = 24,
    .hire_onboarding_cost = 1500,
  };
}

static void
test_constants (void)
{
  OffloadComparisonConstants k;

  /* The catalog's values, which the hand figures below assume. */
  offload_comparison_constants_init (&k, offload_catalog_get_default ());
  g_assert_cmpfloat (k.vat_rate, ==, 0.2);
  g_assert_cmpfloat (k.weeks_per_year, ==, 52);
  g_assert_cmpfloat (k.months_per_year, ==, 12);
  g_assert_cmpfloat (k.onboarding_months, ==, 12);
  g_assert_cmpfloat (k.range_spread, ==, 0.25);
  g_assert_cmpfloat (k.full_time_weekly_hours, ==, 35);
}

static void
test_freelance_hand_case (void)
{
  OffloadComparisonInputs in;
  OffloadComparisonConstants k;
  OffloadComparisonResults r;

  hand_case (&in, &k);
  offload_comparison_compute (&in, &k, &r);

  g_assert_cmpfloat_with_epsilon (r.hours_freed_month, 30, EPSILON);
  g_assert_cmpfloat_with_epsilon (r.hours_freed_week, 7.5, EPSILON);
  g_assert_cmpfloat_with_epsilon (r.freelance_cost_month, 1050, EPSILON);
  g_assert_cmpfloat_with_epsilon (r.value_recovered_month, 2400, EPSILON);
  g_assert_cmpfloat_with_epsilon (r.freelance_net_month, 1350, EPSILON);
  g_assert_cmpint (r.cheapest, ==, OFFLOAD_OPTION_FREELANCE);

  /* Half reinvested: half the value, the same cost. */
  in.reinvested_share = 0.5;
  offload_comparison_compute (&in, &k, &r);
  g_assert_cmpfloat_with_epsilon (r.value_recovered_month, 1200, EPSILON);
  g_assert_cmpfloat_with_epsilon (r.freelance_net_month, 150, EPSILON);

  /* VAT that cannot be recovered: 35 × 1.2 = 42 an hour, 30 h → 1,260. */
  in.freelance_vat = TRUE;
  offload_comparison_compute (&in, &k, &r);
  g_assert_cmpfloat_with_epsilon (r.freelance_cost_month, 1260, EPSILON);
  g_assert_cmpfloat_with_epsilon (r.freelance_net_month, 1200 - 1260, EPSILON);
}

static void
test_hire_at_minimum (void)
{
  OffloadComparisonInputs in;
  OffloadComparisonConstants k;
  OffloadComparisonResults r;

  hand_case (&in, &k);
  offload_comparison_compute (&in, &k, &r);

  /* 30 h a month × 12 months ÷ 46 weeks worked = 7.83 h a week: below the
   * 24-hour minimum, so the contract is 24 h, paid 24 × 52 ÷ 12 = 104 h a
   * month, at 12.02 × 1.06 = 12.7412 an hour, plus 1,500 ÷ 12 = 125. */
  g_assert_true (r.hire_at_minimum);
  g_assert_false (r.hire_over_full_time);
  g_assert_cmpfloat_with_epsilon (r.hire_weekly_hours, 24, EPSILON);
  g_assert_cmpfloat_with_epsilon (r.hire_paid_hours_month, 104, EPSILON);
  g_assert_cmpfloat_with_epsilon (r.hire_cost_month, 104 * 12.7412 + 125, 1e-4);
  g_assert_cmpfloat_with_epsilon (r.hire_cost_month, 1450.0848, 1e-4);
  g_assert_cmpfloat_with_epsilon (r.hire_net_month, 2400 - 1450.0848, 1e-4);

  /* A branch agreement allowing 10 h: 10 × 52 ÷ 12 = 43.33 paid hours. */
  in.hire_min_weekly_hours = 10;
  offload_comparison_compute (&in, &k, &r);
  g_assert_true (r.hire_at_minimum);
  g_assert_cmpfloat_with_epsilon (r.hire_paid_hours_month, 10.0 * 52 / 12, EPSILON);
}

static void
test_hire_above_minimum (void)
{
  OffloadComparisonInputs in;
  OffloadComparisonConstants k;
  OffloadComparisonResults r;

  /* 100 h freed a month: 100 × 12 ÷ 46 = 26.09 h a week, above 24; paid
   * 100 × 52 ÷ 46 = 113.04 h a month (leave and holidays included). */
  hand_case (&in, &k);
  in.monthly_hours = 100;
  in.weekly_hours = 25;
  in.delegated_share = 1;
  offload_comparison_compute (&in, &k, &r);
  g_assert_false (r.hire_at_minimum);
  g_assert_cmpfloat_with_epsilon (r.hire_weekly_hours, 1200.0 / 46, EPSILON);
  g_assert_cmpfloat_with_epsilon (r.hire_paid_hours_month, 100.0 * 52 / 46, EPSILON);
  g_assert_cmpfloat_with_epsilon (r.hire_cost_month, 100.0 * 52 / 46 * 12.02 * 1.06 + 125, EPSILON);

  /* 160 h (8 h a day): 41.7 h a week is more than one full-time job. */
  in.monthly_hours = 160;
  in.weekly_hours = 40;
  offload_comparison_compute (&in, &k, &r);
  g_assert_true (r.hire_over_full_time);
  g_assert_cmpfloat_with_epsilon (r.hire_cost_month, 160.0 * 52 / 46 * 12.02 * 1.06 + 125, EPSILON);
  /* 12,800 recovered; freelance 5,600; the hire about 2,429: the hire wins. */
  g_assert_cmpfloat_with_epsilon (r.freelance_cost_month, 5600, EPSILON);
  g_assert_cmpint (r.cheapest, ==, OFFLOAD_OPTION_HIRE);
  g_assert_cmpint (r.range_option, ==, OFFLOAD_OPTION_HIRE);
}

static void
test_cheapest_yourself (void)
{
  OffloadComparisonInputs in;
  OffloadComparisonConstants k;
  OffloadComparisonResults r;

  /* An hour worth 10 €, half reinvested: 150 recovered, both options lose. */
  hand_case (&in, &k);
  in.hourly_value = 10;
  in.reinvested_share = 0.5;
  offload_comparison_compute (&in, &k, &r);
  g_assert_cmpfloat_with_epsilon (r.value_recovered_month, 150, EPSILON);
  g_assert_cmpfloat (r.freelance_net_month, <, 0);
  g_assert_cmpfloat (r.hire_net_month, <, 0);
  g_assert_cmpint (r.cheapest, ==, OFFLOAD_OPTION_YOURSELF);
  g_assert_cmpstr (offload_option_to_id (r.cheapest), ==, "yourself");
}

static void
test_breakeven_hourly_value (void)
{
  OffloadComparisonInputs in;
  OffloadComparisonConstants k;
  OffloadComparisonResults r;

  /* The cheaper option costs 1,050 for 30 h, all reinvested: 35 an hour. */
  hand_case (&in, &k);
  offload_comparison_compute (&in, &k, &r);
  g_assert_cmpfloat_with_epsilon (r.breakeven_hourly_value, 35, EPSILON);

  /* Half reinvested: 1,050 ÷ 15 = 70. */
  in.reinvested_share = 0.5;
  offload_comparison_compute (&in, &k, &r);
  g_assert_cmpfloat_with_epsilon (r.breakeven_hourly_value, 70, EPSILON);

  /* At exactly that value the freelancer's net gain is zero. */
  in.hourly_value = r.breakeven_hourly_value;
  offload_comparison_compute (&in, &k, &r);
  g_assert_cmpfloat_with_epsilon (r.freelance_net_month, 0, 1e-9);

  /* Nothing reinvested: no hourly value makes it pay. */
  in.reinvested_share = 0;
  offload_comparison_compute (&in, &k, &r);
  g_assert_true (isnan (r.breakeven_hourly_value));
}

static void
test_breakeven_hire_hours (void)
{
  OffloadComparisonInputs in;
  OffloadComparisonConstants k;
  OffloadComparisonResults r, at;
  double rate = 52.0 / 46;
  double wage = 12.02 * 1.06;

  /* The hire at its minimum costs 1,450.0848 flat; a freelancer reaches it
   * at 1,450.0848 ÷ 35 = 41.43 h, below the 92 h where the minimum ends. */
  hand_case (&in, &k);
  offload_comparison_compute (&in, &k, &r);
  g_assert_cmpfloat_with_epsilon (r.breakeven_hire_hours, 1450.0848 / 35, 1e-6);

  /* There, both cost the same. */
  in.delegated_share = r.breakeven_hire_hours / in.monthly_hours;
  offload_comparison_compute_central (&in, &k, &at);
  g_assert_cmpfloat_with_epsilon (at.freelance_cost_month, at.hire_cost_month, 1e-6);

  /* No minimum: both grow with the hours; 125 ÷ (35 − 52/46 × 12.7412). */
  hand_case (&in, &k);
  in.hire_min_weekly_hours = 0;
  offload_comparison_compute (&in, &k, &r);
  g_assert_cmpfloat_with_epsilon (r.breakeven_hire_hours, 125 / (35 - rate * wage), 1e-9);

  /* A freelancer cheaper per hour than the hire: the hire never wins. */
  in.freelance_rate = 10;
  offload_comparison_compute (&in, &k, &r);
  g_assert_true (isnan (r.breakeven_hire_hours));
}

static void
test_range (void)
{
  OffloadComparisonInputs in;
  OffloadComparisonConstants k;
  OffloadComparisonResults r;

  hand_case (&in, &k);
  offload_comparison_compute (&in, &k, &r);
  g_assert_cmpint (r.range_option, ==, OFFLOAD_OPTION_FREELANCE);

  /* Freelance net = hours × handed × (reinvested × value − rate).
   * Low: 40 × 0.75 × 0.75 × 0.75 = 16.875 h, × (0.75 × 60 − 43.75) = 21.09.
   * High: 50 × 0.9375 = 46.875 h (reinvested capped at 1), × (100 − 26.25). */
  g_assert_cmpfloat_with_epsilon (r.net_low_month, 16.875 * 1.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (r.net_high_month, 46.875 * 73.75, 1e-9);
  g_assert_cmpfloat (r.net_low_month, <=, r.freelance_net_month);
  g_assert_cmpfloat (r.net_high_month, >=, r.freelance_net_month);

  /* Alone, the hourly value swings it by 1,200 (750 to 1,950); hours and
   * the handed share by 675, the reinvested share by 787.5, the rate 525. */
  g_assert_cmpint (r.most_sensitive_input, ==, OFFLOAD_RANGE_HOURLY_VALUE);
  g_assert_cmpstr (offload_range_input_to_id (r.most_sensitive_input), ==, "hourly_value");

  /* A cheap hour (40) and a dear rate (45), the hire out of reach: alone,
   * the rate swings the net gain by 30 × (56.25 − 33.75) = 675, the hourly
   * value by 30 × (50 − 30) = 600, the reinvested share by 300, the hours
   * and the handed share by 75 each: the rate moves it most. */
  in.hourly_value = 40;
  in.freelance_rate = 45;
  in.hire_gross_hourly = 40;
  offload_comparison_compute (&in, &k, &r);
  g_assert_cmpint (r.range_option, ==, OFFLOAD_OPTION_FREELANCE);
  g_assert_cmpfloat_with_epsilon (r.freelance_net_month, -150, EPSILON);
  g_assert_cmpint (r.most_sensitive_input, ==, OFFLOAD_RANGE_FREELANCE_RATE);
}

static void
test_scenarios (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  GListModel *scenarios = offload_assessment_get_scenarios (assessment);
  OffloadScenario *first = offload_assessment_get_active_scenario (assessment);
  OffloadScenario *second;
  guint changed = 0;
  double value = 0;

  g_signal_connect_swapped (assessment, "changed", G_CALLBACK (g_atomic_int_inc), &changed);

  /* One scenario at first, with the catalog's defaults. */
  g_assert_cmpuint (g_list_model_get_n_items (scenarios), ==, 1);
  g_assert_cmpstr (offload_scenario_get_name (first), ==, "Scenario 1");
  g_assert_true (offload_scenario_get_input (first, OFFLOAD_INPUT_DELEGATED_SHARE, &value));
  g_assert_cmpfloat (value, ==, 0.75);
  g_assert_false (offload_scenario_get_input (first, "hourly_value", &value));
  g_assert_false (offload_scenario_get_freelance_vat (first));
  g_assert_cmpfloat_with_epsilon (offload_scenario_get_results (first)->hours_freed_month, 30, EPSILON);

  /* The assessment's figures reach every scenario, without a "changed"
   * of the scenario (the assessment's own input is the change). */
  offload_assessment_set_hours_per_day (assessment, 4);
  g_assert_cmpfloat_with_epsilon (offload_scenario_get_results (first)->hours_freed_month, 60, EPSILON);
  g_assert_cmpuint (changed, ==, 1);

  /* A new scenario copies the active one, follows it and becomes active. */
  offload_scenario_set_input (first, OFFLOAD_INPUT_FREELANCE_RATE, 40);
  g_assert_cmpuint (changed, ==, 2);
  second = offload_assessment_add_scenario (assessment, NULL);
  g_assert_cmpstr (offload_scenario_get_name (second), ==, "Scenario 2");
  g_assert_true (offload_assessment_get_active_scenario (assessment) == second);
  g_assert_cmpuint (g_list_model_get_n_items (scenarios), ==, 2);
  g_assert_true (offload_scenario_get_input (second, OFFLOAD_INPUT_FREELANCE_RATE, &value));
  g_assert_cmpfloat (value, ==, 40);
  g_assert_cmpuint (changed, ==, 3);

  /* Each keeps its own inputs; the base still reaches both. */
  offload_scenario_set_input (second, OFFLOAD_INPUT_DELEGATED_SHARE, 0.5);
  offload_assessment_set_hours_per_day (assessment, 2);
  g_assert_cmpfloat_with_epsilon (offload_scenario_get_results (first)->hours_freed_month, 30, EPSILON);
  g_assert_cmpfloat_with_epsilon (offload_scenario_get_results (second)->hours_freed_month, 20, EPSILON);

  /* Inputs are clamped to the catalog's range; NaN changes nothing. */
  offload_scenario_set_input (second, OFFLOAD_INPUT_DELEGATED_SHARE, 3);
  offload_scenario_get_input (second, OFFLOAD_INPUT_DELEGATED_SHARE, &value);
  g_assert_cmpfloat (value, ==, 1);
  offload_scenario_set_input (second, OFFLOAD_INPUT_DELEGATED_SHARE, NAN);
  offload_scenario_get_input (second, OFFLOAD_INPUT_DELEGATED_SHARE, &value);
  g_assert_cmpfloat (value, ==, 1);

  /* Names: blank ones are refused, long ones cut. */
  offload_scenario_set_name (second, "   ");
  g_assert_cmpstr (offload_scenario_get_name (second), ==, "Scenario 2");
  offload_scenario_set_name (second, "  Everything to a hire  ");
  g_assert_cmpstr (offload_scenario_get_name (second), ==, "Everything to a hire");

  /* Removing the active one hands over to its neighbour; the last stays. */
  g_assert_true (offload_assessment_remove_scenario (assessment, second));
  g_assert_true (offload_assessment_get_active_scenario (assessment) == first);
  g_assert_false (offload_assessment_remove_scenario (assessment, first));
  g_assert_cmpuint (g_list_model_get_n_items (scenarios), ==, 1);

  /* A limit, so a document stays small. */
  for (guint i = 1; i < OFFLOAD_ASSESSMENT_MAX_SCENARIOS; i++)
    g_assert_nonnull (offload_assessment_add_scenario (assessment, NULL));
  g_assert_null (offload_assessment_add_scenario (assessment, NULL));
}

/* Each figure is a property, notified only when it moves. */
static void
test_scenario_notify (void)
{
  g_autoptr(OffloadScenario) scenario = offload_scenario_new (NULL, "Test");
  guint cost_notified = 0;
  guint cheapest_notified = 0;
  double cost = 0;
  g_autofree char *cheapest = NULL;

  offload_scenario_set_base (scenario, 40, 10, 80);
  g_signal_connect_swapped (scenario, "notify::freelance-cost-month", G_CALLBACK (g_atomic_int_inc), &cost_notified);
  g_signal_connect_swapped (scenario, "notify::cheapest", G_CALLBACK (g_atomic_int_inc), &cheapest_notified);

  g_object_set (scenario, "freelance-rate", 38.0, NULL);
  g_object_get (scenario, "freelance-cost-month", &cost, "cheapest", &cheapest, NULL);
  g_assert_cmpfloat_with_epsilon (cost, 30 * 38, EPSILON);
  g_assert_cmpstr (cheapest, ==, "freelance");
  g_assert_cmpuint (cost_notified, ==, 1);
  g_assert_cmpuint (cheapest_notified, ==, 0);

  /* A change that leaves the cost alone does not notify it. */
  g_object_set (scenario, "hire-gross-hourly", 14.0, NULL);
  g_assert_cmpuint (cost_notified, ==, 1);

  /* A rate so high that doing it yourself wins. */
  g_object_set (scenario, "freelance-rate", 500.0, NULL);
  g_assert_cmpuint (cheapest_notified, ==, 1);
  g_clear_pointer (&cheapest, g_free);
  g_object_get (scenario, "cheapest", &cheapest, NULL);
  g_assert_cmpstr (cheapest, ==, "yourself");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/comparison/constants", test_constants);
  g_test_add_func ("/comparison/freelance-hand-case", test_freelance_hand_case);
  g_test_add_func ("/comparison/hire-at-minimum", test_hire_at_minimum);
  g_test_add_func ("/comparison/hire-above-minimum", test_hire_above_minimum);
  g_test_add_func ("/comparison/cheapest-yourself", test_cheapest_yourself);
  g_test_add_func ("/comparison/breakeven-hourly-value", test_breakeven_hourly_value);
  g_test_add_func ("/comparison/breakeven-hire-hours", test_breakeven_hire_hours);
  g_test_add_func ("/comparison/range", test_range);
  g_test_add_func ("/comparison/scenarios", test_scenarios);
  g_test_add_func ("/comparison/scenario-notify", test_scenario_notify);

  return g_test_run ();
}
