/* offload-window-actions.c
 *
 * What the window's actions do: open, save and save as (with what follows
 * a failed save), the exports and printing, comparing with an earlier
 * assessment, and moving between the sections. The accelerators are the
 * application's (offload-application.c) or bound here with the action.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "offload-application.h"
#include "offload-error.h"
#include "offload-export.h"
#include "offload-format.h"
#include "offload-gtk-compat.h"
#include "offload-progress-dialog.h"
#include "offload-window-private.h"

#define FILE_EXTENSION ".offload"

/* Apart from the close guard's responses. */
enum {
  RESPONSE_SAVE_AS = 3,
  RESPONSE_REPLACE = 4,
};

void
_offload_window_add_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

static gboolean
window_actions_save_with_flags (OffloadWindow     *self,
                                GFile             *file,
                                OffloadSaveFlags   flags,
                                GError           **error)
{
  if (!offload_document_save_full (self->document, file, flags, NULL, error))
    return FALSE;

  _offload_window_add_recent (offload_document_get_file (self->document));
  return TRUE;
}

gboolean
offload_window_save_to (OffloadWindow  *self,
                        GFile          *file,
                        GError        **error)
{
  g_return_val_if_fail (OFFLOAD_IS_WINDOW (self), FALSE);

  return window_actions_save_with_flags (self, file, OFFLOAD_SAVE_NONE, error);
}

static void window_actions_save_as (OffloadWindow *self);

static void
window_actions_on_save_failed_response (GtkDialog     *dialog,
                                        int            response,
                                        OffloadWindow *self)
{
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Closing waits for the save that the user chose instead, if any. */
  if (response == RESPONSE_SAVE_AS)
    window_actions_save_as (self);
  else if (response == RESPONSE_REPLACE)
    _offload_window_save_to_and_report (self, NULL, OFFLOAD_SAVE_OVERWRITE);
  else
    self->close_after_save = FALSE;
}

/* The document stays unsaved and open; the user may save it elsewhere, or,
 * when another program changed the file, replace that program's version. */
