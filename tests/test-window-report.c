/* test-window-report.c: from verdict to action in the real window — the
 * charts, the hand-over plan, the exports and the progress over time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>
#include <gtk/gtk.h>

#include "offload-chart-view.h"
#include "offload-export.h"
#include "offload-format.h"
#include "offload-plan-panel.h"
#include "offload-progress-dialog.h"
#include "offload-toast.h"
#include "offload-results-panel.h"
#include "offload-sign-row.h"
#include "offload-window.h"
#include "testing.h"
#include "window-testing.h"

static GtkApplication *app;
static char *tmp_dir;

static OffloadWindow *
open_window (const char *dir,
             const char *name)
{
  g_autoptr(GFile) file = dir ? testing_fixture (dir, name) : NULL;
  g_autoptr(GError) error = NULL;
  OffloadWindow *window;

  if (file != NULL)
    {
      window = offload_window_new_for_file (app, file, &error);
      g_assert_no_error (error);
    }
  else
    window = offload_window_new (app, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_present (GTK_WINDOW (window));
  testing_spin_main_loop ();
  return window;
}

static void
destroy_window (OffloadWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  testing_spin_main_loop ();
}

static OffloadAssessment *
assessment_of (OffloadWindow *window)
{
  return offload_document_get_assessment (offload_window_get_document (window));
}

/* After this, the document has nothing unsaved. */
static void
save_to_temp (OffloadWindow *window)
{
  g_autofree char *path = g_build_filename (tmp_dir, "saved.offload", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (offload_document_save (offload_window_get_document (window), file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (offload_document_get_unsaved (offload_window_get_document (window)));
}

static OffloadChartView *
chart (OffloadWindow *window,
       const char    *name)
{
  OffloadResultsPanel *panel = testing_window_child (window, "results_panel");

  return testing_template_child (panel, OFFLOAD_TYPE_RESULTS_PANEL, name);
}

static OffloadPlanPanel *
plan_panel (OffloadWindow *window)
{
  return testing_window_child (window, "plan_panel");
}

static guint
n_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    n += GTK_IS_LIST_BOX_ROW (row);
  return n;
}

static gboolean
accessible_description_contains (OffloadChartView *view,
                                 const char       *text)
{
  const char *description = offload_chart_view_get_description (view);

  return description != NULL && strstr (description, text) != NULL;
}

/* The cost chart is drawn, sized, and speaks the figures the window shows;
 * a tick changes the need the answer bar gives. */
static void
test_charts_follow (void)
{
  OffloadWindow *window = open_window (NULL, NULL);
  OffloadAssessment *assessment = assessment_of (window);
  OffloadChartView *cost = chart (window, "cost_chart");
  OffloadSignRow *row = testing_find_sign_row (GTK_WIDGET (window), "late-invoicing");
  g_autofree char *monthly = offload_format_money (offload_assessment_get_monthly_cost (assessment),
                                                   offload_assessment_get_currency (assessment));
  GtkLabel *need = testing_window_child (window, "need_label");
  g_autofree char *before = g_strdup (gtk_label_get_label (need));
  g_autofree char *score = NULL;

  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (cost)), >, 10);
  g_assert_true (accessible_description_contains (cost, monthly));

  gtk_widget_activate (GTK_WIDGET (offload_sign_row_get_check (row)));
  testing_spin_main_loop ();
  score = g_strdup_printf ("%d", offload_assessment_get_readiness (assessment));
  g_assert_cmpint (offload_assessment_get_readiness (assessment), >, 0);
  g_assert_cmpstr (gtk_label_get_label (need), !=, before);
  g_assert_nonnull (strstr (gtk_label_get_label (need), score));

  /* A different hourly value changes the money the chart speaks. */
  offload_assessment_set_hourly_value (assessment, 120);
  testing_spin_main_loop ();
  g_clear_pointer (&monthly, g_free);
  monthly = offload_format_money (offload_assessment_get_monthly_cost (assessment),
                                  offload_assessment_get_currency (assessment));
  g_assert_true (accessible_description_contains (cost, monthly));

  destroy_window (window);
}

/* The brief lists one row per task of the model, grows with a tick, and
 * warns about the key person; the plan's steps are check boxes whose state
 * is the document's. */
