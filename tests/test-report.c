/* test-report.c: the charts' series and text alternatives, what they draw,
 * and the report's pages — their number, their bounds, their text, and the
 * "no amounts" variant — without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "offload-cost-chart.h"
#include "offload-error.h"
#include "offload-format.h"
#include "offload-readiness-gauge.h"
#include "offload-report.h"
#include "testing.h"

/* The area an A4 PDF page leaves inside its margins. */
#define PAGE_WIDTH  (OFFLOAD_REPORT_A4_WIDTH - 2 * OFFLOAD_REPORT_PDF_MARGIN)
#define PAGE_HEIGHT (OFFLOAD_REPORT_A4_HEIGHT - 2 * OFFLOAD_REPORT_PDF_MARGIN)

static OffloadDocument *
load (const char *name)
{
  g_autoptr(GFile) file = testing_fixture ("good", name);
  g_autoptr(GError) error = NULL;
  OffloadDocument *document = offload_document_new_from_file (NULL, file, NULL, &error);

  g_assert_no_error (error);
  return document;
}

/* Every sign and counter-indication ticked, and the longest title a file
 * may hold. */
static OffloadDocument *
load_long (void)
{
  OffloadDocument *document = load ("full.offload");
  OffloadAssessment *assessment = offload_document_get_assessment (document);
  OffloadCatalog *catalog = offload_assessment_get_catalog (assessment);
  g_autoptr(GString) title = g_string_new (NULL);

  for (guint i = 0; i < offload_catalog_get_n_signs (catalog); i++)
    offload_assessment_set_checked (assessment, offload_sign_get_id (offload_catalog_get_sign (catalog, i)), TRUE);
  while (title->len < OFFLOAD_DOCUMENT_MAX_TITLE)
    g_string_append (title, "A workshop with a long name ");
  g_string_truncate (title, OFFLOAD_DOCUMENT_MAX_TITLE);
  offload_document_set_title (document, title->str);
  return document;
}

static GDateTime *
fixed_date (void)
{
  return g_date_time_new_utc (2026, 11, 24, 9, 0, 0);
}

/* Ink drawn by @draw, recorded: its extents. */
typedef void (*DrawFunc) (cairo_t *cr, gpointer data);

static void
record_ink (DrawFunc  draw,
            gpointer  data,
            double   *x,
            double   *y,
            double   *width,
            double   *height)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);

  draw (cr, data);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_recording_surface_ink_extents (surface, x, y, width, height);
  cairo_surface_destroy (surface);
}

/* Within [0, @w] × [0, @h], give or take antialiasing. */
static void
assert_inside (double x,
               double y,
               double width,
               double height,
               double w,
               double h)
{
  g_assert_cmpfloat (width, >, 0);
  g_assert_cmpfloat (height, >, 0);
  g_assert_cmpfloat (x, >=, -1.0);
  g_assert_cmpfloat (y, >=, -1.0);
  g_assert_cmpfloat (x + width, <=, w + 1.0);
  g_assert_cmpfloat (y + height, <=, h + 1.0);
}

/* ---- the cost chart's series -------------------------------------------- */

static void
test_series_default (void)
{
  g_autoptr(OffloadDocument) document = load ("full.offload");
  OffloadAssessment *a = offload_document_get_assessment (document);
  const OffloadComparisonResults *r = offload_scenario_get_results (offload_assessment_get_active_scenario (a));
  g_autoptr(OffloadChartSeries) series = offload_cost_chart_build_series (a, FALSE);
  const char *ids[] = { "admin", "interruptions", "freelance", "hire" };
  double values[] = {
    offload_assessment_get_monthly_cost (a), offload_assessment_get_focus_cost (a),
    r->freelance_cost_month, r->hire_cost_month,
  };
  OffloadChartRole roles[] = {
    OFFLOAD_CHART_ROLE_LOSS, OFFLOAD_CHART_ROLE_LOSS, OFFLOAD_CHART_ROLE_OPTION, OFFLOAD_CHART_ROLE_OPTION,
  };

  g_assert_cmpint (offload_chart_series_get_unit (series), ==, OFFLOAD_CHART_UNIT_MONEY);
  g_assert_cmpuint (offload_chart_series_get_n_items (series), ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *shown = offload_chart_series_format_value (series, i);
      g_autofree char *expected = offload_format_money (values[i], "EUR", 0);

      g_assert_cmpstr (offload_chart_series_get_id (series, i), ==, ids[i]);
      g_assert_cmpfloat (offload_chart_series_get_value (series, i), ==, values[i]);
      g_assert_cmpint (offload_chart_series_get_role (series, i), ==, roles[i]);
      g_assert_cmpstr (shown, ==, expected);
    }
  /* The focus cost (117.3 h at 95) is the largest here. */
  g_assert_cmpfloat (offload_chart_series_get_max (series), ==, offload_assessment_get_focus_cost (a));
}

