/* test-window.c: the real window, driven in-process under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>
#include <gtk/gtk.h>

#include "offload-chart-view.h"
#include "offload-comparison-panel.h"
#include "offload-error.h"
#include "offload-format.h"
#include "offload-readiness-gauge.h"
#include "offload-results-panel.h"
#include "offload-sign-row.h"
#include "offload-toast.h"
#include "offload-value-row.h"
#include "offload-window.h"
#include "testing.h"
#include "window-testing.h"

static GtkApplication *app;
static char *tmp_dir;

/* Each test starts as on a fresh install: the owner's last figures are
 * forgotten (test_remembers_inputs checks that they are kept). */
static OffloadWindow *
new_window (OffloadDocument *document)
{
  OffloadWindow *window;

  testing_forget_settings ();
  window = offload_window_new (app, document);

  gtk_window_present (GTK_WINDOW (window));
  testing_spin_main_loop ();
  return window;
}

static OffloadWindow *
new_window_sized (OffloadDocument *document,
                  int              width,
                  int              height)
{
  OffloadWindow *window;

  testing_forget_settings ();
  window = offload_window_new (app, document);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  testing_spin_main_loop ();
  return window;
}

/* Layout happens on the frame clock: let a few frames pass. */
static void
wait_frames (OffloadWindow *window,
             guint          frames)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gint64 target = gdk_frame_clock_get_frame_counter (clock) + frames;
  gint64 end = g_get_monotonic_time () + TESTING_PATIENCE_USEC;

  while (gdk_frame_clock_get_frame_counter (clock) < target && g_get_monotonic_time () < end)
    {
      gtk_widget_queue_draw (GTK_WIDGET (window));
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
destroy_window (OffloadWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  testing_spin_main_loop ();
}

static const char *
result_label (OffloadWindow *window,
              const char    *name)
{
  return gtk_label_get_label (testing_window_child (window, name));
}

static OffloadAssessment *
assessment_of (OffloadWindow *window)
{
  return offload_document_get_assessment (offload_window_get_document (window));
}

static OffloadDecision *
decision_of (OffloadWindow *window)
{
  return offload_assessment_get_decision (assessment_of (window));
}

/* The answer bar names the decision's verdict and need, once. */
static void
assert_verdict_follows (OffloadWindow *window)
{
  OffloadDecision *decision = decision_of (window);
  g_autofree char *need = g_strdup_printf ("Need %d/100", offload_decision_get_need (decision));

  g_assert_cmpstr (result_label (window, "verdict_label"), ==, offload_decision_get_band (decision)->title);
  g_assert_cmpstr (result_label (window, "need_label"), ==, need);
}

/* The answer at the top of the results is the decision's, word for word:
 * the headline, the advice of its verdict, each reason, the sums. */
static void
assert_answer_shown (OffloadWindow *window)
{
  OffloadDecision *decision = decision_of (window);
  g_autofree char *headline = offload_decision_dup_headline (decision);
  g_autofree char *chain = offload_decision_dup_chain (decision);
  g_auto(GStrv) why = offload_decision_dup_why (decision);
  g_auto(GStrv) shown = g_strsplit (result_label (window, "reasons_label"), "\n", -1);

  g_assert_cmpstr (result_label (window, "headline_label"), ==, headline);
  g_assert_cmpstr (result_label (window, "advice_label"), ==, offload_decision_get_band (decision)->advice);
  g_assert_cmpstr (result_label (window, "chain_label"), ==, chain);
  g_assert_cmpuint (g_strv_length (shown), ==, g_strv_length (why));
  for (guint i = 0; why[i]; i++)
    {
      g_autofree char *line = g_strdup_printf ("• %s", why[i]);

      g_assert_cmpstr (shown[i], ==, line);
    }
  assert_verdict_follows (window);
}

static OffloadValueRow *
window_row (OffloadWindow *window,
            const char    *name)
{
  return testing_window_child (window, name);
}

/* Whether @row shows a warning to the eye and to a screen reader, and
 * that it is @expected (NULL: none). */
static void
assert_row_warning (OffloadValueRow *row,
                    const char      *expected)
{
  GtkWidget *box = testing_template_child (row, OFFLOAD_TYPE_VALUE_ROW, "warning_box");
  GtkLabel *label = testing_template_child (row, OFFLOAD_TYPE_VALUE_ROW, "warning_label");

  g_assert_cmpstr (offload_value_row_get_warning (row), ==, expected);
  g_assert_cmpint (gtk_widget_get_visible (box), ==, expected != NULL);
  if (expected != NULL)
    {
      g_assert_cmpstr (gtk_label_get_label (label), ==, expected);
      gtk_test_accessible_assert_property (offload_value_row_get_spin (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
      gtk_test_accessible_assert_property (offload_value_row_get_scale (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
    }
  else if (offload_value_row_get_example (row))
    {
      /* An example figure says so, and nothing else. */
      gtk_test_accessible_assert_property (offload_value_row_get_spin (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                           "Example figure: change it to your own");
    }
  else
    {
      g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (offload_value_row_get_spin (row)),
                                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
      g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (offload_value_row_get_scale (row)),
                                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
    }
}

/* The seed example, shown as a new window shows it. */
static void
test_defaults (void)
{
  OffloadWindow *window = new_window (NULL);

  g_assert_cmpstr (result_label (window, "monthly_hours_label"), ==, "40 h");
  g_assert_cmpstr (result_label (window, "monthly_cost_label"), ==, "€3,200");
  g_assert_cmpstr (result_label (window, "yearly_cost_label"), ==, "€38,400");
  /* No interruption: the total is the admin alone, of a 5 × 4 × 8 h month. */
  g_assert_cmpstr (result_label (window, "total_hours_label"), ==, "40 h");
  g_assert_cmpstr (result_label (window, "total_cost_label"), ==, "€3,200");
  g_assert_cmpstr (result_label (window, "working_hours_label"), ==, "160 h");
  g_assert_cmpfloat (offload_value_row_get_value (window_row (window, "working_day_row")), ==, 8);
  assert_answer_shown (window);
  g_assert_true (offload_window_is_pristine (window));
  g_assert_cmpstr (gtk_label_get_label (testing_template_child (window, OFFLOAD_TYPE_WINDOW, "title_label")), ==, "New Assessment");

  destroy_window (window);
}

/* Ticking a sign through its check button moves the model and the labels. */
static void
test_tick_sign (void)
{
  OffloadWindow *window = new_window (NULL);
  OffloadSignRow *row = testing_find_sign_row (GTK_WIDGET (window), "late-invoicing");
  OffloadSignRow *counter = testing_find_sign_row (GTK_WIDGET (window), "early-stage");
  OffloadAssessment *assessment = assessment_of (window);

  g_assert_nonnull (row);
  g_assert_nonnull (counter);

  gtk_widget_activate (GTK_WIDGET (offload_sign_row_get_check (row)));
  testing_spin_main_loop ();
  g_assert_true (offload_assessment_get_checked (assessment, "late-invoicing"));
  g_assert_cmpint (offload_assessment_get_readiness (assessment), >, 0);
  assert_answer_shown (window);
  g_assert_nonnull (strstr (result_label (window, "reasons_label"), offload_sign_get_title (offload_catalog_lookup (offload_catalog_get_default (), "late-invoicing"))));
  g_assert_true (offload_document_get_unsaved (offload_window_get_document (window)));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (testing_template_child (window, OFFLOAD_TYPE_WINDOW, "title_label")), "• "));

  /* A counter-indication turns the verdict into "Prepare first", says so
   * first, and says what to do. */
  gtk_check_button_set_active (offload_sign_row_get_check (counter), TRUE);
  testing_spin_main_loop ();
  g_assert_cmpstr (offload_assessment_get_verdict (assessment), ==, "prepare-first");
  assert_answer_shown (window);
  g_assert_true (g_str_has_prefix (result_label (window, "headline_label"),
                                   offload_catalog_get_counter_band (offload_catalog_get_default ())->title));
  g_assert_nonnull (strstr (result_label (window, "verdict_label"), offload_catalog_get_counter_band (offload_catalog_get_default ())->title));
  g_assert_nonnull (strstr (result_label (window, "headline_label"),
                            offload_sign_get_remediation (offload_catalog_lookup (offload_catalog_get_default (), "early-stage"))));
  g_assert_nonnull (strstr (result_label (window, "reasons_label"),
                            offload_sign_get_title (offload_catalog_lookup (offload_catalog_get_default (), "early-stage"))));

  /* Unticked, the verdict is the need's again. */
  gtk_check_button_set_active (offload_sign_row_get_check (counter), FALSE);
  testing_spin_main_loop ();
  g_assert_cmpstr (offload_assessment_get_verdict (assessment), !=, "prepare-first");
  assert_answer_shown (window);

  /* The model drives the button back. */
  offload_assessment_set_checked (assessment, "late-invoicing", FALSE);
  g_assert_false (gtk_check_button_get_active (offload_sign_row_get_check (row)));

  destroy_window (window);
}

/* Every information button opens the sign's explanation, and the
 * counter-indications' say what to do first. */
static void
test_explanation_popover (void)
{
  OffloadWindow *window = new_window (NULL);
  const char *ids[] = { "late-invoicing", "early-stage" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      OffloadSignRow *row = testing_find_sign_row (GTK_WIDGET (window), ids[i]);
      OffloadSign *sign = offload_answer_get_sign (offload_sign_row_get_answer (row));
      GtkMenuButton *button = offload_sign_row_get_info_button (row);
      g_autoptr(GString) text = g_string_new (NULL);
      GtkPopover *popover;

      /* A click on the menu button's own toggle (activate would wait for a timeout). */
      g_signal_emit_by_name (gtk_widget_get_first_child (GTK_WIDGET (button)), "clicked");
      testing_spin_main_loop ();
      popover = gtk_menu_button_get_popover (button);
      g_assert_nonnull (popover);
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
      for (GtkWidget *c = gtk_widget_get_first_child (gtk_popover_get_child (popover)); c; c = gtk_widget_get_next_sibling (c))
        g_string_append_printf (text, "%s\n", gtk_label_get_label (GTK_LABEL (c)));
      g_assert_nonnull (strstr (text->str, offload_sign_get_explanation (sign)));
      if (offload_sign_get_remediation (sign) != NULL)
        g_assert_nonnull (strstr (text->str, offload_sign_get_remediation (sign)));
      gtk_popover_popdown (popover);
      testing_spin_main_loop ();
    }

  destroy_window (window);
}

/* A slider step is what the user does: GtkRange::change-value. */
static void
test_slider (void)
{
  OffloadWindow *window = new_window (NULL);
  OffloadValueRow *hours = testing_window_child (window, "hours_row");
  OffloadValueRow *value = testing_window_child (window, "value_row");
  OffloadAssessment *assessment = assessment_of (window);
  gboolean handled = FALSE;

  g_signal_emit_by_name (offload_value_row_get_scale (hours), "change-value", GTK_SCROLL_JUMP, 3.1, &handled);
  testing_spin_main_loop ();
  /* Snapped to the quarter hour. */
  g_assert_cmpfloat (offload_assessment_get_hours_per_day (assessment), ==, 3.0);
  g_assert_cmpfloat (gtk_spin_button_get_value (offload_value_row_get_spin (hours)), ==, 3.0);
  g_assert_cmpstr (result_label (window, "monthly_hours_label"), ==, "60 h");
  g_assert_cmpstr (result_label (window, "monthly_cost_label"), ==, "€4,800");
  g_assert_cmpstr (result_label (window, "total_cost_label"), ==, "€4,800");

  g_signal_emit_by_name (offload_value_row_get_scale (value), "change-value", GTK_SCROLL_JUMP, 102.0, &handled);
  testing_spin_main_loop ();
  g_assert_cmpfloat (offload_assessment_get_hourly_value (assessment), ==, 100);
  g_assert_cmpstr (result_label (window, "monthly_cost_label"), ==, "€6,000");
  g_assert_cmpstr (result_label (window, "yearly_cost_label"), ==, "€72,000");

  /* The entry reaches past the slider, and showing 15 on a 0–12 slider must
   * not clamp the model. */
  gtk_spin_button_set_value (offload_value_row_get_spin (hours), 15);
  testing_spin_main_loop ();
  g_assert_cmpfloat (offload_assessment_get_hours_per_day (assessment), ==, 15);
  g_assert_cmpfloat (gtk_range_get_value (offload_value_row_get_scale (hours)), ==, 12);
  g_assert_cmpstr (result_label (window, "monthly_hours_label"), ==, "300 h");

  /* The model drives the row back. */
  offload_assessment_set_hours_per_day (assessment, 1.5);
  g_assert_cmpfloat (gtk_spin_button_get_value (offload_value_row_get_spin (hours)), ==, 1.5);
  g_assert_cmpfloat (gtk_range_get_value (offload_value_row_get_scale (hours)), ==, 1.5);

  destroy_window (window);
}

static gboolean
has_scroll_controller (gpointer widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
        return TRUE;
    }
  return FALSE;
}

/* Scrolling the page over a slider or an entry must not change a figure:
 * neither of them takes wheel events. */
static void
test_wheel_leaves_figures_alone (void)
{
  OffloadWindow *window = new_window (NULL);
  const char *rows[] = { "hours_row", "working_day_row", "value_row", "days_row", "weeks_row", "interruptions_row" };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      OffloadValueRow *row = testing_window_child (window, rows[i]);

      g_assert_false (has_scroll_controller (offload_value_row_get_scale (row)));
      g_assert_false (has_scroll_controller (offload_value_row_get_spin (row)));
    }

  destroy_window (window);
}

static void
test_currency_follows_document (void)
{
  OffloadWindow *window = new_window (NULL);
  OffloadAssessment *assessment = assessment_of (window);

  offload_assessment_set_currency (assessment, "USD");
  testing_spin_main_loop ();
  g_assert_cmpstr (result_label (window, "monthly_cost_label"), ==, "$3,200");

  destroy_window (window);
}

/* Save, reopen in another window, compare model and labels. */
static void
test_save_and_reopen (void)
{
  OffloadWindow *window = new_window (NULL);
  OffloadAssessment *assessment = assessment_of (window);
  g_autofree char *path = g_build_filename (tmp_dir, "reopen.offload", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  OffloadWindow *reopened;

  gtk_editable_set_text (GTK_EDITABLE (testing_window_child (window, "title_entry")), "Garage Lefèvre");
  offload_assessment_set_hours_per_day (assessment, 2.5);
  offload_assessment_set_hourly_value (assessment, 65);
  offload_assessment_set_interruptions_per_day (assessment, 8);
  offload_assessment_set_checked (assessment, "inbox-overload", TRUE);
  offload_assessment_set_checked (assessment, "key-person", TRUE);

  g_assert_true (offload_window_save_to (window, file, &error));
  g_assert_no_error (error);
  testing_spin_main_loop ();
  g_assert_false (offload_document_get_unsaved (offload_window_get_document (window)));
  g_assert_cmpstr (gtk_label_get_label (testing_template_child (window, OFFLOAD_TYPE_WINDOW, "title_label")), ==, "Garage Lefèvre");

  reopened = new_window (NULL);
  g_assert_true (offload_window_load (reopened, file, &error));
  g_assert_no_error (error);
  testing_spin_main_loop ();

  g_assert_cmpfloat (offload_assessment_get_hours_per_day (assessment_of (reopened)), ==, 2.5);
  g_assert_cmpfloat (offload_assessment_get_hourly_value (assessment_of (reopened)), ==, 65);
  g_assert_true (gtk_check_button_get_active (offload_sign_row_get_check (testing_find_sign_row (GTK_WIDGET (reopened), "key-person"))));
  g_assert_false (gtk_check_button_get_active (offload_sign_row_get_check (testing_find_sign_row (GTK_WIDGET (reopened), "stale-crm"))));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (testing_window_child (reopened, "title_entry"))), ==, "Garage Lefèvre");
  g_assert_cmpfloat (gtk_spin_button_get_value (offload_value_row_get_spin (testing_window_child (reopened, "hours_row"))), ==, 2.5);
  for (guint i = 0; i < 6; i++)
    {
      const char *labels[] = { "monthly_cost_label", "yearly_cost_label", "total_hours_label", "total_cost_label",
                               "headline_label", "reasons_label" };

      g_assert_cmpstr (result_label (reopened, labels[i]), ==, result_label (window, labels[i]));
    }
  g_assert_cmpstr (result_label (reopened, "verdict_label"), ==, result_label (window, "verdict_label"));
  g_assert_false (offload_document_get_unsaved (offload_window_get_document (reopened)));

  destroy_window (reopened);
  destroy_window (window);
}

/* Every visible label under @widget, one per line: what a person reads. */
static char *
visible_text (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, widget);
  while (stack->len > 0)
    {
      GtkWidget *current = g_ptr_array_steal_index (stack, stack->len - 1);

      if (!gtk_widget_get_visible (current))
        continue;
      if (GTK_IS_LABEL (current))
        g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (current)));
      for (GtkWidget *child = gtk_widget_get_last_child (current); child; child = gtk_widget_get_prev_sibling (child))
        g_ptr_array_add (stack, child);
    }
  return g_string_free (text, FALSE);
}

