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
 * (with a narrow no-break space as the locale has it). A negative number
 * starts with a real minus sign (U+2212). */
char *offload_format_number (double value,
                             guint  decimals);

/* The one rule for amounts, the same in the window, the command line and
 * the report: whole units, since cents are noise beside a month's or a
 * year's figures. In @currency, placed as LC_MONETARY places it: "€3,200"
 * in en_US/C, "3 200 €" in fr_FR. A negative amount starts with a real
 * minus sign (U+2212): "−€225", "−225 €". */
char *offload_format_money (double      value,
                            const char *currency);

/* An amount per hour, where cents do matter (a rate of €12.02 an hour, a
 * break-even of €62.50): with its cents when, rounded to the cent, it has
 * some ("€62.50", "€70"). Otherwise as offload_format_money(). */
char *offload_format_rate (double      value,
                           const char *currency);

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
