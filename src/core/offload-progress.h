/* offload-progress.h: what moved between an earlier assessment and this one
 *
 * Compares two assessments — say last month's file and the open one: the
 * change in hours lost per month, in monthly and yearly cost and in
 * readiness, the verdict before and after, the signs cleared (checked
 * before, not now) and the new ones (checked now, not before). Signs are
 * matched by id, so the two may come from different catalogs; both lists
 * hold counter-indications as well as warning signs.
 *
 * Costs in two different currencies are not subtracted: "same-currency" is
 * FALSE and both cost changes are NAN until the currencies agree again.
 *
 * Live: the comparison follows both assessments; every property is
 * notified on real change, and the sign lists emit items-changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "offload-assessment.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_PROGRESS (offload_progress_get_type ())

G_DECLARE_FINAL_TYPE (OffloadProgress, offload_progress, OFFLOAD, PROGRESS, GObject)

OffloadProgress   *offload_progress_new                     (OffloadAssessment *earlier,
                                                             OffloadAssessment *current);
OffloadAssessment *offload_progress_get_earlier             (OffloadProgress   *self);
OffloadAssessment *offload_progress_get_current             (OffloadProgress   *self);

/* Current minus earlier: negative when fewer hours are lost now. */
double             offload_progress_get_hours_change        (OffloadProgress   *self);
gboolean           offload_progress_get_same_currency       (OffloadProgress   *self);
/* Current minus earlier, in the shared currency; NAN when the currencies differ. */
double             offload_progress_get_monthly_cost_change (OffloadProgress   *self);
double             offload_progress_get_yearly_cost_change  (OffloadProgress   *self);
int                offload_progress_get_readiness_change    (OffloadProgress   *self);
/* Verdict band ids ("ready", "prepare-first"…). */
const char        *offload_progress_get_verdict_before      (OffloadProgress   *self);
const char        *offload_progress_get_verdict_after       (OffloadProgress   *self);

/* GListModels of OffloadSign: checked before and not now, in the earlier
 * catalog's order; checked now and not before, in the current one's. */
GListModel        *offload_progress_get_cleared_signs       (OffloadProgress   *self);
GListModel        *offload_progress_get_new_signs           (OffloadProgress   *self);

G_END_DECLS
