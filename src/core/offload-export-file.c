/* offload-export-file.c
 *
 * The PDF report and the CSV figures are replaced the way a document is
 * saved (offload-document.c): never half-written over a previous export,
 * links followed, permissions kept. Their errors reuse the save messages,
 * so a user reads the same words whatever they were saving.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "offload-atomic-file.h"
#include "offload-error.h"
#include "offload-export-file.h"

/* Follows symlinks by hand, so that the link itself stays a link and its
 * target (which may not exist yet) is what gets replaced. */
static char *
resolve_target (const char  *path,
                GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint hops = 0; hops < 40; hops++)
    {
      g_autofree char *target = NULL;
      g_autofree char *dir = NULL;

      if (!g_file_test (current, G_FILE_TEST_IS_SYMLINK))
        return g_steal_pointer (&current);

      target = g_file_read_link (current, error);
      if (target == NULL)
        return NULL;

      if (g_path_is_absolute (target))
        {
          g_free (current);
          current = g_steal_pointer (&target);
        }
      else
        {
          dir = g_path_get_dirname (current);
          g_free (current);
          current = g_build_filename (dir, target, NULL);
        }
    }

  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_LOOP, "%s", g_strerror (ELOOP));
  return NULL;
}

/* The process's umask without changing it (umask() would, for a moment,
 * under every other thread's feet): Linux shows it in /proc/self/status. */
static int
current_umask (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
      (line = strstr (status, "\nUmask:")) != NULL)
    {
      guint64 mask = g_ascii_strtoull (line + strlen ("\nUmask:"), NULL, 8);

      if (mask <= 0777)
        return (int) mask;
    }
  return 022;
}

static const char *
describe_file_error (const GError *error)
{
  if (error->domain == G_FILE_ERROR)
    {
      switch (error->code)
        {
        case G_FILE_ERROR_ACCES:
        case G_FILE_ERROR_PERM:
          return _("you do not have permission to write there");
        case G_FILE_ERROR_NOSPC:
          return _("the disk is full");
        case G_FILE_ERROR_ROFS:
          return _("the disk is read-only");
        case G_FILE_ERROR_NOENT:
        case G_FILE_ERROR_NOTDIR:
          return _("the folder does not exist");
        case G_FILE_ERROR_ISDIR:
          return _("a folder has that name");
        case G_FILE_ERROR_LOOP:
          return _("too many symbolic links");
        default:
          break;
        }
    }

  return _("the file could not be written");
}

static gboolean
export_error (GError     **error,
              GFile       *file,
              const char  *reason)
{
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *name = base ? g_filename_display_name (base) : g_file_get_parse_name (file);

  /* Translators: %s is a file name, the second %s the reason */
  g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_IO, _("Could not save “%s”: %s"), name, reason);
  return FALSE;
}

gboolean
offload_export_file_write (GFile       *file,
                           const char  *data,
                           gsize        length,
                           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *target = NULL;
  int mode;
  GStatBuf st;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    return export_error (error, file, _("only files on this computer can be saved to"));

  target = resolve_target (path, &local_error);
  if (target == NULL)
    return export_error (error, file, describe_file_error (local_error));

  mode = 0666 & ~current_umask ();
  if (g_stat (target, &st) == 0)
    {
      if (!S_ISREG (st.st_mode))
        return export_error (error, file, _("it is not a regular file"));
      mode = st.st_mode & 0777;
    }
  offload_atomic_file_clean_stale (target);

  if (!offload_atomic_file_write (target, data, length, mode, &local_error))
    return export_error (error, file, describe_file_error (local_error));

  return TRUE;
}
