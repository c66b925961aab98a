/* offload-comparison-panel.c
 *
 * The inputs and figures bind to the active scenario through a
 * GBindingGroup, so switching scenarios (or documents) rebinds them all at
 * once. Figures are formatted in binding transforms or small notify
 * handlers; every number comes from the model. Each figure's formula and
 * source is one click away, in a popover whose text is the catalog's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <math.h>

#include "offload-columns-layout.h"
#include "offload-comparison-panel.h"
#include "offload-format.h"
#include "offload-info-popover.h"
#include "offload-value-row.h"
#include "offload-year-panel.h"

typedef struct
{
  GtkWidget *frame;
  GtkLabel  *badge;
  GtkLabel  *cost;
  GtkLabel  *net;
  GtkLabel  *detail;
} OptionCard;

struct _OffloadComparisonPanel
{
  GtkWidget          parent_instance;

  OffloadAssessment *assessment;
  GBindingGroup     *bindings;            /* source: the active scenario */
  GSignalGroup      *scenario_signals;    /* target: the active scenario */
  GSignalGroup      *assessment_signals;
  GSignalGroup      *decision_signals;    /* target: the assessment's decision */
  GPtrArray         *percent_specs;       /* OffloadInputSpec in percent */

  GtkListBox        *scenario_list;
  GtkEntry          *name_entry;
  OffloadValueRow   *delegated_row;
  GtkLabel          *share_from_tasks_label;
  OffloadValueRow   *reinvested_row;
  OffloadValueRow   *freelance_rate_row;
  GtkCheckButton    *vat_check;
  OffloadValueRow   *hire_wage_row;
  OffloadValueRow   *employer_rate_row;
  OffloadValueRow   *weeks_off_row;
  OffloadValueRow   *min_hours_row;
  OffloadValueRow   *onboarding_row;
  GtkLabel          *freed_label;
  GtkBox            *freed_box;
  GtkFlowBox        *options_box;
  GtkGrid           *figures_grid;
  OffloadYearPanel  *year_panel;

  OptionCard         cards[3];
  GtkLabel          *recovered_label;
  GtkLabel          *breakeven_value_label;
  GtkLabel          *breakeven_hours_label;
  GtkLabel          *range_label;
  GtkWidget         *minimum_note;
};

G_DEFINE_FINAL_TYPE (OffloadComparisonPanel, offload_comparison_panel, GTK_TYPE_WIDGET)

static const char *
currency_of (OffloadComparisonPanel *self)
{
  return self->assessment ? offload_assessment_get_currency (self->assessment) : "EUR";
}

static OffloadScenario *
active_scenario (OffloadComparisonPanel *self)
{
  return self->assessment ? offload_assessment_get_active_scenario (self->assessment) : NULL;
}

/* ---- binding transforms ------------------------------------------------ */

static gboolean
fraction_to_percent (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  g_value_set_double (to, g_value_get_double (from) * 100.0);
  return TRUE;
}

static gboolean
percent_to_fraction (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  g_value_set_double (to, g_value_get_double (from) / 100.0);
  return TRUE;
}

static gboolean
money_to_label (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  g_value_take_string (to, offload_format_money (g_value_get_double (from), currency_of (user_data)));
  return TRUE;
}

static char *
format_net (OffloadComparisonPanel *self,
            double                  net)
{
  g_autofree char *money = offload_format_money (net, currency_of (self));

  /* Translators: an option's net gain per month, e.g. "Net gain: €1,350 a month" */
  return g_strdup_printf (_("Net gain: %s a month"), money);
}

static gboolean
net_to_label (GBinding     *binding,
              const GValue *from,
              GValue       *to,
              gpointer      user_data)
{
  g_value_take_string (to, format_net (user_data, g_value_get_double (from)));
  return TRUE;
}

