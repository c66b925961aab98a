/* testing.h: what the test programs share, GLib and GIO only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

/* tests/documents/@dir/@name, found through G_TEST_SRCDIR. */
GFile *testing_fixture     (const char *dir,
                            const char *name);
/* Removes @path and all below it: read-only folders are made writable
 * first, and links are removed, never followed. */
void   testing_remove_tree (const char *path);
/* Writes @length bytes of @data to @dir/@name. */
GFile *testing_write_file  (const char *dir,
                            const char *name,
                            const char *data,
                            gsize       length);
/* Hostile files no fixture can hold, written into @dir: a 2 MiB document
 * of valid-looking JSON, and 100,000 nested arrays (which crash json-glib
 * 1.6 when nothing stops them first). */
GFile *testing_write_too_large     (const char *dir);
GFile *testing_write_deep_nesting  (const char *dir);
/* A new folder under the temporary folder, named after @name_template
 * ("offload-test-…-XXXXXX"); asserts that it was made. */
char  *testing_make_temp_dir       (const char *name_template);
