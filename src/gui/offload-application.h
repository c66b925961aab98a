/* offload-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "offload-draft-store.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_APPLICATION (offload_application_get_type ())

G_DECLARE_FINAL_TYPE (OffloadApplication, offload_application, OFFLOAD, APPLICATION, GtkApplication)

OffloadApplication *offload_application_new (void);
/* Where every window keeps the draft of its unsaved document. */
OffloadDraftStore  *offload_application_get_draft_store (OffloadApplication *self);

G_END_DECLS