static gboolean
breakeven_value_to_label (GBinding     *binding,
                          const GValue *from,
                          GValue       *to,
                          gpointer      user_data)
{
  double value = g_value_get_double (from);
  g_autofree char *money = NULL;

  if (isnan (value))
    {
      g_value_set_string (to, _("Never: none of the freed hours is reinvested"));
      return TRUE;
    }
  money = offload_format_rate (value, currency_of (user_data));
  /* Translators: the owner's hourly value above which delegating pays */
  g_value_take_string (to, g_strdup_printf (_("When your hour is worth more than %s"), money));
  return TRUE;
}

static gboolean
breakeven_hours_to_label (GBinding     *binding,
                          const GValue *from,
                          GValue       *to,
                          gpointer      user_data)
{
  double value = g_value_get_double (from);
  g_autofree char *hours = NULL;

  if (isnan (value))
    {
      g_value_set_string (to, _("Never, with these figures"));
      return TRUE;
    }
  hours = offload_format_hours (value);
  /* Translators: hours freed per month above which a hire costs less than a freelancer */
  g_value_take_string (to, g_strdup_printf (_("Above %s freed a month"), hours));
  return TRUE;
}

/* ---- texts that combine several figures -------------------------------- */

/* The task table names what is handed over: the share slider would change
 * nothing, so the row gives way to a line that says where the share comes
 * from, in the figure every scenario uses. */
static void
comparison_panel_update_task_share (OffloadComparisonPanel *self)
{
  gboolean table = self->assessment != NULL && offload_assessment_get_uses_task_hours (self->assessment);

  if (table)
    {
      double all = offload_assessment_get_task_hours_week (self->assessment);
      double delegated = offload_assessment_get_delegated_hours_week (self->assessment);
      g_autofree char *handed = offload_format_hours (delegated);
      g_autofree char *total = offload_format_hours (all);
      g_autofree char *percent = offload_format_number (100.0 * delegated / all, 0);
      /* Translators: hours a week handed over, of all the hours a week, then the percentage ("79") */
      g_autofree char *text = g_strdup_printf (_("Hours handed over: %s of the %s a week of your task table (%s %%), "
                                                 "in every scenario. Change them in the Plan section."),
                                               handed, total, percent);

      gtk_label_set_label (self->share_from_tasks_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->delegated_row), !table);
  gtk_widget_set_visible (GTK_WIDGET (self->share_from_tasks_label), table);
}

static void
update_freed (OffloadComparisonPanel *self)
{
  const OffloadComparisonResults *r = offload_scenario_get_results (active_scenario (self));
  g_autofree char *week = offload_format_hours (r->hours_freed_week);
  g_autofree char *month = offload_format_hours (r->hours_freed_month);
  g_autofree char *text = NULL;

  /* Translators: hours freed a week, then a month */
  text = g_strdup_printf (_("Hours freed: %s a week, %s a month"), week, month);
  gtk_label_set_label (self->freed_label, text);
}

static void
update_freelance_detail (OffloadComparisonPanel *self)
{
  gtk_label_set_label (self->cards[OFFLOAD_OPTION_FREELANCE].detail,
                       offload_scenario_get_freelance_vat (active_scenario (self))
                       ? _("With 20 % VAT you cannot recover")
                       : _("No VAT to pay, or you recover it"));
}

static void
update_hire_detail (OffloadComparisonPanel *self)
{
  const OffloadComparisonResults *r = offload_scenario_get_results (active_scenario (self));
  g_autofree char *hours = offload_format_hours (r->hire_weekly_hours);
  g_autofree char *text = NULL;

  if (r->hire_over_full_time)
    /* Translators: %s is hours per week */
    text = g_strdup_printf (_("%s a week: more than one full-time job"), hours);
  else if (r->hire_at_minimum)
    /* Translators: %s is hours per week */
    text = g_strdup_printf (_("%s a week, the contract's minimum"), hours);
  else
    /* Translators: %s is hours per week */
    text = g_strdup_printf (_("%s a week, paid leave included"), hours);
  gtk_label_set_label (self->cards[OFFLOAD_OPTION_HIRE].detail, text);
}

