/* test-autosave.c: the draft follows an unsaved document, and goes once the
 * document is saved or closed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "offload-autosave.h"
#include "testing.h"

#define DELAY_MS 20

static char *tmp_dir;

static gboolean
quit_loop (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @ms have passed: the timer and the worker's
 * completion both need it. */
static void
run_for (guint ms)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (ms, quit_loop, loop);
  g_main_loop_run (loop);
}

static guint
n_drafts (OffloadDraftStore *store)
{
  g_auto(GStrv) ids = offload_draft_store_list (store);

  return g_strv_length (ids);
}

/* Runs the main loop until the store holds @n drafts, for at most 10 s (a
 * slow machine, valgrind); then one more delay, to see that it stays so. */
static void
wait_for_drafts (OffloadDraftStore *store,
                 guint              n)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (n_drafts (store) != n && g_get_monotonic_time () < end)
    run_for (DELAY_MS);
  run_for (DELAY_MS * 3);
  g_assert_cmpuint (n_drafts (store), ==, n);
}

static double
draft_hours (OffloadDraftStore *store,
             const char        *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) draft = offload_draft_store_load (store, id, &error);

  g_assert_no_error (error);
  return offload_assessment_get_hours_per_day (offload_document_get_assessment (draft));
}

/* Runs the main loop until draft @id holds @hours, for at most 10 s. */
static void
wait_for_hours (OffloadDraftStore *store,
                const char        *id,
                double             hours)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while ((n_drafts (store) != 1 || draft_hours (store, id) != hours) && g_get_monotonic_time () < end)
    run_for (DELAY_MS);
  g_assert_cmpuint (n_drafts (store), ==, 1);
  g_assert_cmpfloat (draft_hours (store, id), ==, hours);
}

static void
test_follows_and_goes (void)
{
  g_autofree char *dir = g_build_filename (tmp_dir, "follows", NULL);
  g_autofree char *path = g_build_filename (tmp_dir, "saved.offload", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OffloadDraftStore) store = offload_draft_store_new (dir);
  g_autoptr(OffloadAutosave) autosave = offload_autosave_new (store, DELAY_MS);
  g_autoptr(OffloadDocument) document = offload_document_new (NULL);
  g_autoptr(GError) error = NULL;
  OffloadAssessment *assessment = offload_document_get_assessment (document);
  const char *id;

  offload_autosave_set_document (autosave, document, NULL);
  id = offload_autosave_get_draft_id (autosave);
  g_assert_true (g_uuid_string_is_valid (id));

  /* Nothing changed: nothing to keep. */
  wait_for_drafts (store, 0);

  /* A change is kept a moment later, and the next change replaces it. */
  offload_assessment_set_hours_per_day (assessment, 4);
  g_assert_cmpuint (n_drafts (store), ==, 0);
  wait_for_hours (store, id, 4);
  offload_assessment_set_hours_per_day (assessment, 5);
  wait_for_hours (store, id, 5);

  /* Saved: the user's file has it all, the draft goes. */
  g_assert_true (offload_document_save (document, file, NULL, &error));
  g_assert_no_error (error);
  wait_for_drafts (store, 0);

  /* A change made and saved before the timer fires leaves no draft either. */
  offload_assessment_set_hours_per_day (assessment, 6);
  g_assert_true (offload_document_save (document, NULL, NULL, &error));
  wait_for_drafts (store, 0);

  /* Closed without saving: the draft goes with the document. */
  offload_assessment_set_hours_per_day (assessment, 7);
  wait_for_drafts (store, 1);
  offload_autosave_discard (autosave);
  g_assert_cmpuint (n_drafts (store), ==, 0);
}

/* A recovered document keeps writing to the draft it came from. */
static void
test_adopts_draft (void)
{
  g_autofree char *dir = g_build_filename (tmp_dir, "adopts", NULL);
  g_autoptr(OffloadDraftStore) store = offload_draft_store_new (dir);
  g_autoptr(OffloadDocument) before = offload_document_new (NULL);
  g_autoptr(OffloadDocument) recovered = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = offload_draft_store_new_id ();
  g_auto(GStrv) ids = NULL;

  offload_assessment_set_hours_per_day (offload_document_get_assessment (before), 3);
  bytes = offload_document_serialize (before);
  g_assert_true (offload_draft_store_write (store, id, bytes, NULL, &error));
  recovered = offload_draft_store_load (store, id, &error);
  g_assert_no_error (error);

  {
    g_autoptr(OffloadAutosave) autosave = offload_autosave_new (store, DELAY_MS);

    offload_autosave_set_document (autosave, recovered, id);
    offload_assessment_set_hours_per_day (offload_document_get_assessment (recovered), 8);
    wait_for_hours (store, id, 8);
    ids = offload_draft_store_list (store);
    g_assert_cmpstr (ids[0], ==, id);

    /* Closed, even in the middle of a write: the draft goes, and stays gone. */
    offload_assessment_set_hours_per_day (offload_document_get_assessment (recovered), 9);
    run_for (DELAY_MS * 2);
    offload_autosave_close (autosave);
    wait_for_drafts (store, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = testing_make_temp_dir ("offload-test-autosave-XXXXXX");

  g_test_add_func ("/autosave/follows-and-goes", test_follows_and_goes);
  g_test_add_func ("/autosave/adopts-draft", test_adopts_draft);

  status = g_test_run ();
  testing_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
