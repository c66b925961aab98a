/* test-save-faults.c: a save that fails midway never harms the previous file
 *
 * Each step of a save (write, fsync, close, rename) is made to fail in turn
 * through fault-injection.c; the previous file must keep its bytes and
 * permissions, no temporary file may stay behind, and the document must
 * stay unsaved. Also: another program's change is not overwritten unasked,
 * and the temporaries a killed save leaves are removed on the next load.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "fault-injection.h"
#include "offload-atomic-file.h"
#include "offload-document.h"
#include "offload-error.h"
#include "testing.h"

static char *tmp_dir;

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d && g_dir_read_name (d))
    n++;
  return n;
}

/* A saved document in a folder of its own, loaded back as a user opens it. */
static OffloadDocument *
saved_document (const char *dir,
                const char *name,
                int         mode,
                char      **path_out)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OffloadDocument) first = offload_document_new (NULL);
  g_autoptr(GError) error = NULL;
  OffloadDocument *document;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  offload_document_set_title (first, "Before");
  g_assert_true (offload_document_save (first, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, mode), ==, 0);

  document = offload_document_new_from_file (NULL, file, NULL, &error);
  g_assert_no_error (error);
  *path_out = g_steal_pointer (&path);
  return document;
}

typedef struct
{
  const char *fault;
  const char *reason;   /* what the user is told */
} Fault;

static const Fault faults[] = {
  { "write:ENOSPC", "disk is full" },
  { "write:EDQUOT", "could not be written" },
  { "fsync:EIO", "could not be written" },
  { "close:EIO", "could not be written" },
  { "rename:EIO", "could not be written" },
  { "rename:EROFS", "read-only" },
};

static void
test_fault (gconstpointer data)
{
  const Fault *fault = data;
  g_autofree char *dir = g_build_filename (tmp_dir, fault->fault, NULL);
  g_autofree char *path = NULL;
  g_autoptr(OffloadDocument) document = saved_document (dir, "shop.offload", 0640, &path);
  g_autofree char *before = read_text (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  g_autofree char *saved = NULL;
  GStatBuf st;

  offload_document_set_title (document, "After");
  offload_assessment_set_hours_per_day (offload_document_get_assessment (document), 3.5);

  fault_injection_set (fault->fault, ".~offload-");
  g_assert_false (offload_document_save (document, NULL, NULL, &error));
  fault_injection_set (NULL, NULL);

  g_assert_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_IO);
  g_test_message ("%s: %s", fault->fault, error->message);
  g_assert_nonnull (strstr (error->message, "shop.offload"));
  g_assert_nonnull (strstr (error->message, fault->reason));
  g_assert_null (strstr (error->message, "~offload-"));

  /* The previous file, whole, with its permissions; nothing beside it. */
  after = read_text (path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  g_assert_cmpuint (count_files (dir), ==, 1);
  g_assert_true (offload_document_get_unsaved (document));

  /* Once the fault is gone, the same document saves. */
  g_clear_error (&error);
  g_assert_true (offload_document_save (document, NULL, NULL, &error));
  g_assert_no_error (error);
  saved = read_text (path);
  g_assert_nonnull (strstr (saved, "\"After\""));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  g_assert_false (offload_document_get_unsaved (document));
  g_assert_cmpuint (count_files (dir), ==, 1);
}

/* Another program rewrote the file after Offload opened it: a plain save
 * refuses, and says so; an explicit overwrite replaces it. */
static void
test_changed_on_disk (void)
{
  g_autofree char *dir = g_build_filename (tmp_dir, "changed", NULL);
  g_autofree char *path = NULL;
  g_autoptr(OffloadDocument) document = saved_document (dir, "shared.offload", 0600, &path);
  g_autoptr(GError) error = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *ours = NULL;
  const char *other = "{\"written\": \"by another program\"}\n";

  g_assert_true (g_file_set_contents (path, other, -1, &error));
  g_assert_no_error (error);
  offload_document_set_title (document, "Mine");

  g_assert_false (offload_document_save (document, NULL, NULL, &error));
  g_assert_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_CHANGED_ON_DISK);
  g_assert_nonnull (strstr (error->message, "shared.offload"));
  theirs = read_text (path);
  g_assert_cmpstr (theirs, ==, other);
  g_assert_true (offload_document_get_unsaved (document));

  g_clear_error (&error);
  g_assert_true (offload_document_save_full (document, NULL, OFFLOAD_SAVE_OVERWRITE, NULL, &error));
  g_assert_no_error (error);
  ours = read_text (path);
  g_assert_nonnull (strstr (ours, "\"Mine\""));

  /* Offload's own save is not "another program": the next save goes through. */
  offload_document_set_title (document, "Mine again");
  g_assert_true (offload_document_save (document, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* A save killed between creating its temporary file and renaming it leaves
 * ".NAME.~offload-XXXXXX"; opening the document removes exactly those. */
static void
test_stale_temporaries (void)
{
  g_autofree char *dir = g_build_filename (tmp_dir, "stale", NULL);
  g_autofree char *path = NULL;
  g_autoptr(OffloadDocument) first = saved_document (dir, "doc.offload", 0600, &path);
  g_autofree char *prefix = offload_atomic_file_temp_prefix (path);
  g_autofree char *stale = g_strdup_printf ("%s/%sAb12Cd", dir, prefix);
  g_autofree char *not_ours = g_strdup_printf ("%s/%snotours", dir, prefix);
  g_autofree char *backup = g_build_filename (dir, "doc.offload.XXXXXX", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OffloadDocument) reopened = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (stale, "{\"half\": ", -1, NULL));
  g_assert_true (g_file_set_contents (not_ours, "keep", -1, NULL));
  g_assert_true (g_file_set_contents (backup, "keep", -1, NULL));

  reopened = offload_document_new_from_file (NULL, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (not_ours, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
}

/* Through a symlink, a failed save leaves both the link and its target. */
static void
test_symlink_fault (void)
{
  g_autofree char *dir = g_build_filename (tmp_dir, "link", NULL);
  g_autofree char *target = NULL;
  g_autoptr(OffloadDocument) unused = saved_document (dir, "real.offload", 0600, &target);
  g_autofree char *link = g_build_filename (dir, "link.offload", NULL);
  g_autoptr(GFile) link_file = g_file_new_for_path (link);
  g_autoptr(OffloadDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = read_text (target);
  g_autofree char *after = NULL;

  g_assert_cmpint (symlink ("real.offload", link), ==, 0);
  document = offload_document_new_from_file (NULL, link_file, NULL, &error);
  g_assert_no_error (error);
  offload_document_set_title (document, "Through the link");

  fault_injection_set ("fsync:EIO", ".~offload-");
  g_assert_false (offload_document_save (document, NULL, NULL, &error));
  fault_injection_set (NULL, NULL);
  g_clear_error (&error);
  after = read_text (target);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));

  g_assert_true (offload_document_save (document, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_free (after);
  after = read_text (target);
  g_assert_nonnull (strstr (after, "Through the link"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = testing_make_temp_dir ("offload-test-save-faults-XXXXXX");

  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autofree char *name = g_strdup_printf ("/save-faults/%s", faults[i].fault);

      g_test_add_data_func (name, &faults[i], test_fault);
    }
  g_test_add_func ("/save-faults/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/save-faults/stale-temporaries", test_stale_temporaries);
  g_test_add_func ("/save-faults/symlink", test_symlink_fault);

  status = g_test_run ();
  testing_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