static void
update_range (OffloadComparisonPanel *self)
{
  const OffloadComparisonResults *r = offload_scenario_get_results (active_scenario (self));
  g_autofree char *low = offload_format_money (r->net_low_month, currency_of (self));
  g_autofree char *high = offload_format_money (r->net_high_month, currency_of (self));
  g_autofree char *text = NULL;

  /* Translators: the option, its lowest and highest net gain a month, and what moves it most */
  text = g_strdup_printf (_("%s: from %s to %s a month. What moves it most: %s."),
                          offload_option_get_title (r->range_option), low, high,
                          offload_range_input_get_title (r->most_sensitive_input));
  gtk_label_set_label (self->range_label, text);
}

/* The cheapest card is marked in words as well as in colour. */
static void
update_cheapest (OffloadComparisonPanel *self)
{
  OffloadOption cheapest = offload_scenario_get_results (active_scenario (self))->cheapest;

  for (guint i = 0; i < G_N_ELEMENTS (self->cards); i++)
    {
      gboolean is_cheapest = i == cheapest;

      gtk_widget_set_visible (GTK_WIDGET (self->cards[i].badge), is_cheapest);
      if (is_cheapest)
        gtk_widget_add_css_class (self->cards[i].frame, "cheapest");
      else
        gtk_widget_remove_css_class (self->cards[i].frame, "cheapest");
    }
}

/* Doing it yourself costs no money and nets nothing: the baseline. */
static void
update_yourself (OffloadComparisonPanel *self)
{
  g_autofree char *zero = offload_format_money (0, currency_of (self));
  g_autofree char *net = format_net (self, 0);

  gtk_label_set_label (self->cards[OFFLOAD_OPTION_YOURSELF].cost, zero);
  gtk_label_set_label (self->cards[OFFLOAD_OPTION_YOURSELF].net, net);
}

static void
update_combined (OffloadComparisonPanel *self)
{
  update_freed (self);
  update_hire_detail (self);
  update_range (self);
  update_cheapest (self);
}

/* The model's warnings about the two shares, beside their rows. */
static void
update_warnings (OffloadComparisonPanel *self)
{
  OffloadDecision *decision = self->assessment ? offload_assessment_get_decision (self->assessment) : NULL;

  offload_value_row_show_warnings (self->delegated_row, decision);
  offload_value_row_show_warnings (self->reinvested_row, decision);
}

static void
update_all (OffloadComparisonPanel *self)
{
  if (active_scenario (self) == NULL)
    return;
  update_yourself (self);
  update_freelance_detail (self);
  update_combined (self);
}

/* ---- building blocks --------------------------------------------------- */

/* A button that shows how @about is computed, from the catalog's policy
 * texts named in @keys (comma-separated). */
static GtkWidget *
info_button_new (const char *keys,
                 const char *about)
{
  GtkWidget *button = gtk_menu_button_new ();
  /* Translators: %s is a figure, e.g. "How it is computed: Freelance assistant" */
  g_autofree char *spoken = g_strdup_printf (_("How it is computed: %s"), about);

  g_auto(GStrv) names = g_strsplit (keys, ",", -1);
  g_autoptr(GStrvBuilder) texts = g_strv_builder_new ();
  g_auto(GStrv) paragraphs = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; names[i]; i++)
    {
      const char *policy = offload_catalog_get_policy (offload_catalog_get_default (), names[i]);

      g_return_val_if_fail (policy != NULL, button);
      g_strv_builder_add (texts, policy);
    }
  paragraphs = g_strv_builder_end (texts);
  text = g_strjoinv ("\n\n", paragraphs);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "help-about-symbolic");
  gtk_widget_set_tooltip_text (button, _("How it is computed"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  offload_info_popover_attach (GTK_MENU_BUTTON (button), text);
  return button;
}

static GtkLabel *
figure_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return GTK_LABEL (label);
}

