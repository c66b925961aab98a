/* offload-json-read.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <math.h>

#include "offload-error.h"
#include "offload-format.h"
#include "offload-json-read.h"

/* Longest member name quoted back in a message, in characters. */
#define NAME_MAX_CHARS 32

char *
offload_json_path (const char *parent,
                   const char *member)
{
  /* The name comes from the file (valid UTF-8 by then): shortened, and
   * with control characters replaced, so that the message stays one short
   * line that no terminal escape in a hostile file can garble. */
  g_autofree char *shown = offload_format_printable (member, NAME_MAX_CHARS);

  if (parent == NULL || parent[0] == '\0')
    return g_steal_pointer (&shown);
  return g_strconcat (parent, ".", shown, NULL);
}

gboolean
offload_json_only_members (JsonObject          *object,
                           const char          *path,
                           const char * const  *allowed,
                           GError             **error)
{
  JsonObjectIter iter;
  const char *name;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, NULL))
    {
      if (!g_strv_contains (allowed, name))
        {
          g_autofree char *full = offload_json_path (path, name);

          g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_UNKNOWN_MEMBER,
                       /* Translators: %s is a field of the file, like inputs.hours */
                       _("The field “%s” is not part of the format"), full);
          return FALSE;
        }
    }

  return TRUE;
}

/* The member's node, or NULL; sets @error only when it is required. */
static JsonNode *
get_member (JsonObject  *object,
            const char  *path,
            const char  *member,
            gboolean     required,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL && required)
    {
      g_autofree char *full = offload_json_path (path, member);

      g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_MISSING,
                   _("The field “%s” is missing"), full);
    }

  return node;
}

static gboolean
type_error (const char  *path,
            const char  *member,
            const char  *expected,
            GError     **error)
{
  g_autofree char *full = offload_json_path (path, member);

  g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_TYPE,
               /* Translators: the first %s is a field, the second what it must be, e.g. "a number" */
               _("The field “%s” must be %s"), full, expected);
  return FALSE;
}

gboolean
offload_json_read_object (JsonObject  *object,
                          const char  *path,
                          const char  *member,
                          gboolean     required,
                          JsonObject **out,
                          GError     **error)
{
  JsonNode *node = get_member (object, path, member, required, error);

  if (node == NULL)
    return !required;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return type_error (path, member, _("an object"), error);

  *out = json_node_get_object (node);
  return TRUE;
}

gboolean
offload_json_read_array (JsonObject  *object,
                         const char  *path,
                         const char  *member,
                         gboolean     required,
                         JsonArray  **out,
                         GError     **error)
{
  JsonNode *node = get_member (object, path, member, required, error);

  if (node == NULL)
    return !required;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return type_error (path, member, _("a list"), error);

  *out = json_node_get_array (node);
  return TRUE;
}

gboolean
offload_json_read_string (JsonObject  *object,
                          const char  *path,
                          const char  *member,
                          gboolean     required,
                          const char **out,
                          GError     **error)
{
  JsonNode *node = get_member (object, path, member, required, error);

  if (node == NULL)
    return !required;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return type_error (path, member, _("text"), error);

  *out = json_node_get_string (node);
  return TRUE;
}

gboolean
offload_json_node_number (JsonNode *node,
                          double   *out)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    *out = (double) json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE)
    *out = json_node_get_double (node);
  else
    return FALSE;

  /* The strict check already refused overflowing lexemes; this guards the
   * trees that did not come through it. */
  return isfinite (*out);
}

gboolean
offload_json_read_number (JsonObject  *object,
                          const char  *path,
                          const char  *member,
                          gboolean     required,
                          double      *out,
                          GError     **error)
{
  JsonNode *node = get_member (object, path, member, required, error);

  if (node == NULL)
    return !required;
  if (!offload_json_node_number (node, out))
    return type_error (path, member, _("a number"), error);

  return TRUE;
}

gboolean
offload_json_read_boolean (JsonObject  *object,
                           const char  *path,
                           const char  *member,
                           gboolean     required,
                           gboolean    *out,
                           GError     **error)
{
  JsonNode *node = get_member (object, path, member, required, error);

  if (node == NULL)
    return !required;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return type_error (path, member, _("true or false"), error);

  *out = json_node_get_boolean (node);
  return TRUE;
}

gboolean
offload_json_read_strv (JsonObject  *object,
                        const char  *path,
                        const char  *member,
                        gboolean     required,
                        GStrv       *out,
                        GError     **error)
{
  JsonArray *array = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  guint length;

  if (!offload_json_read_array (object, path, member, required, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  builder = g_strv_builder_new ();
  length = json_array_get_length (array);
  for (guint i = 0; i < length; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return type_error (path, member, _("a list of texts"), error);
      g_strv_builder_add (builder, json_node_get_string (node));
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}
