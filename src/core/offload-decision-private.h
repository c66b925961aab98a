/* offload-decision-private.h: what the assessment hands its decision
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "offload-decision.h"
#include "offload-year.h"

G_BEGIN_DECLS

/* The figures the decision combines, all per month unless said otherwise. */
typedef struct
{
  double                          hours_per_day;          /* admin */
  double                          working_hours_per_day;
  double                          interruptions_per_day;
  double                          hourly_value;
  double                          monthly_hours;          /* admin */
  double                          focus_hours;            /* counted: capped by the working day */
  double                          focus_hours_uncapped;
  double                          working_hours_month;
  double                          total_hours_month;      /* admin + focus counted */
  double                          months_per_year;
  guint                           checked_weight;         /* warning signs */
  guint                           total_weight;
  gboolean                        counters;               /* a counter-indication is checked */
  const OffloadComparisonResults *results;                /* the active scenario's */
  const OffloadYearResults       *year;                   /* its year; NULL: a steady one */
  gboolean                        steady;                 /* the activity is steady */
} OffloadDecisionInputs;

/* @assessment (an OffloadAssessment, not referenced: it owns the decision)
 * gives the catalog, the currency and the texts of the signs. */
OffloadDecision *offload_decision_new    (GObject                     *assessment);
/* Recomputes and notifies what moved; returns whether anything did. */
gboolean         offload_decision_update (OffloadDecision             *self,
                                          const OffloadDecisionInputs *inputs);

G_END_DECLS
