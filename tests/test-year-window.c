/* test-year-window.c: "The year ahead" in the Options section — the rhythm
 * and the hire's sizing driven through the real controls, the controls
 * following a file opened, and the twelve-month chart for screen readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <gtk/gtk.h>

#include "offload-comparison-panel.h"
#include "offload-document.h"
#include "offload-format.h"
#include "offload-window.h"
#include "offload-year-panel.h"
#include "offload-year-view.h"
#include "testing.h"
#include "window-testing.h"

static GtkApplication *app;
static char *tmp_dir;

static OffloadWindow *
new_window (int width)
{
  OffloadWindow *window;

  testing_forget_settings ();
  window = offload_window_new (app, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), width, 800);
  gtk_window_present (GTK_WINDOW (window));
  testing_spin_main_loop ();
  return window;
}

static void
destroy_window (OffloadWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  testing_spin_main_loop ();
}

static void
wait_frames (OffloadWindow *window,
             guint          frames)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gint64 target = gdk_frame_clock_get_frame_counter (clock) + frames;
  gint64 end = g_get_monotonic_time () + TESTING_PATIENCE_USEC;

  while (gdk_frame_clock_get_frame_counter (clock) < target && g_get_monotonic_time () < end)
    {
      gtk_widget_queue_draw (GTK_WIDGET (window));
      g_main_context_iteration (NULL, TRUE);
    }
}

static OffloadAssessment *
assessment_of (OffloadWindow *window)
{
  return offload_document_get_assessment (offload_window_get_document (window));
}

static OffloadYearPanel *
year_panel_of (OffloadWindow *window)
{
  gpointer comparison = testing_window_child (window, "comparison_panel");

  return testing_template_child (comparison, OFFLOAD_TYPE_COMPARISON_PANEL, "year_panel");
}

static gpointer
year_child (OffloadYearPanel *panel,
            const char       *name)
{
  return testing_template_child (panel, OFFLOAD_TYPE_YEAR_PANEL, name);
}

static void
click (gpointer button)
{
  g_signal_emit_by_name (button, "clicked");
  testing_spin_main_loop ();
}

static gboolean
toggle_active (gpointer button)
{
  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button));
}

/* Seasonal, December busy and ten times busier: the factors and the year's
 * costs change, and the figures in words are the year's. */
static void
test_seasonal_from_controls (void)
{
  OffloadWindow *window = new_window (1200);
  OffloadAssessment *assessment = assessment_of (window);
  OffloadActivity *activity = offload_assessment_get_activity (assessment);
  OffloadYearPanel *panel = year_panel_of (window);
  GtkWidget *december = offload_year_panel_get_month_toggle (panel, 12);
  const OffloadYearResults *year;
  double steady_hire_cost, steady_idle;
  g_autofree char *money = NULL;
  gboolean was_busy;

  g_assert_cmpint (offload_activity_get_profile (activity), ==, OFFLOAD_ACTIVITY_STEADY);
  g_assert_true (toggle_active (year_child (panel, "steady_button")));
  g_assert_false (gtk_widget_get_visible (year_child (panel, "seasonal_box")));
  year = offload_scenario_get_year (offload_assessment_get_active_scenario (assessment));
  steady_hire_cost = year->hire_cost;
  steady_idle = year->hire_idle_hours;

  click (year_child (panel, "seasonal_button"));
  g_assert_cmpint (offload_activity_get_profile (activity), ==, OFFLOAD_ACTIVITY_SEASONAL);
  g_assert_true (gtk_widget_get_visible (year_child (panel, "seasonal_box")));
  g_assert_false (toggle_active (year_child (panel, "steady_button")));

  /* December flips, whichever way the catalog's preset had it. */
  was_busy = toggle_active (december);
  click (december);
  g_assert_cmpint (toggle_active (december), !=, was_busy);
  g_assert_cmpint ((offload_activity_get_busy_months (activity) >> 11) & 1, ==, was_busy ? 0 : 1);
  if (was_busy)
    click (december);
  g_assert_true (offload_activity_get_busy_months (activity) & (1u << 11));

  gtk_spin_button_set_value (year_child (panel, "busy_factor_spin"), 10.0);
  testing_spin_main_loop ();
  g_assert_cmpfloat_with_epsilon (offload_activity_get_busy_factor (activity), 10.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (offload_activity_get_monthly (activity)[11],
                                  offload_activity_get_peak_factor (activity), 1e-9);
  g_assert_cmpfloat (offload_activity_get_monthly (activity)[11], >, 2.0);

  /* A hire sized for a month ten times busier costs more, idle the rest. */
  year = offload_scenario_get_year (offload_assessment_get_active_scenario (assessment));
  g_assert_cmpfloat (year->hire_cost, >, steady_hire_cost);
  g_assert_cmpfloat (year->hire_idle_hours, >, steady_idle);
  money = offload_format_money (year->hire_cost, offload_assessment_get_currency (assessment));
  g_assert_nonnull (strstr (gtk_label_get_label (year_child (panel, "hire_label")), money));
  g_clear_pointer (&money, g_free);
  money = offload_format_money (year->freelance_cost, offload_assessment_get_currency (assessment));
  g_assert_nonnull (strstr (gtk_label_get_label (year_child (panel, "freelance_label")), money));

  /* The model moved from elsewhere (an undo, say): the controls follow. */
  offload_activity_set_growing (activity, 0.5);
  testing_spin_main_loop ();
  g_assert_true (toggle_active (year_child (panel, "growing_button")));
  g_assert_false (toggle_active (year_child (panel, "seasonal_button")));
  g_assert_true (gtk_widget_get_visible (year_child (panel, "growth_box")));
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (year_child (panel, "growth_spin")), 50.0, 1e-9);

  destroy_window (window);
}

