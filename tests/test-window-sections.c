/* test-window-sections.c: the window tells one story
 *
 * The answer above the sections and only there, the sections reached from a
 * sidebar or a switcher and from the keyboard, what is built for the first
 * frame, the first run's examples, and which window opens a file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <gtk/gtk.h>

#include "offload-answer-bar.h"
#include "offload-application.h"
#include "offload-figures-panel.h"
#include "offload-format.h"
#include "offload-sections-layout.h"
#include "offload-value-row.h"
#include "offload-window.h"
#include "testing.h"
#include "window-testing.h"

static GtkApplication *app;

static const char * const sections[] = { "signs", "figures", "options", "plan" };

static OffloadWindow *
present_window (OffloadWindow *window,
                int            width)
{
  gtk_window_set_default_size (GTK_WINDOW (window), width, 800);
  gtk_window_present (GTK_WINDOW (window));
  testing_spin_main_loop ();
  return window;
}

static OffloadWindow *
open_example (int width)
{
  g_autoptr(GFile) file = testing_fixture ("good", "full.offload");
  g_autoptr(GError) error = NULL;
  OffloadWindow *window;

  testing_forget_settings ();
  window = offload_window_new_for_file (app, file, &error);
  g_assert_no_error (error);
  return present_window (window, width);
}

static void
destroy_window (OffloadWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  testing_spin_main_loop ();
}

/* Lets the frame clock lay the window out @frames times. */
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

static OffloadAssessment *
assessment_of (OffloadWindow *window)
{
  return offload_document_get_assessment (offload_window_get_document (window));
}

static const char *
label_text (OffloadWindow *window,
            const char    *name)
{
  return gtk_label_get_label (testing_window_child (window, name));
}

/* Every label below @widget whose text is @text, shown or not. */
static guint
count_labels (GtkWidget  *widget,
              const char *text)
{
  guint n = GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_labels (child, text);
  return n;
}

/* ---- the answer ---------------------------------------------------------- */

/* The verdict, its need, the figure that decides and the headline, in the
 * decision's own words, follow a slider step at once. */
static void
test_answer_follows_slider (void)
{
  OffloadWindow *window = open_example (1200);
  OffloadAssessment *assessment = assessment_of (window);
  OffloadDecision *decision = offload_assessment_get_decision (assessment);
  OffloadValueRow *hours = testing_window_child (window, "hours_row");
  g_autofree char *before = g_strdup (label_text (window, "headline_label"));
  g_autofree char *headline = NULL;
  g_autofree char *need = NULL;
  g_autofree char *amount = NULL;
  gboolean handled = FALSE;

  g_signal_emit_by_name (offload_value_row_get_scale (hours), "change-value", GTK_SCROLL_JUMP, 4.0, &handled);
  g_assert_cmpfloat (offload_assessment_get_hours_per_day (assessment), ==, 4.0);

  /* No main loop turn: the labels changed with the step itself. */
  headline = offload_decision_dup_headline (decision);
  need = g_strdup_printf ("Need %d/100", offload_decision_get_need (decision));
  g_assert_cmpstr (label_text (window, "headline_label"), ==, headline);
  g_assert_cmpstr (label_text (window, "headline_label"), !=, before);
  g_assert_cmpstr (label_text (window, "verdict_label"), ==, offload_decision_get_band (decision)->title);
  g_assert_cmpstr (label_text (window, "need_label"), ==, need);
  if (offload_decision_get_delegation_pays (decision))
    amount = offload_format_money (offload_decision_get_net_gain_year (decision), "EUR");
  else
    amount = offload_format_money (offload_assessment_get_total_cost_year (assessment), "EUR");
  g_assert_nonnull (strstr (label_text (window, "figure_label"), amount));

  /* Handing nothing over: not paying, so the figure becomes what doing
   * nothing costs, in the same numbers as the figures' table. */
  offload_assessment_set_hourly_value (assessment, 1);
  g_assert_false (offload_decision_get_delegation_pays (decision));
  g_clear_pointer (&amount, g_free);
  amount = offload_format_money (offload_assessment_get_total_cost_year (assessment), "EUR");
  g_assert_true (g_str_has_prefix (label_text (window, "figure_label"), "Doing nothing costs"));
  g_assert_nonnull (strstr (label_text (window, "figure_label"), amount));

  destroy_window (window);
}