static void
assert_card_says (OffloadWindow *window,
                  OffloadOption  option,
                  const char    *expected)
{
  OffloadComparisonPanel *panel = testing_window_child (window, "comparison_panel");
  g_autofree char *text = visible_text (offload_comparison_panel_get_card (panel, option));

  if (strstr (text, expected) == NULL)
    g_error ("the %s card does not say “%s”; it says:\n%s", offload_option_to_id (option), expected, text);
}

static gboolean
card_is_cheapest (OffloadWindow *window,
                  OffloadOption  option)
{
  OffloadComparisonPanel *panel = testing_window_child (window, "comparison_panel");
  GtkWidget *card = offload_comparison_panel_get_card (panel, option);
  g_autofree char *text = visible_text (card);

  /* In words and in style alike. */
  g_assert_cmpint (strstr (text, "Cheapest") != NULL, ==, gtk_widget_has_css_class (card, "cheapest"));
  return gtk_widget_has_css_class (card, "cheapest");
}

/* The hand-computed case, in the window: 40 h at 80 €/h, 75 % to a
 * freelancer at 35 €/h without VAT, all reinvested. Each control moves the
 * figures at once. */
static void
test_compare_options (void)
{
  g_autoptr(GFile) file = testing_fixture ("good", "hand-case.offload");
  g_autoptr(GError) error = NULL;
  /* Small enough for Xvfb's 640×480 screen: a popover opens on a monitor. */
  OffloadWindow *window = new_window_sized (NULL, 620, 460);
  OffloadComparisonPanel *panel = testing_window_child (window, "comparison_panel");
  OffloadValueRow *delegated = testing_template_child (panel, OFFLOAD_TYPE_COMPARISON_PANEL, "delegated_row");
  OffloadValueRow *reinvested = testing_template_child (panel, OFFLOAD_TYPE_COMPARISON_PANEL, "reinvested_row");
  GtkCheckButton *vat = testing_template_child (panel, OFFLOAD_TYPE_COMPARISON_PANEL, "vat_check");
  GtkLabel *freed = testing_template_child (panel, OFFLOAD_TYPE_COMPARISON_PANEL, "freed_label");
  OffloadScenario *scenario;
  double share = 0;

  g_assert_true (offload_window_load (window, file, &error));
  g_assert_no_error (error);
  testing_spin_main_loop ();
  scenario = offload_assessment_get_active_scenario (assessment_of (window));

  g_assert_cmpstr (gtk_label_get_label (freed), ==, "Hours freed: 7.5 h a week, 30 h a month");
  assert_card_says (window, OFFLOAD_OPTION_FREELANCE, "€1,050");
  assert_card_says (window, OFFLOAD_OPTION_FREELANCE, "Net gain: €1,350 a month");
  assert_card_says (window, OFFLOAD_OPTION_HIRE, "24 h a week, the contract's minimum");
  assert_card_says (window, OFFLOAD_OPTION_YOURSELF, "Net gain: €0 a month");
  g_assert_true (card_is_cheapest (window, OFFLOAD_OPTION_FREELANCE));
  g_assert_false (card_is_cheapest (window, OFFLOAD_OPTION_HIRE));
  /* Shares show as percentages. */
  g_assert_cmpfloat (gtk_spin_button_get_value (offload_value_row_get_spin (delegated)), ==, 75);
  g_assert_cmpfloat (gtk_spin_button_get_value (offload_value_row_get_spin (reinvested)), ==, 100);

  /* All of the hours to the freelancer: 40 h, 1,400. */
  gtk_spin_button_set_value (offload_value_row_get_spin (delegated), 100);
  testing_spin_main_loop ();
  offload_scenario_get_input (scenario, OFFLOAD_INPUT_DELEGATED_SHARE, &share);
  g_assert_cmpfloat (share, ==, 1);
  assert_card_says (window, OFFLOAD_OPTION_FREELANCE, "€1,400");
  g_assert_true (offload_document_get_unsaved (offload_window_get_document (window)));

  /* VAT the business cannot recover: 40 × 42 = 1,680. */
  gtk_check_button_set_active (vat, TRUE);
  testing_spin_main_loop ();
  g_assert_true (offload_scenario_get_freelance_vat (scenario));
  assert_card_says (window, OFFLOAD_OPTION_FREELANCE, "€1,680");
  assert_card_says (window, OFFLOAD_OPTION_FREELANCE, "With 20 % VAT");

  /* The formula and its source are one click away. */
  {
    GtkWidget *card = offload_comparison_panel_get_card (panel, OFFLOAD_OPTION_FREELANCE);
    GtkWidget *info = NULL;
    g_autofree char *text = NULL;
    g_autoptr(GPtrArray) stack = g_ptr_array_new ();

    g_ptr_array_add (stack, card);
    while (stack->len > 0 && info == NULL)
      {
        GtkWidget *current = g_ptr_array_steal_index (stack, stack->len - 1);

        if (GTK_IS_MENU_BUTTON (current))
          info = current;
        for (GtkWidget *child = gtk_widget_get_first_child (current); child; child = gtk_widget_get_next_sibling (child))
          g_ptr_array_add (stack, child);
      }
    g_assert_nonnull (info);
    /* As a keyboard user reaches it: the page scrolls it into view, and the
     * next frame lays it out there. */
    gtk_widget_grab_focus (info);
    wait_frames (window, 3);
    gtk_menu_button_popup (GTK_MENU_BUTTON (info));
    testing_spin_main_loop ();
    g_assert_nonnull (gtk_menu_button_get_popover (GTK_MENU_BUTTON (info)));
    text = visible_text (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (info))));
    g_assert_nonnull (strstr (text, "Freelance cost per month = hours freed × the assistant's hourly rate"));
    g_assert_nonnull (strstr (text, "article 293 B"));
    gtk_menu_button_popdown (GTK_MENU_BUTTON (info));
    testing_spin_main_loop ();
  }

  /* An hour worth 10 €: nothing pays, doing it yourself is cheapest. */
  offload_value_row_set_value (testing_window_child (window, "value_row"), 10);
  testing_spin_main_loop ();
  g_assert_true (card_is_cheapest (window, OFFLOAD_OPTION_YOURSELF));
  g_assert_false (card_is_cheapest (window, OFFLOAD_OPTION_FREELANCE));

  destroy_window (window);
}

