/* test-json-check.c: the strict check accepts RFC 8259 JSON and nothing else
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "offload-json-check.h"
#include "offload-error.h"

#define DEPTH 16

/* The length of a literal, NUL bytes inside included. */
#define LEN(literal) (sizeof (literal) - 1)

static void
assert_valid_len (const char *json,
                  gsize       length,
                  guint       max_depth)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = offload_json_check (json, length, max_depth, &error);
  if (error != NULL)
    g_test_message ("%.200s: %s", json, error->message);
  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
assert_valid (const char *json)
{
  assert_valid_len (json, strlen (json), DEPTH);
}

/* Returns the message, so that a caller can look at it further. */
static char *
check_invalid (const char   *json,
               gsize         length,
               guint         max_depth,
               OffloadError  code,
               const char   *needle)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = offload_json_check (json, length, max_depth, &error);
  if (ok || !g_error_matches (error, OFFLOAD_ERROR, (int) code))
    g_test_message ("%.200s: %s", json ? json : "(null)", error ? error->message : "accepted");
  g_assert_false (ok);
  g_assert_error (error, OFFLOAD_ERROR, (int) code);

  /* One readable line that starts with the position (tests run untranslated). */
  g_assert_true (g_str_has_prefix (error->message, "Line "));
  g_assert_true (strstr (error->message, ", column ") != NULL);
  g_assert_null (strchr (error->message, '\n'));
  g_assert_null (strchr (error->message, '\r'));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (needle != NULL && strstr (error->message, needle) == NULL)
    g_error ("“%s” not in “%s”", needle, error->message);

  return g_strdup (error->message);
}

static void
assert_invalid_len (const char   *json,
                    gsize         length,
                    guint         max_depth,
                    OffloadError  code,
                    const char   *needle)
{
  g_free (check_invalid (json, length, max_depth, code, needle));
}

static void
assert_invalid (const char   *json,
                OffloadError  code,
                const char   *needle)
{
  assert_invalid_len (json, strlen (json), DEPTH, code, needle);
}

static void
test_valid_scalars (void)
{
  static const char * const documents[] = {
    "true", "false", "null",
    "0", "-0", "7", "-7", "0.5", "-0.0", "1.5e3", "1E+2", "2e-2", "10E0",
    "9007199254740992", "-9007199254740992", "9007199254740991",
    "1e308", "-1e308", "1.7976931348623157e308", "1e-400", "-1e-400",
    "9007199254740993.0", "1e16", "0e99999", "1e-99999999999999999999",
    "123456789012345678901234567890.5",
    "\"\"", "\"text\"", "\"é€😀\"",
    " \t\r\n 42 \n\r\t ",
    "\"\x7f\"",
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (documents); i++)
    assert_valid (documents[i]);
}

static void
test_valid_containers (void)
{
  assert_valid ("[]");
  assert_valid ("{}");
  assert_valid ("[ ]");
  assert_valid ("{\n}");
  assert_valid ("[1,\"a\",true,false,null,{},[],-0.5e-1]");
  assert_valid ("{\"a\":{\"b\":[1,2,{\"c\":null}]},\"d\":[[],[{}]]}");
  assert_valid (" {\r\n\t\"a\" : [ 1 , 2 ] ,\n \"b\" : { } \n} ");
  assert_valid ("{\"\":0}");
  assert_valid ("[[1],[2]]");
}

