/* offload-owner-task.h: one task as the owner describes it — the hours it
 * takes a week, whether it is handed over, kept or automated, and the
 * hand-over sheet a provider works from
 *
 * The assessment holds one per catalog task (in catalog order) and one per
 * task the owner names. Every property is notified on real change, and
 * "changed" is emitted once after each change the file records.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "offload-task.h"

G_BEGIN_DECLS

typedef enum
{
  OFFLOAD_TASK_HANDLING_DELEGATE,
  OFFLOAD_TASK_HANDLING_KEEP,
  OFFLOAD_TASK_HANDLING_AUTOMATE,
} OffloadTaskHandling;

#define OFFLOAD_TYPE_TASK_HANDLING (offload_task_handling_get_type ())
GType        offload_task_handling_get_type  (void);
/* "delegate", "keep", "automate": the ids of the file. */
const char  *offload_task_handling_to_id     (OffloadTaskHandling  handling);
gboolean     offload_task_handling_from_id   (const char          *id,
                                              OffloadTaskHandling *handling);
/* Why a task stays in-house (the second article's three reasons, and
 * "other"); NONE: not said. */
typedef enum
{
  OFFLOAD_KEEP_REASON_NONE,
  OFFLOAD_KEEP_REASON_STRATEGIC,
  OFFLOAD_KEEP_REASON_LEGAL,
  OFFLOAD_KEEP_REASON_CULTURAL,
  OFFLOAD_KEEP_REASON_OTHER,
} OffloadKeepReason;

#define OFFLOAD_TYPE_KEEP_REASON (offload_keep_reason_get_type ())
GType        offload_keep_reason_get_type    (void);
/* "strategic", "legal", "cultural", "other"; NULL for NONE. */
const char  *offload_keep_reason_to_id       (OffloadKeepReason    reason);
/* FALSE for any other text (and for NULL). */
gboolean     offload_keep_reason_from_id     (const char          *id,
                                              OffloadKeepReason   *reason);
/* Translated, to go inside a sentence: "strategic"… ; NULL for NONE. */
const char  *offload_keep_reason_get_title   (OffloadKeepReason    reason);

/* A week holds no more hours than this. */
#define OFFLOAD_OWNER_TASK_MAX_HOURS_PER_WEEK 168.0
/* An estimate from volume: items a month and minutes each, at most. */
#define OFFLOAD_OWNER_TASK_MAX_COUNT   100000.0
#define OFFLOAD_OWNER_TASK_MAX_MINUTES 1440.0
/* Names and sheet texts are this long at most (in characters). */
#define OFFLOAD_OWNER_TASK_MAX_NAME    100
#define OFFLOAD_OWNER_TASK_MAX_TEXT    4000

/* The hand-over sheet's fields, in the order the window and the pack show them. */
typedef enum
{
  OFFLOAD_SHEET_INVOLVES,
  OFFLOAD_SHEET_FREQUENCY,
  OFFLOAD_SHEET_APPROVER,
  OFFLOAD_SHEET_TOOLS,
  OFFLOAD_SHEET_STEPS,
  OFFLOAD_SHEET_NOTES,
  OFFLOAD_N_SHEET_FIELDS
} OffloadSheetField;

/* "involves", "frequency"…: the members of the file's "sheet". */
const char  *offload_sheet_field_to_id       (OffloadSheetField    field);
/* Translated headings: "What it involves", "How often"… */
const char  *offload_sheet_field_get_title   (OffloadSheetField    field);

#define OFFLOAD_TYPE_OWNER_TASK (offload_owner_task_get_type ())

G_DECLARE_FINAL_TYPE (OffloadOwnerTask, offload_owner_task, OFFLOAD, OWNER_TASK, GObject)

/* A task of the catalog. */
OffloadOwnerTask    *offload_owner_task_new          (OffloadTask         *task);
/* A task the owner names: @id must not be a catalog task's. */
OffloadOwnerTask    *offload_owner_task_new_custom   (const char          *id,
                                                      const char          *name);

/* The catalog's task, or one made for the owner's own (medium risk, no share). */
OffloadTask         *offload_owner_task_get_task     (OffloadOwnerTask    *self);
const char          *offload_owner_task_get_id       (OffloadOwnerTask    *self);
/* The catalog's translated title, or the owner's name. */
const char          *offload_owner_task_get_title    (OffloadOwnerTask    *self);
gboolean             offload_owner_task_get_custom   (OffloadOwnerTask    *self);
/* Custom tasks only; a NULL, blank name is ignored, a long one cut. */
void                 offload_owner_task_set_name     (OffloadOwnerTask    *self,
                                                      const char          *name);

/* The hours a week: from the volume when one is given (count × minutes,
 * spread over the month's weeks), else what the owner typed. 0: not given. */
double               offload_owner_task_get_hours_per_week (OffloadOwnerTask *self);
/* What the owner typed, clamped to 0–168; NaN is ignored. */
void                 offload_owner_task_set_hours_per_week (OffloadOwnerTask *self,
                                                            double            hours);
/* The estimate from volume: items a month and minutes an item; either 0
 * means no estimate. Clamped; NaN ignored. */
double               offload_owner_task_get_volume_count   (OffloadOwnerTask *self);
void                 offload_owner_task_set_volume_count   (OffloadOwnerTask *self,
                                                            double            count);
double               offload_owner_task_get_volume_minutes (OffloadOwnerTask *self);
void                 offload_owner_task_set_volume_minutes (OffloadOwnerTask *self,
                                                            double            minutes);
gboolean             offload_owner_task_has_volume         (OffloadOwnerTask *self);
/* The assessment's weeks a month, which turn a monthly volume into hours a week. */
void                 offload_owner_task_set_weeks_per_month (OffloadOwnerTask *self,
                                                             double            weeks);

OffloadTaskHandling  offload_owner_task_get_handling (OffloadOwnerTask    *self);
void                 offload_owner_task_set_handling (OffloadOwnerTask    *self,
                                                      OffloadTaskHandling  handling);
/* Kept while the task is not kept, so that it comes back. */
OffloadKeepReason    offload_owner_task_get_reason   (OffloadOwnerTask    *self);
void                 offload_owner_task_set_reason   (OffloadOwnerTask    *self,
                                                      OffloadKeepReason    reason);

/* Never NULL ("" when empty). The setter cuts to OFFLOAD_OWNER_TASK_MAX_TEXT. */
const char          *offload_owner_task_get_sheet    (OffloadOwnerTask    *self,
                                                      OffloadSheetField    field);
void                 offload_owner_task_set_sheet    (OffloadOwnerTask    *self,
                                                      OffloadSheetField    field,
                                                      const char          *text);
gboolean             offload_owner_task_has_sheet    (OffloadOwnerTask    *self);

/* Nothing the owner said: no hours, no volume, handed over, no sheet, not custom. */
gboolean             offload_owner_task_is_default   (OffloadOwnerTask    *self);
/* Copies what the owner said (hours, volume, handling, reason, sheet, name)
 * from @other, notifying what moved: undo and loading. */
void                 offload_owner_task_assign       (OffloadOwnerTask    *self,
                                                      OffloadOwnerTask    *other);

G_END_DECLS
