/* test-rate-helper.c: working out what an hour of the owner's time is worth
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>
#include <gtk/gtk.h>

#include "offload-assessment.h"
#include "offload-format.h"
#include "offload-rate-helper.h"
#include "window-testing.h"

typedef struct
{
  OffloadAssessment *assessment;
  OffloadRateHelper *helper;
  GtkWindow         *window;
} Setup;

/* Figures away from the defaults, so that a prefill from the defaults, or
 * from a hard-coded 8 × 5 × 4 × 12, would show. */
static void
setup_init (Setup *setup)
{
  setup->assessment = offload_assessment_new (NULL);
  offload_assessment_set_working_hours_per_day (setup->assessment, 7.5);
  offload_assessment_set_days_per_week (setup->assessment, 4);
  offload_assessment_set_weeks_per_month (setup->assessment, 4.25);
  offload_assessment_set_hourly_value (setup->assessment, 95);

  setup->helper = OFFLOAD_RATE_HELPER (offload_rate_helper_new ());
  offload_rate_helper_set_assessment (setup->helper, setup->assessment);

  setup->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (setup->window, GTK_WIDGET (setup->helper));
  gtk_window_present (setup->window);
  testing_spin_main_loop ();
}

static void
setup_clear (Setup *setup)
{
  /* The popover may still be open, as when an owner closes the window
   * over it: the helper closes it as it goes. */
  gtk_window_destroy (setup->window);
  testing_spin_main_loop ();
  g_assert_finalize_object (setup->assessment);
}

static gpointer
child (Setup      *setup,
       GType       type,
       const char *name)
{
  gpointer widget = testing_template_child (setup->helper, OFFLOAD_TYPE_RATE_HELPER, name);

  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (widget, type));
  return widget;
}

static GtkPopover *
open_popover (Setup *setup)
{
  GtkPopover *popover = child (setup, GTK_TYPE_POPOVER, "popover");

  gtk_menu_button_popup (child (setup, GTK_TYPE_MENU_BUTTON, "menu_button"));
  testing_spin_main_loop ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  return popover;
}

/* The hours a year as the owner's figures give them, worked out here from
 * the assessment's own properties. */
static double
expected_hours (OffloadAssessment *assessment)
{
  double working_day, days, weeks;

  g_object_get (assessment,
                "working-hours-per-day", &working_day,
                "days-per-week", &days,
                "weeks-per-month", &weeks,
                NULL);
  return working_day * days * weeks *
         offload_catalog_get_constant (offload_assessment_get_catalog (assessment),
                                       OFFLOAD_CONSTANT_MONTHS_PER_YEAR);
}

/* The rule the helper states: whole currency units, one decimal below 10. */
static double
expected_rate (double income,
               double hours)
{
  double tenths = round (income / hours * 10) / 10;

  return tenths < 10 ? tenths : round (income / hours);
}

static double
entry_number (GtkEntry *entry)
{
  double value = NAN;

  g_assert_true (offload_format_parse_number (gtk_editable_get_text (GTK_EDITABLE (entry)), &value));
  return value;
}

static void
type_text (GtkEntry   *entry,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  testing_spin_main_loop ();
}

static char *
result_text (double rate)
{
  g_autofree char *money = offload_format_rate (rate, "EUR");

  return g_strdup_printf ("That makes %s an hour", money);
}

/* Opening the popover fills it from the assessment: the hours from the
 * owner's figures, the income from the hourly value they have now. */
