/* offload-draft-store.c
 *
 * A draft is two files in the user's state folder: ID.offload, the document
 * as it would be saved, and ID.origin, the URI of the user's file (empty for
 * a document never saved). Both are written atomically, the origin first, so
 * a draft on disk always knows where it belongs. Drafts never go near the
 * user's own file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "offload-atomic-file.h"
#include "offload-draft-store.h"

#define DRAFT_SUFFIX ".offload"
#define ORIGIN_SUFFIX ".origin"

struct _OffloadDraftStore
{
  GObject  parent_instance;

  char    *dir;
};

G_DEFINE_FINAL_TYPE (OffloadDraftStore, offload_draft_store, G_TYPE_OBJECT)

static void
offload_draft_store_finalize (GObject *object)
{
  OffloadDraftStore *self = OFFLOAD_DRAFT_STORE (object);

  g_free (self->dir);

  G_OBJECT_CLASS (offload_draft_store_parent_class)->finalize (object);
}

static void
offload_draft_store_class_init (OffloadDraftStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = offload_draft_store_finalize;
}

static void
offload_draft_store_init (OffloadDraftStore *self)
{
}

OffloadDraftStore *
offload_draft_store_new (const char *dir)
{
  OffloadDraftStore *self = g_object_new (OFFLOAD_TYPE_DRAFT_STORE, NULL);

  self->dir = dir ? g_strdup (dir) : g_build_filename (g_get_user_state_dir (), "offload", "drafts", NULL);
  return self;
}

const char *
offload_draft_store_get_dir (OffloadDraftStore *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DRAFT_STORE (self), NULL);
  return self->dir;
}

char *
offload_draft_store_new_id (void)
{
  return g_uuid_string_random ();
}

/* Ids name files: only what offload_draft_store_new_id() makes. */
static gboolean
valid_id (const char *id)
{
  return id != NULL && g_uuid_string_is_valid (id);
}

static char *
draft_path (OffloadDraftStore *self,
            const char        *id,
            const char        *suffix)
{
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (self->dir, name, NULL);
}

typedef struct
{
  char   *id;
  gint64  mtime;
} Entry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *ea = a;
  const Entry *eb = b;

  if (ea->mtime != eb->mtime)
    return ea->mtime < eb->mtime ? -1 : 1;
  return g_strcmp0 (ea->id, eb->id);
}

GStrv
offload_draft_store_list (OffloadDraftStore *self)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  const char *name;

  g_return_val_if_fail (OFFLOAD_IS_DRAFT_STORE (self), NULL);

  dir = g_dir_open (self->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *id = NULL;
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!g_str_has_suffix (name, DRAFT_SUFFIX))
        continue;
      id = g_strndup (name, strlen (name) - strlen (DRAFT_SUFFIX));
      path = g_build_filename (self->dir, name, NULL);
      if (!valid_id (id) || g_stat (path, &st) != 0 || !S_ISREG (st.st_mode))
        continue;
      g_array_append_val (entries, ((Entry) { g_steal_pointer (&id), (gint64) st.st_mtime }));
    }

  g_array_sort (entries, compare_entries);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);

      g_strv_builder_add (ids, entry->id);
      g_free (entry->id);
    }
  return g_strv_builder_end (ids);
}

void
offload_draft_store_clean (OffloadDraftStore *self)
{
  g_return_if_fail (OFFLOAD_IS_DRAFT_STORE (self));

  /* Drafts are the only files here: every temporary one is stale. */
  offload_atomic_file_clean_folder (self->dir);
}

gboolean
offload_draft_store_write (OffloadDraftStore  *self,
                           const char         *id,
                           GBytes             *document_bytes,
                           GFile              *origin,
                           GError            **error)
{
  g_autofree char *path = NULL;
  g_autofree char *origin_path = NULL;
  g_autofree char *uri = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (OFFLOAD_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (valid_id (id), FALSE);
  g_return_val_if_fail (document_bytes != NULL, FALSE);

  if (g_mkdir_with_parents (self->dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", self->dir, g_strerror (saved_errno));
      return FALSE;
    }

  origin_path = draft_path (self, id, ORIGIN_SUFFIX);
  uri = origin ? g_file_get_uri (origin) : g_strdup ("");
  if (!offload_atomic_file_write (origin_path, uri, strlen (uri), 0600, error))
    return FALSE;

  path = draft_path (self, id, DRAFT_SUFFIX);
  data = g_bytes_get_data (document_bytes, &length);
  return offload_atomic_file_write (path, data, length, 0600, error);
}

OffloadDocument *
offload_draft_store_load (OffloadDraftStore  *self,
                          const char         *id,
                          GError            **error)
{
  g_autofree char *path = NULL;
  g_autofree char *origin_path = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GFile) origin = NULL;
  g_autoptr(GFile) draft = NULL;
  gsize length = 0;

  g_return_val_if_fail (OFFLOAD_IS_DRAFT_STORE (self), NULL);
  g_return_val_if_fail (valid_id (id), NULL);

  origin_path = draft_path (self, id, ORIGIN_SUFFIX);
  if (g_file_get_contents (origin_path, &uri, &length, NULL) && length > 0 &&
      g_utf8_validate (uri, length, NULL))
    origin = g_file_new_for_uri (uri);

  /* Read through the document loader: a draft is checked like any file. */
  path = draft_path (self, id, DRAFT_SUFFIX);
  draft = g_file_new_for_path (path);
  return offload_document_new_recovered (NULL, draft, origin, error);
}

void
offload_draft_store_discard (OffloadDraftStore *self,
                             const char        *id)
{
  g_autofree char *path = NULL;
  g_autofree char *origin_path = NULL;

  g_return_if_fail (OFFLOAD_IS_DRAFT_STORE (self));

  if (!valid_id (id))
    return;
  path = draft_path (self, id, DRAFT_SUFFIX);
  origin_path = draft_path (self, id, ORIGIN_SUFFIX);
  g_unlink (path);
  g_unlink (origin_path);
}