/* Scenarios: copy, rename, switch, delete, and they come back from a file. */
static void
test_scenarios (void)
{
  OffloadWindow *window = new_window (NULL);
  OffloadAssessment *assessment = assessment_of (window);
  OffloadComparisonPanel *panel = testing_window_child (window, "comparison_panel");
  GtkListBox *list = testing_template_child (panel, OFFLOAD_TYPE_COMPARISON_PANEL, "scenario_list");
  GtkEntry *name = testing_template_child (panel, OFFLOAD_TYPE_COMPARISON_PANEL, "name_entry");
  OffloadValueRow *delegated = testing_template_child (panel, OFFLOAD_TYPE_COMPARISON_PANEL, "delegated_row");
  g_autofree char *path = g_build_filename (tmp_dir, "scenarios.offload", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  OffloadScenario *first, *second;
  OffloadWindow *reopened;
  GtkWidget *remove;
  GListModel *scenarios;
  OffloadToast *toast = testing_template_child (window, OFFLOAD_TYPE_WINDOW, "toast");

  /* One scenario: it cannot be deleted. */
  first = offload_assessment_get_active_scenario (assessment);
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 0));
  g_assert_null (gtk_list_box_get_row_at_index (list, 1));
  remove = testing_find_action_button (GTK_WIDGET (panel), "comparison.remove-scenario");
  g_assert_nonnull (remove);
  g_assert_false (gtk_widget_get_sensitive (remove));
  gtk_widget_activate_action (GTK_WIDGET (panel), "comparison.remove-scenario", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (offload_assessment_get_scenarios (assessment)), ==, 1);

  /* Copy it: the copy is active, listed and named in the entry. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "comparison.add-scenario", NULL));
  testing_spin_main_loop ();
  second = offload_assessment_get_active_scenario (assessment);
  g_assert_true (second != first);
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 1));
  g_assert_true (gtk_widget_get_sensitive (remove));
  g_assert_true (gtk_list_box_get_selected_row (list) == gtk_list_box_get_row_at_index (list, 1));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Scenario 2");

  /* Rename it and change its share: the first keeps its own. */
  gtk_editable_set_text (GTK_EDITABLE (name), "Everything to a freelancer");
  offload_value_row_set_value (delegated, 100);
  testing_spin_main_loop ();
  g_assert_cmpstr (offload_scenario_get_name (second), ==, "Everything to a freelancer");
  g_assert_cmpfloat_with_epsilon (offload_scenario_get_results (second)->hours_freed_month, 40, 1e-9);
  g_assert_cmpfloat_with_epsilon (offload_scenario_get_results (first)->hours_freed_month, 30, 1e-9);

  /* Back to the first through its row: the controls show its figures. */
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 0));
  testing_spin_main_loop ();
  g_assert_true (offload_assessment_get_active_scenario (assessment) == first);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Scenario 1");
  g_assert_cmpfloat (offload_value_row_get_value (delegated), ==, 75);
  assert_card_says (window, OFFLOAD_OPTION_FREELANCE, "€1,050");

  /* Saved and reopened: both scenarios, the first active. */
  g_assert_true (offload_window_save_to (window, file, &error));
  g_assert_no_error (error);
  reopened = new_window (NULL);
  g_assert_true (offload_window_load (reopened, file, &error));
  g_assert_no_error (error);
  testing_spin_main_loop ();
  scenarios = offload_assessment_get_scenarios (assessment_of (reopened));
  g_assert_cmpuint (g_list_model_get_n_items (scenarios), ==, 2);
  g_assert_cmpstr (offload_scenario_get_name (offload_assessment_get_active_scenario (assessment_of (reopened))), ==, "Scenario 1");
  destroy_window (reopened);

  /* Deleting the active one hands over to the other, at once, and a
   * notification offers to undo it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "comparison.remove-scenario", NULL));
  testing_spin_main_loop ();
  g_assert_true (offload_assessment_get_active_scenario (assessment) == second);
  g_assert_null (gtk_list_box_get_row_at_index (list, 1));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Everything to a freelancer");
  g_assert_cmpstr (offload_toast_get_message (toast), ==, "Scenario “Scenario 1” deleted");
  g_assert_cmpstr (gtk_button_get_label (offload_toast_get_button (toast)), ==, "_Undo");

  /* Its Undo brings it back where it was, active again; the message goes. */
  g_signal_emit_by_name (offload_toast_get_button (toast), "clicked");
  testing_spin_main_loop ();
  g_assert_null (offload_toast_get_message (toast));
  g_assert_cmpuint (g_list_model_get_n_items (offload_assessment_get_scenarios (assessment)), ==, 2);
  g_assert_true (offload_assessment_get_active_scenario (assessment) == first);
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 1));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Scenario 1");

  /* Redo deletes it again; a later step closes the message, so its Undo
   * never undoes something else. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  testing_spin_main_loop ();
  g_assert_cmpuint (g_list_model_get_n_items (offload_assessment_get_scenarios (assessment)), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "comparison.add-scenario", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "comparison.remove-scenario", NULL));
  g_assert_nonnull (offload_toast_get_message (toast));
  /* Ctrl+Z (win.undo) takes the notification away: its Undo would now be
   * for another step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_null (offload_toast_get_message (toast));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (offload_assessment_get_scenarios (assessment)), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "comparison.add-scenario", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "comparison.remove-scenario", NULL));
  g_assert_nonnull (offload_toast_get_message (toast));
  offload_assessment_set_checked (assessment, offload_sign_get_id (offload_catalog_get_sign (offload_assessment_get_catalog (assessment), 0)), TRUE);
  g_assert_null (offload_toast_get_message (toast));

  offload_document_set_title (offload_window_get_document (window), "");
  destroy_window (window);
}

/* Closing with unsaved changes asks; Cancel keeps the window, Discard closes it. */
static void
test_unsaved_guard (void)
{
  OffloadWindow *window = new_window (NULL);
  g_autoptr(GtkWidget) keep = g_object_ref (GTK_WIDGET (window));
  GtkWindow *dialog;
  g_autofree char *text = NULL;

  offload_assessment_set_hours_per_day (assessment_of (window), 4);
  gtk_window_close (GTK_WINDOW (window));
  testing_spin_main_loop ();

  dialog = testing_find_dialog ();
  g_assert_nonnull (dialog);
  text = testing_dialog_text (dialog);
  g_assert_nonnull (strstr (text, "Save changes to “New Assessment”?"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  testing_spin_main_loop ();
  g_assert_null (testing_find_dialog ());
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpfloat (offload_assessment_get_hours_per_day (assessment_of (window)), ==, 4);

  gtk_window_close (GTK_WINDOW (window));
  testing_spin_main_loop ();
  dialog = testing_find_dialog ();
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), 1 /* discard */);
  testing_spin_main_loop ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_null (gtk_window_get_application (GTK_WINDOW (window)));
}

