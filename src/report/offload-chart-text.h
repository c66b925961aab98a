/* offload-chart-text.h: text for the charts, private to src/report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "offload-chart-style.h"

G_BEGIN_DECLS

/* A layout in the style's font (or the context's) scaled by @scale, bold
 * when asked; @width in cairo units, or < 0 for no wrapping. */
PangoLayout *offload_chart_text_layout  (PangoContext            *context,
                                         const OffloadChartStyle *style,
                                         const char              *text,
                                         double                   scale,
                                         gboolean                 bold,
                                         double                   width);
void         offload_chart_text_size    (PangoLayout             *layout,
                                         double                  *width,
                                         double                  *height);
void         offload_chart_set_color    (cairo_t                 *cr,
                                         const OffloadChartColor *color,
                                         double                   alpha);
void         offload_chart_show_layout  (cairo_t                 *cr,
                                         PangoLayout             *layout,
                                         const OffloadChartColor *color,
                                         double                   x,
                                         double                   y);
void         offload_chart_rounded_rect (cairo_t                 *cr,
                                         double                   x,
                                         double                   y,
                                         double                   width,
                                         double                   height,
                                         double                   radius);

G_END_DECLS
