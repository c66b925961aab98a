/* test-task-table.c: the task table of the Plan section, driven through its
 * real widgets — hours, handling, reason, volume, the hand-over sheet, the
 * owner's own tasks — and what the rest of the window makes of them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>

#include "offload-delegation-brief.h"
#include "offload-plan-panel.h"
#include "offload-sheet-dialog.h"
#include "offload-task-row.h"
#include "offload-tasks-panel.h"
#include "window-testing.h"

typedef struct
{
  OffloadAssessment *assessment;
  GtkWidget         *window;
  OffloadPlanPanel  *panel;
  OffloadTasksPanel *tasks_panel;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  f->assessment = offload_assessment_new (NULL);
  f->window = gtk_window_new ();
  f->panel = g_object_new (OFFLOAD_TYPE_PLAN_PANEL, "assessment", f->assessment, NULL);
  f->tasks_panel = testing_template_child (f->panel, OFFLOAD_TYPE_PLAN_PANEL, "tasks_panel");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (f->panel));
  gtk_window_set_child (GTK_WINDOW (f->window), scroller);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 800, 900);
  gtk_window_present (GTK_WINDOW (f->window));
  testing_wait_until_mapped (f->tasks_panel);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  testing_spin_main_loop ();
  g_clear_object (&f->assessment);
}

/* The row showing task @id. */
static OffloadTaskRow *
find_row (Fixture    *f,
          const char *id)
{
  GtkWidget *list = testing_template_child (f->tasks_panel, OFFLOAD_TYPE_TASKS_PANEL, "task_list");

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    if (OFFLOAD_IS_TASK_ROW (row) &&
        g_str_equal (offload_owner_task_get_id (offload_task_row_get_task (OFFLOAD_TASK_ROW (row))), id))
      return OFFLOAD_TASK_ROW (row);
  g_assert_not_reached ();
}

static gpointer
row_child (OffloadTaskRow *row,
           const char     *name)
{
  return testing_template_child (row, OFFLOAD_TYPE_TASK_ROW, name);
}

/* Types @text into a spin button and commits it, as Enter or leaving it does. */
static void
type_into_spin (GtkSpinButton *spin,
                const char    *text)
{
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  gtk_spin_button_update (spin);
  testing_spin_main_loop ();
}

static GtkWindow *
find_sheet_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* owned by GTK */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (OFFLOAD_IS_SHEET_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static double
brief_hours (OffloadDelegationBrief *brief,
             const char             *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (brief)); i++)
    {
      g_autoptr(OffloadBriefItem) item = g_list_model_get_item (G_LIST_MODEL (brief), i);

      if (g_str_equal (offload_brief_item_get_id (item), id))
        return offload_brief_item_get_hours (item);
    }
  return -1;
}

/* Hours typed into the rows replace the hours a day: 3 h + 5 h a week at
 * 4 weeks a month are 32 h a month; handed over, 32 h; kept, 20 h of it
 * leaves the brief and the share handed over. */
