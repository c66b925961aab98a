/* offload-json-check.c: a strict RFC 8259 check run before json-glib sees the bytes
 *
 * One pass over the bytes with an explicit stack instead of recursion, so a
 * hostile file can neither exhaust the C stack nor make the check slower
 * than linear. The encoding is checked first, over the whole buffer, so that
 * everything after it can walk bytes knowing they form valid UTF-8.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "offload-json-check.h"
#include "offload-error.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

/* Longest excerpt of the input quoted back in a message, in characters. */
#define EXCERPT_MAX 32

/* 2^53: past it, doubles (and so json-glib's readers) skip integers. */
#define MAX_EXACT_INTEGER     "9007199254740992"
#define MAX_EXACT_INTEGER_LEN (sizeof MAX_EXACT_INTEGER - 1)

typedef enum
{
  EXPECT_VALUE,           /* the root, after a colon, or after a comma in an array */
  EXPECT_VALUE_OR_CLOSE,  /* just after [ */
  EXPECT_NAME,            /* after a comma in an object */
  EXPECT_NAME_OR_CLOSE,   /* just after { */
  EXPECT_COLON,           /* after a member name */
  EXPECT_COMMA_OR_CLOSE,  /* after an element or a member's value */
  EXPECT_END,             /* after the root value: only white space may follow */
} State;

typedef struct
{
  GHashTable *names;  /* the decoded member names so far; NULL for an array */
} Frame;

typedef struct
{
  const char  *data;
  const char  *end;
  const char  *p;        /* the next byte to read */
  const char  *comma;    /* the last comma read, for a trailing one */
  guint        max_depth;
  GArray      *stack;    /* of Frame, the innermost open container last */
  GString     *scratch;  /* a decoded name, or a number to convert */
  GError     **error;
} Parser;

typedef struct
{
  guint line;
  guint column;
} Position;

static void
frame_clear (gpointer data)
{
  Frame *frame = data;

  g_clear_pointer (&frame->names, g_hash_table_unref);
}

/* Only called on failure, so it may walk from the start. LF, CR LF and a
 * lone CR each end a line, as text editors count them; a column counts
 * characters, so continuation bytes are skipped. The bytes before @at are
 * always valid UTF-8 by the time this is called. */
static Position
locate (const char *data,
        const char *end,
        const char *at)
{
  Position position = { 1, 1 };
  const char *p;

  for (p = data; p < at; p++)
    {
      guchar c = (guchar) *p;

      if (c == '\n' || (c == '\r' && (p + 1 == end || p[1] != '\n')))
        {
          position.line++;
          position.column = 1;
        }
      else if (c != '\r' && (c & 0xc0) != 0x80)
        {
          position.column++;
        }
    }

  return position;
}

static Position
parser_locate (Parser     *self,
               const char *at)
{
  return locate (self->data, self->end, at);
}

/* A piece of the input to quote in a message: valid UTF-8 (the input is),
 * shortened, with control characters replaced so the message stays on one
 * line and cannot be garbled by what a hostile file contains. */
