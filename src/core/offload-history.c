/* offload-history.c
 *
 * Undo works on steps, not on snapshots of the document: a step knows the
 * value before and after, so undoing one sets that value back through the
 * assessment's own setters, and everything bound to the model follows as
 * it does when the owner types. Steps the history applies itself are not
 * recorded again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "offload-history.h"

#include "offload-answer.h"
#include "offload-catalog.h"
#include "offload-sign.h"

/* The figures a step can change: the assessment's own properties. */
static const char * const history_figures[] = {
  "hours-per-day", "days-per-week", "weeks-per-month",
  "hourly-value", "interruptions-per-day", "working-hours-per-day",
};

/* Changes of one figure closer than this are one step (a slider dragged). */
#define HISTORY_MERGE_USEC (G_USEC_PER_SEC)

typedef enum {
  STEP_ANSWER,
  STEP_FIGURE,
  STEP_SCENARIO_REMOVED,
} StepKind;

typedef struct
{
  StepKind         kind;
  OffloadAnswer   *answer;       /* STEP_ANSWER */
  gboolean         checked;      /* what the step made it */
  guint            figure;       /* STEP_FIGURE: index in history_figures */
  double           before;
  double           after;
  gint64           time;
  OffloadScenario *scenario;     /* STEP_SCENARIO_REMOVED */
  guint            position;
  gboolean         was_active;
} Step;

struct _OffloadHistory
{
  GObject            parent_instance;

  OffloadAssessment *assessment;
  GPtrArray         *done;       /* of Step, the last one on top */
  GPtrArray         *undone;
  double             figures[G_N_ELEMENTS (history_figures)];
  gboolean           applying;
};

