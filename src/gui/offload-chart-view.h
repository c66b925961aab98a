/* offload-chart-view.h: one of the report's charts, live in the window
 *
 * Draws the readiness gauge or the cost chart of src/report with the
 * theme's colours (light or dark style), follows its assessment, and speaks
 * the chart's text alternative to screen readers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "offload-assessment.h"
#include "offload-chart-style.h"

G_BEGIN_DECLS

typedef enum
{
  OFFLOAD_CHART_KIND_GAUGE,  /* the readiness score on the catalog's bands */
  OFFLOAD_CHART_KIND_COST,   /* where the value of the time lost goes, and the options */
} OffloadChartKind;

#define OFFLOAD_TYPE_CHART_KIND (offload_chart_kind_get_type ())
GType offload_chart_kind_get_type (void);

#define OFFLOAD_TYPE_CHART_VIEW (offload_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (OffloadChartView, offload_chart_view, OFFLOAD, CHART_VIEW, GtkWidget)

OffloadChartKind   offload_chart_view_get_kind        (OffloadChartView  *self);
OffloadAssessment *offload_chart_view_get_assessment  (OffloadChartView  *self);
void               offload_chart_view_set_assessment  (OffloadChartView  *self,
                                                       OffloadAssessment *assessment);
/* The chart's text alternative as screen readers get it (for tests). */
const char        *offload_chart_view_get_description (OffloadChartView  *self);

/* The theme's colours of @widget as a chart style, so that every chart of
 * the window follows the light and dark styles the same way. */
void offload_chart_view_style_from_theme (GtkWidget         *widget,
                                          OffloadChartStyle *style);

G_END_DECLS
