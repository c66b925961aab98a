/* offload-plan-panel.h: from verdict to action — the delegation brief and
 * the action plan of an assessment, live
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "offload-action-plan.h"
#include "offload-assessment.h"
#include "offload-delegation-brief.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_PLAN_PANEL (offload_plan_panel_get_type ())

G_DECLARE_FINAL_TYPE (OffloadPlanPanel, offload_plan_panel, OFFLOAD, PLAN_PANEL, GtkWidget)

OffloadAssessment      *offload_plan_panel_get_assessment (OffloadPlanPanel  *self);
void                    offload_plan_panel_set_assessment (OffloadPlanPanel  *self,
                                                           OffloadAssessment *assessment);
/* The models the lists show (for tests), or NULL without an assessment. */
OffloadDelegationBrief *offload_plan_panel_get_brief      (OffloadPlanPanel  *self);
OffloadActionPlan      *offload_plan_panel_get_plan       (OffloadPlanPanel  *self);

G_END_DECLS
