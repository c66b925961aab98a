/* offload-format.c: numbers, money and hours for people, in their locale
 *
 * The separators and the symbol's place come from localeconv(), read once
 * per call and used before returning (its result is only valid until the
 * next setlocale(), which a desktop app only calls at startup). The
 * symbol itself always comes from the document's currency, never from the
 * locale: a French user planning in dollars sees "3 200 $", an American
 * planning in euros "€3,200".
 *
 * Decisions beyond the locale's data:
 *  - rounding is half away from zero ("2.5" with no decimals is "3"), as
 *    people round, not the half-to-even of printf;
 *  - groups are always of three digits (Offload's figures are thousands of
 *    hours and euros; the lakh grouping of en_IN is not honoured);
 *  - the C and POSIX locales, which have no grouping at all, get "," and
 *    "." so that "38,400" stays readable;
 *  - a space-like thousands separator becomes U+202F NARROW NO-BREAK SPACE,
 *    which never wraps, and the space between amount and symbol is U+00A0;
 *  - negative figures start with a real minus sign, U+2212, before the
 *    symbol too ("−€5", "−5 €"): a hyphen is shorter than the digits and
 *    reads as a dash (scripts read the JSON, whose numbers are plain);
 *    "−0" is never written: what rounds to zero is zero;
 *  - a symbol ending in a letter ("CHF", "FCFA", an unknown "XYZ") placed
 *    before the amount gets a no-break space even when the locale wants
 *    none, so that "CHF 3,200" does not read as one word ("CA$3,200" and
 *    "€3,200" keep none);
 *  - non-finite values are a programming error and format as "—".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "offload-format.h"

#define NARROW_NBSP "\u202f"
#define NBSP "\u00a0"
#define MINUS "\u2212"

/* More is noise: a double has 17 significant digits at best. */
#define MAX_DECIMALS 17

typedef struct
{
  const char *code;
  const char *symbol;
} CurrencySymbol;

/* Symbols everyone reads the same way; "$" alone means US dollars, the
 * other dollars are told apart. */
static const CurrencySymbol currency_symbols[] = {
  { "EUR", "€" },
  { "USD", "$" },
  { "GBP", "£" },
  { "JPY", "¥" },
  { "CHF", "CHF" },
  { "CAD", "CA$" },
  { "AUD", "A$" },
  { "XOF", "FCFA" },
  { "XAF", "FCFA" },
};

const char *
offload_format_currency_symbol (const char *currency)
{
  /* Documents without a currency are in euros, Offload's default. */
  if (currency == NULL)
    currency = "EUR";

  for (gsize i = 0; i < G_N_ELEMENTS (currency_symbols); i++)
    {
      if (g_ascii_strcasecmp (currency, currency_symbols[i].code) == 0)
        return currency_symbols[i].symbol;
    }

  return currency;
}

/* The separators actually used, from the locale's (possibly empty) ones. */
static void
pick_separators (const char  *locale_thousands,
                 const char  *locale_point,
                 const char **thousands,
                 const char **point)
{
  if (locale_point == NULL || *locale_point == '\0')
    locale_point = ".";
  *point = locale_point;

  if (locale_thousands == NULL || *locale_thousands == '\0')
    {
      /* C and POSIX: group anyway, with whatever cannot be mistaken for
       * the decimal point. */
      *thousands = strcmp (locale_point, ",") == 0 ? NARROW_NBSP : ",";
    }
  else if (strcmp (locale_thousands, " ") == 0 ||
           strcmp (locale_thousands, NBSP) == 0 ||
           strcmp (locale_thousands, NARROW_NBSP) == 0)
    {
      /* A figure must never be broken across lines, and the narrow space
       * is what French typography asks for. */
      *thousands = NARROW_NBSP;
    }
  else
    {
      *thousands = locale_thousands;
    }
}

/* Appends |@value| rounded to @decimals places, grouped, to @out; returns
 * whether the rounded value is negative (never for what rounds to 0). */
