/* offload-assessment.c
 *
 * Every setter recomputes only what depends on it and notifies only the
 * figures whose value really changed, so a window bound to these properties
 * redraws exactly what moved while a slider is dragged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "offload-answer.h"
#include "offload-assessment.h"
#include "offload-decision-private.h"
#include "offload-plan-step-private.h"

struct _OffloadAssessment
{
  GObject            parent_instance;

  OffloadCatalog    *catalog;
  /* Cached from the catalog: read on every slider step. */
  OffloadInputSpec  *spec_hours;
  OffloadInputSpec  *spec_days;
  OffloadInputSpec  *spec_weeks;
  OffloadInputSpec  *spec_value;
  OffloadInputSpec  *spec_interruptions;
  OffloadInputSpec  *spec_working;
  double             focus_minutes;
  double             months_per_year;
  guint              max_reasons;

  /* Inputs */
  double             hours_per_day;
  double             days_per_week;
  double             weeks_per_month;
  double             hourly_value;
  double             interruptions_per_day;
  double             working_hours_per_day;
  char               currency[4];

  /* Answers, one OffloadAnswer per catalog entry, in catalog order */
  GPtrArray         *answers;
  guint              checked_weight;
  guint              checked_counters;

  /* Derived */
  double             monthly_hours;
  double             monthly_cost;
  double             yearly_cost;
  double             focus_hours;      /* counted: capped by the working day */
  double             focus_hours_uncapped;
  double             focus_cost;
  double             working_hours_month;
  double             total_hours;      /* admin + focus counted, a month */
  double             total_cost;
  double             total_cost_year;
  int                readiness;        /* the decision's need */
  const char        *verdict;        /* owned by the catalog's band */
  OffloadDecision   *decision;
  GStrv              reasons;
  GStrv              delegate_first;
  GPtrArray         *delegate_reasons; /* GStrv per entry of delegate_first */
  guint              answers_serial;   /* moves on every run of update_answers() */

  /* The action plan, one OffloadPlanStep per catalog step, in catalog order */
  GPtrArray         *steps;

  /* The owner's tasks: the catalog's, then the owner's own. */
  GListStore        *tasks;
  double             task_hours_week;       /* all tasks; 0: the table is not used */
  double             delegated_hours_week;  /* the tasks handed over */
  guint              next_own_task;

  /* Ways of handing the hours over; never empty, one of them active. */
  GListStore        *scenarios;
  OffloadScenario   *active_scenario;

  /* The rhythm of the year, shared by every scenario. */
  OffloadActivity   *activity;
};

G_DEFINE_FINAL_TYPE (OffloadAssessment, offload_assessment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_HOURS_PER_DAY,
  PROP_DAYS_PER_WEEK,
  PROP_WEEKS_PER_MONTH,
  PROP_HOURLY_VALUE,
  PROP_INTERRUPTIONS_PER_DAY,
  PROP_WORKING_HOURS_PER_DAY,
  PROP_CURRENCY,
  PROP_MONTHLY_HOURS,
  PROP_MONTHLY_COST,
  PROP_YEARLY_COST,
  PROP_FOCUS_HOURS,
  PROP_FOCUS_COST,
  PROP_WORKING_HOURS_MONTH,
  PROP_TOTAL_HOURS,
  PROP_TOTAL_COST,
  PROP_TOTAL_COST_YEAR,
  PROP_READINESS,
  PROP_VERDICT,
  PROP_REASONS,
  PROP_DELEGATE_FIRST,
  PROP_SCENARIOS,
  PROP_ACTIVE_SCENARIO,
  PROP_DECISION,
  PROP_TASKS,
  PROP_TASK_HOURS_WEEK,
  PROP_DELEGATED_HOURS_WEEK,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_derived (OffloadAssessment *self,
             double            *field,
             double             value,
             guint              prop_id)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* The admin hours a day: the task table's when the owner filled it in. */
static double
assessment_admin_hours_per_day (OffloadAssessment *self)
{
  if (self->task_hours_week > 0 && self->days_per_week > 0)
    return self->task_hours_week / self->days_per_week;
  return self->hours_per_day;
}

/* The share every scenario hands over, from the task table; NAN without one. */
static double
assessment_table_share (OffloadAssessment *self)
{
  return self->task_hours_week > 0 ? self->delegated_hours_week / self->task_hours_week : NAN;
}

/* The one answer: need, payoff and preconditions. Run after anything it
 * reads moved; readiness and verdict are the decision's own. */
static void
update_decision (OffloadAssessment *self)
{
  OffloadDecisionInputs inputs;
  OffloadBand *band;
  int need;

  if (self->decision == NULL || self->active_scenario == NULL)
    return;

  inputs = (OffloadDecisionInputs) {
    .hours_per_day = assessment_admin_hours_per_day (self),
    .working_hours_per_day = self->working_hours_per_day,
    .interruptions_per_day = self->interruptions_per_day,
    .hourly_value = self->hourly_value,
    .monthly_hours = self->monthly_hours,
    .focus_hours = self->focus_hours,
    .focus_hours_uncapped = self->focus_hours_uncapped,
    .working_hours_month = self->working_hours_month,
    .total_hours_month = self->total_hours,
    .months_per_year = self->months_per_year,
    .checked_weight = self->checked_weight,
    .total_weight = offload_catalog_get_total_weight (self->catalog),
    .counters = self->checked_counters > 0,
    .results = offload_scenario_get_results (self->active_scenario),
    .year = offload_scenario_get_year (self->active_scenario),
    .steady = self->activity == NULL ||
              offload_activity_get_profile (self->activity) == OFFLOAD_ACTIVITY_STEADY,
  };
  offload_decision_update (self->decision, &inputs);

  need = offload_decision_get_need (self->decision);
  if (self->readiness != need)
    {
      self->readiness = need;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READINESS]);
    }
  band = offload_decision_get_band (self->decision);
  if (self->verdict != band->id)
    {
      self->verdict = band->id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERDICT]);
    }
}

