/* offload-figures-panel.c
 *
 * The section "Your figures": the assessment's name and the owner's inputs
 * on the left, what they add up to (OffloadResultsPanel) on the right, or
 * below on a narrow window. Each row is bound both ways to its property of
 * the assessment through one binding group, so another document rebinds
 * them all at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "offload-catalog.h"
#include "offload-columns-layout.h"
#include "offload-figures-panel.h"
#include "offload-format.h"
#include "offload-rate-helper.h"
#include "offload-results-panel.h"
#include "offload-value-row.h"

struct _OffloadFiguresPanel
{
  GtkWidget            parent_instance;

  OffloadDocument     *document;
  GBindingGroup       *assessment_bindings;
  GBindingGroup       *document_bindings;
  GSignalGroup        *assessment_signals;
  GSignalGroup        *decision_signals;

  GtkEntry            *title_entry;
  OffloadValueRow     *hours_row;
  GtkLabel            *hours_from_tasks_label;
  OffloadValueRow     *working_day_row;
  OffloadValueRow     *value_row;
  OffloadValueRow     *days_row;
  OffloadValueRow     *weeks_row;
  OffloadValueRow     *interruptions_row;
  OffloadRateHelper   *rate_helper;
  OffloadResultsPanel *results_panel;
};

G_DEFINE_FINAL_TYPE (OffloadFiguresPanel, offload_figures_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_ASSESSMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The rows, and the assessment property each one shows. */
static OffloadValueRow *
figures_panel_row_for (OffloadFiguresPanel *self,
                       const char          *property)
{
  const struct { const char *property; OffloadValueRow *row; } rows[] = {
    { "hours-per-day", self->hours_row },
    { "working-hours-per-day", self->working_day_row },
    { "hourly-value", self->value_row },
    { "days-per-week", self->days_row },
    { "weeks-per-month", self->weeks_row },
    { "interruptions-per-day", self->interruptions_row },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].property, property))
      return rows[i].row;
  return NULL;
}

static void
figures_panel_update_currency (OffloadFiguresPanel *self)
{
  const char *currency;
  g_autofree char *unit = NULL;
  g_autofree char *spoken = NULL;

  if (self->document == NULL)
    return;

  currency = offload_assessment_get_currency (offload_document_get_assessment (self->document));
  /* Translators: a money unit per hour, e.g. "€/h" */
  unit = g_strdup_printf (_("%s/h"), offload_format_currency_symbol (currency));
  g_object_set (self->value_row, "unit", unit, NULL);

  if (g_str_equal (currency, "EUR"))
    spoken = g_strdup (_("Value of one hour of your time, in euros per hour"));
  else if (g_str_equal (currency, "USD"))
    spoken = g_strdup (_("Value of one hour of your time, in dollars per hour"));
  else if (g_str_equal (currency, "GBP"))
    spoken = g_strdup (_("Value of one hour of your time, in pounds per hour"));
  else
    /* Translators: %s is a currency code such as CHF */
    spoken = g_strdup_printf (_("Value of one hour of your time, in %s per hour"), currency);
  offload_value_row_set_spoken (self->value_row, spoken);
}

/* Each warning of the decision shows beside the figure it is about; those
 * about the Compare options' shares are that panel's. Run on every change
 * the decision reports: with no warning it is a count per row. */
static void
figures_panel_update_warnings (OffloadFiguresPanel *self)
{
  OffloadDecision *decision;
  OffloadValueRow *rows[] = {
    self->hours_row, self->working_day_row, self->value_row,
    self->days_row, self->weeks_row, self->interruptions_row,
  };

  if (self->document == NULL)
    return;

  decision = offload_assessment_get_decision (offload_document_get_assessment (self->document));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    offload_value_row_show_warnings (rows[i], decision);
}

