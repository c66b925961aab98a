/* offload-chart-text.c: what the gauge, the cost chart and the report share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <pango/pangocairo.h>

#include "offload-chart-text.h"

PangoLayout *
offload_chart_text_layout (PangoContext            *context,
                           const OffloadChartStyle *style,
                           const char              *text,
                           double                   scale,
                           gboolean                 bold,
                           double                   width)
{
  const PangoFontDescription *base = style->font ? style->font : pango_context_get_font_description (context);
  PangoFontDescription *font = base ? pango_font_description_copy (base) : pango_font_description_new ();
  PangoLayout *layout = pango_layout_new (context);
  int size = pango_font_description_get_size (font);

  if (size <= 0)
    size = 10 * PANGO_SCALE;
  if (pango_font_description_get_size_is_absolute (font))
    pango_font_description_set_absolute_size (font, size * scale);
  else
    pango_font_description_set_size (font, (int) (size * scale + 0.5));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  if (width >= 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_font_description_free (font);
  return layout;
}

void
offload_chart_text_size (PangoLayout *layout,
                         double      *width,
                         double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width)
    *width = (double) logical.width / PANGO_SCALE;
  if (height)
    *height = (double) logical.height / PANGO_SCALE;
}

void
offload_chart_set_color (cairo_t                 *cr,
                         const OffloadChartColor *color,
                         double                   alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

void
offload_chart_show_layout (cairo_t                 *cr,
                           PangoLayout             *layout,
                           const OffloadChartColor *color,
                           double                   x,
                           double                   y)
{
  offload_chart_set_color (cr, color, 1.0);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

void
offload_chart_rounded_rect (cairo_t *cr,
                            double   x,
                            double   y,
                            double   width,
                            double   height,
                            double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2.0);
  if (radius <= 0.0)
    {
      cairo_rectangle (cr, x, y, width, height);
      return;
    }
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}
