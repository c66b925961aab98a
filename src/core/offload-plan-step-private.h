/* offload-plan-step-private.h: what only the assessment does to its steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "offload-plan-step.h"

G_BEGIN_DECLS

OffloadPlanStep *offload_plan_step_new              (OffloadStep     *step);
/* Takes @signs (the checked entries that make the step urgent, possibly
 * empty); notifies what really changed. */
void             offload_plan_step_set_urgent_signs (OffloadPlanStep *self,
                                                     GStrv            signs);

G_END_DECLS