static void
test_plan_panel (void)
{
  OffloadWindow *window = open_window (NULL, NULL);
  OffloadPlanPanel *panel = plan_panel (window);
  OffloadDelegationBrief *brief = offload_plan_panel_get_brief (panel);
  OffloadActionPlan *plan = offload_plan_panel_get_plan (panel);
  GtkWidget *brief_list = testing_template_child (panel, OFFLOAD_TYPE_PLAN_PANEL, "brief_list");
  GtkWidget *plan_list = testing_template_child (panel, OFFLOAD_TYPE_PLAN_PANEL, "plan_list");
  GtkWidget *continuity = testing_template_child (panel, OFFLOAD_TYPE_PLAN_PANEL, "continuity_label");
  OffloadAssessment *assessment = assessment_of (window);
  g_autoptr(OffloadPlanStep) first = NULL;
  GtkWidget *first_row;
  GtkWidget *check;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (brief)), ==, 0);
  g_assert_false (gtk_widget_get_visible (brief_list));
  g_assert_false (gtk_widget_get_visible (continuity));

  offload_assessment_set_checked (assessment, "late-invoicing", TRUE);
  offload_assessment_set_checked (assessment, "inbox-overload", TRUE);
  testing_spin_main_loop ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (brief)), >, 0);
  g_assert_cmpuint (n_rows (brief_list), ==, g_list_model_get_n_items (G_LIST_MODEL (brief)));
  g_assert_true (gtk_widget_get_visible (brief_list));

  offload_assessment_set_checked (assessment, "key-person", TRUE);
  testing_spin_main_loop ();
  g_assert_true (offload_delegation_brief_get_continuity_risk (brief));
  g_assert_true (gtk_widget_get_visible (continuity));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (continuity)), ==,
                   offload_delegation_brief_get_continuity_text (brief));

  /* The plan: one row per step; ticking the first row's box marks the step
   * done and the document unsaved. */
  g_assert_cmpuint (n_rows (plan_list), ==, g_list_model_get_n_items (G_LIST_MODEL (plan)));
  save_to_temp (window);
  first = g_list_model_get_item (G_LIST_MODEL (plan), 0);
  first_row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (plan_list), 0));
  check = gtk_widget_get_first_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (first_row)));
  g_assert_true (GTK_IS_CHECK_BUTTON (check));
  g_assert_false (offload_plan_step_get_done (first));
  gtk_widget_activate (check);
  testing_spin_main_loop ();
  g_assert_true (offload_plan_step_get_done (first));
  g_assert_true (offload_assessment_get_step_done (assessment, offload_plan_step_get_id (first)));
  g_assert_true (offload_document_get_unsaved (offload_window_get_document (window)));

  destroy_window (window);
}

/* The plan's state survives save and reopen through the window. */
static void
test_plan_saved (void)
{
  OffloadWindow *window = open_window (NULL, NULL);
  OffloadActionPlan *plan = offload_plan_panel_get_plan (plan_panel (window));
  g_autoptr(OffloadPlanStep) step = g_list_model_get_item (G_LIST_MODEL (plan), 1);
  g_autofree char *id = g_strdup (offload_plan_step_get_id (step));
  g_autofree char *path = g_build_filename (tmp_dir, "plan.offload", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  OffloadWindow *reopened;

  offload_plan_step_set_done (step, TRUE);
  g_assert_true (offload_document_save (offload_window_get_document (window), file, NULL, &error));
  g_assert_no_error (error);
  destroy_window (window);

  reopened = offload_window_new_for_file (app, file, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (reopened));
  testing_spin_main_loop ();
  g_assert_true (offload_assessment_get_step_done (assessment_of (reopened), id));
  g_assert_cmpuint (offload_action_plan_get_n_done (offload_plan_panel_get_plan (plan_panel (reopened))), ==, 1);
  destroy_window (reopened);
}

static char *
read_text (GFile *file)
{
  char *contents = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, NULL));
  return contents;
}

/* "Share without amounts" is a window action; with it on, the CSV has no
 * money and no hourly value, with it off it has both. */