/* Month by month: the spins give the factors, scaled to a mean of 1, and
 * keep what was typed. */
static void
test_month_by_month (void)
{
  OffloadWindow *window = new_window (1200);
  OffloadActivity *activity = offload_assessment_get_activity (assessment_of (window));
  OffloadYearPanel *panel = year_panel_of (window);
  GtkSpinButton *march = GTK_SPIN_BUTTON (offload_year_panel_get_month_spin (panel, 3));
  const double *monthly;

  click (year_child (panel, "custom_button"));
  g_assert_cmpint (offload_activity_get_profile (activity), ==, OFFLOAD_ACTIVITY_CUSTOM);
  g_assert_true (gtk_widget_get_visible (year_child (panel, "custom_box")));

  gtk_spin_button_set_value (march, 2.3);
  testing_spin_main_loop ();
  monthly = offload_activity_get_monthly (activity);
  /* March 2.3, the eleven others 1: a mean of 13.3 / 12. */
  g_assert_cmpfloat_with_epsilon (monthly[2], 2.3 * 12.0 / 13.3, 1e-9);
  g_assert_cmpfloat_with_epsilon (monthly[0], 12.0 / 13.3, 1e-9);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (march), 2.3, 1e-9);

  destroy_window (window);
}

/* The two sizings are the active scenario's, both ways, and follow another
 * scenario made active. */
static void
test_hire_sizing (void)
{
  OffloadWindow *window = new_window (1200);
  OffloadAssessment *assessment = assessment_of (window);
  OffloadYearPanel *panel = year_panel_of (window);
  OffloadScenario *first = offload_assessment_get_active_scenario (assessment);
  OffloadScenario *second;

  g_assert_cmpint (offload_scenario_get_hire_sizing (first), ==, OFFLOAD_HIRE_SIZING_PEAK);
  g_assert_true (toggle_active (year_child (panel, "peak_button")));

  click (year_child (panel, "average_button"));
  g_assert_cmpint (offload_scenario_get_hire_sizing (first), ==, OFFLOAD_HIRE_SIZING_AVERAGE);
  g_assert_cmpint (offload_scenario_get_year (first)->sizing, ==, OFFLOAD_HIRE_SIZING_AVERAGE);
  g_assert_false (toggle_active (year_child (panel, "peak_button")));

  offload_scenario_set_hire_sizing (first, OFFLOAD_HIRE_SIZING_PEAK);
  testing_spin_main_loop ();
  g_assert_true (toggle_active (year_child (panel, "peak_button")));
  g_assert_false (toggle_active (year_child (panel, "average_button")));

  second = offload_assessment_add_scenario (assessment, NULL);
  g_assert_nonnull (second);
  offload_scenario_set_hire_sizing (second, OFFLOAD_HIRE_SIZING_AVERAGE);
  offload_assessment_set_active_scenario (assessment, second);
  testing_spin_main_loop ();
  g_assert_true (toggle_active (year_child (panel, "average_button")));
  offload_assessment_set_active_scenario (assessment, first);
  testing_spin_main_loop ();
  g_assert_true (toggle_active (year_child (panel, "peak_button")));

  destroy_window (window);
}

