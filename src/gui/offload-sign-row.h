/* offload-sign-row.h: one checklist line — check button, title, and its explanation on demand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "offload-answer.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_SIGN_ROW (offload_sign_row_get_type ())

G_DECLARE_FINAL_TYPE (OffloadSignRow, offload_sign_row, OFFLOAD, SIGN_ROW, GtkWidget)

GtkWidget      *offload_sign_row_new          (OffloadAnswer  *answer);
OffloadAnswer  *offload_sign_row_get_answer   (OffloadSignRow *self);
GtkCheckButton *offload_sign_row_get_check    (OffloadSignRow *self);
GtkMenuButton  *offload_sign_row_get_info_button (OffloadSignRow *self);

G_END_DECLS
