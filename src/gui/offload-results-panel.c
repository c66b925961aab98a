/* offload-results-panel.c
 *
 * Every figure is a property binding from the assessment, with a transform
 * that only formats: the model computes, the panel shows. A GBindingGroup
 * holds the bindings, so switching documents or currencies re-syncs them all.
 *
 * The verdict's advice, the reasons and the sums are the decision's own
 * text (its verdict and headline sit in the answer bar, once). The decision writes its sentences only when asked,
 * and says "changed" only when something they quote moved, so the panel asks
 * then and only then; a label whose text comes back the same is left alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "offload-format.h"
#include "offload-chart-view.h"
#include "offload-results-panel.h"

struct _OffloadResultsPanel
{
  GtkWidget          parent_instance;

  OffloadAssessment *assessment;
  GBindingGroup     *bindings;
  GSignalGroup      *signals;             /* target: the assessment */
  GSignalGroup      *decision_signals;    /* target: the assessment's decision */

  GtkLabel          *advice_label;
  GtkLabel          *reasons_label;
  GtkLabel          *chain_label;
  GtkLabel          *monthly_hours_label;
  GtkLabel          *monthly_cost_label;
  GtkLabel          *yearly_cost_label;
  GtkLabel          *focus_hours_label;
  GtkLabel          *focus_cost_label;
  GtkLabel          *total_hours_label;
  GtkLabel          *total_cost_label;
  GtkLabel          *working_hours_label;
  GtkWidget         *monthly_hours_caption;
  GtkWidget         *focus_hours_caption;
  GtkWidget         *total_caption;
  GtkWidget         *yearly_cost_caption;
  GtkWidget         *working_hours_caption;
  GtkWidget         *hours_heading;
  GtkWidget         *value_heading;
  GtkWidget         *reasons_heading;
  GtkWidget         *chain_heading;
  OffloadChartView  *cost_chart;
};

G_DEFINE_FINAL_TYPE (OffloadResultsPanel, offload_results_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static OffloadAssessment *
source_of (GBinding *binding)
{
  g_autoptr(GObject) source = g_binding_dup_source (binding);

  /* The binding group holds the source while the binding lives. */
  return OFFLOAD_ASSESSMENT (source);
}

static gboolean
money_to_label (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  OffloadAssessment *assessment = source_of (binding);

  g_value_take_string (to, offload_format_money (g_value_get_double (from),
                                                 offload_assessment_get_currency (assessment)));
  return TRUE;
}

static gboolean
hours_to_label (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  g_value_take_string (to, offload_format_hours (g_value_get_double (from)));
  return TRUE;
}

/* Sets @text, and so queues a new layout, only when it changed: most
 * slider steps leave the verdict and its advice as they were. */
static void
results_panel_set_text (GtkLabel   *label,
                        const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (label), text) != 0)
    gtk_label_set_label (label, text);
}

/* The answer, in the decision's words. */
static void
results_panel_update_answer (OffloadResultsPanel *self)
{
  OffloadDecision *decision = self->assessment ? offload_assessment_get_decision (self->assessment) : NULL;
  OffloadBand *band;
  g_autofree char *chain = NULL;
  g_auto(GStrv) why = NULL;
  g_autoptr(GString) reasons = NULL;

  if (decision == NULL)
    return;

  band = offload_decision_get_band (decision);
  why = offload_decision_dup_why (decision);
  chain = offload_decision_dup_chain (decision);

  reasons = g_string_new (NULL);
  for (guint i = 0; why[i]; i++)
    {
      if (reasons->len > 0)
        g_string_append_c (reasons, '\n');
      g_string_append (reasons, "• ");
      g_string_append (reasons, why[i]);
    }

  /* The verdict and the headline are the answer bar's: here only what
   * the verdict means, and why. */
  results_panel_set_text (self->advice_label, band->advice);
  results_panel_set_text (self->reasons_label, reasons->str);
  results_panel_set_text (self->chain_label, chain);
}

/* Amounts are formatted in the document's currency: re-sync when it
 * changes (the decision does not count it as a move). */
static void
on_currency_changed (OffloadResultsPanel *self)
{
  g_binding_group_set_source (self->bindings, NULL);
  g_binding_group_set_source (self->bindings, self->assessment);
  results_panel_update_answer (self);
}