/* A file with a seasonal year (July and August three times busier) opened
 * into the window: the toggles say so. */
static void
test_load_seasonal (void)
{
  g_autoptr(OffloadDocument) document = offload_document_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "seasonal.offload", NULL);
  OffloadWindow *window = new_window (1200);
  OffloadYearPanel *panel;

  offload_activity_set_seasonal (offload_assessment_get_activity (offload_document_get_assessment (document)),
                                 (1u << 6) | (1u << 7), 3.0);
  bytes = offload_document_serialize (document);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error));
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  panel = year_panel_of (window);
  g_assert_true (toggle_active (year_child (panel, "steady_button")));
  g_assert_true (offload_window_load (window, file, &error));
  g_assert_no_error (error);
  testing_spin_main_loop ();

  panel = year_panel_of (window);
  g_assert_true (toggle_active (year_child (panel, "seasonal_button")));
  g_assert_false (toggle_active (year_child (panel, "steady_button")));
  g_assert_true (gtk_widget_get_visible (year_child (panel, "seasonal_box")));
  g_assert_false (gtk_widget_get_visible (year_child (panel, "growth_box")));
  for (guint m = 1; m <= 12; m++)
    g_assert_cmpint (toggle_active (offload_year_panel_get_month_toggle (panel, m)), ==, m == 7 || m == 8);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (year_child (panel, "busy_factor_spin")), 3.0, 1e-6);

  destroy_window (window);
}

/* The chart is there for screen readers: an image with a name and the
 * year in words, which follow the rhythm. */
static void
test_chart (void)
{
  OffloadWindow *window = new_window (1200);
  OffloadYearPanel *panel = year_panel_of (window);
  OffloadYearView *view = year_child (panel, "year_view");
  g_autofree char *steady = NULL;

  gtk_test_accessible_assert_role (view, GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL));
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  g_assert_nonnull (offload_year_view_get_description (view));
  g_assert_cmpstr (offload_year_view_get_description (view), !=, "");
  steady = g_strdup (offload_year_view_get_description (view));

  wait_frames (window, 2);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), >, 100);

  click (year_child (panel, "growing_button"));
  g_assert_cmpstr (offload_year_view_get_description (view), !=, steady);

  destroy_window (window);
}

/* Every part of the year shown at once still fits a phone-sized window. */
static void
test_narrow (void)
{
  OffloadWindow *window = new_window (1200);
  OffloadYearPanel *panel = year_panel_of (window);

  click (year_child (panel, "custom_button"));
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 800);
  wait_frames (window, 3);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  click (year_child (panel, "seasonal_button"));
  wait_frames (window, 3);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  app = testing_register_application ();
  tmp_dir = testing_make_temp_dir ("offload-test-year-window-XXXXXX");

  g_test_add_func ("/year-window/seasonal-from-controls", test_seasonal_from_controls);
  g_test_add_func ("/year-window/month-by-month", test_month_by_month);
  g_test_add_func ("/year-window/hire-sizing", test_hire_sizing);
  g_test_add_func ("/year-window/load-seasonal", test_load_seasonal);
  g_test_add_func ("/year-window/chart", test_chart);
  g_test_add_func ("/year-window/narrow", test_narrow);

  status = g_test_run ();
  testing_remove_tree (tmp_dir);
  g_free (tmp_dir);
  g_clear_object (&app);
  return status;
}
