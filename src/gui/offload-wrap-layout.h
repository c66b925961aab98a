/* offload-wrap-layout.h: children left to right at their natural width,
 * carried onto the next line when the line is full (the task table's
 * controls in a narrow window)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OFFLOAD_TYPE_WRAP_LAYOUT (offload_wrap_layout_get_type ())

G_DECLARE_FINAL_TYPE (OffloadWrapLayout, offload_wrap_layout, OFFLOAD, WRAP_LAYOUT, GtkLayoutManager)

GtkLayoutManager *offload_wrap_layout_new (void);

G_END_DECLS