static void
update_costs (OffloadAssessment *self)
{
  double days_per_month = self->days_per_week * self->weeks_per_month;
  double hours_per_day = assessment_admin_hours_per_day (self);
  double monthly_hours = hours_per_day * days_per_month;
  /* The table names what is handed over: it replaces every scenario's share. */
  double delegated_share = assessment_table_share (self);
  double monthly_cost = monthly_hours * self->hourly_value;
  double focus_uncapped = self->interruptions_per_day * self->focus_minutes / 60.0 * days_per_month;
  double working_hours = self->working_hours_per_day * days_per_month;
  /* Admin and focus lost never count for more than the working time: the
   * focus gets what the admin leaves, and the decision says so. */
  double focus_hours = MIN (focus_uncapped, MAX (0.0, working_hours - monthly_hours));
  double total_hours = monthly_hours + focus_hours;

  set_derived (self, &self->monthly_hours, monthly_hours, PROP_MONTHLY_HOURS);
  set_derived (self, &self->monthly_cost, monthly_cost, PROP_MONTHLY_COST);
  set_derived (self, &self->yearly_cost, monthly_cost * self->months_per_year, PROP_YEARLY_COST);
  self->focus_hours_uncapped = focus_uncapped;
  set_derived (self, &self->focus_hours, focus_hours, PROP_FOCUS_HOURS);
  set_derived (self, &self->focus_cost, focus_hours * self->hourly_value, PROP_FOCUS_COST);
  set_derived (self, &self->working_hours_month, working_hours, PROP_WORKING_HOURS_MONTH);
  set_derived (self, &self->total_hours, total_hours, PROP_TOTAL_HOURS);
  set_derived (self, &self->total_cost, total_hours * self->hourly_value, PROP_TOTAL_COST);
  set_derived (self, &self->total_cost_year, total_hours * self->hourly_value * self->months_per_year,
               PROP_TOTAL_COST_YEAR);

  /* Every scenario's comparison starts from these figures. */
  for (guint i = 0; self->scenarios && i < g_list_model_get_n_items (G_LIST_MODEL (self->scenarios)); i++)
    {
      g_autoptr(OffloadScenario) scenario = g_list_model_get_item (G_LIST_MODEL (self->scenarios), i);

      offload_scenario_set_base (scenario, monthly_hours, hours_per_day * self->days_per_week,
                                 self->hourly_value);
      offload_scenario_set_delegated_override (scenario, delegated_share);
    }

  update_decision (self);
}