static void
test_series_without_comparison (void)
{
  g_autoptr(OffloadAssessment) a = offload_assessment_new (NULL);
  g_autoptr(OffloadChartSeries) series = NULL;

  /* Nothing handed over: nothing to price, only what is lost. */
  offload_scenario_set_input (offload_assessment_get_active_scenario (a), OFFLOAD_INPUT_DELEGATED_SHARE, 0);
  series = offload_cost_chart_build_series (a, FALSE);
  g_assert_cmpuint (offload_chart_series_get_n_items (series), ==, 2);
  g_assert_cmpstr (offload_chart_series_get_id (series, 1), ==, "interruptions");
}

static void
test_series_no_amounts (void)
{
  g_autoptr(OffloadDocument) document = load ("full.offload");
  OffloadAssessment *a = offload_document_get_assessment (document);
  const OffloadComparisonResults *r = offload_scenario_get_results (offload_assessment_get_active_scenario (a));
  g_autoptr(OffloadChartSeries) series = offload_cost_chart_build_series (a, TRUE);
  g_autofree char *text = offload_chart_series_describe (series);
  double values[] = {
    offload_assessment_get_monthly_hours (a), offload_assessment_get_focus_hours (a),
    r->hours_freed_month, r->hire_paid_hours_month,
  };

  g_assert_cmpint (offload_chart_series_get_unit (series), ==, OFFLOAD_CHART_UNIT_HOURS);
  g_assert_cmpuint (offload_chart_series_get_n_items (series), ==, G_N_ELEMENTS (values));
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *hours = offload_format_hours (values[i]);

      g_assert_cmpfloat (offload_chart_series_get_value (series, i), ==, values[i]);
      g_assert_nonnull (strstr (text, hours));
    }
  g_assert_null (strstr (text, "€"));
  g_test_message ("%s", text);
}

static void
test_series_describe (void)
{
  g_autoptr(OffloadDocument) document = load ("full.offload");
  OffloadAssessment *a = offload_document_get_assessment (document);
  g_autoptr(OffloadChartSeries) series = offload_cost_chart_build_series (a, FALSE);
  g_autoptr(OffloadChartSeries) after = NULL;
  g_autoptr(OffloadChartSeries) empty = offload_chart_series_new ("Nothing", OFFLOAD_CHART_UNIT_HOURS, NULL);
  g_autofree char *text = offload_chart_series_describe (series);
  g_autofree char *text_after = NULL;
  g_autofree char *empty_text = offload_chart_series_describe (empty);
  g_autofree char *new_cost = NULL;

  g_assert_true (g_str_has_prefix (text, offload_chart_series_get_title (series)));
  for (guint i = 0; i < offload_chart_series_get_n_items (series); i++)
    {
      g_autofree char *value = offload_chart_series_format_value (series, i);

      g_assert_nonnull (strstr (text, offload_chart_series_get_label (series, i)));
      g_assert_nonnull (strstr (text, value));
    }
  g_test_message ("%s", text);

  /* The sentence follows the figures. */
  offload_assessment_set_hourly_value (a, 120);
  after = offload_cost_chart_build_series (a, FALSE);
  text_after = offload_chart_series_describe (after);
  new_cost = offload_format_money (offload_assessment_get_monthly_cost (a), "EUR", 0);
  g_assert_nonnull (strstr (text_after, new_cost));
  g_assert_null (strstr (text, new_cost));

  g_assert_nonnull (strstr (empty_text, "Nothing"));
}

