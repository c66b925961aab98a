/* testing.c: what the test programs share, GLib and GIO only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>

#include "testing.h"

GFile *
testing_fixture (const char *dir,
                 const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "documents", dir, name, NULL);

  return g_file_new_for_path (path);
}

void
testing_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) || !g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_unlink (path);
      return;
    }

  g_chmod (path, 0755);
  dir = g_dir_open (path, 0, NULL);
  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      testing_remove_tree (child);
    }
  g_rmdir (path);
}

GFile *
testing_write_file (const char *dir,
                    const char *name,
                    const char *data,
                    gsize       length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

GFile *
testing_write_too_large (const char *dir)
{
  gsize length = 2 * 1024 * 1024;
  g_autofree char *data = g_malloc (length);

  memset (data, ' ', length);
  data[0] = '{';
  data[length - 2] = '}';
  data[length - 1] = '\n';
  return testing_write_file (dir, "too-large.offload", data, length);
}

GFile *
testing_write_deep_nesting (const char *dir)
{
  gsize depth = 100000;
  g_autofree char *data = g_malloc (2 * depth);

  memset (data, '[', depth);
  memset (data + depth, ']', depth);
  return testing_write_file (dir, "deep.offload", data, 2 * depth);
}

char *
testing_make_temp_dir (const char *name_template)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (name_template, &error);

  g_assert_no_error (error);
  return dir;
}
