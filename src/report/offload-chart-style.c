/* offload-chart-style.c
 *
 * Colours from GNOME's palette (the ones Adwaita's accent, warning and
 * text use), so that charts drawn outside a widget still look like the app.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "offload-chart-style.h"

static void
set_color (OffloadChartColor *color,
           guint32            rgb,
           double             alpha)
{
  color->red = ((rgb >> 16) & 0xff) / 255.0;
  color->green = ((rgb >> 8) & 0xff) / 255.0;
  color->blue = (rgb & 0xff) / 255.0;
  color->alpha = alpha;
}

void
offload_chart_style_init_light (OffloadChartStyle *style)
{
  g_return_if_fail (style != NULL);

  set_color (&style->foreground, 0x1e1e1e, 1.0);
  set_color (&style->muted, 0x5e5c64, 1.0);
  set_color (&style->accent, 0x1c71d8, 1.0);
  set_color (&style->warning, 0xc64600, 1.0);
  set_color (&style->background, 0xffffff, 1.0);
  style->font = NULL;
}

void
offload_chart_style_init_dark (OffloadChartStyle *style)
{
  g_return_if_fail (style != NULL);

  set_color (&style->foreground, 0xffffff, 1.0);
  set_color (&style->muted, 0xc0bfbc, 1.0);
  set_color (&style->accent, 0x78aeed, 1.0);
  set_color (&style->warning, 0xffa348, 1.0);
  set_color (&style->background, 0x242424, 1.0);
  style->font = NULL;
}