static void
test_series_generic (void)
{
  g_autoptr(OffloadChartSeries) series = offload_chart_series_new ("Hours", OFFLOAD_CHART_UNIT_HOURS, NULL);

  offload_chart_series_append (series, "a", "First", 12.5, OFFLOAD_CHART_ROLE_LOSS);
  offload_chart_series_append (series, "b", "Negative", -4, OFFLOAD_CHART_ROLE_OPTION);
  offload_chart_series_append (series, "c", "Not a number", NAN, OFFLOAD_CHART_ROLE_OPTION);
  offload_chart_series_append (series, "d", "Largest", 30, OFFLOAD_CHART_ROLE_OPTION);

  g_assert_cmpuint (offload_chart_series_get_n_items (series), ==, 4);
  g_assert_cmpfloat (offload_chart_series_get_value (series, 1), ==, 0);
  g_assert_cmpfloat (offload_chart_series_get_value (series, 2), ==, 0);
  g_assert_cmpfloat (offload_chart_series_get_max (series), ==, 30);
  g_assert_cmpstr (offload_chart_series_get_label (series, 3), ==, "Largest");
}

/* ---- the gauge ------------------------------------------------------------ */

static void
test_gauge_describe (void)
{
  g_autoptr(OffloadDocument) document = load ("full.offload");
  OffloadAssessment *a = offload_document_get_assessment (document);
  OffloadCatalog *catalog = offload_assessment_get_catalog (a);
  int readiness = offload_assessment_get_readiness (a);
  OffloadBand *band = offload_catalog_band_for_readiness (catalog, readiness);
  OffloadBand *counter = offload_catalog_get_counter_band (catalog);
  g_autofree char *text = offload_readiness_gauge_describe (a);
  g_autofree char *score = g_strdup_printf (" %d ", readiness);
  g_autofree char *bounds = g_strdup_printf ("%d to %d", band->min, band->max);
  g_autofree char *countered = NULL;

  g_assert_nonnull (strstr (text, score));
  g_assert_nonnull (strstr (text, bounds));
  g_assert_nonnull (strstr (text, band->title));
  g_test_message ("%s", text);

  /* A counter-indication: the verdict changes, and the sentence says why. */
  for (guint i = 0; i < offload_catalog_get_n_signs (catalog); i++)
    {
      OffloadSign *sign = offload_catalog_get_sign (catalog, i);

      if (offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_COUNTER)
        {
          offload_assessment_set_checked (a, offload_sign_get_id (sign), TRUE);
          break;
        }
    }
  countered = offload_readiness_gauge_describe (a);
  g_assert_nonnull (strstr (countered, counter->title));
  g_assert_nonnull (strstr (countered, "counter-indication"));
  g_assert_null (strstr (countered, band->title));
}

typedef struct
{
  OffloadAssessment  *assessment;
  OffloadChartSeries *series;
  PangoContext       *context;
  OffloadChartStyle   style;
  double              width;
  double              height;
} ChartCase;

static void
draw_gauge (cairo_t  *cr,
            gpointer  data)
{
  ChartCase *c = data;

  offload_readiness_gauge_draw (cr, c->context, &c->style, c->assessment, c->width, c->height);
}

static void
draw_cost_chart (cairo_t  *cr,
                 gpointer  data)
{
  ChartCase *c = data;

  offload_cost_chart_draw (cr, c->context, &c->style, c->series, c->width, c->height);
}

/* Both charts stay inside the height they ask for, from a narrow window to
 * a page, in the light and the dark style. */
static void
test_chart_bounds (void)
{
  g_autoptr(OffloadDocument) document = load ("full.offload");
  PangoFontDescription *font = pango_font_description_from_string ("Sans 10");
  ChartCase c = { 0 };
  const double widths[] = { 240, 360, 480, 800 };

  c.assessment = offload_document_get_assessment (document);
  c.series = offload_cost_chart_build_series (c.assessment, FALSE);
  c.context = offload_report_create_print_context ();

  for (guint dark = 0; dark < 2; dark++)
    for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
      {
        double x, y, w, h;

        if (dark)
          offload_chart_style_init_dark (&c.style);
        else
          offload_chart_style_init_light (&c.style);
        c.style.font = font;
        c.width = widths[i];

        c.height = offload_readiness_gauge_get_height (c.context, &c.style, c.assessment, c.width);
        record_ink (draw_gauge, &c, &x, &y, &w, &h);
        assert_inside (x, y, w, h, c.width, c.height);

        c.height = offload_cost_chart_get_height (c.context, &c.style, c.series, c.width);
        record_ink (draw_cost_chart, &c, &x, &y, &w, &h);
        assert_inside (x, y, w, h, c.width, c.height);
        /* The longest bar and its value reach across most of the width. */
        g_assert_cmpfloat (x + w, >, c.width * 0.8);
      }


  offload_chart_series_unref (c.series);
  g_object_unref (c.context);
  pango_font_description_free (font);
}