/* Shown once: with every section built, the verdict's title and the
 * headline are each in one label only, the answer bar's. */
static void
test_answer_shown_once (void)
{
  OffloadWindow *window = open_example (1200);
  OffloadDecision *decision = offload_assessment_get_decision (assessment_of (window));
  g_autofree char *headline = offload_decision_dup_headline (decision);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    g_assert_nonnull (offload_window_get_section (window, sections[i]));
  g_assert_cmpuint (count_labels (GTK_WIDGET (window), offload_decision_get_band (decision)->title), ==, 1);
  g_assert_cmpuint (count_labels (GTK_WIDGET (window), headline), ==, 1);
  g_assert_true (gtk_widget_is_ancestor (testing_window_child (window, "verdict_label"),
                                         testing_template_child (window, OFFLOAD_TYPE_WINDOW, "answer_bar")));

  /* And it stays in view whatever section is shown. */
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      testing_show_section (window, sections[i]);
      g_assert_true (gtk_widget_get_mapped (testing_window_child (window, "headline_label")));
      g_assert_true (gtk_widget_get_mapped (testing_window_child (window, "verdict_label")));
    }

  destroy_window (window);
}

/* ---- the sections -------------------------------------------------------- */

/* A sidebar on a wide window, a switcher on a narrow one, never both. */
static void
test_sidebar_or_switcher (void)
{
  OffloadWindow *window = open_example (1200);
  GtkWidget *sidebar = testing_template_child (window, OFFLOAD_TYPE_WINDOW, "sidebar");
  /* The sections layout places the sidebar, the switcher, the stack. */
  GtkWidget *switcher = gtk_widget_get_next_sibling (sidebar);
  GtkWidget *body = gtk_widget_get_parent (sidebar);
  OffloadSectionsLayout *layout = OFFLOAD_SECTIONS_LAYOUT (gtk_widget_get_layout_manager (body));

  wait_frames (window, 3);
  g_assert_true (offload_sections_layout_get_wide (layout));
  g_assert_true (gtk_widget_get_mapped (sidebar));
  g_assert_false (gtk_widget_get_mapped (switcher));
  g_assert_cmpint (gtk_widget_get_width (sidebar), >, 0);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 800);
  wait_frames (window, 3);
  g_assert_false (offload_sections_layout_get_wide (layout));
  g_assert_false (gtk_widget_get_mapped (sidebar));
  g_assert_true (gtk_widget_get_mapped (switcher));
  /* The four sections fit a phone-sized window. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);

  destroy_window (window);
}

/* Alt+1 to Alt+4 show each section and put the focus in it; the bindings
 * are the ones the shortcuts window lists. */
static void
test_sections_from_keyboard (void)
{
  OffloadWindow *window = open_example (1200);
  GtkStack *stack = testing_template_child (window, OFFLOAD_TYPE_WINDOW, "stack");

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *page = gtk_stack_get_child_by_name (stack, sections[i]);
      GtkWidget *focus;
      gint64 end = g_get_monotonic_time () + TESTING_PATIENCE_USEC;

      g_assert_nonnull (page);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", sections[i]));
      g_assert_true (gtk_stack_get_visible_child (stack) == page);
      /* The focus goes in once the section is laid out. */
      while (g_get_monotonic_time () < end &&
             ((focus = gtk_root_get_focus (GTK_ROOT (window))) == NULL || !gtk_widget_is_ancestor (focus, page)))
        g_main_context_iteration (NULL, TRUE);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      g_assert_true (gtk_widget_is_ancestor (focus, page));
    }

  /* Alt+1 to Alt+4 are bound to them, in that order. */
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
    guint bound = 0;

    for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, c);

        if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
          continue;
        for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
          {
            g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);
            GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
            GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
            GVariant *arguments = gtk_shortcut_get_arguments (shortcut);

            if (!GTK_IS_NAMED_ACTION (action) ||
                g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "win.show-section") != 0)
              continue;
            g_assert_true (GTK_IS_KEYVAL_TRIGGER (trigger));
            g_assert_cmpint (gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)), ==, GDK_ALT_MASK);
            g_assert_nonnull (arguments);
            for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
              if (g_str_equal (g_variant_get_string (arguments, NULL), sections[i]))
                {
                  g_assert_cmpuint (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)), ==, GDK_KEY_1 + i);
                  bound++;
                }
          }
      }
    g_assert_cmpuint (bound, ==, G_N_ELEMENTS (sections));
  }

  destroy_window (window);
}

