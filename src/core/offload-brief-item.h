/* offload-brief-item.h: one task of a delegation brief — what it is, how
 * many hours a month handing it over would free, its place in the
 * hand-over order, and the checked signs that call for it
 *
 * OffloadDelegationBrief replaces an item (with GListModel::items-changed)
 * when its task, place or reasons change, and updates its hours in place
 * (notify::hours) when only the hours lost move.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "offload-task.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_BRIEF_ITEM (offload_brief_item_get_type ())

G_DECLARE_FINAL_TYPE (OffloadBriefItem, offload_brief_item, OFFLOAD, BRIEF_ITEM, GObject)

/* @position counts from 1 (0: kept or automated, outside the order);
 * @reasons are sign ids (copied). */
OffloadBriefItem   *offload_brief_item_new           (OffloadTask        *task,
                                                      guint               position,
                                                      double              hours,
                                                      const char * const *reasons);

/* The catalog's task: its id, translated title, risk and share. */
OffloadTask        *offload_brief_item_get_task      (OffloadBriefItem   *self);
const char         *offload_brief_item_get_id        (OffloadBriefItem   *self);
const char         *offload_brief_item_get_title     (OffloadBriefItem   *self);
OffloadTaskRisk     offload_brief_item_get_risk      (OffloadBriefItem   *self);
/* Hours a month handing the task over would free: its share of the hours
 * lost per month. */
double              offload_brief_item_get_hours     (OffloadBriefItem   *self);
/* For the brief that owns the item. */
void                offload_brief_item_set_hours     (OffloadBriefItem   *self,
                                                      double              hours);
/* 1 for the task to hand over first; 0 for a task kept or automated. */
guint               offload_brief_item_get_position  (OffloadBriefItem   *self);
/* Why: the checked signs that call for the task, heaviest first. Never empty. */
const char * const *offload_brief_item_get_reasons   (OffloadBriefItem   *self);

G_END_DECLS
