/* offload-atomic-file.h: replace a file so that a crash or a full disk
 * leaves either the old bytes or the new ones, never a mix
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes @data to a temporary file beside @path, flushes it to the disk,
 * gives it @mode and renames it over @path. On failure @path is untouched,
 * the temporary file is gone and @error is in the G_FILE_ERROR domain. */
gboolean offload_atomic_file_write       (const char  *path,
                                          const char  *data,
                                          gsize        length,
                                          int          mode,
                                          GError     **error);

/* Removes the temporary files that a write to @path killed midway left
 * beside it (and nothing else). Returns how many it removed. */
guint    offload_atomic_file_clean_stale (const char  *path);
/* The same for every file of folder @dir at once. Only when no write into
 * @dir is under way. Returns how many it removed. */
guint    offload_atomic_file_clean_folder (const char *dir);

/* The file a write to @path replaces: @path, or what its symbolic links
 * lead to (which may not exist yet), so that a link stays a link. */
char       *offload_atomic_file_resolve_target (const char    *path,
                                                GError       **error);
/* Why a write or a resolve failed, in words a user understands, translated;
 * for "Could not save …: %s". */
const char *offload_atomic_file_describe_error (const GError  *error);

/* The temporary name's prefix for @path's base name, for tests. */
char    *offload_atomic_file_temp_prefix (const char  *path);

G_END_DECLS
