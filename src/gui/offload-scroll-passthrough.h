/* offload-scroll-passthrough.h: the mouse wheel over a slider or a number
 * field scrolls the page, and never changes the owner's figure
 *
 * GTK changes a spin button's or a scale's value on a wheel step: scrolling
 * down a long section over one of them would move a figure without the
 * owner noticing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Takes the wheel from @widget and gives it to the scrolled window around it. */
void offload_scroll_passthrough_attach (GtkWidget *widget);

G_END_DECLS