/* A clean document closes without asking. */
static void
test_clean_close (void)
{
  OffloadWindow *window = new_window (NULL);
  g_autoptr(GtkWidget) keep = g_object_ref (GTK_WIDGET (window));

  gtk_window_close (GTK_WINDOW (window));
  testing_spin_main_loop ();
  g_assert_null (testing_find_dialog ());
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
}

/* A malformed file: an error, and the open document exactly as it was. */
static void
test_open_error_keeps_document (void)
{
  OffloadWindow *window = new_window (NULL);
  OffloadDocument *before = offload_window_get_document (window);
  g_autoptr(GFile) bad = testing_fixture ("bad", "negative-hours.offload");
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;
  g_autofree char *text = NULL;

  offload_assessment_set_hours_per_day (assessment_of (window), 6);
  offload_assessment_set_checked (assessment_of (window), "stale-crm", TRUE);

  g_assert_false (offload_window_load (window, bad, &error));
  g_assert_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_RANGE);
  g_assert_true (offload_window_get_document (window) == before);
  g_assert_cmpfloat (offload_assessment_get_hours_per_day (assessment_of (window)), ==, 6);
  g_assert_true (offload_assessment_get_checked (assessment_of (window), "stale-crm"));
  g_assert_true (offload_document_get_unsaved (before));

  /* Through the user-facing path, the message is shown. */
  offload_window_open (window, bad);
  testing_spin_main_loop ();
  dialog = testing_find_dialog ();
  g_assert_nonnull (dialog);
  text = testing_dialog_text (dialog);
  g_assert_nonnull (strstr (text, "negative-hours.offload"));
  g_assert_nonnull (strstr (text, "inputs.hours_per_day"));
  g_assert_true (offload_window_get_document (window) == before);
  gtk_window_destroy (dialog);

  destroy_window (window);
}

