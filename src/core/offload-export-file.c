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

  target = offload_atomic_file_resolve_target (path, &local_error);
  if (target == NULL)
    return export_error (error, file, offload_atomic_file_describe_error (local_error));

  mode = 0666 & ~current_umask ();
  if (g_stat (target, &st) == 0)
    {
      if (!S_ISREG (st.st_mode))
        return export_error (error, file, _("it is not a regular file"));
      mode = st.st_mode & 0777;
    }
  offload_atomic_file_clean_stale (target);

  if (!offload_atomic_file_write (target, data, length, mode, &local_error))
    return export_error (error, file, offload_atomic_file_describe_error (local_error));

  return TRUE;
}
