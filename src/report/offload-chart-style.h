/* offload-chart-style.h: the colours and font the charts draw with
 *
 * A widget fills one from its theme (light or dark style), the report uses
 * the print style. Colours are never the only sign: every bar and band also
 * has its words and figures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

/* Components from 0 to 1, as in GdkRGBA (copy them field by field). */
typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} OffloadChartColor;

typedef struct
{
  OffloadChartColor foreground;  /* text, the score's marker */
  OffloadChartColor muted;       /* secondary text, tracks, ticks */
  OffloadChartColor accent;      /* the options, the readiness reached */
  OffloadChartColor warning;     /* the money or hours lost; a counter-indication */
  OffloadChartColor background;  /* what the chart is drawn over (it paints none) */
  /* The base font, or NULL for the PangoContext's own: other sizes are
   * relative to it. Borrowed. */
  const PangoFontDescription *font;
} OffloadChartStyle;

/* GNOME's palette on a light background, as for paper. */
void offload_chart_style_init_light (OffloadChartStyle *style);
/* The same on a dark background. */
void offload_chart_style_init_dark  (OffloadChartStyle *style);

G_END_DECLS
