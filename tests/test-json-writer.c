/* test-json-writer.c: the JSON helpers write stable, valid, readable text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <math.h>
#include <string.h>

#include "offload-json-writer.h"

static char *
number_text (double value)
{
  GString *out = g_string_new (NULL);

  offload_json_append_number (out, value);
  return g_string_free (out, FALSE);
}

static char *
string_text (const char *value)
{
  GString *out = g_string_new (NULL);

  offload_json_append_string (out, value);
  return g_string_free (out, FALSE);
}

/* RFC 8259's number grammar, which the C library's %g is not bound to. */
static gboolean
is_json_number (const char *text)
{
  return g_regex_match_simple ("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$",
                               text, 0, 0);
}

/* Written, valid, and read back to the same bits (except -0, which is 0). */
static void
assert_round_trip (double value)
{
  g_autofree char *text = number_text (value);
  double back;

  g_assert_true (is_json_number (text));
  back = g_ascii_strtod (text, NULL);
  g_assert_true (back == value);
  g_assert_false (signbit (back) && value == 0.0);
}

static void
test_integral (void)
{
  static const struct
  {
    double value;
    const char *text;
  } cases[] = {
    { 0, "0" },
    { 1, "1" },
    { 40, "40" },
    { 3200, "3200" },
    { 38400, "38400" },
    { -7, "-7" },
    { 123456789012345.0, "123456789012345" },
    { 9007199254740992.0 /* 2^53 */, "9007199254740992" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = number_text (cases[i].value);

      g_assert_cmpstr (text, ==, cases[i].text);
      assert_round_trip (cases[i].value);
    }
}

static void
test_fractions (void)
{
  static const struct
  {
    double value;
    const char *text;
  } cases[] = {
    { 0.1, "0.1" },
    { 0.5, "0.5" },
    { -2.25, "-2.25" },
    { 7.7, "7.7" },
    { 0.1 + 0.2, "0.30000000000000004" },
    { 1.5e-7, "1.5e-07" },
  };
  g_autofree char *third = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = number_text (cases[i].value);

      g_assert_cmpstr (text, ==, cases[i].text);
      assert_round_trip (cases[i].value);
    }

  /* 1/3 needs 16 digits; 15 would read back as another double. */
  third = number_text (1.0 / 3.0);
  g_assert_cmpstr (third, ==, "0.3333333333333333");
  g_assert_true (g_ascii_strtod (third, NULL) == 1.0 / 3.0);
  assert_round_trip (2.0 / 3.0);
}

static void
test_negative_zero (void)
{
  g_autofree char *text = number_text (-0.0);

  g_assert_cmpstr (text, ==, "0");
}

static void
test_extremes (void)
{
  g_autofree char *big = number_text (1e300);
  g_autofree char *tiny = NULL;
  g_autofree char *max = NULL;

  g_assert_cmpstr (big, ==, "1e+300");
  assert_round_trip (-1e300);

  /* The smallest subnormal: 15 digits already read back to it. */
  tiny = number_text (5e-324);
  g_assert_true (is_json_number (tiny));
  g_assert_true (g_ascii_strtod (tiny, NULL) == 5e-324);
  assert_round_trip (-5e-324);

  max = number_text (G_MAXDOUBLE);
  g_assert_cmpstr (max, ==, "1.7976931348623157e+308");
  assert_round_trip (G_MINDOUBLE);
}

static void
test_random (void)
{
  /* Arbitrary bit patterns cover every exponent and mantissa shape. */
  for (guint i = 0; i < 10000; i++)
    {
      guint64 bits = ((guint64) g_test_rand_int () << 32) | (guint32) g_test_rand_int ();
      double value;

      memcpy (&value, &bits, sizeof value);
      if (!isfinite (value))
        continue;
      assert_round_trip (value);
    }
}

static void
test_locale_independent (void)
{
  g_autofree char *text = NULL;

  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("fr_FR.UTF-8 locale not available");
      return;
    }

  text = number_text (1234.5);
  g_assert_cmpstr (text, ==, "1234.5");

  setlocale (LC_ALL, "C");
}

