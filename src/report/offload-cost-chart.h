/* offload-cost-chart.h: where the value of the time lost goes, a horizontal bar chart
 *
 * One bar per labelled value of an OffloadChartSeries, each with its label
 * above it and its formatted value after it, all scaled to the largest.
 * A GtkDrawingArea draws it from its draw function:
 *
 *   offload_cost_chart_draw (cr, gtk_widget_get_pango_context (area),
 *                            &style, series, width, height);
 *
 * after setting its content height to offload_cost_chart_get_height() for
 * its width, and gives offload_chart_series_describe() to assistive
 * technologies (the accessible description). The report draws the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "offload-assessment.h"
#include "offload-chart-series.h"
#include "offload-chart-style.h"

G_BEGIN_DECLS

/* The default series of an assessment, per month: the cost of the admin
 * hours lost and the focus cost of interruptions, then, when the active
 * scenario hands hours over, what a freelancer and a part-time hire would
 * cost for them. With @no_amounts the same bars in hours (hours lost, focus
 * lost, hours bought from a freelancer, hours paid to a hire), and no money
 * at all. */
OffloadChartSeries *offload_cost_chart_build_series (OffloadAssessment       *assessment,
                                                     gboolean                 no_amounts);

/* The height the chart needs at @width, in the same units as @width. */
double              offload_cost_chart_get_height   (PangoContext            *context,
                                                     const OffloadChartStyle *style,
                                                     OffloadChartSeries      *series,
                                                     double                   width);

/* Draws at the current origin of @cr, within @width × @height. */
void                offload_cost_chart_draw         (cairo_t                 *cr,
                                                     PangoContext            *context,
                                                     const OffloadChartStyle *style,
                                                     OffloadChartSeries      *series,
                                                     double                   width,
                                                     double                   height);

G_END_DECLS