static gboolean
append_grouped (GString    *out,
                double      value,
                guint       decimals,
                const char *thousands,
                const char *point)
{
  /* %.0f of DBL_MAX is 309 digits, plus the fraction. */
  char digits[320 + MAX_DECIMALS];
  double scaled = value * pow (10.0, decimals);
  gboolean negative;
  gsize int_len;
  gsize len;

  if (fabs (scaled) < 4503599627370496.0 /* 2^52 */)
    {
      /* Below 2^52 round() is exact and the integer prints exactly, so
       * the point can be placed by hand without a second rounding. */
      scaled = round (scaled);
      negative = scaled < 0.0;
      /* An integer prints the same in every locale: no need for
       * g_ascii_formatd()'s locale switch, which a slider step pays for
       * every figure it shows. */
      g_snprintf (digits, sizeof digits, "%" G_GINT64_FORMAT, (gint64) fabs (scaled));

      len = strlen (digits);
      if (len <= decimals)
        {
          /* 0.05 → "5" → "005" so that "0" "05" can be split below. */
          gsize pad = decimals + 1 - len;

          memmove (digits + pad, digits, len + 1);
          memset (digits, '0', pad);
          len += pad;
        }
      int_len = len - decimals;
    }
  else
    {
      /* So large that no rounding of the fraction matters to a person. */
      char format[16];

      g_snprintf (format, sizeof format, "%%.%uf", decimals);
      negative = value < 0.0;
      g_ascii_formatd (digits, sizeof digits, format, fabs (value));

      len = strlen (digits);
      int_len = decimals > 0 ? len - decimals - 1 : len;
    }

  for (gsize i = 0; i < int_len; i++)
    {
      if (i > 0 && (int_len - i) % 3 == 0)
        g_string_append (out, thousands);
      g_string_append_c (out, digits[i]);
    }

  if (decimals > 0)
    {
      g_string_append (out, point);
      g_string_append (out, digits + len - decimals);
    }

  return negative;
}

char *
offload_format_number (double value,
                       guint  decimals)
{
  const struct lconv *conv;
  const char *thousands;
  const char *point;
  GString *out;

  g_return_val_if_fail (isfinite (value), g_strdup ("—"));

  decimals = MIN (decimals, MAX_DECIMALS);
  conv = localeconv ();
  pick_separators (conv->thousands_sep, conv->decimal_point, &thousands, &point);

  out = g_string_new (NULL);
  if (append_grouped (out, value, decimals, thousands, point))
    g_string_prepend (out, MINUS);

  return g_string_free (out, FALSE);
}

/* Whether @symbol ends in a letter, and so would run into the digits
 * ("CHF3,200"); "CA$3,200" reads fine. */
static gboolean
symbol_ends_in_letter (const char *symbol)
{
  gsize len = strlen (symbol);

  return len > 0 && g_ascii_isalpha (symbol[len - 1]);
}