static void
on_scenario_changed (OffloadAssessment *self,
                     OffloadScenario   *scenario)
{
  if (scenario == self->active_scenario)
    update_decision (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The rhythm moved: every scenario's year, then the answer. */
static void
on_activity_changed (OffloadAssessment *self)
{
  const double *factors = offload_activity_get_monthly (self->activity);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->scenarios)); i++)
    {
      g_autoptr(OffloadScenario) scenario = g_list_model_get_item (G_LIST_MODEL (self->scenarios), i);

      offload_scenario_set_activity (scenario, factors);
    }
  update_decision (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
adopt_scenario (OffloadAssessment *self,
                OffloadScenario   *scenario)
{
  offload_scenario_set_base (scenario, self->monthly_hours,
                             assessment_admin_hours_per_day (self) * self->days_per_week,
                             self->hourly_value);
  offload_scenario_set_delegated_override (scenario, assessment_table_share (self));
  if (self->activity != NULL)
    offload_scenario_set_activity (scenario, offload_activity_get_monthly (self->activity));
  g_signal_connect_object (scenario, "changed", G_CALLBACK (on_scenario_changed), self, G_CONNECT_SWAPPED);
}

typedef struct
{
  const char *id;
  guint       score;
  guint       order;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ra = a;
  const Ranked *rb = b;

  if (ra->score != rb->score)
    return ra->score > rb->score ? -1 : 1;
  return ra->order < rb->order ? -1 : (ra->order > rb->order);
}

static void
set_strv (OffloadAssessment *self,
          GStrv             *field,
          GStrv              value,
          guint              prop_id)
{
  if (g_strv_equal ((const char * const *) *field, (const char * const *) value))
    {
      g_strfreev (value);
      return;
    }
  g_strfreev (*field);
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* A task the checked signs call for: the signs that do (heaviest first)
 * and the sum of their weights. */
typedef struct
{
  OffloadTask  *task;
  guint         order;      /* in the catalog */
  guint         score;
  GStrvBuilder *reasons;    /* NULL while no checked sign calls for it */
} RankedTask;

/* The hand-over order: low risk first; then the larger share of the hours,
 * since work that comes back often is the easiest to describe and check;
 * then the weight of the signs that call for it; then the catalog. */
static int
compare_tasks (gconstpointer a,
               gconstpointer b)
{
  const RankedTask *ta = a;
  const RankedTask *tb = b;

  if (ta->task->risk != tb->task->risk)
    return ta->task->risk < tb->task->risk ? -1 : 1;
  if (ta->task->share != tb->task->share)
    return ta->task->share > tb->task->share ? -1 : 1;
  if (ta->score != tb->score)
    return ta->score > tb->score ? -1 : 1;
  return ta->order < tb->order ? -1 : (ta->order > tb->order);
}

static void
rank_task (GArray     *tasks,
           const char *id,
           const char *sign_id,
           guint       weight)
{
  for (guint i = 0; i < tasks->len; i++)
    {
      RankedTask *task = &g_array_index (tasks, RankedTask, i);

      if (g_str_equal (task->task->id, id))
        {
          task->score += weight;
          if (task->reasons == NULL)
            task->reasons = g_strv_builder_new ();
          g_strv_builder_add (task->reasons, sign_id);
          return;
        }
    }

  g_return_if_reached ();
}

/* Which steps of the plan the answers make urgent. */
static void
update_steps (OffloadAssessment *self)
{
  for (guint i = 0; i < self->steps->len; i++)
    {
      OffloadPlanStep *step = g_ptr_array_index (self->steps, i);
      const char * const *when = (const char * const *) offload_plan_step_get_step (step)->urgent_when;
      g_autoptr(GStrvBuilder) signs = g_strv_builder_new ();

      for (guint j = 0; when[j]; j++)
        if (offload_assessment_get_checked (self, when[j]))
          g_strv_builder_add (signs, when[j]);
      offload_plan_step_set_urgent_signs (step, g_strv_builder_end (signs));
    }
}

/* Readiness, verdict, reasons and tasks depend on the answers only, so a
 * slider step never runs this. */
static void
update_answers (OffloadAssessment *self)
{
  guint n_signs = offload_catalog_get_n_signs (self->catalog);
  guint n_tasks = offload_catalog_get_n_tasks (self->catalog);
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  g_autoptr(GArray) tasks = g_array_sized_new (FALSE, FALSE, sizeof (RankedTask), n_tasks);

  self->answers_serial++;
  g_autoptr(GStrvBuilder) reasons = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) delegate = g_strv_builder_new ();
  GPtrArray *delegate_reasons = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; i < n_tasks; i++)
    {
      RankedTask task = { offload_catalog_get_task (self->catalog, i), i, 0, NULL };

      g_array_append_val (tasks, task);
    }

  for (guint i = 0; i < n_signs; i++)
    {
      OffloadSign *sign = offload_catalog_get_sign (self->catalog, i);
      Ranked entry = { offload_sign_get_id (sign), offload_sign_get_weight (sign), i };

      if (!offload_answer_get_checked (g_ptr_array_index (self->answers, i)))
        continue;

      if (offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_COUNTER)
        g_strv_builder_add (reasons, entry.id);
      else
        g_array_append_val (ranked, entry);
    }

  /* g_array_sort is not stable; the order field breaks ties by catalog position. */
  g_array_sort (ranked, compare_ranked);
  for (guint i = 0; i < ranked->len; i++)
    {
      const Ranked *entry = &g_array_index (ranked, Ranked, i);
      OffloadSign *sign = offload_catalog_get_sign (self->catalog, entry->order);
      const char * const *hints = offload_sign_get_delegate (sign);

      if (i < self->max_reasons)
        g_strv_builder_add (reasons, entry->id);
      for (guint j = 0; hints[j]; j++)
        rank_task (tasks, hints[j], entry->id, entry->score);
    }

  g_array_sort (tasks, compare_tasks);
  for (guint i = 0; i < tasks->len; i++)
    {
      RankedTask *task = &g_array_index (tasks, RankedTask, i);

      if (task->reasons == NULL)
        continue;
      g_strv_builder_add (delegate, task->task->id);
      g_ptr_array_add (delegate_reasons, g_strv_builder_end (task->reasons));
      g_strv_builder_unref (task->reasons);
    }
  g_ptr_array_unref (self->delegate_reasons);
  self->delegate_reasons = delegate_reasons;

  set_strv (self, &self->reasons, g_strv_builder_end (reasons), PROP_REASONS);
  set_strv (self, &self->delegate_first, g_strv_builder_end (delegate), PROP_DELEGATE_FIRST);
  update_steps (self);
  update_decision (self);
}

/* The table's totals; TRUE when they moved. */
static gboolean
assessment_sum_tasks (OffloadAssessment *self)
{
  double all = 0;
  double delegated = 0;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tasks));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OffloadOwnerTask) task = g_list_model_get_item (G_LIST_MODEL (self->tasks), i);
      double hours = offload_owner_task_get_hours_per_week (task);

      all += hours;
      if (offload_owner_task_get_handling (task) == OFFLOAD_TASK_HANDLING_DELEGATE)
        delegated += hours;
    }

  if (all == self->task_hours_week && delegated == self->delegated_hours_week)
    return FALSE;
  g_object_freeze_notify (G_OBJECT (self));
  set_derived (self, &self->task_hours_week, all, PROP_TASK_HOURS_WEEK);
  set_derived (self, &self->delegated_hours_week, delegated, PROP_DELEGATED_HOURS_WEEK);
  g_object_thaw_notify (G_OBJECT (self));
  return TRUE;
}

/* A volume a month becomes hours a week through the weeks of a month. */
static void
assessment_spread_weeks (OffloadAssessment *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tasks));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OffloadOwnerTask) task = g_list_model_get_item (G_LIST_MODEL (self->tasks), i);

      offload_owner_task_set_weeks_per_month (task, self->weeks_per_month);
    }
  assessment_sum_tasks (self);
}

