/* offload-autosave.c
 *
 * A change to an unsaved document (re)starts a timer; when it fires, the
 * document is serialised on the main thread (a few kilobytes) and written
 * to its draft by a worker thread, so a slow disk never freezes the window.
 * One write at a time: a change during a write asks for another one after
 * it. Once the document is saved, or closed without saving, its draft is
 * removed, including by a write that was still under way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "offload-autosave.h"

struct _OffloadAutosave
{
  GObject             parent_instance;

  OffloadDraftStore  *store;
  guint               delay_ms;

  OffloadDocument    *document;
  char               *draft_id;
  gulong              unsaved_handler;
  gulong              title_handler;
  gulong              changed_handler;
  guint               timeout_id;
  gboolean            writing;
  gboolean            again;
};

G_DEFINE_FINAL_TYPE (OffloadAutosave, offload_autosave, G_TYPE_OBJECT)

typedef struct
{
  OffloadDraftStore *store;
  char              *id;
  GBytes            *bytes;
  GFile             *origin;
} Draft;

static void
draft_free (gpointer data)
{
  Draft *draft = data;

  g_object_unref (draft->store);
  g_free (draft->id);
  g_bytes_unref (draft->bytes);
  g_clear_object (&draft->origin);
  g_free (draft);
}

static void schedule (OffloadAutosave *self);

static void
write_in_thread (GTask        *task,
                 gpointer      source,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Draft *draft = task_data;
  GError *error = NULL;

  if (offload_draft_store_write (draft->store, draft->id, draft->bytes, draft->origin, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  OffloadAutosave *self = OFFLOAD_AUTOSAVE (source);
  Draft *draft = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  self->writing = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_warning ("Could not keep a draft of the assessment: %s", error->message);

  /* Saved, closed or switched while the draft was being written. */
  if (self->document == NULL || !offload_document_get_unsaved (self->document) ||
      g_strcmp0 (self->draft_id, draft->id) != 0)
    offload_draft_store_discard (draft->store, draft->id);
  else if (self->again)
    schedule (self);
  self->again = FALSE;
}

static gboolean
on_timeout (gpointer user_data)
{
  OffloadAutosave *self = user_data;
  g_autoptr(GTask) task = NULL;
  Draft *draft;

  self->timeout_id = 0;
  if (self->document == NULL || !offload_document_get_unsaved (self->document))
    return G_SOURCE_REMOVE;
  if (self->writing)
    {
      self->again = TRUE;
      return G_SOURCE_REMOVE;
    }

  draft = g_new0 (Draft, 1);
  draft->store = g_object_ref (self->store);
  draft->id = g_strdup (self->draft_id);
  draft->bytes = offload_document_serialize (self->document);
  draft->origin = offload_document_get_file (self->document)
                  ? g_object_ref (offload_document_get_file (self->document)) : NULL;

  self->writing = TRUE;
  task = g_task_new (self, NULL, on_written, NULL);
  g_task_set_task_data (task, draft, draft_free);
  g_task_run_in_thread (task, write_in_thread);
  return G_SOURCE_REMOVE;
}

static void
schedule (OffloadAutosave *self)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (self->delay_ms, on_timeout, self);
}

static void
on_changed (OffloadAutosave *self)
{
  if (offload_document_get_unsaved (self->document))
    schedule (self);
}

static void
on_unsaved (OffloadAutosave *self)
{
  if (offload_document_get_unsaved (self->document))
    schedule (self);
  else
    {
      /* Saved: the user's file holds the work now. */
      g_clear_handle_id (&self->timeout_id, g_source_remove);
      offload_draft_store_discard (self->store, self->draft_id);
    }
}

static void
stop_following (OffloadAutosave *self)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->document == NULL)
    return;
  g_clear_signal_handler (&self->unsaved_handler, self->document);
  g_clear_signal_handler (&self->title_handler, self->document);
  g_clear_signal_handler (&self->changed_handler, offload_document_get_assessment (self->document));
  g_clear_object (&self->document);
}

void
offload_autosave_discard (OffloadAutosave *self)
{
  g_return_if_fail (OFFLOAD_IS_AUTOSAVE (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->draft_id != NULL)
    offload_draft_store_discard (self->store, self->draft_id);
  self->again = FALSE;
}

void
offload_autosave_close (OffloadAutosave *self)
{
  g_return_if_fail (OFFLOAD_IS_AUTOSAVE (self));

  offload_autosave_discard (self);
  stop_following (self);
}

void
offload_autosave_set_document (OffloadAutosave *self,
                               OffloadDocument *document,
                               const char      *draft_id)
{
  g_return_if_fail (OFFLOAD_IS_AUTOSAVE (self));
  g_return_if_fail (document == NULL || OFFLOAD_IS_DOCUMENT (document));

  offload_autosave_discard (self);
  stop_following (self);
  g_free (self->draft_id);
  self->draft_id = draft_id ? g_strdup (draft_id) : offload_draft_store_new_id ();

  if (document == NULL)
    return;

  self->document = g_object_ref (document);
  self->unsaved_handler = g_signal_connect_swapped (document, "notify::unsaved", G_CALLBACK (on_unsaved), self);
  self->title_handler = g_signal_connect_swapped (document, "notify::title", G_CALLBACK (on_changed), self);
  self->changed_handler = g_signal_connect_swapped (offload_document_get_assessment (document), "changed",
                                                    G_CALLBACK (on_changed), self);
  on_changed (self);
}

const char *
offload_autosave_get_draft_id (OffloadAutosave *self)
{
  g_return_val_if_fail (OFFLOAD_IS_AUTOSAVE (self), NULL);
  return self->draft_id;
}

static void
offload_autosave_dispose (GObject *object)
{
  OffloadAutosave *self = OFFLOAD_AUTOSAVE (object);

  /* A draft lives as long as its document is open: only a crash keeps one. */
  if (self->store != NULL)
    offload_autosave_close (self);

  G_OBJECT_CLASS (offload_autosave_parent_class)->dispose (object);
}

static void
offload_autosave_finalize (GObject *object)
{
  OffloadAutosave *self = OFFLOAD_AUTOSAVE (object);

  g_clear_object (&self->store);
  g_free (self->draft_id);

  G_OBJECT_CLASS (offload_autosave_parent_class)->finalize (object);
}

static void
offload_autosave_class_init (OffloadAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = offload_autosave_dispose;
  object_class->finalize = offload_autosave_finalize;
}

static void
offload_autosave_init (OffloadAutosave *self)
{
}

OffloadAutosave *
offload_autosave_new (OffloadDraftStore *store,
                      guint              delay_ms)
{
  OffloadAutosave *self;

  g_return_val_if_fail (OFFLOAD_IS_DRAFT_STORE (store), NULL);

  self = g_object_new (OFFLOAD_TYPE_AUTOSAVE, NULL);
  self->store = g_object_ref (store);
  self->delay_ms = delay_ms;
  self->draft_id = offload_draft_store_new_id ();
  return self;
}
