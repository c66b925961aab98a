/* test-assessment.c: the model's figures, ranges, verdicts and notifications
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "offload-assessment.h"
#include "testing.h"

/* Counts notify emissions per property name. */
typedef struct
{
  GHashTable *counts;
} NotifyLog;

static void
count_changed (guint *count)
{
  (*count)++;
}

static guint
notified (NotifyLog  *log,
          const char *name)
{
  return testing_notify_log_count (log->counts, name);
}

static void
notify_log_reset (NotifyLog *log)
{
  g_hash_table_remove_all (log->counts);
}

static OffloadInputSpec *
spec (const char *id)
{
  return offload_catalog_get_input (offload_catalog_get_default (), id);
}

/* The band the decision must pick: the counter band if a counter-indication
 * is ticked, else the band of the need score on the side of the money. */
static const char *
expected_verdict (OffloadAssessment *assessment)
{
  OffloadCatalog *catalog = offload_assessment_get_catalog (assessment);

  for (guint i = 0; i < offload_catalog_get_n_signs (catalog); i++)
    {
      OffloadSign *sign = offload_catalog_get_sign (catalog, i);

      if (offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_COUNTER &&
          offload_assessment_get_checked (assessment, offload_sign_get_id (sign)))
        return offload_catalog_get_counter_band (catalog)->id;
    }
  return offload_catalog_band_for_need (catalog, testing_expected_need (assessment),
                                        testing_best_net (assessment) >= TESTING_LEAST_GAIN)->id;
}

/* The seed article's worked example: 2 h × 5 days × 4 weeks × 80 €/h. */
static void
test_worked_example (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);

  g_assert_cmpfloat (offload_assessment_get_hours_per_day (assessment), ==, 2);
  g_assert_cmpfloat (offload_assessment_get_days_per_week (assessment), ==, 5);
  g_assert_cmpfloat (offload_assessment_get_weeks_per_month (assessment), ==, 4);
  g_assert_cmpfloat (offload_assessment_get_hourly_value (assessment), ==, 80);
  g_assert_cmpfloat (offload_assessment_get_interruptions_per_day (assessment), ==, 0);
  g_assert_cmpstr (offload_assessment_get_currency (assessment), ==, "EUR");

  g_assert_cmpfloat (offload_assessment_get_monthly_hours (assessment), ==, 40);
  g_assert_cmpfloat (offload_assessment_get_monthly_cost (assessment), ==, 3200);
  g_assert_cmpfloat (offload_assessment_get_yearly_cost (assessment), ==, 38400);
  g_assert_cmpfloat (offload_assessment_get_focus_hours (assessment), ==, 0);
  g_assert_cmpfloat (offload_assessment_get_focus_cost (assessment), ==, 0);
  g_assert_cmpfloat (offload_assessment_get_working_hours_per_day (assessment), ==, 8);
  g_assert_cmpfloat (offload_assessment_get_working_hours_month (assessment), ==, 8 * 5 * 4);
  g_assert_cmpfloat (offload_assessment_get_total_hours (assessment), ==, 40);
  g_assert_cmpfloat (offload_assessment_get_total_cost (assessment), ==, 3200);
  g_assert_cmpfloat (offload_assessment_get_total_cost_year (assessment), ==, 38400);
  /* No sign ticked; 40 h of a 160 h month, counted in full at half of it:
   * need = 100 × (½ × 0 + ½ × 40 ÷ 160 ÷ ½) = 25. */
  g_assert_cmpint (offload_assessment_get_readiness (assessment), ==, 25);
  testing_assert_need (assessment);
  /* Three quarters handed over (30 h) to a freelancer at 35 €/h: 1,050 €;
   * half of them reinvested at 80 €/h: 1,200 €. It pays (150 € a month),
   * and a need of 25 makes it worth considering. */
  g_assert_cmpfloat_with_epsilon (testing_best_net (assessment), 30 * 0.5 * 80 - 30 * 35, 1e-9);
  g_assert_cmpstr (offload_assessment_get_verdict (assessment), ==, "consider");
  g_assert_cmpstr (((const char * const *) offload_assessment_get_reasons (assessment))[0], ==, NULL);

  g_assert_finalize_object (g_steal_pointer (&assessment));
}