static void
test_export_csv (void)
{
  OffloadWindow *window = open_window ("good", "full.offload");
  OffloadAssessment *assessment = assessment_of (window);
  OffloadDocument *document = offload_window_get_document (window);
  g_autofree char *path = g_build_filename (tmp_dir, "figures.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *with = NULL;
  g_autofree char *without = NULL;
  gboolean no_amounts = TRUE;
  const char *symbol = offload_format_currency_symbol (offload_assessment_get_currency (assessment));
  GtkInfoBar *bar = testing_template_child (window, OFFLOAD_TYPE_WINDOW, "no_amounts_bar");

  g_object_get (window, "share-without-amounts", &no_amounts, NULL);
  g_assert_false (no_amounts);
  g_assert_true (offload_export_write (document, OFFLOAD_EXPORT_CSV, no_amounts, file, &error));
  g_assert_no_error (error);
  with = read_text (file);
  g_assert_true (strstr (with, "hourly_value") != NULL);
  g_assert_true (strstr (with, "monthly_cost") != NULL);

  g_assert_null (strstr (with, "amounts_left_out"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.share-without-amounts", NULL);
  g_object_get (window, "share-without-amounts", &no_amounts, NULL);
  g_assert_true (no_amounts);
  /* The window says it is on, and the export says so too. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar)));
  g_assert_true (offload_export_write (document, OFFLOAD_EXPORT_CSV, no_amounts, file, &error));
  g_assert_no_error (error);
  without = read_text (file);
  g_assert_null (strstr (without, "hourly_value"));
  g_assert_null (strstr (without, "monthly_cost"));
  g_assert_null (strstr (without, symbol));
  g_assert_true (strstr (without, "monthly_hours") != NULL);
  g_assert_true (g_str_has_prefix (without, "id,label,value,unit\r\namounts_left_out,"));

  /* The bar's button turns it off. */
  g_signal_emit_by_name (testing_find_action_button (GTK_WIDGET (bar), "win.share-without-amounts"), "clicked");
  testing_spin_main_loop ();
  g_object_get (window, "share-without-amounts", &no_amounts, NULL);
  g_assert_false (no_amounts);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));

  destroy_window (window);
}

static gboolean
is_pdf (GFile *file)
{
  g_autofree char *contents = read_text (file);

  return g_str_has_prefix (contents, "%PDF-");
}

/* The report written directly and the report printed to a file through
 * GtkPrintOperation come from the same drawing: both are PDFs and hold the
 * verdict's title and the headline the window shows. */
static void
test_export_pdf_and_print (void)
{
  OffloadWindow *window = open_window ("good", "full.offload");
  OffloadDocument *document = offload_window_get_document (window);
  OffloadAssessment *assessment = assessment_of (window);
  OffloadBand *band = offload_catalog_lookup_band (offload_assessment_get_catalog (assessment),
                                                   offload_assessment_get_verdict (assessment));
  g_autofree char *pdf_path = g_build_filename (tmp_dir, "report.pdf", NULL);
  g_autofree char *print_path = g_build_filename (tmp_dir, "printed.pdf", NULL);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autoptr(GFile) printed = g_file_new_for_path (print_path);
  g_autoptr(GError) error = NULL;
  const char *paths[] = { pdf_path, print_path };
  const char *headline = gtk_label_get_label (testing_window_child (window, "headline_label"));
  g_autofree char *expected = offload_decision_dup_headline (offload_assessment_get_decision (assessment));

  g_assert_cmpstr (headline, ==, expected);

  g_assert_true (offload_export_write (document, OFFLOAD_EXPORT_PDF, FALSE, pdf, &error));
  g_assert_no_error (error);
  offload_export_print (GTK_WINDOW (window), document, FALSE, printed);
  testing_spin_main_loop ();
  g_assert_true (is_pdf (pdf));
  g_assert_true (is_pdf (printed));

  /* The window names the file printed to and offers to open it. */
  {
    OffloadToast *toast = testing_template_child (window, OFFLOAD_TYPE_WINDOW, "toast");
    GtkButton *open = offload_toast_get_button (toast);
    g_autofree char *uri = g_file_get_uri (printed);
    GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (open));

    g_assert_cmpstr (offload_toast_get_message (toast), ==, "Report printed to “printed.pdf”");
    g_assert_cmpstr (gtk_button_get_label (open), ==, "_Open");
    g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (open)), ==, "win.open-exported");
    g_assert_nonnull (target);
    g_assert_cmpstr (g_variant_get_string (target, NULL), ==, uri);
    /* Its close button takes it away. */
    offload_toast_dismiss (toast);
    g_assert_null (offload_toast_get_message (toast));
  }

  /* pdftotext (poppler-utils, which build-aux/install-deps.sh --tests installs)
   * reads the words back. */
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      const char *argv[] = { "pdftotext", paths[i], "-", NULL };
      g_autofree char *text = NULL;
      g_autofree char *flat = NULL;
      int status = 0;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                                   NULL, NULL, &text, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_cmpint (status, ==, 0);
      /* Lines may break anywhere: compare with the spaces folded. */
      flat = g_strdelimit (g_strdup (text), "\n", ' ');
      g_assert_true (strstr (flat, band->title) != NULL);
      g_assert_true (strstr (flat, headline) != NULL);
    }

  destroy_window (window);
}

/* The label of the item of @model (its sections included) for @action, or NULL. */
static char *
menu_label (GMenuModel *model,
            const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *item_action = NULL;
      g_autofree char *label = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

      if (section != NULL && (label = menu_label (section, action)) != NULL)
        return g_steal_pointer (&label);
      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &item_action) &&
          g_str_equal (item_action, action) &&
          g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        return g_steal_pointer (&label);
    }
  return NULL;
}