static void
on_task_changed (OffloadAssessment *self)
{
  /* Which tasks the brief lists, and in what order, may have moved. */
  self->answers_serial++;
  assessment_sum_tasks (self);
  update_costs (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
assessment_adopt_task (OffloadAssessment *self,
                       OffloadOwnerTask  *task)
{
  offload_owner_task_set_weeks_per_month (task, self->weeks_per_month);
  g_signal_connect_object (task, "changed", G_CALLBACK (on_task_changed), self, G_CONNECT_SWAPPED);
}

/* Stores a clamped input; returns FALSE when nothing changed. */
static gboolean
set_input (OffloadAssessment      *self,
           const OffloadInputSpec *spec,
           double                 *field,
           double                  value,
           guint                   prop_id)
{
  if (isnan (value))
    return FALSE;

  value = offload_input_spec_clamp (spec, value);
  if (*field == value)
    return FALSE;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  if (prop_id == PROP_WEEKS_PER_MONTH)
    assessment_spread_weeks (self);
  update_costs (self);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

static void
on_answer_checked (OffloadAnswer     *answer,
                   GParamSpec        *pspec,
                   OffloadAssessment *self)
{
  OffloadSign *sign = offload_answer_get_sign (answer);
  gboolean checked = offload_answer_get_checked (answer);

  if (offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_COUNTER)
    self->checked_counters += checked ? 1 : -1;
  else if (checked)
    self->checked_weight += offload_sign_get_weight (sign);
  else
    self->checked_weight -= offload_sign_get_weight (sign);

  update_answers (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Ticking a step of the plan is an edit, saved with the document. */
static void
on_step_done (OffloadAssessment *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
offload_assessment_constructed (GObject *object)
{
  OffloadAssessment *self = OFFLOAD_ASSESSMENT (object);

  G_OBJECT_CLASS (offload_assessment_parent_class)->constructed (object);

  if (self->catalog == NULL)
    self->catalog = g_object_ref (offload_catalog_get_default ());

  self->spec_hours = offload_catalog_get_input (self->catalog, OFFLOAD_INPUT_HOURS_PER_DAY);
  self->spec_days = offload_catalog_get_input (self->catalog, OFFLOAD_INPUT_DAYS_PER_WEEK);
  self->spec_weeks = offload_catalog_get_input (self->catalog, OFFLOAD_INPUT_WEEKS_PER_MONTH);
  self->spec_value = offload_catalog_get_input (self->catalog, OFFLOAD_INPUT_HOURLY_VALUE);
  self->spec_interruptions = offload_catalog_get_input (self->catalog, OFFLOAD_INPUT_INTERRUPTIONS_PER_DAY);
  self->spec_working = offload_catalog_get_input (self->catalog, OFFLOAD_INPUT_WORKING_HOURS_PER_DAY);
  self->focus_minutes = offload_catalog_get_constant (self->catalog, OFFLOAD_CONSTANT_FOCUS_MINUTES);
  self->months_per_year = offload_catalog_get_constant (self->catalog, OFFLOAD_CONSTANT_MONTHS_PER_YEAR);
  self->max_reasons = (guint) offload_catalog_get_constant (self->catalog, OFFLOAD_CONSTANT_MAX_REASONS);

  self->hours_per_day = self->spec_hours->default_value;
  self->days_per_week = self->spec_days->default_value;
  self->weeks_per_month = self->spec_weeks->default_value;
  self->hourly_value = self->spec_value->default_value;
  self->interruptions_per_day = self->spec_interruptions->default_value;
  self->working_hours_per_day = self->spec_working->default_value;
  g_strlcpy (self->currency, offload_catalog_get_default_currency (self->catalog),
             sizeof self->currency);

  self->answers = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < offload_catalog_get_n_signs (self->catalog); i++)
    {
      OffloadAnswer *answer = offload_answer_new (offload_catalog_get_sign (self->catalog, i));

      g_signal_connect_object (answer, "notify::checked",
                               G_CALLBACK (on_answer_checked), self, 0);
      g_ptr_array_add (self->answers, answer);
    }
  self->reasons = g_new0 (char *, 1);
  self->delegate_first = g_new0 (char *, 1);
  self->delegate_reasons = g_ptr_array_new ();

  self->steps = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < offload_catalog_get_n_steps (self->catalog); i++)
    {
      OffloadPlanStep *step = offload_plan_step_new (offload_catalog_get_step (self->catalog, i));

      g_signal_connect_object (step, "notify::done", G_CALLBACK (on_step_done), self, G_CONNECT_SWAPPED);
      g_ptr_array_add (self->steps, step);
    }

  self->tasks = g_list_store_new (OFFLOAD_TYPE_OWNER_TASK);
  for (guint i = 0; i < offload_catalog_get_n_tasks (self->catalog); i++)
    {
      g_autoptr(OffloadOwnerTask) task = offload_owner_task_new (offload_catalog_get_task (self->catalog, i));

      assessment_adopt_task (self, task);
      g_list_store_append (self->tasks, task);
    }

  /* Nobody listens yet: these only fill the derived fields. */
  update_costs (self);
  update_answers (self);

  self->activity = offload_activity_new (self->catalog);
  g_signal_connect_object (self->activity, "changed", G_CALLBACK (on_activity_changed), self, G_CONNECT_SWAPPED);
  self->scenarios = g_list_store_new (OFFLOAD_TYPE_SCENARIO);
  self->active_scenario = offload_scenario_new (self->catalog, _("Scenario 1"));
  adopt_scenario (self, self->active_scenario);
  g_list_store_append (self->scenarios, self->active_scenario);

  self->decision = offload_decision_new (G_OBJECT (self));
  update_decision (self);
}

static void
offload_assessment_finalize (GObject *object)
{
  OffloadAssessment *self = OFFLOAD_ASSESSMENT (object);

  g_clear_pointer (&self->answers, g_ptr_array_unref);
  g_strfreev (self->reasons);
  g_strfreev (self->delegate_first);
  g_clear_pointer (&self->delegate_reasons, g_ptr_array_unref);
  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_object (&self->active_scenario);
  g_clear_object (&self->scenarios);
  g_clear_object (&self->tasks);
  g_clear_object (&self->activity);
  g_clear_object (&self->decision);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (offload_assessment_parent_class)->finalize (object);
}

static void
offload_assessment_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OffloadAssessment *self = OFFLOAD_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_CATALOG: g_value_set_object (value, self->catalog); break;
    case PROP_HOURS_PER_DAY: g_value_set_double (value, self->hours_per_day); break;
    case PROP_DAYS_PER_WEEK: g_value_set_double (value, self->days_per_week); break;
    case PROP_WEEKS_PER_MONTH: g_value_set_double (value, self->weeks_per_month); break;
    case PROP_HOURLY_VALUE: g_value_set_double (value, self->hourly_value); break;
    case PROP_INTERRUPTIONS_PER_DAY: g_value_set_double (value, self->interruptions_per_day); break;
    case PROP_WORKING_HOURS_PER_DAY: g_value_set_double (value, self->working_hours_per_day); break;
    case PROP_CURRENCY: g_value_set_string (value, self->currency); break;
    case PROP_MONTHLY_HOURS: g_value_set_double (value, self->monthly_hours); break;
    case PROP_MONTHLY_COST: g_value_set_double (value, self->monthly_cost); break;
    case PROP_YEARLY_COST: g_value_set_double (value, self->yearly_cost); break;
    case PROP_FOCUS_HOURS: g_value_set_double (value, self->focus_hours); break;
    case PROP_FOCUS_COST: g_value_set_double (value, self->focus_cost); break;
    case PROP_WORKING_HOURS_MONTH: g_value_set_double (value, self->working_hours_month); break;
    case PROP_TOTAL_HOURS: g_value_set_double (value, self->total_hours); break;
    case PROP_TOTAL_COST: g_value_set_double (value, self->total_cost); break;
    case PROP_TOTAL_COST_YEAR: g_value_set_double (value, self->total_cost_year); break;
    case PROP_READINESS: g_value_set_int (value, self->readiness); break;
    case PROP_VERDICT: g_value_set_string (value, self->verdict); break;
    case PROP_REASONS: g_value_set_boxed (value, self->reasons); break;
    case PROP_DELEGATE_FIRST: g_value_set_boxed (value, self->delegate_first); break;
    case PROP_SCENARIOS: g_value_set_object (value, self->scenarios); break;
    case PROP_ACTIVE_SCENARIO: g_value_set_object (value, self->active_scenario); break;
    case PROP_DECISION: g_value_set_object (value, self->decision); break;
    case PROP_TASKS: g_value_set_object (value, self->tasks); break;
    case PROP_TASK_HOURS_WEEK: g_value_set_double (value, self->task_hours_week); break;
    case PROP_DELEGATED_HOURS_WEEK: g_value_set_double (value, self->delegated_hours_week); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_assessment_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OffloadAssessment *self = OFFLOAD_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_CATALOG: self->catalog = g_value_dup_object (value); break;
    case PROP_HOURS_PER_DAY: offload_assessment_set_hours_per_day (self, g_value_get_double (value)); break;
    case PROP_DAYS_PER_WEEK: offload_assessment_set_days_per_week (self, g_value_get_double (value)); break;
    case PROP_WEEKS_PER_MONTH: offload_assessment_set_weeks_per_month (self, g_value_get_double (value)); break;
    case PROP_HOURLY_VALUE: offload_assessment_set_hourly_value (self, g_value_get_double (value)); break;
    case PROP_INTERRUPTIONS_PER_DAY: offload_assessment_set_interruptions_per_day (self, g_value_get_double (value)); break;
    case PROP_WORKING_HOURS_PER_DAY: offload_assessment_set_working_hours_per_day (self, g_value_get_double (value)); break;
    case PROP_CURRENCY: offload_assessment_set_currency (self, g_value_get_string (value)); break;
    case PROP_ACTIVE_SCENARIO: offload_assessment_set_active_scenario (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_assessment_class_init (OffloadAssessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags input = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags derived = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->constructed = offload_assessment_constructed;
  object_class->finalize = offload_assessment_finalize;
  object_class->get_property = offload_assessment_get_property;
  object_class->set_property = offload_assessment_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, OFFLOAD_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The catalog sets the real ranges; these only bound what GObject accepts. */
  properties[PROP_HOURS_PER_DAY] = g_param_spec_double ("hours-per-day", NULL, NULL, 0, G_MAXDOUBLE, 0, input);
  properties[PROP_DAYS_PER_WEEK] = g_param_spec_double ("days-per-week", NULL, NULL, 0, G_MAXDOUBLE, 0, input);
  properties[PROP_WEEKS_PER_MONTH] = g_param_spec_double ("weeks-per-month", NULL, NULL, 0, G_MAXDOUBLE, 0, input);
  properties[PROP_HOURLY_VALUE] = g_param_spec_double ("hourly-value", NULL, NULL, 0, G_MAXDOUBLE, 0, input);
  properties[PROP_INTERRUPTIONS_PER_DAY] = g_param_spec_double ("interruptions-per-day", NULL, NULL, 0, G_MAXDOUBLE, 0, input);
  properties[PROP_WORKING_HOURS_PER_DAY] = g_param_spec_double ("working-hours-per-day", NULL, NULL, 0, G_MAXDOUBLE, 0, input);
  properties[PROP_CURRENCY] = g_param_spec_string ("currency", NULL, NULL, NULL, input);

  properties[PROP_MONTHLY_HOURS] = g_param_spec_double ("monthly-hours", NULL, NULL, 0, G_MAXDOUBLE, 0, derived);
  properties[PROP_MONTHLY_COST] = g_param_spec_double ("monthly-cost", NULL, NULL, 0, G_MAXDOUBLE, 0, derived);
  properties[PROP_YEARLY_COST] = g_param_spec_double ("yearly-cost", NULL, NULL, 0, G_MAXDOUBLE, 0, derived);
  properties[PROP_FOCUS_HOURS] = g_param_spec_double ("focus-hours", NULL, NULL, 0, G_MAXDOUBLE, 0, derived);
  properties[PROP_FOCUS_COST] = g_param_spec_double ("focus-cost", NULL, NULL, 0, G_MAXDOUBLE, 0, derived);
  properties[PROP_WORKING_HOURS_MONTH] = g_param_spec_double ("working-hours-month", NULL, NULL, 0, G_MAXDOUBLE, 0, derived);
  properties[PROP_TOTAL_HOURS] = g_param_spec_double ("total-hours", NULL, NULL, 0, G_MAXDOUBLE, 0, derived);
  properties[PROP_TOTAL_COST] = g_param_spec_double ("total-cost", NULL, NULL, 0, G_MAXDOUBLE, 0, derived);
  properties[PROP_TOTAL_COST_YEAR] = g_param_spec_double ("total-cost-year", NULL, NULL, 0, G_MAXDOUBLE, 0, derived);
  properties[PROP_READINESS] = g_param_spec_int ("readiness", NULL, NULL, 0, 100, 0, derived);
  properties[PROP_VERDICT] = g_param_spec_string ("verdict", NULL, NULL, NULL, derived);
  properties[PROP_REASONS] = g_param_spec_boxed ("reasons", NULL, NULL, G_TYPE_STRV, derived);
  properties[PROP_DELEGATE_FIRST] = g_param_spec_boxed ("delegate-first", NULL, NULL, G_TYPE_STRV, derived);
  properties[PROP_SCENARIOS] = g_param_spec_object ("scenarios", NULL, NULL, G_TYPE_LIST_MODEL, derived);
  properties[PROP_ACTIVE_SCENARIO] = g_param_spec_object ("active-scenario", NULL, NULL, OFFLOAD_TYPE_SCENARIO, input);
  properties[PROP_DECISION] = g_param_spec_object ("decision", NULL, NULL, OFFLOAD_TYPE_DECISION, derived);
  properties[PROP_TASKS] = g_param_spec_object ("tasks", NULL, NULL, G_TYPE_LIST_MODEL, derived);
  properties[PROP_TASK_HOURS_WEEK] = g_param_spec_double ("task-hours-week", NULL, NULL, 0, G_MAXDOUBLE, 0, derived);
  properties[PROP_DELEGATED_HOURS_WEEK] =
    g_param_spec_double ("delegated-hours-week", NULL, NULL, 0, G_MAXDOUBLE, 0, derived);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OffloadAssessment::changed:
   * Any input, answer, scenario or step of the plan changed, after every
   * derived figure is up to date: what makes a document unsaved.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
offload_assessment_init (OffloadAssessment *self)
{
}

OffloadAssessment *
offload_assessment_new (OffloadCatalog *catalog)
{
  g_return_val_if_fail (catalog == NULL || OFFLOAD_IS_CATALOG (catalog), NULL);

  return g_object_new (OFFLOAD_TYPE_ASSESSMENT, "catalog", catalog, NULL);
}

OffloadCatalog *
offload_assessment_get_catalog (OffloadAssessment *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), NULL);
  return self->catalog;
}

#define DEFINE_INPUT(name, spec_field, PROP)                                  \
  double                                                                      \
  offload_assessment_get_##name (OffloadAssessment *self)                     \
  {                                                                           \
    g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), 0);                   \
    return self->name;                                                        \
  }                                                                           \
                                                                              \
  void                                                                        \
  offload_assessment_set_##name (OffloadAssessment *self,                     \
                                 double             value)                    \
  {                                                                           \
    g_return_if_fail (OFFLOAD_IS_ASSESSMENT (self));                          \
    set_input (self, self->spec_field, &self->name, value, PROP);             \
  }

DEFINE_INPUT (hours_per_day, spec_hours, PROP_HOURS_PER_DAY)
DEFINE_INPUT (days_per_week, spec_days, PROP_DAYS_PER_WEEK)
DEFINE_INPUT (weeks_per_month, spec_weeks, PROP_WEEKS_PER_MONTH)
DEFINE_INPUT (hourly_value, spec_value, PROP_HOURLY_VALUE)
DEFINE_INPUT (interruptions_per_day, spec_interruptions, PROP_INTERRUPTIONS_PER_DAY)
DEFINE_INPUT (working_hours_per_day, spec_working, PROP_WORKING_HOURS_PER_DAY)

const char *
offload_assessment_get_currency (OffloadAssessment *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), NULL);
  return self->currency;
}