/* 10 interruptions a day at 23 minutes each is "half a day destroyed". */
static void
test_focus (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  double per_day;

  offload_assessment_set_interruptions_per_day (assessment, 10);
  per_day = 10 * 23 / 60.0;
  g_assert_cmpfloat_with_epsilon (offload_assessment_get_focus_hours (assessment), per_day * 20, 1e-9);
  g_assert_cmpfloat_with_epsilon (offload_assessment_get_focus_cost (assessment), per_day * 20 * 80, 1e-9);
  /* Focus is reported beside the admin hours, not added to them; the total
   * time lost adds both. */
  g_assert_cmpfloat (offload_assessment_get_monthly_hours (assessment), ==, 40);
  g_assert_cmpfloat_with_epsilon (offload_assessment_get_total_hours (assessment), 40 + per_day * 20, 1e-9);
  g_assert_cmpfloat_with_epsilon (offload_assessment_get_total_cost (assessment), (40 + per_day * 20) * 80, 1e-9);
  g_assert_cmpfloat (offload_assessment_get_focus_hours_uncapped (assessment), ==,
                     offload_assessment_get_focus_hours (assessment));

  /* 30 interruptions would cost 11.5 h a day, more than the 6 h an 8-hour
   * day leaves after 2 h of admin: the focus counted is capped there. */
  offload_assessment_set_interruptions_per_day (assessment, 30);
  g_assert_cmpfloat_with_epsilon (offload_assessment_get_focus_hours_uncapped (assessment), 30 * 23 / 60.0 * 20, 1e-9);
  g_assert_cmpfloat (offload_assessment_get_focus_hours (assessment), ==, (8 - 2) * 20);
  g_assert_cmpfloat (offload_assessment_get_total_hours (assessment), ==, 8 * 20);
  g_assert_cmpfloat (offload_assessment_get_focus_cost (assessment), ==, (8 - 2) * 20 * 80);

  /* A longer working day leaves room for all of it. */
  offload_assessment_set_working_hours_per_day (assessment, 14);
  g_assert_cmpfloat_with_epsilon (offload_assessment_get_focus_hours (assessment), 30 * 23 / 60.0 * 20, 1e-9);

  /* Admin alone past the working day: no focus is counted, the admin is. */
  offload_assessment_set_working_hours_per_day (assessment, 4);
  offload_assessment_set_hours_per_day (assessment, 6);
  g_assert_cmpfloat (offload_assessment_get_focus_hours (assessment), ==, 0);
  g_assert_cmpfloat (offload_assessment_get_total_hours (assessment), ==, 6 * 20);
}

/* The working month and what it bounds follow the working day, the days
 * and the weeks. */
static void
test_working_time (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  const double days[] = { 1, 3, 5, 7 };
  const double weeks[] = { 1, 4, 4.33, 5 };
  const double working[] = { 1, 4.5, 8, 13, 24 };
  const double interruptions[] = { 0, 10, 60 };

  for (guint d = 0; d < G_N_ELEMENTS (days); d++)
    for (guint w = 0; w < G_N_ELEMENTS (weeks); w++)
      for (guint h = 0; h < G_N_ELEMENTS (working); h++)
        for (guint i = 0; i < G_N_ELEMENTS (interruptions); i++)
          {
            TestingTime time;

            offload_assessment_set_days_per_week (assessment, days[d]);
            offload_assessment_set_weeks_per_month (assessment, weeks[w]);
            offload_assessment_set_working_hours_per_day (assessment, working[h]);
            offload_assessment_set_interruptions_per_day (assessment, interruptions[i]);
            testing_time_lost (assessment, &time);

            g_assert_cmpfloat_with_epsilon (offload_assessment_get_working_hours_month (assessment),
                                            working[h] * days[d] * weeks[w], 1e-9);
            g_assert_cmpfloat_with_epsilon (offload_assessment_get_focus_hours (assessment), time.focus, 1e-9);
            g_assert_cmpfloat_with_epsilon (offload_assessment_get_total_hours (assessment), time.total, 1e-9);
            g_assert_cmpfloat (offload_assessment_get_total_hours (assessment), <=,
                               MAX (time.admin, time.working) + 1e-9);
            g_assert_cmpfloat_with_epsilon (offload_assessment_get_total_cost (assessment),
                                            time.total * offload_assessment_get_hourly_value (assessment), 1e-6);
            g_assert_cmpfloat (offload_assessment_get_total_cost_year (assessment), ==,
                               12 * offload_assessment_get_total_cost (assessment));
            testing_assert_need (assessment);
          }
}