static GtkWidget *
find_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_menu_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The sidebar is one Tab stop: Tab from its row goes into the section
 * shown, not to the next row (which would switch sections), and the rows
 * have the sections' names for a screen reader. */
static void
test_tab_from_sidebar (void)
{
  OffloadWindow *window = open_example (1200);
  GtkStack *stack = testing_template_child (window, OFFLOAD_TYPE_WINDOW, "stack");
  GtkWidget *sidebar = testing_template_child (window, OFFLOAD_TYPE_WINDOW, "sidebar");
  GtkWidget *titlebar = gtk_window_get_titlebar (GTK_WINDOW (window));
  GtkWidget *page, *focus;
  guint named = 0;

  testing_show_section (window, "figures");
  page = gtk_stack_get_visible_child (stack);
  /* From the header bar's last control (the main menu), Tab lands on the
   * selected row. */
  g_assert_true (gtk_widget_grab_focus (find_menu_button (titlebar)));
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (gtk_widget_is_ancestor (focus, sidebar));
  g_assert_true (GTK_IS_LIST_BOX_ROW (focus));
  gtk_test_accessible_assert_property (focus, GTK_ACCESSIBLE_PROPERTY_LABEL, "Figures");

  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (gtk_stack_get_visible_child (stack) == page);
  g_assert_true (gtk_widget_is_ancestor (focus, page));

  /* Shift+Tab from the sidebar goes back to the header bar. */
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_BACKWARD);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (gtk_widget_is_ancestor (focus, sidebar));
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_BACKWARD);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (gtk_widget_is_ancestor (focus, titlebar));
  g_assert_true (gtk_stack_get_visible_child (stack) == page);

  for (GtkWidget *w = gtk_widget_get_first_child (sidebar); w; w = gtk_widget_get_first_child (w))
    if (GTK_IS_LIST_BOX (w))
      {
        for (GtkWidget *row = gtk_widget_get_first_child (w); row; row = gtk_widget_get_next_sibling (row))
          if (GTK_IS_LIST_BOX_ROW (row) && gtk_test_accessible_has_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL))
            named++;
        break;
      }
  g_assert_cmpuint (named, ==, G_N_ELEMENTS (sections));

  destroy_window (window);
}

/* The first frame shows the answer and the checklist; the other sections
 * are built once the window is idle, or at once when visited. */
static void
test_sections_built_later (void)
{
  g_autoptr(GFile) file = testing_fixture ("good", "full.offload");
  g_autoptr(GError) error = NULL;
  OffloadWindow *window = offload_window_new_for_file (app, file, &error);
  const char * const pages[] = { "figures_page", "options_page", "plan_page" };
  gint64 end;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    g_assert_null (gtk_widget_get_first_child (testing_template_child (window, OFFLOAD_TYPE_WINDOW, pages[i])));
  g_assert_nonnull (gtk_widget_get_first_child (testing_template_child (window, OFFLOAD_TYPE_WINDOW, "checklist_box")));

  /* Visited: built at once. */
  g_assert_true (OFFLOAD_IS_FIGURES_PANEL (offload_window_get_section (window, "figures")));
  g_assert_nonnull (gtk_widget_get_first_child (testing_template_child (window, OFFLOAD_TYPE_WINDOW, "figures_page")));

  /* Shown and idle: the rest follow. */
  gtk_window_present (GTK_WINDOW (window));
  end = g_get_monotonic_time () + TESTING_PATIENCE_USEC;
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    while (g_get_monotonic_time () < end &&
           gtk_widget_get_first_child (testing_template_child (window, OFFLOAD_TYPE_WINDOW, pages[i])) == NULL)
      g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    g_assert_nonnull (gtk_widget_get_first_child (testing_template_child (window, OFFLOAD_TYPE_WINDOW, pages[i])));

  destroy_window (window);
}