static void
offload_results_panel_dispose (GObject *object)
{
  GtkWidget *child;
  OffloadResultsPanel *self = OFFLOAD_RESULTS_PANEL (object);

  g_binding_group_set_source (self->bindings, NULL);
  g_signal_group_set_target (self->signals, NULL);
  g_signal_group_set_target (self->decision_signals, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), OFFLOAD_TYPE_RESULTS_PANEL);
  /* dispose_template() only unparents the children that have an id. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->assessment);
  g_clear_object (&self->bindings);
  g_clear_object (&self->signals);
  g_clear_object (&self->decision_signals);

  G_OBJECT_CLASS (offload_results_panel_parent_class)->dispose (object);
}

static void
offload_results_panel_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  OffloadResultsPanel *self = OFFLOAD_RESULTS_PANEL (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT: g_value_set_object (value, self->assessment); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_results_panel_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  OffloadResultsPanel *self = OFFLOAD_RESULTS_PANEL (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT: offload_results_panel_set_assessment (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_results_panel_class_init (OffloadResultsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = offload_results_panel_dispose;
  object_class->get_property = offload_results_panel_get_property;
  object_class->set_property = offload_results_panel_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, OFFLOAD_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OFFLOAD_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/offload/Offload/ui/offload-results-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, advice_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, reasons_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, chain_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, monthly_hours_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, monthly_cost_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, yearly_cost_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, focus_hours_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, focus_cost_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, total_hours_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, total_cost_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, working_hours_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, monthly_hours_caption);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, focus_hours_caption);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, total_caption);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, yearly_cost_caption);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, working_hours_caption);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, hours_heading);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, value_heading);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, reasons_heading);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, chain_heading);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, cost_chart);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
offload_results_panel_init (OffloadResultsPanel *self)
{
  GBindingGroup *b;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* A figure of the table is named by its row and its column: "In all, per
   * month", "Value of your time". */
  {
    const struct { GtkLabel *figure; GtkWidget *row; GtkWidget *column; } cells[] = {
      { self->monthly_hours_label, self->monthly_hours_caption, self->hours_heading },
      { self->monthly_cost_label, self->monthly_hours_caption, self->value_heading },
      { self->focus_hours_label, self->focus_hours_caption, self->hours_heading },
      { self->focus_cost_label, self->focus_hours_caption, self->value_heading },
      { self->total_hours_label, self->total_caption, self->hours_heading },
      { self->total_cost_label, self->total_caption, self->value_heading },
      { self->yearly_cost_label, self->yearly_cost_caption, self->value_heading },
      { self->working_hours_label, self->working_hours_caption, self->hours_heading },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
      gtk_accessible_update_relation (GTK_ACCESSIBLE (cells[i].figure), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      cells[i].row, cells[i].column, NULL, -1);
  }

  self->bindings = b = g_binding_group_new ();
  g_binding_group_bind_full (b, "monthly-hours", self->monthly_hours_label, "label",
                             G_BINDING_SYNC_CREATE, hours_to_label, NULL, NULL, NULL);
  g_binding_group_bind_full (b, "monthly-cost", self->monthly_cost_label, "label",
                             G_BINDING_SYNC_CREATE, money_to_label, NULL, NULL, NULL);
  g_binding_group_bind_full (b, "yearly-cost", self->yearly_cost_label, "label",
                             G_BINDING_SYNC_CREATE, money_to_label, NULL, NULL, NULL);
  g_binding_group_bind_full (b, "focus-hours", self->focus_hours_label, "label",
                             G_BINDING_SYNC_CREATE, hours_to_label, NULL, NULL, NULL);
  g_binding_group_bind_full (b, "focus-cost", self->focus_cost_label, "label",
                             G_BINDING_SYNC_CREATE, money_to_label, NULL, NULL, NULL);
  g_binding_group_bind_full (b, "total-hours", self->total_hours_label, "label",
                             G_BINDING_SYNC_CREATE, hours_to_label, NULL, NULL, NULL);
  g_binding_group_bind_full (b, "total-cost", self->total_cost_label, "label",
                             G_BINDING_SYNC_CREATE, money_to_label, NULL, NULL, NULL);
  g_binding_group_bind_full (b, "working-hours-month", self->working_hours_label, "label",
                             G_BINDING_SYNC_CREATE, hours_to_label, NULL, NULL, NULL);

  self->signals = g_signal_group_new (OFFLOAD_TYPE_ASSESSMENT);
  g_signal_group_connect_swapped (self->signals, "notify::currency",
                                  G_CALLBACK (on_currency_changed), self);
  self->decision_signals = g_signal_group_new (OFFLOAD_TYPE_DECISION);
  g_signal_group_connect_swapped (self->decision_signals, "changed",
                                  G_CALLBACK (results_panel_update_answer), self);
}

OffloadAssessment *
offload_results_panel_get_assessment (OffloadResultsPanel *self)
{
  g_return_val_if_fail (OFFLOAD_IS_RESULTS_PANEL (self), NULL);
  return self->assessment;
}

void
offload_results_panel_set_assessment (OffloadResultsPanel *self,
                                      OffloadAssessment   *assessment)
{
  g_return_if_fail (OFFLOAD_IS_RESULTS_PANEL (self));
  g_return_if_fail (assessment == NULL || OFFLOAD_IS_ASSESSMENT (assessment));

  if (!g_set_object (&self->assessment, assessment))
    return;

  g_binding_group_set_source (self->bindings, assessment);
  g_signal_group_set_target (self->signals, assessment);
  g_signal_group_set_target (self->decision_signals, assessment ? offload_assessment_get_decision (assessment) : NULL);
  results_panel_update_answer (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
}