static void
test_yearly_is_twelve_months (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  const double hours[] = { 0, 0.25, 1.5, 3.75, 12, 24 };
  const double values[] = { 0, 10, 37.5, 80, 499.99, 10000 };

  for (guint i = 0; i < G_N_ELEMENTS (hours); i++)
    for (guint j = 0; j < G_N_ELEMENTS (values); j++)
      {
        offload_assessment_set_hours_per_day (assessment, hours[i]);
        offload_assessment_set_hourly_value (assessment, values[j]);
        g_assert_cmpfloat (offload_assessment_get_yearly_cost (assessment), ==,
                           12 * offload_assessment_get_monthly_cost (assessment));
        g_assert_cmpfloat_with_epsilon (offload_assessment_get_monthly_cost (assessment),
                                        hours[i] * 5 * 4 * values[j], 1e-6);
      }
}

typedef struct
{
  const char *id;
  void      (*set) (OffloadAssessment *, double);
  double    (*get) (OffloadAssessment *);
} Input;

static const Input inputs[] = {
  { "hours_per_day", offload_assessment_set_hours_per_day, offload_assessment_get_hours_per_day },
  { "days_per_week", offload_assessment_set_days_per_week, offload_assessment_get_days_per_week },
  { "weeks_per_month", offload_assessment_set_weeks_per_month, offload_assessment_get_weeks_per_month },
  { "hourly_value", offload_assessment_set_hourly_value, offload_assessment_get_hourly_value },
  { "interruptions_per_day", offload_assessment_set_interruptions_per_day, offload_assessment_get_interruptions_per_day },
  { "working_hours_per_day", offload_assessment_set_working_hours_per_day, offload_assessment_get_working_hours_per_day },
};

/* Each input at its edges, just past them, at infinity and at NaN. */
static void
test_range_edges (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
      OffloadInputSpec *s = spec (inputs[i].id);

      g_test_message ("input %s: %g–%g", inputs[i].id, s->min, s->max);

      inputs[i].set (assessment, s->min);
      g_assert_cmpfloat (inputs[i].get (assessment), ==, s->min);
      inputs[i].set (assessment, s->max);
      g_assert_cmpfloat (inputs[i].get (assessment), ==, s->max);
      g_assert_true (isfinite (offload_assessment_get_yearly_cost (assessment)));
      g_assert_true (isfinite (offload_assessment_get_focus_cost (assessment)));
      g_assert_true (isfinite (offload_assessment_get_total_cost_year (assessment)));
      testing_assert_need (assessment);

      inputs[i].set (assessment, s->min - 1);
      g_assert_cmpfloat (inputs[i].get (assessment), ==, s->min);
      inputs[i].set (assessment, s->max + 1);
      g_assert_cmpfloat (inputs[i].get (assessment), ==, s->max);
      inputs[i].set (assessment, -INFINITY);
      g_assert_cmpfloat (inputs[i].get (assessment), ==, s->min);
      inputs[i].set (assessment, INFINITY);
      g_assert_cmpfloat (inputs[i].get (assessment), ==, s->max);
      inputs[i].set (assessment, NAN);
      g_assert_cmpfloat (inputs[i].get (assessment), ==, s->max);

      if (s->integer)
        {
          inputs[i].set (assessment, s->min + 1.4);
          g_assert_cmpfloat (inputs[i].get (assessment), ==, s->min + 1);
        }

      g_assert_true (isfinite (offload_assessment_get_monthly_cost (assessment)));
      g_assert_cmpfloat (offload_assessment_get_monthly_cost (assessment), >=, 0);
    }
}

