/* offload-action-plan.h: the steps of a hand-over, the urgent ones first
 *
 * A GListModel of the assessment's OffloadPlanStep objects (one per step of
 * the catalog): the steps the answers make urgent come first, the others
 * after them, each group in catalog order. Setting a step's "done" is an
 * edit of the assessment, saved in the document.
 *
 * The plan follows its assessment live: when the answers change which
 * steps are urgent, the stretch of the list that moved is reported with
 * GListModel::items-changed; "n-done" and "n-urgent" are notified on real
 * change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "offload-assessment.h"
#include "offload-plan-step.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_ACTION_PLAN (offload_action_plan_get_type ())

G_DECLARE_FINAL_TYPE (OffloadActionPlan, offload_action_plan, OFFLOAD, ACTION_PLAN, GObject)

OffloadActionPlan *offload_action_plan_new            (OffloadAssessment *assessment);
OffloadAssessment *offload_action_plan_get_assessment (OffloadActionPlan *self);
/* How many steps are done, and how many are urgent. */
guint              offload_action_plan_get_n_done     (OffloadActionPlan *self);
/* "2 of 5 done", in the owner's language: the one wording of the plan's progress. */
char              *offload_action_plan_dup_progress   (OffloadActionPlan *self);
guint              offload_action_plan_get_n_urgent   (OffloadActionPlan *self);

G_END_DECLS