/* Answers this version does not know are reported, not silently dropped. */
static void
test_unknown_answers_reported (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "unknown.offload", NULL);
  g_autoptr(GFile) source = testing_fixture ("good", "seed-example.offload");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  g_autofree char *edited = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GError) error = NULL;
  OffloadWindow *window = new_window (NULL);

  g_file_load_contents (source, NULL, &text, NULL, NULL, &error);
  g_assert_no_error (error);
  parts = g_strsplit (text, "\"answers\": {}", 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  edited = g_strjoinv ("\"answers\": {\"sign-of-tomorrow\": true}", parts);
  g_file_set_contents (path, edited, -1, &error);
  g_assert_no_error (error);

  g_assert_true (offload_window_load (window, file, &error));
  testing_spin_main_loop ();
  g_assert_true (gtk_info_bar_get_revealed (testing_template_child (window, OFFLOAD_TYPE_WINDOW, "info_bar")));
  g_assert_nonnull (strstr (gtk_label_get_label (testing_template_child (window, OFFLOAD_TYPE_WINDOW, "info_label")), "sign-of-tomorrow"));

  destroy_window (window);
}

/* The save action writes to the document's own file. */
static void
test_save_action (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "action.offload", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) reread = NULL;
  OffloadWindow *window = new_window (NULL);

  g_assert_true (offload_window_save_to (window, file, &error));
  offload_assessment_set_interruptions_per_day (assessment_of (window), 9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  testing_spin_main_loop ();
  g_assert_false (offload_document_get_unsaved (offload_window_get_document (window)));

  reread = offload_document_new_from_file (NULL, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (offload_assessment_get_interruptions_per_day (offload_document_get_assessment (reread)), ==, 9);

  destroy_window (window);
}

/* A save that fails keeps the document open and unsaved, and offers Save As;
 * a file another program changed is replaced only when the user says so. */
static void
test_save_failure_offers_save_as (void)
{
  g_autofree char *dir = g_build_filename (tmp_dir, "vanishing", NULL);
  g_autofree char *gone = g_build_filename (dir, "gone.offload", NULL);
  g_autofree char *path = g_build_filename (tmp_dir, "shared.offload", NULL);
  g_autoptr(GFile) gone_file = g_file_new_for_path (gone);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *theirs = NULL;
  const char *other = "{\"written\": \"by another program\"}\n";
  OffloadWindow *window = new_window (NULL);
  OffloadDocument *document = offload_window_get_document (window);
  GtkWindow *dialog;

  /* The folder disappears after the first save. */
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_true (offload_window_save_to (window, gone_file, &error));
  g_assert_cmpint (g_unlink (gone), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  offload_assessment_set_hours_per_day (assessment_of (window), 6);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  testing_spin_main_loop ();
  dialog = testing_find_dialog ();
  g_assert_nonnull (dialog);
  text = testing_dialog_text (dialog);
  g_assert_nonnull (strstr (text, "not saved"));
  g_assert_nonnull (strstr (text, "gone.offload"));
  g_assert_nonnull (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), 3 /* save as */));
  g_assert_true (offload_document_get_unsaved (document));
  g_assert_true (offload_window_get_document (window) == document);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  testing_spin_main_loop ();
  g_assert_null (testing_find_dialog ());

  /* Another program rewrites the file the window saved. */
  g_assert_true (offload_window_save_to (window, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, other, -1, NULL));
  offload_assessment_set_hours_per_day (assessment_of (window), 7);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  testing_spin_main_loop ();
  dialog = testing_find_dialog ();
  g_assert_nonnull (dialog);
  g_free (text);
  text = testing_dialog_text (dialog);
  g_assert_nonnull (strstr (text, "another program"));
  g_assert_nonnull (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), 3 /* save as */));
  g_assert_true (g_file_get_contents (path, &theirs, NULL, NULL));
  g_assert_cmpstr (theirs, ==, other);
  g_assert_true (offload_document_get_unsaved (document));

  gtk_dialog_response (GTK_DIALOG (dialog), 4 /* replace */);
  testing_spin_main_loop ();
  g_assert_null (testing_find_dialog ());
  g_assert_false (offload_document_get_unsaved (document));
  g_free (theirs);
  g_assert_true (g_file_get_contents (path, &theirs, NULL, NULL));
  g_assert_nonnull (strstr (theirs, "\"hours_per_day\": 7"));

  destroy_window (window);
}

