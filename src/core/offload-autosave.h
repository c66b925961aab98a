/* offload-autosave.h: keeps a draft of an unsaved document, a few seconds
 * behind the user, without blocking the main loop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "offload-document.h"
#include "offload-draft-store.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_AUTOSAVE (offload_autosave_get_type ())

G_DECLARE_FINAL_TYPE (OffloadAutosave, offload_autosave, OFFLOAD, AUTOSAVE, GObject)

/* Drafts go to @store, @delay_ms after the last change. */
OffloadAutosave *offload_autosave_new            (OffloadDraftStore *store,
                                                  guint              delay_ms);
/* Follows @document (NULL: none), writing to draft @draft_id (NULL: a new
 * id). The previous document's draft is discarded. */
void             offload_autosave_set_document   (OffloadAutosave   *self,
                                                  OffloadDocument   *document,
                                                  const char        *draft_id);
const char      *offload_autosave_get_draft_id   (OffloadAutosave   *self);
/* The user closed the document without saving: the draft goes too. */
void             offload_autosave_discard        (OffloadAutosave   *self);
/* The document is closed: discards its draft, now and after a write that is
 * still under way, and follows nothing any more. */
void             offload_autosave_close          (OffloadAutosave   *self);

G_END_DECLS