static void
test_prefill (void)
{
  Setup setup;
  GtkEntry *hours_entry, *income_entry;
  double hours;
  g_autofree char *shown = NULL;
  g_autofree char *hint = NULL;
  g_autofree char *working_day = offload_format_hours (7.5);

  setup_init (&setup);
  hours_entry = child (&setup, GTK_TYPE_ENTRY, "hours_entry");
  income_entry = child (&setup, GTK_TYPE_ENTRY, "income_entry");
  g_assert_true (gtk_widget_get_sensitive (child (&setup, GTK_TYPE_MENU_BUTTON, "menu_button")));

  open_popover (&setup);
  hours = expected_hours (setup.assessment);
  g_assert_cmpfloat_with_epsilon (entry_number (hours_entry), hours, 1e-9);
  g_assert_cmpfloat_with_epsilon (entry_number (income_entry),
                                  round (offload_assessment_get_hourly_value (setup.assessment) * hours), 1e-9);

  /* The sum behind the hours, in the owner's figures. */
  hint = g_strdup_printf ("%s a day × 4 days a week × 4.25 weeks a month × 12 months", working_day);
  g_assert_cmpstr (gtk_label_get_label (child (&setup, GTK_TYPE_LABEL, "hours_hint")), ==, hint);

  /* The current figure, read back: 95 an hour, ready to use. */
  shown = result_text (95);
  g_assert_cmpstr (gtk_label_get_label (child (&setup, GTK_TYPE_LABEL, "result_label")), ==, shown);
  g_assert_true (gtk_widget_get_sensitive (child (&setup, GTK_TYPE_BUTTON, "use_button")));
  g_assert_cmpstr (gtk_label_get_label (child (&setup, GTK_TYPE_LABEL, "currency_label")), ==, "€");

  /* Reopened after the owner's figures change: the new figures. */
  gtk_popover_popdown (child (&setup, GTK_TYPE_POPOVER, "popover"));
  offload_assessment_set_days_per_week (setup.assessment, 6);
  open_popover (&setup);
  g_assert_cmpfloat_with_epsilon (entry_number (hours_entry), expected_hours (setup.assessment), 1e-9);

  setup_clear (&setup);
}

/* A typed income gives the hourly value, rounded as shown; Use and Enter
 * set it and close the popover. */
static void
test_use (void)
{
  Setup setup;
  GtkEntry *income_entry;
  GtkButton *use_button;
  GtkPopover *popover;
  double hours;
  g_autofree char *shown = NULL;
  g_autofree char *small = NULL;
  g_autofree char *money = NULL;
  g_autofree char *use_label = NULL;

  setup_init (&setup);
  income_entry = child (&setup, GTK_TYPE_ENTRY, "income_entry");
  use_button = child (&setup, GTK_TYPE_BUTTON, "use_button");
  hours = expected_hours (setup.assessment);

  /* 100,000 ÷ 1,530 h = 65.36…: whole units, 65. */
  popover = open_popover (&setup);
  type_text (income_entry, "100,000");
  g_assert_cmpfloat (expected_rate (100000, hours), ==, 65);
  shown = result_text (65);
  g_assert_cmpstr (gtk_label_get_label (child (&setup, GTK_TYPE_LABEL, "result_label")), ==, shown);
  money = offload_format_money (65, "EUR");
  use_label = g_strdup_printf ("_Use %s an Hour", money);
  g_assert_cmpstr (gtk_button_get_label (use_button), ==, use_label);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (use_button)));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (income_entry), "error"));
  g_signal_emit_by_name (use_button, "clicked");
  testing_spin_main_loop ();
  g_assert_cmpfloat (offload_assessment_get_hourly_value (setup.assessment), ==, expected_rate (100000, hours));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));

  /* 12,000 ÷ 1,530 h = 7.84…: below 10, one decimal, 7.8; Enter in the
   * entry applies it. */
  popover = open_popover (&setup);
  type_text (income_entry, "12000");
  small = result_text (7.8);
  g_assert_cmpstr (gtk_label_get_label (child (&setup, GTK_TYPE_LABEL, "result_label")), ==, small);
  g_signal_emit_by_name (income_entry, "activate");
  testing_spin_main_loop ();
  g_assert_cmpfloat_with_epsilon (offload_assessment_get_hourly_value (setup.assessment),
                                  expected_rate (12000, hours), 1e-9);
  g_assert_cmpfloat_with_epsilon (offload_assessment_get_hourly_value (setup.assessment), 7.8, 1e-9);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));

  /* Fewer hours typed by hand count instead of the owner's figures. */
  open_popover (&setup);
  type_text (income_entry, "50,000");
  type_text (child (&setup, GTK_TYPE_ENTRY, "hours_entry"), "1,000");
  g_signal_emit_by_name (child (&setup, GTK_TYPE_ENTRY, "hours_entry"), "activate");
  testing_spin_main_loop ();
  g_assert_cmpfloat (offload_assessment_get_hourly_value (setup.assessment), ==, 50);

  setup_clear (&setup);
}

