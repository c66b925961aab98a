/* offload-format.h: numbers, money, hours and file text for people, in their locale
 *
 * Shared by the window, the command line and reports, so that every
 * figure looks the same everywhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The symbol of an ISO 4217 code Offload knows ("EUR" → "€", "USD" → "$",
 * "GBP" → "£"…), or the code itself for any other. */
const char *offload_format_currency_symbol (const char *currency);

/* @value rounded to @decimals places, grouped by thousands, with the decimal
 * point and the thousands separator of LC_NUMERIC (the C locale: no grouping
 * would be ugly, so C and POSIX use "," and "."). French gives "3 200,5"
 * (with a narrow no-break space as the locale has it). */
char *offload_format_number (double value,
                             guint  decimals);

/* A money amount in @currency, placed as LC_MONETARY places it: "€3,200" in
 * en_US/C, "3 200 €" in fr_FR. @decimals is usually 0 for the big figures
 * and 2 for rates. Negative amounts get a leading minus sign. */
char *offload_format_money (double      value,
                            const char *currency,
                            guint       decimals);

/* Hours as a person reads them: "40 h" style is locale neutral enough;
 * @value with up to one decimal, trailing ",0"/".0" dropped: "40 h",
 * "7.7 h" (en), "7,7 h" (fr). */
char *offload_format_hours (double value);

/* Reads a number a person typed, in the LC_NUMERIC locale, into @value
 * (left untouched on failure; may be NULL to only check @text). Takes
 * spaces around it, a sign ("-", "+" or the real minus "−"), the locale's
 * decimal point, and "." as a decimal point too where the locale's is ","
 * (people type "3.5" in French as well). Thousands separators are taken only
 * where they cannot be misread: in groups of exactly three digits, "," in a
 * "." locale ("1,500", but "3,5" is refused), spaces in a "," locale
 * ("1 500"). Refuses empty text, letters, hex, exponents, "inf" and "nan":
 * it never returns TRUE with a value that is not finite. */
gboolean offload_format_parse_number (const char *text,
                                      double     *value);

/* Text from a file, safe to show anywhere (a terminal included): each
 * control character becomes U+FFFD, and past @max_chars characters (0: no
 * limit) the rest becomes "…". @text is valid UTF-8. */
char *offload_format_printable (const char *text,
                                guint       max_chars);

G_END_DECLS
