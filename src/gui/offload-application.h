/* offload-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "offload-draft-store.h"
#include "offload-window.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_APPLICATION (offload_application_get_type ())

G_DECLARE_FINAL_TYPE (OffloadApplication, offload_application, OFFLOAD, APPLICATION, GtkApplication)

OffloadApplication *offload_application_new (void);
/* Where every window keeps the draft of its unsaved document. */
OffloadDraftStore  *offload_application_get_draft_store (OffloadApplication *self);
/* The one place that decides which window shows @file: the window that
 * already shows it, else @from (or another window) if nobody touched its
 * new document, else a new window. Presents that window and returns it; on
 * an error, shows it on @from (or on a new window) and returns NULL,
 * leaving every open document as it was. */
OffloadWindow      *offload_application_open_file (OffloadApplication *self,
                                                   OffloadWindow      *from,
                                                   GFile              *file);

G_END_DECLS