/* Every sign's check button speaks its title; the figures speak their units. */
static void
test_accessible_labels (void)
{
  OffloadWindow *window = new_window (NULL);
  OffloadSignRow *row = testing_find_sign_row (GTK_WIDGET (window), "inbox-overload");
  OffloadSign *sign = offload_answer_get_sign (offload_sign_row_get_answer (row));
  OffloadValueRow *hours = testing_window_child (window, "hours_row");
  OffloadValueRow *value = testing_window_child (window, "value_row");

  gtk_test_accessible_assert_role (offload_sign_row_get_check (row), GTK_ACCESSIBLE_ROLE_CHECKBOX);
  gtk_test_accessible_assert_property (offload_sign_row_get_check (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       offload_sign_get_title (sign));
  gtk_test_accessible_assert_property (offload_value_row_get_spin (hours), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Hours lost per day to low-value tasks, in hours per day");
  gtk_test_accessible_assert_property (offload_value_row_get_scale (value), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Value of one hour of your time, in euros per hour");
  gtk_test_accessible_assert_property (offload_value_row_get_spin (window_row (window, "working_day_row")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Length of your working day, in hours");
  gtk_test_accessible_assert_property (offload_value_row_get_info_button (window_row (window, "working_day_row")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Where the working day comes from");

  destroy_window (window);
}

/* A new assessment starts from the owner's last hourly value, days, weeks
 * and working day. */
static void
test_remembers_inputs (void)
{
  OffloadWindow *first = new_window (NULL);
  OffloadWindow *second;

  offload_assessment_set_hourly_value (assessment_of (first), 120);
  offload_assessment_set_days_per_week (assessment_of (first), 6);
  offload_assessment_set_hours_per_day (assessment_of (first), 5);
  offload_assessment_set_working_hours_per_day (assessment_of (first), 10.5);
  destroy_window (first);

  second = offload_window_new (app, NULL);
  g_assert_cmpfloat (offload_assessment_get_hourly_value (assessment_of (second)), ==, 120);
  g_assert_cmpfloat (offload_assessment_get_days_per_week (assessment_of (second)), ==, 6);
  g_assert_cmpfloat (offload_assessment_get_working_hours_per_day (assessment_of (second)), ==, 10.5);
  /* The hours are this month's answer, not a habit: not carried over. */
  g_assert_cmpfloat (offload_assessment_get_hours_per_day (assessment_of (second)), ==, 2);
  /* Starting from remembered figures is not an unsaved change. */
  g_assert_true (offload_window_is_pristine (second));
  destroy_window (second);
}

/* The headline follows the hours, from the slider and from the entry, and
 * the rest of the answer with it. */
static void
test_headline_follows_hours (void)
{
  OffloadWindow *window = new_window (NULL);
  OffloadValueRow *hours = window_row (window, "hours_row");
  g_autofree char *before = g_strdup (result_label (window, "headline_label"));
  g_autofree char *after_slider = NULL;
  gboolean handled = FALSE;

  assert_answer_shown (window);

  g_signal_emit_by_name (offload_value_row_get_scale (hours), "change-value", GTK_SCROLL_JUMP, 5.0, &handled);
  testing_spin_main_loop ();
  g_assert_cmpfloat (offload_assessment_get_hours_per_day (assessment_of (window)), ==, 5);
  after_slider = g_strdup (result_label (window, "headline_label"));
  g_assert_cmpstr (after_slider, !=, before);
  assert_answer_shown (window);

  gtk_spin_button_set_value (offload_value_row_get_spin (hours), 6.5);
  testing_spin_main_loop ();
  g_assert_cmpfloat (offload_assessment_get_hours_per_day (assessment_of (window)), ==, 6.5);
  g_assert_cmpstr (result_label (window, "headline_label"), !=, after_slider);
  assert_answer_shown (window);

  destroy_window (window);
}

/* More admin a day than the working day: the warning shows beside the hours
 * lost, in words a screen reader hears with the figure, on the very step
 * that crosses the line, and goes away once the working day is longer. */
static void
test_working_day_warning (void)
{
  OffloadWindow *window = new_window (NULL);
  OffloadDecision *decision = decision_of (window);
  OffloadValueRow *hours = window_row (window, "hours_row");
  OffloadValueRow *working = window_row (window, "working_day_row");
  OffloadValueRow *value = window_row (window, "value_row");
  OffloadComparisonPanel *panel = testing_window_child (window, "comparison_panel");
  OffloadValueRow *delegated = testing_template_child (panel, OFFLOAD_TYPE_COMPARISON_PANEL, "delegated_row");
  gboolean handled = FALSE;
  g_autofree char *message = NULL;
  g_autofree char *moved = NULL;

  assert_row_warning (hours, NULL);
  assert_row_warning (working, NULL);

  /* 8.25 h of admin in an 8 h day, one slider step past the line. */
  g_signal_emit_by_name (offload_value_row_get_scale (hours), "change-value", GTK_SCROLL_JUMP, 8.25, &handled);
  g_assert_true (offload_decision_has_warning (decision, OFFLOAD_WARNING_ADMIN_OVER_WORKING_DAY));
  g_assert_cmpstr (offload_warning_get_input (OFFLOAD_WARNING_ADMIN_OVER_WORKING_DAY), ==, OFFLOAD_INPUT_HOURS_PER_DAY);
  message = offload_decision_dup_warning_message (decision, OFFLOAD_WARNING_ADMIN_OVER_WORKING_DAY);
  assert_row_warning (hours, message);
  /* Beside the figure it is about, and nowhere else. */
  assert_row_warning (working, NULL);
  assert_row_warning (value, NULL);
  /* Back to the figures, where the warning is to be seen. */
  window_row (window, "hours_row");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (testing_template_child (hours, OFFLOAD_TYPE_VALUE_ROW, "warning_label"))));

  /* The next step's figures, at once. */
  g_signal_emit_by_name (offload_value_row_get_scale (hours), "change-value", GTK_SCROLL_JUMP, 9.0, &handled);
  moved = offload_decision_dup_warning_message (decision, OFFLOAD_WARNING_ADMIN_OVER_WORKING_DAY);
  g_assert_cmpstr (moved, !=, message);
  assert_row_warning (hours, moved);

  /* A longer working day fixes it: the warning goes. */
  gtk_spin_button_set_value (offload_value_row_get_spin (working), 10);
  testing_spin_main_loop ();
  g_assert_cmpfloat (offload_assessment_get_working_hours_per_day (assessment_of (window)), ==, 10);
  g_assert_false (offload_decision_has_warning (decision, OFFLOAD_WARNING_ADMIN_OVER_WORKING_DAY));
  assert_row_warning (hours, NULL);
  g_assert_false (gtk_widget_get_visible (testing_template_child (hours, OFFLOAD_TYPE_VALUE_ROW, "warning_box")));

  /* A working day that leaves less than 11 hours of rest: beside it. */
  gtk_spin_button_set_value (offload_value_row_get_spin (working), 14);
  testing_spin_main_loop ();
  g_clear_pointer (&message, g_free);
  message = offload_decision_dup_warning_message (decision, OFFLOAD_WARNING_WORKING_DAY_TOO_LONG);
  assert_row_warning (working, message);
  gtk_spin_button_set_value (offload_value_row_get_spin (working), 8);
  testing_spin_main_loop ();
  assert_row_warning (working, NULL);

  /* The shares live in Compare options: so do their warnings. (Fewer hours
   * first: 9 h a day would need more than one full-time hire.) */
  g_assert_true (offload_decision_has_warning (decision, OFFLOAD_WARNING_HIRE_OVER_FULL_TIME));
  g_clear_pointer (&message, g_free);
  message = offload_decision_dup_warning_message (decision, OFFLOAD_WARNING_HIRE_OVER_FULL_TIME);
  assert_row_warning (delegated, message);
  offload_value_row_set_value (hours, 3);
  testing_spin_main_loop ();
  assert_row_warning (delegated, NULL);
  offload_value_row_set_value (delegated, 0);
  testing_spin_main_loop ();
  g_clear_pointer (&message, g_free);
  message = offload_decision_dup_warning_message (decision, OFFLOAD_WARNING_NOTHING_HANDED_OVER);
  assert_row_warning (delegated, message);
  offload_value_row_set_value (delegated, 75);
  testing_spin_main_loop ();
  assert_row_warning (delegated, NULL);

  destroy_window (window);
}

/* Every info button below @widget: menu buttons that show an icon. */
static void
collect_info_buttons (GtkWidget *widget,
                      GPtrArray *buttons)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)) != NULL &&
      !g_str_equal (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)), "open-menu-symbolic"))
    g_ptr_array_add (buttons, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (!GTK_IS_NATIVE (c))
      collect_info_buttons (c, buttons);
}