gboolean
offload_assessment_is_valid_currency (const char *currency)
{
  return currency != NULL && strlen (currency) == 3 &&
         g_ascii_isupper (currency[0]) && g_ascii_isupper (currency[1]) &&
         g_ascii_isupper (currency[2]);
}

void
offload_assessment_set_currency (OffloadAssessment *self,
                                 const char        *currency)
{
  g_return_if_fail (OFFLOAD_IS_ASSESSMENT (self));

  if (!offload_assessment_is_valid_currency (currency) || g_str_equal (self->currency, currency))
    return;

  memcpy (self->currency, currency, sizeof self->currency);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENCY]);
  /* No figure of the decision moved, but its sentences quote amounts in
   * the currency. (Told here rather than by a handler on "notify::currency",
   * which would make GObject emit every notification of the slider's path.) */
  if (self->decision != NULL)
    {
      g_object_notify (G_OBJECT (self->decision), "headline");
      g_signal_emit_by_name (self->decision, "changed");
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
offload_assessment_set_checked (OffloadAssessment *self,
                                const char        *id,
                                gboolean           checked)
{
  guint position;

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), FALSE);

  if (!offload_catalog_find (self->catalog, id, &position))
    return FALSE;

  /* on_answer_checked() does the rest, for this and for bound widgets alike. */
  offload_answer_set_checked (g_ptr_array_index (self->answers, position), checked);
  return TRUE;
}