static void
figures_panel_bind_row (OffloadFiguresPanel *self,
                        OffloadValueRow     *row,
                        const char          *property,
                        const char          *input,
                        const char          *spoken,
                        GtkSizeGroup        *units)
{
  OffloadCatalog *catalog = offload_catalog_get_default ();

  /* One width for every unit, whatever the language's longest ("semaines"),
   * so the entries stay in one column. */
  gtk_size_group_add_widget (units, offload_value_row_get_unit_label (row));

  offload_value_row_set_spec (row, offload_catalog_get_input (catalog, input));
  if (spoken != NULL)
    offload_value_row_set_spoken (row, spoken);
  g_binding_group_bind (self->assessment_bindings, property, row, "value",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static void
offload_figures_panel_dispose (GObject *object)
{
  OffloadFiguresPanel *self = OFFLOAD_FIGURES_PANEL (object);
  GtkWidget *child;

  g_binding_group_set_source (self->assessment_bindings, NULL);
  g_binding_group_set_source (self->document_bindings, NULL);
  g_signal_group_set_target (self->assessment_signals, NULL);
  g_signal_group_set_target (self->decision_signals, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), OFFLOAD_TYPE_FIGURES_PANEL);
  /* dispose_template() only unparents the children that have an id. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->document);
  g_clear_object (&self->assessment_bindings);
  g_clear_object (&self->document_bindings);
  g_clear_object (&self->assessment_signals);
  g_clear_object (&self->decision_signals);

  G_OBJECT_CLASS (offload_figures_panel_parent_class)->dispose (object);
}

static void
offload_figures_panel_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  OffloadFiguresPanel *self = OFFLOAD_FIGURES_PANEL (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT: g_value_set_object (value, self->document); break;
    case PROP_ASSESSMENT: g_value_set_object (value, offload_figures_panel_get_assessment (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_figures_panel_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  OffloadFiguresPanel *self = OFFLOAD_FIGURES_PANEL (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT: offload_figures_panel_set_document (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Once the task table has hours, they are the hours lost: the slider
 * would change nothing, so the row gives way to a line that says where the
 * figure comes from, in the figure the rest of the window uses. */
static void
figures_panel_update_task_hours (OffloadFiguresPanel *self)
{
  OffloadAssessment *assessment = offload_figures_panel_get_assessment (self);
  gboolean table = assessment != NULL && offload_assessment_get_uses_task_hours (assessment);

  if (table)
    {
      g_autofree char *week = offload_format_hours (offload_assessment_get_task_hours_week (assessment));
      g_autofree char *day = offload_format_hours (offload_assessment_get_admin_hours_per_day (assessment));
      /* Translators: the hours a week of the owner's task table, then the hours a day they make */
      g_autofree char *text = g_strdup_printf (_("Hours lost to admin: %s a week from your task table, %s a day. "
                                                 "Change them in the Plan section."), week, day);

      gtk_label_set_label (self->hours_from_tasks_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->hours_row), !table);
  gtk_widget_set_visible (GTK_WIDGET (self->hours_from_tasks_label), table);
}

static void
offload_figures_panel_class_init (OffloadFiguresPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = offload_figures_panel_dispose;
  object_class->get_property = offload_figures_panel_get_property;
  object_class->set_property = offload_figures_panel_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, OFFLOAD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, OFFLOAD_TYPE_ASSESSMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OFFLOAD_TYPE_COLUMNS_LAYOUT);
  g_type_ensure (OFFLOAD_TYPE_VALUE_ROW);
  g_type_ensure (OFFLOAD_TYPE_RATE_HELPER);
  g_type_ensure (OFFLOAD_TYPE_RESULTS_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/offload/Offload/ui/offload-figures-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, OffloadFiguresPanel, title_entry);
  gtk_widget_class_bind_template_child (widget_class, OffloadFiguresPanel, hours_row);
  gtk_widget_class_bind_template_child (widget_class, OffloadFiguresPanel, hours_from_tasks_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadFiguresPanel, working_day_row);
  gtk_widget_class_bind_template_child (widget_class, OffloadFiguresPanel, value_row);
  gtk_widget_class_bind_template_child (widget_class, OffloadFiguresPanel, days_row);
  gtk_widget_class_bind_template_child (widget_class, OffloadFiguresPanel, weeks_row);
  gtk_widget_class_bind_template_child (widget_class, OffloadFiguresPanel, interruptions_row);
  gtk_widget_class_bind_template_child (widget_class, OffloadFiguresPanel, rate_helper);
  gtk_widget_class_bind_template_child (widget_class, OffloadFiguresPanel, results_panel);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
offload_figures_panel_init (OffloadFiguresPanel *self)
{
  g_autoptr(GtkSizeGroup) units = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->assessment_bindings = g_binding_group_new ();
  self->document_bindings = g_binding_group_new ();

  units = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  figures_panel_bind_row (self, self->hours_row, "hours-per-day", OFFLOAD_INPUT_HOURS_PER_DAY,
                          _("Hours lost per day to low-value tasks, in hours per day"), units);
  figures_panel_bind_row (self, self->working_day_row, "working-hours-per-day", OFFLOAD_INPUT_WORKING_HOURS_PER_DAY,
                          _("Length of your working day, in hours"), units);
  /* The working day is Offload's own assumption: its reason and source
   * are one click away, as for the figures of Compare options. */
  offload_value_row_set_info (self->working_day_row,
                              offload_catalog_get_policy (offload_catalog_get_default (), "working_day"),
                              _("Where the working day comes from"));
  figures_panel_bind_row (self, self->value_row, "hourly-value", OFFLOAD_INPUT_HOURLY_VALUE, NULL, units);
  figures_panel_bind_row (self, self->days_row, "days-per-week", OFFLOAD_INPUT_DAYS_PER_WEEK,
                          _("Working days per week"), units);
  figures_panel_bind_row (self, self->weeks_row, "weeks-per-month", OFFLOAD_INPUT_WEEKS_PER_MONTH,
                          _("Working weeks per month"), units);
  figures_panel_bind_row (self, self->interruptions_row, "interruptions-per-day", OFFLOAD_INPUT_INTERRUPTIONS_PER_DAY,
                          _("Interruptions per day"), units);
  g_binding_group_bind (self->document_bindings, "title", self->title_entry, "text",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  self->assessment_signals = g_signal_group_new (OFFLOAD_TYPE_ASSESSMENT);
  g_signal_group_connect_swapped (self->assessment_signals, "notify::currency",
                                  G_CALLBACK (figures_panel_update_currency), self);
  g_signal_group_connect_swapped (self->assessment_signals, "notify::task-hours-week",
                                  G_CALLBACK (figures_panel_update_task_hours), self);
  g_signal_group_connect_swapped (self->assessment_signals, "notify::days-per-week",
                                  G_CALLBACK (figures_panel_update_task_hours), self);
  self->decision_signals = g_signal_group_new (OFFLOAD_TYPE_DECISION);
  g_signal_group_connect_swapped (self->decision_signals, "changed",
                                  G_CALLBACK (figures_panel_update_warnings), self);
}

GtkWidget *
offload_figures_panel_new (void)
{
  return g_object_new (OFFLOAD_TYPE_FIGURES_PANEL, NULL);
}

OffloadDocument *
offload_figures_panel_get_document (OffloadFiguresPanel *self)
{
  g_return_val_if_fail (OFFLOAD_IS_FIGURES_PANEL (self), NULL);
  return self->document;
}

OffloadAssessment *
offload_figures_panel_get_assessment (OffloadFiguresPanel *self)
{
  g_return_val_if_fail (OFFLOAD_IS_FIGURES_PANEL (self), NULL);
  return self->document ? offload_document_get_assessment (self->document) : NULL;
}

void
offload_figures_panel_set_document (OffloadFiguresPanel *self,
                                    OffloadDocument     *document)
{
  OffloadAssessment *assessment;

  g_return_if_fail (OFFLOAD_IS_FIGURES_PANEL (self));
  g_return_if_fail (document == NULL || OFFLOAD_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;

  assessment = document ? offload_document_get_assessment (document) : NULL;
  g_binding_group_set_source (self->assessment_bindings, assessment);
  g_binding_group_set_source (self->document_bindings, document);
  g_signal_group_set_target (self->assessment_signals, assessment);
  g_signal_group_set_target (self->decision_signals, assessment ? offload_assessment_get_decision (assessment) : NULL);
  figures_panel_update_currency (self);
  figures_panel_update_warnings (self);
  figures_panel_update_task_hours (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
}

void
offload_figures_panel_set_examples (OffloadFiguresPanel *self,
                                    const char * const  *properties_)
{
  const char * const all[] = {
    "hours-per-day", "working-hours-per-day", "hourly-value",
    "days-per-week", "weeks-per-month", "interruptions-per-day",
  };

  g_return_if_fail (OFFLOAD_IS_FIGURES_PANEL (self));

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    offload_value_row_set_example (figures_panel_row_for (self, all[i]),
                                   properties_ != NULL && g_strv_contains (properties_, all[i]));
}