/* The design card's ranges reach the model through the catalog. */
static void
test_documented_ranges (void)
{
  g_assert_cmpfloat (spec ("hours_per_day")->min, ==, 0);
  g_assert_cmpfloat (spec ("hours_per_day")->max, ==, 24);
  g_assert_cmpfloat (spec ("days_per_week")->min, ==, 1);
  g_assert_cmpfloat (spec ("days_per_week")->max, ==, 7);
  g_assert_cmpfloat (spec ("weeks_per_month")->min, ==, 1);
  g_assert_cmpfloat (spec ("weeks_per_month")->max, ==, 5);
  g_assert_cmpfloat (spec ("hourly_value")->min, ==, 0);
  g_assert_cmpfloat (spec ("interruptions_per_day")->min, ==, 0);
  /* A working day of at least an hour (so the working month is never 0),
   * at most a whole day, 8 hours unless set. */
  g_assert_cmpfloat (spec ("working_hours_per_day")->min, ==, 1);
  g_assert_cmpfloat (spec ("working_hours_per_day")->max, ==, 24);
  g_assert_cmpfloat (spec ("working_hours_per_day")->default_value, ==, 8);
  g_assert_false (spec ("working_hours_per_day")->integer);
}

static void
test_readiness_bounds (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);

  /* No hours lost and nothing ticked: 0. */
  offload_assessment_set_hours_per_day (assessment, 0);
  g_assert_cmpint (offload_assessment_get_readiness (assessment), ==, 0);
  g_assert_cmpstr (offload_assessment_get_verdict (assessment), ==, "not-yet");
  /* Every sign ticked and half the working time lost: 100. */
  testing_check_all (assessment, TRUE, OFFLOAD_SIGN_KIND_SIGN);
  offload_assessment_set_hours_per_day (assessment, 4);
  g_assert_cmpint (offload_assessment_get_readiness (assessment), ==, 100);
  /* 60 h handed over, half of them turned into paid work at 80 €/h
   * (2,400 €), against 2,100 € for a freelancer at 35 €/h: it pays. */
  g_assert_cmpfloat (testing_best_net (assessment), >=, TESTING_LEAST_GAIN);
  g_assert_cmpstr (offload_assessment_get_verdict (assessment), ==, "urgent");
  /* At most max_reasons signs, highest weight first. */
  g_assert_cmpuint (g_strv_length ((char **) offload_assessment_get_reasons (assessment)), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      OffloadSign *sign = offload_catalog_lookup (offload_catalog_get_default (),
                                                  offload_assessment_get_reasons (assessment)[i]);
      g_assert_cmpuint (offload_sign_get_weight (sign), ==, 3);
    }

  testing_check_all (assessment, FALSE, OFFLOAD_SIGN_KIND_SIGN);
  /* The time half alone: 50. */
  g_assert_cmpint (offload_assessment_get_readiness (assessment), ==, 50);
  g_assert_cmpstr (offload_assessment_get_verdict (assessment), ==, "ready");
  g_assert_cmpstr (offload_assessment_get_delegate_first (assessment)[0], ==, NULL);
}

/* Readiness is the need score: half the weighted share of the signs, half
 * the share of the working time lost. Computed here from the catalog's
 * weights and constants, sign by sign, at several hours a day. */