static char *
excerpt (const char *start,
         gsize       length)
{
  GString *out = g_string_sized_new (MIN (length, EXCERPT_MAX * 4) + 4);
  const char *end = start + length;
  const char *p;
  guint count = 0;

  for (p = start; p < end; p = g_utf8_next_char (p), count++)
    {
      gunichar c;

      if (count == EXCERPT_MAX)
        {
          g_string_append (out, "…");
          break;
        }

      c = g_utf8_get_char (p);
      if (g_unichar_iscntrl (c))
        g_string_append_unichar (out, 0xfffd);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

/* The bytes a person would see as one mistyped number or word, so that the
 * message can quote "0x1F" or "NaN" whole rather than only its first byte. */
static gsize
token_length (const char *start,
              const char *end)
{
  const char *p = start;

  while (p < end && (g_ascii_isalnum (*p) || *p == '.' || *p == '+' || *p == '-' || *p == '_'))
    p++;

  return p - start;
}

/* GHashTable's g_str_hash() is public and easy to collide, which would let a
 * file of a few hundred kilobytes make the duplicate check quadratic. Keying
 * the hash with a random seed per process takes that control away. */
static guint64
name_hash_seed (void)
{
  static gsize seed = 0;

  if (g_once_init_enter (&seed))
    {
      guint64 value = ((guint64) g_random_int () << 32) | g_random_int ();

      /* Odd, hence never 0 (which g_once_init_leave() refuses). */
      g_once_init_leave (&seed, (gsize) (value | 1));
    }

  return seed;
}

static guint
name_hash (gconstpointer key)
{
  guint64 seed = name_hash_seed ();
  guint64 h = seed;
  const guchar *p;

  for (p = key; *p != '\0'; p++)
    {
      h = (h ^ *p) * (seed | 1);
      h ^= h >> 29;
    }

  h ^= h >> 32;
  return (guint) h;
}

static gboolean
check_encoding (const char  *data,
                gsize        length,
                GError     **error)
{
  const char *end = data + length;
  const char *invalid;
  Position position;

  /* RFC 8259 section 8.1: implementations MUST NOT add a byte order mark.
   * It is also invisible in most editors, so say what it is. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_ENCODING,
                   _("Line %u, column %u: the file starts with an invisible byte order mark (BOM), "
                     "which is not allowed; save it as UTF-8 without a BOM"),
                   1u, 1u);
      return FALSE;
    }

  /* This also rejects overlong forms, encoded surrogates and anything past
   * U+10FFFF, and stops at the first NUL byte. */
  if (g_utf8_validate_len (data, length, &invalid))
    return TRUE;

  position = locate (data, end, invalid);
  if (*invalid == '\0')
    g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_ENCODING,
                 _("Line %u, column %u: the file contains a null byte, which is not allowed in text"),
                 position.line, position.column);
  else
    g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_ENCODING,
                 _("Line %u, column %u: the file is not valid UTF-8 text"),
                 position.line, position.column);
  return FALSE;
}

/* RFC 8259 white space only: no form feed, no vertical tab, no NBSP. */
static void
skip_space (Parser *self)
{
  while (self->p < self->end &&
         (*self->p == ' ' || *self->p == '\t' || *self->p == '\n' || *self->p == '\r'))
    self->p++;
}

static gboolean
read_hex4 (const char *p,
           const char *end,
           gunichar   *value)
{
  gunichar result = 0;
  int i;

  if (end - p < 4)
    return FALSE;

  for (i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return FALSE;
      result = (result << 4) | (gunichar) digit;
    }

  *value = result;
  return TRUE;
}

/* @escape points at the backslash of a \u escape. On success, *@value is the
 * character and *@next the byte after the escape (or after the pair). */
static gboolean
scan_unicode_escape (Parser      *self,
                     const char  *escape,
                     gunichar    *value,
                     const char **next)
{
  const char *low_escape = escape + 6;
  gunichar high;
  gunichar low;
  Position position;

  if (!read_hex4 (escape + 2, self->end, &high))
    {
      position = parser_locate (self, escape);
      g_set_error (self->error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
                   /* Translators: \u is typed as is; do not translate it */
                   _("Line %u, column %u: \\u must be followed by four hexadecimal digits"),
                   position.line, position.column);
      return FALSE;
    }

  /* json-glib would pass the NUL on and cut the text short. */
  if (high == 0)
    {
      position = parser_locate (self, escape);
      g_set_error (self->error, OFFLOAD_ERROR, OFFLOAD_ERROR_ENCODING,
                   /* Translators: \u0000 is typed as is; do not translate it */
                   _("Line %u, column %u: the text contains a null character (\\u0000), which is not allowed"),
                   position.line, position.column);
      return FALSE;
    }

  if (high < 0xd800 || high > 0xdfff)
    {
      *value = high;
      *next = escape + 6;
      return TRUE;
    }

  /* UTF-16 surrogates only make a character in a high-low pair; json-glib
   * would turn a lone one into invalid UTF-8. */
  if (high <= 0xdbff &&
      self->end - low_escape >= 2 && low_escape[0] == '\\' && low_escape[1] == 'u')
    {
      if (!read_hex4 (low_escape + 2, self->end, &low))
        {
          position = parser_locate (self, low_escape);
          g_set_error (self->error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
                       _("Line %u, column %u: \\u must be followed by four hexadecimal digits"),
                       position.line, position.column);
          return FALSE;
        }

      if (low >= 0xdc00 && low <= 0xdfff)
        {
          *value = 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
          *next = low_escape + 6;
          return TRUE;
        }
    }

  position = parser_locate (self, escape);
  g_set_error (self->error, OFFLOAD_ERROR, OFFLOAD_ERROR_ENCODING,
               /* Translators: %04X is a hexadecimal number such as D800; \u is typed as is */
               _("Line %u, column %u: the escape \\u%04X is half of a character whose other half is missing"),
               position.line, position.column, (guint) high);
  return FALSE;
}

