/* test-format.c: figures read the same in the C locale, in English and in French
 *
 * The French and American cases need the fr_FR.UTF-8 and en_US.UTF-8
 * locales; they are skipped, not failed, where those are not generated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <math.h>

#include "offload-format.h"

#define NARROW_NBSP "\u202f"
#define NBSP "\u00a0"
#define MINUS "\u2212"

static void
assert_number (double      value,
               guint       decimals,
               const char *expected)
{
  g_autofree char *text = offload_format_number (value, decimals);

  g_assert_cmpstr (text, ==, expected);
}

static void
assert_money (double      value,
              const char *currency,
              const char *expected)
{
  g_autofree char *text = offload_format_money (value, currency);

  g_assert_cmpstr (text, ==, expected);
}

static void
assert_rate (double      value,
             const char *currency,
             const char *expected)
{
  g_autofree char *text = offload_format_rate (value, currency);

  g_assert_cmpstr (text, ==, expected);
}

static void
assert_hours (double      value,
              const char *expected)
{
  g_autofree char *text = offload_format_hours (value);

  g_assert_cmpstr (text, ==, expected);
}

/* Switches every category to @name, or marks the test skipped. */
static gboolean
use_locale (const char *name)
{
  g_autofree char *message = NULL;

  if (setlocale (LC_ALL, name) != NULL)
    return TRUE;

  message = g_strdup_printf ("%s locale not available", name);
  g_test_skip (message);
  setlocale (LC_ALL, "C");
  return FALSE;
}

static void
test_currency_symbol (void)
{
  g_assert_cmpstr (offload_format_currency_symbol ("EUR"), ==, "€");
  g_assert_cmpstr (offload_format_currency_symbol ("USD"), ==, "$");
  g_assert_cmpstr (offload_format_currency_symbol ("GBP"), ==, "£");
  g_assert_cmpstr (offload_format_currency_symbol ("JPY"), ==, "¥");
  g_assert_cmpstr (offload_format_currency_symbol ("CHF"), ==, "CHF");
  g_assert_cmpstr (offload_format_currency_symbol ("CAD"), ==, "CA$");
  g_assert_cmpstr (offload_format_currency_symbol ("AUD"), ==, "A$");
  g_assert_cmpstr (offload_format_currency_symbol ("XOF"), ==, "FCFA");
  g_assert_cmpstr (offload_format_currency_symbol ("XAF"), ==, "FCFA");

  /* A document without a currency is in euros. */
  g_assert_cmpstr (offload_format_currency_symbol (NULL), ==, "€");
  /* Codes are matched as ISO writes them, or in lower case. */
  g_assert_cmpstr (offload_format_currency_symbol ("eur"), ==, "€");
  /* Anything else is shown as its code. */
  g_assert_cmpstr (offload_format_currency_symbol ("XYZ"), ==, "XYZ");
  g_assert_cmpstr (offload_format_currency_symbol ("SEK"), ==, "SEK");
}

static void
test_number_c (void)
{
  setlocale (LC_ALL, "C");

  assert_number (0, 0, "0");
  assert_number (999, 0, "999");
  assert_number (1000, 0, "1,000");
  assert_number (3200, 0, "3,200");
  assert_number (38400, 0, "38,400");
  assert_number (123456, 0, "123,456");
  assert_number (1234567.891, 2, "1,234,567.89");
  assert_number (1234567.891, 0, "1,234,568");
  assert_number (3200.5, 1, "3,200.5");
  assert_number (0.05, 2, "0.05");
  assert_number (0.05, 3, "0.050");
  assert_number (-1234.5, 1, MINUS "1,234.5");
  assert_number (-5, 0, MINUS "5");
  assert_number (1e21, 0, "1,000,000,000,000,000,000,000");
  assert_number (1e17, 2, "100,000,000,000,000,000.00");

  /* Half away from zero, as people round. */
  assert_number (0.5, 0, "1");
  assert_number (2.5, 0, "3");
  assert_number (-2.5, 0, MINUS "3");
  assert_number (7.25, 1, "7.3");

  /* Nothing that rounds to zero keeps a minus sign. */
  assert_number (-0.0, 0, "0");
  assert_number (-0.001, 2, "0.00");
  assert_number (-0.4, 0, "0");

  /* C.UTF-8 has no grouping either and gets the same treatment. */
  if (setlocale (LC_ALL, "C.UTF-8") != NULL)
    assert_number (1234567.891, 2, "1,234,567.89");

  setlocale (LC_ALL, "C");
}