/* ---- the first run ----------------------------------------------------------- */

/* A new assessment says what to do first, and marks its figures as
 * examples until the owner changes them, one by one; a document from a
 * file has neither. */
static void
test_first_run (void)
{
  OffloadWindow *window;
  OffloadAnswerBar *bar;
  const char * const rows[] = { "hours_row", "working_day_row", "value_row", "days_row", "weeks_row", "interruptions_row" };

  testing_forget_settings ();
  window = present_window (offload_window_new (app, NULL), 1200);
  bar = testing_template_child (window, OFFLOAD_TYPE_WINDOW, "answer_bar");
  g_assert_true (offload_answer_bar_get_first_run (bar));
  g_assert_true (gtk_revealer_get_reveal_child (testing_template_child (bar, OFFLOAD_TYPE_ANSWER_BAR, "first_run_revealer")));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_assert_true (offload_value_row_get_example (testing_window_child (window, rows[i])));

  /* The owner's own hourly value: that figure is theirs, the others are
   * still examples, and the hint stays while they are. */
  offload_assessment_set_hourly_value (assessment_of (window), 65);
  g_assert_false (offload_value_row_get_example (testing_window_child (window, "value_row")));
  g_assert_true (offload_value_row_get_example (testing_window_child (window, "hours_row")));
  g_assert_true (offload_answer_bar_get_first_run (bar));
  /* Back to the example's value, it stays the owner's. */
  offload_assessment_set_hourly_value (assessment_of (window), 80);
  g_assert_false (offload_value_row_get_example (testing_window_child (window, "value_row")));

  /* Every figure the owner's: the hint has done its job. */
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      OffloadValueRow *row = testing_window_child (window, rows[i]);

      offload_value_row_set_value (row, offload_value_row_get_value (row) + 1);
      g_assert_false (offload_value_row_get_example (row));
    }
  g_assert_false (offload_answer_bar_get_first_run (bar));
  destroy_window (window);

  window = open_example (1200);
  bar = testing_template_child (window, OFFLOAD_TYPE_WINDOW, "answer_bar");
  g_assert_false (offload_answer_bar_get_first_run (bar));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_assert_false (offload_value_row_get_example (testing_window_child (window, rows[i])));
  destroy_window (window);
}

/* ---- which window opens a file --------------------------------------------- */

/* One window per document: opening a file already shown brings its window
 * forward; an untouched new window takes a file; otherwise a new window. */
static void
test_one_window_per_document (void)
{
  OffloadApplication *application = OFFLOAD_APPLICATION (app);
  g_autoptr(GFile) full = testing_fixture ("good", "full.offload");
  g_autoptr(GFile) seed = testing_fixture ("good", "seed-example.offload");
  OffloadWindow *fresh, *first, *again, *second;
  guint windows;

  testing_forget_settings ();
  fresh = present_window (offload_window_new (app, NULL), 1000);
  windows = g_list_length (gtk_application_get_windows (app));

  first = offload_application_open_file (application, fresh, full);
  g_assert_true (first == fresh);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (app)), ==, windows);

  again = offload_application_open_file (application, NULL, full);
  g_assert_true (again == first);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (app)), ==, windows);

  second = offload_application_open_file (application, first, seed);
  g_assert_nonnull (second);
  g_assert_true (second != first);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (app)), ==, windows + 1);
  g_assert_true (g_file_equal (offload_document_get_file (offload_window_get_document (second)), seed));

  destroy_window (second);
  destroy_window (first);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  app = testing_register_application ();

  g_test_add_func ("/sections/answer-follows-slider", test_answer_follows_slider);
  g_test_add_func ("/sections/answer-shown-once", test_answer_shown_once);
  g_test_add_func ("/sections/sidebar-or-switcher", test_sidebar_or_switcher);
  g_test_add_func ("/sections/from-keyboard", test_sections_from_keyboard);
  g_test_add_func ("/sections/tab-from-sidebar", test_tab_from_sidebar);
  g_test_add_func ("/sections/built-later", test_sections_built_later);
  g_test_add_func ("/sections/first-run", test_first_run);
  g_test_add_func ("/sections/one-window-per-document", test_one_window_per_document);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