static void
window_actions_show_save_failed (OffloadWindow *self,
                                 const GError  *error)
{
  gboolean changed = g_error_matches (error, OFFLOAD_ERROR, OFFLOAD_ERROR_CHANGED_ON_DISK);
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   changed ? GTK_MESSAGE_WARNING : GTK_MESSAGE_ERROR, GTK_BUTTONS_NONE,
                                   "%s", changed ? _("The file changed since you opened it")
                                                 : _("The assessment was not saved"));
  if (changed)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s. %s", error->message,
                                              _("Replacing it loses the other program’s changes."));
  else
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s. %s", error->message,
                                              _("Your changes are still here: save them somewhere else."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  if (changed)
    {
      gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Replace"), RESPONSE_REPLACE);
      gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), RESPONSE_REPLACE),
                                "destructive-action");
    }
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("Save _As…"), RESPONSE_SAVE_AS);
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), RESPONSE_SAVE_AS),
                            "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), RESPONSE_SAVE_AS);
  g_signal_connect (dialog, "response", G_CALLBACK (window_actions_on_save_failed_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_offload_window_save_to_and_report (OffloadWindow    *self,
                                    GFile            *file,
                                    OffloadSaveFlags  flags)
{
  g_autoptr(GError) error = NULL;

  if (!window_actions_save_with_flags (self, file, flags, &error))
    {
      window_actions_show_save_failed (self, error);
      return;
    }

  if (self->close_after_save)
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

/* ---- file choosers ------------------------------------------------------ */

static GListModel *
window_actions_filters (void)
{
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) offload = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (offload, _("Offload assessments"));
  gtk_file_filter_add_pattern (offload, "*" FILE_EXTENSION);
  gtk_file_filter_add_mime_type (offload, "application/x-offload-assessment");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  g_list_store_append (filters, offload);
  g_list_store_append (filters, all);
  return G_LIST_MODEL (filters);
}

static void
window_actions_on_open_chosen (GFile    *file,
                               gpointer  user_data)
{
  if (file != NULL)
    offload_window_open (user_data, file);
}

static void
window_actions_on_save_chosen (GFile    *file,
                               gpointer  user_data)
{
  OffloadWindow *self = user_data;

  if (file != NULL)
    _offload_window_save_to_and_report (self, file, OFFLOAD_SAVE_NONE);
  else
    self->close_after_save = FALSE;
}

static void
window_actions_save_as (OffloadWindow *self)
{
  g_autoptr(GListModel) filters = window_actions_filters ();
  g_autofree char *base = offload_document_dup_display_name (self->document, 0);
  g_autofree char *name = NULL;

  /* A title is free text; a file name must not contain a slash. */
  g_strdelimit (base, "/\\", '-');
  name = g_strconcat (base, FILE_EXTENSION, NULL);
  offload_gtk_compat_choose_file (GTK_WINDOW (self), OFFLOAD_CHOOSE_SAVE, _("Save the Assessment"), _("_Save"),
                                  filters, name, window_actions_on_save_chosen,
                                  g_object_ref (self), g_object_unref);
}

void
_offload_window_save (OffloadWindow *self)
{
  if (offload_document_get_file (self->document) == NULL)
    window_actions_save_as (self);
  else
    _offload_window_save_to_and_report (self, NULL, OFFLOAD_SAVE_NONE);
}

/* ---- actions ------------------------------------------------------------ */

static void
window_action_open (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GListModel) filters = window_actions_filters ();

  offload_gtk_compat_choose_file (GTK_WINDOW (widget), OFFLOAD_CHOOSE_OPEN, _("Open an Assessment"), _("_Open"),
                                  filters, NULL, window_actions_on_open_chosen,
                                  g_object_ref (widget), g_object_unref);
}

static void
window_action_save (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _offload_window_save (OFFLOAD_WINDOW (widget));
}

static void
window_action_save_as (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  window_actions_save_as (OFFLOAD_WINDOW (widget));
}

static void
window_action_export (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  OffloadWindow *self = OFFLOAD_WINDOW (widget);

  offload_export_choose_and_write (GTK_WINDOW (self), self->document,
                                   g_str_equal (action_name, "win.export-csv") ? OFFLOAD_EXPORT_CSV
                                   : g_str_equal (action_name, "win.export-handover") ? OFFLOAD_EXPORT_HANDOVER
                                   : OFFLOAD_EXPORT_PDF,
                                   self->share_without_amounts);
}

static void
window_action_print (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OffloadWindow *self = OFFLOAD_WINDOW (widget);

  offload_export_print (GTK_WINDOW (self), self->document, self->share_without_amounts, NULL);
}

static void
window_action_compare_progress (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  OffloadWindow *self = OFFLOAD_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (offload_progress_dialog_new (GTK_WINDOW (self), self->document)));
}

/* The shortcuts window, built when asked for: GtkApplication would build
 * one for every window as it opens (from gtk/help-overlay.ui), a cost the
 * first frame need not pay. */
static void
window_action_show_shortcuts (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *shortcuts = gtk_application_window_get_help_overlay (window);

  /* Set as the window's help overlay, it shows the application's
   * accelerators for the actions it names. */
  if (shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/offload/Offload/ui/offload-shortcuts-window.ui");

      shortcuts = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, shortcuts);
    }
  gtk_window_present (GTK_WINDOW (shortcuts));
}

/* GTK sorts Tab stops by where they are drawn: a page just shown has no
 * allocation yet, so the focus goes in once the page has been laid out. */
static void
window_actions_focus_after_layout (OffloadWindow *self,
                                   GdkFrameClock *clock)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->stack);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  g_clear_signal_handler (&self->focus_section_handler, clock);
  /* GtkStack itself moves a focus that was in the page it hid. */
  if (page != NULL && (focus == NULL || !gtk_widget_is_ancestor (focus, page)))
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

