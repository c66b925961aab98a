/* test-hostile.c: malformed and hostile files fail cleanly, with the right error
 *
 * The committed corpus is tests/documents/bad/, each file's expected error in
 * expected.tsv; the files too big or too odd to commit are made here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "offload-document.h"
#include "offload-error.h"
#include "testing.h"

static const struct {
  const char *name;
  OffloadError code;
} codes[] = {
  { "IO", OFFLOAD_ERROR_IO },
  { "NOT_REGULAR", OFFLOAD_ERROR_NOT_REGULAR },
  { "TOO_LARGE", OFFLOAD_ERROR_TOO_LARGE },
  { "EMPTY", OFFLOAD_ERROR_EMPTY },
  { "ENCODING", OFFLOAD_ERROR_ENCODING },
  { "SYNTAX", OFFLOAD_ERROR_SYNTAX },
  { "TOO_DEEP", OFFLOAD_ERROR_TOO_DEEP },
  { "DUPLICATE_KEY", OFFLOAD_ERROR_DUPLICATE_KEY },
  { "NUMBER", OFFLOAD_ERROR_NUMBER },
  { "NOT_OFFLOAD", OFFLOAD_ERROR_NOT_OFFLOAD },
  { "NEWER_VERSION", OFFLOAD_ERROR_NEWER_VERSION },
  { "BAD_VERSION", OFFLOAD_ERROR_BAD_VERSION },
  { "MISSING", OFFLOAD_ERROR_MISSING },
  { "TYPE", OFFLOAD_ERROR_TYPE },
  { "RANGE", OFFLOAD_ERROR_RANGE },
  { "UNKNOWN_MEMBER", OFFLOAD_ERROR_UNKNOWN_MEMBER },
};

typedef struct
{
  char        *path;
  OffloadError code;
  char        *needle;
} Case;

static void
case_free (gpointer data)
{
  Case *c = data;

  g_free (c->path);
  g_free (c->needle);
  g_free (c);
}

static void
expect_failure (GFile        *file,
                OffloadError  code,
                const char   *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) document = NULL;

  document = offload_document_new_from_file (NULL, file, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, OFFLOAD_ERROR, (int) code);
  /* A message a person can read: one line, saying something. */
  g_assert_cmpuint (strlen (error->message), >, 10);
  g_assert_null (strchr (error->message, '\n'));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (needle != NULL && needle[0] != '\0')
    g_assert_true (strstr (error->message, needle) != NULL);
}

static void
test_corpus_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GFile) file = g_file_new_for_path (c->path);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) document = NULL;

  expect_failure (file, c->code, c->needle);

  /* The same bytes through the in-memory loader give the same answer. */
  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  document = offload_document_new_from_bytes (NULL, bytes, &error);
  g_assert_null (document);
  g_assert_error (error, OFFLOAD_ERROR, (int) c->code);
}

static char *tmp_dir;

/* A 2 MiB file of valid-looking JSON: refused before it is read. */
static void
test_too_large (void)
{
  g_autoptr(GFile) file = testing_write_too_large (tmp_dir);

  expect_failure (file, OFFLOAD_ERROR_TOO_LARGE, NULL);
}

/* Just under the limit is read (and then refused for what it is). */
static void
test_just_under_limit (void)
{
  gsize length = 1024 * 1024;
  g_autofree char *data = g_malloc (length);
  g_autoptr(GFile) file = NULL;

  memset (data, ' ', length);
  data[0] = '{';
  data[length - 1] = '}';
  file = testing_write_file (tmp_dir, "just-under.offload", data, length);
  expect_failure (file, OFFLOAD_ERROR_NOT_OFFLOAD, NULL);
}

/* json-glib 1.6 crashes on this; the strict check refuses it past depth 4. */
static void
test_deep_nesting (void)
{
  g_autoptr(GFile) file = testing_write_deep_nesting (tmp_dir);

  expect_failure (file, OFFLOAD_ERROR_TOO_DEEP, "Line 1");
}

static void
test_directory (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (tmp_dir);

  expect_failure (file, OFFLOAD_ERROR_NOT_REGULAR, NULL);
}

static void
test_missing (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "no-such-file.offload", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  expect_failure (file, OFFLOAD_ERROR_IO, "no-such-file.offload");
}

/* Opening a FIFO would block until a writer comes: it must be refused unread. */
static void
test_fifo (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "pipe.offload", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  expect_failure (file, OFFLOAD_ERROR_NOT_REGULAR, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (case_free);
  g_autofree char *manifest_path = NULL;
  g_autofree char *manifest = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  const char *dir;
  int status;

  g_test_init (&argc, &argv, NULL);

  dir = g_test_get_dir (G_TEST_DIST);
  manifest_path = g_build_filename (dir, "documents", "bad", "expected.tsv", NULL);
  g_file_get_contents (manifest_path, &manifest, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (manifest, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autofree char *test_path = NULL;
      Case *c;
      guint j;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      fields = g_strsplit (lines[i], "\t", 3);
      g_assert_nonnull (fields[1]);
      for (j = 0; j < G_N_ELEMENTS (codes); j++)
        if (g_str_equal (codes[j].name, fields[1]))
          break;
      g_assert_cmpuint (j, <, G_N_ELEMENTS (codes));

      c = g_new0 (Case, 1);
      c->path = g_build_filename (dir, "documents", "bad", fields[0], NULL);
      c->code = codes[j].code;
      c->needle = g_strdup (fields[2]);
      g_ptr_array_add (cases, c);

      test_path = g_strdup_printf ("/hostile/corpus/%s", fields[0]);
      g_test_add_data_func (test_path, c, test_corpus_case);
    }
  /* The corpus is the point of this test: an empty manifest must not pass. */
  g_assert_cmpuint (cases->len, >=, 30);

  tmp_dir = testing_make_temp_dir ("offload-hostile-XXXXXX");

  g_test_add_func ("/hostile/too-large", test_too_large);
  g_test_add_func ("/hostile/just-under-limit", test_just_under_limit);
  g_test_add_func ("/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/hostile/directory", test_directory);
  g_test_add_func ("/hostile/missing", test_missing);
  g_test_add_func ("/hostile/fifo", test_fifo);

  status = g_test_run ();

  {
    g_autoptr(GDir) d = g_dir_open (tmp_dir, 0, NULL);
    const char *name;

    while (d && (name = g_dir_read_name (d)))
      {
        g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
        g_unlink (path);
      }
    g_rmdir (tmp_dir);
    g_free (tmp_dir);
  }

  return status;
}