/* The window's main menu: the menu button below @widget that has one. */
static GMenuModel *
find_main_menu (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL)
    return gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GMenuModel *found = find_main_menu (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* An earlier assessment beside the open one: the figures and sign lists
 * come from the model's comparison; a bad file leaves the result shown. */
static void
test_progress_dialog (void)
{
  OffloadWindow *window = open_window ("good", "full.offload");
  OffloadProgressDialog *dialog = offload_progress_dialog_new (GTK_WINDOW (window), offload_window_get_document (window));
  g_autoptr(GFile) earlier = testing_fixture ("good", "seed-example.offload");
  g_autoptr(GFile) broken = testing_fixture ("bad", "not-json.offload");
  g_autoptr(GError) error = NULL;
  OffloadProgress *progress;
  GtkWidget *grid = testing_template_child (dialog, OFFLOAD_TYPE_PROGRESS_DIALOG, "figures_grid");
  GtkWidget *error_label = testing_template_child (dialog, OFFLOAD_TYPE_PROGRESS_DIALOG, "error_label");
  GtkLabel *new_label = testing_template_child (dialog, OFFLOAD_TYPE_PROGRESS_DIALOG, "new_label");
  GtkLabel *subtitle = testing_template_child (dialog, OFFLOAD_TYPE_PROGRESS_DIALOG, "result_subtitle");
  g_autofree char *item = menu_label (find_main_menu (GTK_WIDGET (window)), "win.compare-progress");
  g_autofree char *hours_now = NULL;
  g_autoptr(GString) title = NULL;

  gtk_window_present (GTK_WINDOW (dialog));
  testing_spin_main_loop ();
  g_assert_null (offload_progress_dialog_get_progress (dialog));

  /* The dialog is titled as the menu item that opens it, without the
   * item's mnemonic and ellipsis. */
  g_assert_nonnull (item);
  title = g_string_new (item);
  g_string_replace (title, "_", "", 0);
  g_string_replace (title, "…", "", 0);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, title->str);

  g_assert_true (offload_progress_dialog_compare_with (dialog, earlier, &error));
  g_assert_no_error (error);
  progress = offload_progress_dialog_get_progress (dialog);
  g_assert_nonnull (progress);

  /* Each assessment's date, the day its file was saved in local time
   * (seed-example.offload: 2026-11-20T17:45:10Z, full.offload:
   * 2026-06-30T18:15:00Z), under the headings and in the subtitle. */
  {
    g_autoptr(GDateTime) then_utc = g_date_time_new_from_iso8601 ("2026-11-20T17:45:10Z", NULL);
    g_autoptr(GDateTime) now_utc = g_date_time_new_from_iso8601 ("2026-06-30T18:15:00Z", NULL);
    g_autoptr(GDateTime) then_local = g_date_time_to_local (then_utc);
    g_autoptr(GDateTime) now_local = g_date_time_to_local (now_utc);
    g_autofree char *then_text = g_strdup_printf ("November %d, 2026", g_date_time_get_day_of_month (then_local));
    g_autofree char *now_text = g_strdup_printf ("%s %d, 2026", g_date_time_get_month (now_local) == 6 ? "June" : "July",
                                                 g_date_time_get_day_of_month (now_local));

    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 1, 1))), ==, then_text);
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 2, 1))), ==, now_text);
    g_assert_nonnull (strstr (gtk_label_get_label (subtitle), then_text));
    g_assert_nonnull (strstr (gtk_label_get_label (subtitle), now_text));
  }
  /* Row 2 is the hours: then, now. */
  hours_now = offload_format_hours (offload_assessment_get_monthly_hours (assessment_of (window)));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 2, 2))), ==, hours_now);
  /* Every sign checked now and not then is listed as new. */
  for (guint i = 0; i < g_list_model_get_n_items (offload_progress_get_new_signs (progress)); i++)
    {
      g_autoptr(OffloadSign) sign = g_list_model_get_item (offload_progress_get_new_signs (progress), i);

      g_assert_true (strstr (gtk_label_get_label (new_label), offload_sign_get_title (sign)) != NULL);
    }
  g_assert_cmpuint (g_list_model_get_n_items (offload_progress_get_new_signs (progress)), >, 0);

  g_assert_false (offload_progress_dialog_compare_with (dialog, broken, &error));
  g_assert_nonnull (error);
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_true (offload_progress_dialog_get_progress (dialog) == progress);

  gtk_window_destroy (GTK_WINDOW (dialog));
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);

  app = testing_register_application ();
  tmp_dir = testing_make_temp_dir ("offload-test-window-report-XXXXXX");

  g_test_add_func ("/window-report/charts-follow", test_charts_follow);
  g_test_add_func ("/window-report/plan-panel", test_plan_panel);
  g_test_add_func ("/window-report/plan-saved", test_plan_saved);
  g_test_add_func ("/window-report/export-csv", test_export_csv);
  g_test_add_func ("/window-report/export-pdf-and-print", test_export_pdf_and_print);
  g_test_add_func ("/window-report/progress-dialog", test_progress_dialog);

  status = g_test_run ();

  testing_remove_tree (tmp_dir);
  g_free (tmp_dir);
  g_object_unref (app);
  return status;
}