static void
test_readiness_weighted (void)
{
  OffloadCatalog *catalog = offload_catalog_get_default ();
  const double hours[] = { 0, 1, 2.5, 4, 9 };
  guint total = 0;

  for (guint i = 0; i < offload_catalog_get_n_signs (catalog); i++)
    if (offload_sign_get_kind (offload_catalog_get_sign (catalog, i)) == OFFLOAD_SIGN_KIND_SIGN)
      total += offload_sign_get_weight (offload_catalog_get_sign (catalog, i));
  g_assert_cmpuint (offload_catalog_get_total_weight (catalog), ==, total);

  for (guint h = 0; h < G_N_ELEMENTS (hours); h++)
    {
      g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
      /* Out of a 160 h working month, full at 80 h. */
      double time_part = MIN (1.0, hours[h] * 20 / 160 / 0.5);
      guint sum = 0;

      offload_assessment_set_hours_per_day (assessment, hours[h]);
      for (guint i = 0; i < offload_catalog_get_n_signs (catalog); i++)
        {
          OffloadSign *sign = offload_catalog_get_sign (catalog, i);
          OffloadBand *band;

          if (offload_sign_get_kind (sign) != OFFLOAD_SIGN_KIND_SIGN)
            continue;

          offload_assessment_set_checked (assessment, offload_sign_get_id (sign), TRUE);
          sum += offload_sign_get_weight (sign);
          g_assert_cmpint (offload_assessment_get_readiness (assessment), ==,
                           (int) round (100.0 * (0.5 * sum / total + 0.5 * time_part)));
          testing_assert_need (assessment);

          band = offload_catalog_lookup_band (catalog, offload_assessment_get_verdict (assessment));
          g_assert_nonnull (band);
          g_assert_false (band->counter);
          g_assert_true (band->pays == (testing_best_net (assessment) >= TESTING_LEAST_GAIN));
          g_assert_cmpint (band->min, <=, offload_assessment_get_readiness (assessment));
          g_assert_cmpint (band->max, >=, offload_assessment_get_readiness (assessment));
        }
    }
}

/* Any counter-indication forces "prepare first", whatever the score, and
 * names itself among the reasons. */
static void
test_counter_overrides (void)
{
  OffloadCatalog *catalog = offload_catalog_get_default ();
  const char *counter_band = offload_catalog_get_counter_band (catalog)->id;
  guint n_counters = 0;

  g_assert_cmpstr (counter_band, ==, "prepare-first");

  for (guint i = 0; i < offload_catalog_get_n_signs (catalog); i++)
    {
      OffloadSign *counter = offload_catalog_get_sign (catalog, i);
      const char *id = offload_sign_get_id (counter);

      if (offload_sign_get_kind (counter) != OFFLOAD_SIGN_KIND_COUNTER)
        continue;
      n_counters++;

      for (guint all = 0; all < 2; all++)
        {
          g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);

          if (all)
            testing_check_all (assessment, TRUE, OFFLOAD_SIGN_KIND_SIGN);
          offload_assessment_set_checked (assessment, id, TRUE);

          g_assert_cmpstr (offload_assessment_get_verdict (assessment), ==, counter_band);
          g_assert_cmpstr (offload_assessment_get_reasons (assessment)[0], ==, id);
          /* The need is still computed, counters weighing nothing in it. */
          testing_assert_need (assessment);
          g_assert_nonnull (offload_sign_get_remediation (counter));

          offload_assessment_set_checked (assessment, id, FALSE);
          /* The default inputs pay (150 € a month): the need picks the band. */
          g_assert_cmpstr (offload_assessment_get_verdict (assessment), ==, all ? "urgent" : "consider");
          g_assert_cmpstr (offload_assessment_get_verdict (assessment), ==, expected_verdict (assessment));
        }
    }

  g_assert_cmpuint (n_counters, ==, 4);
}

