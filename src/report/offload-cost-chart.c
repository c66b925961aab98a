/* offload-cost-chart.c
 *
 * Labels go above their bars rather than beside them, so that a long
 * translated label never squeezes the bars, and the chart reads the same
 * 360 pixels wide in the window or across an A4 page. The bars that say
 * what is lost and the ones that say what delegating would cost are
 * separated by a wider gap as well as by colour.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "offload-chart-text.h"
#include "offload-cost-chart.h"

typedef struct
{
  PangoLayout *label;
  PangoLayout *value;
  double       label_height;
  double       value_width;
  double       y;               /* top of the label */
} Row;

typedef struct
{
  GArray *rows;         /* of Row */
  double  bar_height;
  double  gap;          /* under the label, before the value */
  double  value_width;  /* the widest value */
  double  height;
} Measure;

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_clear_object (&row->label);
  g_clear_object (&row->value);
}

static void
measure_clear (Measure *measure)
{
  g_clear_pointer (&measure->rows, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Measure, measure_clear)

static void
measure (PangoContext            *context,
         const OffloadChartStyle *style,
         OffloadChartSeries      *series,
         double                   width,
         Measure                 *m)
{
  guint n = offload_chart_series_get_n_items (series);
  double line_height = 0.0;
  double y = 0.0;

  m->rows = g_array_sized_new (FALSE, TRUE, sizeof (Row), n);
  g_array_set_clear_func (m->rows, row_clear);
  m->value_width = 0.0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *value = offload_chart_series_format_value (series, i);
      Row row = { 0 };

      row.label = offload_chart_text_layout (context, style, offload_chart_series_get_label (series, i),
                                             1.0, FALSE, width);
      row.value = offload_chart_text_layout (context, style, value, 1.0, TRUE, -1);
      offload_chart_text_size (row.label, NULL, &row.label_height);
      offload_chart_text_size (row.value, &row.value_width, &line_height);
      m->value_width = MAX (m->value_width, row.value_width);
      g_array_append_val (m->rows, row);
    }

  m->bar_height = line_height * 1.1;
  m->gap = line_height * 0.3;

  for (guint i = 0; i < n; i++)
    {
      Row *row = &g_array_index (m->rows, Row, i);

      if (i > 0)
        {
          y += line_height * 0.55;
          /* The options start a group of their own. */
          if (offload_chart_series_get_role (series, i) != offload_chart_series_get_role (series, i - 1))
            y += line_height * 0.6;
        }
      row->y = y;
      y += row->label_height + m->gap + m->bar_height;
    }
  m->height = ceil (y);
}

double
offload_cost_chart_get_height (PangoContext            *context,
                               const OffloadChartStyle *style,
                               OffloadChartSeries      *series,
                               double                   width)
{
  g_auto(Measure) m = { 0 };

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0.0);
  g_return_val_if_fail (style != NULL && series != NULL, 0.0);

  measure (context, style, series, width, &m);
  return m.height;
}

void
offload_cost_chart_draw (cairo_t                 *cr,
                         PangoContext            *context,
                         const OffloadChartStyle *style,
                         OffloadChartSeries      *series,
                         double                   width,
                         double                   height)
{
  g_auto(Measure) m = { 0 };
  double max;
  double track;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (style != NULL && series != NULL);

  measure (context, style, series, width, &m);
  max = offload_chart_series_get_max (series);
  /* The longest bar leaves room for its value after it. */
  track = MAX (width - m.value_width - m.gap * 2, width * 0.25);

  cairo_save (cr);
  for (guint i = 0; i < m.rows->len; i++)
    {
      Row *row = &g_array_index (m.rows, Row, i);
      double bar_y = row->y + row->label_height + m.gap;
      double length = max > 0.0 ? track * offload_chart_series_get_value (series, i) / max : 0.0;
      const OffloadChartColor *color = offload_chart_series_get_role (series, i) == OFFLOAD_CHART_ROLE_OPTION
                                       ? &style->accent : &style->warning;
      double value_height;
      double value_x;

      offload_chart_show_layout (cr, row->label, &style->foreground, 0, row->y);

      /* The track shows the scale even for a short bar. */
      offload_chart_set_color (cr, &style->muted, 0.15);
      offload_chart_rounded_rect (cr, 0, bar_y, track, m.bar_height, m.bar_height / 4);
      cairo_fill (cr);

      if (length > 0.0)
        {
          offload_chart_set_color (cr, color, 1.0);
          offload_chart_rounded_rect (cr, 0, bar_y, MAX (length, m.bar_height / 2), m.bar_height, m.bar_height / 4);
          cairo_fill (cr);
        }

      offload_chart_text_size (row->value, NULL, &value_height);
      value_x = MIN (MAX (length, m.bar_height / 2) + m.gap, width - row->value_width);
      offload_chart_show_layout (cr, row->value, &style->foreground,
                                 value_x, bar_y + (m.bar_height - value_height) / 2);
    }
  cairo_restore (cr);
}

OffloadChartSeries *
offload_cost_chart_build_series (OffloadAssessment *assessment,
                                 gboolean           no_amounts)
{
  const OffloadComparisonResults *r;
  OffloadChartSeries *series;

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (assessment), NULL);

  r = offload_scenario_get_results (offload_assessment_get_active_scenario (assessment));

  if (no_amounts)
    {
      series = offload_chart_series_new (_("Where the lost hours go, per month"),
                                         OFFLOAD_CHART_UNIT_HOURS, NULL);
      offload_chart_series_append (series, "admin", _("Admin work: the hours lost"),
                                   offload_assessment_get_monthly_hours (assessment), OFFLOAD_CHART_ROLE_LOSS);
      offload_chart_series_append (series, "interruptions", _("Focus lost to interruptions"),
                                   offload_assessment_get_focus_hours (assessment), OFFLOAD_CHART_ROLE_LOSS);
      if (r->hours_freed_month > 0.0)
        {
          offload_chart_series_append (series, "freelance",
                                       _("A freelance assistant: the hours handed over"),
                                       r->hours_freed_month, OFFLOAD_CHART_ROLE_OPTION);
          offload_chart_series_append (series, "hire",
                                       _("A part-time hire: the hours paid for them"),
                                       r->hire_paid_hours_month, OFFLOAD_CHART_ROLE_OPTION);
        }
      return series;
    }

  /* The losses are the value of the owner's own time, not money paid out;
   * only the options are spent. The focus is the capped figure: admin and
   * focus together never exceed the working time. */
  series = offload_chart_series_new (_("The value of your time lost, and what handing over costs, per month"),
                                     OFFLOAD_CHART_UNIT_MONEY, offload_assessment_get_currency (assessment));
  offload_chart_series_append (series, "admin", _("Admin work: the value of the hours lost"),
                               offload_assessment_get_monthly_cost (assessment), OFFLOAD_CHART_ROLE_LOSS);
  offload_chart_series_append (series, "interruptions", _("Focus lost to interruptions: the value of that time"),
                               offload_assessment_get_focus_cost (assessment), OFFLOAD_CHART_ROLE_LOSS);
  if (r->hours_freed_month > 0.0)
    {
      offload_chart_series_append (series, "freelance",
                                   _("A freelance assistant for the hours handed over"),
                                   r->freelance_cost_month, OFFLOAD_CHART_ROLE_OPTION);
      offload_chart_series_append (series, "hire",
                                   _("A part-time hire for the hours handed over"),
                                   r->hire_cost_month, OFFLOAD_CHART_ROLE_OPTION);
    }
  return series;
}
