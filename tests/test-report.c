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

/* Figures that cannot be right: more admin than a 14-hour working day,
 * interruptions past what is left, nothing reinvested, everything handed
 * over (more than a full-time job), and the hour at @hourly_value (0: worth
 * nothing, which leaves nothing to reinvest either). */
static OffloadDocument *
load_warnings (double hourly_value)
{
  OffloadDocument *document = load ("full.offload");
  OffloadAssessment *a = offload_document_get_assessment (document);
  OffloadScenario *scenario = offload_assessment_get_active_scenario (a);

  offload_assessment_set_hours_per_day (a, 15);
  offload_assessment_set_working_hours_per_day (a, 14);
  offload_assessment_set_hourly_value (a, hourly_value);
  offload_scenario_set_input (scenario, OFFLOAD_INPUT_DELEGATED_SHARE, 1);
  offload_scenario_set_input (scenario, OFFLOAD_INPUT_REINVESTED_SHARE, 0);
  return document;
}

/* Every warning sign ticked, but half an hour a day at 15 an hour: the
 * need is there and handing over does not pay. */
static OffloadDocument *
load_not_paying (void)
{
  OffloadDocument *document = load ("full.offload");
  OffloadAssessment *a = offload_document_get_assessment (document);
  OffloadCatalog *catalog = offload_assessment_get_catalog (a);

  for (guint i = 0; i < offload_catalog_get_n_signs (catalog); i++)
    {
      OffloadSign *sign = offload_catalog_get_sign (catalog, i);

      if (offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_SIGN)
        offload_assessment_set_checked (a, offload_sign_get_id (sign), TRUE);
    }
  offload_assessment_set_hourly_value (a, 15);
  offload_assessment_set_hours_per_day (a, 0.5);
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
      g_autofree char *expected = offload_format_money (values[i], "EUR");

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
  new_cost = offload_format_money (offload_assessment_get_monthly_cost (a), "EUR");
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

/* The sentence names the need, the bounds of the verdict's band, which are
 * those of the case at hand (handing over pays or not), and the verdict. */
static void
assert_gauge_sentence (OffloadAssessment *a)
{
  OffloadDecision *decision = offload_assessment_get_decision (a);
  OffloadCatalog *catalog = offload_assessment_get_catalog (a);
  int need = offload_decision_get_need (decision);
  gboolean pays = offload_decision_get_delegation_pays (decision);
  OffloadBand *band = offload_catalog_band_for_need (catalog, need, pays);
  g_autofree char *text = offload_readiness_gauge_describe (a);
  g_autofree char *score = g_strdup_printf ("Need to delegate: %d out of 100", need);
  g_autofree char *bounds = g_strdup_printf ("%d to %d", band->min, band->max);

  g_test_message ("%s", text);
  g_assert_true (g_str_has_prefix (text, score));
  g_assert_true (band == offload_decision_get_band (decision));
  g_assert_cmpint (band->min, <=, need);
  g_assert_cmpint (need, <=, band->max);
  g_assert_true (!band->pays == !pays);
  g_assert_nonnull (strstr (text, bounds));
  g_assert_nonnull (strstr (text, band->title));
}

static void
test_gauge_describe (void)
{
  g_autoptr(OffloadDocument) document = load ("full.offload");
  g_autoptr(OffloadDocument) not_paying = load_not_paying ();
  OffloadAssessment *a = offload_document_get_assessment (document);
  OffloadAssessment *b = offload_document_get_assessment (not_paying);
  OffloadCatalog *catalog = offload_assessment_get_catalog (a);
  OffloadBand *band = offload_decision_get_band (offload_assessment_get_decision (a));
  OffloadBand *counter = offload_catalog_get_counter_band (catalog);
  g_autofree char *countered = NULL;
  g_autofree char *score = NULL;

  g_assert_true (offload_decision_get_delegation_pays (offload_assessment_get_decision (a)));
  assert_gauge_sentence (a);
  g_assert_false (offload_decision_get_delegation_pays (offload_assessment_get_decision (b)));
  assert_gauge_sentence (b);

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
  score = g_strdup_printf ("Need to delegate: %d out of 100",
                           offload_decision_get_need (offload_assessment_get_decision (a)));
  g_assert_true (g_str_has_prefix (countered, score));
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
 * a page, in the light and the dark style, whether handing over pays (three
 * bands on the gauge) or not (two). */
static void
assert_chart_bounds (OffloadDocument *document)
{
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

static void
test_chart_bounds (void)
{
  g_autoptr(OffloadDocument) document = load ("full.offload");
  g_autoptr(OffloadDocument) not_paying = load_not_paying ();

  assert_chart_bounds (document);
  assert_chart_bounds (not_paying);
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

/* All the pages' text, as it is. */
static char *
dup_joined_text (OffloadReport *report)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < offload_report_get_n_pages (report); i++)
    {
      g_autofree char *text = offload_report_dup_page_text (report, i);

      g_string_append (out, text);
    }
  return g_string_free (out, FALSE);
}

static char *
strip_spaces (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

/* The summary box on a page drawn at a pixel a point: the rows whose pixel
 * three points in from the left edge has its light tint (bluer than the
 * greys of rules and tracks, lighter than the gauge's and the chart's
 * bars), as runs of at least three consecutive rows (the antialiased edge
 * of a bar is one). Returns the number of runs and the first and last row
 * of the first one. */
static guint
find_box_rows (OffloadReport *report,
               guint          page,
               double         width,
               double         height,
               int           *top,
               int           *bottom)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (width),
                                                         (int) ceil (height));
  cairo_t *cr = cairo_create (surface);
  const guchar *data;
  int stride;
  int n_rows;
  guint n_runs = 0;
  int start = -1;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  offload_report_draw_page (report, cr, page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  n_rows = cairo_image_surface_get_height (surface);

  *top = *bottom = -1;
  for (int y = 0; y <= n_rows; y++)
    {
      gboolean tinted = FALSE;

      if (y < n_rows)
        {
          guint32 pixel = *(const guint32 *) (gconstpointer) (data + y * stride + 3 * 4);
          int red = (pixel >> 16) & 0xff;
          int blue = pixel & 0xff;

          tinted = red >= 220 && red < 250 && blue >= red + 6;
        }
      if (tinted && start < 0)
        start = y;
      else if (!tinted && start >= 0)
        {
          if (y - start >= 3)
            {
              if (n_runs++ == 0)
                {
                  *top = start;
                  *bottom = y - 1;
                }
            }
          start = -1;
        }
    }
  cairo_surface_destroy (surface);
  return n_runs;
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

  /* The summary, the inputs, signs and results fill the first A4 page;
   * the charts, the verdict and the brief the second; the plan and the
   * comparison a third. */
  n_pages = paginate (report, PAGE_WIDTH, PAGE_HEIGHT);
  g_assert_cmpuint (n_pages, ==, 3);
  assert_pages_inside (report, PAGE_WIDTH, PAGE_HEIGHT);

  /* Ten more signs and four counter-indications, their remediations among
   * the reasons, a title over several lines: more pages. */
  n_long = paginate (long_report, PAGE_WIDTH, PAGE_HEIGHT);
  g_assert_cmpuint (n_long, >, n_pages);
  assert_pages_inside (long_report, PAGE_WIDTH, PAGE_HEIGHT);
}

/* No page ends on a heading (or on the verdict's title): it goes with
 * what it introduces. */
static void
assert_no_heading_at_foot (OffloadReport *report)
{
  OffloadAssessment *a = offload_report_get_assessment (report);
  OffloadBand *band = offload_decision_get_band (offload_assessment_get_decision (a));
  g_autoptr(OffloadChartSeries) series = offload_cost_chart_build_series (a, FALSE);
  const char *headings[] = {
    "In short", "Your figures", "The warning signs you ticked", "Counter-indications", "What it costs you",
    "Need to delegate", offload_chart_series_get_title (series), "Verdict", band->title, "Why",
    "What to hand over, in this order", "How to start", "Compare options",
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

      /* The summary box opens with its caption (on the first page unless
       * the title fills it), and is drawn again on each page its text runs
       * onto, one after the other, inside the page. */
      {
        guint first = G_MAXUINT;
        guint box_pages = 0;

        for (guint page = 0; page < n_pages; page++)
          {
            g_autofree char *page_text = offload_report_dup_page_text (report, page);
            int top, bottom;
            guint n_runs = find_box_rows (report, page, PAGE_WIDTH, heights[i], &top, &bottom);

            g_assert_cmpuint (n_runs, <=, 1);
            if (n_runs == 0)
              continue;
            if (first == G_MAXUINT)
              {
                first = page;
                g_assert_nonnull (strstr (page_text, "In short\n"));
              }
            g_assert_cmpuint (page, ==, first + box_pages);
            box_pages++;
            g_assert_cmpint (top, >=, 0);
            g_assert_cmpint (bottom, <, (int) heights[i]);
          }
        g_assert_cmpuint (box_pages, >=, 1);
        if (heights[i] == PAGE_HEIGHT)
          g_assert_cmpuint (first, ==, 0);
        /* Taller than such a page: it runs over several. */
        if (heights[i] < 100)
          g_assert_cmpuint (box_pages, >, 1);
      }
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
  OffloadDecision *decision = offload_assessment_get_decision (a);
  OffloadBand *band = offload_decision_get_band (decision);
  g_autoptr(GDateTime) date = fixed_date ();
  g_autoptr(OffloadReport) report = offload_report_new_for_document (document, date, OFFLOAD_REPORT_NONE);
  const char * const *tasks = offload_assessment_get_delegate_first (a);
  const char * const *reasons = offload_assessment_get_reasons (a);
  g_auto(GStrv) why = offload_decision_dup_why (decision);
  g_autofree char *page1 = NULL;
  g_autofree char *all = NULL;
  g_autofree char *monthly = offload_format_money (offload_assessment_get_monthly_cost (a), "EUR");
  g_autofree char *yearly = offload_format_money (offload_assessment_get_yearly_cost (a), "EUR");
  g_autofree char *hours = offload_format_hours (offload_assessment_get_monthly_hours (a));
  g_autofree char *working = offload_format_hours (offload_assessment_get_working_hours_month (a));
  g_autofree char *total_hours = offload_format_hours (offload_assessment_get_total_hours (a));
  g_autofree char *total_cost = offload_format_money (offload_assessment_get_total_cost (a), "EUR");
  g_autofree char *working_day = g_strdup_printf ("Working hours per day\t%g h",
                                                  offload_assessment_get_working_hours_per_day (a));
  g_autofree char *working_row = g_strdup_printf ("Working hours in a month\t%s\n", working);
  g_autofree char *total_row = g_strdup_printf ("Time lost in all, a month\t%s, worth %s\n", total_hours, total_cost);
  g_autofree char *gauge = offload_readiness_gauge_describe (a);
  const char *verdict;

  paginate (report, PAGE_WIDTH, PAGE_HEIGHT);
  page1 = offload_report_dup_page_text (report, 0);
  all = dup_joined_text (report);
  g_test_message ("%s", all);

  /* In order: title, date, document name, the summary… */
  g_assert_true (g_str_has_prefix (page1, "Outsourcing self-assessment\n24 November 2026\n"
                                          "Atelier \"Dupont & fils\" — été 2026\nIn short\n"));
  g_assert_nonnull (strstr (page1, monthly));
  g_assert_nonnull (strstr (page1, yearly));
  g_assert_nonnull (strstr (page1, hours));
  /* The working day among the inputs; the working month, and the total of
   * admin and focus (hours and value) among the results. */
  g_assert_nonnull (strstr (page1, working_day));
  g_assert_nonnull (strstr (page1, working_row));
  g_assert_nonnull (strstr (page1, total_row));
  g_assert_nonnull (strstr (all, gauge));
  g_assert_nonnull (strstr (all, band->title));
  g_assert_nonnull (strstr (all, band->advice));
  for (guint i = 0; tasks[i]; i++)
    g_assert_nonnull (strstr (all, offload_catalog_get_task_title (catalog, tasks[i])));
  g_assert_nonnull (strstr (all, offload_scenario_get_name (offload_assessment_get_active_scenario (a))));
  /* …and the sections in the brief's order. */
  g_assert_true (strstr (all, "In short") < strstr (all, "Your figures"));
  g_assert_true (strstr (all, "Your figures") < strstr (all, "The warning signs you ticked"));
  g_assert_true (strstr (all, "The warning signs you ticked") < strstr (all, "What it costs you"));
  g_assert_true (strstr (all, "What it costs you") < strstr (all, gauge));
  g_assert_true (strstr (all, gauge) < strstr (all, "\nVerdict\n"));
  g_assert_nonnull (strstr (all, "What to hand over, in this order"));
  g_assert_nonnull (strstr (all, "How to start"));
  g_assert_true (strstr (all, "\nVerdict\n") < strstr (all, "What to hand over, in this order"));
  g_assert_true (strstr (all, "What to hand over, in this order") < strstr (all, "How to start"));
  g_assert_true (strstr (all, "How to start") < strstr (all, "Compare options"));

  /* The verdict section gives every reason of the decision, in the
   * owner's figures… */
  verdict = strstr (all, "\nVerdict\n");
  g_assert_nonnull (verdict);
  g_assert_cmpuint (g_strv_length (why), >, 0);
  for (guint i = 0; why[i]; i++)
    {
      g_autofree char *bullet = g_strdup_printf ("• %s\n", why[i]);

      g_assert_nonnull (strstr (verdict, bullet));
    }
  /* …without listing again, one by one, the signs its reasons name: each
   * ticked sign is a bullet once, among the signs. */
  for (guint i = 0; reasons[i]; i++)
    {
      g_autofree char *bullet = g_strdup_printf ("• %s\n", offload_sign_get_title (offload_catalog_lookup (catalog, reasons[i])));
      const char *first = strstr (all, bullet);

      g_assert_nonnull (first);
      g_assert_true (first < verdict);
      g_assert_null (strstr (first + 1, bullet));
    }
  /* No figure has a warning here. */
  g_assert_cmpuint (offload_decision_get_n_warnings (decision), ==, 0);
  g_assert_null (strstr (all, "⚠"));
}

/* The summary box, on page 1 right after the title: the headline, the
 * verdict, the net gain a year (or that it does not pay), what doing
 * nothing costs a year, the first reasons and the chain. */
static void
assert_summary (OffloadDocument *document)
{
  OffloadAssessment *a = offload_document_get_assessment (document);
  OffloadDecision *decision = offload_assessment_get_decision (a);
  OffloadBand *band = offload_decision_get_band (decision);
  const OffloadComparisonResults *r = offload_scenario_get_results (offload_assessment_get_active_scenario (a));
  const char *currency = offload_assessment_get_currency (a);
  g_autoptr(GDateTime) date = fixed_date ();
  g_autoptr(OffloadReport) report = offload_report_new_for_document (document, date, OFFLOAD_REPORT_NONE);
  g_autofree char *headline = offload_decision_dup_headline (decision);
  g_auto(GStrv) why = offload_decision_dup_why (decision);
  g_autofree char *chain = offload_decision_dup_chain (decision);
  g_autofree char *year = offload_format_money (offload_assessment_get_total_cost_year (a), currency);
  g_autofree char *verdict_row = g_strdup_printf ("Verdict\t%s\n", band->title);
  g_autofree char *nothing_row = g_strdup_printf ("If nothing changes: the value of your time lost, a year\t%s\n", year);
  g_autofree char *page1 = NULL;
  g_autofree char *gain_row = NULL;
  const char *box, *end, *gain, *line_end;
  int top, bottom;

  paginate (report, PAGE_WIDTH, PAGE_HEIGHT);
  page1 = offload_report_dup_page_text (report, 0);
  g_test_message ("%s", page1);

  box = strstr (page1, "\nIn short\n");
  end = strstr (page1, "\nYour figures\n");
  g_assert_nonnull (box);
  g_assert_nonnull (end);
  g_assert_true (box < end);
  /* Right after the title, the date and the name. */
  g_assert_true (box == strchr (strchr (strchr (page1, '\n') + 1, '\n') + 1, '\n'));

  g_assert_true (g_str_has_prefix (box, "\nIn short\n"));
  g_assert_true (g_str_has_prefix (box + strlen ("\nIn short\n"), headline));
  g_assert_true (strstr (box, verdict_row) != NULL && strstr (box, verdict_row) < end);
  g_assert_true (strstr (box, nothing_row) != NULL && strstr (box, nothing_row) < end);

  gain = strstr (box, "Net gain of handing over, a year\t");
  g_assert_true (gain != NULL && gain < end);
  gain = strchr (gain, '\t') + 1;
  line_end = strchr (gain, '\n');
  gain_row = g_strndup (gain, line_end - gain);
  if (offload_decision_get_delegation_pays (decision))
    {
      g_autofree char *net = offload_format_money (offload_decision_get_net_gain_year (decision), currency);

      g_assert_cmpstr (gain_row, ==, net);
    }
  else
    /* Said in words, with no amount. */
    g_assert_true (g_str_has_prefix (gain_row, "None: "));

  g_assert_cmpuint (g_strv_length (why), >=, 2);
  for (guint i = 0; why[i]; i++)
    {
      g_autofree char *bullet = g_strdup_printf ("• %s\n", why[i]);
      const char *found = strstr (box, bullet);

      /* The first three, no more, in the box. */
      if (i < 3)
        g_assert_true (found != NULL && found < end);
      else
        g_assert_true (found == NULL || found > end);
    }
  if (r->hours_freed_month > 0)
    {
      g_autofree char *line = g_strdup_printf ("From time lost to net gain: %s\n", chain);
      const char *found = strstr (box, line);

      g_assert_true (found != NULL && found < end);
    }

  /* Drawn as a box: one tinted stretch, tall enough for all that. */
  g_assert_cmpuint (find_box_rows (report, 0, PAGE_WIDTH, PAGE_HEIGHT, &top, &bottom), ==, 1);
  g_assert_cmpint (bottom - top, >, 100);
}

static void
test_report_summary (void)
{
  g_autoptr(OffloadDocument) paying = load ("full.offload");
  g_autoptr(OffloadDocument) not_paying = load_not_paying ();
  g_autoptr(OffloadDocument) countered = load_long ();
  g_autoptr(OffloadDocument) warned = load_warnings (95);

  g_assert_true (offload_decision_get_delegation_pays (offload_assessment_get_decision (offload_document_get_assessment (paying))));
  assert_summary (paying);
  g_assert_false (offload_decision_get_delegation_pays (offload_assessment_get_decision (offload_document_get_assessment (not_paying))));
  assert_summary (not_paying);
  g_assert_true (offload_decision_get_band (offload_assessment_get_decision (offload_document_get_assessment (countered)))->counter);
  assert_summary (countered);
  assert_summary (warned);
}

/* The label of the row each input's warnings follow. */
static const char *
input_row_label (const char *input)
{
  const struct { const char *input; const char *label; } rows[] = {
    { OFFLOAD_INPUT_HOURS_PER_DAY, "Hours lost per day to low-value tasks" },
    { OFFLOAD_INPUT_WORKING_HOURS_PER_DAY, "Working hours per day" },
    { OFFLOAD_INPUT_HOURLY_VALUE, "What one hour of your time is worth" },
    { OFFLOAD_INPUT_INTERRUPTIONS_PER_DAY, "Interruptions per day" },
    { OFFLOAD_INPUT_DELEGATED_SHARE, "Share of the lost hours you hand over" },
    { OFFLOAD_INPUT_REINVESTED_SHARE, "Share of the freed hours you reinvest in selling or billable work" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].input, input))
      return rows[i].label;
  g_assert_not_reached ();
}

/* Each warning right under the figure it is about (after that figure's
 * other warnings), and a word about them in the summary box. */
static void
assert_warnings (OffloadDocument      *document,
                 const OffloadWarning *expected,
                 guint                 n_expected)
{
  OffloadAssessment *a = offload_document_get_assessment (document);
  OffloadDecision *decision = offload_assessment_get_decision (a);
  g_autoptr(OffloadReport) report = offload_report_new_for_document (document, NULL, OFFLOAD_REPORT_NONE);
  g_autoptr(OffloadReport) shared = offload_report_new_for_document (document, NULL, OFFLOAD_REPORT_NO_AMOUNTS);
  g_autofree char *all = NULL;
  g_autofree char *shared_all = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = offload_decision_get_n_warnings (decision);

  /* The fixture raises these, and no more. */
  g_assert_cmpuint (n, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_true (offload_decision_has_warning (decision, expected[i]));

  paginate (report, PAGE_WIDTH, PAGE_HEIGHT);
  paginate (shared, PAGE_WIDTH, PAGE_HEIGHT);
  all = dup_joined_text (report);
  shared_all = dup_joined_text (shared);
  lines = g_strsplit (all, "\n", -1);
  g_test_message ("%s", all);

  g_assert_nonnull (strstr (all, "⚠ Some of your figures look wrong"));
  g_assert_true (strstr (all, "⚠ Some of your figures look wrong") < strstr (all, "Your figures"));
  for (guint i = 0; i < n; i++)
    {
      OffloadWarning warning = offload_decision_get_warning (decision, i);
      g_autofree char *message = offload_decision_dup_warning_message (decision, warning);
      g_autofree char *line = g_strdup_printf ("⚠ %s", message);
      const char *label = input_row_label (offload_warning_get_input (warning));
      g_autofree char *row = g_strdup_printf ("%s\t", label);
      gint at = -1;

      for (guint l = 0; lines[l]; l++)
        if (g_str_equal (lines[l], line))
          {
            g_assert_cmpint (at, ==, -1);
            at = (gint) l;
          }
      g_assert_cmpint (at, >, 0);
      while (at > 0 && g_str_has_prefix (lines[at - 1], "⚠ ") && !g_str_has_prefix (lines[at - 1], "⚠ Some"))
        at--;
      g_assert_true (g_str_has_prefix (lines[at - 1], row));

      /* Without amounts too: no message holds one. */
      g_assert_nonnull (strstr (shared_all, line));
    }
  g_assert_null (strstr (shared_all, "€"));
}

static void
test_report_warnings (void)
{
  g_autoptr(OffloadDocument) reinvesting_nothing = load_warnings (95);
  g_autoptr(OffloadDocument) worth_nothing = load_warnings (0);
  /* On five figures between them: the hours, the working day, the
   * interruptions, the shares handed over and reinvested, the hour's value. */
  const OffloadWarning first[] = {
    OFFLOAD_WARNING_ADMIN_OVER_WORKING_DAY, OFFLOAD_WARNING_FOCUS_CAPPED, OFFLOAD_WARNING_WORKING_DAY_TOO_LONG,
    OFFLOAD_WARNING_NOTHING_REINVESTED, OFFLOAD_WARNING_HIRE_OVER_FULL_TIME,
  };
  const OffloadWarning second[] = {
    OFFLOAD_WARNING_ADMIN_OVER_WORKING_DAY, OFFLOAD_WARNING_FOCUS_CAPPED, OFFLOAD_WARNING_WORKING_DAY_TOO_LONG,
    OFFLOAD_WARNING_HOURLY_VALUE_ZERO, OFFLOAD_WARNING_HIRE_OVER_FULL_TIME,
  };

  assert_warnings (reinvesting_nothing, first, G_N_ELEMENTS (first));
  assert_warnings (worth_nothing, second, G_N_ELEMENTS (second));
}

/* Without amounts: no money anywhere, the summary box included — where
 * the headline, the reasons and the chain speak in money, the verdict, its
 * advice and the hours speak instead. */
static void
assert_no_amounts (OffloadDocument *document)
{
  OffloadAssessment *a = offload_document_get_assessment (document);
  OffloadDecision *decision = offload_assessment_get_decision (a);
  OffloadBand *band = offload_decision_get_band (decision);
  const OffloadComparisonResults *r = offload_scenario_get_results (offload_assessment_get_active_scenario (a));
  g_autoptr(OffloadReport) report = offload_report_new_for_document (document, NULL, OFFLOAD_REPORT_NO_AMOUNTS);
  g_autoptr(OffloadReport) full_report = offload_report_new_for_document (document, NULL, OFFLOAD_REPORT_NONE);
  const double amounts[] = {
    offload_assessment_get_hourly_value (a), offload_assessment_get_monthly_cost (a),
    offload_assessment_get_yearly_cost (a), offload_assessment_get_focus_cost (a),
    offload_assessment_get_total_cost (a), offload_assessment_get_total_cost_year (a),
    offload_decision_get_net_gain_month (decision), offload_decision_get_net_gain_year (decision),
    r->value_recovered_month, r->freelance_cost_month, r->freelance_net_month,
    r->hire_cost_month, r->hire_net_month, r->net_low_month, r->net_high_month,
  };
  g_autofree char *hours = offload_format_hours (offload_assessment_get_monthly_hours (a));
  g_autofree char *total = offload_format_hours (offload_assessment_get_total_hours (a));
  g_autofree char *headline = offload_decision_dup_headline (decision);
  g_autofree char *chain = offload_decision_dup_chain (decision);
  g_auto(GStrv) why = offload_decision_dup_why (decision);
  g_autofree char *headline_bare = strip_spaces (headline);
  g_autofree char *chain_bare = strip_spaces (chain);
  g_autofree char *text = NULL;
  g_autofree char *page1 = NULL;
  g_autofree char *full_text = NULL;
  g_autofree char *shared_text = NULL;
  const char *box, *end;

  paginate (report, PAGE_WIDTH, PAGE_HEIGHT);
  paginate (full_report, PAGE_WIDTH, PAGE_HEIGHT);
  text = dup_joined_text (report);
  page1 = offload_report_dup_page_text (report, 0);
  full_text = dup_all_text (full_report);
  shared_text = dup_all_text (report);
  g_test_message ("%s", page1);

  g_assert_null (strstr (text, "€"));
  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      g_autofree char *number = offload_format_number (fabs (amounts[i]), 0);

      if (fabs (amounts[i]) < 0.5)
        continue;
      /* The full report shows it; this one not even as a bare number. */
      g_assert_nonnull (strstr (full_text, number));
      g_assert_null (strstr (text, number));
    }
  g_assert_nonnull (strstr (text, hours));
  g_assert_nonnull (strstr (text, "%"));

  /* The sentences in money are in the full report only. */
  g_assert_nonnull (strstr (full_text, headline_bare));
  g_assert_null (strstr (shared_text, headline_bare));
  g_assert_nonnull (strstr (full_text, chain_bare));
  g_assert_null (strstr (shared_text, chain_bare));
  for (guint i = 0; why[i]; i++)
    {
      g_autofree char *bare = strip_spaces (why[i]);

      /* Those without an amount (a counter-indication and its remedy, the
       * signs) may show as the verdict's reasons. */
      if (strstr (why[i], "€") != NULL)
        g_assert_null (strstr (shared_text, bare));
    }

  /* The box on page 1: the verdict, its advice, the hours. */
  box = strstr (page1, "\nIn short\n");
  end = strstr (page1, "\nYour figures\n");
  g_assert_true (box != NULL && end != NULL && box < end);
  g_assert_true (g_str_has_prefix (box + strlen ("\nIn short\n"), band->title));
  g_assert_true (strstr (box, band->advice) != NULL && strstr (box, band->advice) < end);
  g_assert_true (strstr (box, total) != NULL && strstr (box, total) < end);
  assert_pages_inside (report, PAGE_WIDTH, PAGE_HEIGHT);
}

static void
test_report_no_amounts (void)
{
  g_autoptr(OffloadDocument) paying = load ("full.offload");
  g_autoptr(OffloadDocument) not_paying = load_not_paying ();
  g_autoptr(OffloadDocument) countered = load_long ();

  assert_no_amounts (paying);
  assert_no_amounts (not_paying);
  assert_no_amounts (countered);
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
  g_test_add_func ("/report/summary", test_report_summary);
  g_test_add_func ("/report/warnings", test_report_warnings);
  g_test_add_func ("/report/no-amounts", test_report_no_amounts);
  g_test_add_func ("/report/no-amounts-dollars", test_report_no_amounts_dollars);
  g_test_add_func ("/report/pdf", test_report_pdf);
  g_test_add_func ("/report/any-cairo", test_report_any_cairo);
  g_test_add_func ("/report/finalize", test_report_finalize);

  return g_test_run ();
}
