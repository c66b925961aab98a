/* offload-atomic-file.c
 *
 * g_file_replace_contents() renames a partial file over the original on a
 * full disk, and g_file_set_contents_full() leaves "name.XXXXXX" temporaries
 * that nobody can safely tell from a user's own files. This writer checks
 * every step (write, fsync, close, rename) and names its temporary files
 * ".NAME.~offload-XXXXXX", so that the ones a crash leaves behind can be
 * recognised and removed on the next start.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "offload-atomic-file.h"

#define TEMP_MARK ".~offload-"
#define TEMP_RANDOM "XXXXXX"

char *
offload_atomic_file_temp_prefix (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);

  return g_strconcat (".", base, TEMP_MARK, NULL);
}

static char *
temp_template (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *prefix = offload_atomic_file_temp_prefix (path);
  g_autofree char *name = g_strconcat (prefix, TEMP_RANDOM, NULL);

  return g_build_filename (dir, name, NULL);
}

static gboolean
set_errno_error (GError **error,
                 int      saved_errno,
                 const char *step)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               "%s: %s", step, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      data += written;
      length -= (gsize) written;
    }
  return TRUE;
}

/* The rename is only durable once the folder itself is on the disk. A folder
 * that cannot be opened or synced (some file systems refuse) is not an error:
 * the new file is complete either way. */
static void
sync_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

gboolean
offload_atomic_file_write (const char  *path,
                           const char  *data,
                           gsize        length,
                           int          mode,
                           GError     **error)
{
  g_autofree char *temp = NULL;
  const char *step;
  int saved_errno;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  temp = temp_template (path);
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, mode);
  if (fd < 0)
    return set_errno_error (error, errno, "create");

  step = "write";
  if (!write_all (fd, data, length))
    goto failed;
  /* fchmod: the mode asked for, whatever the umask. */
  step = "chmod";
  if (fchmod (fd, mode) != 0)
    goto failed;
  step = "fsync";
  if (fsync (fd) != 0)
    goto failed;
  step = "close";
  if (close (fd) != 0)
    {
      /* On Linux the descriptor is gone even when close() fails. */
      fd = -1;
      goto failed;
    }
  fd = -1;
  step = "rename";
  if (rename (temp, path) != 0)
    goto failed;

  sync_folder (path);
  return TRUE;

failed:
  saved_errno = errno;
  if (fd >= 0)
    close (fd);
  g_unlink (temp);
  return set_errno_error (error, saved_errno, step);
}

/* Exactly our shape: ".", a name, the mark and six random characters; and,
 * when @prefix is given, that name's own. */
static gboolean
is_temp_name (const char *name,
              const char *prefix)
{
  gsize length = strlen (name);
  gsize tail = strlen (TEMP_MARK) + strlen (TEMP_RANDOM);

  if (prefix != NULL)
    return g_str_has_prefix (name, prefix) && length == strlen (prefix) + strlen (TEMP_RANDOM);
  return name[0] == '.' && length > tail + 1 &&
         strncmp (name + length - tail, TEMP_MARK, strlen (TEMP_MARK)) == 0;
}

static guint
remove_temp_files (const char *dir_path,
                   const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint removed = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (is_temp_name (name, prefix))
      {
        g_autofree char *stale = g_build_filename (dir_path, name, NULL);

        if (g_unlink (stale) == 0)
          removed++;
      }

  return removed;
}

guint
offload_atomic_file_clean_stale (const char *path)
{
  g_autofree char *dir_path = g_path_get_dirname (path);
  g_autofree char *prefix = offload_atomic_file_temp_prefix (path);

  return remove_temp_files (dir_path, prefix);
}

guint
offload_atomic_file_clean_folder (const char *dir)
{
  return remove_temp_files (dir, NULL);
}

/* Follows symlinks by hand, so that the link itself stays a link and its
 * target (which may not exist yet) is what gets replaced. */
char *
offload_atomic_file_resolve_target (const char  *path,
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

const char *
offload_atomic_file_describe_error (const GError *error)
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
