/* offload-delegation-brief.h: what to hand over first, and what it frees
 *
 * A GListModel of OffloadBriefItem: the tasks the checked warning signs
 * call for, in hand-over order (offload_assessment_get_delegate_first():
 * low risk first, then the larger share of the lost hours, then the weight
 * of the signs), each with the hours a month it would free — its catalog
 * share of the assessment's hours lost per month. Together they never add
 * up to more than those hours.
 *
 * Once the owner gives the hours of their tasks (OffloadOwnerTask), the
 * brief lists the tasks they hand over instead, with their own hours a
 * month, in the same order rule (the larger hours in place of the share);
 * such an item's reasons may be empty. Either way, the tasks the owner
 * keeps or automates are listed apart: offload_delegation_brief_get_kept()
 * and _get_automated(), whose items carry position 0.
 *
 * The brief follows its assessment live: when the checked signs or the
 * hours change, the items whose figures moved are replaced and
 * GListModel::items-changed is emitted for them (nothing when nothing
 * moved); "n-items", "total-hours", "continuity-risk" and
 * "continuity-text" are notified on real change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "offload-assessment.h"
#include "offload-brief-item.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_DELEGATION_BRIEF (offload_delegation_brief_get_type ())

G_DECLARE_FINAL_TYPE (OffloadDelegationBrief, offload_delegation_brief, OFFLOAD, DELEGATION_BRIEF, GObject)

OffloadDelegationBrief *offload_delegation_brief_new                 (OffloadAssessment      *assessment);
OffloadAssessment      *offload_delegation_brief_get_assessment      (OffloadDelegationBrief *self);

/* The hours of all the items together, per month. */
double                  offload_delegation_brief_get_total_hours     (OffloadDelegationBrief *self);

/* TRUE while the sign OFFLOAD_SIGN_KEY_PERSON is checked: the admin stops
 * when one person is away. The text says so, translated; NULL otherwise. */
gboolean                offload_delegation_brief_get_continuity_risk (OffloadDelegationBrief *self);
const char             *offload_delegation_brief_get_continuity_text (OffloadDelegationBrief *self);

/* OffloadBriefItem lists, their hours a month: kept in-house, and what a
 * tool could save (not in the provider comparison). */
GListModel             *offload_delegation_brief_get_kept            (OffloadDelegationBrief *self);
GListModel             *offload_delegation_brief_get_automated       (OffloadDelegationBrief *self);

G_END_DECLS
