/* offload-sections-layout.h: a sidebar beside the sections, or a switcher above them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OFFLOAD_TYPE_SECTIONS_LAYOUT (offload_sections_layout_get_type ())

G_DECLARE_FINAL_TYPE (OffloadSectionsLayout, offload_sections_layout, OFFLOAD, SECTIONS_LAYOUT, GtkLayoutManager)

GtkLayoutManager *offload_sections_layout_new (void);
/* TRUE while the widget is wide enough for the sidebar (as last allocated). */
gboolean          offload_sections_layout_get_wide (OffloadSectionsLayout *self);

G_END_DECLS
