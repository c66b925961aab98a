/* offload-json-writer.h: deterministic JSON text for documents and the command line
 *
 * json-glib 1.6 writes doubles with 17 digits ("0.1" becomes
 * 0.10000000000000001) and non-finite values as "inf.0"; Offload's files must be
 * stable (save, load, save gives the same bytes) and readable, so the few
 * writers we have go through these helpers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Appends @value as a JSON string literal: quotes, \" \\ and the control
 * characters escaped (\n \t \r \b \f or \u00XX), everything else verbatim
 * (the input must be valid UTF-8). */
void offload_json_append_string (GString    *out,
                                 const char *value);

/* Appends a finite @value with the fewest significant digits (at most 17)
 * that read back to the same double; integral values have no fraction
 * ("40", not "40.0"), and -0 is written as 0. Never locale dependent.
 * @value must be finite. */
void offload_json_append_number (GString *out,
                                 double   value);

/* Appends two spaces per @level after a newline. */
void offload_json_append_indent (GString *out,
                                 guint    level);

/* @value rounded to hundredths: cents and hundredths of an hour, what other
 * tools need from "results", without binary noise (NAN stays NAN). */
double    offload_json_round_cents    (double      value);

G_END_DECLS
