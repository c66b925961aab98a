/* offload-window.c
 *
 * The window shows one OffloadDocument. Its widgets bind to the document's
 * assessment through binding groups, so replacing the document (opening a
 * file into an untouched window) rebinds everything at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "offload-application.h"
#include "offload-autosave.h"
#include "offload-columns-layout.h"
#include "offload-comparison-panel.h"
#include "offload-error.h"
#include "offload-export.h"
#include "offload-format.h"
#include "offload-plan-panel.h"
#include "offload-progress-dialog.h"
#include "offload-results-panel.h"
#include "offload-sign-row.h"
#include "offload-value-row.h"
#include "offload-window.h"

#define FILE_EXTENSION ".offload"

struct _OffloadWindow
{
  GtkApplicationWindow  parent_instance;

  OffloadDocument      *document;
  GBindingGroup        *assessment_bindings;
  GBindingGroup        *document_bindings;
  GSignalGroup         *document_signals;
  GSignalGroup         *assessment_signals;
  GSignalGroup         *decision_signals;
  GSettings            *settings;
  OffloadAutosave      *autosave;
  gboolean              close_confirmed;
  gboolean              close_after_save;
  gboolean              share_without_amounts;

  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkInfoBar           *info_bar;
  GtkLabel             *info_label;
  GtkBox               *checklist_box;
  GtkEntry             *title_entry;
  OffloadValueRow      *hours_row;
  OffloadValueRow      *working_day_row;
  OffloadValueRow      *value_row;
  OffloadValueRow      *days_row;
  OffloadValueRow      *weeks_row;
  OffloadValueRow      *interruptions_row;
  OffloadResultsPanel  *results_panel;
  OffloadPlanPanel     *plan_panel;
  OffloadComparisonPanel *comparison_panel;
  GtkScrolledWindow    *scroller;
};

G_DEFINE_FINAL_TYPE (OffloadWindow, offload_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SHARE_WITHOUT_AMOUNTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A draft of unsaved work, this long after the last change. */
#define AUTOSAVE_DELAY_MS 2000

static void save_as (OffloadWindow *self);

/* ---- settings ---------------------------------------------------------- */

/* Run from the build tree the schema may not be installed: the window then
 * works without remembering anything rather than aborting. */
