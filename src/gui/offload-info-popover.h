/* offload-info-popover.h: the explanation behind an information button
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Gives @button a popover that shows @text (a copy), wrapped and
 * selectable, made the first time the button opens it: most buttons are
 * never asked. */
void offload_info_popover_attach (GtkMenuButton *button,
                                  const char    *text);

G_END_DECLS
