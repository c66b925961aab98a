/* offload-columns-layout.h: two columns side by side when there is room, one above the other when not
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OFFLOAD_TYPE_COLUMNS_LAYOUT (offload_columns_layout_get_type ())

G_DECLARE_FINAL_TYPE (OffloadColumnsLayout, offload_columns_layout, OFFLOAD, COLUMNS_LAYOUT, GtkLayoutManager)

GtkLayoutManager *offload_columns_layout_new (void);

G_END_DECLS
