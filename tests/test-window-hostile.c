/* test-window-hostile.c: a malformed file opened over unsaved work
 *
 * Every file of tests/documents/bad/ is opened, as the Open dialog, the file
 * manager or a drop would open it, in a window that shows full.offload with
 * one more sign ticked and not saved. Each must end in an error message
 * naming the file, and leave the window's document exactly as it was: same
 * object, same inputs, answers and title, still unsaved, and no new window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sys/stat.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "offload-sign-row.h"
#include "offload-window.h"
#include "testing.h"
#include "window-testing.h"

static GtkApplication *app;
static char *tmp_dir;

/* The sign the user ticked after opening full.offload (not ticked there). */
#define EXTRA_SIGN "stale-crm"

/* The visible message dialogs, and how many windows there are. */
static GPtrArray *
visible_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* owned by GTK */
  GPtrArray *dialogs = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        g_ptr_array_add (dialogs, window);
    }
  return dialogs;
}

static guint
count_document_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* owned by GTK */
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      n += OFFLOAD_IS_WINDOW (window);
    }
  return n;
}

/* Everything the user sees of the document and the model holds, as text:
 * two states compare in one assertion, which shows what changed. */
static char *
snapshot (OffloadWindow *window)
{
  OffloadDocument *document = offload_window_get_document (window);
  OffloadAssessment *assessment = offload_document_get_assessment (document);
  OffloadCatalog *catalog = offload_assessment_get_catalog (assessment);
  GFile *file = offload_document_get_file (document);
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "hours_per_day=%g\ndays_per_week=%g\nweeks_per_month=%g\n"
                                "hourly_value=%g\ninterruptions_per_day=%g\ncurrency=%s\n",
                          offload_assessment_get_hours_per_day (assessment),
                          offload_assessment_get_days_per_week (assessment),
                          offload_assessment_get_weeks_per_month (assessment),
                          offload_assessment_get_hourly_value (assessment),
                          offload_assessment_get_interruptions_per_day (assessment),
                          offload_assessment_get_currency (assessment));
  g_string_append (text, "answers=");
  for (guint i = 0; i < offload_catalog_get_n_signs (catalog); i++)
    {
      const char *id = offload_sign_get_id (offload_catalog_get_sign (catalog, i));

      if (offload_assessment_get_checked (assessment, id))
        g_string_append_printf (text, "%s ", id);
    }
  g_string_append_printf (text, "\nreadiness=%d\nverdict=%s\n",
                          offload_assessment_get_readiness (assessment),
                          offload_assessment_get_verdict (assessment));
  g_string_append_printf (text, "title=%s\ntitle_entry=%s\ntitle_label=%s\nsubtitle_label=%s\nwindow_title=%s\n",
                          offload_document_get_title (document),
                          gtk_editable_get_text (GTK_EDITABLE (testing_window_child (window, "title_entry"))),
                          gtk_label_get_label (testing_template_child (window, OFFLOAD_TYPE_WINDOW, "title_label")),
                          gtk_label_get_label (testing_template_child (window, OFFLOAD_TYPE_WINDOW, "subtitle_label")),
                          gtk_window_get_title (GTK_WINDOW (window)));
  g_string_append_printf (text, "file=%s\nunsaved=%s\n",
                          path ? path : "(none)",
                          offload_document_get_unsaved (document) ? "yes" : "no");
  return g_string_free (text, FALSE);
}

/* full.offload, and the user ticks one more sign without saving. One window
 * takes every hostile file in turn, as a user who keeps trying would: each
 * must leave its work exactly as it was (and building a window per file
 * made the valgrind run outlast its timeout). */
static OffloadWindow *shared_window;

