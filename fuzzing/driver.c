/* driver.c: a main() for builds without libFuzzer
 *
 * Replays every file named on the command line, and every file of every
 * folder named (not recursively; names starting with a dot are skipped),
 * through LLVMFuzzerTestOneInput(), in name order. Arguments starting with
 * '-' are libFuzzer's options and are ignored, so a test's command line
 * works with either main(). Each input gets a buffer of exactly its size,
 * as under libFuzzer, so that AddressSanitizer sees a read past its end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "fuzz.h"

static gboolean
replay_file (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree uint8_t *exact = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }

  exact = g_malloc (MAX (length, 1));
  memcpy (exact, contents, length);
  g_print ("%s\n", path);
  LLVMFuzzerTestOneInput (exact, length);
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
replay_folder (const char *path,
               guint      *n_inputs)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *name;

  dir = g_dir_open (path, 0, &error);
  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *file = g_build_filename (path, g_ptr_array_index (names, i), NULL);

      if (g_file_test (file, G_FILE_TEST_IS_DIR))
        continue;
      if (!replay_file (file))
        return FALSE;
      (*n_inputs)++;
    }

  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  guint n_inputs = 0;

  LLVMFuzzerInitialize (&argc, &argv);

  for (int i = 1; i < argc; i++)
    {
      if (argv[i][0] == '-')
        continue;
      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          if (!replay_folder (argv[i], &n_inputs))
            return 1;
        }
      else
        {
          if (!replay_file (argv[i]))
            return 1;
          n_inputs++;
        }
    }

  if (n_inputs == 0)
    {
      g_printerr ("Usage: %s FILE|FOLDER…: no input to replay\n", argv[0]);
      return 1;
    }

  g_print ("%u inputs replayed\n", n_inputs);
  return 0;
}
