/* test-decision.c: the one answer, rule by rule, each worked out by hand
 *
 * The expected figures come from the inputs, the catalog's constants and
 * the formulas of docs/format.md (testing.c), never from the decision
 * itself: the verdict, the money, the warnings and the notifications.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "offload-assessment.h"
#include "offload-format.h"
#include "testing.h"

static OffloadCatalog *
catalog (void)
{
  return offload_catalog_get_default ();
}

static OffloadBand *
band (const char *id)
{
  OffloadBand *found = offload_catalog_lookup_band (catalog (), id);

  g_assert_nonnull (found);
  return found;
}

static OffloadDecision *
decision_of (OffloadAssessment *assessment)
{
  OffloadDecision *decision = offload_assessment_get_decision (assessment);

  g_assert_true (OFFLOAD_IS_DECISION (decision));
  return decision;
}

static void
set_scenario_input (OffloadAssessment *assessment,
                    const char        *id,
                    double             value)
{
  g_assert_true (offload_scenario_set_input (offload_assessment_get_active_scenario (assessment), id, value));
}

static char *
money (double value)
{
  return offload_format_money (value, "EUR");
}

static char *
rate (double value)
{
  return offload_format_rate (value, "EUR");
}

static char *
dup_why (OffloadDecision *decision)
{
  g_auto(GStrv) why = offload_decision_dup_why (decision);

  g_assert_nonnull (why);
  g_assert_nonnull (why[0]);
  for (guint i = 0; why[i]; i++)
    g_assert_cmpstr (why[i], !=, "");
  return g_strjoinv ("\n", why);
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” is not in “%s”", needle, text);
}

static void
assert_lacks (const char *text,
              const char *needle)
{
  if (strstr (text, needle) != NULL)
    g_error ("“%s” should not be in “%s”", needle, text);
}

/* The verdict the rules give for the assessment's inputs: a counter first,
 * then the side of the money (hand-computed), then the need (formula). */
static OffloadBand *
expected_band (OffloadAssessment *assessment)
{
  TestingMoney m;

  for (guint i = 0; i < offload_catalog_get_n_signs (catalog ()); i++)
    {
      OffloadSign *sign = offload_catalog_get_sign (catalog (), i);

      if (offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_COUNTER &&
          offload_assessment_get_checked (assessment, offload_sign_get_id (sign)))
        return offload_catalog_get_counter_band (catalog ());
    }
  testing_money (assessment, &m);
  return offload_catalog_band_for_need (catalog (), testing_expected_need (assessment), m.best_net >= TESTING_LEAST_GAIN);
}

/* Everything the decision says about money agrees with the hand-computed
 * figures: it pays when the better option nets more than 0 (to the cent),
 * the net gain is
 * in whole currency units (as every sentence says it), and the year is
 * twelve months of it. */
static void
assert_money (OffloadAssessment *assessment)
{
  OffloadDecision *decision = decision_of (assessment);
  double months = offload_catalog_get_constant (catalog (), OFFLOAD_CONSTANT_MONTHS_PER_YEAR);
  TestingMoney m;

  testing_money (assessment, &m);
  g_assert_true (offload_decision_get_delegation_pays (decision) == (m.best_net >= TESTING_LEAST_GAIN));
  g_assert_cmpfloat (offload_decision_get_net_gain_month (decision), ==,
                     m.best_net >= TESTING_LEAST_GAIN ? round (m.best_net) : 0);
  g_assert_cmpfloat (offload_decision_get_net_gain_year (decision), ==,
                     months * offload_decision_get_net_gain_month (decision));
  if (m.best_net >= TESTING_LEAST_GAIN)
    g_assert_cmpint (offload_decision_get_best_option (decision), ==,
                     m.recovered - m.hire_cost > m.recovered - m.freelance_cost ? OFFLOAD_OPTION_HIRE
                                                                                : OFFLOAD_OPTION_FREELANCE);
  else
    g_assert_cmpint (offload_decision_get_best_option (decision), ==, OFFLOAD_OPTION_YOURSELF);
  g_assert_true (offload_decision_get_band (decision)->counter ||
                 offload_decision_get_band (decision)->pays == offload_decision_get_delegation_pays (decision));
}

/* Any counter-indication: prepare first, whatever the need and the money,
 * and the headline names what to prepare. */
static void
test_counter (void)
{
  OffloadBand *counter_band = offload_catalog_get_counter_band (catalog ());
  guint n_counters = 0;

  g_assert_cmpstr (counter_band->id, ==, "prepare-first");

  for (guint i = 0; i < offload_catalog_get_n_signs (catalog ()); i++)
    {
      OffloadSign *counter = offload_catalog_get_sign (catalog (), i);

      if (offload_sign_get_kind (counter) != OFFLOAD_SIGN_KIND_COUNTER)
        continue;
      n_counters++;

      /* Paying and urgent; not paying; nothing at all. */
      for (guint state = 0; state < 3; state++)
        {
          g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
          OffloadDecision *decision = decision_of (assessment);
          g_autofree char *headline = NULL;
          g_autofree char *why = NULL;
          g_autofree char *prefix = NULL;

          if (state == 0)
            {
              testing_check_all (assessment, TRUE, OFFLOAD_SIGN_KIND_SIGN);
              offload_assessment_set_hours_per_day (assessment, 5);
            }
          else if (state == 1)
            offload_assessment_set_hourly_value (assessment, 10);
          else
            offload_assessment_set_hours_per_day (assessment, 0);
          g_assert_false (offload_decision_get_band (decision)->counter);

          offload_assessment_set_checked (assessment, offload_sign_get_id (counter), TRUE);
          g_assert_true (offload_decision_get_band (decision) == counter_band);
          g_assert_cmpstr (offload_decision_get_verdict (decision), ==, "prepare-first");
          g_assert_cmpstr (offload_assessment_get_verdict (assessment), ==, "prepare-first");
          /* The need and the money are still worked out. */
          testing_assert_need (assessment);
          assert_money (assessment);

          headline = offload_decision_dup_headline (decision);
          /* Translated "Prepare first — …": the band's title starts it. */
          prefix = g_strdup_printf ("%s — ", counter_band->title);
          g_assert_true (g_str_has_prefix (headline, prefix));
          assert_contains (headline, offload_sign_get_remediation (counter));
          why = dup_why (decision);
          /* The first reason is the counter (the headline says what to
           * do about it). */
          g_assert_true (g_str_has_prefix (why, offload_sign_get_title (counter)));

          offload_assessment_set_checked (assessment, offload_sign_get_id (counter), FALSE);
          g_assert_true (offload_decision_get_band (decision) == expected_band (assessment));
          g_assert_false (offload_decision_get_band (decision)->counter);
        }
    }
  g_assert_cmpuint (n_counters, >=, 2);
}