static void
test_valid_strings (void)
{
  assert_valid ("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"");
  assert_valid ("\"\\u0041\\u00e9\\u20AC\\u20ac\\uFFFF\\u0001\"");
  /* Surrogate pairs, in either case, alone and between other text. */
  assert_valid ("\"\\uD83D\\uDE00\"");
  assert_valid ("\"\\ud83d\\ude00\"");
  assert_valid ("\"a\\uDBFF\\uDFFFb\\uD800\\uDC00c\"");
  assert_valid ("{\"\\uD83D\\uDE00\":\"😀\"}");
}

static void
test_depth (void)
{
  assert_valid_len ("[[[]]]", LEN ("[[[]]]"), 3);
  assert_valid_len ("{\"a\":[{}]}", LEN ("{\"a\":[{}]}"), 3);
  assert_valid_len ("[[1],{\"a\":[2]}]", LEN ("[[1],{\"a\":[2]}]"), 3);
  assert_invalid_len ("[[[[]]]]", LEN ("[[[[]]]]"), 3, OFFLOAD_ERROR_TOO_DEEP, "Line 1, column 4");
  assert_invalid_len ("{\"a\":[{\"b\":[]}]}", LEN ("{\"a\":[{\"b\":[]}]}"), 3,
                      OFFLOAD_ERROR_TOO_DEEP, "Line 1, column 12");

  /* Depth is nesting, not the number of containers. */
  assert_valid_len ("[[],[],[],[],[]]", LEN ("[[],[],[],[],[]]"), 2);

  assert_valid_len ("[]", LEN ("[]"), 1);
  assert_invalid_len ("[[]]", LEN ("[[]]"), 1, OFFLOAD_ERROR_TOO_DEEP, "at most 1 level ");

  /* 0 allows a scalar root only. */
  assert_valid_len ("1", LEN ("1"), 0);
  assert_valid_len ("\"x\"", LEN ("\"x\""), 0);
  assert_invalid_len ("[]", LEN ("[]"), 0, OFFLOAD_ERROR_TOO_DEEP, "Line 1, column 1");
  assert_invalid_len ("{}", LEN ("{}"), 0, OFFLOAD_ERROR_TOO_DEEP, NULL);
}

/* 1 MiB of brackets, the size limit of a document: refused at once, without
 * recursing, and accepted when the limit allows it all. */
static void
test_deep_brackets (void)
{
  const gsize length = 1024 * 1024;
  const gsize depth = 500000;
  g_autofree char *data = g_malloc (length);

  memset (data, '[', depth);
  memset (data + depth, ']', depth);
  memset (data + 2 * depth, ' ', length - 2 * depth);

  g_test_timer_start ();
  assert_invalid_len (data, length, 64, OFFLOAD_ERROR_TOO_DEEP, "Line 1, column 65");
  g_assert_cmpfloat (g_test_timer_elapsed (), <, 5.0);

  g_test_timer_start ();
  assert_valid_len (data, length, G_MAXUINT);
  g_assert_cmpfloat (g_test_timer_elapsed (), <, 5.0);

  /* Never closed: the whole stack is freed on the way out. */
  memset (data + depth, ' ', length - depth);
  assert_invalid_len (data, length, G_MAXUINT, OFFLOAD_ERROR_SYNTAX, "ends before");
}

static void
test_empty (void)
{
  assert_invalid_len ("", 0, DEPTH, OFFLOAD_ERROR_EMPTY, "Line 1, column 1");
  assert_invalid_len (NULL, 0, DEPTH, OFFLOAD_ERROR_EMPTY, NULL);
  assert_invalid (" ", OFFLOAD_ERROR_EMPTY, NULL);
  assert_invalid (" \t\r\n\n", OFFLOAD_ERROR_EMPTY, "Line 3, column 1");
  /* Not JSON white space. */
  assert_invalid ("\f", OFFLOAD_ERROR_SYNTAX, NULL);
  assert_invalid ("\v1", OFFLOAD_ERROR_SYNTAX, NULL);
  assert_invalid ("\xc2\xa0" "1", OFFLOAD_ERROR_SYNTAX, NULL);
  assert_invalid ("[1,\f2]", OFFLOAD_ERROR_SYNTAX, "Line 1, column 4");
}

static void
test_encoding (void)
{
  /* An explicit length, so the NUL is inside the buffer. */
  assert_invalid_len ("[1,\0 2]", LEN ("[1,\0 2]"), DEPTH, OFFLOAD_ERROR_ENCODING, "null byte");
  assert_invalid_len ("{}\0", LEN ("{}\0"), DEPTH, OFFLOAD_ERROR_ENCODING, "Line 1, column 3");
  assert_invalid_len ("\"a\0b\"", LEN ("\"a\0b\""), DEPTH, OFFLOAD_ERROR_ENCODING, NULL);
  assert_invalid_len ("\0", LEN ("\0"), DEPTH, OFFLOAD_ERROR_ENCODING, NULL);

  assert_invalid ("\"\xff\"", OFFLOAD_ERROR_ENCODING, "UTF-8");
  assert_invalid ("\"\xc0\xaf\"", OFFLOAD_ERROR_ENCODING, NULL);         /* overlong / */
  assert_invalid ("\"\xe0\x80\xaf\"", OFFLOAD_ERROR_ENCODING, NULL);     /* overlong / */
  assert_invalid ("\"\xed\xa0\x80\"", OFFLOAD_ERROR_ENCODING, NULL);     /* U+D800 */
  assert_invalid ("\"\xf4\x90\x80\x80\"", OFFLOAD_ERROR_ENCODING, NULL); /* past U+10FFFF */
  assert_invalid ("\"\x80\"", OFFLOAD_ERROR_ENCODING, NULL);
  assert_invalid ("\"\xc3", OFFLOAD_ERROR_ENCODING, NULL);
  assert_invalid ("\xfe", OFFLOAD_ERROR_ENCODING, NULL);

  /* A byte order mark, then valid JSON. */
  assert_invalid ("\xef\xbb\xbf{}", OFFLOAD_ERROR_ENCODING, "byte order mark");
  assert_invalid ("\xef\xbb\xbf", OFFLOAD_ERROR_ENCODING, "byte order mark");
  /* U+FEFF anywhere else is a character like others: outside text, a syntax error. */
  assert_invalid (" \xef\xbb\xbf{}", OFFLOAD_ERROR_SYNTAX, NULL);
  assert_valid ("\"\xef\xbb\xbf\"");
}

static void
test_escapes (void)
{
  assert_invalid ("\"\\u0000\"", OFFLOAD_ERROR_ENCODING, "\\u0000");
  assert_invalid ("{\"a\\u0000\":1}", OFFLOAD_ERROR_ENCODING, NULL);

  /* Lone or mismatched surrogates. */
  assert_invalid ("\"\\uD800\"", OFFLOAD_ERROR_ENCODING, "D800");
  assert_invalid ("\"\\uDBFFx\"", OFFLOAD_ERROR_ENCODING, NULL);
  assert_invalid ("\"\\uD800\\uD800\"", OFFLOAD_ERROR_ENCODING, NULL);
  assert_invalid ("\"\\uD800\\u0041\"", OFFLOAD_ERROR_ENCODING, NULL);
  assert_invalid ("\"\\uD800\\uE000\"", OFFLOAD_ERROR_ENCODING, NULL);
  assert_invalid ("\"\\uDC00\\uDC00\"", OFFLOAD_ERROR_ENCODING, NULL);
  assert_invalid ("\"\\uD800\\n\"", OFFLOAD_ERROR_ENCODING, NULL);
  assert_invalid ("\"\\uD800 \\uDC00\"", OFFLOAD_ERROR_ENCODING, NULL);
  assert_invalid ("\"\\uDC00\"", OFFLOAD_ERROR_ENCODING, "DC00");
  assert_invalid ("\"\\uDFFF\\uD800\"", OFFLOAD_ERROR_ENCODING, NULL);
  assert_invalid ("\"a\\uDE00\"", OFFLOAD_ERROR_ENCODING, "Line 1, column 3");
  assert_invalid ("\"\\uD800", OFFLOAD_ERROR_ENCODING, NULL);

  /* Escapes JSON does not have, and \u without four hex digits. */
  assert_invalid ("\"\\x41\"", OFFLOAD_ERROR_SYNTAX, "backslash");
  assert_invalid ("\"\\'\"", OFFLOAD_ERROR_SYNTAX, NULL);
  assert_invalid ("\"\\U0041\"", OFFLOAD_ERROR_SYNTAX, NULL);
  assert_invalid ("\"\\a\"", OFFLOAD_ERROR_SYNTAX, NULL);
  assert_invalid ("\"\\0\"", OFFLOAD_ERROR_SYNTAX, NULL);
  assert_invalid ("\"\\é\"", OFFLOAD_ERROR_SYNTAX, NULL);
  assert_invalid ("\"\\u12\"", OFFLOAD_ERROR_SYNTAX, "four hexadecimal digits");
  assert_invalid ("\"\\u12G4\"", OFFLOAD_ERROR_SYNTAX, NULL);
  assert_invalid ("\"\\u+123\"", OFFLOAD_ERROR_SYNTAX, NULL);
  assert_invalid ("\"\\uD800\\u12\"", OFFLOAD_ERROR_SYNTAX, NULL);
  assert_invalid ("\"\\u", OFFLOAD_ERROR_SYNTAX, NULL);
  assert_invalid ("\"\\", OFFLOAD_ERROR_SYNTAX, NULL);

  /* Raw control characters, which must be escaped. */
  assert_invalid ("\"a\tb\"", OFFLOAD_ERROR_SYNTAX, "Line 1, column 3");
  assert_invalid ("\"a\nb\"", OFFLOAD_ERROR_SYNTAX, "Line 1, column 3");
  assert_invalid ("\"\x1f\"", OFFLOAD_ERROR_SYNTAX, NULL);
  assert_invalid ("\"\x01\"", OFFLOAD_ERROR_SYNTAX, NULL);

  /* Never closed: the position is the opening quote. */
  assert_invalid ("[\n  \"abc", OFFLOAD_ERROR_SYNTAX, "Line 2, column 3");
  assert_invalid ("\"abc\\\"", OFFLOAD_ERROR_SYNTAX, "Line 1, column 1");
}

static void
test_number_syntax (void)
{
  static const char * const documents[] = {
    "01", "-01", "00", "-00", "0123", "1.", "-1.", "[1.]", "1.e5", ".5", "-.5",
    "+1", "[+1]", "0x10", "0X1f", "-0x1", "0b1", "017", "NaN", "-NaN", "Infinity",
    "-Infinity", "-", "[-]", "- 1", "1e", "1E", "1e+", "1e-", "[1e]", "1.5.3",
    "1ee5", "1e5.5", "1e5e3", "1_000", "1f", "1d", "1..2", "1,5", "1-2", "1+2",
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (documents); i++)
    assert_invalid (documents[i], OFFLOAD_ERROR_SYNTAX, NULL);

  assert_invalid ("[1, 0x1F]", OFFLOAD_ERROR_SYNTAX, "“0x1F” is not a valid number");
  assert_invalid ("01", OFFLOAD_ERROR_SYNTAX, "“01”");
  assert_invalid ("[1.]", OFFLOAD_ERROR_SYNTAX, "decimal point");
  assert_invalid ("[1.]", OFFLOAD_ERROR_SYNTAX, "Line 1, column 4");
  assert_invalid ("[1e+]", OFFLOAD_ERROR_SYNTAX, "exponent");
  assert_invalid ("-Infinity", OFFLOAD_ERROR_SYNTAX, "minus sign");
  assert_invalid ("+1", OFFLOAD_ERROR_SYNTAX, "plus sign");
  assert_invalid ("NaN", OFFLOAD_ERROR_SYNTAX, "“NaN”");
}

static void
test_number_range (void)
{
  g_autofree char *long_integer = NULL;
  g_autofree char *long_mantissa = NULL;
  g_autofree char *message = NULL;

  /* Integers past 2^53, whatever their size in 64 bits. */
  assert_invalid ("9007199254740993", OFFLOAD_ERROR_NUMBER, "9007199254740993");
  assert_invalid ("-9007199254740993", OFFLOAD_ERROR_NUMBER, NULL);
  assert_invalid ("9999999999999999", OFFLOAD_ERROR_NUMBER, NULL);
  assert_invalid ("10000000000000000", OFFLOAD_ERROR_NUMBER, NULL);
  assert_invalid ("[9223372036854775807]", OFFLOAD_ERROR_NUMBER, NULL);
  assert_invalid ("[9223372036854775808]", OFFLOAD_ERROR_NUMBER, "Line 1, column 2");
  assert_invalid ("-9223372036854775809", OFFLOAD_ERROR_NUMBER, NULL);
  assert_invalid ("18446744073709551696", OFFLOAD_ERROR_NUMBER, NULL);
  assert_invalid ("{\"n\":18446744073709551616}", OFFLOAD_ERROR_NUMBER, NULL);

  /* Doubles that overflow. */
  assert_invalid ("1e999", OFFLOAD_ERROR_NUMBER, "1e999");
  assert_invalid ("-1e999", OFFLOAD_ERROR_NUMBER, NULL);
  assert_invalid ("1e400", OFFLOAD_ERROR_NUMBER, NULL);
  assert_invalid ("[1.8e308]", OFFLOAD_ERROR_NUMBER, NULL);
  assert_invalid ("1e99999999999999999999", OFFLOAD_ERROR_NUMBER, NULL);

  /* A huge mantissa, with a fraction so that only its value is too large;
   * and as a plain integer. Both are quoted shortened. */
  long_mantissa = g_strdup_printf ("1%0400d.0", 0);
  message = check_invalid (long_mantissa, strlen (long_mantissa), DEPTH,
                           OFFLOAD_ERROR_NUMBER, "…");
  g_assert_cmpuint (g_utf8_strlen (message, -1), <, 120);
  g_clear_pointer (&message, g_free);

  long_integer = g_strdup_printf ("1%0400d", 0);
  message = check_invalid (long_integer, strlen (long_integer), DEPTH,
                           OFFLOAD_ERROR_NUMBER, "…");
  g_assert_cmpuint (g_utf8_strlen (message, -1), <, 120);
}

static void
test_literals (void)
{
  static const char * const documents[] = {
    "tru", "True", "TRUE", "nul", "Null", "falsey", "fals", "true1", "nulls",
    "undefined", "[none]", "t", "[true false]", "truefalse", "true_", "true-",
  };
  gsize i;

  assert_valid ("[true,false,null]");
  assert_valid ("{\"t\":true,\"f\":false,\"n\":null}");

  for (i = 0; i < G_N_ELEMENTS (documents); i++)
    assert_invalid (documents[i], OFFLOAD_ERROR_SYNTAX, NULL);

  assert_invalid ("[undefined]", OFFLOAD_ERROR_SYNTAX, "“undefined”");
}

static void
test_structure (void)
{
  static const char * const documents[] = {
    "[", "{", "[1", "[1,", "{\"a\"", "{\"a\":", "{\"a\":1", "{\"a\":1,",
    "]", "}", ":", ",", "[,1]", "[1,,2]", "[1 2]", "[1:2]", "{\"a\" 1}",
    "{\"a\",1}", "{\"a\":1 \"b\":2}", "{\"a\":1;\"b\":2}", "{a:1}", "{1:1}",
    "{\"a\"::1}", "{:1}", "[1}", "{\"a\":1]", "[}", "{]", "[\"a\":1]",
    "1 2", "\"a\" \"b\"", "[] []", "[]]", "{}}", "[]x", "{} ,",
    "=", "@", "<", "()",
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (documents); i++)
    assert_invalid (documents[i], OFFLOAD_ERROR_SYNTAX, NULL);

  assert_invalid ("[1,", OFFLOAD_ERROR_SYNTAX, "ends before");
  assert_invalid ("[1 2]", OFFLOAD_ERROR_SYNTAX, "a comma or a closing bracket was expected");
  assert_invalid ("{\"a\":1 \"b\":2}", OFFLOAD_ERROR_SYNTAX, "a comma or a closing brace was expected");
  assert_invalid ("{\"a\" 1}", OFFLOAD_ERROR_SYNTAX, "colon");
  assert_invalid ("{a:1}", OFFLOAD_ERROR_SYNTAX, "double quotes");
}

static void
test_two_roots (void)
{
  assert_invalid ("{}{}", OFFLOAD_ERROR_SYNTAX, "Line 1, column 3");
  assert_invalid ("{}{}", OFFLOAD_ERROR_SYNTAX, "after the end");
  assert_invalid ("[1]\n\n  [2]", OFFLOAD_ERROR_SYNTAX, "Line 3, column 3");
  assert_invalid ("null null", OFFLOAD_ERROR_SYNTAX, NULL);
  assert_invalid ("0 1", OFFLOAD_ERROR_SYNTAX, NULL);
}

static void
test_comments (void)
{
  assert_invalid ("// note\n{}", OFFLOAD_ERROR_SYNTAX, "comments");
  assert_invalid ("/* note */ {}", OFFLOAD_ERROR_SYNTAX, "Line 1, column 1");
  assert_invalid ("{} // note", OFFLOAD_ERROR_SYNTAX, "comments");
  assert_invalid ("[1 /* note */]", OFFLOAD_ERROR_SYNTAX, "comments");
  assert_invalid ("{\n  \"a\": 1, // note\n  \"b\": 2\n}", OFFLOAD_ERROR_SYNTAX, "Line 2, column 11");
  assert_invalid ("{\"a\": /* note */ 1}", OFFLOAD_ERROR_SYNTAX, "comments");
  assert_invalid ("# note\n{}", OFFLOAD_ERROR_SYNTAX, NULL);
}

static void
test_trailing_comma (void)
{
  assert_invalid ("[1,]", OFFLOAD_ERROR_SYNTAX, "extra comma");
  assert_invalid ("[1,]", OFFLOAD_ERROR_SYNTAX, "Line 1, column 3");
  assert_invalid ("{\"a\":1,}", OFFLOAD_ERROR_SYNTAX, "extra comma");
  assert_invalid ("[[1,2],]", OFFLOAD_ERROR_SYNTAX, NULL);
  assert_invalid ("{\"a\":[1,],\"b\":2}", OFFLOAD_ERROR_SYNTAX, NULL);
  assert_invalid ("[,]", OFFLOAD_ERROR_SYNTAX, NULL);
  assert_invalid ("{,}", OFFLOAD_ERROR_SYNTAX, NULL);
}

static void
test_quotes (void)
{
  assert_invalid ("'a'", OFFLOAD_ERROR_SYNTAX, "single quotes");
  assert_invalid ("{'a':1}", OFFLOAD_ERROR_SYNTAX, "single quotes");
  assert_invalid ("[\"a\",'b']", OFFLOAD_ERROR_SYNTAX, "Line 1, column 6");
  assert_invalid ("bare", OFFLOAD_ERROR_SYNTAX, "“bare”");
}

static void
test_duplicate_keys (void)
{
  assert_invalid ("{\"a\":1,\"a\":2}", OFFLOAD_ERROR_DUPLICATE_KEY, "“a”");
  assert_invalid ("{\"a\":1,\"a\":2}", OFFLOAD_ERROR_DUPLICATE_KEY, "Line 1, column 8");
  assert_invalid ("{\"a\":1,\"b\":2,\"a\":1}", OFFLOAD_ERROR_DUPLICATE_KEY, NULL);
  assert_invalid ("{\"\":1,\"\":2}", OFFLOAD_ERROR_DUPLICATE_KEY, "“”");

  /* Compared decoded: the escaped spelling is the same name. */
  assert_invalid ("{\"a\":1,\"\\u0061\":2}", OFFLOAD_ERROR_DUPLICATE_KEY, "“a”");
  assert_invalid ("{\"é\":1,\"\\u00e9\":2}", OFFLOAD_ERROR_DUPLICATE_KEY, "“é”");
  assert_invalid ("{\"😀\":1,\"\\uD83D\\uDE00\":2}", OFFLOAD_ERROR_DUPLICATE_KEY, "“😀”");
  assert_invalid ("{\"a/b\":1,\"a\\/b\":2}", OFFLOAD_ERROR_DUPLICATE_KEY, "“a/b”");
  assert_invalid ("{\"hours_per_day\":1,\"hours\\u005fper_day\":2}",
                  OFFLOAD_ERROR_DUPLICATE_KEY, "hours_per_day");

  /* A control character in the name does not reach the message. */
  assert_invalid ("{\"a\\nb\":1,\"a\\u000ab\":2}", OFFLOAD_ERROR_DUPLICATE_KEY, "“a\xef\xbf\xbd" "b”");

  /* The outer object keeps its names across a nested one. */
  assert_invalid ("{\"a\":{\"b\":1},\"a\":2}", OFFLOAD_ERROR_DUPLICATE_KEY, NULL);
  assert_invalid ("{\"x\":{\"a\":1,\"b\":2,\"a\":3}}", OFFLOAD_ERROR_DUPLICATE_KEY, "Line 1, column 19");
  assert_invalid ("[{\"a\":1},{\"a\":1,\"a\":1}]", OFFLOAD_ERROR_DUPLICATE_KEY, NULL);

  /* The same name in different objects, or differing only in case, is fine. */
  assert_valid ("{\"a\":{\"a\":1},\"b\":{\"a\":2}}");
  assert_valid ("[{\"a\":1},{\"a\":1}]");
  assert_valid ("{\"a\":{\"a\":{\"a\":null}}}");
  assert_valid ("{\"a\":1,\"A\":2,\"a \":3,\"\\u00e9\":4,\"e\\u0301\":5}");
  assert_valid ("{\"a\":1,\"b\":[\"a\",\"a\"]}");
}

/* Names that all collide under g_str_hash(): "Ez" and "FY" hash alike, so
 * every string of n such pairs does. The check must stay fast and exact. */
static void
test_colliding_names (void)
{
  const guint pairs = 12;
  GString *json = g_string_new ("{");
  g_autofree char *document = NULL;
  guint i;

  for (i = 0; i < (1u << pairs); i++)
    {
      guint bit;

      g_string_append (json, i == 0 ? "\"" : ",\"");
      for (bit = 0; bit < pairs; bit++)
        g_string_append (json, (i >> bit) & 1 ? "FY" : "Ez");
      g_string_append (json, "\":0");
    }
  g_string_append_c (json, '}');
  document = g_string_free (json, FALSE);

  g_test_timer_start ();
  assert_valid (document);
  g_assert_cmpfloat (g_test_timer_elapsed (), <, 5.0);

  /* The same with one name repeated at the end. */
  document[strlen (document) - 1] = '\0';
  {
    g_autofree char *repeated = g_strconcat (document, ",\"FYEzEzEzEzEzEzEzEzEzEzEz\":1}", NULL);

    assert_invalid (repeated, OFFLOAD_ERROR_DUPLICATE_KEY, "FYEzEzEzEzEzEzEzEzEzEzEz");
  }
}

/* Lines and columns are 1-based; columns count characters, not bytes. */
static void
test_positions (void)
{
  assert_invalid ("{\n  \"a\": 1,\n  \"b\": 2,\n}", OFFLOAD_ERROR_SYNTAX, "Line 3, column 9:");
  assert_invalid ("[\n  1,\n  01\n]", OFFLOAD_ERROR_SYNTAX, "Line 3, column 3:");
  assert_invalid ("{\n \"n\": 1e999}", OFFLOAD_ERROR_NUMBER, "Line 2, column 7:");
  assert_invalid ("[1,\n", OFFLOAD_ERROR_SYNTAX, "Line 2, column 1:");

  /* é is 2 bytes, € 3 and 😀 4: the 3 after them is character 15, byte 24. */
  assert_invalid ("{\"é€😀\": [1, 2 3]}", OFFLOAD_ERROR_SYNTAX, "Line 1, column 15:");
  assert_invalid ("[\n\"ééé\", x]", OFFLOAD_ERROR_SYNTAX, "Line 2, column 8:");
  assert_invalid ("[\"€\",\n \"😀😀\",\n \"\\uD800\"]", OFFLOAD_ERROR_ENCODING, "Line 3, column 3:");
  assert_invalid ("{\"ü\":1,\n\"ö\":2,\"ü\":3}", OFFLOAD_ERROR_DUPLICATE_KEY, "Line 2, column 7:");
  assert_invalid ("[\n\"é\xff\"]", OFFLOAD_ERROR_ENCODING, "Line 2, column 3:");
  assert_invalid_len ("[1,\n é\0]", LEN ("[1,\n é\0]"), DEPTH, OFFLOAD_ERROR_ENCODING, "Line 2, column 3:");

  /* CR LF is one line break, and so is a lone CR. */
  assert_invalid ("[\r\n1,\r\n]", OFFLOAD_ERROR_SYNTAX, "Line 2, column 2:");
  assert_invalid ("[\r1,\r]", OFFLOAD_ERROR_SYNTAX, "Line 2, column 2:");
  assert_invalid ("[\r\n\r\n\t1 2]", OFFLOAD_ERROR_SYNTAX, "Line 3, column 4:");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-check/valid/scalars", test_valid_scalars);
  g_test_add_func ("/json-check/valid/containers", test_valid_containers);
  g_test_add_func ("/json-check/valid/strings", test_valid_strings);
  g_test_add_func ("/json-check/depth", test_depth);
  g_test_add_func ("/json-check/deep-brackets", test_deep_brackets);
  g_test_add_func ("/json-check/empty", test_empty);
  g_test_add_func ("/json-check/encoding", test_encoding);
  g_test_add_func ("/json-check/escapes", test_escapes);
  g_test_add_func ("/json-check/number/syntax", test_number_syntax);
  g_test_add_func ("/json-check/number/range", test_number_range);
  g_test_add_func ("/json-check/literals", test_literals);
  g_test_add_func ("/json-check/structure", test_structure);
  g_test_add_func ("/json-check/two-roots", test_two_roots);
  g_test_add_func ("/json-check/comments", test_comments);
  g_test_add_func ("/json-check/trailing-comma", test_trailing_comma);
  g_test_add_func ("/json-check/quotes", test_quotes);
  g_test_add_func ("/json-check/duplicate-keys", test_duplicate_keys);
  g_test_add_func ("/json-check/colliding-names", test_colliding_names);
  g_test_add_func ("/json-check/positions", test_positions);

  return g_test_run ();
}