static OffloadWindow *
window_with_unsaved_work (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  OffloadWindow *window;
  OffloadSignRow *row;

  if (shared_window != NULL)
    return shared_window;

  file = testing_fixture ("good", "full.offload");
  window = offload_window_new_for_file (app, file, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  testing_spin_main_loop ();

  row = testing_find_sign_row (GTK_WIDGET (window), EXTRA_SIGN);
  g_assert_nonnull (row);
  g_assert_false (gtk_check_button_get_active (offload_sign_row_get_check (row)));
  gtk_check_button_set_active (offload_sign_row_get_check (row), TRUE);
  testing_spin_main_loop ();

  g_assert_true (offload_assessment_get_checked (offload_document_get_assessment (offload_window_get_document (window)),
                                                 EXTRA_SIGN));
  g_assert_true (offload_document_get_unsaved (offload_window_get_document (window)));
  shared_window = window;
  return window;
}

static void
open_hostile (GFile *file)
{
  OffloadWindow *window = window_with_unsaved_work ();
  OffloadDocument *before = offload_window_get_document (window);
  g_autofree char *state = snapshot (window);
  g_autofree char *after = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) dialogs = NULL;
  guint windows = count_document_windows ();
  guint app_windows = g_list_length (gtk_application_get_windows (app));
  GtkWindow *dialog;

  dialogs = visible_dialogs ();
  g_assert_cmpuint (dialogs->len, ==, 0);
  g_clear_pointer (&dialogs, g_ptr_array_unref);

  offload_window_open (window, file);
  testing_spin_main_loop ();

  /* One error message, on this window, naming the file. */
  dialogs = visible_dialogs ();
  g_assert_cmpuint (dialogs->len, ==, 1);
  dialog = dialogs->pdata[0];
  text = testing_dialog_text (dialog);
  g_test_message ("%s: %s", name, text);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  if (strstr (text, name) == NULL)
    g_test_fail_printf ("the error message does not name %s:\n%s", name, text);

  /* The document as it was, and where it was. */
  g_assert_true (offload_window_get_document (window) == before);
  after = snapshot (window);
  g_assert_cmpstr (after, ==, state);
  g_assert_true (offload_document_get_unsaved (before));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpuint (count_document_windows (), ==, windows);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (app)), ==, app_windows);

  /* Closing the message leaves the window as it was too. */
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  testing_spin_main_loop ();
  g_clear_pointer (&dialogs, g_ptr_array_unref);
  dialogs = visible_dialogs ();
  g_assert_cmpuint (dialogs->len, ==, 0);
  g_free (after);
  after = snapshot (window);
  g_assert_cmpstr (after, ==, state);
  g_assert_true (offload_window_get_document (window) == before);
  g_assert_true (offload_document_get_unsaved (before));
  g_assert_true (offload_assessment_get_checked (offload_document_get_assessment (before), EXTRA_SIGN));
}

static void
test_bad_file (gconstpointer data)
{
  g_autoptr(GFile) file = testing_fixture ("bad", data);

  open_hostile (file);
}

/* ---- files no fixture can hold: made at run time --------------------- */

static void
test_too_large (void)
{
  g_autoptr(GFile) file = testing_write_too_large (tmp_dir);

  open_hostile (file);
}

static void
test_deep_nesting (void)
{
  g_autoptr(GFile) file = testing_write_deep_nesting (tmp_dir);

  open_hostile (file);
}

static void
test_directory (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "folder.offload", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  open_hostile (file);
  g_rmdir (path);
}

static void
test_missing (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "no-such-file.offload", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  open_hostile (file);
}

static void
test_fifo (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "pipe.offload", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  open_hostile (file);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  /* g_ptr_array_sort() passes pointers to the elements. */
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *bad_dir = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  int status;

  gtk_test_init (&argc, &argv, NULL);

  app = testing_register_application ();

  tmp_dir = testing_make_temp_dir ("offload-test-window-hostile-XXXXXX");

  /* Every file of the folder, as it is today: a new one is tested unasked. */
  bad_dir = g_test_build_filename (G_TEST_DIST, "documents", "bad", NULL);
  dir = g_dir_open (bad_dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_equal (name, "expected.tsv"))
      g_ptr_array_add (names, g_strdup (name));
  g_assert_cmpuint (names->len, >, 0);
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_strdup_printf ("/window-hostile/bad/%s", (char *) names->pdata[i]);

      g_test_add_data_func (path, names->pdata[i], test_bad_file);
    }

  g_test_add_func ("/window-hostile/made/too-large", test_too_large);
  g_test_add_func ("/window-hostile/made/deep-nesting", test_deep_nesting);
  g_test_add_func ("/window-hostile/made/directory", test_directory);
  g_test_add_func ("/window-hostile/made/missing", test_missing);
  g_test_add_func ("/window-hostile/made/fifo", test_fifo);

  status = g_test_run ();

  if (shared_window != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (shared_window));
      testing_spin_main_loop ();
    }
  testing_remove_tree (tmp_dir);
  g_free (tmp_dir);
  g_object_unref (app);
  return status;
}
