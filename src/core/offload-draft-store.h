/* offload-draft-store.h: unsaved work, autosaved beside nothing of the user's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "offload-document.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_DRAFT_STORE (offload_draft_store_get_type ())

G_DECLARE_FINAL_TYPE (OffloadDraftStore, offload_draft_store, OFFLOAD, DRAFT_STORE, GObject)

/* Drafts in @dir; NULL: the user's state folder ($XDG_STATE_HOME/offload/drafts). */
OffloadDraftStore *offload_draft_store_new        (const char        *dir);
const char        *offload_draft_store_get_dir    (OffloadDraftStore *self);
/* A fresh id for a document's draft. */
char              *offload_draft_store_new_id     (void);
/* Removes what draft writes killed midway left behind. Only when no draft
 * is being written: at start-up, before any document is open. */
void               offload_draft_store_clean      (OffloadDraftStore *self);
/* The ids of the drafts on disk, oldest first. */
GStrv              offload_draft_store_list       (OffloadDraftStore *self);
/* Writes @document_bytes (offload_document_serialize()) as draft @id of a
 * document saved as @origin (NULL: never saved), atomically. Safe to call
 * from a worker thread. */
gboolean           offload_draft_store_write      (OffloadDraftStore *self,
                                                   const char        *id,
                                                   GBytes            *document_bytes,
                                                   GFile             *origin,
                                                   GError           **error);
/* The draft as an unsaved document that saves to its origin. */
OffloadDocument   *offload_draft_store_load       (OffloadDraftStore *self,
                                                   const char        *id,
                                                   GError           **error);
void               offload_draft_store_discard    (OffloadDraftStore *self,
                                                   const char        *id);

G_END_DECLS
