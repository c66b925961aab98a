/* offload-document.h: a self-assessment as a file — load strictly, save atomically
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "offload-assessment.h"

G_BEGIN_DECLS

#define OFFLOAD_DOCUMENT_FORMAT    "offload-assessment"
/* Version 1 (no scenarios) and version 2 (no action plan) files are read
 * too, and saved as version 3. */
#define OFFLOAD_DOCUMENT_VERSION   5
/* Files larger than this are refused before a byte is parsed. */
#define OFFLOAD_DOCUMENT_MAX_BYTES (1024 * 1024)
/* The root object, its objects and its "scenarios" list of objects: nothing deeper. */
#define OFFLOAD_DOCUMENT_MAX_DEPTH 4
#define OFFLOAD_DOCUMENT_MAX_TITLE 500

#define OFFLOAD_TYPE_DOCUMENT (offload_document_get_type ())

G_DECLARE_FINAL_TYPE (OffloadDocument, offload_document, OFFLOAD, DOCUMENT, GObject)

/* A new, unsaved document with the catalog's defaults; NULL @catalog: the default one. */
OffloadDocument    *offload_document_new                 (OffloadCatalog  *catalog);
/* A new, unsaved document around @assessment as it is now: what it holds
 * already is the starting point, not a change. */
OffloadDocument    *offload_document_new_for_assessment  (OffloadAssessment *assessment);
/* Checks and loads @bytes; on failure returns NULL with an %OFFLOAD_ERROR. */
OffloadDocument    *offload_document_new_from_bytes      (OffloadCatalog  *catalog,
                                                          GBytes          *bytes,
                                                          GError         **error);
/* Only a regular file of at most OFFLOAD_DOCUMENT_MAX_BYTES is read; the
 * document remembers @file. */
OffloadDocument    *offload_document_new_from_file       (OffloadCatalog  *catalog,
                                                          GFile           *file,
                                                          GCancellable    *cancellable,
                                                          GError         **error);

/* Unsaved work brought back after a crash: the autosaved @draft, checked as
 * any file is, belonging to @origin (NULL: never saved). The document is
 * unsaved, and its next save goes to @origin. */
OffloadDocument    *offload_document_new_recovered       (OffloadCatalog  *catalog,
                                                          GFile           *draft,
                                                          GFile           *origin,
                                                          GError         **error);

/* The file's bytes: stable, so that save → load → save is byte-identical. */
GBytes             *offload_document_serialize           (OffloadDocument *self);

/* Appends the members of "results" (monthly_hours … most_sensitive_input,
 * the comparison's for the active scenario), one per line
 * at @level, the first without a leading comma: shared by the file and
 * `offload --summary --format=json`. */
void                offload_document_append_results      (OffloadAssessment *assessment,
                                                          GString           *out,
                                                          guint              level);

/* Writes to @file (NULL: the document's own file) atomically: the previous
 * file survives a crash or a full disk; a symlink stays a link and its target
 * is replaced, keeping the target's permissions (0600 for a new file). On
 * success the document takes @file and is no longer unsaved. */
gboolean            offload_document_save                (OffloadDocument *self,
                                                          GFile           *file,
                                                          GCancellable    *cancellable,
                                                          GError         **error);

typedef enum
{
  OFFLOAD_SAVE_NONE      = 0,
  /* Replace the document's own file even if another program changed it
   * since it was loaded or last saved (otherwise: OFFLOAD_ERROR_CHANGED_ON_DISK). */
  OFFLOAD_SAVE_OVERWRITE = 1 << 0,
} OffloadSaveFlags;

gboolean            offload_document_save_full           (OffloadDocument  *self,
                                                          GFile            *file,
                                                          OffloadSaveFlags  flags,
                                                          GCancellable     *cancellable,
                                                          GError          **error);

OffloadAssessment  *offload_document_get_assessment      (OffloadDocument *self);
GFile              *offload_document_get_file            (OffloadDocument *self);
const char         *offload_document_get_title           (OffloadDocument *self);
void                offload_document_set_title           (OffloadDocument *self,
                                                          const char      *title);
/* The name every view shows: the title, else the file's name without its
 * extension, else "New Assessment"; printable and at most @max_chars long
 * (0 for no limit). */
char               *offload_document_dup_display_name    (OffloadDocument *self,
                                                          guint            max_chars);
GDateTime          *offload_document_get_created         (OffloadDocument *self);
GDateTime          *offload_document_get_modified        (OffloadDocument *self);
/* TRUE once anything changed since it was loaded or saved. */
gboolean            offload_document_get_unsaved         (OffloadDocument *self);
/* The answer ids the file had but the catalog does not know: dropped on
 * load, for the caller to report. */
const char * const *offload_document_get_ignored_answers (OffloadDocument *self);

G_END_DECLS