static void
test_hours_and_handling (Fixture       *f,
                         gconstpointer  data)
{
  OffloadTaskRow *invoicing = find_row (f, "invoicing");
  OffloadTaskRow *inbox = find_row (f, "inbox-triage");
  OffloadDelegationBrief *brief = offload_plan_panel_get_brief (f->panel);
  OffloadScenario *scenario = offload_assessment_get_active_scenario (f->assessment);
  GtkLabel *totals = testing_template_child (f->tasks_panel, OFFLOAD_TYPE_TASKS_PANEL, "totals_label");
  double weeks = offload_assessment_get_weeks_per_month (f->assessment);
  double before = offload_assessment_get_monthly_hours (f->assessment);

  g_assert_false (offload_assessment_get_uses_task_hours (f->assessment));
  type_into_spin (row_child (invoicing, "hours_spin"), "3");
  type_into_spin (row_child (inbox, "hours_spin"), "5");
  g_assert_true (offload_assessment_get_uses_task_hours (f->assessment));
  g_assert_cmpfloat (offload_assessment_get_monthly_hours (f->assessment), ==, 8 * weeks);
  g_assert_cmpfloat (offload_assessment_get_monthly_hours (f->assessment), !=, before);
  g_assert_cmpfloat (offload_scenario_get_results (scenario)->hours_freed_month, ==, 8 * weeks);
  g_assert_cmpfloat (brief_hours (brief, "invoicing"), ==, 3 * weeks);
  g_assert_nonnull (strstr (gtk_label_get_label (totals), "32 h"));

  /* Keep the inbox, for a legal reason. */
  g_signal_emit_by_name (row_child (inbox, "keep_toggle"), "clicked");
  testing_spin_main_loop ();
  g_assert_cmpint (offload_owner_task_get_handling (offload_task_row_get_task (inbox)), ==, OFFLOAD_TASK_HANDLING_KEEP);
  g_assert_true (gtk_widget_get_visible (row_child (inbox, "reason_box")));
  g_assert_false (gtk_widget_get_visible (row_child (inbox, "sheet_button")));
  g_signal_emit_by_name (row_child (inbox, "legal_toggle"), "clicked");
  testing_spin_main_loop ();
  g_assert_cmpint (offload_owner_task_get_reason (offload_task_row_get_task (inbox)), ==, OFFLOAD_KEEP_REASON_LEGAL);
  g_assert_cmpfloat (brief_hours (brief, "inbox-triage"), ==, -1);
  g_assert_cmpuint (g_list_model_get_n_items (offload_delegation_brief_get_kept (brief)), ==, 1);
  g_assert_cmpfloat (offload_scenario_get_results (scenario)->hours_freed_month, ==, 3 * weeks);
  /* Still the hours lost: kept is not gone. */
  g_assert_cmpfloat (offload_assessment_get_monthly_hours (f->assessment), ==, 8 * weeks);

  /* Automate the invoicing: nothing is handed over any more. */
  g_signal_emit_by_name (row_child (invoicing, "automate_toggle"), "clicked");
  testing_spin_main_loop ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (brief)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (offload_delegation_brief_get_automated (brief)), ==, 1);
  g_assert_cmpfloat (offload_scenario_get_results (scenario)->hours_freed_month, ==, 0);
  g_assert_nonnull (strstr (gtk_label_get_label (row_child (invoicing, "status_label")), "12 h"));
}

/* Text that is no number is refused in place: the task keeps its hours. */
static void
test_refused_text (Fixture       *f,
                   gconstpointer  data)
{
  OffloadTaskRow *row = find_row (f, "quotes");
  GtkSpinButton *spin = row_child (row, "hours_spin");
  OffloadOwnerTask *task = offload_task_row_get_task (row);

  type_into_spin (spin, "2.5");
  g_assert_cmpfloat (offload_owner_task_get_hours_per_week (task), ==, 2.5);
  type_into_spin (spin, "lots");
  g_assert_cmpfloat (offload_owner_task_get_hours_per_week (task), ==, 2.5);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (spin), "error"));
  type_into_spin (spin, "");
  g_assert_cmpfloat (offload_owner_task_get_hours_per_week (task), ==, 2.5);
  type_into_spin (spin, "200");
  g_assert_cmpfloat (offload_owner_task_get_hours_per_week (task), ==, 2.5);
  type_into_spin (spin, "4");
  g_assert_cmpfloat (offload_owner_task_get_hours_per_week (task), ==, 4);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (spin), "error"));
}

/* 40 invoices a month × 6 minutes are 4 h a month: 1 h a week at 4 weeks;
 * the typed hours give way while the estimate stands. */
static void
test_volume (Fixture       *f,
             gconstpointer  data)
{
  OffloadTaskRow *row = find_row (f, "invoicing");
  OffloadOwnerTask *task = offload_task_row_get_task (row);

  offload_assessment_set_weeks_per_month (f->assessment, 4);
  g_signal_emit_by_name (row_child (row, "volume_toggle"), "clicked");
  testing_spin_main_loop ();
  g_assert_true (gtk_widget_get_visible (row_child (row, "volume_box")));
  type_into_spin (row_child (row, "count_spin"), "40");
  type_into_spin (row_child (row, "minutes_spin"), "6");
  g_assert_cmpfloat_with_epsilon (offload_owner_task_get_hours_per_week (task), 1.0, 1e-12);
  g_assert_false (gtk_widget_get_sensitive (row_child (row, "hours_spin")));
  g_assert_cmpfloat_with_epsilon (offload_assessment_get_monthly_hours (f->assessment), 4.0, 1e-12);
  /* More weeks in a month: the same 4 h a month, fewer a week. */
  offload_assessment_set_weeks_per_month (f->assessment, 4.5);
  g_assert_cmpfloat_with_epsilon (offload_assessment_get_monthly_hours (f->assessment), 4.0, 1e-9);
}