static GSettings *
load_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, OFFLOAD_APP_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("GSettings schema %s not installed; nothing will be remembered", OFFLOAD_APP_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

static const char * const remembered_inputs[] = { "hourly-value", "days-per-week", "weeks-per-month", "working-hours-per-day" };

static void
remember_inputs (OffloadWindow     *self,
                 OffloadAssessment *old,
                 OffloadAssessment *assessment)
{
  if (self->settings == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (remembered_inputs); i++)
    {
      if (old != NULL)
        g_settings_unbind (old, remembered_inputs[i]);
      /* The owner's latest figures become the next new assessment's. */
      if (assessment != NULL)
        g_settings_bind (self->settings, remembered_inputs[i], assessment, remembered_inputs[i],
                         G_SETTINGS_BIND_SET);
    }
}

static void
apply_remembered_inputs (OffloadWindow     *self,
                         OffloadAssessment *assessment)
{
  if (self->settings == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (remembered_inputs); i++)
    {
      double value = g_settings_get_double (self->settings, remembered_inputs[i]);

      /* 0 means "never set": keep the catalog's default. */
      if (value > 0)
        g_object_set (assessment, remembered_inputs[i], value, NULL);
    }
}

/* ---- title ------------------------------------------------------------- */

static void
update_title (OffloadWindow *self)
{
  GFile *file = offload_document_get_file (self->document);
  const char *title = offload_document_get_title (self->document);
  g_autofree char *name = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *window_title = NULL;

  if (title[0] != '\0')
    name = g_strdup (title);
  else if (file != NULL)
    name = g_file_get_basename (file);
  else
    name = g_strdup (_("New Assessment"));

  /* The dot marks unsaved changes, as GNOME's editors do. */
  shown = offload_document_get_unsaved (self->document) ? g_strdup_printf ("• %s", name) : g_strdup (name);
  gtk_label_set_label (self->title_label, shown);

  if (file != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autofree char *base = g_file_get_basename (file);

      g_autofree char *folder = parent ? g_file_get_parse_name (parent) : NULL;
      const char *home = g_get_home_dir ();

      /* "~/Documents" reads better than the full path, as in Files. */
      if (folder != NULL && g_str_has_prefix (folder, home) &&
          (folder[strlen (home)] == '/' || folder[strlen (home)] == '\0'))
        {
          char *short_folder = g_strconcat ("~", folder + strlen (home), NULL);

          g_free (folder);
          folder = short_folder;
        }
      subtitle = folder ? g_strdup_printf ("%s — %s", base, folder) : g_strdup (base);
    }
  else
    subtitle = g_strdup (_("Not saved yet"));
  gtk_label_set_label (self->subtitle_label, subtitle);

  /* Translators: the window title: the document's name, then the app's */
  window_title = g_strdup_printf (_("%s — Offload"), shown);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static void
update_currency (OffloadWindow *self)
{
  const char *currency = offload_assessment_get_currency (offload_document_get_assessment (self->document));
  g_autofree char *unit = NULL;
  g_autofree char *spoken = NULL;

  /* Translators: a money unit per hour, e.g. "€/h" */
  unit = g_strdup_printf (_("%s/h"), offload_format_currency_symbol (currency));
  g_object_set (self->value_row, "unit", unit, NULL);

  if (g_str_equal (currency, "EUR"))
    spoken = g_strdup (_("Value of one hour of your time, in euros per hour"));
  else if (g_str_equal (currency, "USD"))
    spoken = g_strdup (_("Value of one hour of your time, in dollars per hour"));
  else if (g_str_equal (currency, "GBP"))
    spoken = g_strdup (_("Value of one hour of your time, in pounds per hour"));
  else
    /* Translators: %s is a currency code such as CHF */
    spoken = g_strdup_printf (_("Value of one hour of your time, in %s per hour"), currency);
  offload_value_row_set_spoken (self->value_row, spoken);
}

/* ---- warnings ---------------------------------------------------------- */

/* Each warning of the decision shows beside the figure it is about; those
 * about the Compare options' shares are that panel's. Run on every change
 * the decision reports: with no warning it is a count per row. */
static void
update_warnings (OffloadWindow *self)
{
  OffloadDecision *decision = offload_assessment_get_decision (offload_document_get_assessment (self->document));
  OffloadValueRow *rows[] = {
    self->hours_row, self->working_day_row, self->value_row,
    self->days_row, self->weeks_row, self->interruptions_row,
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    offload_value_row_show_warnings (rows[i], decision);
}

/* ---- checklist --------------------------------------------------------- */

static void
build_checklist (OffloadWindow *self)
{
  OffloadAssessment *assessment = offload_document_get_assessment (self->document);
  OffloadCatalog *catalog = offload_assessment_get_catalog (assessment);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->checklist_box))))
    gtk_box_remove (self->checklist_box, child);

  for (guint g = 0; g < offload_catalog_get_n_groups (catalog); g++)
    {
      const char *group = offload_catalog_get_group_id (catalog, g);
      GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *heading = gtk_label_new (offload_catalog_get_group_title (catalog, group));
      gboolean counters = FALSE;

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      gtk_box_append (GTK_BOX (section), heading);

      for (guint i = 0; i < offload_catalog_get_n_signs (catalog); i++)
        {
          OffloadSign *sign = offload_catalog_get_sign (catalog, i);

          if (!g_str_equal (offload_sign_get_group (sign), group))
            continue;
          counters |= offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_COUNTER;
          gtk_box_append (GTK_BOX (section),
                          offload_sign_row_new (offload_assessment_get_answer (assessment, offload_sign_get_id (sign))));
        }

      if (counters)
        {
          GtkWidget *note = gtk_label_new (_("These say “not yet”: if one fits, Offload tells you what to prepare before you hand anything over."));

          gtk_label_set_wrap (GTK_LABEL (note), TRUE);
          gtk_label_set_xalign (GTK_LABEL (note), 0);
          gtk_widget_add_css_class (note, "dim-label");
          gtk_box_insert_child_after (GTK_BOX (section), note, heading);
        }

      gtk_accessible_update_relation (GTK_ACCESSIBLE (section),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL, -1);
      gtk_box_append (self->checklist_box, section);
    }
}

