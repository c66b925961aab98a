/* offload-year-chart.h: the year month by month — hours handed over as
 * bars, and what a freelancer and the hire cost each month as lines
 *
 * Like the cost chart, a GtkDrawingArea draws it from its draw function:
 *
 *   offload_year_chart_draw (cr, gtk_widget_get_pango_context (area),
 *                            &style, assessment, FALSE, width, height);
 *
 * after setting its content height to offload_year_chart_get_height() for
 * its width, and gives offload_year_chart_describe() to assistive
 * technologies. Month names are the locale's ("%b"). The report draws the
 * same. With @no_amounts: no money at all; the line is the hours the
 * hire's contract works each month instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "offload-assessment.h"
#include "offload-chart-style.h"

G_BEGIN_DECLS

/* The height the chart needs at @width, in the same units as @width. */
double offload_year_chart_get_height (PangoContext            *context,
                                      const OffloadChartStyle *style,
                                      double                   width);

/* Draws the active scenario's year at the current origin of @cr, within
 * @width × @height. */
void   offload_year_chart_draw       (cairo_t                 *cr,
                                      PangoContext            *context,
                                      const OffloadChartStyle *style,
                                      OffloadAssessment       *assessment,
                                      gboolean                 no_amounts,
                                      double                   width,
                                      double                   height);

/* The chart in words, month by month, translated. */
char  *offload_year_chart_describe   (OffloadAssessment       *assessment,
                                      gboolean                 no_amounts);

G_END_DECLS
