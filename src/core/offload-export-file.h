/* offload-export-file.h: write an exported file (report, figures) atomically
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Writes @length bytes of @data to @file through offload_atomic_file_write():
 * the previous file, if any, is whole until the new one is complete. A
 * symlink stays a link and its target is replaced; an existing file keeps
 * its permissions, a new one gets those of the user's umask (an export is
 * made to be shared). On failure returns FALSE with an %OFFLOAD_ERROR_IO
 * naming the file and the reason in words, and @file is untouched. */
gboolean offload_export_file_write (GFile       *file,
                                    const char  *data,
                                    gsize        length,
                                    GError     **error);

G_END_DECLS