/* With two counters ticked the headline names the first of them (in the
 * catalog's order), and follows when it is unticked. */
static void
test_two_counters (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  OffloadDecision *decision = decision_of (assessment);
  OffloadSign *first = NULL, *second = NULL;
  g_autofree char *both = NULL;
  g_autofree char *second_only = NULL;

  for (guint i = 0; i < offload_catalog_get_n_signs (catalog ()); i++)
    {
      OffloadSign *sign = offload_catalog_get_sign (catalog (), i);

      if (offload_sign_get_kind (sign) != OFFLOAD_SIGN_KIND_COUNTER)
        continue;
      if (first == NULL)
        first = sign;
      else if (second == NULL)
        second = sign;
    }
  g_assert_nonnull (second);

  offload_assessment_set_checked (assessment, offload_sign_get_id (second), TRUE);
  offload_assessment_set_checked (assessment, offload_sign_get_id (first), TRUE);
  both = offload_decision_dup_headline (decision);
  assert_contains (both, offload_sign_get_remediation (first));

  offload_assessment_set_checked (assessment, offload_sign_get_id (first), FALSE);
  g_assert_cmpstr (offload_decision_get_verdict (decision), ==, "prepare-first");
  second_only = offload_decision_dup_headline (decision);
  assert_contains (second_only, offload_sign_get_remediation (second));
}

/* The default scenario: 40 h lost, three quarters (30 h) handed over, half
 * of those (15 h) reinvested, a freelancer at 35 €/h (1,050 €) and a hire
 * at the 24-hour weekly minimum (dearer). Handing over breaks even at
 * 1,050 € ÷ 15 h = 70 € an hour, and pays once the gain reaches half a euro. */
static void
test_breakeven (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  OffloadDecision *decision = decision_of (assessment);
  const OffloadComparisonResults *r = offload_scenario_get_results (offload_assessment_get_active_scenario (assessment));
  const double breakeven = 35 / 0.5;
  const double values[] = { 0, 35, 69, 69.99, 70, 70.01, 70.03, 70.04, 71, 80, 10000 };
  TestingMoney m;

  testing_money (assessment, &m);
  g_assert_cmpfloat (m.freed, ==, 30);
  g_assert_cmpfloat (m.freelance_cost, ==, 1050);
  g_assert_cmpfloat (m.hire_cost, >, m.freelance_cost);
  offload_assessment_set_hourly_value (assessment, 50);
  g_assert_cmpfloat_with_epsilon (r->breakeven_hourly_value, breakeven, 1e-9);

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      /* A gain must reach half a currency unit: 70.04 × 15 h − 1,050 = 0.6. */
      gboolean pays = values[i] * 15 - 1050 >= TESTING_LEAST_GAIN;
      g_autofree char *headline = NULL;
      g_autofree char *why = NULL;

      g_test_message ("%g €/h", values[i]);
      offload_assessment_set_hourly_value (assessment, values[i]);
      testing_money (assessment, &m);

      g_assert_true (offload_decision_get_delegation_pays (decision) == pays);
      assert_money (assessment);
      /* The need comes from the 40 h alone: 25, and the verdict from it. */
      g_assert_cmpint (offload_decision_get_need (decision), ==, 25);
      g_assert_cmpstr (offload_decision_get_verdict (decision), ==, pays ? "consider" : "costs-more");
      g_assert_true (offload_decision_get_band (decision) == expected_band (assessment));

      headline = offload_decision_dup_headline (decision);
      why = dup_why (decision);
      if (pays)
        {
          g_autofree char *net = money (30 * 0.5 * values[i] - 1050);
          g_autofree char *hours = offload_format_hours (30);

          g_assert_cmpint (offload_decision_get_best_option (decision), ==, OFFLOAD_OPTION_FREELANCE);
          g_assert_cmpfloat (offload_decision_get_net_gain_month (decision), ==, round (30 * 0.5 * values[i] - 1050));
          assert_contains (headline, hours);
          assert_contains (headline, net);
          assert_lacks (why, "would pay once");
        }
      else
        {
          /* What would make it pay: the break-even hourly value. */
          g_autofree char *value = rate (breakeven);

          g_assert_cmpfloat (offload_decision_get_net_gain_month (decision), ==, 0);
          g_assert_cmpint (offload_decision_get_best_option (decision), ==, OFFLOAD_OPTION_YOURSELF);
          assert_contains (why, value);
          assert_contains (why, "would pay once an hour of your time is worth more than");
          /* 30 h are handed over: the headline must not say none are. */
          assert_lacks (headline, "hand no hours over");
        }
    }
}

/* At an exact break-even the nets are 0 give or take rounding noise, which
 * must not decide. A slider's six steps of 5 % reinvested give
 * 0.30000000000000004: at 80 €/h that is 24 € an hour brought back, as
 * much as a freelancer at 20 €/h plus 20 % VAT, and the computed net gain is
 * a few 1e-13 above 0. It does not pay, at any hours, and more hours never
 * turn the verdict down. */