gboolean
offload_assessment_get_checked (OffloadAssessment *self,
                                const char        *id)
{
  OffloadAnswer *answer = offload_assessment_get_answer (self, id);

  return answer != NULL && offload_answer_get_checked (answer);
}

OffloadAnswer *
offload_assessment_get_answer (OffloadAssessment *self,
                               const char        *id)
{
  guint position;

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), NULL);

  if (!offload_catalog_find (self->catalog, id, &position))
    return NULL;
  return g_ptr_array_index (self->answers, position);
}

GStrv
offload_assessment_dup_checked_ids (OffloadAssessment *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n_signs;

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), NULL);

  n_signs = offload_catalog_get_n_signs (self->catalog);
  for (guint i = 0; i < n_signs; i++)
    if (offload_answer_get_checked (g_ptr_array_index (self->answers, i)))
      g_strv_builder_add (builder, offload_sign_get_id (offload_catalog_get_sign (self->catalog, i)));

  return g_strv_builder_end (builder);
}

#define DEFINE_DERIVED(type, name, fallback)                                  \
  type                                                                        \
  offload_assessment_get_##name (OffloadAssessment *self)                     \
  {                                                                           \
    g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), fallback);            \
    return self->name;                                                        \
  }

DEFINE_DERIVED (double, monthly_hours, 0)
DEFINE_DERIVED (double, monthly_cost, 0)
DEFINE_DERIVED (double, yearly_cost, 0)
DEFINE_DERIVED (double, focus_hours, 0)
DEFINE_DERIVED (double, focus_cost, 0)
DEFINE_DERIVED (double, focus_hours_uncapped, 0)
DEFINE_DERIVED (double, working_hours_month, 0)
DEFINE_DERIVED (double, total_hours, 0)
DEFINE_DERIVED (double, total_cost, 0)
DEFINE_DERIVED (double, total_cost_year, 0)
DEFINE_DERIVED (OffloadDecision *, decision, NULL)
DEFINE_DERIVED (int, readiness, 0)
DEFINE_DERIVED (const char *, verdict, NULL)

