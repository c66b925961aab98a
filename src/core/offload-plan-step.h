/* offload-plan-step.h: one step of an assessment's action plan — whether it
 * is done, and whether the answers make it urgent
 *
 * The assessment owns one per catalog step (offload_assessment_get_step());
 * OffloadActionPlan lists them, urgent ones first. Setting "done" is an edit
 * of the assessment: it emits OffloadAssessment::changed and is saved in the
 * document. "urgent", "why-urgent" and "urgent-signs" follow the answers and
 * are notified on real change only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "offload-step.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_PLAN_STEP (offload_plan_step_get_type ())

G_DECLARE_FINAL_TYPE (OffloadPlanStep, offload_plan_step, OFFLOAD, PLAN_STEP, GObject)

/* The catalog's entry: texts, the signs that can make it urgent, sources. */
OffloadStep        *offload_plan_step_get_step         (OffloadPlanStep *self);
const char         *offload_plan_step_get_id           (OffloadPlanStep *self);
const char         *offload_plan_step_get_title        (OffloadPlanStep *self);
const char         *offload_plan_step_get_detail       (OffloadPlanStep *self);

gboolean            offload_plan_step_get_done         (OffloadPlanStep *self);
void                offload_plan_step_set_done         (OffloadPlanStep *self,
                                                        gboolean         done);

/* TRUE when any of the step's catalog "urgent_when" entries is checked. */
gboolean            offload_plan_step_get_urgent       (OffloadPlanStep *self);
/* Why, translated; NULL when the step is not urgent. */
const char         *offload_plan_step_get_why_urgent   (OffloadPlanStep *self);
/* The checked entries that make it urgent, in the catalog's order of
 * "urgent_when"; empty (never NULL) when it is not urgent. */
const char * const *offload_plan_step_get_urgent_signs (OffloadPlanStep *self);

G_END_DECLS