static void
test_breakeven_noise (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  OffloadDecision *decision = decision_of (assessment);
  OffloadScenario *scenario = offload_assessment_get_active_scenario (assessment);
  /* Six steps of the slider, as GtkAdjustment makes them. */
  double reinvested = 6 * offload_catalog_get_input (catalog (), OFFLOAD_INPUT_REINVESTED_SHARE)->step;
  guint strength = 0;
  guint n_noisy = 0;

  g_assert_cmpfloat (reinvested, !=, 0.3);
  set_scenario_input (assessment, OFFLOAD_INPUT_REINVESTED_SHARE, reinvested);
  set_scenario_input (assessment, OFFLOAD_INPUT_DELEGATED_SHARE, 1);
  set_scenario_input (assessment, OFFLOAD_INPUT_FREELANCE_RATE, 20);
  offload_scenario_set_freelance_vat (scenario, TRUE);
  /* A hire far dearer, out of the way. */
  set_scenario_input (assessment, OFFLOAD_INPUT_HIRE_GROSS_HOURLY, 400);
  offload_assessment_set_hourly_value (assessment, 80);

  for (double hours = 0.25; hours <= 24; hours += 0.25)
    {
      const OffloadComparisonResults *r;
      g_autofree char *headline = NULL;

      offload_assessment_set_hours_per_day (assessment, hours);
      r = offload_scenario_get_results (scenario);
      g_assert_cmpfloat (fabs (r->freelance_net_month), <, 1e-9);
      n_noisy += r->freelance_net_month != 0;
      g_assert_false (offload_decision_get_delegation_pays (decision));
      g_assert_cmpfloat (offload_decision_get_net_gain_month (decision), ==, 0);
      g_assert_cmpint (offload_decision_get_best_option (decision), ==, OFFLOAD_OPTION_YOURSELF);
      g_assert_cmpuint (offload_decision_get_band (decision)->strength, >=, strength);
      strength = offload_decision_get_band (decision)->strength;
      headline = offload_decision_dup_headline (decision);
      assert_lacks (headline, "better off");
      assert_lacks (headline, "hand no hours over");
    }
  /* The case is the noisy one it means to be. */
  g_assert_cmpuint (n_noisy, >, 0);
}

/* When a hire is the cheaper option, it decides the break-even, and the
 * answer names it. 8 h a day, all of it handed over: 160 h a month. */
static void
test_breakeven_hire (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  OffloadDecision *decision = decision_of (assessment);
  TestingMoney m;
  double breakeven;

  offload_assessment_set_hours_per_day (assessment, 8);
  set_scenario_input (assessment, OFFLOAD_INPUT_DELEGATED_SHARE, 1);
  testing_money (assessment, &m);
  g_assert_cmpfloat (m.freed, ==, 160);
  g_assert_cmpfloat (m.hire_cost, <, m.freelance_cost);
  /* Half of the 160 h reinvested pay for the hire above this value. */
  breakeven = m.hire_cost / (160 * 0.5);
  g_assert_cmpfloat_with_epsilon (offload_scenario_get_results (offload_assessment_get_active_scenario (assessment))->breakeven_hourly_value,
                                  breakeven, 1e-9);

  offload_assessment_set_hourly_value (assessment, breakeven * (1 - 1e-4));
  g_assert_false (offload_decision_get_delegation_pays (decision));
  g_assert_cmpstr (offload_decision_get_verdict (decision), ==, "costs-more");
  g_assert_cmpint (offload_decision_get_outside_option (decision), ==, OFFLOAD_OPTION_HIRE);
  g_assert_cmpfloat (offload_decision_get_outside_net_month (decision), <, 0);
  assert_money (assessment);

  /* A gain of at least half a euro: 80 h reinvested × 1 cent more an hour. */
  offload_assessment_set_hourly_value (assessment, breakeven + 0.01);
  g_assert_true (offload_decision_get_delegation_pays (decision));
  g_assert_cmpint (offload_decision_get_best_option (decision), ==, OFFLOAD_OPTION_HIRE);
  assert_money (assessment);
  {
    g_autofree char *headline = offload_decision_dup_headline (decision);
    g_autofree char *chain = offload_decision_dup_chain (decision);

    /* 160 h a month is 160 × 12 ÷ 46 ≈ 41.7 h a week: past full time, and
     * the headline says so rather than "part-time". */
    g_assert_true (offload_scenario_get_results (offload_assessment_get_active_scenario (assessment))->hire_over_full_time);
    assert_contains (headline, "Hiring for the 160 h a month you hand over, more than one full-time job");
    assert_contains (chain, "part-time hire");
  }
  /* The time half is full (160 h of a 160 h month), no sign: 50, ready. */
  g_assert_cmpint (offload_decision_get_need (decision), ==, 50);
  g_assert_cmpstr (offload_decision_get_verdict (decision), ==, "ready");
}

/* Not paying: "not yet" below a need of 20, "costs more" from 20, and the
 * reasons say what would make it pay. At 10 €/h, half of the freed hours
 * bring back 5 € each against 35 €: it never pays. The need comes from the
 * time alone: hours a day × 20 ÷ 160 ÷ ½ × 50 = 12.5 × hours a day. */
static void
test_not_paying (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  OffloadDecision *decision = decision_of (assessment);
  const struct {
    double      hours;
    int         need;
    const char *verdict;
  } cases[] = {
    { 0, 0, "not-yet" },
    { 0.5, 6, "not-yet" },     /* 6.25 */
    { 1.5, 19, "not-yet" },    /* 18.75 */
    { 1.52, 19, "not-yet" },   /* 19.0 */
    { 1.6, 20, "costs-more" },
    { 3, 38, "costs-more" },   /* 37.5, rounded up */
    { 4, 50, "costs-more" },
    { 24, 50, "costs-more" },  /* the time half is full */
  };

  offload_assessment_set_hourly_value (assessment, 10);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *why = NULL;
      g_autofree char *headline = NULL;
      TestingMoney m;

      g_test_message ("%g h a day", cases[i].hours);
      offload_assessment_set_hours_per_day (assessment, cases[i].hours);
      testing_money (assessment, &m);
      g_assert_cmpfloat (m.best_net, ==, 0);
      g_assert_false (offload_decision_get_delegation_pays (decision));
      g_assert_cmpint (offload_decision_get_need (decision), ==, cases[i].need);
      testing_assert_need (assessment);
      g_assert_cmpstr (offload_decision_get_verdict (decision), ==, cases[i].verdict);
      g_assert_false (offload_decision_get_band (decision)->pays);
      assert_money (assessment);

      why = dup_why (decision);
      headline = offload_decision_dup_headline (decision);
      if (m.freed > 0)
        {
          /* The cheaper of the two costs, over the 15 % of the lost hours
           * that come back as paid work (¾ × ½ × 10 €/h). */
          g_autofree char *value = rate (MIN (m.freelance_cost, m.hire_cost) / (m.freed * 0.5));
          g_autofree char *loss = money (-MAX (m.recovered - m.freelance_cost, m.recovered - m.hire_cost));

          assert_contains (why, "would pay once an hour of your time is worth more than");
          assert_contains (why, value);
          assert_contains (headline, loss);
        }
      else
        {
          assert_contains (why, "You hand no hours over");
          assert_lacks (why, "would pay once");
        }
    }
}

