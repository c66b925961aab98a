/* offload-json-writer.c: deterministic JSON text for documents and the command line
 *
 * Numbers are written with the shortest of 15, 16 or 17 significant digits
 * that reads back to the very same double, through g_ascii_formatd() so the
 * user's locale can never turn the point into a comma. Strings are escaped
 * as little as JSON allows, so that accented names stay readable in files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "offload-json-writer.h"

void
offload_json_append_string (GString    *out,
                            const char *value)
{
  static const char hex[] = "0123456789abcdef";
  const char *run;
  const char *p;

  g_return_if_fail (out != NULL);
  g_return_if_fail (value != NULL);

  g_string_append_c (out, '"');

  /* Copy verbatim runs in one go; only the few bytes JSON forbids are
   * escaped. UTF-8 continuation bytes are all >= 0x80, so walking bytes
   * never splits a character. */
  run = value;
  for (p = value; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;
      const char *escape = NULL;

      switch (c)
        {
        case '"':  escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        default:
          if (c >= 0x20)
            continue;
          break;
        }

      g_string_append_len (out, run, p - run);
      run = p + 1;

      if (escape != NULL)
        {
          g_string_append (out, escape);
        }
      else
        {
          g_string_append (out, "\\u00");
          g_string_append_c (out, hex[c >> 4]);
          g_string_append_c (out, hex[c & 0xf]);
        }
    }
  g_string_append_len (out, run, p - run);

  g_string_append_c (out, '"');
}

void
offload_json_append_number (GString *out,
                            double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (out != NULL);
  /* JSON has no inf or nan: writing one would make a file we cannot load. */
  g_return_if_fail (isfinite (value));

  /* Also catches -0, whose "-0" would not survive a save-load-save cycle
   * unchanged in every reader. */
  if (value == 0.0)
    {
      g_string_append_c (out, '0');
      return;
    }

  /* 17 significant digits always round-trip; fewer usually do and read
   * better ("0.1", not "0.10000000000000001"). %g never writes a bare
   * leading or trailing point, and its exponent form ("1e+300") is valid
   * JSON. */
  g_ascii_formatd (buffer, sizeof buffer, "%.15g", value);
  if (g_ascii_strtod (buffer, NULL) != value)
    {
      g_ascii_formatd (buffer, sizeof buffer, "%.16g", value);
      if (g_ascii_strtod (buffer, NULL) != value)
        g_ascii_formatd (buffer, sizeof buffer, "%.17g", value);
    }

  g_string_append (out, buffer);
}

void
offload_json_append_indent (GString *out,
                            guint    level)
{
  g_return_if_fail (out != NULL);

  g_string_append_c (out, '\n');
  for (guint i = 0; i < level; i++)
    g_string_append (out, "  ");
}

double
offload_json_round_cents (double value)
{
  return round (value * 100.0) / 100.0;
}