static void
assert_refused (Setup      *setup,
                GtkEntry   *entry,
                const char *error_name,
                const char *limit)
{
  GtkLabel *error = child (setup, GTK_TYPE_LABEL, error_name);
  GtkButton *use_button = child (setup, GTK_TYPE_BUTTON, "use_button");

  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error)));
  g_assert_nonnull (strstr (gtk_label_get_label (error), limit));
  gtk_test_accessible_assert_property (entry, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, gtk_label_get_label (error));
  gtk_test_accessible_assert_state (entry, GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (use_button)));

  /* Neither the button nor Enter gets through. */
  g_signal_emit_by_name (use_button, "clicked");
  g_signal_emit_by_name (entry, "activate");
  testing_spin_main_loop ();
  g_assert_cmpfloat (offload_assessment_get_hourly_value (setup->assessment), ==, 95);
  g_assert_true (gtk_widget_get_visible (child (setup, GTK_TYPE_POPOVER, "popover")));
}

static void
assert_accepted (Setup    *setup,
                 GtkEntry *entry,
                 const char *error_name)
{
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
  g_assert_false (gtk_widget_get_visible (child (setup, GTK_TYPE_LABEL, error_name)));
  gtk_test_accessible_assert_state (entry, GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_FALSE);
  g_assert_true (gtk_widget_get_sensitive (child (setup, GTK_TYPE_BUTTON, "use_button")));
}

/* Text that is no figure, or out of range, is refused in the error style
 * with the limit named, and the assessment keeps its hourly value. */
static void
test_invalid (void)
{
  static const char * const bad_incomes[] = { "abc", "-5", "10,000,001", "1e6", "12 apples", NULL };
  static const char * const bad_hours[] = { "0", "-3", "4,001", "x", NULL };
  Setup setup;
  GtkEntry *income_entry, *hours_entry;
  GtkLabel *result;
  g_autofree char *income_limit = offload_format_money (10000000, "EUR");
  g_autofree char *hours_limit = offload_format_number (4000, 0);

  setup_init (&setup);
  income_entry = child (&setup, GTK_TYPE_ENTRY, "income_entry");
  hours_entry = child (&setup, GTK_TYPE_ENTRY, "hours_entry");
  result = child (&setup, GTK_TYPE_LABEL, "result_label");
  open_popover (&setup);
  assert_accepted (&setup, income_entry, "income_error");

  for (guint i = 0; bad_incomes[i]; i++)
    {
      type_text (income_entry, bad_incomes[i]);
      assert_refused (&setup, income_entry, "income_error", income_limit);
      /* What was typed stays as typed. */
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (income_entry)), ==, bad_incomes[i]);
    }
  type_text (income_entry, "60,000");
  assert_accepted (&setup, income_entry, "income_error");

  for (guint i = 0; bad_hours[i]; i++)
    {
      type_text (hours_entry, bad_hours[i]);
      assert_refused (&setup, hours_entry, "hours_error", hours_limit);
    }
  type_text (hours_entry, "1,200");
  assert_accepted (&setup, hours_entry, "hours_error");

  /* An empty entry waits for a figure: nothing to use, nothing scolded. */
  type_text (income_entry, "");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (income_entry), "error"));
  g_assert_false (gtk_widget_get_sensitive (child (&setup, GTK_TYPE_BUTTON, "use_button")));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (result)));

  /* Both figures fine, but the hour past what a document may hold. */
  type_text (income_entry, "10,000,000");
  type_text (hours_entry, "1");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (income_entry), "error"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (result), "error"));
  g_assert_false (gtk_widget_get_sensitive (child (&setup, GTK_TYPE_BUTTON, "use_button")));
  g_signal_emit_by_name (hours_entry, "activate");
  testing_spin_main_loop ();
  g_assert_cmpfloat (offload_assessment_get_hourly_value (setup.assessment), ==, 95);

  setup_clear (&setup);
}

/* The method's source is shown, from the catalog, and a screen reader
 * reaches it and every control by name. */