/* Paying: consider, ready, urgent as the need rises, never "not yet" nor
 * "costs more"; the need rises with every sign. At 80 €/h and 35 €/h for a
 * freelancer, each hour handed over nets at least 5 €. */
static void
test_paying (void)
{
  const double hours[] = { 0.25, 1, 2, 3, 4, 8 };
  OffloadBand *consider = band ("consider");
  OffloadBand *ready = band ("ready");
  OffloadBand *urgent = band ("urgent");

  for (guint h = 0; h < G_N_ELEMENTS (hours); h++)
    {
      g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
      OffloadDecision *decision = decision_of (assessment);
      int last_need = -1;
      guint last_strength = 0;

      offload_assessment_set_hours_per_day (assessment, hours[h]);
      for (guint i = 0; i <= offload_catalog_get_n_signs (catalog ()); i++)
        {
          OffloadBand *got;
          int need;

          if (i > 0)
            {
              OffloadSign *sign = offload_catalog_get_sign (catalog (), i - 1);

              if (offload_sign_get_kind (sign) != OFFLOAD_SIGN_KIND_SIGN)
                continue;
              offload_assessment_set_checked (assessment, offload_sign_get_id (sign), TRUE);
            }

          got = offload_decision_get_band (decision);
          need = offload_decision_get_need (decision);
          testing_assert_need (assessment);
          g_assert_true (offload_decision_get_delegation_pays (decision));
          /* The freelancer alone nets 5 € an hour handed over; a hire,
           * when it is cheaper, more. */
          g_assert_cmpfloat (offload_decision_get_net_gain_month (decision), >=,
                             hours[h] * 20 * 0.75 * (0.5 * 80 - 35) - 1e-6);
          assert_money (assessment);
          g_assert_true (got->pays);
          g_assert_true (got == (need < 45 ? consider : need < 70 ? ready : urgent));
          g_assert_cmpint (need, >, last_need);
          g_assert_cmpuint (got->strength, >=, last_strength);
          g_assert_cmpuint (got->strength, >, band ("costs-more")->strength);
          last_need = need;
          last_strength = got->strength;
        }
      /* Every sign: the signs half is full. */
      g_assert_cmpint (last_need, >=, 50);
    }
}

/* The cases of the issue. */
static void
test_issue_cases (void)
{
  /* (a) Every warning sign at half an hour a day and 15 €/h: overloaded,
   * but 7.5 h handed over bring back 7.5 × ½ × 15 = 56.25 € against
   * 262.50 € for a freelancer. Not "Delegate now": costs more. */
  {
    g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
    OffloadDecision *decision = decision_of (assessment);
    g_autofree char *headline = NULL;
    g_autofree char *why = NULL;
    g_autofree char *loss = money (262.5 - 56.25);
    g_autofree char *value = money (262.5 / 3.75);

    testing_check_all (assessment, TRUE, OFFLOAD_SIGN_KIND_SIGN);
    offload_assessment_set_hours_per_day (assessment, 0.5);
    offload_assessment_set_hourly_value (assessment, 15);

    g_assert_false (offload_decision_get_delegation_pays (decision));
    g_assert_cmpstr (offload_decision_get_verdict (decision), !=, "urgent");
    g_assert_cmpstr (offload_decision_get_verdict (decision), ==, "costs-more");
    /* ½ × 1 + ½ × 10 h ÷ 160 h ÷ ½ = 56.25 %. */
    g_assert_cmpint (offload_decision_get_need (decision), ==, 56);
    g_assert_cmpint (offload_decision_get_outside_option (decision), ==, OFFLOAD_OPTION_FREELANCE);
    g_assert_cmpfloat_with_epsilon (offload_decision_get_outside_net_month (decision), 56.25 - 262.5, 1e-9);
    assert_money (assessment);
    headline = offload_decision_dup_headline (decision);
    why = dup_why (decision);
    assert_lacks (headline, band ("urgent")->title);
    assert_lacks (headline, "Delegate now");
    assert_contains (headline, loss);
    /* 262.50 € ÷ 3.75 reinvested hours = 70 € an hour. */
    assert_contains (why, value);
  }

  /* (b) Nothing ticked, 5 h a day at 150 €/h: 75 h handed over, 37.5 h of
   * them reinvested (5,625 €); a freelancer costs 2,625 €, a hire at the
   * weekly minimum 104 h × 1.06 × 12.02 € + 125 €. It pays. */
  {
    g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
    OffloadDecision *decision = decision_of (assessment);
    double hire = 24 * 52 / 12.0 * 1.06 * 12.02 + 1500 / 12.0;

    offload_assessment_set_hours_per_day (assessment, 5);
    offload_assessment_set_hourly_value (assessment, 150);

    g_assert_true (offload_decision_get_delegation_pays (decision));
    g_assert_cmpint (offload_decision_get_best_option (decision), ==, OFFLOAD_OPTION_HIRE);
    g_assert_cmpfloat (offload_decision_get_net_gain_month (decision), ==, round (5625 - hire));
    g_assert_cmpfloat (offload_decision_get_net_gain_year (decision), ==, 12 * round (5625 - hire));
    g_assert_cmpfloat (5625 - 2625, >, 0);
    g_assert_cmpuint (offload_decision_get_band (decision)->strength, >=, band ("consider")->strength);
    g_assert_cmpstr (offload_decision_get_verdict (decision), !=, "not-yet");
    /* 100 h of a 160 h month: the time half is full, 50. */
    g_assert_cmpint (offload_decision_get_need (decision), ==, 50);
    g_assert_cmpstr (offload_decision_get_verdict (decision), ==, "ready");
    assert_money (assessment);
  }

  /* (c) 24 h of admin a day: more than the working day. */
  {
    g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
    OffloadDecision *decision = decision_of (assessment);

    offload_assessment_set_hours_per_day (assessment, 24);
    g_assert_true (offload_decision_has_warning (decision, OFFLOAD_WARNING_ADMIN_OVER_WORKING_DAY));
    g_assert_false (offload_decision_has_warning (decision, OFFLOAD_WARNING_FOCUS_CAPPED));
    g_assert_cmpfloat (offload_assessment_get_total_hours (assessment), ==, 24 * 20);
    g_assert_cmpfloat (offload_assessment_get_focus_hours (assessment), ==, 0);

    /* Any interruption on top is focus the day has no room for. */
    offload_assessment_set_interruptions_per_day (assessment, 5);
    g_assert_true (offload_decision_has_warning (decision, OFFLOAD_WARNING_FOCUS_CAPPED));
    g_assert_cmpfloat (offload_assessment_get_focus_hours (assessment), ==, 0);
    g_assert_cmpfloat (offload_assessment_get_total_hours (assessment), ==, 24 * 20);
    g_assert_cmpint (offload_decision_get_need (decision), ==, 50);
  }

  /* (c) 40 interruptions a day at 2 h of admin: 40 × 23 min = 15.3 h a day
   * of focus, of which the 8-hour day leaves 6 h. */
  {
    g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
    OffloadDecision *decision = decision_of (assessment);
    g_autofree char *message = NULL;
    g_autofree char *counted = offload_format_hours (6 * 20);

    offload_assessment_set_interruptions_per_day (assessment, 40);
    g_assert_true (offload_decision_has_warning (decision, OFFLOAD_WARNING_FOCUS_CAPPED));
    g_assert_false (offload_decision_has_warning (decision, OFFLOAD_WARNING_ADMIN_OVER_WORKING_DAY));
    g_assert_cmpfloat_with_epsilon (offload_assessment_get_focus_hours_uncapped (assessment), 40 * 23 / 60.0 * 20, 1e-9);
    g_assert_cmpfloat (offload_assessment_get_focus_hours (assessment), ==, 6 * 20);
    g_assert_cmpfloat (offload_assessment_get_monthly_hours (assessment) + offload_assessment_get_focus_hours (assessment),
                       <=, offload_assessment_get_working_hours_month (assessment));
    g_assert_cmpfloat (offload_assessment_get_total_hours (assessment), ==, 40 + 120);
    message = offload_decision_dup_warning_message (decision, OFFLOAD_WARNING_FOCUS_CAPPED);
    assert_contains (message, "40");
    assert_contains (message, counted);
  }

  /* (d) The totals are their parts, over a grid of inputs. */
  {
    g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
    const double hours[] = { 0, 1.25, 7, 24 };
    const double interruptions[] = { 0, 9, 60 };
    const double values[] = { 0, 42.5, 10000 };

    for (guint h = 0; h < G_N_ELEMENTS (hours); h++)
      for (guint i = 0; i < G_N_ELEMENTS (interruptions); i++)
        for (guint v = 0; v < G_N_ELEMENTS (values); v++)
          {
            double total, cost;
            TestingTime time;

            offload_assessment_set_hours_per_day (assessment, hours[h]);
            offload_assessment_set_interruptions_per_day (assessment, interruptions[i]);
            offload_assessment_set_hourly_value (assessment, values[v]);
            testing_time_lost (assessment, &time);
            total = offload_assessment_get_total_hours (assessment);
            cost = offload_assessment_get_total_cost (assessment);

            g_assert_cmpfloat (total, ==, offload_assessment_get_monthly_hours (assessment) +
                                          offload_assessment_get_focus_hours (assessment));
            g_assert_cmpfloat_with_epsilon (total, time.total, 1e-9);
            g_assert_cmpfloat_with_epsilon (cost, offload_assessment_get_monthly_cost (assessment) +
                                                  offload_assessment_get_focus_cost (assessment), 1e-6);
            g_assert_cmpfloat_with_epsilon (cost, time.total * values[v], 1e-6);
            g_assert_cmpfloat (offload_assessment_get_total_cost_year (assessment), ==, 12 * cost);
            assert_money (assessment);
          }
  }
}