static char *
format_money_with_decimals (double      value,
                            const char *currency,
                            guint       decimals)
{
  g_autoptr(GString) number = NULL;
  GString *out;
  const struct lconv *conv;
  const char *symbol;
  const char *thousands;
  const char *point;
  gboolean negative;
  gboolean precedes;
  gboolean spaced;
  char cs_precedes;
  char sep_by_space;

  g_return_val_if_fail (isfinite (value), g_strdup ("—"));

  decimals = MIN (decimals, MAX_DECIMALS);
  symbol = offload_format_currency_symbol (currency);

  conv = localeconv ();
  pick_separators (*conv->mon_thousands_sep != '\0' ? conv->mon_thousands_sep
                                                   : conv->thousands_sep,
                   *conv->mon_decimal_point != '\0' ? conv->mon_decimal_point
                                                   : conv->decimal_point,
                   &thousands, &point);

  /* The digits first: the placement depends on the sign of the rounded
   * amount, and -0.001 is €0, not -€0. */
  number = g_string_new (NULL);
  negative = append_grouped (number, value, decimals, thousands, point);

  cs_precedes = negative ? conv->n_cs_precedes : conv->p_cs_precedes;
  sep_by_space = negative ? conv->n_sep_by_space : conv->p_sep_by_space;

  /* CHAR_MAX is "unspecified", as in C: English style, "€3,200". */
  precedes = cs_precedes == CHAR_MAX ? TRUE : cs_precedes != 0;
  /* 2 separates the sign from the symbol; our sign always comes first, so
   * only 1 puts a space between the symbol and the digits. */
  spaced = sep_by_space == 1;
  if (precedes && symbol_ends_in_letter (symbol))
    spaced = TRUE;
  if (*symbol == '\0')
    spaced = FALSE;

  out = g_string_new (negative ? MINUS : NULL);
  if (precedes)
    {
      g_string_append (out, symbol);
      if (spaced)
        g_string_append (out, NBSP);
      g_string_append (out, number->str);
    }
  else
    {
      g_string_append (out, number->str);
      if (spaced)
        g_string_append (out, NBSP);
      g_string_append (out, symbol);
    }

  return g_string_free (out, FALSE);
}

char *
offload_format_money (double      value,
                      const char *currency)
{
  return format_money_with_decimals (value, currency, 0);
}

char *
offload_format_rate (double      value,
                     const char *currency)
{
  double cents;

  g_return_val_if_fail (isfinite (value), g_strdup ("—"));

  /* Decided on the rounded cents, so that 69.999 gives "€70", not "€70.00". */
  cents = round (fabs (value) * 100.0);
  return format_money_with_decimals (value, currency,
                                     isfinite (cents) && fmod (cents, 100.0) != 0.0 ? 2 : 0);
}

char *
offload_format_hours (double value)
{
  g_autofree char *number = NULL;
  double tenths;
  guint decimals = 1;

  g_return_val_if_fail (isfinite (value), g_strdup ("—"));

  /* Whole hours read better without ".0"; decide on the rounded tenths so
   * that 7.96 gives "8 h", not "8.0 h". Near DBL_MAX the tenths overflow,
   * and such a value has no fraction anyway. */
  tenths = round (value * 10.0);
  if (!isfinite (tenths) || fmod (tenths, 10.0) == 0.0)
    decimals = 0;

  number = offload_format_number (value, decimals);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  /* Translators: a duration in hours; %s is the number ("40", "7.7"). */
  return g_strdup_printf (C_("hours", "%s h"), number);
#pragma GCC diagnostic pop
}

/* The separators offload_format_parse_number() takes in the current
 * locale; a NULL ends each list. */
typedef struct
{
  const char *points[3];
  const char *groups[6];
} NumberSeparators;

static gboolean
is_space_separator (const char *sep)
{
  return strcmp (sep, " ") == 0 || strcmp (sep, NBSP) == 0 || strcmp (sep, NARROW_NBSP) == 0;
}

static void
parse_separators (NumberSeparators *seps)
{
  const struct lconv *conv = localeconv ();
  const char *point = *conv->decimal_point != '\0' ? conv->decimal_point : ".";
  const char *thousands = conv->thousands_sep;
  guint n_points = 0;
  guint n_groups = 0;

  memset (seps, 0, sizeof *seps);
  seps->points[n_points++] = point;

  if (strcmp (point, ".") != 0)
    {
      /* A "," locale: "3.5" still means three and a half, unless the
       * locale groups with "." itself (de_DE: "1.500"). Spaces cannot be
       * a decimal point there, so they group whatever the locale says. */
      if (strcmp (thousands, ".") != 0)
        seps->points[n_points++] = ".";
      seps->groups[n_groups++] = " ";
      seps->groups[n_groups++] = NBSP;
      seps->groups[n_groups++] = NARROW_NBSP;
    }
  else
    {
      /* A "." locale (C included, which has no separator): "," groups. */
      seps->groups[n_groups++] = ",";
    }

  if (*thousands != '\0' && strcmp (thousands, point) != 0 &&
      strcmp (thousands, ",") != 0 && !is_space_separator (thousands))
    seps->groups[n_groups++] = thousands;
}

