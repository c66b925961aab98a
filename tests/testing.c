/* testing.c: what the test programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "testing.h"

GFile *
testing_fixture (const char *dir,
                 const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "documents", dir, name, NULL);

  return g_file_new_for_path (path);
}

void
testing_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) || !g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_unlink (path);
      return;
    }

  g_chmod (path, 0755);
  dir = g_dir_open (path, 0, NULL);
  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      testing_remove_tree (child);
    }
  g_rmdir (path);
}

GFile *
testing_write_file (const char *dir,
                    const char *name,
                    const char *data,
                    gsize       length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

GFile *
testing_write_too_large (const char *dir)
{
  gsize length = 2 * 1024 * 1024;
  g_autofree char *data = g_malloc (length);

  memset (data, ' ', length);
  data[0] = '{';
  data[length - 2] = '}';
  data[length - 1] = '\n';
  return testing_write_file (dir, "too-large.offload", data, length);
}

GFile *
testing_write_deep_nesting (const char *dir)
{
  gsize depth = 100000;
  g_autofree char *data = g_malloc (2 * depth);

  memset (data, '[', depth);
  memset (data + depth, ']', depth);
  return testing_write_file (dir, "deep.offload", data, 2 * depth);
}

char *
testing_make_temp_dir (const char *name_template)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (name_template, &error);

  g_assert_no_error (error);
  return dir;
}

void
testing_time_lost (OffloadAssessment *assessment,
                   TestingTime       *time)
{
  OffloadCatalog *catalog = offload_assessment_get_catalog (assessment);
  double days = offload_assessment_get_days_per_week (assessment) * offload_assessment_get_weeks_per_month (assessment);
  double minutes = offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_FOCUS_MINUTES);

  time->admin = offload_assessment_get_hours_per_day (assessment) * days;
  time->focus_uncapped = offload_assessment_get_interruptions_per_day (assessment) * minutes / 60.0 * days;
  time->working = offload_assessment_get_working_hours_per_day (assessment) * days;
  time->focus = MIN (time->focus_uncapped, MAX (0.0, time->working - time->admin));
  time->total = time->admin + time->focus;
}

double
testing_need_unrounded (OffloadAssessment *assessment)
{
  OffloadCatalog *catalog = offload_assessment_get_catalog (assessment);
  double w = offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_NEED_SIGNS_WEIGHT);
  double full = offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_NEED_TIME_FULL);
  guint checked = 0, total = 0;
  TestingTime time;

  for (guint i = 0; i < offload_catalog_get_n_signs (catalog); i++)
    {
      OffloadSign *sign = offload_catalog_get_sign (catalog, i);

      /* Counter-indications weigh nothing in the score. */
      if (offload_sign_get_kind (sign) != OFFLOAD_SIGN_KIND_SIGN)
        continue;
      total += offload_sign_get_weight (sign);
      if (offload_assessment_get_checked (assessment, offload_sign_get_id (sign)))
        checked += offload_sign_get_weight (sign);
    }
  g_assert_cmpuint (total, >, 0);

  testing_time_lost (assessment, &time);
  g_assert_cmpfloat (time.working, >, 0);
  return 100.0 * (w * checked / total + (1.0 - w) * MIN (1.0, time.total / time.working / full));
}

int
testing_expected_need (OffloadAssessment *assessment)
{
  return (int) round (testing_need_unrounded (assessment));
}

void
testing_assert_need (OffloadAssessment *assessment)
{
  double need = testing_need_unrounded (assessment);
  int readiness = offload_assessment_get_readiness (assessment);

  g_assert_cmpint (readiness, >=, 0);
  g_assert_cmpint (readiness, <=, 100);
  if (fabs (need - floor (need) - 0.5) < 1e-9)
    {
      g_assert_cmpint (readiness, >=, (int) floor (need));
      g_assert_cmpint (readiness, <=, (int) ceil (need));
    }
  else
    g_assert_cmpint (readiness, ==, (int) round (need));
}

double
testing_best_net (OffloadAssessment *assessment)
{
  const OffloadComparisonResults *r = offload_scenario_get_results (offload_assessment_get_active_scenario (assessment));

  return MAX (0.0, MAX (r->freelance_net_month, r->hire_net_month));
}

void
testing_check_all (OffloadAssessment *assessment,
                   gboolean           checked,
                   OffloadSignKind    kind)
{
  OffloadCatalog *catalog = offload_assessment_get_catalog (assessment);

  for (guint i = 0; i < offload_catalog_get_n_signs (catalog); i++)
    {
      OffloadSign *sign = offload_catalog_get_sign (catalog, i);

      if (offload_sign_get_kind (sign) == kind)
        offload_assessment_set_checked (assessment, offload_sign_get_id (sign), checked);
    }
}