static void
assert_warnings (OffloadAssessment *assessment)
{
  OffloadDecision *decision = decision_of (assessment);
  guint expected = testing_expected_warnings (assessment);
  g_auto(GStrv) ids = NULL;
  guint n = 0;

  g_object_get (decision, "warnings", &ids, NULL);
  for (OffloadWarning w = 0; w < OFFLOAD_N_WARNINGS; w++)
    {
      gboolean on = (expected & (1u << w)) != 0;

      if (offload_decision_has_warning (decision, w) != on)
        g_error ("warning %s: expected %s", offload_warning_to_id (w), on ? "on" : "off");
      if (!on)
        {
          g_assert_false (g_strv_contains ((const char * const *) ids, offload_warning_to_id (w)));
          continue;
        }
      {
        g_autofree char *message = offload_decision_dup_warning_message (decision, w);

        /* Listed in enum order, as the file and the property list them. */
        g_assert_cmpint (offload_decision_get_warning (decision, n), ==, w);
        g_assert_cmpstr (ids[n], ==, offload_warning_to_id (w));
        g_assert_cmpuint (strlen (message), >, 10);
        g_assert_null (strchr (message, '\n'));
        n++;
      }
    }
  g_assert_cmpuint (offload_decision_get_n_warnings (decision), ==, n);
  g_assert_cmpuint (g_strv_length (ids), ==, n);
}

/* Each warning appears exactly when its condition holds: around each
 * threshold, one input at a time, then all of them crossed. */
