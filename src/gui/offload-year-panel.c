/* offload-year-panel.c
 *
 * Every control follows the assessment's OffloadActivity and the active
 * scenario's hire sizing: a change of the model (a file opened, an undo)
 * moves the controls under a `syncing` guard, so that the handlers the
 * controls then fire do not write the model back. The figures in words are
 * the year the report and the command line give (offload_scenario_get_year()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <math.h>

#include "offload-format.h"
#include "offload-scroll-passthrough.h"
#include "offload-wrap-layout.h"
#include "offload-year-panel.h"
#include "offload-year-view.h"

struct _OffloadYearPanel
{
  GtkWidget          parent_instance;

  OffloadAssessment *assessment;
  GSignalGroup      *assessment_signals;
  GSignalGroup      *activity_signals;   /* target: the assessment's activity */
  GSignalGroup      *scenario_signals;   /* target: the active scenario */
  guint              syncing;
  /* Set while the month spins write the activity: they keep the figures
   * typed rather than the factors scaled to a mean of 1. */
  gboolean           editing_custom;

  GtkToggleButton   *steady_button;
  GtkToggleButton   *growing_button;
  GtkToggleButton   *seasonal_button;
  GtkToggleButton   *custom_button;
  GtkWidget         *growth_box;
  GtkSpinButton     *growth_spin;
  GtkWidget         *seasonal_box;
  GtkBox            *months_box;
  GtkSpinButton     *busy_factor_spin;
  GtkWidget         *custom_box;
  GtkBox            *factors_box;
  GtkToggleButton   *peak_button;
  GtkToggleButton   *average_button;
  OffloadYearView   *year_view;
  GtkLabel          *freelance_label;
  GtkLabel          *hire_label;
  GtkLabel          *cheapest_label;

  GtkToggleButton   *month_toggles[OFFLOAD_N_MONTHS];
  GtkSpinButton     *month_spins[OFFLOAD_N_MONTHS];
};

G_DEFINE_FINAL_TYPE (OffloadYearPanel, offload_year_panel, GTK_TYPE_WIDGET)

static OffloadActivity *
year_panel_activity (OffloadYearPanel *self)
{
  return self->assessment ? offload_assessment_get_activity (self->assessment) : NULL;
}

static OffloadScenario *
year_panel_scenario (OffloadYearPanel *self)
{
  return self->assessment ? offload_assessment_get_active_scenario (self->assessment) : NULL;
}

/* ---- from the model to the controls ------------------------------------- */

static void
year_panel_sync_activity (OffloadYearPanel *self)
{
  OffloadActivity *activity = year_panel_activity (self);
  OffloadActivityProfile profile;
  const double *monthly;
  guint busy;

  if (activity == NULL)
    return;

  profile = offload_activity_get_profile (activity);
  monthly = offload_activity_get_monthly (activity);
  busy = offload_activity_get_busy_months (activity);

  self->syncing++;
  gtk_toggle_button_set_active (self->steady_button, profile == OFFLOAD_ACTIVITY_STEADY);
  gtk_toggle_button_set_active (self->growing_button, profile == OFFLOAD_ACTIVITY_GROWING);
  gtk_toggle_button_set_active (self->seasonal_button, profile == OFFLOAD_ACTIVITY_SEASONAL);
  gtk_toggle_button_set_active (self->custom_button, profile == OFFLOAD_ACTIVITY_CUSTOM);
  gtk_widget_set_visible (self->growth_box, profile == OFFLOAD_ACTIVITY_GROWING);
  gtk_widget_set_visible (self->seasonal_box, profile == OFFLOAD_ACTIVITY_SEASONAL);
  gtk_widget_set_visible (self->custom_box, profile == OFFLOAD_ACTIVITY_CUSTOM);

  gtk_spin_button_set_value (self->growth_spin, offload_activity_get_growth_per_year (activity) * 100.0);
  if (profile == OFFLOAD_ACTIVITY_SEASONAL)
    {
      for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
        gtk_toggle_button_set_active (self->month_toggles[m], (busy & (1u << m)) != 0);
      gtk_spin_button_set_value (self->busy_factor_spin, offload_activity_get_busy_factor (activity));
    }
  if (!self->editing_custom)
    for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
      gtk_spin_button_set_value (self->month_spins[m], monthly[m]);
  self->syncing--;
}