static void
test_money_c (void)
{
  setlocale (LC_ALL, "C");

  assert_money (3200, "EUR", "€3,200");
  assert_money (38400, "EUR", "€38,400");
  assert_money (0, "EUR", "€0");
  assert_rate (12.5, "USD", "$12.50");
  assert_rate (1234567.891, "GBP", "£1,234,567.89");
  assert_money (3200, "CAD", "CA$3,200");
  assert_money (3200, NULL, "€3,200");

  /* The minus comes first, before the symbol. */
  assert_money (-5, "EUR", MINUS "€5");
  assert_rate (-1234.5, "USD", MINUS "$1,234.50");
  /* What rounds to zero is not negative. */
  assert_rate (-0.001, "EUR", "€0");
  assert_money (-0.4, "EUR", "€0");

  /* One rule: amounts in whole units; rates with their cents, when,
   * rounded to the cent, they have some. */
  assert_money (1312.5, "EUR", "€1,313");
  assert_money (62.7, "EUR", "€63");
  assert_money (-225.4, "EUR", MINUS "€225");
  assert_rate (70, "EUR", "€70");
  assert_rate (69.999, "EUR", "€70");
  assert_rate (70.0333, "EUR", "€70.03");
  assert_rate (62.7, "EUR", "€62.70");
  assert_rate (12.02, "EUR", "€12.02");
  assert_rate (0.004, "EUR", "€0");

  /* Symbols made of letters are kept apart from the digits. */
  assert_money (3200, "CHF", "CHF" NBSP "3,200");
  assert_money (3200, "XOF", "FCFA" NBSP "3,200");
  assert_money (3200, "XYZ", "XYZ" NBSP "3,200");
  assert_money (-5, "XYZ", MINUS "XYZ" NBSP "5");

  setlocale (LC_ALL, "C");
}

static void
test_hours_c (void)
{
  setlocale (LC_ALL, "C");

  assert_hours (40, "40 h");
  assert_hours (7.666, "7.7 h");
  assert_hours (0, "0 h");
  assert_hours (7.96, "8 h");
  assert_hours (7.04, "7 h");
  assert_hours (0.04, "0 h");
  assert_hours (-0.04, "0 h");
  assert_hours (-1.5, MINUS "1.5 h");
  assert_hours (1234.5, "1,234.5 h");
  assert_hours (38400, "38,400 h");

  setlocale (LC_ALL, "C");
}

static void
test_french (void)
{
  if (!use_locale ("fr_FR.UTF-8"))
    return;

  assert_number (3200, 0, "3" NARROW_NBSP "200");
  assert_number (3200.5, 1, "3" NARROW_NBSP "200,5");
  assert_number (1234567.891, 2, "1" NARROW_NBSP "234" NARROW_NBSP "567,89");
  assert_number (-1234.5, 1, MINUS "1" NARROW_NBSP "234,5");
  assert_number (999, 0, "999");

  assert_money (3200, "EUR", "3" NARROW_NBSP "200" NBSP "€");
  assert_money (38400, "EUR", "38" NARROW_NBSP "400" NBSP "€");
  assert_rate (12.5, "EUR", "12,50" NBSP "€");
  assert_money (-5, "EUR", MINUS "5" NBSP "€");
  /* The symbol is the document's, only its place is French. */
  assert_money (3200, "USD", "3" NARROW_NBSP "200" NBSP "$");
  assert_money (3200, "CHF", "3" NARROW_NBSP "200" NBSP "CHF");
  assert_money (3200, "XYZ", "3" NARROW_NBSP "200" NBSP "XYZ");

  assert_hours (40, "40 h");
  assert_hours (7.666, "7,7 h");
  assert_hours (0, "0 h");
  assert_hours (38400, "38" NARROW_NBSP "400 h");

  setlocale (LC_ALL, "C");
}