/* ---- document ---------------------------------------------------------- */

static void
show_ignored_answers (OffloadWindow *self)
{
  const char * const *ignored = offload_document_get_ignored_answers (self->document);
  g_autofree char *list = NULL;
  g_autofree char *text = NULL;

  if (ignored == NULL || ignored[0] == NULL)
    {
      gtk_info_bar_set_revealed (self->info_bar, FALSE);
      return;
    }

  list = g_strjoinv (", ", (char **) ignored);
  text = g_strdup_printf (ngettext ("This file has an answer this version of Offload does not know; it was left out: %s",
                                    "This file has answers this version of Offload does not know; they were left out: %s",
                                    g_strv_length ((char **) ignored)),
                          list);
  gtk_label_set_label (self->info_label, text);
  gtk_info_bar_set_revealed (self->info_bar, TRUE);
}

static void
set_document (OffloadWindow   *self,
              OffloadDocument *document)
{
  OffloadAssessment *old = self->document ? offload_document_get_assessment (self->document) : NULL;
  OffloadAssessment *assessment = offload_document_get_assessment (document);
  g_autoptr(OffloadDocument) keep_old = self->document ? g_object_ref (self->document) : NULL;

  if (!g_set_object (&self->document, document))
    return;

  build_checklist (self);
  if (self->autosave != NULL)
    offload_autosave_set_document (self->autosave, document, NULL);
  g_binding_group_set_source (self->assessment_bindings, assessment);
  g_binding_group_set_source (self->document_bindings, document);
  g_signal_group_set_target (self->document_signals, document);
  g_signal_group_set_target (self->assessment_signals, assessment);
  g_signal_group_set_target (self->decision_signals, offload_assessment_get_decision (assessment));
  offload_results_panel_set_assessment (self->results_panel, assessment);
  offload_plan_panel_set_assessment (self->plan_panel, assessment);
  offload_comparison_panel_set_assessment (self->comparison_panel, assessment);
  remember_inputs (self, old, assessment);

  update_title (self);
  update_currency (self);
  update_warnings (self);
  show_ignored_answers (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

gboolean
offload_window_is_pristine (OffloadWindow *self)
{
  g_return_val_if_fail (OFFLOAD_IS_WINDOW (self), FALSE);

  return offload_document_get_file (self->document) == NULL &&
         !offload_document_get_unsaved (self->document);
}

OffloadWindow *
offload_window_new_for_draft (GtkApplication  *application,
                              const char      *draft_id,
                              GError         **error)
{
  g_autoptr(OffloadDocument) document = NULL;
  OffloadWindow *window;

  g_return_val_if_fail (OFFLOAD_IS_APPLICATION (application), NULL);

  document = offload_draft_store_load (offload_application_get_draft_store (OFFLOAD_APPLICATION (application)),
                                       draft_id, error);
  if (document == NULL)
    return NULL;

  /* The recovered work keeps its draft until it is saved or declined. */
  window = offload_window_new (application, document);
  offload_autosave_set_document (window->autosave, document, draft_id);
  return window;
}

OffloadDocument *
offload_window_get_document (OffloadWindow *self)
{
  g_return_val_if_fail (OFFLOAD_IS_WINDOW (self), NULL);
  return self->document;
}

static void
add_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

gboolean
offload_window_load (OffloadWindow  *self,
                     GFile          *file,
                     GError        **error)
{
  g_autoptr(OffloadDocument) document = NULL;

  g_return_val_if_fail (OFFLOAD_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  document = offload_document_new_from_file (NULL, file, NULL, error);
  if (document == NULL)
    return FALSE;

  set_document (self, document);
  add_recent (file);
  return TRUE;
}

OffloadWindow *
offload_window_new_for_file (GtkApplication  *application,
                             GFile           *file,
                             GError         **error)
{
  g_autoptr(OffloadDocument) document = NULL;
  OffloadWindow *window;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* Loaded before the window exists, so its checklist is built once, for
   * this document, and not first for an empty one. */
  document = offload_document_new_from_file (NULL, file, NULL, error);
  if (document == NULL)
    return NULL;

  window = offload_window_new (application, document);
  add_recent (file);
  return window;
}

void
offload_window_show_error (OffloadWindow *self,
                           const char    *primary,
                           const char    *secondary)
{
  GtkWidget *dialog;

  g_return_if_fail (OFFLOAD_IS_WINDOW (self));

  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   "%s", primary);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
offload_window_open (OffloadWindow *self,
                     GFile         *file)
{
  g_autoptr(GError) error = NULL;
  OffloadWindow *target = self;

  g_return_if_fail (OFFLOAD_IS_WINDOW (self));

  /* One window per document: an untouched window takes the file, any other
   * opens a new one. */
  if (offload_window_is_pristine (self))
    offload_window_load (self, file, &error);
  else
    target = offload_window_new_for_file (gtk_window_get_application (GTK_WINDOW (self)), file, &error);

  if (error != NULL)
    {
      offload_window_show_open_error (self, file, error);
      return;
    }

  gtk_window_present (GTK_WINDOW (target));
}

void
offload_window_show_open_error (OffloadWindow *self,
                                GFile         *file,
                                const GError  *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *primary = g_strdup_printf (_("Could not open “%s”"), name);

  offload_window_show_error (self, primary, error->message);
}

static gboolean
save_with_flags (OffloadWindow     *self,
                 GFile             *file,
                 OffloadSaveFlags   flags,
                 GError           **error)
{
  if (!offload_document_save_full (self->document, file, flags, NULL, error))
    return FALSE;

  add_recent (offload_document_get_file (self->document));
  return TRUE;
}

gboolean
offload_window_save_to (OffloadWindow  *self,
                        GFile          *file,
                        GError        **error)
{
  g_return_val_if_fail (OFFLOAD_IS_WINDOW (self), FALSE);

  return save_with_flags (self, file, OFFLOAD_SAVE_NONE, error);
}

/* Apart from the unsaved-changes dialog's RESPONSE_DISCARD and RESPONSE_SAVE. */
enum {
  RESPONSE_SAVE_AS = 3,
  RESPONSE_REPLACE = 4,
};

static void save_to_and_report (OffloadWindow *self, GFile *file, OffloadSaveFlags flags);

static void
on_save_failed_response (GtkDialog     *dialog,
                         int            response,
                         OffloadWindow *self)
{
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Closing waits for the save that the user chose instead, if any. */
  if (response == RESPONSE_SAVE_AS)
    save_as (self);
  else if (response == RESPONSE_REPLACE)
    save_to_and_report (self, NULL, OFFLOAD_SAVE_OVERWRITE);
  else
    self->close_after_save = FALSE;
}

/* The document stays unsaved and open; the user may save it elsewhere, or,
 * when another program changed the file, replace that program's version. */
static void
show_save_failed (OffloadWindow *self,
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
  g_signal_connect (dialog, "response", G_CALLBACK (on_save_failed_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_to_and_report (OffloadWindow    *self,
                    GFile            *file,
                    OffloadSaveFlags  flags)
{
  g_autoptr(GError) error = NULL;

  if (!save_with_flags (self, file, flags, &error))
    {
      show_save_failed (self, error);
      return;
    }

  if (self->close_after_save)
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

/* ---- file choosers ----------------------------------------------------- */

static void
add_filters (GListStore *filters)
{
  g_autoptr(GtkFileFilter) offload = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (offload, _("Offload assessments"));
  gtk_file_filter_add_pattern (offload, "*" FILE_EXTENSION);
  gtk_file_filter_add_mime_type (offload, "application/x-offload-assessment");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  g_list_store_append (filters, offload);
  g_list_store_append (filters, all);
}

static char *
suggested_name (OffloadWindow *self)
{
  const char *title = offload_document_get_title (self->document);
  g_autofree char *base = g_strdup (title[0] ? title : _("Assessment"));

  /* A title is free text; a file name must not contain a slash. */
  g_strdelimit (base, "/\\", '-');
  return g_strconcat (base, FILE_EXTENSION, NULL);
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
on_open_dialog_done (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(OffloadWindow) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, NULL);

  if (file != NULL)
    offload_window_open (self, file);
}

static void
on_save_dialog_done (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(OffloadWindow) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, NULL);

  if (file != NULL)
    save_to_and_report (self, file, OFFLOAD_SAVE_NONE);
  else
    self->close_after_save = FALSE;
}

static GtkFileDialog *
make_file_dialog (const char *title)
{
  GtkFileDialog *dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  add_filters (filters);
  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  return dialog;
}

static void
choose_file_to_open (OffloadWindow *self)
{
  g_autoptr(GtkFileDialog) dialog = make_file_dialog (_("Open an Assessment"));

  gtk_file_dialog_open (dialog, GTK_WINDOW (self), NULL, on_open_dialog_done, g_object_ref (self));
}

static void
choose_file_to_save (OffloadWindow *self)
{
  g_autoptr(GtkFileDialog) dialog = make_file_dialog (_("Save the Assessment"));
  g_autofree char *name = suggested_name (self);

  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, on_save_dialog_done, g_object_ref (self));
}
#else
static void
on_native_response (GtkNativeDialog *native,
                    int              response,
                    OffloadWindow   *self)
{
  GtkFileChooserAction action = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (native));
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

  if (file != NULL && action == GTK_FILE_CHOOSER_ACTION_OPEN)
    offload_window_open (self, file);
  else if (file != NULL)
    save_to_and_report (self, file, OFFLOAD_SAVE_NONE);
  else
    self->close_after_save = FALSE;

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  g_object_unref (self);
}

static GtkFileChooserNative *
make_native (OffloadWindow        *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept)
{
  GtkFileChooserNative *native = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, _("_Cancel"));
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  add_filters (filters);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (filters)); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (G_LIST_MODEL (filters), i);

      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (on_native_response), g_object_ref (self));
  return native;
}

static void
choose_file_to_open (OffloadWindow *self)
{
  GtkFileChooserNative *native = make_native (self, _("Open an Assessment"),
                                              GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));

  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
choose_file_to_save (OffloadWindow *self)
{
  GtkFileChooserNative *native = make_native (self, _("Save the Assessment"),
                                              GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
  g_autofree char *name = suggested_name (self);

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
#endif

/* ---- actions ----------------------------------------------------------- */

static void
save_as (OffloadWindow *self)
{
  choose_file_to_save (self);
}

static void
action_open (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  choose_file_to_open (OFFLOAD_WINDOW (widget));
}

static void
action_save (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OffloadWindow *self = OFFLOAD_WINDOW (widget);

  if (offload_document_get_file (self->document) == NULL)
    save_as (self);
  else
    save_to_and_report (self, NULL, OFFLOAD_SAVE_NONE);
}

static void
action_save_as (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save_as (OFFLOAD_WINDOW (widget));
}

static void
action_export (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OffloadWindow *self = OFFLOAD_WINDOW (widget);

  offload_export_choose_and_write (GTK_WINDOW (self), self->document,
                                   g_str_equal (action_name, "win.export-csv") ? OFFLOAD_EXPORT_CSV : OFFLOAD_EXPORT_PDF,
                                   self->share_without_amounts);
}

static void
action_print (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  OffloadWindow *self = OFFLOAD_WINDOW (widget);

  offload_export_print (GTK_WINDOW (self), self->document, self->share_without_amounts, NULL);
}

static void
action_compare_progress (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  OffloadWindow *self = OFFLOAD_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (offload_progress_dialog_new (GTK_WINDOW (self), self->document)));
}

/* ---- closing ----------------------------------------------------------- */

enum {
  RESPONSE_DISCARD = 1,
  RESPONSE_SAVE = 2,
};

static void
on_unsaved_response (GtkDialog     *dialog,
                     int            response,
                     OffloadWindow *self)
{
  gtk_window_destroy (GTK_WINDOW (dialog));

  if (response == RESPONSE_DISCARD)
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (response == RESPONSE_SAVE)
    {
      self->close_after_save = TRUE;
      action_save (GTK_WIDGET (self), "win.save", NULL);
    }
}

static gboolean
offload_window_close_request (GtkWindow *window)
{
  OffloadWindow *self = OFFLOAD_WINDOW (window);
  GtkWidget *dialog;

  if (self->settings != NULL && !gtk_window_is_maximized (window))
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set (self->settings, "window-size", "(ii)", width, height);
    }
  if (self->settings != NULL)
    g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  if (self->close_confirmed || !offload_document_get_unsaved (self->document))
    {
      if (self->autosave != NULL)
        offload_autosave_discard (self->autosave);
      return GTK_WINDOW_CLASS (offload_window_parent_class)->close_request (window);
    }

  dialog = gtk_message_dialog_new (window, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Save changes to this assessment?"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("If you close without saving, your changes are lost."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Discard"), RESPONSE_DISCARD,
                          _("_Save"), RESPONSE_SAVE,
                          NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), RESPONSE_SAVE);
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), RESPONSE_DISCARD),
                            "destructive-action");
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), RESPONSE_SAVE),
                            "suggested-action");
  g_signal_connect (dialog, "response", G_CALLBACK (on_unsaved_response), self);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