static void
build_card (OffloadComparisonPanel *self,
            OffloadOption           option,
            const char             *policy)
{
  OptionCard *card = &self->cards[option];
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *title = gtk_label_new (offload_option_get_title (option));
  GtkWidget *per_month = gtk_label_new (_("per month"));

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (top), title);
  if (policy != NULL)
    gtk_box_append (GTK_BOX (top), info_button_new (policy, offload_option_get_title (option)));
  gtk_box_append (GTK_BOX (box), top);

  card->badge = figure_label ("cheapest-badge");
  gtk_label_set_label (card->badge, _("✓ Cheapest, counting the time you win back"));
  gtk_widget_set_visible (GTK_WIDGET (card->badge), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (card->badge));

  card->cost = figure_label ("figure");
  gtk_widget_add_css_class (GTK_WIDGET (card->cost), "accent-figure");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (card->cost));
  gtk_label_set_xalign (GTK_LABEL (per_month), 0);
  gtk_widget_add_css_class (per_month, "dim-label");
  gtk_box_append (GTK_BOX (box), per_month);
  card->net = figure_label ("figure");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (card->net));
  card->detail = figure_label ("dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (card->detail));

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);

  card->frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (card->frame), box);
  gtk_widget_add_css_class (card->frame, "option-card");
  /* A group named after the option: a screen reader says what the figures are. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (card->frame),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL, -1);
  gtk_flow_box_append (self->options_box, card->frame);
  /* The card is not a control: focus goes to its button only. */
  gtk_widget_set_focusable (gtk_widget_get_parent (card->frame), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (card->frame)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, offload_option_get_title (option), -1);
}

static GtkLabel *
add_figure_row (OffloadComparisonPanel *self,
                int                     row,
                const char             *title,
                const char             *policy)
{
  GtkWidget *title_label = gtk_label_new (title);
  GtkLabel *value = figure_label ("figure");

  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
  gtk_grid_attach (self->figures_grid, title_label, 0, row, 1, 1);
  gtk_grid_attach (self->figures_grid, info_button_new (policy, title), 1, row, 1, 1);
  gtk_widget_set_margin_bottom (GTK_WIDGET (value), 6);
  gtk_grid_attach (self->figures_grid, GTK_WIDGET (value), 0, row + 1, 2, 1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (value),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title_label, NULL, -1);
  return value;
}