static void
test_warnings (void)
{
  /* Ids, and the input each concerns, are the file's. */
  static const struct {
    OffloadWarning warning;
    const char    *id;
    const char    *input;
  } names[] = {
    { OFFLOAD_WARNING_ADMIN_OVER_WORKING_DAY, "admin-over-working-day", OFFLOAD_INPUT_HOURS_PER_DAY },
    { OFFLOAD_WARNING_FOCUS_CAPPED, "focus-capped", OFFLOAD_INPUT_INTERRUPTIONS_PER_DAY },
    { OFFLOAD_WARNING_WORKING_DAY_TOO_LONG, "working-day-too-long", OFFLOAD_INPUT_WORKING_HOURS_PER_DAY },
    { OFFLOAD_WARNING_NO_HOURS_LOST, "no-hours-lost", OFFLOAD_INPUT_HOURS_PER_DAY },
    { OFFLOAD_WARNING_HOURLY_VALUE_ZERO, "hourly-value-zero", OFFLOAD_INPUT_HOURLY_VALUE },
    { OFFLOAD_WARNING_NOTHING_HANDED_OVER, "nothing-handed-over", OFFLOAD_INPUT_DELEGATED_SHARE },
    { OFFLOAD_WARNING_NOTHING_REINVESTED, "nothing-reinvested", OFFLOAD_INPUT_REINVESTED_SHARE },
    { OFFLOAD_WARNING_HIRE_OVER_FULL_TIME, "hire-over-full-time", OFFLOAD_INPUT_DELEGATED_SHARE },
  };
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  OffloadDecision *decision = decision_of (assessment);
  const double working[] = { 1, 8, 12.5, 13, 13.5, 24 };
  const double hours[] = { 0, 0.25, 7.75, 8, 8.25, 24 };
  const double interruptions[] = { 0, 1, 15, 16, 60 };
  const double values[] = { 0, 0.01, 80 };
  const double delegated[] = { 0, 0.05, 1 };
  const double reinvested[] = { 0, 0.05, 1 };

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == OFFLOAD_N_WARNINGS);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_cmpint (names[i].warning, ==, i);
      g_assert_cmpstr (offload_warning_to_id (names[i].warning), ==, names[i].id);
      g_assert_cmpstr (offload_warning_get_input (names[i].warning), ==, names[i].input);
      g_assert_nonnull (offload_catalog_get_input (catalog (), names[i].input));
    }

  /* The defaults call for none. */
  g_assert_cmpuint (offload_decision_get_n_warnings (decision), ==, 0);
  assert_warnings (assessment);

  /* The working day past 13 hours leaves less than 11 of rest. */
  for (guint i = 0; i < G_N_ELEMENTS (working); i++)
    {
      offload_assessment_set_working_hours_per_day (assessment, working[i]);
      g_assert_true (offload_decision_has_warning (decision, OFFLOAD_WARNING_WORKING_DAY_TOO_LONG) == (working[i] > 13));
      assert_warnings (assessment);
    }
  offload_assessment_set_working_hours_per_day (assessment, 8);

  for (guint i = 0; i < G_N_ELEMENTS (hours); i++)
    {
      offload_assessment_set_hours_per_day (assessment, hours[i]);
      g_assert_true (offload_decision_has_warning (decision, OFFLOAD_WARNING_NO_HOURS_LOST) == (hours[i] == 0));
      g_assert_true (offload_decision_has_warning (decision, OFFLOAD_WARNING_ADMIN_OVER_WORKING_DAY) == (hours[i] > 8));
      assert_warnings (assessment);
    }
  offload_assessment_set_hours_per_day (assessment, 2);

  /* 6 h of room after 2 h of admin: 15 interruptions (5.75 h) fit, 16
   * (6.13 h) do not. */
  for (guint i = 0; i < G_N_ELEMENTS (interruptions); i++)
    {
      offload_assessment_set_interruptions_per_day (assessment, interruptions[i]);
      g_assert_true (offload_decision_has_warning (decision, OFFLOAD_WARNING_FOCUS_CAPPED) == (interruptions[i] >= 16));
      assert_warnings (assessment);
    }
  offload_assessment_set_interruptions_per_day (assessment, 0);

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      offload_assessment_set_hourly_value (assessment, values[i]);
      g_assert_true (offload_decision_has_warning (decision, OFFLOAD_WARNING_HOURLY_VALUE_ZERO) == (values[i] == 0));
      assert_warnings (assessment);
    }
  offload_assessment_set_hourly_value (assessment, 80);

  for (guint i = 0; i < G_N_ELEMENTS (delegated); i++)
    {
      set_scenario_input (assessment, OFFLOAD_INPUT_DELEGATED_SHARE, delegated[i]);
      g_assert_true (offload_decision_has_warning (decision, OFFLOAD_WARNING_NOTHING_HANDED_OVER) == (delegated[i] == 0));
      assert_warnings (assessment);
    }
  set_scenario_input (assessment, OFFLOAD_INPUT_DELEGATED_SHARE, 0.75);

  for (guint i = 0; i < G_N_ELEMENTS (reinvested); i++)
    {
      set_scenario_input (assessment, OFFLOAD_INPUT_REINVESTED_SHARE, reinvested[i]);
      g_assert_true (offload_decision_has_warning (decision, OFFLOAD_WARNING_NOTHING_REINVESTED) == (reinvested[i] == 0));
      assert_warnings (assessment);
    }
  set_scenario_input (assessment, OFFLOAD_INPUT_REINVESTED_SHARE, 0.5);

  /* A hire works 46 weeks of 52: h hours freed a month take h × 12 ÷ 46
   * hours a week, over 35 past 134.17 h a month (6.7 h a day, all of it
   * handed over). */
  set_scenario_input (assessment, OFFLOAD_INPUT_DELEGATED_SHARE, 1);
  offload_assessment_set_hours_per_day (assessment, 6.7);
  g_assert_false (offload_decision_has_warning (decision, OFFLOAD_WARNING_HIRE_OVER_FULL_TIME));
  assert_warnings (assessment);
  offload_assessment_set_hours_per_day (assessment, 6.75);
  g_assert_true (offload_decision_has_warning (decision, OFFLOAD_WARNING_HIRE_OVER_FULL_TIME));
  assert_warnings (assessment);

  /* Every combination. */
  for (guint a = 0; a < G_N_ELEMENTS (working); a++)
    for (guint b = 0; b < G_N_ELEMENTS (hours); b++)
      for (guint c = 0; c < G_N_ELEMENTS (interruptions); c++)
        for (guint d = 0; d < G_N_ELEMENTS (values); d++)
          for (guint e = 0; e < G_N_ELEMENTS (delegated); e++)
            for (guint f = 0; f < G_N_ELEMENTS (reinvested); f++)
              {
                offload_assessment_set_working_hours_per_day (assessment, working[a]);
                offload_assessment_set_hours_per_day (assessment, hours[b]);
                offload_assessment_set_interruptions_per_day (assessment, interruptions[c]);
                offload_assessment_set_hourly_value (assessment, values[d]);
                set_scenario_input (assessment, OFFLOAD_INPUT_DELEGATED_SHARE, delegated[e]);
                set_scenario_input (assessment, OFFLOAD_INPUT_REINVESTED_SHARE, reinvested[f]);
                assert_warnings (assessment);
                assert_money (assessment);
                g_assert_true (offload_decision_get_band (decision) == expected_band (assessment));
              }
}

/* Counts notify emissions per property name. */
typedef struct
{
  GHashTable *counts;
  guint       changed;
} NotifyLog;

static void
on_changed (OffloadDecision *decision,
            NotifyLog       *log)
{
  log->changed++;
}

static guint
notified (NotifyLog  *log,
          const char *name)
{
  return testing_notify_log_count (log->counts, name);
}

static void
reset (NotifyLog *log)
{
  g_hash_table_remove_all (log->counts);
  log->changed = 0;
}