/* The sheet button opens the task's sheet; what is typed is the task's. */
static void
test_sheet (Fixture       *f,
            gconstpointer  data)
{
  OffloadTaskRow *row = find_row (f, "invoicing");
  OffloadOwnerTask *task = offload_task_row_get_task (row);
  GtkWindow *dialog;

  g_assert_true (gtk_widget_get_visible (row_child (row, "sheet_button")));
  g_assert_nonnull (strstr (gtk_label_get_label (row_child (row, "status_label")), "No hand-over sheet"));
  g_signal_emit_by_name (row_child (row, "sheet_button"), "clicked");
  testing_spin_main_loop ();
  dialog = find_sheet_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (f->window));
  g_assert_true (gtk_window_get_modal (dialog));
  g_assert_true (offload_sheet_dialog_get_task (OFFLOAD_SHEET_DIALOG (dialog)) == task);
  g_assert_nonnull (strstr (gtk_window_get_title (dialog), offload_owner_task_get_title (task)));

  gtk_editable_set_text (testing_template_child (dialog, OFFLOAD_TYPE_SHEET_DIALOG, "frequency_entry"),
                         "Every Monday");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (testing_template_child (dialog, OFFLOAD_TYPE_SHEET_DIALOG,
                                                                              "steps_view")),
                            "1. Export\n2. Send", -1);
  g_assert_cmpstr (offload_owner_task_get_sheet (task, OFFLOAD_SHEET_FREQUENCY), ==, "Every Monday");
  g_assert_cmpstr (offload_owner_task_get_sheet (task, OFFLOAD_SHEET_STEPS), ==, "1. Export\n2. Send");
  g_assert_cmpstr (gtk_label_get_label (row_child (row, "status_label")), ==, "Sheet filled in");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  testing_spin_main_loop ();
  g_assert_null (find_sheet_dialog ());
  g_assert_cmpstr (offload_owner_task_get_sheet (task, OFFLOAD_SHEET_FREQUENCY), ==, "Every Monday");
}

/* "Add a Task" adds a named row of the owner's; its bin takes it away. */
static void
test_own_task (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *add = testing_template_child (f->tasks_panel, OFFLOAD_TYPE_TASKS_PANEL, "add_button");
  GListModel *tasks = offload_assessment_get_tasks (f->assessment);
  guint n = g_list_model_get_n_items (tasks);
  g_autoptr(OffloadOwnerTask) task = NULL;
  OffloadTaskRow *row;

  g_signal_emit_by_name (add, "clicked");
  testing_spin_main_loop ();
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, n + 1);
  task = g_list_model_get_item (tasks, n);
  g_assert_true (offload_owner_task_get_custom (task));
  row = find_row (f, offload_owner_task_get_id (task));
  /* The new row is brought into view, its name ready to type. */
  {
    GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (row), GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
    graphene_rect_t bounds;
    gint64 until = g_get_monotonic_time () + TESTING_PATIENCE_USEC;

    do
      testing_spin_main_loop ();
    while (gtk_adjustment_get_value (adjustment) == 0 && g_get_monotonic_time () < until);
    g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (row), gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)),
                                              &bounds));
    g_assert_cmpfloat (bounds.origin.y, >=, gtk_adjustment_get_value (adjustment));
    g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=,
                       gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) + 1);
    g_assert_true (gtk_widget_has_focus (row_child (row, "name_entry")) ||
                   gtk_widget_is_ancestor (gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (row))),
                                           row_child (row, "name_entry")));
  }
  g_assert_true (gtk_widget_get_visible (row_child (row, "name_entry")));
  g_assert_false (gtk_widget_get_visible (row_child (row, "title_label")));
  gtk_editable_set_text (row_child (row, "name_entry"), "Payroll preparation");
  g_assert_cmpstr (offload_owner_task_get_title (task), ==, "Payroll preparation");
  type_into_spin (row_child (row, "hours_spin"), "2");
  g_assert_cmpfloat (offload_assessment_get_delegated_hours_week (f->assessment), ==, 2);

  g_signal_emit_by_name (row_child (row, "remove_button"), "clicked");
  testing_spin_main_loop ();
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, n);
  g_assert_false (offload_assessment_get_uses_task_hours (f->assessment));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  testing_forget_settings ();

#define ADD(path, func) g_test_add ("/task-table/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("hours-and-handling", test_hours_and_handling);
  ADD ("refused-text", test_refused_text);
  ADD ("volume", test_volume);
  ADD ("sheet", test_sheet);
  ADD ("own-task", test_own_task);
#undef ADD

  return g_test_run ();
}
