/* offload-assessment.h: the inputs and answers of one self-assessment, and
 * every figure derived from them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "offload-activity.h"
#include "offload-answer.h"
#include "offload-catalog.h"
#include "offload-decision.h"
#include "offload-owner-task.h"
#include "offload-plan-step.h"
#include "offload-scenario.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_ASSESSMENT (offload_assessment_get_type ())

G_DECLARE_FINAL_TYPE (OffloadAssessment, offload_assessment, OFFLOAD, ASSESSMENT, GObject)

/* Starts from the catalog's default inputs with nothing checked; a NULL
 * @catalog means offload_catalog_get_default(). */
OffloadAssessment  *offload_assessment_new                   (OffloadCatalog    *catalog);

OffloadCatalog     *offload_assessment_get_catalog           (OffloadAssessment *self);

/* Inputs. Setters clamp to the catalog's range (and round whole-number
 * inputs); a NaN leaves the input as it was. */
double              offload_assessment_get_hours_per_day     (OffloadAssessment *self);
void                offload_assessment_set_hours_per_day     (OffloadAssessment *self,
                                                              double             value);
double              offload_assessment_get_days_per_week     (OffloadAssessment *self);
void                offload_assessment_set_days_per_week     (OffloadAssessment *self,
                                                              double             value);
double              offload_assessment_get_weeks_per_month   (OffloadAssessment *self);
void                offload_assessment_set_weeks_per_month   (OffloadAssessment *self,
                                                              double             value);
double              offload_assessment_get_hourly_value      (OffloadAssessment *self);
void                offload_assessment_set_hourly_value      (OffloadAssessment *self,
                                                              double             value);
double              offload_assessment_get_interruptions_per_day (OffloadAssessment *self);
void                offload_assessment_set_interruptions_per_day (OffloadAssessment *self,
                                                              double             value);
/* The hours the owner works a day: admin and focus lost never count for more. */
double              offload_assessment_get_working_hours_per_day (OffloadAssessment *self);
void                offload_assessment_set_working_hours_per_day (OffloadAssessment *self,
                                                              double             value);
const char         *offload_assessment_get_currency          (OffloadAssessment *self);
/* @currency must be three upper-case letters (ISO 4217); anything else is ignored. */
void                offload_assessment_set_currency          (OffloadAssessment *self,
                                                              const char        *currency);
gboolean            offload_assessment_is_valid_currency     (const char        *currency);

/* Answers. Returns FALSE (and changes nothing) for an id the catalog lacks. */
gboolean            offload_assessment_set_checked           (OffloadAssessment *self,
                                                              const char        *id,
                                                              gboolean           checked);
gboolean            offload_assessment_get_checked           (OffloadAssessment *self,
                                                              const char        *id);
/* The answer for @id, borrowed, to bind a check button to; NULL for an
 * unknown id. Setting its "checked" property is the same as
 * offload_assessment_set_checked(). */
OffloadAnswer      *offload_assessment_get_answer            (OffloadAssessment *self,
                                                              const char        *id);
/* The checked ids, in catalog order. */
GStrv               offload_assessment_dup_checked_ids       (OffloadAssessment *self);

/* Derived figures, each a read-only property notified on real change only. */
double              offload_assessment_get_monthly_hours     (OffloadAssessment *self);
double              offload_assessment_get_monthly_cost      (OffloadAssessment *self);
double              offload_assessment_get_yearly_cost       (OffloadAssessment *self);
/* Focus lost after interruptions, as counted: never more than what the
 * working time leaves after the admin hours (the uncapped figure is what
 * the interruptions alone would cost). */
double              offload_assessment_get_focus_hours       (OffloadAssessment *self);
double              offload_assessment_get_focus_hours_uncapped (OffloadAssessment *self);
double              offload_assessment_get_focus_cost        (OffloadAssessment *self);
/* Working hours a month, and the time lost in all (admin + focus counted)
 * with its value a month and a year: what doing nothing costs. */
double              offload_assessment_get_working_hours_month (OffloadAssessment *self);
double              offload_assessment_get_total_hours       (OffloadAssessment *self);
double              offload_assessment_get_total_cost        (OffloadAssessment *self);
double              offload_assessment_get_total_cost_year   (OffloadAssessment *self);
/* The decision's need score and verdict (see OffloadDecision). */
int                 offload_assessment_get_readiness         (OffloadAssessment *self);
const char         *offload_assessment_get_verdict           (OffloadAssessment *self);
/* The one answer, borrowed: verdict, headline, reasons, warnings. */
OffloadDecision    *offload_assessment_get_decision          (OffloadAssessment *self);
/* Checked counter-indications first, then up to max_reasons checked signs,
 * highest weight first: the ids that drove the verdict. */
const char * const *offload_assessment_get_reasons           (OffloadAssessment *self);
/* What to hand over first: the ids of the tasks the checked signs call
 * for, in hand-over order — low risk first, then the larger share of the
 * lost hours, then the summed weight of the signs that call for each, then
 * catalog order. OffloadDelegationBrief lists them with their hours. */
const char * const *offload_assessment_get_delegate_first    (OffloadAssessment *self);
/* A number that moves whenever the answers may have changed (and so the
 * reasons, the tasks and their order): views that build from the answers
 * skip the work on a slider step while it stays the same. */