static void
year_panel_sync_sizing (OffloadYearPanel *self)
{
  OffloadScenario *scenario = year_panel_scenario (self);
  OffloadHireSizing sizing;

  if (scenario == NULL)
    return;
  sizing = offload_scenario_get_hire_sizing (scenario);
  self->syncing++;
  gtk_toggle_button_set_active (self->peak_button, sizing == OFFLOAD_HIRE_SIZING_PEAK);
  gtk_toggle_button_set_active (self->average_button, sizing == OFFLOAD_HIRE_SIZING_AVERAGE);
  self->syncing--;
}

static void
year_panel_update_figures (OffloadYearPanel *self)
{
  OffloadScenario *scenario = year_panel_scenario (self);
  OffloadYearResults rounded;
  const OffloadYearResults *y = &rounded;
  const char *currency;
  g_autofree char *freelance = NULL;
  g_autofree char *hire = NULL;
  g_autofree char *idle = NULL;
  g_autofree char *text = NULL;

  if (scenario == NULL)
    return;

  /* The totals of the report, the JSON and the CSV: the sums of the months as written. */
  offload_year_results_round (offload_scenario_get_year (scenario), &rounded);
  currency = offload_assessment_get_currency (self->assessment);
  freelance = offload_format_money (y->freelance_cost, currency);
  hire = offload_format_money (y->hire_cost, currency);
  idle = offload_format_hours (y->hire_idle_hours);

  /* Translators: a freelancer's cost over the twelve months, e.g. "€14,400" */
  text = g_strdup_printf (_("Freelance assistant over the year: %s"), freelance);
  gtk_label_set_label (self->freelance_label, text);
  g_clear_pointer (&text, g_free);
  /* Translators: the hire's cost over the year, then the paid hours without work, e.g. "€16,800, with 120 h idle" */
  /* At the weekly minimum, and the busiest month fits in it: the contract
   * is the same whichever way it is sized. */
  if (y->hire_at_minimum && y->peak_hours_freed <= y->hire_working_hours_month + 1e-9)
    /* Translators: the hire's cost over the year, then the paid hours without work; the
     * contract is at its weekly minimum, which holds even the busiest month's hours */
    text = g_strdup_printf (_("Part-time hire over the year: %s, with %s paid but idle. The contract's weekly "
                              "minimum already covers your busiest month, so both ways of sizing it cost the same."),
                            hire, idle);
  else
    text = g_strdup_printf (_("Part-time hire over the year: %s, with %s paid but idle"), hire, idle);
  gtk_label_set_label (self->hire_label, text);
  g_clear_pointer (&text, g_free);
  /* Translators: the option that costs least over the year, e.g. "Freelance assistant" */
  text = g_strdup_printf (_("Cheapest over the year: %s"), offload_option_get_title (y->cheapest));
  gtk_label_set_label (self->cheapest_label, text);
}

static void
year_panel_on_active_scenario (OffloadYearPanel *self)
{
  g_signal_group_set_target (self->scenario_signals, year_panel_scenario (self));
  year_panel_sync_sizing (self);
  year_panel_update_figures (self);
}

/* ---- from the controls to the model ------------------------------------- */

static void
year_panel_on_profile_toggled (GtkToggleButton  *button,
                               OffloadYearPanel *self)
{
  OffloadActivity *activity = year_panel_activity (self);
  OffloadActivityProfile profile;

  /* The group also switches the previous button off: only the new one speaks. */
  if (self->syncing > 0 || activity == NULL || !gtk_toggle_button_get_active (button))
    return;

  if (button == self->growing_button)
    profile = OFFLOAD_ACTIVITY_GROWING;
  else if (button == self->seasonal_button)
    profile = OFFLOAD_ACTIVITY_SEASONAL;
  else if (button == self->custom_button)
    profile = OFFLOAD_ACTIVITY_CUSTOM;
  else
    profile = OFFLOAD_ACTIVITY_STEADY;

  offload_activity_set_profile (activity, profile);
  /* A preset the model turns back into a steady year (no busy months in
   * the catalog, say) leaves the toggles as the model has them. */
  year_panel_sync_activity (self);
}

static void
year_panel_on_growth_changed (OffloadYearPanel *self)
{
  if (self->syncing > 0 || year_panel_activity (self) == NULL)
    return;
  offload_activity_set_growing (year_panel_activity (self), gtk_spin_button_get_value (self->growth_spin) / 100.0);
}

