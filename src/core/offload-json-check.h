/* offload-json-check.h: a strict RFC 8259 check run before json-glib sees the bytes
 *
 * json-glib 1.6 is lenient (comments, hex numbers, several roots, wrapped
 * integers, duplicate keys, unbounded recursion), so every untrusted byte
 * goes through this first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * offload_json_check:
 * @data: the bytes (need not be NUL-terminated; an embedded NUL is an error)
 * @length: their length
 * @max_depth: how many arrays/objects may nest (the root container is depth 1)
 * @error: an %OFFLOAD_ERROR on failure
 *
 * Accepts exactly one JSON value (RFC 8259), surrounded by optional white
 * space, and nothing else. Fails with:
 * - %OFFLOAD_ERROR_EMPTY when there is nothing but white space;
 * - %OFFLOAD_ERROR_ENCODING for invalid UTF-8 (including overlongs and
 *   encoded surrogates), a NUL byte anywhere, a \u0000 escape, or a \u escape
 *   of an unpaired surrogate;
 * - %OFFLOAD_ERROR_SYNTAX for anything outside the grammar (comments, single
 *   quotes, hex, leading zeros, "1.", trailing commas, a second root value,
 *   raw control characters in strings, bad escapes…);
 * - %OFFLOAD_ERROR_TOO_DEEP past @max_depth, without recursing;
 * - %OFFLOAD_ERROR_DUPLICATE_KEY when one object has two members whose
 *   decoded names are equal;
 * - %OFFLOAD_ERROR_NUMBER for an integer lexeme (no fraction, no exponent)
 *   whose magnitude exceeds 2^53, or any number that overflows a double.
 * Every message is translatable and gives the 1-based line and column
 * (column counted in characters) of the offending spot.
 */
gboolean offload_json_check (const char *data,
                             gsize       length,
                             guint       max_depth,
                             GError    **error);

G_END_DECLS