const char * const *
offload_assessment_get_reasons (OffloadAssessment *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), NULL);
  return (const char * const *) self->reasons;
}

guint
offload_assessment_get_answers_serial (OffloadAssessment *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), 0);
  return self->answers_serial;
}

const char * const *
offload_assessment_get_delegate_first (OffloadAssessment *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), NULL);
  return (const char * const *) self->delegate_first;
}

const char * const *
offload_assessment_get_delegate_reasons (OffloadAssessment *self,
                                         const char        *task_id)
{
  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), NULL);

  for (guint i = 0; task_id != NULL && self->delegate_first[i]; i++)
    if (g_str_equal (self->delegate_first[i], task_id))
      return g_ptr_array_index (self->delegate_reasons, i);

  return NULL;
}

OffloadPlanStep *
offload_assessment_get_step (OffloadAssessment *self,
                             const char        *id)
{
  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), NULL);

  for (guint i = 0; id != NULL && i < self->steps->len; i++)
    {
      OffloadPlanStep *step = g_ptr_array_index (self->steps, i);

      if (g_str_equal (offload_plan_step_get_id (step), id))
        return step;
    }

  return NULL;
}

gboolean
offload_assessment_set_step_done (OffloadAssessment *self,
                                  const char        *id,
                                  gboolean           done)
{
  OffloadPlanStep *step = offload_assessment_get_step (self, id);

  if (step == NULL)
    return FALSE;

  /* on_step_done() does the rest, for this and for bound widgets alike. */
  offload_plan_step_set_done (step, done);
  return TRUE;
}

gboolean
offload_assessment_get_step_done (OffloadAssessment *self,
                                  const char        *id)
{
  OffloadPlanStep *step = offload_assessment_get_step (self, id);

  return step != NULL && offload_plan_step_get_done (step);
}

GStrv
offload_assessment_dup_done_steps (OffloadAssessment *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), NULL);

  for (guint i = 0; i < self->steps->len; i++)
    {
      OffloadPlanStep *step = g_ptr_array_index (self->steps, i);

      if (offload_plan_step_get_done (step))
        g_strv_builder_add (builder, offload_plan_step_get_id (step));
    }

  return g_strv_builder_end (builder);
}

GListModel *
offload_assessment_get_scenarios (OffloadAssessment *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), NULL);
  return G_LIST_MODEL (self->scenarios);
}

OffloadScenario *
offload_assessment_get_active_scenario (OffloadAssessment *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), NULL);
  return self->active_scenario;
}

void
offload_assessment_set_active_scenario (OffloadAssessment *self,
                                        OffloadScenario   *scenario)
{
  guint position;

  g_return_if_fail (OFFLOAD_IS_ASSESSMENT (self));
  g_return_if_fail (OFFLOAD_IS_SCENARIO (scenario));

  if (scenario == self->active_scenario)
    return;
  g_return_if_fail (g_list_store_find (self->scenarios, scenario, &position));

  g_set_object (&self->active_scenario, scenario);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE_SCENARIO]);
  update_decision (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* "Scenario N" with the first N no scenario is called yet. */
static char *
next_scenario_name (OffloadAssessment *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->scenarios));

  for (guint number = n + 1;; number++)
    {
      /* Translators: the name of a new scenario; %u is a number */
      g_autofree char *name = g_strdup_printf (_("Scenario %u"), number);
      gboolean taken = FALSE;

      for (guint i = 0; i < n && !taken; i++)
        {
          g_autoptr(OffloadScenario) other = g_list_model_get_item (G_LIST_MODEL (self->scenarios), i);

          taken = g_str_equal (offload_scenario_get_name (other), name);
        }
      if (!taken)
        return g_steal_pointer (&name);
    }
}

OffloadScenario *
offload_assessment_add_scenario (OffloadAssessment *self,
                                 const char        *name)
{
  g_autoptr(OffloadScenario) scenario = NULL;
  g_autofree char *fallback = NULL;
  guint position;

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), NULL);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->scenarios)) >= OFFLOAD_ASSESSMENT_MAX_SCENARIOS)
    return NULL;
  if (name == NULL)
    name = fallback = next_scenario_name (self);

  scenario = offload_scenario_copy (self->active_scenario, name);
  adopt_scenario (self, scenario);
  g_list_store_find (self->scenarios, self->active_scenario, &position);
  g_list_store_insert (self->scenarios, position + 1, scenario);
  offload_assessment_set_active_scenario (self, scenario);
  return scenario;
}