static void
year_panel_on_seasonal_changed (OffloadYearPanel *self)
{
  guint busy = 0;

  if (self->syncing > 0 || year_panel_activity (self) == NULL)
    return;
  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    if (gtk_toggle_button_get_active (self->month_toggles[m]))
      busy |= 1u << m;
  /* None or all busy is a steady year: the model says so, and the toggles
   * then show Steady. */
  offload_activity_set_seasonal (year_panel_activity (self), busy,
                                 gtk_spin_button_get_value (self->busy_factor_spin));
}

static void
year_panel_on_month_spin_changed (OffloadYearPanel *self)
{
  double monthly[OFFLOAD_N_MONTHS];

  if (self->syncing > 0 || year_panel_activity (self) == NULL)
    return;
  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    monthly[m] = gtk_spin_button_get_value (self->month_spins[m]);

  self->editing_custom = TRUE;
  /* All at 0 is refused: the spins keep what was typed, the year what it was. */
  offload_activity_set_custom (year_panel_activity (self), monthly);
  self->editing_custom = FALSE;
}

static void
year_panel_on_sizing_toggled (OffloadYearPanel *self)
{
  OffloadScenario *scenario = year_panel_scenario (self);

  if (self->syncing > 0 || scenario == NULL)
    return;
  if (gtk_toggle_button_get_active (self->peak_button))
    offload_scenario_set_hire_sizing (scenario, OFFLOAD_HIRE_SIZING_PEAK);
  else if (gtk_toggle_button_get_active (self->average_button))
    offload_scenario_set_hire_sizing (scenario, OFFLOAD_HIRE_SIZING_AVERAGE);
}

/* ---- the twelve months -------------------------------------------------- */

static void
year_panel_build_months (OffloadYearPanel *self)
{
  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    {
      g_autofree char *name = offload_year_dup_month_name (m + 1, FALSE);
      g_autofree char *abbreviation = offload_year_dup_month_name (m + 1, TRUE);
      g_autofree char *busy_name = NULL;
      g_autofree char *factor_name = NULL;
      GtkWidget *toggle = gtk_toggle_button_new_with_label (abbreviation);
      GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *label = gtk_label_new (abbreviation);
      GtkWidget *spin = gtk_spin_button_new_with_range (0.0, OFFLOAD_ACTIVITY_MAX_FACTOR, 0.1);

      /* Translators: the name of a month's toggle among the busy months, e.g. "December is a busy month" */
      busy_name = g_strdup_printf (_("%s is a busy month"), name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, busy_name, -1);
      gtk_widget_set_tooltip_text (toggle, name);
      g_signal_connect_swapped (toggle, "toggled", G_CALLBACK (year_panel_on_seasonal_changed), self);
      gtk_box_append (self->months_box, toggle);
      self->month_toggles[m] = GTK_TOGGLE_BUTTON (toggle);

      /* Translators: the name of a month's spin button, e.g. "Activity in December, 1 being an average month" */
      factor_name = g_strdup_printf (_("Activity in %s, 1 being an average month"), name);
      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 2);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, factor_name, -1);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (year_panel_on_month_spin_changed), self);
      gtk_box_append (GTK_BOX (column), label);
      gtk_box_append (GTK_BOX (column), spin);
      gtk_box_append (self->factors_box, column);
      self->month_spins[m] = GTK_SPIN_BUTTON (spin);
    }
}

/* ---- object ------------------------------------------------------------- */

