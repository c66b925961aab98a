/* offload-results-panel.c
 *
 * Every label is a property binding from the assessment, with a transform
 * that only formats: the model computes, the panel shows. A GBindingGroup
 * holds the bindings, so switching documents or currencies re-syncs them all.
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
  GSignalGroup      *signals;

  GtkLabel          *monthly_hours_label;
  GtkLabel          *monthly_cost_label;
  GtkLabel          *yearly_cost_label;
  GtkLabel          *focus_hours_label;
  GtkLabel          *focus_cost_label;
  OffloadChartView  *readiness_gauge;
  OffloadChartView  *cost_chart;
  GtkLabel          *verdict_label;
  GtkLabel          *advice_label;
  GtkLabel          *reasons_label;
  GtkLabel          *delegate_label;
  GtkWidget         *reasons_heading;
  GtkWidget         *delegate_heading;
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
                                                 offload_assessment_get_currency (assessment), 0));
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

static OffloadBand *
band_of (GBinding     *binding,
         const GValue *from)
{
  OffloadCatalog *catalog = offload_assessment_get_catalog (source_of (binding));

  return offload_catalog_lookup_band (catalog, g_value_get_string (from));
}

static gboolean
verdict_to_title (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  OffloadBand *band = band_of (binding, from);

  g_value_set_string (to, band ? band->title : "");
  return TRUE;
}

static gboolean
verdict_to_advice (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  OffloadBand *band = band_of (binding, from);

  g_value_set_string (to, band ? band->advice : "");
  return TRUE;
}

static gboolean
reasons_to_label (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  OffloadCatalog *catalog = offload_assessment_get_catalog (source_of (binding));
  const char * const *ids = g_value_get_boxed (from);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; ids && ids[i]; i++)
    {
      OffloadSign *sign = offload_catalog_lookup (catalog, ids[i]);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_COUNTER)
        /* Translators: a counter-indication, then what to do about it */
        g_string_append_printf (text, _("✗ %s — %s"), offload_sign_get_title (sign),
                                offload_sign_get_remediation (sign));
      else
        g_string_append_printf (text, "• %s", offload_sign_get_title (sign));
    }

  g_value_take_string (to, g_string_free (g_steal_pointer (&text), FALSE));
  return TRUE;
}

static gboolean
tasks_to_label (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  OffloadCatalog *catalog = offload_assessment_get_catalog (source_of (binding));
  const char * const *ids = g_value_get_boxed (from);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; ids && ids[i]; i++)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%u. %s", i + 1, offload_catalog_get_task_title (catalog, ids[i]));
    }

  g_value_take_string (to, g_string_free (g_steal_pointer (&text), FALSE));
  return TRUE;
}

static gboolean
strv_to_visible (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  const char * const *ids = g_value_get_boxed (from);

  g_value_set_boolean (to, ids != NULL && ids[0] != NULL);
  return TRUE;
}

/* Amounts are formatted in the document's currency: re-sync when it changes. */
static void
on_currency_changed (OffloadResultsPanel *self)
{
  g_binding_group_set_source (self->bindings, NULL);
  g_binding_group_set_source (self->bindings, self->assessment);
}

static void
offload_results_panel_dispose (GObject *object)
{
  GtkWidget *child;
  OffloadResultsPanel *self = OFFLOAD_RESULTS_PANEL (object);

  g_binding_group_set_source (self->bindings, NULL);
  g_signal_group_set_target (self->signals, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), OFFLOAD_TYPE_RESULTS_PANEL);
  /* dispose_template() only unparents the children that have an id. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->assessment);
  g_clear_object (&self->bindings);
  g_clear_object (&self->signals);

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
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, monthly_hours_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, monthly_cost_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, yearly_cost_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, focus_hours_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, focus_cost_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, readiness_gauge);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, cost_chart);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, advice_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, reasons_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, delegate_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, reasons_heading);
  gtk_widget_class_bind_template_child (widget_class, OffloadResultsPanel, delegate_heading);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
offload_results_panel_init (OffloadResultsPanel *self)
{
  GBindingGroup *b;

  gtk_widget_init_template (GTK_WIDGET (self));

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
  g_binding_group_bind_full (b, "verdict", self->verdict_label, "label",
                             G_BINDING_SYNC_CREATE, verdict_to_title, NULL, NULL, NULL);
  g_binding_group_bind_full (b, "verdict", self->advice_label, "label",
                             G_BINDING_SYNC_CREATE, verdict_to_advice, NULL, NULL, NULL);
  g_binding_group_bind_full (b, "reasons", self->reasons_label, "label",
                             G_BINDING_SYNC_CREATE, reasons_to_label, NULL, NULL, NULL);
  g_binding_group_bind_full (b, "reasons", self->reasons_heading, "visible",
                             G_BINDING_SYNC_CREATE, strv_to_visible, NULL, NULL, NULL);
  g_binding_group_bind_full (b, "reasons", self->reasons_label, "visible",
                             G_BINDING_SYNC_CREATE, strv_to_visible, NULL, NULL, NULL);
  g_binding_group_bind_full (b, "delegate-first", self->delegate_label, "label",
                             G_BINDING_SYNC_CREATE, tasks_to_label, NULL, NULL, NULL);
  g_binding_group_bind_full (b, "delegate-first", self->delegate_heading, "visible",
                             G_BINDING_SYNC_CREATE, strv_to_visible, NULL, NULL, NULL);
  g_binding_group_bind_full (b, "delegate-first", self->delegate_label, "visible",
                             G_BINDING_SYNC_CREATE, strv_to_visible, NULL, NULL, NULL);

  self->signals = g_signal_group_new (OFFLOAD_TYPE_ASSESSMENT);
  g_signal_group_connect_swapped (self->signals, "notify::currency",
                                  G_CALLBACK (on_currency_changed), self);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
}