static void
test_delegate_first (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  OffloadCatalog *catalog = offload_assessment_get_catalog (assessment);
  const char * const *tasks;
  const char * const *reasons;

  g_assert_null (offload_assessment_get_delegate_reasons (assessment, "quotes"));

  offload_assessment_set_checked (assessment, "late-quotes", TRUE);
  tasks = offload_assessment_get_delegate_first (assessment);
  g_assert_cmpstr (tasks[0], ==, "quotes");
  g_assert_null (tasks[1]);

  /* Invoicing and quotes carry the same risk; invoicing takes the larger
   * share of the hours, so it goes first. */
  g_assert_cmpint (offload_catalog_lookup_task (catalog, "invoicing")->risk, ==,
                   offload_catalog_lookup_task (catalog, "quotes")->risk);
  g_assert_cmpfloat (offload_catalog_lookup_task (catalog, "invoicing")->share, >,
                     offload_catalog_lookup_task (catalog, "quotes")->share);
  offload_assessment_set_checked (assessment, "late-invoicing", TRUE);
  tasks = offload_assessment_get_delegate_first (assessment);
  g_assert_cmpstr (tasks[0], ==, "invoicing");
  g_assert_cmpstr (tasks[1], ==, "quotes");

  /* A low-risk task goes before both, though its sign weighs less. */
  g_assert_cmpint (offload_catalog_lookup_task (catalog, "crm-upkeep")->risk, <,
                   offload_catalog_lookup_task (catalog, "quotes")->risk);
  offload_assessment_set_checked (assessment, "stale-crm", TRUE);
  tasks = offload_assessment_get_delegate_first (assessment);
  g_assert_cmpstr (tasks[0], ==, "crm-upkeep");

  /* Why: the signs that call for a task, heaviest first. */
  offload_assessment_set_checked (assessment, "inbox-overload", TRUE);     /* weight 2 */
  offload_assessment_set_checked (assessment, "evenings-weekends", TRUE);  /* weight 3 */
  reasons = offload_assessment_get_delegate_reasons (assessment, "inbox-triage");
  g_assert_nonnull (reasons);
  g_assert_cmpstr (reasons[0], ==, "evenings-weekends");
  g_assert_cmpstr (reasons[1], ==, "inbox-overload");
  g_assert_null (reasons[2]);
  g_assert_null (offload_assessment_get_delegate_reasons (assessment, "social-media"));
  g_assert_null (offload_assessment_get_delegate_reasons (assessment, "no-such-task"));
}

static void
test_unknown_answer (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  g_auto(GStrv) checked = NULL;

  g_assert_false (offload_assessment_set_checked (assessment, "no-such-sign", TRUE));
  g_assert_false (offload_assessment_set_checked (assessment, NULL, TRUE));
  g_assert_false (offload_assessment_get_checked (assessment, "no-such-sign"));
  checked = offload_assessment_dup_checked_ids (assessment);
  g_assert_cmpuint (g_strv_length (checked), ==, 0);
}

static void
test_currency (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);

  offload_assessment_set_currency (assessment, "USD");
  g_assert_cmpstr (offload_assessment_get_currency (assessment), ==, "USD");
  offload_assessment_set_currency (assessment, "usd");
  offload_assessment_set_currency (assessment, "EURO");
  offload_assessment_set_currency (assessment, "");
  offload_assessment_set_currency (assessment, NULL);
  g_assert_cmpstr (offload_assessment_get_currency (assessment), ==, "USD");
}