static void
offload_year_panel_dispose (GObject *object)
{
  OffloadYearPanel *self = OFFLOAD_YEAR_PANEL (object);
  GtkWidget *child;

  if (self->assessment_signals != NULL)
    g_signal_group_set_target (self->assessment_signals, NULL);
  if (self->activity_signals != NULL)
    g_signal_group_set_target (self->activity_signals, NULL);
  if (self->scenario_signals != NULL)
    g_signal_group_set_target (self->scenario_signals, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), OFFLOAD_TYPE_YEAR_PANEL);
  /* dispose_template() only unparents the children that have an id. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);
  g_clear_object (&self->assessment_signals);
  g_clear_object (&self->activity_signals);
  g_clear_object (&self->scenario_signals);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (offload_year_panel_parent_class)->dispose (object);
}

static void
offload_year_panel_class_init (OffloadYearPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = offload_year_panel_dispose;

  g_type_ensure (OFFLOAD_TYPE_WRAP_LAYOUT);
  g_type_ensure (OFFLOAD_TYPE_YEAR_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/offload/Offload/ui/offload-year-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, OffloadYearPanel, steady_button);
  gtk_widget_class_bind_template_child (widget_class, OffloadYearPanel, growing_button);
  gtk_widget_class_bind_template_child (widget_class, OffloadYearPanel, seasonal_button);
  gtk_widget_class_bind_template_child (widget_class, OffloadYearPanel, custom_button);
  gtk_widget_class_bind_template_child (widget_class, OffloadYearPanel, growth_box);
  gtk_widget_class_bind_template_child (widget_class, OffloadYearPanel, growth_spin);
  gtk_widget_class_bind_template_child (widget_class, OffloadYearPanel, seasonal_box);
  gtk_widget_class_bind_template_child (widget_class, OffloadYearPanel, months_box);
  gtk_widget_class_bind_template_child (widget_class, OffloadYearPanel, busy_factor_spin);
  gtk_widget_class_bind_template_child (widget_class, OffloadYearPanel, custom_box);
  gtk_widget_class_bind_template_child (widget_class, OffloadYearPanel, factors_box);
  gtk_widget_class_bind_template_child (widget_class, OffloadYearPanel, peak_button);
  gtk_widget_class_bind_template_child (widget_class, OffloadYearPanel, average_button);
  gtk_widget_class_bind_template_child (widget_class, OffloadYearPanel, year_view);
  gtk_widget_class_bind_template_child (widget_class, OffloadYearPanel, freelance_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadYearPanel, hire_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadYearPanel, cheapest_label);
  gtk_widget_class_bind_template_callback (widget_class, year_panel_on_profile_toggled);
  gtk_widget_class_bind_template_callback (widget_class, year_panel_on_growth_changed);
  gtk_widget_class_bind_template_callback (widget_class, year_panel_on_seasonal_changed);
  gtk_widget_class_bind_template_callback (widget_class, year_panel_on_sizing_toggled);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
offload_year_panel_init (OffloadYearPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  year_panel_build_months (self);
  offload_scroll_passthrough_attach (GTK_WIDGET (self->growth_spin));
  offload_scroll_passthrough_attach (GTK_WIDGET (self->busy_factor_spin));
  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    offload_scroll_passthrough_attach (GTK_WIDGET (self->month_spins[m]));

  self->assessment_signals = g_signal_group_new (OFFLOAD_TYPE_ASSESSMENT);
  g_signal_group_connect_swapped (self->assessment_signals, "notify::active-scenario",
                                  G_CALLBACK (year_panel_on_active_scenario), self);
  g_signal_group_connect_swapped (self->assessment_signals, "notify::currency",
                                  G_CALLBACK (year_panel_update_figures), self);
  self->activity_signals = g_signal_group_new (OFFLOAD_TYPE_ACTIVITY);
  g_signal_group_connect_swapped (self->activity_signals, "changed",
                                  G_CALLBACK (year_panel_sync_activity), self);
  self->scenario_signals = g_signal_group_new (OFFLOAD_TYPE_SCENARIO);
  g_signal_group_connect_swapped (self->scenario_signals, "notify::hire-sizing",
                                  G_CALLBACK (year_panel_sync_sizing), self);
  g_signal_group_connect_swapped (self->scenario_signals, "results-changed",
                                  G_CALLBACK (year_panel_update_figures), self);
}

void
offload_year_panel_set_assessment (OffloadYearPanel  *self,
                                   OffloadAssessment *assessment)
{
  g_return_if_fail (OFFLOAD_IS_YEAR_PANEL (self));
  g_return_if_fail (assessment == NULL || OFFLOAD_IS_ASSESSMENT (assessment));

  if (!g_set_object (&self->assessment, assessment))
    return;

  offload_year_view_set_assessment (self->year_view, assessment);
  g_signal_group_set_target (self->assessment_signals, assessment);
  g_signal_group_set_target (self->activity_signals, year_panel_activity (self));
  year_panel_sync_activity (self);
  year_panel_on_active_scenario (self);
}

GtkWidget *
offload_year_panel_get_month_toggle (OffloadYearPanel *self,
                                     guint             month)
{
  g_return_val_if_fail (OFFLOAD_IS_YEAR_PANEL (self), NULL);
  g_return_val_if_fail (month >= 1 && month <= OFFLOAD_N_MONTHS, NULL);
  return GTK_WIDGET (self->month_toggles[month - 1]);
}

GtkWidget *
offload_year_panel_get_month_spin (OffloadYearPanel *self,
                                   guint             month)
{
  g_return_val_if_fail (OFFLOAD_IS_YEAR_PANEL (self), NULL);
  g_return_val_if_fail (month >= 1 && month <= OFFLOAD_N_MONTHS, NULL);
  return GTK_WIDGET (self->month_spins[month - 1]);
}
