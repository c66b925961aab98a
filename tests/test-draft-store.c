/* test-draft-store.c: autosaved drafts, written, listed, recovered, discarded
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "offload-draft-store.h"
#include "offload-error.h"
#include "testing.h"

static char *tmp_dir;

static OffloadDraftStore *
new_store (const char *name)
{
  g_autofree char *dir = g_build_filename (tmp_dir, name, NULL);

  return offload_draft_store_new (dir);
}

static void
test_round_trip (void)
{
  g_autoptr(OffloadDraftStore) store = new_store ("round-trip");
  g_autoptr(OffloadDocument) document = offload_document_new (NULL);
  g_autoptr(OffloadDocument) recovered = NULL;
  g_autoptr(GFile) origin = g_file_new_for_path ("/home/owner/Documents/shop.offload");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;
  g_autofree char *id = offload_draft_store_new_id ();
  GStatBuf st;

  offload_document_set_title (document, "Half-done");
  offload_assessment_set_hours_per_day (offload_document_get_assessment (document), 3.25);
  offload_assessment_set_checked (offload_document_get_assessment (document), "late-invoicing", TRUE);
  bytes = offload_document_serialize (document);

  g_assert_true (offload_draft_store_write (store, id, bytes, origin, &error));
  g_assert_no_error (error);
  ids = offload_draft_store_list (store);
  g_assert_cmpuint (g_strv_length (ids), ==, 1);
  g_assert_cmpstr (ids[0], ==, id);

  /* Drafts are private: they hold the owner's figures. */
  {
    g_autofree char *path = g_strdup_printf ("%s/%s.offload", offload_draft_store_get_dir (store), id);

    g_assert_cmpint (g_stat (path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }

  recovered = offload_draft_store_load (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (offload_document_get_title (recovered), ==, "Half-done");
  g_assert_cmpfloat (offload_assessment_get_hours_per_day (offload_document_get_assessment (recovered)), ==, 3.25);
  g_assert_true (offload_assessment_get_checked (offload_document_get_assessment (recovered), "late-invoicing"));
  g_assert_true (offload_document_get_unsaved (recovered));
  g_assert_true (g_file_equal (offload_document_get_file (recovered), origin));
  again = offload_document_serialize (recovered);
  g_assert_true (g_bytes_equal (bytes, again));

  offload_draft_store_discard (store, id);
  g_strfreev (ids);
  ids = offload_draft_store_list (store);
  g_assert_cmpuint (g_strv_length (ids), ==, 0);
}

/* A never-saved document's draft has no origin; a rewrite replaces it. */
static void
test_no_origin_and_rewrite (void)
{
  g_autoptr(OffloadDraftStore) store = new_store ("no-origin");
  g_autoptr(OffloadDocument) document = offload_document_new (NULL);
  g_autoptr(OffloadDocument) recovered = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = offload_draft_store_new_id ();
  g_auto(GStrv) ids = NULL;

  for (int hours = 1; hours <= 3; hours++)
    {
      g_autoptr(GBytes) bytes = NULL;

      offload_assessment_set_hours_per_day (offload_document_get_assessment (document), hours);
      bytes = offload_document_serialize (document);
      g_assert_true (offload_draft_store_write (store, id, bytes, NULL, &error));
      g_assert_no_error (error);
    }

  ids = offload_draft_store_list (store);
  g_assert_cmpuint (g_strv_length (ids), ==, 1);
  recovered = offload_draft_store_load (store, id, &error);
  g_assert_no_error (error);
  g_assert_null (offload_document_get_file (recovered));
  g_assert_cmpfloat (offload_assessment_get_hours_per_day (offload_document_get_assessment (recovered)), ==, 3);
}

/* Only drafts are listed; a damaged draft fails to load with an error. */
static void
test_foreign_and_damaged (void)
{
  g_autoptr(OffloadDraftStore) store = new_store ("damaged");
  g_autoptr(OffloadDocument) document = offload_document_new (NULL);
  g_autoptr(GBytes) bytes = offload_document_serialize (document);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = offload_draft_store_new_id ();
  g_autofree char *stray = NULL;
  g_autofree char *draft = NULL;
  g_auto(GStrv) ids = NULL;

  g_assert_true (offload_draft_store_write (store, id, bytes, NULL, &error));
  stray = g_build_filename (offload_draft_store_get_dir (store), "notes.offload", NULL);
  g_assert_true (g_file_set_contents (stray, "{}", -1, NULL));
  ids = offload_draft_store_list (store);
  g_assert_cmpuint (g_strv_length (ids), ==, 1);
  g_assert_cmpstr (ids[0], ==, id);

  /* What killed draft writes leave goes; nothing else does. */
  {
    g_autofree char *stale = g_strdup_printf ("%s/.%s.offload.~offload-Zq81Lm", offload_draft_store_get_dir (store), id);
    g_autofree char *stale_origin = g_strdup_printf ("%s/.%s.origin.~offload-a1B2c3", offload_draft_store_get_dir (store), id);

    g_assert_true (g_file_set_contents (stale, "{\"half", -1, NULL));
    g_assert_true (g_file_set_contents (stale_origin, "file:", -1, NULL));
    offload_draft_store_clean (store);
    g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (stale_origin, G_FILE_TEST_EXISTS));
    g_assert_true (g_file_test (stray, G_FILE_TEST_EXISTS));
  }

  draft = g_strdup_printf ("%s/%s.offload", offload_draft_store_get_dir (store), id);
  g_assert_true (g_file_set_contents (draft, "{\"format\": \"offload-assess", -1, NULL));
  g_assert_null (offload_draft_store_load (store, id, &error));
  g_assert_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = testing_make_temp_dir ("offload-test-drafts-XXXXXX");

  g_test_add_func ("/drafts/round-trip", test_round_trip);
  g_test_add_func ("/drafts/no-origin-and-rewrite", test_no_origin_and_rewrite);
  g_test_add_func ("/drafts/foreign-and-damaged", test_foreign_and_damaged);

  status = g_test_run ();
  testing_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