static void
assert_quiet (NotifyLog *log)
{
  g_assert_cmpuint (g_hash_table_size (log->counts), ==, 0);
  g_assert_cmpuint (log->changed, ==, 0);
}

/* "headline" follows every figure it quotes, "verdict" only a real change
 * of verdict, and the same value twice notifies nothing. Each property is
 * notified at most once a change. */
static void
test_notify (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  OffloadDecision *decision = decision_of (assessment);
  NotifyLog log = { testing_notify_log_new (decision), 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_signal_connect (decision, "changed", G_CALLBACK (on_changed), &log);

  /* Same values: nothing. */
  offload_assessment_set_hours_per_day (assessment, 2);
  offload_assessment_set_hourly_value (assessment, 80);
  offload_assessment_set_working_hours_per_day (assessment, 8);
  offload_assessment_set_checked (assessment, "late-quotes", FALSE);
  set_scenario_input (assessment, OFFLOAD_INPUT_DELEGATED_SHARE, 0.75);
  assert_quiet (&log);

  /* A slider step: 2 → 2.25 h a day. 33.75 h handed over instead of 30:
   * the net gain and the need (25 → 28) move, the verdict (consider) not. */
  before = offload_decision_dup_headline (decision);
  offload_assessment_set_hours_per_day (assessment, 2.25);
  after = offload_decision_dup_headline (decision);
  g_assert_cmpstr (before, !=, after);
  g_assert_cmpuint (notified (&log, "headline"), ==, 1);
  g_assert_cmpuint (notified (&log, "need"), ==, 1);
  g_assert_cmpuint (notified (&log, "net-gain-month"), ==, 1);
  g_assert_cmpuint (notified (&log, "net-gain-year"), ==, 1);
  g_assert_cmpuint (notified (&log, "verdict"), ==, 0);
  g_assert_cmpuint (notified (&log, "delegation-pays"), ==, 0);
  g_assert_cmpuint (notified (&log, "best-option"), ==, 0);
  g_assert_cmpuint (notified (&log, "warnings"), ==, 0);
  g_assert_cmpuint (log.changed, ==, 1);
  g_assert_cmpint (offload_decision_get_need (decision), ==, 28);
  g_assert_cmpstr (offload_decision_get_verdict (decision), ==, "consider");

  /* The same step again: nothing. */
  reset (&log);
  offload_assessment_set_hours_per_day (assessment, 2.25);
  assert_quiet (&log);

  /* 80 → 60 €/h: 33.75 h × ½ × 60 € = 1,012.50 € against 1,181.25 €:
   * it no longer pays. The verdict changes, once. */
  reset (&log);
  offload_assessment_set_hourly_value (assessment, 60);
  g_assert_cmpstr (offload_decision_get_verdict (decision), ==, "costs-more");
  g_assert_cmpuint (notified (&log, "verdict"), ==, 1);
  g_assert_cmpuint (notified (&log, "delegation-pays"), ==, 1);
  g_assert_cmpuint (notified (&log, "best-option"), ==, 1);
  g_assert_cmpuint (notified (&log, "net-gain-month"), ==, 1);
  g_assert_cmpuint (notified (&log, "headline"), ==, 1);
  g_assert_cmpuint (notified (&log, "need"), ==, 0);
  g_assert_cmpuint (log.changed, ==, 1);

  /* 60 → 65 €/h: still not paying, the net gain stays 0 and the verdict
   * stays; the loss the headline quotes moves. */
  reset (&log);
  g_free (before);
  before = offload_decision_dup_headline (decision);
  offload_assessment_set_hourly_value (assessment, 65);
  g_clear_pointer (&after, g_free);
  after = offload_decision_dup_headline (decision);
  g_assert_cmpstr (before, !=, after);
  g_assert_cmpuint (notified (&log, "headline"), ==, 1);
  g_assert_cmpuint (notified (&log, "verdict"), ==, 0);
  g_assert_cmpuint (notified (&log, "net-gain-month"), ==, 0);
  g_assert_cmpuint (notified (&log, "delegation-pays"), ==, 0);
  g_assert_cmpuint (log.changed, ==, 1);

  /* A scenario input the sentences quote: the headline follows. */
  reset (&log);
  set_scenario_input (assessment, OFFLOAD_INPUT_FREELANCE_RATE, 30);
  g_assert_cmpuint (notified (&log, "headline"), ==, 1);
  g_assert_cmpuint (log.changed, ==, 1);
  reset (&log);
  set_scenario_input (assessment, OFFLOAD_INPUT_FREELANCE_RATE, 30);
  assert_quiet (&log);

  /* A warning comes and goes: notified each time. */
  reset (&log);
  offload_assessment_set_hourly_value (assessment, 0);
  g_assert_cmpuint (notified (&log, "warnings"), ==, 1);
  reset (&log);
  offload_assessment_set_hourly_value (assessment, 0);
  assert_quiet (&log);
  offload_assessment_set_hourly_value (assessment, 80);
  g_assert_cmpuint (notified (&log, "warnings"), ==, 1);

  /* A sign moves the need; a counter the verdict, once each way. */
  reset (&log);
  offload_assessment_set_checked (assessment, "late-quotes", TRUE);
  g_assert_cmpuint (notified (&log, "need"), ==, 1);
  g_assert_cmpuint (notified (&log, "headline"), ==, 1);
  reset (&log);
  offload_assessment_set_checked (assessment, "early-stage", TRUE);
  g_assert_cmpuint (notified (&log, "verdict"), ==, 1);
  g_assert_cmpuint (notified (&log, "need"), ==, 0);
  g_assert_cmpuint (notified (&log, "headline"), ==, 1);
  reset (&log);
  offload_assessment_set_checked (assessment, "early-stage", TRUE);
  assert_quiet (&log);

  /* A second counter, after the first in the catalog: the headline still
   * names the first. Unticking the first, it names the second: notified,
   * though the verdict stays. */
  reset (&log);
  g_free (before);
  before = offload_decision_dup_headline (decision);
  offload_assessment_set_checked (assessment, "processes-not-formalised", TRUE);
  g_clear_pointer (&after, g_free);
  after = offload_decision_dup_headline (decision);
  g_assert_cmpuint (notified (&log, "verdict"), ==, 0);
  if (g_strcmp0 (before, after) != 0)
    g_assert_cmpuint (notified (&log, "headline"), ==, 1);
  reset (&log);
  offload_assessment_set_checked (assessment, "early-stage", FALSE);
  g_free (before);
  before = g_steal_pointer (&after);
  after = offload_decision_dup_headline (decision);
  g_assert_cmpstr (before, !=, after);
  g_assert_cmpuint (notified (&log, "headline"), ==, 1);
  g_assert_cmpuint (notified (&log, "verdict"), ==, 0);

  /* Another currency: the amounts the headline quotes are written anew. */
  offload_assessment_set_checked (assessment, "processes-not-formalised", FALSE);
  reset (&log);
  g_free (before);
  before = offload_decision_dup_headline (decision);
  offload_assessment_set_currency (assessment, "USD");
  g_clear_pointer (&after, g_free);
  after = offload_decision_dup_headline (decision);
  g_assert_cmpstr (before, !=, after);
  g_assert_cmpuint (notified (&log, "headline"), ==, 1);
  g_assert_cmpuint (notified (&log, "verdict"), ==, 0);

  g_hash_table_unref (log.counts);
}

/* The year is twelve months of the month, for the decision as for the
 * costs; when doing it yourself is best, both are 0. */
static void
test_net_gain_year (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  OffloadDecision *decision = decision_of (assessment);
  const double hours[] = { 0, 0.5, 2, 6.25, 24 };
  const double values[] = { 0, 20, 70, 80, 333.33, 10000 };
  const double rates[] = { 0, 35, 1000 };
  double months = offload_catalog_get_constant (catalog (), OFFLOAD_CONSTANT_MONTHS_PER_YEAR);

  g_assert_cmpfloat (months, ==, 12);
  for (guint h = 0; h < G_N_ELEMENTS (hours); h++)
    for (guint v = 0; v < G_N_ELEMENTS (values); v++)
      for (guint r = 0; r < G_N_ELEMENTS (rates); r++)
        {
          double year;

          offload_assessment_set_hours_per_day (assessment, hours[h]);
          offload_assessment_set_hourly_value (assessment, values[v]);
          set_scenario_input (assessment, OFFLOAD_INPUT_FREELANCE_RATE, rates[r]);
          g_object_get (decision, "net-gain-year", &year, NULL);
          g_assert_cmpfloat (year, ==, 12 * offload_decision_get_net_gain_month (decision));
          g_assert_cmpfloat (offload_decision_get_net_gain_year (decision), ==, year);
          g_assert_cmpfloat (offload_decision_get_net_gain_month (decision), >=, 0);
          if (!offload_decision_get_delegation_pays (decision))
            g_assert_cmpfloat (year, ==, 0);
          assert_money (assessment);
        }
}

/* The working day takes what the catalog allows, no more. */
static void
test_working_day_clamps (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  OffloadInputSpec *spec = offload_catalog_get_input (catalog (), OFFLOAD_INPUT_WORKING_HOURS_PER_DAY);
  const struct {
    double set;
    double expected;
  } cases[] = {
    { 8.5, 8.5 }, { -5, spec->min }, { 0, spec->min }, { 0.5, spec->min }, { spec->min, spec->min },
    { 7.25, 7.25 }, { spec->max, spec->max }, { 24.01, spec->max }, { 1e9, spec->max },
    { INFINITY, spec->max }, { -INFINITY, spec->min },
  };

  g_assert_cmpfloat (offload_assessment_get_working_hours_per_day (assessment), ==, spec->default_value);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double property = 0;

      offload_assessment_set_working_hours_per_day (assessment, cases[i].set);
      g_assert_cmpfloat (offload_assessment_get_working_hours_per_day (assessment), ==, cases[i].expected);
      g_object_get (assessment, "working-hours-per-day", &property, NULL);
      g_assert_cmpfloat (property, ==, cases[i].expected);
      g_assert_cmpfloat (offload_assessment_get_working_hours_month (assessment), ==, cases[i].expected * 5 * 4);
      testing_assert_need (assessment);
    }
  /* Not a number changes nothing. */
  offload_assessment_set_working_hours_per_day (assessment, 9);
  offload_assessment_set_working_hours_per_day (assessment, NAN);
  g_assert_cmpfloat (offload_assessment_get_working_hours_per_day (assessment), ==, 9);
  /* Through the property as well. */
  g_object_set (assessment, "working-hours-per-day", 99.0, NULL);
  g_assert_cmpfloat (offload_assessment_get_working_hours_per_day (assessment), ==, spec->max);
}