/* Whether a label below @widget has text selected. */
static gboolean
has_selected_text (GtkWidget *widget)
{
  int start, end;

  if (GTK_IS_LABEL (widget) && gtk_label_get_selection_bounds (GTK_LABEL (widget), &start, &end))
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (has_selected_text (c))
      return TRUE;
  return FALSE;
}

/* Every explanation sits behind the standard information icon and opens
 * with no text selected, whatever section it is in. */
static void
test_info_popovers (void)
{
  const char * const sections[] = { "signs", "figures", "options", "plan" };
  /* Within Xvfb's 640×480 screen: a popover opens on a monitor. */
  OffloadWindow *window = new_window_sized (NULL, 620, 460);
  guint opened = 0;

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

      testing_show_section (window, sections[s]);
      collect_info_buttons (offload_window_get_section (window, sections[s]), buttons);
      for (guint i = 0; i < buttons->len; i++)
        {
          GtkMenuButton *button = buttons->pdata[i];
          GtkPopover *popover;

          graphene_rect_t bounds;

          g_assert_cmpstr (gtk_menu_button_get_icon_name (button), ==, "help-about-symbolic");
          /* Only those scrolled into view. */
          if (!gtk_widget_is_drawable (GTK_WIDGET (button)) ||
              !gtk_widget_compute_bounds (GTK_WIDGET (button), GTK_WIDGET (window), &bounds) ||
              bounds.origin.y < 0 || bounds.origin.y + bounds.size.height > 460 ||
              bounds.origin.x < 0 || bounds.origin.x + bounds.size.width > 620)
            continue;
          gtk_menu_button_popup (button);
          testing_spin_main_loop ();
          popover = gtk_menu_button_get_popover (button);
          g_assert_nonnull (popover);
          g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
          g_assert_false (has_selected_text (GTK_WIDGET (popover)));
          gtk_menu_button_popdown (button);
          testing_spin_main_loop ();
          opened++;
        }
    }
  /* Some of the signs', the figures' and Compare options' at least. */
  g_assert_cmpuint (opened, >=, 3);

  destroy_window (window);
}