gboolean
offload_assessment_insert_scenario (OffloadAssessment *self,
                                    OffloadScenario   *scenario,
                                    guint              position)
{
  guint n, found;

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (OFFLOAD_IS_SCENARIO (scenario), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->scenarios));
  if (n >= OFFLOAD_ASSESSMENT_MAX_SCENARIOS || g_list_store_find (self->scenarios, scenario, &found))
    return FALSE;

  adopt_scenario (self, scenario);
  g_list_store_insert (self->scenarios, MIN (position, n), scenario);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
offload_assessment_remove_scenario (OffloadAssessment *self,
                                    OffloadScenario   *scenario)
{
  guint position;

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (OFFLOAD_IS_SCENARIO (scenario), FALSE);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->scenarios)) <= 1 ||
      !g_list_store_find (self->scenarios, scenario, &position))
    return FALSE;

  g_signal_handlers_disconnect_by_data (scenario, self);
  if (scenario == self->active_scenario)
    {
      /* The neighbour takes over: the one after, or before at the end. */
      g_autoptr(OffloadScenario) next =
        g_list_model_get_item (G_LIST_MODEL (self->scenarios), position + 1 < g_list_model_get_n_items (G_LIST_MODEL (self->scenarios)) ? position + 1 : position - 1);

      g_set_object (&self->active_scenario, next);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE_SCENARIO]);
      update_decision (self);
    }
  g_list_store_remove (self->scenarios, position);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

void
offload_assessment_replace_scenarios (OffloadAssessment *self,
                                      GPtrArray         *scenarios,
                                      guint              active)
{
  g_return_if_fail (OFFLOAD_IS_ASSESSMENT (self));
  g_return_if_fail (scenarios != NULL && scenarios->len > 0 && active < scenarios->len);
  g_return_if_fail (scenarios->len <= OFFLOAD_ASSESSMENT_MAX_SCENARIOS);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->scenarios)); i++)
    {
      g_autoptr(OffloadScenario) old = g_list_model_get_item (G_LIST_MODEL (self->scenarios), i);

      g_signal_handlers_disconnect_by_data (old, self);
    }
  for (guint i = 0; i < scenarios->len; i++)
    adopt_scenario (self, g_ptr_array_index (scenarios, i));

  g_set_object (&self->active_scenario, g_ptr_array_index (scenarios, active));
  g_list_store_splice (self->scenarios, 0, g_list_model_get_n_items (G_LIST_MODEL (self->scenarios)),
                       scenarios->pdata, scenarios->len);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE_SCENARIO]);
  update_decision (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

GListModel *
offload_assessment_get_tasks (OffloadAssessment *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), NULL);
  return G_LIST_MODEL (self->tasks);
}

OffloadOwnerTask *
offload_assessment_lookup_task (OffloadAssessment *self,
                                const char        *id)
{
  guint n;

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->tasks));
  for (guint i = 0; id != NULL && i < n; i++)
    {
      /* The store holds a reference: the item outlives this borrow. */
      g_autoptr(OffloadOwnerTask) task = g_list_model_get_item (G_LIST_MODEL (self->tasks), i);

      if (g_str_equal (offload_owner_task_get_id (task), id))
        return task;
    }
  return NULL;
}

guint
offload_assessment_get_n_own_tasks (OffloadAssessment *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->tasks)) - offload_catalog_get_n_tasks (self->catalog);
}

gboolean
offload_assessment_is_valid_task_id (const char *id)
{
  gsize length = id != NULL ? strlen (id) : 0;

  if (length == 0 || length > OFFLOAD_ASSESSMENT_MAX_TASK_ID)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalnum (id[i]) && id[i] != '-' && id[i] != '_')
      return FALSE;
  return TRUE;
}

OffloadOwnerTask *
offload_assessment_add_task (OffloadAssessment *self,
                             const char        *id,
                             const char        *name)
{
  g_autofree char *fresh = NULL;
  g_autoptr(OffloadOwnerTask) task = NULL;

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), NULL);

  if (offload_assessment_get_n_own_tasks (self) >= OFFLOAD_ASSESSMENT_MAX_OWN_TASKS)
    return NULL;
  if (id == NULL)
    {
      /* "own-1", "own-2"…: never a catalog id, never one taken. */
      do
        {
          g_free (fresh);
          fresh = g_strdup_printf ("own-%u", ++self->next_own_task);
        }
      while (offload_assessment_lookup_task (self, fresh) != NULL);
      id = fresh;
    }
  if (!offload_assessment_is_valid_task_id (id) || offload_assessment_lookup_task (self, id) != NULL)
    return NULL;

  /* Translators: the name a task the owner adds starts with */
  task = offload_owner_task_new_custom (id, name != NULL ? name : _("New task"));
  assessment_adopt_task (self, task);
  g_list_store_append (self->tasks, task);
  on_task_changed (self);
  return task;
}

gboolean
offload_assessment_remove_task (OffloadAssessment *self,
                                OffloadOwnerTask  *task)
{
  guint position;

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (OFFLOAD_IS_OWNER_TASK (task), FALSE);

  if (!offload_owner_task_get_custom (task) ||
      !g_list_store_find (self->tasks, task, &position))
    return FALSE;
  g_signal_handlers_disconnect_by_data (task, self);
  g_list_store_remove (self->tasks, position);
  on_task_changed (self);
  return TRUE;
}

double
offload_assessment_get_task_hours_week (OffloadAssessment *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), 0);
  return self->task_hours_week;
}

double
offload_assessment_get_delegated_hours_week (OffloadAssessment *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), 0);
  return self->delegated_hours_week;
}

gboolean
offload_assessment_get_uses_task_hours (OffloadAssessment *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), FALSE);
  return self->task_hours_week > 0;
}

OffloadActivity *
offload_assessment_get_activity (OffloadAssessment *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), NULL);
  return self->activity;
}

double
offload_assessment_get_admin_hours_per_day (OffloadAssessment *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (self), 0);
  return assessment_admin_hours_per_day (self);
}