G_DEFINE_FINAL_TYPE (OffloadHistory, offload_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  RECORDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
history_step_free (gpointer data)
{
  Step *step = data;

  g_clear_object (&step->answer);
  g_clear_object (&step->scenario);
  g_free (step);
}

/* Notifies can-undo and can-redo when they changed. */
static void
history_notify (OffloadHistory *self,
                gboolean        could_undo,
                gboolean        could_redo)
{
  if (could_undo != offload_history_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != offload_history_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
history_push (OffloadHistory *self,
              Step           *step)
{
  gboolean could_undo = offload_history_get_can_undo (self);
  gboolean could_redo = offload_history_get_can_redo (self);

  /* A new step forgets what was undone, as every editor does. */
  g_ptr_array_set_size (self->undone, 0);
  g_ptr_array_add (self->done, step);
  history_notify (self, could_undo, could_redo);
  g_signal_emit (self, signals[RECORDED], 0);
}

static void
history_on_answer_checked (OffloadAnswer  *answer,
                           GParamSpec     *pspec,
                           OffloadHistory *self)
{
  Step *step;

  if (self->applying)
    return;

  step = g_new0 (Step, 1);
  step->kind = STEP_ANSWER;
  step->answer = g_object_ref (answer);
  step->checked = offload_answer_get_checked (answer);
  history_push (self, step);
}

static void
history_on_figure (OffloadAssessment *assessment,
                   GParamSpec        *pspec,
                   OffloadHistory    *self)
{
  gint64 now = g_get_monotonic_time ();
  Step *last = self->done->len > 0 ? g_ptr_array_index (self->done, self->done->len - 1) : NULL;
  guint figure;
  double value;

  for (figure = 0; figure < G_N_ELEMENTS (history_figures); figure++)
    if (g_str_equal (history_figures[figure], pspec->name))
      break;
  g_return_if_fail (figure < G_N_ELEMENTS (history_figures));

  g_object_get (assessment, pspec->name, &value, NULL);
  if (value == self->figures[figure])
    return;

  if (!self->applying)
    {
      if (last != NULL && last->kind == STEP_FIGURE && last->figure == figure &&
          self->undone->len == 0 && now - last->time < HISTORY_MERGE_USEC)
        {
          last->after = value;
          last->time = now;
        }
      else
        {
          Step *step = g_new0 (Step, 1);

          step->kind = STEP_FIGURE;
          step->figure = figure;
          step->before = self->figures[figure];
          step->after = value;
          step->time = now;
          history_push (self, step);
        }
    }
  self->figures[figure] = value;
}

/* Applies @step forwards (redo) or backwards (undo). */
static void
history_apply (OffloadHistory *self,
               Step           *step,
               gboolean        forwards)
{
  self->applying = TRUE;
  switch (step->kind)
    {
    case STEP_ANSWER:
      offload_answer_set_checked (step->answer, forwards ? step->checked : !step->checked);
      break;
    case STEP_FIGURE:
      g_object_set (self->assessment, history_figures[step->figure], forwards ? step->after : step->before, NULL);
      break;
    case STEP_SCENARIO_REMOVED:
      if (forwards)
        offload_assessment_remove_scenario (self->assessment, step->scenario);
      else if (offload_assessment_insert_scenario (self->assessment, step->scenario, step->position) &&
               step->was_active)
        offload_assessment_set_active_scenario (self->assessment, step->scenario);
      break;
    default:
      g_assert_not_reached ();
    }
  self->applying = FALSE;
}

/* Moves the last step of @from to @to, applying it forwards (redo) or
 * backwards (undo). */
static gboolean
history_move (OffloadHistory *self,
              GPtrArray      *from,
              GPtrArray      *to,
              gboolean        forwards)
{
  gboolean could_undo = offload_history_get_can_undo (self);
  gboolean could_redo = offload_history_get_can_redo (self);
  Step *step;

  if (from->len == 0)
    return FALSE;
  step = g_ptr_array_steal_index (from, from->len - 1);
  history_apply (self, step, forwards);
  /* A step that moved is never merged with what comes next. */
  step->time = 0;
  g_ptr_array_add (to, step);
  history_notify (self, could_undo, could_redo);
  return TRUE;
}

gboolean
offload_history_undo (OffloadHistory *self)
{
  g_return_val_if_fail (OFFLOAD_IS_HISTORY (self), FALSE);
  return history_move (self, self->done, self->undone, FALSE);
}

gboolean
offload_history_redo (OffloadHistory *self)
{
  g_return_val_if_fail (OFFLOAD_IS_HISTORY (self), FALSE);
  return history_move (self, self->undone, self->done, TRUE);
}

gboolean
offload_history_remove_scenario (OffloadHistory  *self,
                                 OffloadScenario *scenario)
{
  GListModel *scenarios;
  guint position = 0;
  Step *step;

  g_return_val_if_fail (OFFLOAD_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (OFFLOAD_IS_SCENARIO (scenario), FALSE);

  scenarios = offload_assessment_get_scenarios (self->assessment);
  while (position < g_list_model_get_n_items (scenarios))
    {
      g_autoptr(OffloadScenario) item = g_list_model_get_item (scenarios, position);

      if (item == scenario)
        break;
      position++;
    }

  step = g_new0 (Step, 1);
  step->kind = STEP_SCENARIO_REMOVED;
  step->scenario = g_object_ref (scenario);
  step->position = position;
  step->was_active = offload_assessment_get_active_scenario (self->assessment) == scenario;
  if (!offload_assessment_remove_scenario (self->assessment, scenario))
    {
      history_step_free (step);
      return FALSE;
    }
  history_push (self, step);
  return TRUE;
}

gboolean
offload_history_get_can_undo (OffloadHistory *self)
{
  g_return_val_if_fail (OFFLOAD_IS_HISTORY (self), FALSE);
  return self->done->len > 0;
}

gboolean
offload_history_get_can_redo (OffloadHistory *self)
{
  g_return_val_if_fail (OFFLOAD_IS_HISTORY (self), FALSE);
  return self->undone->len > 0;
}

static void
offload_history_dispose (GObject *object)
{
  OffloadHistory *self = OFFLOAD_HISTORY (object);

  if (self->assessment != NULL)
    {
      OffloadCatalog *catalog = offload_assessment_get_catalog (self->assessment);

      for (guint i = 0; i < offload_catalog_get_n_signs (catalog); i++)
        {
          OffloadSign *sign = offload_catalog_get_sign (catalog, i);

          g_signal_handlers_disconnect_by_data (offload_assessment_get_answer (self->assessment, offload_sign_get_id (sign)), self);
        }
      g_signal_handlers_disconnect_by_data (self->assessment, self);
    }
  g_clear_object (&self->assessment);
  g_clear_pointer (&self->done, g_ptr_array_unref);
  g_clear_pointer (&self->undone, g_ptr_array_unref);

  G_OBJECT_CLASS (offload_history_parent_class)->dispose (object);
}

static void
offload_history_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OffloadHistory *self = OFFLOAD_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO: g_value_set_boolean (value, offload_history_get_can_undo (self)); break;
    case PROP_CAN_REDO: g_value_set_boolean (value, offload_history_get_can_redo (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_history_class_init (OffloadHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = offload_history_dispose;
  object_class->get_property = offload_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A new step was recorded (not one undone or redone). */
  signals[RECORDED] = g_signal_new ("recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
offload_history_init (OffloadHistory *self)
{
  self->done = g_ptr_array_new_with_free_func (history_step_free);
  self->undone = g_ptr_array_new_with_free_func (history_step_free);
}

OffloadHistory *
offload_history_new (OffloadAssessment *assessment)
{
  OffloadHistory *self;
  OffloadCatalog *catalog;

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (assessment), NULL);

  self = g_object_new (OFFLOAD_TYPE_HISTORY, NULL);
  self->assessment = g_object_ref (assessment);
  catalog = offload_assessment_get_catalog (assessment);

  for (guint i = 0; i < offload_catalog_get_n_signs (catalog); i++)
    {
      OffloadSign *sign = offload_catalog_get_sign (catalog, i);

      g_signal_connect (offload_assessment_get_answer (assessment, offload_sign_get_id (sign)), "notify::checked",
                        G_CALLBACK (history_on_answer_checked), self);
    }
  for (guint i = 0; i < G_N_ELEMENTS (history_figures); i++)
    {
      g_autofree char *signal = g_strconcat ("notify::", history_figures[i], NULL);

      g_object_get (assessment, history_figures[i], &self->figures[i], NULL);
      g_signal_connect (assessment, signal, G_CALLBACK (history_on_figure), self);
    }
  return self;
}