static void
test_english (void)
{
  if (!use_locale ("en_US.UTF-8"))
    return;

  assert_number (3200, 0, "3,200");
  assert_number (1234567.891, 2, "1,234,567.89");

  /* en_US puts the symbol first with no space (p_cs_precedes = 1), but the
   * symbol is still the document's, not "$". */
  assert_money (3200, "EUR", "€3,200");
  assert_money (38400, "EUR", "€38,400");
  assert_money (-5, "EUR", MINUS "€5");
  assert_rate (12.5, "USD", "$12.50");
  assert_money (3200, "CHF", "CHF" NBSP "3,200");

  assert_hours (7.666, "7.7 h");
  assert_hours (40, "40 h");

  setlocale (LC_ALL, "C");
}

static void
test_mixed_categories (void)
{
  /* Money follows LC_MONETARY, plain numbers LC_NUMERIC. */
  setlocale (LC_ALL, "C");
  if (setlocale (LC_MONETARY, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("fr_FR.UTF-8 locale not available");
      setlocale (LC_ALL, "C");
      return;
    }

  assert_money (3200, "EUR", "3" NARROW_NBSP "200" NBSP "€");
  assert_number (3200, 0, "3,200");

  /* Without monetary separators the numeric ones are used. */
  setlocale (LC_ALL, "C");
  setlocale (LC_NUMERIC, "fr_FR.UTF-8");
  assert_rate (3200.5, "EUR", "€3" NARROW_NBSP "200,50");
  assert_number (3200.5, 1, "3" NARROW_NBSP "200,5");

  setlocale (LC_ALL, "C");
}

static void
assert_parsed (const char *text,
               double      expected)
{
  double value = -12345.678;

  if (!offload_format_parse_number (text, &value))
    g_error ("“%s” was refused, %g expected", text, expected);
  g_assert_cmpfloat_with_epsilon (value, expected, 1e-9);
}

static void
assert_refused (const char *text)
{
  double value = -12345.678;

  if (offload_format_parse_number (text, &value))
    g_error ("“%s” was read as %g, a refusal expected", text, value);
  /* A refusal leaves the value as it was. */
  g_assert_cmpfloat (value, ==, -12345.678);
}

/* What every locale refuses. */
static void
assert_refuses_nonsense (void)
{
  assert_refused ("");
  assert_refused ("   ");
  assert_refused ("abc");
  assert_refused ("12abc");
  assert_refused ("abc12");
  assert_refused ("-");
  assert_refused ("−");
  assert_refused (".");
  assert_refused (",");
  assert_refused ("--3");
  assert_refused ("- 3");
  assert_refused ("3-");
  assert_refused ("1.2.3");
  assert_refused ("inf");
  assert_refused ("-inf");
  assert_refused ("infinity");
  assert_refused ("nan");
  assert_refused ("NAN");
  assert_refused ("0x10");
  assert_refused ("1e3");
  assert_refused ("1E-3");
  assert_refused ("3 h");
  assert_refused ("€5");
  assert_refused ("5\xff");
  /* 400 digits overflow a double: refused, not infinite. */
  {
    g_autofree char *huge = g_strnfill (400, '9');

    assert_refused (huge);
    g_assert_false (offload_format_parse_number (huge, NULL));
  }
}

static void
test_parse_c (void)
{
  setlocale (LC_ALL, "C");

  assert_parsed ("0", 0);
  assert_parsed ("3", 3);
  assert_parsed ("3.5", 3.5);
  assert_parsed ("  62.7\t", 62.7);
  assert_parsed (NBSP "62.7" NARROW_NBSP, 62.7);
  assert_parsed (".5", 0.5);
  assert_parsed ("3.", 3);
  assert_parsed ("-2.25", -2.25);
  assert_parsed ("+2", 2);
  assert_parsed ("−2.5", -2.5);
  assert_parsed ("007", 7);

  /* "," is only a thousands separator, where it groups by three. */
  assert_parsed ("1,500", 1500);
  assert_parsed ("1,500.25", 1500.25);
  assert_parsed ("12,345,678", 12345678);
  assert_parsed ("-1,500", -1500);
  assert_refused ("3,5");
  assert_refused ("3,50");
  assert_refused ("1,5000");
  assert_refused ("1,500,00");
  assert_refused ("1234,567");
  assert_refused (",500");
  assert_refused ("1,,500");
  assert_refused ("1,500,");
  assert_refused ("1.500,25");
  assert_refused ("1.5,00");
  /* Spaces do not group in a "." locale. */
  assert_refused ("1 500");
  assert_refused ("1" NARROW_NBSP "500");

  assert_refuses_nonsense ();

  /* NULL only checks. */
  g_assert_true (offload_format_parse_number ("4.5", NULL));
  g_assert_false (offload_format_parse_number ("4,5", NULL));

  /* What rounds to nothing is no "-0". */
  {
    double value = 1;

    g_assert_true (offload_format_parse_number ("-0", &value));
    g_assert_cmpfloat (value, ==, 0.0);
    g_assert_false (signbit (value));
  }

  setlocale (LC_ALL, "C");
}

static void
test_parse_french (void)
{
  if (!use_locale ("fr_FR.UTF-8"))
    return;

  assert_parsed ("3,5", 3.5);
  assert_parsed ("62,7", 62.7);
  assert_parsed (" 3,5 ", 3.5);
  assert_parsed ("−3,5", -3.5);
  assert_parsed ("-0,25", -0.25);
  assert_parsed (",5", 0.5);
  /* Owners type a "." in French too. */
  assert_parsed ("3.5", 3.5);
  assert_parsed ("1.500", 1.5);

  /* Any kind of space groups by three. */
  assert_parsed ("1 500", 1500);
  assert_parsed ("1" NBSP "500", 1500);
  assert_parsed ("1" NARROW_NBSP "500", 1500);
  assert_parsed ("1 500,5", 1500.5);
  assert_parsed ("12" NARROW_NBSP "345" NARROW_NBSP "678", 12345678);
  assert_parsed ("1 234" NBSP "567", 1234567);
  /* What offload_format_number() writes reads back. */
  {
    g_autofree char *text = offload_format_number (38400.5, 1);

    assert_parsed (text, 38400.5);
  }
  assert_refused ("1 50");
  assert_refused ("1 5000");
  assert_refused ("1  500");
  assert_refused ("1 500 ,5");
  /* "," is the decimal point here, not a separator. */
  assert_refused ("1,500,5");
  assert_refused ("1.500,5");
  assert_refused ("3,5.");

  assert_refuses_nonsense ();

  setlocale (LC_ALL, "C");
}

static void
test_non_finite (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *text = offload_format_money (NAN, "EUR");

      g_assert_cmpstr (text, ==, "—");
      return;
    }

  /* A NaN figure is a bug upstream: it is reported, not formatted. */
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*isfinite*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/currency-symbol", test_currency_symbol);
  g_test_add_func ("/format/c/number", test_number_c);
  g_test_add_func ("/format/c/money", test_money_c);
  g_test_add_func ("/format/c/hours", test_hours_c);
  g_test_add_func ("/format/fr_FR", test_french);
  g_test_add_func ("/format/en_US", test_english);
  g_test_add_func ("/format/mixed-categories", test_mixed_categories);
  g_test_add_func ("/format/non-finite", test_non_finite);
  g_test_add_func ("/format/c/parse", test_parse_c);
  g_test_add_func ("/format/fr_FR/parse", test_parse_french);

  return g_test_run ();
}