/* notify fires when, and only when, a value really changes. */
static void
test_notify_on_change_only (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  NotifyLog log = { testing_notify_log_new (assessment) };
  guint changed = 0;

  g_signal_connect_swapped (assessment, "changed", G_CALLBACK (count_changed), &changed);

  /* Same value: nothing at all. */
  offload_assessment_set_hours_per_day (assessment, 2);
  g_assert_cmpuint (g_hash_table_size (log.counts), ==, 0);
  g_assert_cmpuint (changed, ==, 0);

  /* Clamped to the same value: nothing either. */
  offload_assessment_set_days_per_week (assessment, 7);
  notify_log_reset (&log);
  changed = 0;
  offload_assessment_set_days_per_week (assessment, 9);
  g_assert_cmpuint (g_hash_table_size (log.counts), ==, 0);
  g_assert_cmpuint (changed, ==, 0);
  offload_assessment_set_days_per_week (assessment, 5);
  notify_log_reset (&log);
  changed = 0;

  /* A real change: the input and each cost once, and the need, whose time
   * half moves from 40 h to 60 h of a 160 h month (25 to 38); the verdict
   * stays (it still pays: 1,800 € recovered against 1,575 €). */
  offload_assessment_set_hours_per_day (assessment, 3);
  g_assert_cmpuint (notified (&log, "hours-per-day"), ==, 1);
  g_assert_cmpuint (notified (&log, "monthly-hours"), ==, 1);
  g_assert_cmpuint (notified (&log, "monthly-cost"), ==, 1);
  g_assert_cmpuint (notified (&log, "yearly-cost"), ==, 1);
  g_assert_cmpuint (notified (&log, "total-hours"), ==, 1);
  g_assert_cmpuint (notified (&log, "total-cost"), ==, 1);
  g_assert_cmpuint (notified (&log, "total-cost-year"), ==, 1);
  g_assert_cmpuint (notified (&log, "focus-hours"), ==, 0);
  g_assert_cmpuint (notified (&log, "focus-cost"), ==, 0);
  g_assert_cmpuint (notified (&log, "working-hours-month"), ==, 0);
  g_assert_cmpuint (notified (&log, "readiness"), ==, 1);
  g_assert_cmpint (offload_assessment_get_readiness (assessment), ==, 38);
  g_assert_cmpuint (notified (&log, "verdict"), ==, 0);
  g_assert_cmpstr (offload_assessment_get_verdict (assessment), ==, "consider");
  g_assert_cmpuint (changed, ==, 1);

  /* The working day moves the working month and the need, not the costs. */
  notify_log_reset (&log);
  changed = 0;
  offload_assessment_set_working_hours_per_day (assessment, 10);
  g_assert_cmpuint (notified (&log, "working-hours-per-day"), ==, 1);
  g_assert_cmpuint (notified (&log, "working-hours-month"), ==, 1);
  g_assert_cmpuint (notified (&log, "readiness"), ==, 1);
  g_assert_cmpuint (notified (&log, "monthly-cost"), ==, 0);
  g_assert_cmpuint (notified (&log, "total-hours"), ==, 0);
  g_assert_cmpuint (changed, ==, 1);
  testing_assert_need (assessment);
  offload_assessment_set_working_hours_per_day (assessment, 8);

  /* Hourly value 0: costs are 0; moving hours then changes hours only. */
  offload_assessment_set_hourly_value (assessment, 0);
  notify_log_reset (&log);
  offload_assessment_set_hours_per_day (assessment, 4);
  g_assert_cmpuint (notified (&log, "monthly-hours"), ==, 1);
  g_assert_cmpuint (notified (&log, "monthly-cost"), ==, 0);
  g_assert_cmpuint (notified (&log, "yearly-cost"), ==, 0);

  /* A sign of weight 1 moves readiness (by ½ × 1 ÷ the total weight, more
   * than half a point); the verdict stays where it was. */
  notify_log_reset (&log);
  {
    int before = offload_assessment_get_readiness (assessment);
    const char *verdict = offload_assessment_get_verdict (assessment);

    offload_assessment_set_checked (assessment, "endless-todo", TRUE);
    g_assert_cmpint (offload_assessment_get_readiness (assessment), >, before);
    testing_assert_need (assessment);
    g_assert_cmpstr (offload_assessment_get_verdict (assessment), ==, verdict);
  }
  g_assert_cmpuint (notified (&log, "readiness"), ==, 1);
  g_assert_cmpuint (notified (&log, "verdict"), ==, 0);
  g_assert_cmpuint (notified (&log, "reasons"), ==, 1);
  g_assert_cmpuint (notified (&log, "monthly-cost"), ==, 0);

  /* Re-checking a checked sign is no change. */
  notify_log_reset (&log);
  changed = 0;
  offload_assessment_set_checked (assessment, "endless-todo", TRUE);
  g_assert_cmpuint (g_hash_table_size (log.counts), ==, 0);
  g_assert_cmpuint (changed, ==, 0);

  /* A counter changes the verdict but not readiness. */
  offload_assessment_set_checked (assessment, "early-stage", TRUE);
  g_assert_cmpuint (notified (&log, "verdict"), ==, 1);
  g_assert_cmpuint (notified (&log, "readiness"), ==, 0);

  g_hash_table_unref (log.counts);
}

