/* offload-readiness-gauge.h: the need to delegate (the decision's score) on
 * a bar cut into the catalog's bands for the case at hand (handing over
 * pays or not), with the verdict's title
 *
 * A GtkDrawingArea draws it from its draw function:
 *
 *   offload_readiness_gauge_draw (cr, gtk_widget_get_pango_context (area),
 *                                 &style, assessment, width, height);
 *
 * with its content height set to offload_readiness_gauge_get_height() for
 * its width, redrawn on the assessment's "changed" signal (not only on a
 * new verdict: the bands follow delegation-pays, which can change under a
 * "Prepare first" verdict that does not), and
 * offload_readiness_gauge_describe() as its accessible description.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "offload-assessment.h"
#include "offload-chart-style.h"

G_BEGIN_DECLS

double  offload_readiness_gauge_get_height (PangoContext            *context,
                                            const OffloadChartStyle *style,
                                            OffloadAssessment       *assessment,
                                            double                   width);

/* Draws at the current origin of @cr, within @width × @height. */
void    offload_readiness_gauge_draw       (cairo_t                 *cr,
                                            PangoContext            *context,
                                            const OffloadChartStyle *style,
                                            OffloadAssessment       *assessment,
                                            double                   width,
                                            double                   height);

/* The gauge in one translated sentence, "Need to delegate: N out of 100…",
 * with the band's bounds and the verdict, for a screen reader. */
char   *offload_readiness_gauge_describe   (OffloadAssessment       *assessment);

G_END_DECLS