static void
build_figures (OffloadComparisonPanel *self)
{
  GtkWidget *note_label;

  self->recovered_label = add_figure_row (self, 0, _("Value of the time you win back"), "value_recovered");
  self->breakeven_value_label = add_figure_row (self, 2, _("When delegating pays"), "breakeven_hourly_value");
  self->breakeven_hours_label = add_figure_row (self, 4, _("When a hire beats a freelancer"), "breakeven_hire_hours");
  self->range_label = add_figure_row (self, 6, _("If your figures are off by 25 %"), "range");

  /* The legal minimum, in words, whenever it drives the hire's cost. */
  self->minimum_note = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  note_label = gtk_label_new (_("A part-time hire is paid for the contract's weekly minimum (24 hours in law) even when fewer hours are needed."));
  gtk_label_set_wrap (GTK_LABEL (note_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (note_label), 0);
  gtk_widget_add_css_class (note_label, "dim-label");
  gtk_box_append (GTK_BOX (self->minimum_note), note_label);
  gtk_box_append (GTK_BOX (self->minimum_note), info_button_new ("hire_minimum", _("the weekly minimum")));
  gtk_grid_attach (self->figures_grid, self->minimum_note, 0, 8, 2, 1);
}

/* ---- the scenario list ------------------------------------------------- */

static void
update_row (GtkWidget *row)
{
  OffloadScenario *scenario = g_object_get_data (G_OBJECT (row), "scenario");
  GtkLabel *summary = g_object_get_data (G_OBJECT (row), "summary");
  OffloadComparisonPanel *self = g_object_get_data (G_OBJECT (row), "panel");
  const OffloadComparisonResults *r = offload_scenario_get_results (scenario);
  g_autofree char *hours = offload_format_hours (r->hours_freed_month);
  g_autofree char *net = offload_format_money (offload_comparison_results_get_net (r, r->cheapest),
                                               currency_of (self));
  g_autofree char *text = NULL;
  g_autofree char *spoken = NULL;

  /* Translators: a scenario's figures: hours freed a month, the cheapest option, its net gain */
  text = g_strdup_printf (_("%s freed a month · cheapest: %s · net gain %s a month"),
                          hours, offload_option_get_title (r->cheapest), net);
  gtk_label_set_label (summary, text);
  spoken = g_strdup_printf ("%s: %s", offload_scenario_get_name (scenario), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
}

static GtkWidget *
create_scenario_row (gpointer item,
                     gpointer user_data)
{
  OffloadScenario *scenario = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *summary = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  gtk_widget_add_css_class (summary, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), summary);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_bind_property (scenario, "name", name, "label", G_BINDING_SYNC_CREATE);
  g_object_set_data_full (G_OBJECT (row), "scenario", g_object_ref (scenario), g_object_unref);
  g_object_set_data (G_OBJECT (row), "summary", summary);
  g_object_set_data (G_OBJECT (row), "panel", user_data);
  /* Once per change, however many figures moved. */
  g_signal_connect_object (scenario, "notify::name", G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (scenario, "results-changed", G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);
  update_row (row);
  return row;
}

static void
select_active_row (OffloadComparisonPanel *self)
{
  guint position;

  if (self->assessment == NULL ||
      !g_list_store_find (G_LIST_STORE (offload_assessment_get_scenarios (self->assessment)),
                          active_scenario (self), &position))
    return;
  gtk_list_box_select_row (self->scenario_list, gtk_list_box_get_row_at_index (self->scenario_list, position));
}

static void
on_scenario_row_activated (GtkListBox             *list,
                           GtkListBoxRow          *row,
                           OffloadComparisonPanel *self)
{
  offload_assessment_set_active_scenario (self->assessment, g_object_get_data (G_OBJECT (row), "scenario"));
}

static void
update_actions (OffloadComparisonPanel *self)
{
  guint n = self->assessment ? g_list_model_get_n_items (offload_assessment_get_scenarios (self->assessment)) : 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "comparison.add-scenario",
                                 n > 0 && n < OFFLOAD_ASSESSMENT_MAX_SCENARIOS);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "comparison.remove-scenario", n > 1);
}

static void
on_scenarios_changed (OffloadComparisonPanel *self)
{
  update_actions (self);
  select_active_row (self);
}

static void
on_active_scenario_changed (OffloadComparisonPanel *self)
{
  OffloadScenario *scenario = active_scenario (self);

  g_binding_group_set_source (self->bindings, scenario);
  g_signal_group_set_target (self->scenario_signals, scenario);
  update_all (self);
  select_active_row (self);
}

static void
update_currency_units (OffloadComparisonPanel *self)
{
  const char *symbol = offload_format_currency_symbol (currency_of (self));
  /* Translators: a money unit per hour, e.g. "€/h" */
  g_autofree char *per_hour = g_strdup_printf (_("%s/h"), symbol);

  g_object_set (self->freelance_rate_row, "unit", per_hour, NULL);
  g_object_set (self->hire_wage_row, "unit", per_hour, NULL);
  g_object_set (self->onboarding_row, "unit", symbol, NULL);
}

static void
on_currency_changed (OffloadComparisonPanel *self)
{
  update_currency_units (self);
  /* Re-run every transform in the new currency. */
  g_binding_group_set_source (self->bindings, NULL);
  on_active_scenario_changed (self);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->scenario_list)); row;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      update_row (row);
}

/* ---- actions ----------------------------------------------------------- */