/* Alt+1 to Alt+4, as tabs in GNOME's apps: the section, and the focus in it. */
static void
window_action_show_section (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  OffloadWindow *self = OFFLOAD_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  GtkWidget *page = gtk_stack_get_child_by_name (self->stack, name);

  if (page == NULL)
    return;

  gtk_stack_set_visible_child (self->stack, page);
  if (self->focus_section_handler == 0 && gtk_widget_get_frame_clock (widget) != NULL)
    self->focus_section_handler = g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                                                           G_CALLBACK (window_actions_focus_after_layout), self,
                                                           G_CONNECT_SWAPPED);
  gtk_widget_queue_allocate (page);
}

/* ---- undo, and what a toast offers --------------------------------------- */

void
_offload_window_update_undo (OffloadWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 self->history != NULL && offload_history_get_can_undo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 self->history != NULL && offload_history_get_can_redo (self->history));
}

static void
window_action_undo (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OffloadWindow *self = OFFLOAD_WINDOW (widget);

  /* A notification's Undo is for the last step: once Ctrl+Z has moved the
   * history, it would undo another one. */
  offload_toast_dismiss (self->toast);
  if (g_str_equal (action_name, "win.undo"))
    offload_history_undo (self->history);
  else
    offload_history_redo (self->history);
}

/* Deletes the active scenario at once, and offers to bring it back. */
static void
window_action_delete_scenario (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  OffloadWindow *self = OFFLOAD_WINDOW (widget);
  OffloadScenario *scenario = offload_assessment_get_active_scenario (offload_document_get_assessment (self->document));
  g_autofree char *name = offload_format_printable (offload_scenario_get_name (scenario), 60);
  g_autofree char *message = NULL;

  if (!offload_history_remove_scenario (self->history, scenario))
    return;
  /* Translators: %s is the name of the scenario just deleted */
  message = g_strdup_printf (_("Scenario “%s” deleted"), name);
  offload_toast_show (self->toast, message, _("_Undo"), "win.undo", NULL);
}

/* After an export: names the file, and offers to open it. */
static void
window_action_show_exported (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  OffloadWindow *self = OFFLOAD_WINDOW (widget);
  const char *message, *uri;

  g_variant_get (parameter, "(&s&s)", &message, &uri);
  offload_toast_show (self->toast, message, _("_Open"), "win.open-exported", g_variant_new_string (uri));
}

static void
window_action_open_exported (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  offload_gtk_compat_open_file (GTK_WINDOW (widget), file);
}

void
_offload_window_class_actions_init (OffloadWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const char * const sections[] = { "signs", "figures", "options", "plan" };

  gtk_widget_class_install_action (widget_class, "win.open", NULL, window_action_open);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, window_action_save);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, window_action_save_as);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, window_action_export);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, window_action_export);
  gtk_widget_class_install_action (widget_class, "win.export-handover", NULL, window_action_export);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, window_action_print);
  gtk_widget_class_install_action (widget_class, "win.compare-progress", NULL, window_action_compare_progress);
  gtk_widget_class_install_action (widget_class, "win.show-section", "s", window_action_show_section);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, window_action_show_shortcuts);
  gtk_widget_class_install_property_action (widget_class, "win.share-without-amounts", "share-without-amounts");
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, window_action_undo);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, window_action_undo);
  /* Bindings of the window, not application accels: those would run before
   * a focused text field, which has its own Ctrl+Z. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_install_action (widget_class, "win.delete-scenario", NULL, window_action_delete_scenario);
  /* A message and a file's URI: offload-export.c says an export is done. */
  gtk_widget_class_install_action (widget_class, "win.show-exported", "(ss)", window_action_show_exported);
  gtk_widget_class_install_action (widget_class, "win.open-exported", "s", window_action_open_exported);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-section", "s", sections[i]);
}