/* ---- the report ------------------------------------------------------------ */

typedef struct
{
  OffloadReport *report;
  guint          page;
} PageCase;

static void
draw_page (cairo_t  *cr,
           gpointer  data)
{
  PageCase *c = data;

  offload_report_draw_page (c->report, cr, c->page);
}

static guint
paginate (OffloadReport *report,
          double         width,
          double         height)
{
  PangoContext *context = offload_report_create_print_context ();
  guint n_pages = offload_report_paginate (report, context, width, height);

  g_object_unref (context);
  g_assert_cmpuint (offload_report_get_n_pages (report), ==, n_pages);
  return n_pages;
}

/* Every page has ink, all of it on the page. */
static void
assert_pages_inside (OffloadReport *report,
                     double         width,
                     double         height)
{
  for (guint i = 0; i < offload_report_get_n_pages (report); i++)
    {
      PageCase c = { report, i };
      double x, y, w, h;

      record_ink (draw_page, &c, &x, &y, &w, &h);
      assert_inside (x, y, w, h, width, height);
    }
}

/* All the pages' text with every space and line break removed. */
static char *
dup_all_text (OffloadReport *report)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < offload_report_get_n_pages (report); i++)
    {
      g_autofree char *text = offload_report_dup_page_text (report, i);

      g_assert_true (g_utf8_validate (text, -1, NULL));
      for (const char *p = text; *p; p = g_utf8_next_char (p))
        if (!g_unichar_isspace (g_utf8_get_char (p)))
          g_string_append_unichar (out, g_utf8_get_char (p));
    }
  return g_string_free (out, FALSE);
}

static void
test_report_pages (void)
{
  g_autoptr(OffloadDocument) document = load ("full.offload");
  g_autoptr(OffloadDocument) long_document = load_long ();
  g_autoptr(GDateTime) date = fixed_date ();
  g_autoptr(OffloadReport) report = offload_report_new_for_document (document, date, OFFLOAD_REPORT_NONE);
  g_autoptr(OffloadReport) long_report = offload_report_new_for_document (long_document, date, OFFLOAD_REPORT_NONE);
  guint n_pages, n_long;

  g_assert_cmpuint (offload_report_get_n_pages (report), ==, 0);

  /* The inputs, signs, results and charts fill the first A4 page; the
   * verdict, the brief and the plan the second; the comparison ends on a
   * third. */
  n_pages = paginate (report, PAGE_WIDTH, PAGE_HEIGHT);
  g_assert_cmpuint (n_pages, ==, 3);
  assert_pages_inside (report, PAGE_WIDTH, PAGE_HEIGHT);

  /* Four more signs and counter-indications, their remediations among the
   * reasons, a title over several lines: a third page. */
  n_long = paginate (long_report, PAGE_WIDTH, PAGE_HEIGHT);
  g_assert_cmpuint (n_long, ==, 3);
  assert_pages_inside (long_report, PAGE_WIDTH, PAGE_HEIGHT);
}

/* No page ends on a heading (or on the verdict's title): it goes with
 * what it introduces. */