static void
test_source_and_names (void)
{
  Setup setup;
  GtkLabel *source;
  const char *policy;

  setup_init (&setup);
  open_popover (&setup);
  source = child (&setup, GTK_TYPE_LABEL, "source_label");
  policy = offload_catalog_get_policy (offload_assessment_get_catalog (setup.assessment), "hourly_value");

  g_assert_nonnull (policy);
  g_assert_cmpstr (gtk_label_get_label (source), ==, policy);
  g_assert_nonnull (strstr (policy, "OpenClassrooms"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (source)));
  g_assert_true (gtk_label_get_wrap (source));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (source), "dim-label"));

  gtk_test_accessible_assert_property (child (&setup, GTK_TYPE_MENU_BUTTON, "menu_button"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Work out what one hour of your time is worth");
  gtk_test_accessible_assert_relation (child (&setup, GTK_TYPE_BUTTON, "use_button"),
                                       GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                       child (&setup, GTK_TYPE_LABEL, "result_label"), source, NULL);
  gtk_test_accessible_assert_relation (child (&setup, GTK_TYPE_ENTRY, "income_entry"),
                                       GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       child (&setup, GTK_TYPE_LABEL, "income_label"), NULL);
  gtk_test_accessible_assert_relation (child (&setup, GTK_TYPE_ENTRY, "hours_entry"),
                                       GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       child (&setup, GTK_TYPE_LABEL, "hours_label"), NULL);
  gtk_test_accessible_assert_property (child (&setup, GTK_TYPE_ENTRY, "income_entry"),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       gtk_label_get_label (child (&setup, GTK_TYPE_LABEL, "income_hint")));

  setup_clear (&setup);
}

/* Tab goes from the income to the hours to Use, all inside the popover. */
static void
test_keyboard (void)
{
  Setup setup;
  GtkPopover *popover;
  GtkWidget *income_entry, *hours_entry, *use_button;
  gboolean reached_hours = FALSE, reached_use = FALSE;

  setup_init (&setup);
  popover = open_popover (&setup);
  income_entry = child (&setup, GTK_TYPE_ENTRY, "income_entry");
  hours_entry = child (&setup, GTK_TYPE_ENTRY, "hours_entry");
  use_button = child (&setup, GTK_TYPE_BUTTON, "use_button");

  /* The popover opens on the income, the figure to change. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (setup.window)), income_entry) ||
                 gtk_root_get_focus (GTK_ROOT (setup.window)) == income_entry);

  for (guint i = 0; i < 6; i++)
    {
      GtkWidget *focus;

      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (popover), GTK_DIR_TAB_FORWARD));
      focus = gtk_root_get_focus (GTK_ROOT (setup.window));
      g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (popover)));
      reached_hours |= focus == hours_entry || gtk_widget_is_ancestor (focus, hours_entry);
      reached_use |= focus == use_button;
    }
  g_assert_true (reached_hours);
  g_assert_true (reached_use);

  setup_clear (&setup);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* "assessment" is notified on a real change only; without one the button
 * cannot be used; the helper dies with its window. */
static void
test_assessment_property (void)
{
  g_autoptr(OffloadAssessment) other = offload_assessment_new (NULL);
  Setup setup;
  guint notified = 0;
  GtkWidget *menu_button;
  gpointer helper;

  setup_init (&setup);
  helper = setup.helper;
  g_object_add_weak_pointer (helper, &helper);
  menu_button = child (&setup, GTK_TYPE_MENU_BUTTON, "menu_button");
  g_signal_connect (setup.helper, "notify::assessment", G_CALLBACK (count_notify), &notified);

  offload_rate_helper_set_assessment (setup.helper, setup.assessment);
  g_assert_cmpuint (notified, ==, 0);
  g_object_set (setup.helper, "assessment", other, NULL);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (offload_rate_helper_get_assessment (setup.helper) == other);
  g_assert_true (gtk_widget_get_sensitive (menu_button));

  offload_rate_helper_set_assessment (setup.helper, NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_false (gtk_widget_get_sensitive (menu_button));

  /* Back to the first: its own figures fill the popover. */
  offload_rate_helper_set_assessment (setup.helper, setup.assessment);
  g_assert_cmpuint (notified, ==, 3);
  open_popover (&setup);
  g_assert_cmpfloat_with_epsilon (entry_number (child (&setup, GTK_TYPE_ENTRY, "hours_entry")),
                                  expected_hours (setup.assessment), 1e-9);

  setup_clear (&setup);
  g_assert_null (helper);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rate-helper/prefill", test_prefill);
  g_test_add_func ("/rate-helper/use", test_use);
  g_test_add_func ("/rate-helper/invalid", test_invalid);
  g_test_add_func ("/rate-helper/source-and-names", test_source_and_names);
  g_test_add_func ("/rate-helper/keyboard", test_keyboard);
  g_test_add_func ("/rate-helper/assessment-property", test_assessment_property);

  return g_test_run ();
}