/* self->p points at the opening quote. When @name is not NULL, the decoded
 * text is appended to it, for the duplicate check. */
static gboolean
scan_string (Parser  *self,
             GString *name)
{
  const char *open = self->p;
  const char *p = open + 1;
  const char *run = p;  /* the start of bytes copied as they are */
  Position position;

  while (p < self->end)
    {
      guchar c = (guchar) *p;
      gunichar decoded;

      if (c == '"')
        {
          if (name != NULL)
            g_string_append_len (name, run, p - run);
          self->p = p + 1;
          return TRUE;
        }

      if (c < 0x20)
        {
          position = parser_locate (self, p);
          g_set_error (self->error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
                       /* Translators: \n and \t are typed as is; do not translate them */
                       _("Line %u, column %u: text in quotes cannot contain a line break, a tab or "
                         "another control character; write them as \\n, \\t or \\u escapes"),
                       position.line, position.column);
          return FALSE;
        }

      if (c != '\\')
        {
          p++;
          continue;
        }

      if (name != NULL)
        g_string_append_len (name, run, p - run);

      if (p + 1 == self->end)
        break;

      switch (p[1])
        {
        case '"':  decoded = '"'; break;
        case '\\': decoded = '\\'; break;
        case '/':  decoded = '/'; break;
        case 'b':  decoded = '\b'; break;
        case 'f':  decoded = '\f'; break;
        case 'n':  decoded = '\n'; break;
        case 'r':  decoded = '\r'; break;
        case 't':  decoded = '\t'; break;
        case 'u':  decoded = 0; break;
        default:
          position = parser_locate (self, p);
          g_set_error (self->error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
                       /* Translators: the characters after "by" are typed as is */
                       _("Line %u, column %u: in text, a backslash must be followed by "
                         "one of \" \\ / b f n r t u"),
                       position.line, position.column);
          return FALSE;
        }

      if (p[1] == 'u')
        {
          if (!scan_unicode_escape (self, p, &decoded, &p))
            return FALSE;
        }
      else
        {
          p += 2;
        }

      if (name != NULL)
        g_string_append_unichar (name, decoded);
      run = p;
    }

  /* Point at the start: the end of the file says nothing useful. */
  position = parser_locate (self, open);
  g_set_error (self->error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
               _("Line %u, column %u: this text has no closing double quote"),
               position.line, position.column);
  return FALSE;
}

static gboolean
number_syntax_error (Parser     *self,
                     const char *start)
{
  g_autofree char *text = excerpt (start, token_length (start, self->end));
  Position position = parser_locate (self, start);

  g_set_error (self->error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
               /* Translators: %s is what the file has instead, such as 0x1F or 01 */
               _("Line %u, column %u: “%s” is not a valid number"),
               position.line, position.column, text);
  return FALSE;
}