/* The working day: its source one click away, and it comes back from a
 * saved file into the row, the model and the figures. */
static void
test_working_day_saved (void)
{
  OffloadWindow *window = new_window (NULL);
  OffloadValueRow *working = window_row (window, "working_day_row");
  GtkMenuButton *info = offload_value_row_get_info_button (working);
  g_autofree char *path = g_build_filename (tmp_dir, "working-day.offload", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *month = NULL;
  g_autofree char *text = NULL;
  OffloadWindow *reopened;
  gboolean handled = FALSE;

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (info)));
  g_signal_emit_by_name (gtk_widget_get_first_child (GTK_WIDGET (info)), "clicked");
  testing_spin_main_loop ();
  g_assert_nonnull (gtk_menu_button_get_popover (info));
  text = visible_text (GTK_WIDGET (gtk_menu_button_get_popover (info)));
  g_assert_nonnull (strstr (text, offload_catalog_get_policy (offload_catalog_get_default (), "working_day")));
  gtk_menu_button_popdown (info);
  testing_spin_main_loop ();

  /* Half-hour steps on the slider; the entry reaches past its end. */
  g_signal_emit_by_name (offload_value_row_get_scale (working), "change-value", GTK_SCROLL_JUMP, 7.4, &handled);
  testing_spin_main_loop ();
  g_assert_cmpfloat (offload_assessment_get_working_hours_per_day (assessment_of (window)), ==, 7.5);
  g_assert_true (offload_document_get_unsaved (offload_window_get_document (window)));
  month = offload_format_hours (offload_assessment_get_working_hours_month (assessment_of (window)));
  g_assert_cmpstr (result_label (window, "working_hours_label"), ==, month);
  g_assert_cmpstr (month, ==, "150 h");

  g_assert_true (offload_window_save_to (window, file, &error));
  g_assert_no_error (error);
  reopened = new_window (NULL);
  g_assert_true (offload_window_load (reopened, file, &error));
  g_assert_no_error (error);
  testing_spin_main_loop ();
  g_assert_cmpfloat (offload_assessment_get_working_hours_per_day (assessment_of (reopened)), ==, 7.5);
  g_assert_cmpfloat (gtk_spin_button_get_value (offload_value_row_get_spin (window_row (reopened, "working_day_row"))), ==, 7.5);
  g_assert_cmpstr (result_label (reopened, "working_hours_label"), ==, month);
  g_assert_cmpstr (result_label (reopened, "headline_label"), ==, result_label (window, "headline_label"));
  g_assert_false (offload_document_get_unsaved (offload_window_get_document (reopened)));

  destroy_window (reopened);
  destroy_window (window);
}

/* Overloaded, but handing over would cost more than it brings back: the
 * new verdict, in the gauge and in the words above it, and the share that
 * makes it so flagged beside its row. */
static void
test_costs_more_verdict (void)
{
  OffloadWindow *window = new_window (NULL);
  OffloadAssessment *assessment = assessment_of (window);
  OffloadDecision *decision = decision_of (window);
  OffloadComparisonPanel *panel = testing_window_child (window, "comparison_panel");
  OffloadValueRow *reinvested = testing_template_child (panel, OFFLOAD_TYPE_COMPARISON_PANEL, "reinvested_row");
  OffloadBand *band = offload_catalog_lookup_band (offload_catalog_get_default (), "costs-more");
  g_autofree char *message = NULL;

  g_assert_nonnull (band);
  offload_assessment_set_checked (assessment, "inbox-overload", TRUE);
  offload_assessment_set_checked (assessment, "late-invoicing", TRUE);
  gtk_spin_button_set_value (offload_value_row_get_spin (window_row (window, "hours_row")), 4);
  gtk_spin_button_set_value (offload_value_row_get_spin (reinvested), 0);
  testing_spin_main_loop ();

  g_assert_false (offload_decision_get_delegation_pays (decision));
  g_assert_cmpint (offload_decision_get_need (decision), >=, band->min);
  g_assert_cmpstr (offload_assessment_get_verdict (assessment), ==, "costs-more");
  assert_answer_shown (window);
  g_assert_cmpstr (result_label (window, "verdict_label"), ==, band->title);
  g_assert_cmpstr (result_label (window, "advice_label"), ==, band->advice);

  message = offload_decision_dup_warning_message (decision, OFFLOAD_WARNING_NOTHING_REINVESTED);
  assert_row_warning (reinvested, message);

  /* Reinvest the freed hours again: it pays, and the warning goes. */
  gtk_spin_button_set_value (offload_value_row_get_spin (reinvested), 100);
  testing_spin_main_loop ();
  g_assert_true (offload_decision_get_delegation_pays (decision));
  g_assert_cmpstr (offload_assessment_get_verdict (assessment), !=, "costs-more");
  assert_answer_shown (window);
  assert_row_warning (reinvested, NULL);

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);

  app = testing_register_application ();

  tmp_dir = testing_make_temp_dir ("offload-test-window-XXXXXX");

  g_test_add_func ("/window/defaults", test_defaults);
  g_test_add_func ("/window/tick-sign", test_tick_sign);
  g_test_add_func ("/window/explanation-popover", test_explanation_popover);
  g_test_add_func ("/window/info-popovers", test_info_popovers);
  g_test_add_func ("/window/slider", test_slider);
  g_test_add_func ("/window/currency-follows-document", test_currency_follows_document);
  g_test_add_func ("/window/wheel-leaves-figures-alone", test_wheel_leaves_figures_alone);
  g_test_add_func ("/window/save-and-reopen", test_save_and_reopen);
  g_test_add_func ("/window/unsaved-guard", test_unsaved_guard);
  g_test_add_func ("/window/clean-close", test_clean_close);
  g_test_add_func ("/window/open-error-keeps-document", test_open_error_keeps_document);
  g_test_add_func ("/window/unknown-answers-reported", test_unknown_answers_reported);
  g_test_add_func ("/window/save-action", test_save_action);
  g_test_add_func ("/window/save-failure-offers-save-as", test_save_failure_offers_save_as);
  g_test_add_func ("/window/accessible-labels", test_accessible_labels);
  g_test_add_func ("/window/remembers-inputs", test_remembers_inputs);
  g_test_add_func ("/window/compare-options", test_compare_options);
  g_test_add_func ("/window/scenarios", test_scenarios);
  g_test_add_func ("/window/headline-follows-hours", test_headline_follows_hours);
  g_test_add_func ("/window/working-day-warning", test_working_day_warning);
  g_test_add_func ("/window/working-day-saved", test_working_day_saved);
  g_test_add_func ("/window/costs-more-verdict", test_costs_more_verdict);

  status = g_test_run ();

  testing_remove_tree (tmp_dir);
  g_free (tmp_dir);
  g_object_unref (app);
  return status;
}
