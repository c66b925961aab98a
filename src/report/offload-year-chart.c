/* offload-year-chart.c
 *
 * Hours and money share the plot with a scale each: the bars (hours) are
 * scaled to the busiest month, the lines (money) to the dearest month, and
 * each scale's top is written at its side, so neither is read against the
 * other's axis. The legend takes a line per entry, so that a long
 * translation never overlaps the next one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "offload-chart-text.h"
#include "offload-format.h"
#include "offload-year-chart.h"

/* Parts of the chart, in lines of text. */
#define YEAR_CHART_LEGEND_LINES 3
#define YEAR_CHART_PLOT_LINES   9

static double
year_chart_line_height (PangoContext            *context,
                        const OffloadChartStyle *style)
{
  g_autoptr(PangoLayout) layout = offload_chart_text_layout (context, style, "Ag", 1.0, FALSE, -1);
  double height = 0;

  offload_chart_text_size (layout, NULL, &height);
  return height;
}

double
offload_year_chart_get_height (PangoContext            *context,
                               const OffloadChartStyle *style,
                               double                   width)
{
  double line;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0.0);
  g_return_val_if_fail (style != NULL, 0.0);

  line = year_chart_line_height (context, style);
  /* Legend, the scales' tops, the plot, the months. */
  return ceil (line * (YEAR_CHART_LEGEND_LINES * 1.2 + 1.2 + YEAR_CHART_PLOT_LINES + 1.4));
}

static const OffloadYearResults *
year_chart_results (OffloadAssessment *assessment)
{
  return offload_scenario_get_year (offload_assessment_get_active_scenario (assessment));
}

/* The line's figure for month @m. */
static double
year_chart_line_value (const OffloadYearResults *y,
                       guint                     line,
                       guint                     m,
                       gboolean                  no_amounts)
{
  if (no_amounts)
    return y->hire_working_hours_month;
  return line == 0 ? y->months[m].freelance_cost : y->months[m].hire_cost;
}

static void
year_chart_legend (cairo_t                 *cr,
                   PangoContext            *context,
                   const OffloadChartStyle *style,
                   const char              *text,
                   const OffloadChartColor *color,
                   gboolean                 bar,
                   double                   y,
                   double                   line,
                   double                   width)
{
  g_autoptr(PangoLayout) layout = offload_chart_text_layout (context, style, text, 1.0, FALSE,
                                                             MAX (width - line * 1.6, line));

  /* One line each: the legend's lines are spaced for one, and a wrapped
   * one would run into the next in a narrow window. */
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -1);

  if (bar)
    {
      offload_chart_set_color (cr, color, 0.45);
      offload_chart_rounded_rect (cr, 0, y + line * 0.2, line, line * 0.6, line * 0.1);
      cairo_fill (cr);
    }
  else
    {
      offload_chart_set_color (cr, color, 1.0);
      cairo_set_line_width (cr, MAX (1.0, line * 0.12));
      cairo_move_to (cr, 0, y + line * 0.5);
      cairo_line_to (cr, line, y + line * 0.5);
      cairo_stroke (cr);
    }
  offload_chart_show_layout (cr, layout, &style->foreground, line * 1.6, y);
}