static gboolean
digit_expected (Parser     *self,
                const char *at,
                char        after)
{
  Position position = parser_locate (self, at);

  if (after == '-')
    g_set_error (self->error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
                 _("Line %u, column %u: a digit was expected after the minus sign"),
                 position.line, position.column);
  else if (after == '.')
    g_set_error (self->error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
                 _("Line %u, column %u: a digit was expected after the decimal point"),
                 position.line, position.column);
  else
    g_set_error (self->error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
                 _("Line %u, column %u: a digit was expected in the exponent of the number"),
                 position.line, position.column);
  return FALSE;
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? and nothing glued to it. */
static gboolean
scan_number (Parser *self)
{
  const char *start = self->p;
  const char *end = self->end;
  const char *p = start;
  const char *digits;
  gsize n_digits;
  gboolean integer = TRUE;
  Position position;

  if (*p == '-')
    {
      p++;
      if (p == end || !g_ascii_isdigit (*p))
        return digit_expected (self, p, '-');
    }

  digits = p;
  if (*p == '0')
    p++;
  else
    while (p < end && g_ascii_isdigit (*p))
      p++;
  n_digits = p - digits;

  if (p < end && *p == '.')
    {
      integer = FALSE;
      p++;
      if (p == end || !g_ascii_isdigit (*p))
        return digit_expected (self, p, '.');
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }

  if (p < end && (*p == 'e' || *p == 'E'))
    {
      integer = FALSE;
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (p == end || !g_ascii_isdigit (*p))
        return digit_expected (self, p, 'e');
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }

  /* "01", "0x1F", "1.2.3": quote the whole thing rather than complain
   * about what follows a valid prefix. */
  if (p < end && token_length (p, end) > 0)
    return number_syntax_error (self, start);

  self->p = p;

  if (integer)
    {
      /* No leading zeros past this point, so more digits is larger, and
       * equally many compare as text; no arithmetic to overflow. */
      if (n_digits < MAX_EXACT_INTEGER_LEN ||
          (n_digits == MAX_EXACT_INTEGER_LEN &&
           memcmp (digits, MAX_EXACT_INTEGER, MAX_EXACT_INTEGER_LEN) <= 0))
        return TRUE;

      {
        g_autofree char *text = excerpt (start, p - start);

        position = parser_locate (self, start);
        g_set_error (self->error, OFFLOAD_ERROR, OFFLOAD_ERROR_NUMBER,
                     /* Translators: %s is a whole number from the file */
                     _("Line %u, column %u: the whole number %s is too large to be stored exactly"),
                     position.line, position.column, text);
        return FALSE;
      }
    }

  /* data is not NUL-terminated, so convert a copy. Underflow to 0 is fine. */
  g_string_truncate (self->scratch, 0);
  g_string_append_len (self->scratch, start, p - start);
  if (!isinf (g_ascii_strtod (self->scratch->str, NULL)))
    return TRUE;

  {
    g_autofree char *text = excerpt (start, p - start);

    position = parser_locate (self, start);
    g_set_error (self->error, OFFLOAD_ERROR, OFFLOAD_ERROR_NUMBER,
                 /* Translators: %s is a number from the file */
                 _("Line %u, column %u: the number %s is too large"),
                 position.line, position.column, text);
    return FALSE;
  }
}

/* true, false and null, exactly; any other bare word is refused whole. */
static gboolean
scan_word (Parser *self)
{
  static const char * const literals[] = { "true", "false", "null" };
  gsize length = token_length (self->p, self->end);
  g_autofree char *text = NULL;
  Position position;
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      if (length == strlen (literals[i]) && memcmp (self->p, literals[i], length) == 0)
        {
          self->p += length;
          return TRUE;
        }
    }

  text = excerpt (self->p, length);
  position = parser_locate (self, self->p);
  g_set_error (self->error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
               /* Translators: %s is a word from the file, such as NaN; keep true, false and null */
               _("Line %u, column %u: “%s” is not a valid value; only true, false and null "
                 "may be written without double quotes"),
               position.line, position.column, text);
  return FALSE;
}

static gboolean
open_container (Parser   *self,
                gboolean  is_object)
{
  Frame frame = { NULL };

  if (self->stack->len >= self->max_depth)
    {
      Position position = parser_locate (self, self->p);

      g_set_error (self->error, OFFLOAD_ERROR, OFFLOAD_ERROR_TOO_DEEP,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Line %u, column %u: the data is nested too deeply "
                                "(at most %u level of brackets is allowed)",
                                "Line %u, column %u: the data is nested too deeply "
                                "(at most %u levels of brackets are allowed)",
                                self->max_depth),
                   position.line, position.column, self->max_depth);
      return FALSE;
    }

  if (is_object)
    frame.names = g_hash_table_new_full (name_hash, g_str_equal, g_free, NULL);
  g_array_append_val (self->stack, frame);
  self->p++;
  return TRUE;
}