static void
action_add_scenario (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OffloadComparisonPanel *self = OFFLOAD_COMPARISON_PANEL (widget);

  if (offload_assessment_add_scenario (self->assessment, NULL) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

static void
action_remove_scenario (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  /* The window deletes it, as a step the owner can undo. */
  gtk_widget_activate_action (widget, "win.delete-scenario", NULL);
}

/* ---- object ------------------------------------------------------------ */

static void
offload_comparison_panel_dispose (GObject *object)
{
  OffloadComparisonPanel *self = OFFLOAD_COMPARISON_PANEL (object);
  GtkWidget *child;

  if (self->bindings)
    g_binding_group_set_source (self->bindings, NULL);
  if (self->scenario_signals)
    g_signal_group_set_target (self->scenario_signals, NULL);
  if (self->assessment_signals)
    g_signal_group_set_target (self->assessment_signals, NULL);
  if (self->decision_signals)
    g_signal_group_set_target (self->decision_signals, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), OFFLOAD_TYPE_COMPARISON_PANEL);
  /* dispose_template() only unparents the children that have an id. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);
  g_clear_object (&self->bindings);
  g_clear_object (&self->scenario_signals);
  g_clear_object (&self->assessment_signals);
  g_clear_object (&self->decision_signals);
  g_clear_object (&self->assessment);
  g_clear_pointer (&self->percent_specs, g_ptr_array_unref);

  G_OBJECT_CLASS (offload_comparison_panel_parent_class)->dispose (object);
}

static void
offload_comparison_panel_class_init (OffloadComparisonPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = offload_comparison_panel_dispose;

  g_type_ensure (OFFLOAD_TYPE_COLUMNS_LAYOUT);
  g_type_ensure (OFFLOAD_TYPE_VALUE_ROW);
  g_type_ensure (OFFLOAD_TYPE_YEAR_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/offload/Offload/ui/offload-comparison-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, OffloadComparisonPanel, scenario_list);
  gtk_widget_class_bind_template_child (widget_class, OffloadComparisonPanel, name_entry);
  gtk_widget_class_bind_template_child (widget_class, OffloadComparisonPanel, delegated_row);
  gtk_widget_class_bind_template_child (widget_class, OffloadComparisonPanel, share_from_tasks_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadComparisonPanel, reinvested_row);
  gtk_widget_class_bind_template_child (widget_class, OffloadComparisonPanel, freelance_rate_row);
  gtk_widget_class_bind_template_child (widget_class, OffloadComparisonPanel, vat_check);
  gtk_widget_class_bind_template_child (widget_class, OffloadComparisonPanel, hire_wage_row);
  gtk_widget_class_bind_template_child (widget_class, OffloadComparisonPanel, employer_rate_row);
  gtk_widget_class_bind_template_child (widget_class, OffloadComparisonPanel, weeks_off_row);
  gtk_widget_class_bind_template_child (widget_class, OffloadComparisonPanel, min_hours_row);
  gtk_widget_class_bind_template_child (widget_class, OffloadComparisonPanel, onboarding_row);
  gtk_widget_class_bind_template_child (widget_class, OffloadComparisonPanel, freed_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadComparisonPanel, freed_box);
  gtk_widget_class_bind_template_child (widget_class, OffloadComparisonPanel, options_box);
  gtk_widget_class_bind_template_child (widget_class, OffloadComparisonPanel, figures_grid);
  gtk_widget_class_bind_template_child (widget_class, OffloadComparisonPanel, year_panel);
  gtk_widget_class_bind_template_callback (widget_class, on_scenario_row_activated);

  gtk_widget_class_install_action (widget_class, "comparison.add-scenario", NULL, action_add_scenario);
  gtk_widget_class_install_action (widget_class, "comparison.remove-scenario", NULL, action_remove_scenario);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* The entry shows a share as a percentage; the model keeps the fraction. */
static void
bind_percent_row (OffloadComparisonPanel *self,
                  OffloadValueRow        *row,
                  const char             *property,
                  const char             *input,
                  const char             *spoken,
                  GtkSizeGroup           *units)
{
  const OffloadInputSpec *spec = offload_catalog_get_input (offload_catalog_get_default (), input);
  OffloadInputSpec *percent = offload_input_spec_new ();

  percent->id = g_strdup (spec->id);
  percent->default_value = spec->default_value * 100;
  percent->min = spec->min * 100;
  percent->max = spec->max * 100;
  percent->slider_min = spec->slider_min * 100;
  percent->slider_max = spec->slider_max * 100;
  percent->step = spec->step * 100;
  percent->integer = FALSE;
  g_ptr_array_add (self->percent_specs, percent);

  gtk_size_group_add_widget (units, offload_value_row_get_unit_label (row));
  offload_value_row_set_spec (row, percent);
  offload_value_row_set_spoken (row, spoken);
  g_binding_group_bind_full (self->bindings, property, row, "value",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             fraction_to_percent, percent_to_fraction, NULL, NULL);
}

static void
bind_row (OffloadComparisonPanel *self,
          OffloadValueRow        *row,
          const char             *property,
          const char             *input,
          const char             *spoken,
          GtkSizeGroup           *units)
{
  gtk_size_group_add_widget (units, offload_value_row_get_unit_label (row));
  offload_value_row_set_spec (row, offload_catalog_get_input (offload_catalog_get_default (), input));
  offload_value_row_set_spoken (row, spoken);
  g_binding_group_bind (self->bindings, property, row, "value",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static void
bind_label (OffloadComparisonPanel  *self,
            const char              *property,
            GtkLabel                *label,
            GBindingTransformFunc    transform)
{
  g_binding_group_bind_full (self->bindings, property, label, "label",
                             G_BINDING_SYNC_CREATE, transform, NULL, self, NULL);
}

static void
offload_comparison_panel_init (OffloadComparisonPanel *self)
{
  g_autoptr(GtkSizeGroup) units = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  GBindingGroup *b;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->percent_specs = g_ptr_array_new_with_free_func ((GDestroyNotify) offload_input_spec_unref);
  self->bindings = b = g_binding_group_new ();

  build_card (self, OFFLOAD_OPTION_YOURSELF, "net_gain,cheapest");
  gtk_label_set_label (self->cards[OFFLOAD_OPTION_YOURSELF].detail, _("You keep these hours, and pay nothing more"));
  build_card (self, OFFLOAD_OPTION_FREELANCE, "freelance_cost");
  build_card (self, OFFLOAD_OPTION_HIRE, "hire_cost");
  build_figures (self);
  gtk_box_append (self->freed_box, info_button_new ("hours_freed", _("Hours freed")));

  g_binding_group_bind (b, "name", self->name_entry, "text", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  bind_percent_row (self, self->delegated_row, "delegated-share", OFFLOAD_INPUT_DELEGATED_SHARE,
                    _("Share of the lost hours you hand over, in percent"), units);
  bind_percent_row (self, self->reinvested_row, "reinvested-share", OFFLOAD_INPUT_REINVESTED_SHARE,
                    _("Share of the freed hours you reinvest in selling or billable work, in percent"), units);
  bind_row (self, self->freelance_rate_row, "freelance-rate", OFFLOAD_INPUT_FREELANCE_RATE,
            _("Freelance assistant's rate before VAT, per hour"), units);
  g_binding_group_bind (b, "freelance-vat", self->vat_check, "active", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  bind_row (self, self->hire_wage_row, "hire-gross-hourly", OFFLOAD_INPUT_HIRE_GROSS_HOURLY,
            _("Part-time hire's gross wage, per hour"), units);
  bind_percent_row (self, self->employer_rate_row, "hire-employer-rate", OFFLOAD_INPUT_HIRE_EMPLOYER_RATE,
                    _("Employer contributions left near the Smic, in percent of the gross wage"), units);
  bind_row (self, self->weeks_off_row, "hire-weeks-off", OFFLOAD_INPUT_HIRE_WEEKS_OFF,
            _("Paid weeks off per year, in weeks"), units);
  bind_row (self, self->min_hours_row, "hire-min-weekly-hours", OFFLOAD_INPUT_HIRE_MIN_WEEKLY_HOURS,
            _("Weekly minimum of a part-time contract, in hours per week"), units);
  bind_row (self, self->onboarding_row, "hire-onboarding-cost", OFFLOAD_INPUT_HIRE_ONBOARDING_COST,
            _("Cost of recruiting and training, once"), units);

  bind_label (self, "freelance-cost-month", self->cards[OFFLOAD_OPTION_FREELANCE].cost, money_to_label);
  bind_label (self, "freelance-net-month", self->cards[OFFLOAD_OPTION_FREELANCE].net, net_to_label);
  bind_label (self, "hire-cost-month", self->cards[OFFLOAD_OPTION_HIRE].cost, money_to_label);
  bind_label (self, "hire-net-month", self->cards[OFFLOAD_OPTION_HIRE].net, net_to_label);
  bind_label (self, "value-recovered-month", self->recovered_label, money_to_label);
  bind_label (self, "breakeven-hourly-value", self->breakeven_value_label, breakeven_value_to_label);
  bind_label (self, "breakeven-hire-hours", self->breakeven_hours_label, breakeven_hours_to_label);
  g_binding_group_bind (b, "hire-at-minimum", self->minimum_note, "visible", G_BINDING_SYNC_CREATE);

  self->scenario_signals = g_signal_group_new (OFFLOAD_TYPE_SCENARIO);
  /* The texts that combine figures, once per change. */
  g_signal_group_connect_swapped (self->scenario_signals, "results-changed", G_CALLBACK (update_combined), self);
  g_signal_group_connect_swapped (self->scenario_signals, "notify::freelance-vat", G_CALLBACK (update_freelance_detail), self);

  self->assessment_signals = g_signal_group_new (OFFLOAD_TYPE_ASSESSMENT);
  g_signal_group_connect_swapped (self->assessment_signals, "notify::delegated-hours-week",
                                  G_CALLBACK (comparison_panel_update_task_share), self);
  g_signal_group_connect_swapped (self->assessment_signals, "notify::task-hours-week",
                                  G_CALLBACK (comparison_panel_update_task_share), self);
  g_signal_group_connect_swapped (self->assessment_signals, "notify::active-scenario",
                                  G_CALLBACK (on_active_scenario_changed), self);
  g_signal_group_connect_swapped (self->assessment_signals, "notify::currency",
                                  G_CALLBACK (on_currency_changed), self);
  self->decision_signals = g_signal_group_new (OFFLOAD_TYPE_DECISION);
  g_signal_group_connect_swapped (self->decision_signals, "changed", G_CALLBACK (update_warnings), self);

  update_currency_units (self);
  update_actions (self);
}

void
offload_comparison_panel_set_assessment (OffloadComparisonPanel *self,
                                         OffloadAssessment      *assessment)
{
  g_return_if_fail (OFFLOAD_IS_COMPARISON_PANEL (self));
  g_return_if_fail (assessment == NULL || OFFLOAD_IS_ASSESSMENT (assessment));

  if (self->assessment == assessment)
    return;
  offload_year_panel_set_assessment (self->year_panel, assessment);
  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_data (offload_assessment_get_scenarios (self->assessment), self);
  g_set_object (&self->assessment, assessment);

  if (assessment == NULL)
    {
      gtk_list_box_bind_model (self->scenario_list, NULL, NULL, NULL, NULL);
      g_signal_group_set_target (self->assessment_signals, NULL);
      g_binding_group_set_source (self->bindings, NULL);
      g_signal_group_set_target (self->scenario_signals, NULL);
      g_signal_group_set_target (self->decision_signals, NULL);
      update_warnings (self);
      return;
    }

  gtk_list_box_bind_model (self->scenario_list, offload_assessment_get_scenarios (assessment),
                           create_scenario_row, self, NULL);
  g_signal_connect_object (offload_assessment_get_scenarios (assessment), "items-changed",
                           G_CALLBACK (on_scenarios_changed), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_group_set_target (self->assessment_signals, assessment);
  comparison_panel_update_task_share (self);
  g_signal_group_set_target (self->decision_signals, offload_assessment_get_decision (assessment));
  update_currency_units (self);
  on_active_scenario_changed (self);
  update_warnings (self);
  update_actions (self);
}

GtkWidget *
offload_comparison_panel_get_card (OffloadComparisonPanel *self,
                                   OffloadOption           option)
{
  g_return_val_if_fail (OFFLOAD_IS_COMPARISON_PANEL (self), NULL);
  g_return_val_if_fail (option <= OFFLOAD_OPTION_HIRE, NULL);
  return self->cards[option].frame;
}
