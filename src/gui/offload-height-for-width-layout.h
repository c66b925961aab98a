/* offload-height-for-width-layout.h: one child over the whole area, its width asked at no height
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OFFLOAD_TYPE_HEIGHT_FOR_WIDTH_LAYOUT (offload_height_for_width_layout_get_type ())

G_DECLARE_FINAL_TYPE (OffloadHeightForWidthLayout, offload_height_for_width_layout, OFFLOAD, HEIGHT_FOR_WIDTH_LAYOUT, GtkLayoutManager)

GtkLayoutManager *offload_height_for_width_layout_new (void);

G_END_DECLS
