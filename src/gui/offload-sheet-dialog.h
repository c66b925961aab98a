/* offload-sheet-dialog.h: the hand-over sheet of one delegated task,
 * edited in place (every field is bound to the task)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "offload-owner-task.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_SHEET_DIALOG (offload_sheet_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OffloadSheetDialog, offload_sheet_dialog, OFFLOAD, SHEET_DIALOG, GtkWindow)

GtkWidget        *offload_sheet_dialog_new      (GtkWindow        *parent,
                                                 OffloadOwnerTask *task);
OffloadOwnerTask *offload_sheet_dialog_get_task (OffloadSheetDialog *self);

G_END_DECLS