/* ---- drag and drop ----------------------------------------------------- */

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         OffloadWindow *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    offload_window_open (self, l->data);
  g_slist_free (files);

  return files != NULL;
}

static void
on_info_bar_response (GtkInfoBar *info_bar,
                      int         response)
{
  gtk_info_bar_set_revealed (info_bar, FALSE);
}

/* ---- GObject ----------------------------------------------------------- */

static void
offload_window_constructed (GObject *object)
{
  OffloadWindow *self = OFFLOAD_WINDOW (object);

  G_OBJECT_CLASS (offload_window_parent_class)->constructed (object);

  if (self->settings != NULL)
    {
      int width, height;

      g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
      gtk_window_set_default_size (GTK_WINDOW (self), width, height);
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }

  if (self->document == NULL)
    {
      g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
      g_autoptr(OffloadDocument) document = NULL;

      /* Starting from the owner's own figures is not an edit: apply them
       * before the document starts tracking changes. */
      apply_remembered_inputs (self, assessment);
      document = offload_document_new_for_assessment (assessment);
      set_document (self, document);
    }
}

static void
offload_window_dispose (GObject *object)
{
  OffloadWindow *self = OFFLOAD_WINDOW (object);

  if (self->document != NULL)
    remember_inputs (self, offload_document_get_assessment (self->document), NULL);
  g_binding_group_set_source (self->assessment_bindings, NULL);
  g_binding_group_set_source (self->document_bindings, NULL);
  g_signal_group_set_target (self->document_signals, NULL);
  g_signal_group_set_target (self->assessment_signals, NULL);
  g_signal_group_set_target (self->decision_signals, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), OFFLOAD_TYPE_WINDOW);
  /* A draft lives as long as its window: only a crash keeps one. (A write
   * still under way keeps the autosave alive; close() covers it too.) */
  if (self->autosave != NULL)
    offload_autosave_close (self->autosave);
  g_clear_object (&self->autosave);
  g_clear_object (&self->document);
  g_clear_object (&self->assessment_bindings);
  g_clear_object (&self->document_bindings);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->assessment_signals);
  g_clear_object (&self->decision_signals);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (offload_window_parent_class)->dispose (object);
}