/* From the time lost to the net gain: each figure of the chain is the
 * owner's. 30 h handed over, 15 h reinvested at 80 €: 1,200 € − 1,050 €. */
static void
test_chain (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  g_autofree char *chain = offload_decision_dup_chain (decision_of (assessment));
  const double figures[] = { 3200, 1200, 1050, 150 };

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      g_autofree char *text = money (figures[i]);

      assert_contains (chain, text);
    }
  {
    g_autofree char *handed = offload_format_hours (30);
    g_autofree char *reinvested = offload_format_hours (15);

    assert_contains (chain, handed);
    assert_contains (chain, reinvested);
  }
}

/* The decision is the assessment's: it goes with it. */
static void
test_lifetime (void)
{
  OffloadAssessment *assessment = offload_assessment_new (NULL);
  OffloadDecision *decision = decision_of (assessment);

  g_object_add_weak_pointer (G_OBJECT (decision), (gpointer *) &decision);
  g_assert_finalize_object (assessment);
  g_assert_null (decision);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/decision/counter", test_counter);
  g_test_add_func ("/decision/two-counters", test_two_counters);
  g_test_add_func ("/decision/breakeven", test_breakeven);
  g_test_add_func ("/decision/breakeven-noise", test_breakeven_noise);
  g_test_add_func ("/decision/breakeven-hire", test_breakeven_hire);
  g_test_add_func ("/decision/not-paying", test_not_paying);
  g_test_add_func ("/decision/paying", test_paying);
  g_test_add_func ("/decision/issue-cases", test_issue_cases);
  g_test_add_func ("/decision/warnings", test_warnings);
  g_test_add_func ("/decision/notify", test_notify);
  g_test_add_func ("/decision/net-gain-year", test_net_gain_year);
  g_test_add_func ("/decision/working-day-clamps", test_working_day_clamps);
  g_test_add_func ("/decision/chain", test_chain);
  g_test_add_func ("/decision/lifetime", test_lifetime);

  return g_test_run ();
}