static void
test_properties (void)
{
  g_autoptr(OffloadAssessment) assessment = NULL;
  g_auto(GStrv) reasons = NULL;
  double cost = 0;
  int readiness = -1;

  g_autoptr(OffloadDecision) decision = NULL;
  g_autofree char *verdict = NULL;
  double working = 0, working_month = 0, total = 0, total_cost = 0, total_year = 0;

  assessment = g_object_new (OFFLOAD_TYPE_ASSESSMENT,
                             "hours-per-day", 1.5,
                             "hourly-value", 100.0,
                             "working-hours-per-day", 9.5,
                             NULL);
  offload_assessment_set_checked (assessment, "key-person", TRUE);
  g_object_get (assessment,
                "monthly-cost", &cost,
                "readiness", &readiness,
                "reasons", &reasons,
                "working-hours-per-day", &working,
                "working-hours-month", &working_month,
                "total-hours", &total,
                "total-cost", &total_cost,
                "total-cost-year", &total_year,
                "decision", &decision,
                "verdict", &verdict,
                NULL);
  g_assert_cmpfloat (cost, ==, 1.5 * 5 * 4 * 100);
  /* Key person weighs 3: ½ × 3 ÷ the total weight + ½ × 30 h ÷ 190 h ÷ ½,
   * in percent. */
  g_assert_cmpuint (offload_sign_get_weight (offload_catalog_lookup (offload_assessment_get_catalog (assessment),
                                                                     "key-person")), ==, 3);
  g_assert_cmpint (readiness, ==,
                   (int) round (100 * (0.5 * 3 / offload_catalog_get_total_weight (offload_assessment_get_catalog (assessment)) +
                                       0.5 * 30 / 190.0 / 0.5)));
  g_assert_cmpstr (reasons[0], ==, "key-person");
  g_assert_cmpfloat (working, ==, 9.5);
  g_assert_cmpfloat (working_month, ==, 9.5 * 5 * 4);
  g_assert_cmpfloat (total, ==, 1.5 * 5 * 4);
  g_assert_cmpfloat (total_cost, ==, cost);
  g_assert_cmpfloat (total_year, ==, 12 * cost);
  g_assert_true (decision == offload_assessment_get_decision (assessment));
  g_assert_cmpint (offload_decision_get_need (decision), ==, readiness);
  g_assert_cmpstr (offload_decision_get_verdict (decision), ==, verdict);
}

/* The answer objects are the assessment's own state: a widget bound to one
 * drives the model, and the model drives it. */
static void
test_answer_objects (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  OffloadAnswer *answer = offload_assessment_get_answer (assessment, "early-stage");
  gboolean checked = FALSE;

  g_assert_nonnull (answer);
  g_assert_null (offload_assessment_get_answer (assessment, "no-such-sign"));
  g_assert_cmpstr (offload_sign_get_id (offload_answer_get_sign (answer)), ==, "early-stage");

  g_object_set (answer, "checked", TRUE, NULL);
  g_assert_true (offload_assessment_get_checked (assessment, "early-stage"));
  g_assert_cmpstr (offload_assessment_get_verdict (assessment), ==, "prepare-first");

  offload_assessment_set_checked (assessment, "early-stage", FALSE);
  g_object_get (answer, "checked", &checked, NULL);
  g_assert_false (checked);
  g_assert_cmpstr (offload_assessment_get_verdict (assessment), ==, expected_verdict (assessment));
  g_assert_cmpstr (offload_assessment_get_verdict (assessment), !=, "prepare-first");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/assessment/worked-example", test_worked_example);
  g_test_add_func ("/assessment/focus", test_focus);
  g_test_add_func ("/assessment/working-time", test_working_time);
  g_test_add_func ("/assessment/yearly-is-twelve-months", test_yearly_is_twelve_months);
  g_test_add_func ("/assessment/range-edges", test_range_edges);
  g_test_add_func ("/assessment/documented-ranges", test_documented_ranges);
  g_test_add_func ("/assessment/readiness-bounds", test_readiness_bounds);
  g_test_add_func ("/assessment/readiness-weighted", test_readiness_weighted);
  g_test_add_func ("/assessment/counter-overrides", test_counter_overrides);
  g_test_add_func ("/assessment/delegate-first", test_delegate_first);
  g_test_add_func ("/assessment/unknown-answer", test_unknown_answer);
  g_test_add_func ("/assessment/currency", test_currency);
  g_test_add_func ("/assessment/notify-on-change-only", test_notify_on_change_only);
  g_test_add_func ("/assessment/properties", test_properties);
  g_test_add_func ("/assessment/answer-objects", test_answer_objects);

  return g_test_run ();
}