static Frame *
top_frame (Parser *self)
{
  if (self->stack->len == 0)
    return NULL;
  return &g_array_index (self->stack, Frame, self->stack->len - 1);
}

/* self->p points at the opening quote of a member name. */
static gboolean
scan_name (Parser *self)
{
  const char *start = self->p;
  Frame *frame = top_frame (self);
  g_autofree char *text = NULL;
  Position position;

  g_string_truncate (self->scratch, 0);
  if (!scan_string (self, self->scratch))
    return FALSE;

  /* Decoded names, so "a" and "\u0061" clash: json-glib would keep only
   * the last, and what the user sees would depend on member order. */
  if (!g_hash_table_contains (frame->names, self->scratch->str))
    {
      g_hash_table_add (frame->names, g_strndup (self->scratch->str, self->scratch->len));
      return TRUE;
    }

  text = excerpt (self->scratch->str, self->scratch->len);
  position = parser_locate (self, start);
  g_set_error (self->error, OFFLOAD_ERROR, OFFLOAD_ERROR_DUPLICATE_KEY,
               /* Translators: %s is a name from the file */
               _("Line %u, column %u: the name “%s” appears twice in the same object"),
               position.line, position.column, text);
  return FALSE;
}

/* The byte at self->p does not fit @state: say what was wanted, or name
 * the usual mistake when it is recognisable. */
static gboolean
unexpected (Parser *self,
            State   state)
{
  guchar c = (guchar) *self->p;
  Frame *frame = top_frame (self);
  gboolean in_object = frame != NULL && frame->names != NULL;
  gboolean wants_text = state != EXPECT_COLON && state != EXPECT_COMMA_OR_CLOSE && state != EXPECT_END;
  /* With an array open, only a comma leads to EXPECT_VALUE. */
  gboolean trailing_comma = (state == EXPECT_VALUE && c == ']' && frame != NULL && !in_object) ||
                            (state == EXPECT_NAME && c == '}');
  /* A trailing comma is what to delete, so point at it rather than past it. */
  Position at = parser_locate (self, trailing_comma ? self->comma : self->p);
  GError **error = self->error;

  if (c == '/')
    g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
                 _("Line %u, column %u: comments are not allowed"),
                 at.line, at.column);
  else if (c == '\'' && wants_text)
    g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
                 _("Line %u, column %u: text must be in double quotes, not single quotes"),
                 at.line, at.column);
  else if (trailing_comma && c == ']')
    g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
                 _("Line %u, column %u: there is an extra comma before the closing bracket"),
                 at.line, at.column);
  else if (trailing_comma)
    g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
                 _("Line %u, column %u: there is an extra comma before the closing brace"),
                 at.line, at.column);
  else if (state == EXPECT_VALUE && c == '+')
    g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
                 _("Line %u, column %u: a number cannot start with a plus sign"),
                 at.line, at.column);
  else if (state == EXPECT_VALUE)
    g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
                 _("Line %u, column %u: a value was expected"),
                 at.line, at.column);
  else if (state == EXPECT_VALUE_OR_CLOSE)
    g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
                 _("Line %u, column %u: a value or a closing bracket was expected"),
                 at.line, at.column);
  else if (state == EXPECT_NAME)
    g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
                 _("Line %u, column %u: a name in double quotes was expected"),
                 at.line, at.column);
  else if (state == EXPECT_NAME_OR_CLOSE)
    g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
                 _("Line %u, column %u: a name in double quotes or a closing brace was expected"),
                 at.line, at.column);
  else if (state == EXPECT_COLON)
    g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
                 _("Line %u, column %u: a colon was expected after the name"),
                 at.line, at.column);
  else if (state == EXPECT_COMMA_OR_CLOSE && in_object)
    g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
                 _("Line %u, column %u: a comma or a closing brace was expected"),
                 at.line, at.column);
  else if (state == EXPECT_COMMA_OR_CLOSE)
    g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
                 _("Line %u, column %u: a comma or a closing bracket was expected"),
                 at.line, at.column);
  else
    g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
                 _("Line %u, column %u: there is more data after the end of the document"),
                 at.line, at.column);

  return FALSE;
}

