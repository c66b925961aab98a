/* offload-history.h: the steps an owner can undo and redo in an assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "offload-assessment.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_HISTORY (offload_history_get_type ())

G_DECLARE_FINAL_TYPE (OffloadHistory, offload_history, OFFLOAD, HISTORY, GObject)

/* Watches @assessment from now on: every tick and untick of a sign and every
 * change of the owner's figures (hours, days, weeks, hourly value,
 * interruptions, working day) becomes a step; the changes of one figure that
 * follow each other within a second (a slider dragged) are one step. */
OffloadHistory *offload_history_new                 (OffloadAssessment *assessment);

gboolean        offload_history_get_can_undo        (OffloadHistory    *self);
gboolean        offload_history_get_can_redo        (OffloadHistory    *self);
/* Undoes the last step, or redoes the last one undone; FALSE when there is none. */
gboolean        offload_history_undo                (OffloadHistory    *self);
gboolean        offload_history_redo                (OffloadHistory    *self);

/* Removes @scenario from the assessment as one step, which undo puts back
 * where it was (active again if it was). FALSE, and no step, when the
 * assessment refuses (its last scenario). */
gboolean        offload_history_remove_scenario     (OffloadHistory    *self,
                                                     OffloadScenario   *scenario);

G_END_DECLS