void
offload_year_chart_draw (cairo_t                 *cr,
                         PangoContext            *context,
                         const OffloadChartStyle *style,
                         OffloadAssessment       *assessment,
                         gboolean                 no_amounts,
                         double                   width,
                         double                   height)
{
  const OffloadYearResults *y;
  const char *currency;
  const OffloadChartColor *line_colors[2];
  double line, plot_top, plot_height, column, max_hours = 0, max_line = 0;
  g_autofree char *hours_top = NULL;
  g_autofree char *line_top = NULL;
  g_autoptr(PangoLayout) hours_layout = NULL;
  g_autoptr(PangoLayout) line_layout = NULL;
  double line_top_width = 0;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (style != NULL);
  g_return_if_fail (OFFLOAD_IS_ASSESSMENT (assessment));

  y = year_chart_results (assessment);
  currency = offload_assessment_get_currency (assessment);
  line_colors[0] = &style->accent;
  line_colors[1] = &style->warning;
  line = year_chart_line_height (context, style);

  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    {
      max_hours = MAX (max_hours, y->months[m].hours_freed);
      for (guint l = 0; l < (no_amounts ? 1u : 2u); l++)
        max_line = MAX (max_line, year_chart_line_value (y, l, m, no_amounts));
    }
  /* In hours both share one scale: the contract's hours against the work. */
  if (no_amounts)
    max_hours = max_line = MAX (max_hours, max_line);

  cairo_save (cr);

  year_chart_legend (cr, context, style, _("Hours handed over"), &style->muted, TRUE, 0, line, width);
  if (no_amounts)
    year_chart_legend (cr, context, style, _("Hours the hire's contract works"), &style->warning, FALSE,
                       line * 1.2, line, width);
  else
    {
      year_chart_legend (cr, context, style, _("Freelance assistant, paid each month's hours"),
                         &style->accent, FALSE, line * 1.2, line, width);
      year_chart_legend (cr, context, style,
                         y->sizing == OFFLOAD_HIRE_SIZING_AVERAGE
                         ? _("Part-time hire for an average month, a freelancer for the extra hours")
                         : _("Part-time hire, the same contract all year"),
                         &style->warning, FALSE, line * 2.4, line, width);
    }

  /* The scales' tops: hours at the left, money at the right. */
  plot_top = line * (YEAR_CHART_LEGEND_LINES * 1.2 + 1.2);
  hours_top = offload_format_hours (max_hours);
  hours_layout = offload_chart_text_layout (context, style, hours_top, 0.85, FALSE, -1);
  offload_chart_show_layout (cr, hours_layout, &style->muted, 0, plot_top - line * 1.1);
  if (!no_amounts)
    {
      line_top = offload_format_money (max_line, currency);
      line_layout = offload_chart_text_layout (context, style, line_top, 0.85, FALSE, -1);
      offload_chart_text_size (line_layout, &line_top_width, NULL);
      offload_chart_show_layout (cr, line_layout, &style->muted, width - line_top_width, plot_top - line * 1.1);
    }

  plot_height = MAX (height - plot_top - line * 1.4, line);
  column = width / OFFLOAD_N_MONTHS;

  /* The base line. */
  offload_chart_set_color (cr, &style->muted, 0.6);
  cairo_set_line_width (cr, 0.75);
  cairo_move_to (cr, 0, plot_top + plot_height);
  cairo_line_to (cr, width, plot_top + plot_height);
  cairo_stroke (cr);

  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    {
      double bar = max_hours > 0 ? plot_height * y->months[m].hours_freed / max_hours : 0;
      g_autofree char *name = offload_year_dup_month_name (m + 1, TRUE);
      g_autoptr(PangoLayout) month = offload_chart_text_layout (context, style, name, 0.8, FALSE, -1);
      double name_width = 0;

      offload_chart_set_color (cr, &style->muted, 0.45);
      offload_chart_rounded_rect (cr, column * m + column * 0.15, plot_top + plot_height - bar,
                                  column * 0.7, bar, MIN (column * 0.1, bar / 2));
      cairo_fill (cr);

      offload_chart_text_size (month, &name_width, NULL);
      offload_chart_show_layout (cr, month, &style->foreground,
                                 column * m + (column - name_width) / 2, plot_top + plot_height + line * 0.2);
    }

  for (guint l = 0; l < (no_amounts ? 1u : 2u); l++)
    {
      const OffloadChartColor *color = no_amounts ? &style->warning : line_colors[l];

      offload_chart_set_color (cr, color, 1.0);
      cairo_set_line_width (cr, MAX (1.0, line * 0.12));
      for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
        {
          double value = year_chart_line_value (y, l, m, no_amounts);
          double x = column * m + column / 2;
          double py = plot_top + plot_height - (max_line > 0 ? plot_height * value / max_line : 0);

          if (m == 0)
            cairo_move_to (cr, x, py);
          else
            cairo_line_to (cr, x, py);
        }
      cairo_stroke (cr);
      for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
        {
          double value = year_chart_line_value (y, l, m, no_amounts);
          double py = plot_top + plot_height - (max_line > 0 ? plot_height * value / max_line : 0);

          cairo_arc (cr, column * m + column / 2, py, MAX (1.5, line * 0.15), 0, 2 * G_PI);
          cairo_fill (cr);
        }
    }

  cairo_restore (cr);
}

char *
offload_year_chart_describe (OffloadAssessment *assessment,
                             gboolean           no_amounts)
{
  const OffloadYearResults *y;
  const char *currency;
  GString *text;

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (assessment), NULL);

  y = year_chart_results (assessment);
  currency = offload_assessment_get_currency (assessment);
  text = g_string_new (_("The year month by month"));
  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    {
      g_autofree char *name = offload_year_dup_month_name (m + 1, FALSE);
      g_autofree char *hours = offload_format_hours (y->months[m].hours_freed);

      g_string_append (text, "; ");
      if (no_amounts)
        /* Translators: a month, the hours handed over that month */
        g_string_append_printf (text, _("%s: %s handed over"), name, hours);
      else
        {
          g_autofree char *freelance = offload_format_money (y->months[m].freelance_cost, currency);
          g_autofree char *hire = offload_format_money (y->months[m].hire_cost, currency);

          /* Translators: a month, the hours handed over, a freelancer's cost, the hire's cost */
          g_string_append_printf (text, _("%s: %s handed over, freelance %s, hire %s"), name, hours,
                                  freelance, hire);
        }
    }
  g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}
