/* test-year-chart.c: the twelve-month chart the report draws, and that
 * the window can draw in a GtkDrawingArea
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <pango/pangocairo.h>
#include <string.h>

#include "offload-format.h"
#include "offload-report.h"
#include "offload-year-chart.h"
#include "testing.h"

static OffloadAssessment *
seasonal_assessment (void)
{
  OffloadAssessment *assessment = offload_assessment_new (NULL);

  offload_activity_set_seasonal (offload_assessment_get_activity (assessment), 1u << 11, 3);
  return assessment;
}

/* The chart stays inside the size it asked for, at several widths, with
 * and without amounts. */
static void
test_inside (void)
{
  g_autoptr(OffloadAssessment) assessment = seasonal_assessment ();
  PangoContext *context = offload_report_create_print_context ();
  OffloadChartStyle style;
  const double widths[] = { 200, 360, 515 };

  offload_chart_style_init_light (&style);
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    for (int no_amounts = 0; no_amounts < 2; no_amounts++)
      {
        double height = offload_year_chart_get_height (context, &style, widths[i]);
        cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
        cairo_t *cr = cairo_create (surface);
        double x, y, w, h;

        g_assert_cmpfloat (height, >, 0);
        offload_year_chart_draw (cr, context, &style, assessment, no_amounts, widths[i], height);
        g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
        cairo_destroy (cr);
        cairo_recording_surface_ink_extents (surface, &x, &y, &w, &h);
        cairo_surface_destroy (surface);
        /* Something is drawn, within the box give or take antialiasing. */
        g_assert_cmpfloat (w, >, widths[i] * 0.5);
        g_assert_cmpfloat (x, >=, -2);
        g_assert_cmpfloat (y, >=, -2);
        g_assert_cmpfloat (x + w, <=, widths[i] + 2);
        g_assert_cmpfloat (y + h, <=, height + 2);
      }
  g_object_unref (context);
}

/* The description gives each month by name with its figures; without
 * amounts, no money. */
static void
test_describe (void)
{
  g_autoptr(OffloadAssessment) assessment = seasonal_assessment ();
  const OffloadYearResults *year =
    offload_scenario_get_year (offload_assessment_get_active_scenario (assessment));
  g_autofree char *text = offload_year_chart_describe (assessment, FALSE);
  g_autofree char *hidden = offload_year_chart_describe (assessment, TRUE);
  g_autofree char *december = offload_year_dup_month_name (12, FALSE);
  g_autofree char *busy_cost = offload_format_money (year->months[11].freelance_cost, "EUR");

  g_assert_nonnull (strstr (text, december));
  g_assert_nonnull (strstr (text, busy_cost));
  g_assert_nonnull (strstr (hidden, december));
  g_assert_null (strstr (hidden, "€"));
  /* December is three times the other months: its cost differs from January's. */
  g_assert_cmpfloat (year->months[11].freelance_cost, >, 2.9 * year->months[0].freelance_cost);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/year-chart/inside", test_inside);
  g_test_add_func ("/year-chart/describe", test_describe);

  return g_test_run ();
}