static void
assert_no_heading_at_foot (OffloadReport *report)
{
  OffloadAssessment *a = offload_report_get_assessment (report);
  OffloadBand *band = offload_catalog_lookup_band (offload_assessment_get_catalog (a),
                                                   offload_assessment_get_verdict (a));
  const char *headings[] = {
    "Your figures", "The warning signs you ticked", "Counter-indications", "What it costs you",
    "Where the lost money goes, per month", "Verdict", band->title, "Why", "What to hand over first",
    "Compare options",
  };

  for (guint i = 0; i + 1 < offload_report_get_n_pages (report); i++)
    {
      g_autofree char *text = offload_report_dup_page_text (report, i);
      g_auto(GStrv) lines = g_strsplit (g_strchomp (text), "\n", -1);
      const char *last = lines[g_strv_length (lines) - 1];

      for (guint h = 0; h < G_N_ELEMENTS (headings); h++)
        g_assert_cmpstr (last, !=, headings[h]);
    }
}

/* Whatever the page height, the same text in the same order: nothing cut,
 * nothing lost, nothing twice; smaller pages, more of them. */
static void
test_report_flow (void)
{
  g_autoptr(OffloadDocument) document = load_long ();
  g_autoptr(OffloadReport) report = offload_report_new_for_document (document, NULL, OFFLOAD_REPORT_NONE);
  g_autofree char *reference = NULL;
  const double heights[] = { PAGE_HEIGHT, PAGE_HEIGHT / 2, 200, 90 };
  guint previous = 0;

  for (guint i = 0; i < G_N_ELEMENTS (heights); i++)
    {
      guint n_pages = paginate (report, PAGE_WIDTH, heights[i]);
      g_autofree char *text = dup_all_text (report);

      g_test_message ("%.0f points high: %u pages", heights[i], n_pages);
      g_assert_cmpuint (n_pages, >, previous);
      previous = n_pages;
      if (reference == NULL)
        reference = g_strdup (text);
      g_assert_cmpstr (text, ==, reference);
      /* Charts taller than a page are shrunk to it, text never is. */
      assert_pages_inside (report, PAGE_WIDTH, heights[i]);
      if (heights[i] >= 200)
        assert_no_heading_at_foot (report);
    }

  /* Every ticked sign's title is there. */
  for (guint i = 0; i < offload_catalog_get_n_signs (offload_catalog_get_default ()); i++)
    {
      OffloadSign *sign = offload_catalog_get_sign (offload_catalog_get_default (), i);
      g_autoptr(GString) title = g_string_new (NULL);

      for (const char *p = offload_sign_get_title (sign); *p; p = g_utf8_next_char (p))
        if (!g_unichar_isspace (g_utf8_get_char (p)))
          g_string_append_unichar (title, g_utf8_get_char (p));
      g_assert_nonnull (strstr (reference, title->str));
    }
}

static void
test_report_content (void)
{
  g_autoptr(OffloadDocument) document = load ("full.offload");
  OffloadAssessment *a = offload_document_get_assessment (document);
  OffloadCatalog *catalog = offload_assessment_get_catalog (a);
  OffloadBand *band = offload_catalog_lookup_band (catalog, offload_assessment_get_verdict (a));
  g_autoptr(GDateTime) date = fixed_date ();
  g_autoptr(OffloadReport) report = offload_report_new_for_document (document, date, OFFLOAD_REPORT_NONE);
  const char * const *tasks = offload_assessment_get_delegate_first (a);
  g_autofree char *page1 = NULL;
  g_autofree char *page2 = NULL;
  g_autofree char *all = NULL;
  g_autofree char *monthly = offload_format_money (offload_assessment_get_monthly_cost (a), "EUR", 0);
  g_autofree char *yearly = offload_format_money (offload_assessment_get_yearly_cost (a), "EUR", 0);
  g_autofree char *hours = offload_format_hours (offload_assessment_get_monthly_hours (a));
  g_autofree char *gauge = offload_readiness_gauge_describe (a);

  paginate (report, PAGE_WIDTH, PAGE_HEIGHT);
  page1 = offload_report_dup_page_text (report, 0);
  page2 = offload_report_dup_page_text (report, 1);
  all = g_strconcat (page1, page2, NULL);
  g_test_message ("%s%s", page1, page2);

  /* In order: title, date, document name… */
  g_assert_true (g_str_has_prefix (page1, "Outsourcing self-assessment\n24 November 2026\n"
                                          "Atelier \"Dupont & fils\" — été 2026\n"));
  g_assert_nonnull (strstr (page1, monthly));
  g_assert_nonnull (strstr (page1, yearly));
  g_assert_nonnull (strstr (page1, hours));
  g_assert_nonnull (strstr (page1, gauge));
  g_assert_nonnull (strstr (all, band->title));
  g_assert_nonnull (strstr (all, band->advice));
  for (guint i = 0; tasks[i]; i++)
    g_assert_nonnull (strstr (all, offload_catalog_get_task_title (catalog, tasks[i])));
  g_assert_nonnull (strstr (all, offload_scenario_get_name (offload_assessment_get_active_scenario (a))));
  /* …and the sections in the brief's order. */
  g_assert_true (strstr (all, "Your figures") < strstr (all, "The warning signs you ticked"));
  g_assert_true (strstr (all, "The warning signs you ticked") < strstr (all, "What it costs you"));
  g_assert_true (strstr (all, "What it costs you") < strstr (all, gauge));
  g_assert_true (strstr (all, gauge) < strstr (all, "Verdict"));
  g_assert_nonnull (strstr (all, "What to hand over, in this order"));
  g_assert_nonnull (strstr (all, "How to start"));
  g_assert_true (strstr (all, "Verdict") < strstr (all, "What to hand over, in this order"));
  g_assert_true (strstr (all, "What to hand over, in this order") < strstr (all, "How to start"));
  g_assert_true (strstr (all, "How to start") < strstr (all, "Compare options"));
}