guint               offload_assessment_get_answers_serial    (OffloadAssessment *self);
/* The checked signs that call for task @task_id, heaviest first (catalog
 * order breaking ties); NULL when the task is not in delegate-first. */
const char * const *offload_assessment_get_delegate_reasons  (OffloadAssessment *self,
                                                              const char        *task_id);

/* The action plan's steps, one per catalog step, borrowed; NULL for an
 * unknown id. Whether each is done is part of the assessment (saved in the
 * document; a change emits "changed"); OffloadActionPlan lists them. */
OffloadPlanStep    *offload_assessment_get_step              (OffloadAssessment *self,
                                                              const char        *id);
/* FALSE (and nothing changed) for an unknown id. */
gboolean            offload_assessment_set_step_done         (OffloadAssessment *self,
                                                              const char        *id,
                                                              gboolean           done);
gboolean            offload_assessment_get_step_done         (OffloadAssessment *self,
                                                              const char        *id);
/* The ids of the steps done, in catalog order. */
GStrv               offload_assessment_dup_done_steps        (OffloadAssessment *self);

/* Scenarios: named ways of handing the lost hours over, compared side by
 * side. Never empty; the active one is what the window edits and what the
 * file's "inputs" and "results" describe. */
#define OFFLOAD_ASSESSMENT_MAX_SCENARIOS 20

GListModel         *offload_assessment_get_scenarios         (OffloadAssessment *self);
OffloadScenario    *offload_assessment_get_active_scenario   (OffloadAssessment *self);
/* @scenario must be one of the assessment's. */
void                offload_assessment_set_active_scenario   (OffloadAssessment *self,
                                                              OffloadScenario   *scenario);
/* A copy of the active scenario, placed after it and made active; NULL
 * @name: "Scenario N". NULL when there are OFFLOAD_ASSESSMENT_MAX_SCENARIOS. */
OffloadScenario    *offload_assessment_add_scenario          (OffloadAssessment *self,
                                                              const char        *name);
/* Puts back a scenario taken out with offload_assessment_remove_scenario()
 * (undo) at @position (clamped to the end); FALSE when the assessment is full
 * or holds it already. The active scenario stays as it is. */
gboolean            offload_assessment_insert_scenario       (OffloadAssessment *self,
                                                              OffloadScenario   *scenario,
                                                              guint              position);
/* FALSE (and nothing removed) for the last scenario or a stranger. */
gboolean            offload_assessment_remove_scenario       (OffloadAssessment *self,
                                                              OffloadScenario   *scenario);
/* Replaces every scenario at once (loading a file): @scenarios holds
 * 1 to OFFLOAD_ASSESSMENT_MAX_SCENARIOS of them, @active indexes one. */
void                offload_assessment_replace_scenarios     (OffloadAssessment *self,
                                                              GPtrArray         *scenarios,
                                                              guint              active);

/* The owner's tasks (OffloadOwnerTask): one per catalog task, in catalog
 * order, then the owner's own, in the order they were added. Once they
 * add up to more than 0 hours a week, they replace hours-per-day (the hours
 * lost a month are their sum × weeks-per-month) and every scenario's share
 * handed over (the delegated tasks' part of that sum). */
#define OFFLOAD_ASSESSMENT_MAX_OWN_TASKS 30
#define OFFLOAD_ASSESSMENT_MAX_TASK_ID   64

GListModel         *offload_assessment_get_tasks             (OffloadAssessment *self);
/* Borrowed; NULL for an id the assessment lacks. */
OffloadOwnerTask   *offload_assessment_lookup_task           (OffloadAssessment *self,
                                                              const char        *id);
guint               offload_assessment_get_n_own_tasks       (OffloadAssessment *self);
/* 1 to 64 ASCII letters, digits, "-" or "_". */
gboolean            offload_assessment_is_valid_task_id      (const char        *id);
/* A task the owner names, appended; NULL @id picks "own-N", NULL @name
 * "New task". Borrowed; NULL when the id is taken or not valid, or when
 * there are OFFLOAD_ASSESSMENT_MAX_OWN_TASKS already. */
OffloadOwnerTask   *offload_assessment_add_task              (OffloadAssessment *self,
                                                              const char        *id,
                                                              const char        *name);
/* The owner's own tasks only; FALSE for a catalog task or a stranger. */
gboolean            offload_assessment_remove_task           (OffloadAssessment *self,
                                                              OffloadOwnerTask  *task);
/* Hours a week of all the tasks, and of those handed over ("task-hours-week",
 * "delegated-hours-week", notified on real change). */
double              offload_assessment_get_task_hours_week   (OffloadAssessment *self);
double              offload_assessment_get_delegated_hours_week (OffloadAssessment *self);
/* The table replaces hours-per-day and the share handed over. */
gboolean            offload_assessment_get_uses_task_hours   (OffloadAssessment *self);
/* The admin hours a day every figure uses: hours-per-day, or the task
 * table's hours a week ÷ days-per-week once it has hours. */
double              offload_assessment_get_admin_hours_per_day (OffloadAssessment *self);
/* The rhythm of the year, borrowed: shared by every scenario, whose year
 * (offload_scenario_get_year()) follows it. A change emits "changed". */
OffloadActivity    *offload_assessment_get_activity          (OffloadAssessment *self);

G_END_DECLS