void
testing_money (OffloadAssessment *assessment,
               TestingMoney      *money)
{
  OffloadCatalog *catalog = offload_assessment_get_catalog (assessment);
  OffloadScenario *scenario = offload_assessment_get_active_scenario (assessment);
  double weeks_per_year = offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_WEEKS_PER_YEAR);
  double months_per_year = offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_MONTHS_PER_YEAR);
  double onboarding_months = offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_ONBOARDING_MONTHS);
  double vat = offload_scenario_get_freelance_vat (scenario)
               ? 1 + offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_VAT_RATE) : 1;
  double delegated, reinvested, rate, gross, employer, weeks_off, min_weekly, onboarding;
  double paid_per_worked, admin;

  offload_scenario_get_input (scenario, OFFLOAD_INPUT_DELEGATED_SHARE, &delegated);
  offload_scenario_get_input (scenario, OFFLOAD_INPUT_REINVESTED_SHARE, &reinvested);
  offload_scenario_get_input (scenario, OFFLOAD_INPUT_FREELANCE_RATE, &rate);
  offload_scenario_get_input (scenario, OFFLOAD_INPUT_HIRE_GROSS_HOURLY, &gross);
  offload_scenario_get_input (scenario, OFFLOAD_INPUT_HIRE_EMPLOYER_RATE, &employer);
  offload_scenario_get_input (scenario, OFFLOAD_INPUT_HIRE_WEEKS_OFF, &weeks_off);
  offload_scenario_get_input (scenario, OFFLOAD_INPUT_HIRE_MIN_WEEKLY_HOURS, &min_weekly);
  offload_scenario_get_input (scenario, OFFLOAD_INPUT_HIRE_ONBOARDING_COST, &onboarding);

  /* The days of the month first, as the assessment counts them, so that
   * the figures agree to the last bit. */
  admin = offload_assessment_get_hours_per_day (assessment) *
          (offload_assessment_get_days_per_week (assessment) * offload_assessment_get_weeks_per_month (assessment));
  money->freed = admin * delegated;
  money->recovered = money->freed * reinvested * offload_assessment_get_hourly_value (assessment);
  money->freelance_cost = money->freed * rate * vat;
  /* A hire is paid every week of the year and works the others. */
  paid_per_worked = weeks_per_year > weeks_off ? weeks_per_year / (weeks_per_year - weeks_off) : 0;
  money->hire_paid_hours = MAX (money->freed * paid_per_worked, min_weekly * weeks_per_year / months_per_year);
  /* The contract: the hours needed a week, or its minimum. */
  money->hire_weekly_hours = money->freed * paid_per_worked < min_weekly * weeks_per_year / months_per_year
                             ? min_weekly : money->hire_paid_hours * months_per_year / weeks_per_year;
  money->hire_cost = money->hire_paid_hours * (1 + employer) * gross + onboarding / onboarding_months;
  money->best_net = MAX (0.0, MAX (money->recovered - money->freelance_cost, money->recovered - money->hire_cost));
}

guint
testing_expected_warnings (OffloadAssessment *assessment)
{
  OffloadCatalog *catalog = offload_assessment_get_catalog (assessment);
  double longest = offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_LONGEST_WORKING_DAY);
  double full_time = offload_catalog_get_constant (catalog, OFFLOAD_CONSTANT_FULL_TIME_HOURS);
  double hours = offload_assessment_get_hours_per_day (assessment);
  double working = offload_assessment_get_working_hours_per_day (assessment);
  double value = offload_assessment_get_hourly_value (assessment);
  double reinvested = 0;
  TestingTime time;
  TestingMoney m;
  guint warnings = 0;

  offload_scenario_get_input (offload_assessment_get_active_scenario (assessment), OFFLOAD_INPUT_REINVESTED_SHARE,
                              &reinvested);
  testing_time_lost (assessment, &time);
  testing_money (assessment, &m);

  if (hours > working)
    warnings |= 1u << OFFLOAD_WARNING_ADMIN_OVER_WORKING_DAY;
  if (time.focus < time.focus_uncapped)
    warnings |= 1u << OFFLOAD_WARNING_FOCUS_CAPPED;
  if (working > longest)
    warnings |= 1u << OFFLOAD_WARNING_WORKING_DAY_TOO_LONG;
  if (hours == 0)
    warnings |= 1u << OFFLOAD_WARNING_NO_HOURS_LOST;
  if (value == 0)
    warnings |= 1u << OFFLOAD_WARNING_HOURLY_VALUE_ZERO;
  if (hours > 0 && m.freed == 0)
    warnings |= 1u << OFFLOAD_WARNING_NOTHING_HANDED_OVER;
  if (m.freed > 0 && value > 0 && reinvested == 0)
    warnings |= 1u << OFFLOAD_WARNING_NOTHING_REINVESTED;
  if (m.hire_weekly_hours > full_time)
    warnings |= 1u << OFFLOAD_WARNING_HIRE_OVER_FULL_TIME;
  return warnings;
}

static void
testing_on_notify (GObject    *object,
                   GParamSpec *pspec,
                   GHashTable *log)
{
  g_hash_table_insert (log, (gpointer) pspec->name,
                       GUINT_TO_POINTER (testing_notify_log_count (log, pspec->name) + 1));
}

GHashTable *
testing_notify_log_new (gpointer object)
{
  GHashTable *log = g_hash_table_new (g_str_hash, g_str_equal);

  g_signal_connect (object, "notify", G_CALLBACK (testing_on_notify), log);
  return log;
}

guint
testing_notify_log_count (GHashTable *log,
                          const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (log, name));
}