static void
test_report_no_amounts (void)
{
  g_autoptr(OffloadDocument) document = load ("full.offload");
  OffloadAssessment *a = offload_document_get_assessment (document);
  const OffloadComparisonResults *r = offload_scenario_get_results (offload_assessment_get_active_scenario (a));
  g_autoptr(OffloadReport) report = offload_report_new_for_document (document, NULL, OFFLOAD_REPORT_NO_AMOUNTS);
  g_autoptr(OffloadReport) full_report = offload_report_new_for_document (document, NULL, OFFLOAD_REPORT_NONE);
  const double amounts[] = {
    offload_assessment_get_hourly_value (a), offload_assessment_get_monthly_cost (a),
    offload_assessment_get_yearly_cost (a), offload_assessment_get_focus_cost (a),
    r->value_recovered_month, r->freelance_cost_month, r->freelance_net_month,
    r->hire_cost_month, r->hire_net_month, r->net_low_month, r->net_high_month,
  };
  g_autofree char *hours = offload_format_hours (offload_assessment_get_monthly_hours (a));
  g_autofree char *text = NULL;
  g_autofree char *full_text = NULL;

  paginate (report, PAGE_WIDTH, PAGE_HEIGHT);
  paginate (full_report, PAGE_WIDTH, PAGE_HEIGHT);
  text = offload_report_dup_page_text (report, 0);
  for (guint i = 1; i < offload_report_get_n_pages (report); i++)
    {
      g_autofree char *more = offload_report_dup_page_text (report, i);
      char *joined = g_strconcat (text, more, NULL);

      g_free (text);
      text = joined;
    }
  full_text = dup_all_text (full_report);

  g_assert_null (strstr (text, "€"));
  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      g_autofree char *number = offload_format_number (fabs (amounts[i]), 0);

      /* The full report shows it; this one not even as a bare number. */
      g_assert_nonnull (strstr (full_text, number));
      g_assert_null (strstr (text, number));
    }
  g_assert_nonnull (strstr (text, hours));
  g_assert_nonnull (strstr (text, "%"));
  assert_pages_inside (report, PAGE_WIDTH, PAGE_HEIGHT);
}

/* A currency with another sign: still none. */
static void
test_report_no_amounts_dollars (void)
{
  g_autoptr(OffloadAssessment) a = offload_assessment_new (NULL);
  g_autoptr(OffloadReport) report = offload_report_new (a, "Shop", NULL, OFFLOAD_REPORT_NO_AMOUNTS);
  g_autoptr(OffloadReport) full_report = offload_report_new (a, "Shop", NULL, OFFLOAD_REPORT_NONE);
  g_autofree char *text = NULL;
  g_autofree char *full_text = NULL;

  offload_assessment_set_currency (a, "USD");
  paginate (report, PAGE_WIDTH, PAGE_HEIGHT);
  paginate (full_report, PAGE_WIDTH, PAGE_HEIGHT);
  text = dup_all_text (report);
  full_text = dup_all_text (full_report);
  g_assert_nonnull (strstr (full_text, "$"));
  g_assert_null (strstr (text, "$"));
}