static void
test_non_finite (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GString) out = g_string_new ("[");

      offload_json_append_number (out, INFINITY);
      offload_json_append_number (out, NAN);
      /* Nothing was written for either. */
      g_assert_cmpstr (out->str, ==, "[");
      return;
    }

  /* The failed precondition is a critical, fatal under G_DEBUG. */
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*isfinite*");
}

static void
test_string_plain (void)
{
  g_autofree char *empty = string_text ("");
  g_autofree char *word = string_text ("Offload");
  g_autofree char *slash = string_text ("a/b");

  g_assert_cmpstr (empty, ==, "\"\"");
  g_assert_cmpstr (word, ==, "\"Offload\"");
  /* "/" may be escaped in JSON, but need not be. */
  g_assert_cmpstr (slash, ==, "\"a/b\"");
}

static void
test_string_escapes (void)
{
  g_autofree char *quotes = string_text ("say \"hi\"");
  g_autofree char *backslash = string_text ("C:\\temp\\");
  g_autofree char *short_forms = string_text ("\b\f\n\r\t");
  g_autofree char *others = string_text ("a\001b\037c\033");
  g_autofree char *del = string_text ("x\177y");

  g_assert_cmpstr (quotes, ==, "\"say \\\"hi\\\"\"");
  g_assert_cmpstr (backslash, ==, "\"C:\\\\temp\\\\\"");
  g_assert_cmpstr (short_forms, ==, "\"\\b\\f\\n\\r\\t\"");
  g_assert_cmpstr (others, ==, "\"a\\u0001b\\u001fc\\u001b\"");
  /* DEL is allowed raw in JSON. */
  g_assert_cmpstr (del, ==, "\"x\177y\"");
}

static void
test_string_utf8 (void)
{
  g_autofree char *accent = string_text ("Équipe café");
  g_autofree char *emoji = string_text ("🚀 launch");
  g_autofree char *spaces = string_text ("3\u202f200\u00a0€");

  g_assert_cmpstr (accent, ==, "\"Équipe café\"");
  g_assert_cmpstr (emoji, ==, "\"🚀 launch\"");
  g_assert_cmpstr (spaces, ==, "\"3\u202f200\u00a0€\"");
}

static void
test_string_appends (void)
{
  g_autoptr(GString) out = g_string_new ("{");

  offload_json_append_string (out, "key");
  g_string_append_c (out, ':');
  offload_json_append_number (out, 40);
  g_string_append_c (out, '}');

  g_assert_cmpstr (out->str, ==, "{\"key\":40}");
}

static void
test_indent (void)
{
  g_autoptr(GString) out = g_string_new ("{");

  offload_json_append_indent (out, 0);
  g_assert_cmpstr (out->str, ==, "{\n");

  offload_json_append_indent (out, 1);
  offload_json_append_string (out, "a");
  offload_json_append_indent (out, 3);
  g_assert_cmpstr (out->str, ==, "{\n\n  \"a\"\n      ");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-writer/number/integral", test_integral);
  g_test_add_func ("/json-writer/number/fractions", test_fractions);
  g_test_add_func ("/json-writer/number/negative-zero", test_negative_zero);
  g_test_add_func ("/json-writer/number/extremes", test_extremes);
  g_test_add_func ("/json-writer/number/random", test_random);
  g_test_add_func ("/json-writer/number/locale-independent", test_locale_independent);
  g_test_add_func ("/json-writer/number/non-finite", test_non_finite);
  g_test_add_func ("/json-writer/string/plain", test_string_plain);
  g_test_add_func ("/json-writer/string/escapes", test_string_escapes);
  g_test_add_func ("/json-writer/string/utf8", test_string_utf8);
  g_test_add_func ("/json-writer/string/appends", test_string_appends);
  g_test_add_func ("/json-writer/indent", test_indent);

  return g_test_run ();
}
