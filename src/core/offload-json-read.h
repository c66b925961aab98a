/* offload-json-read.h: typed, checked access to a parsed JSON tree
 *
 * json-glib's getters emit criticals (fatal in tests) on a missing or
 * wrong-typed member, so the catalog and document loaders read through these,
 * which check the node first and report an %OFFLOAD_ERROR naming the member
 * by its path ("inputs.hours_per_day").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* "parent.member", or "member" when @parent is NULL or empty, to name a
 * member in a message: @member is cut to 32 characters and its control
 * characters are replaced by U+FFFD. */
char     *offload_json_path          (const char  *parent,
                                      const char  *member);

/* Fails with OFFLOAD_ERROR_UNKNOWN_MEMBER on a member not in @allowed. */
gboolean  offload_json_only_members  (JsonObject  *object,
                                      const char  *path,
                                      const char * const *allowed,
                                      GError     **error);

/* Each reader: a missing member is an OFFLOAD_ERROR_MISSING when @required,
 * otherwise leaves *out as it was and returns TRUE; a member of another type
 * is an OFFLOAD_ERROR_TYPE. */
gboolean  offload_json_read_object   (JsonObject  *object,
                                      const char  *path,
                                      const char  *member,
                                      gboolean     required,
                                      JsonObject **out,
                                      GError     **error);
gboolean  offload_json_read_array    (JsonObject  *object,
                                      const char  *path,
                                      const char  *member,
                                      gboolean     required,
                                      JsonArray  **out,
                                      GError     **error);
gboolean  offload_json_read_string   (JsonObject  *object,
                                      const char  *path,
                                      const char  *member,
                                      gboolean     required,
                                      const char **out,
                                      GError     **error);
gboolean  offload_json_read_number   (JsonObject  *object,
                                      const char  *path,
                                      const char  *member,
                                      gboolean     required,
                                      double      *out,
                                      GError     **error);
gboolean  offload_json_read_boolean  (JsonObject  *object,
                                      const char  *path,
                                      const char  *member,
                                      gboolean     required,
                                      gboolean    *out,
                                      GError     **error);
/* An array of strings; *out is a new GStrv. */
gboolean  offload_json_read_strv     (JsonObject  *object,
                                      const char  *path,
                                      const char  *member,
                                      gboolean     required,
                                      GStrv       *out,
                                      GError     **error);

/* A number node's value (int or double), or FALSE when @node is no number. */
gboolean  offload_json_node_number   (JsonNode    *node,
                                      double      *out);

G_END_DECLS