static void
test_report_pdf (void)
{
  g_autoptr(OffloadDocument) document = load ("full.offload");
  g_autoptr(GDateTime) date = fixed_date ();
  g_autoptr(OffloadReport) report = offload_report_new_for_document (document, date, OFFLOAD_REPORT_NONE);
  g_autofree char *dir = testing_make_temp_dir ("offload-test-report-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-folder", "report.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = offload_report_render_pdf (report, &error);
  g_autoptr(GBytes) again = NULL;
  g_autofree char *written = NULL;
  gsize length;
  const char *data;

  g_assert_no_error (error);
  data = g_bytes_get_data (pdf, &length);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  g_assert_cmpuint (offload_report_get_n_pages (report), ==, 3);

  /* The report's date, not the clock's: the same report, the same bytes. */
  again = offload_report_render_pdf (report, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (pdf, again));

  g_assert_true (g_file_set_contents (path, "an older report", -1, NULL));
  g_assert_true (offload_report_write_pdf (report, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, &length, NULL));
  g_assert_cmpmem (written, length, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf));

  g_assert_false (offload_report_write_pdf (report, missing, &error));
  g_assert_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "report.pdf"));
  g_clear_error (&error);

  /* A folder in the way: refused, and the folder left as it was. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_false (offload_report_write_pdf (report, path, &error));
  g_assert_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_IO);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));

  testing_remove_tree (dir);
}

/* As a GtkPrintOperation hands them: a cairo_t (here an image surface at
 * twice the resolution, as a printer's would be) and the PangoContext made
 * for it. Every page draws on it, inside the page. */
static void
test_report_any_cairo (void)
{
  g_autoptr(OffloadDocument) document = load ("seed-example.offload");
  g_autoptr(OffloadReport) report = offload_report_new_for_document (document, NULL, OFFLOAD_REPORT_NONE);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (PAGE_WIDTH * 2),
                                                         (int) (PAGE_HEIGHT * 2));
  cairo_t *cr = cairo_create (surface);
  PangoContext *context;
  guint n_pages;

  cairo_scale (cr, 2, 2);
  context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (context, 72);
  n_pages = offload_report_paginate (report, context, PAGE_WIDTH, PAGE_HEIGHT);
  g_assert_cmpuint (n_pages, >=, 2);
  for (guint i = 0; i < n_pages; i++)
    {
      PageCase c = { report, i };
      double x, y, w, h;

      offload_report_draw_page (report, cr, i);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      record_ink (draw_page, &c, &x, &y, &w, &h);
      assert_inside (x, y, w, h, PAGE_WIDTH, PAGE_HEIGHT);
    }

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_report_finalize (void)
{
  g_autoptr(OffloadDocument) document = load ("full.offload");
  OffloadReport *report = offload_report_new_for_document (document, NULL, OFFLOAD_REPORT_NONE);

  paginate (report, PAGE_WIDTH, PAGE_HEIGHT);
  g_assert_finalize_object (report);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/series/default", test_series_default);
  g_test_add_func ("/chart/series/without-comparison", test_series_without_comparison);
  g_test_add_func ("/chart/series/no-amounts", test_series_no_amounts);
  g_test_add_func ("/chart/series/describe", test_series_describe);
  g_test_add_func ("/chart/series/generic", test_series_generic);
  g_test_add_func ("/chart/gauge/describe", test_gauge_describe);
  g_test_add_func ("/chart/bounds", test_chart_bounds);
  g_test_add_func ("/report/pages", test_report_pages);
  g_test_add_func ("/report/flow", test_report_flow);
  g_test_add_func ("/report/content", test_report_content);
  g_test_add_func ("/report/no-amounts", test_report_no_amounts);
  g_test_add_func ("/report/no-amounts-dollars", test_report_no_amounts_dollars);
  g_test_add_func ("/report/pdf", test_report_pdf);
  g_test_add_func ("/report/any-cairo", test_report_any_cairo);
  g_test_add_func ("/report/finalize", test_report_finalize);

  return g_test_run ();
}