static State
after_value (Parser *self)
{
  return self->stack->len == 0 ? EXPECT_END : EXPECT_COMMA_OR_CLOSE;
}

static gboolean
scan_scalar (Parser *self,
             State   state)
{
  char c = *self->p;

  if (c == '"')
    return scan_string (self, NULL);
  if (c == '-' || g_ascii_isdigit (c))
    return scan_number (self);
  if (c == '.')
    return number_syntax_error (self, self->p);
  if (g_ascii_isalpha (c))
    return scan_word (self);
  return unexpected (self, state);
}

gboolean
offload_json_check (const char  *data,
                    gsize        length,
                    guint        max_depth,
                    GError     **error)
{
  g_autoptr(GArray) stack = NULL;
  g_autoptr(GString) scratch = NULL;
  State state = EXPECT_VALUE;
  Parser self;
  Position position;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Before any pointer arithmetic: data may be NULL here. */
  if (length == 0)
    {
      g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_EMPTY,
                   _("Line %u, column %u: the file is empty"), 1u, 1u);
      return FALSE;
    }

  if (!check_encoding (data, length, error))
    return FALSE;

  stack = g_array_sized_new (FALSE, FALSE, sizeof (Frame), MIN (max_depth, 64));
  g_array_set_clear_func (stack, frame_clear);
  scratch = g_string_new (NULL);

  self.data = data;
  self.end = data + length;
  self.p = data;
  self.comma = NULL;
  self.max_depth = max_depth;
  self.stack = stack;
  self.scratch = scratch;
  self.error = error;

  skip_space (&self);
  if (self.p == self.end)
    {
      position = parser_locate (&self, self.end);
      g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_EMPTY,
                   _("Line %u, column %u: the file contains only blank space"),
                   position.line, position.column);
      return FALSE;
    }

  for (;;)
    {
      Frame *frame;
      char c;

      skip_space (&self);
      if (self.p == self.end)
        break;

      c = *self.p;
      switch (state)
        {
        case EXPECT_VALUE_OR_CLOSE:
          if (c == ']')
            {
              g_array_remove_index (stack, stack->len - 1);
              self.p++;
              state = after_value (&self);
              break;
            }
          G_GNUC_FALLTHROUGH;

        case EXPECT_VALUE:
          if (c == '[' || c == '{')
            {
              if (!open_container (&self, c == '{'))
                return FALSE;
              state = c == '{' ? EXPECT_NAME_OR_CLOSE : EXPECT_VALUE_OR_CLOSE;
            }
          else
            {
              if (!scan_scalar (&self, state))
                return FALSE;
              state = after_value (&self);
            }
          break;

        case EXPECT_NAME_OR_CLOSE:
          if (c == '}')
            {
              g_array_remove_index (stack, stack->len - 1);
              self.p++;
              state = after_value (&self);
              break;
            }
          G_GNUC_FALLTHROUGH;

        case EXPECT_NAME:
          if (c != '"')
            return unexpected (&self, state);
          if (!scan_name (&self))
            return FALSE;
          state = EXPECT_COLON;
          break;

        case EXPECT_COLON:
          if (c != ':')
            return unexpected (&self, state);
          self.p++;
          state = EXPECT_VALUE;
          break;

        case EXPECT_COMMA_OR_CLOSE:
          frame = top_frame (&self);
          if (c == ',')
            {
              self.comma = self.p++;
              state = frame->names != NULL ? EXPECT_NAME : EXPECT_VALUE;
            }
          else if (c == (frame->names != NULL ? '}' : ']'))
            {
              g_array_remove_index (stack, stack->len - 1);
              self.p++;
              state = after_value (&self);
            }
          else
            {
              return unexpected (&self, state);
            }
          break;

        case EXPECT_END:
        default:
          return unexpected (&self, state);
        }
    }

  if (state == EXPECT_END)
    return TRUE;

  position = parser_locate (&self, self.end);
  g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
               _("Line %u, column %u: the file ends before the document is complete"),
               position.line, position.column);
  return FALSE;
}