static void
offload_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OffloadWindow *self = OFFLOAD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT: g_value_set_object (value, self->document); break;
    case PROP_SHARE_WITHOUT_AMOUNTS: g_value_set_boolean (value, self->share_without_amounts); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OffloadWindow *self = OFFLOAD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      if (g_value_get_object (value) != NULL)
        set_document (self, g_value_get_object (value));
      break;
    case PROP_SHARE_WITHOUT_AMOUNTS:
      if (self->share_without_amounts != g_value_get_boolean (value))
        {
          self->share_without_amounts = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_window_class_init (OffloadWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = offload_window_constructed;
  object_class->dispose = offload_window_dispose;
  object_class->get_property = offload_window_get_property;
  object_class->set_property = offload_window_set_property;
  window_class->close_request = offload_window_close_request;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, OFFLOAD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The exports leave out the hourly value and every amount. */
  properties[PROP_SHARE_WITHOUT_AMOUNTS] =
    g_param_spec_boolean ("share-without-amounts", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OFFLOAD_TYPE_COLUMNS_LAYOUT);
  g_type_ensure (OFFLOAD_TYPE_VALUE_ROW);
  g_type_ensure (OFFLOAD_TYPE_RESULTS_PANEL);
  g_type_ensure (OFFLOAD_TYPE_PLAN_PANEL);
  g_type_ensure (OFFLOAD_TYPE_COMPARISON_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/offload/Offload/ui/offload-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, info_bar);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, info_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, checklist_box);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, title_entry);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, hours_row);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, working_day_row);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, value_row);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, days_row);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, weeks_row);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, interruptions_row);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, results_panel);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, plan_panel);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, comparison_panel);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, scroller);
  gtk_widget_class_bind_template_callback (widget_class, on_info_bar_response);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, action_open);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, action_save);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, action_save_as);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, action_export);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, action_export);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, action_print);
  gtk_widget_class_install_action (widget_class, "win.compare-progress", NULL, action_compare_progress);
  gtk_widget_class_install_property_action (widget_class, "win.share-without-amounts", "share-without-amounts");
}