/* The length of the separator of @list that @p starts with, or 0; which
 * one in @which. */
static gsize
match_separator (const char        *p,
                 const char *const *list,
                 const char       **which)
{
  for (guint i = 0; list[i] != NULL; i++)
    {
      gsize len = strlen (list[i]);

      if (strncmp (p, list[i], len) == 0)
        {
          *which = list[i];
          return len;
        }
    }
  return 0;
}

gboolean
offload_format_parse_number (const char *text,
                             double     *value)
{
  NumberSeparators seps;
  g_autoptr(GString) ascii = NULL;
  const char *start;
  const char *end;
  const char *p;
  const char *group = NULL;
  const char *sep;
  guint int_digits = 0;
  guint frac_digits = 0;
  guint group_digits = 0;
  char *parse_end;
  double result;
  gsize len;

  g_return_val_if_fail (text != NULL, FALSE);

  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;

  /* Spaces around the number, the no-break ones a paste brings too. */
  start = text;
  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  end = start + strlen (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }

  parse_separators (&seps);
  /* What g_ascii_strtod() reads: digits, one "." and a sign, nothing else,
   * so that it can take no "inf", hex or exponent behind our back. */
  ascii = g_string_sized_new (end - start + 1);
  p = start;

  if (p < end && (*p == '-' || *p == '+'))
    {
      if (*p == '-')
        g_string_append_c (ascii, '-');
      p++;
    }
  else if (strncmp (p, "\u2212", strlen ("\u2212")) == 0)
    {
      g_string_append_c (ascii, '-');
      p += strlen ("\u2212");
    }

  /* The whole part, grouped by three or not at all. */
  while (p < end)
    {
      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (ascii, *p++);
          int_digits++;
          group_digits++;
        }
      else if ((len = match_separator (p, seps.groups, &sep)) > 0)
        {
          /* The first group has 1 to 3 digits, every other one 3, and one
           * kind of separator throughout (any space counts as one). */
          if (group_digits == 0 || group_digits > 3 ||
              (group != NULL && group_digits != 3))
            return FALSE;
          if (group != NULL && strcmp (group, sep) != 0 &&
              !(is_space_separator (group) && is_space_separator (sep)))
            return FALSE;
          group = sep;
          group_digits = 0;
          p += len;
        }
      else
        break;
    }
  if (group != NULL && group_digits != 3)
    return FALSE;

  if (p < end && (len = match_separator (p, seps.points, &sep)) > 0)
    {
      g_string_append_c (ascii, '.');
      p += len;
      while (p < end && g_ascii_isdigit (*p))
        {
          g_string_append_c (ascii, *p++);
          frac_digits++;
        }
    }

  if (p != end || int_digits + frac_digits == 0)
    return FALSE;

  result = g_ascii_strtod (ascii->str, &parse_end);
  /* Hundreds of digits overflow to infinity: refused, not clamped. */
  if (*parse_end != '\0' || !isfinite (result))
    return FALSE;

  if (value != NULL)
    *value = result == 0.0 ? 0.0 : result;  /* no "-0" */
  return TRUE;
}

char *
offload_format_printable (const char *text,
                          guint       max_chars)
{
  GString *out = g_string_sized_new (strlen (text));
  guint count = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), count++)
    {
      gunichar c = g_utf8_get_char (p);

      if (max_chars > 0 && count == max_chars)
        {
          g_string_append (out, "…");
          break;
        }
      if (g_unichar_iscntrl (c))
        g_string_append_unichar (out, 0xFFFD);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}
