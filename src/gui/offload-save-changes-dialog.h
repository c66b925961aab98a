/* offload-save-changes-dialog.h: the question before unsaved work is closed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "offload-document.h"

G_BEGIN_DECLS

typedef enum {
  OFFLOAD_SAVE_CHANGES_CANCEL,
  OFFLOAD_SAVE_CHANGES_DISCARD,
  OFFLOAD_SAVE_CHANGES_SAVE,
} OffloadSaveChangesResponse;

typedef void (*OffloadSaveChangesFunc) (OffloadSaveChangesResponse  response,
                                        gpointer                    user_data);

/* Asks, modal to @parent, whether to save @document's changes before
 * closing; calls @callback once with the answer (Escape: cancel). */
GtkWindow *offload_save_changes_dialog_present (GtkWindow              *parent,
                                                OffloadDocument        *document,
                                                OffloadSaveChangesFunc  callback,
                                                gpointer                user_data);

G_END_DECLS
