/* offload-progress-dialog.h: the open assessment beside an earlier one
 *
 * Lists the owner's recent assessments (or lets them pick a file), then
 * shows side by side what changed: hours, cost, readiness, verdict, the
 * signs cleared and the new ones.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "offload-document.h"
#include "offload-progress.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_PROGRESS_DIALOG (offload_progress_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OffloadProgressDialog, offload_progress_dialog, OFFLOAD, PROGRESS_DIALOG, GtkWindow)

OffloadProgressDialog *offload_progress_dialog_new          (GtkWindow             *parent,
                                                             OffloadDocument       *current);
/* Reads @earlier and shows the comparison; on failure keeps what it showed
 * and returns the error (the dialog also says it). */
gboolean               offload_progress_dialog_compare_with (OffloadProgressDialog *self,
                                                             GFile                 *earlier,
                                                             GError               **error);
/* The comparison shown, or NULL while the dialog asks which file. */
OffloadProgress       *offload_progress_dialog_get_progress (OffloadProgressDialog *self);

G_END_DECLS
