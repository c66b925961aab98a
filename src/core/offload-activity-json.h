/* offload-activity-json.h: the document's "activity" member
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "offload-activity.h"

G_BEGIN_DECLS

/* Reads @root's optional "activity" into @activity (left steady without
 * it). Fails, with @activity unchanged, on anything docs/format.md does not
 * allow: the error names the member. */
gboolean offload_activity_json_read   (JsonObject       *root,
                                       OffloadActivity  *activity,
                                       GError          **error);
/* Appends `,"activity": {…}` at @level, as the document writes it. */
void     offload_activity_json_append (OffloadActivity  *activity,
                                       GString          *out,
                                       guint             level);

G_END_DECLS
