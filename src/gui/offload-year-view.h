/* offload-year-view.h: the report's twelve-month chart, live in the window
 *
 * Draws offload_year_chart_draw() with the theme's colours (light or dark
 * style), follows the active scenario and the rhythm of the year, and
 * speaks the chart's text alternative to screen readers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "offload-assessment.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_YEAR_VIEW (offload_year_view_get_type ())

G_DECLARE_FINAL_TYPE (OffloadYearView, offload_year_view, OFFLOAD, YEAR_VIEW, GtkWidget)

OffloadAssessment *offload_year_view_get_assessment  (OffloadYearView   *self);
void               offload_year_view_set_assessment  (OffloadYearView   *self,
                                                      OffloadAssessment *assessment);
/* The chart's text alternative as screen readers get it (for tests). */
const char        *offload_year_view_get_description (OffloadYearView   *self);

G_END_DECLS
