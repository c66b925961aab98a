/* offload-decision.h: the one answer — need, payoff and preconditions
 * combined into a verdict, with its headline, its reasons in the owner's
 * own numbers, and the warnings about figures that cannot be right
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "offload-band.h"
#include "offload-comparison.h"

G_BEGIN_DECLS

/* Figures that are impossible or suspicious, in the order they are listed. */
typedef enum
{
  OFFLOAD_WARNING_ADMIN_OVER_WORKING_DAY,  /* more admin a day than the working day */
  OFFLOAD_WARNING_FOCUS_CAPPED,            /* admin + focus lost past the working day */
  OFFLOAD_WARNING_WORKING_DAY_TOO_LONG,    /* less than 11 hours of rest left */
  OFFLOAD_WARNING_NO_HOURS_LOST,
  OFFLOAD_WARNING_HOURLY_VALUE_ZERO,
  OFFLOAD_WARNING_NOTHING_HANDED_OVER,
  OFFLOAD_WARNING_NOTHING_REINVESTED,
  OFFLOAD_WARNING_HIRE_OVER_FULL_TIME,
  OFFLOAD_N_WARNINGS
} OffloadWarning;

/* "admin-over-working-day", "focus-capped"…: the ids of the file and the
 * command line. */
const char *offload_warning_to_id    (OffloadWarning warning);
/* The id of the input the warning is about ("hours_per_day",
 * "delegated_share"…), so that a view shows it beside that figure. */
const char *offload_warning_get_input (OffloadWarning warning);

#define OFFLOAD_TYPE_DECISION (offload_decision_get_type ())

/* Owned by an OffloadAssessment (offload_assessment_get_decision()) and
 * recomputed with it. Every figure is a read-only property notified on real
 * change; "headline" is notified whenever a figure it quotes moves, and
 * "changed" is emitted once after each recompute that moved anything. */
G_DECLARE_FINAL_TYPE (OffloadDecision, offload_decision, OFFLOAD, DECISION, GObject)

/* The verdict's band; its strength orders the verdicts (not-yet < costs-more
 * < consider < ready < urgent; prepare-first apart). */
OffloadBand   *offload_decision_get_band            (OffloadDecision *self);
const char    *offload_decision_get_verdict         (OffloadDecision *self);
/* 0–100: the signs half and the time half (see the catalog's policy). */
int            offload_decision_get_need            (OffloadDecision *self);
/* The comparison's cheapest option nets more than 0 a month. */
gboolean       offload_decision_get_delegation_pays (OffloadDecision *self);
OffloadOption  offload_decision_get_best_option     (OffloadDecision *self);
/* The best option's net gain: 0 when doing it yourself is best. */
double         offload_decision_get_net_gain_month  (OffloadDecision *self);
double         offload_decision_get_net_gain_year   (OffloadDecision *self);
/* Of freelance and hire, the one that leaves more (or loses less), and its
 * net gain a month: what "costs more" is measured by. */
OffloadOption  offload_decision_get_outside_option  (OffloadDecision *self);
double         offload_decision_get_outside_net_month (OffloadDecision *self);

/* The warnings that apply, in enum order. */
guint          offload_decision_get_n_warnings      (OffloadDecision *self);
OffloadWarning offload_decision_get_warning         (OffloadDecision *self,
                                                     guint            position);
gboolean       offload_decision_has_warning         (OffloadDecision *self,
                                                     OffloadWarning   warning);
/* Translated, in the owner's numbers. */
char          *offload_decision_dup_warning_message (OffloadDecision *self,
                                                     OffloadWarning   warning);

/* One translated sentence that says what to do and why in money: the same
 * first line in the window, the report, the CSV and the command line. */
char          *offload_decision_dup_headline        (OffloadDecision *self);
/* The reasons behind the verdict, each a translated sentence with the
 * owner's figures: time lost, signs, money, what would make it pay, what to
 * fix first. */
GStrv          offload_decision_dup_why             (OffloadDecision *self);
/* From the value of the time lost to the net gain, as one line:
 * value lost → hours handed over → hours reinvested → value recovered −
 * provider's cost = net gain. */
char          *offload_decision_dup_chain           (OffloadDecision *self);

G_END_DECLS
