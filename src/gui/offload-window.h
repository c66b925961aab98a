/* offload-window.h: one assessment document in a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "offload-document.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_WINDOW (offload_window_get_type ())

G_DECLARE_FINAL_TYPE (OffloadWindow, offload_window, OFFLOAD, WINDOW, GtkApplicationWindow)

/* A NULL @document: a new one, starting from the owner's last figures. */
OffloadWindow   *offload_window_new           (GtkApplication  *application,
                                               OffloadDocument *document);
/* A new window showing FILE, or NULL and the error when it cannot be read. */
OffloadWindow   *offload_window_new_for_file  (GtkApplication  *application,
                                               GFile           *file,
                                               GError         **error);
/* A new window with the unsaved work kept in draft @draft_id of the
 * application's draft store, or NULL and the error. */
OffloadWindow   *offload_window_new_for_draft (GtkApplication  *application,
                                               const char      *draft_id,
                                               GError         **error);
OffloadDocument *offload_window_get_document  (OffloadWindow   *self);
/* TRUE for a new document nobody touched yet: opening a file may reuse it. */
gboolean         offload_window_is_pristine   (OffloadWindow   *self);
/* Loads @file into this window; on failure, keeps the current document as
 * it was and returns the error (offload_window_open() shows it instead). */
gboolean         offload_window_load          (OffloadWindow   *self,
                                               GFile           *file,
                                               GError         **error);
/* Opens @file the way the application decides (offload_application_open_file()). */
void             offload_window_open          (OffloadWindow   *self,
                                               GFile           *file);
/* The section @name ("signs", "figures", "options", "plan"), built now if
 * it was not yet: the checklist's box, or the section's panel. */
GtkWidget       *offload_window_get_section   (OffloadWindow   *self,
                                               const char      *name);
gboolean         offload_window_save_to       (OffloadWindow   *self,
                                               GFile           *file,
                                               GError         **error);
/* A message for the user, attached to this window. */
void             offload_window_show_error    (OffloadWindow   *self,
                                               const char      *primary,
                                               const char      *secondary);
/* The message for a file that could not be opened: its name and why. */
void             offload_window_show_open_error (OffloadWindow *self,
                                                 GFile         *file,
                                                 const GError  *error);

G_END_DECLS