/* Keyboard users must see where the focus is. GTK 4.8's viewport scrolls
 * only when focus enters it, not as Tab moves deeper inside, so the page
 * follows the focus here. */
static void
on_focus_widget_changed (OffloadWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *viewport = gtk_scrolled_window_get_child (self->scroller);
  /* The viewport's child: bounds in the page's own coordinates. */
  GtkWidget *content = GTK_IS_VIEWPORT (viewport) ? gtk_viewport_get_child (GTK_VIEWPORT (viewport)) : NULL;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  graphene_rect_t bounds;
  double value, page, top, bottom;

  if (focus == NULL || content == NULL || !gtk_widget_is_ancestor (focus, content) ||
      !gtk_widget_compute_bounds (focus, content, &bounds))
    return;

  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  /* A little margin, so the focus ring is not cut. */
  top = bounds.origin.y - 12;
  bottom = bounds.origin.y + bounds.size.height + 12;
  if (top < value)
    gtk_adjustment_set_value (adjustment, top);
  else if (bottom > value + page)
    gtk_adjustment_set_value (adjustment, MIN (top, bottom - page));
}

static void
bind_value_row (OffloadWindow   *self,
                OffloadValueRow *row,
                const char      *property,
                const char      *input,
                const char      *spoken,
                GtkSizeGroup    *units)
{
  OffloadCatalog *catalog = offload_catalog_get_default ();

  /* One width for every unit, whatever the language's longest ("semaines"),
   * so the entries stay in one column. */
  gtk_size_group_add_widget (units, offload_value_row_get_unit_label (row));

  offload_value_row_set_spec (row, offload_catalog_get_input (catalog, input));
  if (spoken != NULL)
    offload_value_row_set_spoken (row, spoken);
  g_binding_group_bind (self->assessment_bindings, property, row, "value",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static void
offload_window_init (OffloadWindow *self)
{
  GtkDropTarget *drop;
  g_autoptr(GtkSizeGroup) units = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = load_settings ();
  self->assessment_bindings = g_binding_group_new ();
  self->document_bindings = g_binding_group_new ();

  units = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  bind_value_row (self, self->hours_row, "hours-per-day", OFFLOAD_INPUT_HOURS_PER_DAY,
                  _("Hours lost per day to low-value tasks, in hours per day"), units);
  bind_value_row (self, self->working_day_row, "working-hours-per-day", OFFLOAD_INPUT_WORKING_HOURS_PER_DAY,
                  _("Length of your working day, in hours"), units);
  /* The working day is Offload's own assumption: its reason and source
   * are one click away, as for the figures of Compare options. */
  offload_value_row_set_info (self->working_day_row,
                              offload_catalog_get_policy (offload_catalog_get_default (), "working_day"),
                              _("Where the working day comes from"));
  bind_value_row (self, self->value_row, "hourly-value", OFFLOAD_INPUT_HOURLY_VALUE, NULL, units);
  bind_value_row (self, self->days_row, "days-per-week", OFFLOAD_INPUT_DAYS_PER_WEEK,
                  _("Working days per week"), units);
  bind_value_row (self, self->weeks_row, "weeks-per-month", OFFLOAD_INPUT_WEEKS_PER_MONTH,
                  _("Working weeks per month"), units);
  bind_value_row (self, self->interruptions_row, "interruptions-per-day", OFFLOAD_INPUT_INTERRUPTIONS_PER_DAY,
                  _("Interruptions per day"), units);
  g_binding_group_bind (self->document_bindings, "title", self->title_entry, "text",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  self->document_signals = g_signal_group_new (OFFLOAD_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "notify::unsaved", G_CALLBACK (update_title), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::file", G_CALLBACK (update_title), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::title", G_CALLBACK (update_title), self);
  self->assessment_signals = g_signal_group_new (OFFLOAD_TYPE_ASSESSMENT);
  g_signal_group_connect_swapped (self->assessment_signals, "notify::currency", G_CALLBACK (update_currency), self);
  self->decision_signals = g_signal_group_new (OFFLOAD_TYPE_DECISION);
  g_signal_group_connect_swapped (self->decision_signals, "changed", G_CALLBACK (update_warnings), self);

  g_signal_connect_swapped (self, "notify::focus-widget", G_CALLBACK (on_focus_widget_changed), self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

OffloadWindow *
offload_window_new (GtkApplication  *application,
                    OffloadDocument *document)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (document == NULL || OFFLOAD_IS_DOCUMENT (document), NULL);

  OffloadWindow *self = g_object_new (OFFLOAD_TYPE_WINDOW,
                                      "application", application,
                                      "document", document,
                                      NULL);

  /* Unsaved work is kept as a draft a couple of seconds after each change
   * (here: "application" is set only after constructed() has run). */
  if (OFFLOAD_IS_APPLICATION (application))
    {
      self->autosave = offload_autosave_new (offload_application_get_draft_store (OFFLOAD_APPLICATION (application)),
                                             AUTOSAVE_DELAY_MS);
      offload_autosave_set_document (self->autosave, self->document, NULL);
    }

  return self;
}
