/* offload-window.c
 *
 * The window shows one OffloadDocument: the answer at the top, and below it
 * the sections (the signs, the owner's figures, Compare options, the
 * hand-over plan) in a GtkStack, reached from a sidebar or, on a narrow
 * window, a switcher (OffloadSectionsLayout). Replacing the document
 * (opening a file into an untouched window) rebinds every section at once.
 *
 * Only the checklist and the answer are built for the first frame; the
 * other sections are built when first shown or when the window is idle.
 * The actions are in offload-window-actions.c, the close guard in
 * offload-save-changes-dialog.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "offload-application.h"
#include "offload-columns-layout.h"
#include "offload-gtk-compat.h"
#include "offload-save-changes-dialog.h"
#include "offload-sections-layout.h"
#include "offload-sign-row.h"
#include "offload-window-private.h"

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

/* ---- settings ---------------------------------------------------------- */

/* Run from the build tree the schema may not be installed: the window then
 * works without remembering anything rather than aborting. */
static GSettings *
window_load_settings (void)
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

static const char * const remembered_inputs[] = { "hourly-value", "days-per-week", "weeks-per-month", "working-hours-per-day", NULL };

/* The figures of "Your figures", which a new assessment starts with as
 * Offload's example until the owner gives their own. */
static const char * const figure_inputs[] = {
  "hours-per-day", "working-hours-per-day", "hourly-value",
  "days-per-week", "weeks-per-month", "interruptions-per-day",
};

static void
window_remember_inputs (OffloadWindow     *self,
                        OffloadAssessment *old,
                        OffloadAssessment *assessment)
{
  if (self->settings == NULL)
    return;

  for (guint i = 0; remembered_inputs[i] != NULL; i++)
    {
      if (old != NULL)
        g_settings_unbind (old, remembered_inputs[i]);
      /* The owner's latest figures become the next new assessment's. */
      if (assessment != NULL)
        g_settings_bind (self->settings, remembered_inputs[i], assessment, remembered_inputs[i],
                         G_SETTINGS_BIND_SET);
    }
}

/* Applies the owner's remembered figures; returns the inputs left at the
 * catalog's example. */
static GStrv
window_apply_remembered_inputs (OffloadWindow     *self,
                                OffloadAssessment *assessment)
{
  g_autoptr(GStrvBuilder) examples = g_strv_builder_new ();

  for (guint i = 0; i < G_N_ELEMENTS (figure_inputs); i++)
    {
      double value = 0;

      if (self->settings != NULL && g_strv_contains (remembered_inputs, figure_inputs[i]))
        value = g_settings_get_double (self->settings, figure_inputs[i]);
      /* 0 means "never set": keep the catalog's default, an example. */
      if (value > 0)
        g_object_set (assessment, figure_inputs[i], value, NULL);
      else
        g_strv_builder_add (examples, figure_inputs[i]);
    }
  return g_strv_builder_end (examples);
}

/* ---- title ------------------------------------------------------------- */

static void
window_update_title (OffloadWindow *self)
{
  GFile *file = offload_document_get_file (self->document);
  g_autofree char *name = offload_document_dup_display_name (self->document, 0);
  g_autofree char *shown = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *window_title = NULL;

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

/* ---- first run --------------------------------------------------------- */

/* A new assessment says what to do first while nobody has touched it, and
 * as long as any of its figures is still Offload's example. */
static void
window_update_first_run (OffloadWindow *self)
{
  gboolean first_run = offload_document_get_file (self->document) == NULL &&
                       (self->example_inputs != NULL || !offload_document_get_unsaved (self->document));

  offload_answer_bar_set_first_run (self->answer_bar, first_run);
}

/* A figure the owner sets is theirs from then on, even if it happens to be
 * the example's value again. */
static void
window_on_assessment_notify (OffloadWindow *self,
                             GParamSpec    *pspec)
{
  g_autoptr(GStrvBuilder) left = NULL;

  if (self->example_inputs == NULL || !g_strv_contains ((const char * const *) self->example_inputs, pspec->name))
    return;

  left = g_strv_builder_new ();
  for (guint i = 0; self->example_inputs[i]; i++)
    if (!g_str_equal (self->example_inputs[i], pspec->name))
      g_strv_builder_add (left, self->example_inputs[i]);
  g_strfreev (self->example_inputs);
  self->example_inputs = g_strv_builder_end (left);
  if (self->example_inputs[0] == NULL)
    {
      /* Every figure is the owner's: nothing more to follow. */
      g_clear_pointer (&self->example_inputs, g_strfreev);
      g_signal_handlers_disconnect_by_data (offload_document_get_assessment (self->document), self);
    }

  if (self->figures_panel != NULL)
    offload_figures_panel_set_examples (self->figures_panel, (const char * const *) self->example_inputs);
  window_update_first_run (self);
}

/* ---- checklist --------------------------------------------------------- */

static void
window_build_checklist (OffloadWindow *self)
{
  OffloadAssessment *assessment = offload_document_get_assessment (self->document);
  OffloadCatalog *catalog = offload_assessment_get_catalog (assessment);
  guint n_signs = offload_catalog_get_n_signs (catalog);
  guint placed = 0;
  GtkWidget *child;
  GtkWidget *columns[2];

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->checklist_box))))
    gtk_box_remove (self->checklist_box, child);

  /* Two columns on a wide window (OffloadColumnsLayout), one below the
   * other on a narrow one; the groups keep the catalog's order. */
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      columns[c] = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
      gtk_box_append (self->checklist_box, columns[c]);
    }

  for (guint g = 0; g < offload_catalog_get_n_groups (catalog); g++)
    {
      const char *group = offload_catalog_get_group_id (catalog, g);
      GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *heading = gtk_label_new (offload_catalog_get_group_title (catalog, group));
      gboolean counters = FALSE;
      guint before = placed;

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      gtk_box_append (GTK_BOX (section), heading);

      for (guint i = 0; i < offload_catalog_get_n_signs (catalog); i++)
        {
          OffloadSign *sign = offload_catalog_get_sign (catalog, i);

          if (!g_str_equal (offload_sign_get_group (sign), group))
            continue;
          counters |= offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_COUNTER;
          placed++;
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
      /* A group goes right once the left holds half the signs or more. */
      gtk_box_append (GTK_BOX (columns[2 * before >= n_signs ? 1 : 0]), section);
    }
}

/* ---- sections ---------------------------------------------------------- */

static void
window_ensure_figures (OffloadWindow *self)
{
  if (self->figures_panel != NULL)
    return;

  self->figures_panel = OFFLOAD_FIGURES_PANEL (offload_figures_panel_new ());
  offload_figures_panel_set_document (self->figures_panel, self->document);
  offload_figures_panel_set_examples (self->figures_panel, (const char * const *) self->example_inputs);
  gtk_box_append (self->figures_page, GTK_WIDGET (self->figures_panel));
}

static void
window_ensure_options (OffloadWindow *self)
{
  if (self->comparison_panel != NULL)
    return;

  self->comparison_panel = g_object_new (OFFLOAD_TYPE_COMPARISON_PANEL, NULL);
  offload_comparison_panel_set_assessment (self->comparison_panel, offload_document_get_assessment (self->document));
  gtk_box_append (self->options_page, GTK_WIDGET (self->comparison_panel));
}

static void
window_ensure_plan (OffloadWindow *self)
{
  if (self->plan_panel != NULL)
    return;

  self->plan_panel = g_object_new (OFFLOAD_TYPE_PLAN_PANEL, NULL);
  offload_plan_panel_set_assessment (self->plan_panel, offload_document_get_assessment (self->document));
  gtk_box_append (self->plan_page, GTK_WIDGET (self->plan_panel));
}

GtkWidget *
offload_window_get_section (OffloadWindow *self,
                            const char    *name)
{
  g_return_val_if_fail (OFFLOAD_IS_WINDOW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (g_str_equal (name, "signs"))
    return GTK_WIDGET (self->checklist_box);
  if (g_str_equal (name, "figures"))
    return window_ensure_figures (self), GTK_WIDGET (self->figures_panel);
  if (g_str_equal (name, "options"))
    return window_ensure_options (self), GTK_WIDGET (self->comparison_panel);
  if (g_str_equal (name, "plan"))
    return window_ensure_plan (self), GTK_WIDGET (self->plan_panel);
  return NULL;
}

static void
on_visible_section_changed (OffloadWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);

  if (name != NULL)
    offload_window_get_section (self, name);
}

/* After the first frame, one section per idle turn, so the window answers
 * in between and each section is there before the owner goes to it. */
static gboolean
window_build_next_section (gpointer user_data)
{
  OffloadWindow *self = user_data;

  if (self->figures_panel == NULL)
    window_ensure_figures (self);
  else if (self->comparison_panel == NULL)
    window_ensure_options (self);
  else if (self->plan_panel == NULL)
    window_ensure_plan (self);
  else
    {
      self->build_sections_source = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
window_on_map (OffloadWindow *self)
{
  if (self->build_sections_source == 0 && self->plan_panel == NULL)
    self->build_sections_source = g_idle_add_full (G_PRIORITY_LOW, window_build_next_section, self, NULL);
}

/* ---- document ---------------------------------------------------------- */

static void
window_show_ignored_answers (OffloadWindow *self)
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
window_set_document (OffloadWindow   *self,
                     OffloadDocument *document)
{
  OffloadAssessment *old = self->document ? offload_document_get_assessment (self->document) : NULL;
  OffloadAssessment *assessment = offload_document_get_assessment (document);
  g_autoptr(OffloadDocument) keep_old = self->document ? g_object_ref (self->document) : NULL;

  if (!g_set_object (&self->document, document))
    return;

  /* Figures from a file are the owner's own, not examples. */
  if (old != NULL)
    {
      g_signal_handlers_disconnect_by_data (old, self);
      g_clear_pointer (&self->example_inputs, g_strfreev);
    }
  if (self->example_inputs != NULL)
    g_signal_connect_object (assessment, "notify", G_CALLBACK (window_on_assessment_notify), self, G_CONNECT_SWAPPED);

  /* Undo belongs to the document shown: a new one starts with no steps,
   * and a message about the old one goes. */
  offload_toast_dismiss (self->toast);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);
  self->history = offload_history_new (assessment);
  g_signal_connect_swapped (self->history, "notify::can-undo", G_CALLBACK (_offload_window_update_undo), self);
  g_signal_connect_swapped (self->history, "notify::can-redo", G_CALLBACK (_offload_window_update_undo), self);
  /* A toast's Undo is for the step it announced, not for a later one. */
  g_signal_connect_swapped (self->history, "recorded", G_CALLBACK (offload_toast_dismiss), self->toast);
  _offload_window_update_undo (self);

  window_build_checklist (self);
  if (self->autosave != NULL)
    offload_autosave_set_document (self->autosave, document, NULL);
  g_signal_group_set_target (self->document_signals, document);
  offload_answer_bar_set_assessment (self->answer_bar, assessment);
  if (self->figures_panel != NULL)
    {
      offload_figures_panel_set_document (self->figures_panel, document);
      offload_figures_panel_set_examples (self->figures_panel, (const char * const *) self->example_inputs);
    }
  if (self->plan_panel != NULL)
    offload_plan_panel_set_assessment (self->plan_panel, assessment);
  if (self->comparison_panel != NULL)
    offload_comparison_panel_set_assessment (self->comparison_panel, assessment);
  window_remember_inputs (self, old, assessment);

  window_update_title (self);
  window_update_first_run (self);
  window_show_ignored_answers (self);
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

  window_set_document (self, document);
  _offload_window_add_recent (file);
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
  _offload_window_add_recent (file);
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
  g_return_if_fail (OFFLOAD_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  offload_application_open_file (OFFLOAD_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))), self, file);
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

/* ---- closing ----------------------------------------------------------- */

static void
window_on_save_changes_answer (OffloadSaveChangesResponse  response,
                               gpointer                    user_data)
{
  OffloadWindow *self = user_data;

  if (response == OFFLOAD_SAVE_CHANGES_DISCARD)
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (response == OFFLOAD_SAVE_CHANGES_SAVE)
    {
      self->close_after_save = TRUE;
      _offload_window_save (self);
    }
}

static gboolean
offload_window_close_request (GtkWindow *window)
{
  OffloadWindow *self = OFFLOAD_WINDOW (window);

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

  offload_save_changes_dialog_present (window, self->document, window_on_save_changes_answer, self);
  return TRUE;
}

/* ---- drag and drop ----------------------------------------------------- */

static gboolean
window_on_drop (GtkDropTarget *target,
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

/* Keyboard users must see where the focus is. GTK 4.8's viewport scrolls
 * only when focus enters it, not as Tab moves deeper inside, so the
 * section's page follows the focus here. */
static void
window_on_focus_widget_changed (OffloadWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *scroller = focus ? gtk_widget_get_ancestor (focus, GTK_TYPE_SCROLLED_WINDOW) : NULL;
  GtkWidget *viewport = scroller ? gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)) : NULL;
  /* The viewport's child: bounds in the page's own coordinates. */
  GtkWidget *content = GTK_IS_VIEWPORT (viewport) ? gtk_viewport_get_child (GTK_VIEWPORT (viewport)) : NULL;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double value, page, top, bottom;

  if (content == NULL || !gtk_widget_is_ancestor (focus, content) ||
      !gtk_widget_compute_bounds (focus, content, &bounds))
    return;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
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

/* ---- focus --------------------------------------------------------------
 *
 * GtkStackSidebar's list takes one Tab stop per row, and moving the focus
 * onto a row selects it: Tab would switch sections on its way through and
 * never reach the section shown. Here the sidebar is one Tab stop, its
 * selected row; the arrow keys move between sections, and Tab goes on into
 * the section shown. */

static gboolean
offload_window_focus (GtkWidget        *widget,
                      GtkDirectionType  direction)
{
  OffloadWindow *self = OFFLOAD_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (widget));
  GtkWidget *page = gtk_stack_get_visible_child (self->stack);
  GtkWidget *titlebar = gtk_window_get_titlebar (GTK_WINDOW (widget));

  /* Entering the list, GTK lands on the selected row already; leaving it
   * is what GTK would do row by row. */
  if (focus != NULL && page != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->sidebar)) &&
      (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD))
    {
      if (direction == GTK_DIR_TAB_FORWARD && gtk_widget_child_focus (page, direction))
        return TRUE;
      if (direction == GTK_DIR_TAB_BACKWARD)
        {
          /* Back to whatever precedes the sidebar: the info bar when it
           * shows, else the header bar's last control. */
          GtkWidget *info = GTK_WIDGET (self->info_bar);

          if (gtk_widget_get_mapped (info) && gtk_widget_child_focus (info, direction))
            return TRUE;
          if (titlebar != NULL && gtk_widget_child_focus (titlebar, direction))
            return TRUE;
        }
    }

  return GTK_WIDGET_CLASS (offload_window_parent_class)->focus (widget, direction);
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
      GStrv examples;

      /* Starting from the owner's own figures is not an edit: apply them
       * before the document starts tracking changes. */
      examples = window_apply_remembered_inputs (self, assessment);
      document = offload_document_new_for_assessment (assessment);
      if (examples[0] != NULL)
        self->example_inputs = examples;
      else
        g_strfreev (examples);
      window_set_document (self, document);
    }
}

static void
offload_window_dispose (GObject *object)
{
  OffloadWindow *self = OFFLOAD_WINDOW (object);

  g_clear_handle_id (&self->build_sections_source, g_source_remove);
  if (self->document != NULL)
    {
      OffloadAssessment *assessment = offload_document_get_assessment (self->document);

      window_remember_inputs (self, assessment, NULL);
      g_signal_handlers_disconnect_by_data (assessment, self);
    }
  g_signal_group_set_target (self->document_signals, NULL);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  if (self->history != NULL && self->toast != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self->toast);
  g_clear_object (&self->history);
  gtk_widget_dispose_template (GTK_WIDGET (self), OFFLOAD_TYPE_WINDOW);
  self->figures_panel = NULL;
  self->comparison_panel = NULL;
  self->plan_panel = NULL;
  /* A draft lives as long as its window: only a crash keeps one. (A write
   * still under way keeps the autosave alive; close() covers it too.) */
  if (self->autosave != NULL)
    offload_autosave_close (self->autosave);
  g_clear_object (&self->autosave);
  g_clear_object (&self->document);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->example_inputs, g_strfreev);

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
        window_set_document (self, g_value_get_object (value));
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
  widget_class->focus = offload_window_focus;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, OFFLOAD_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The exports leave out the hourly value and every amount. */
  properties[PROP_SHARE_WITHOUT_AMOUNTS] =
    g_param_spec_boolean ("share-without-amounts", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OFFLOAD_TYPE_ANSWER_BAR);
  g_type_ensure (OFFLOAD_TYPE_TOAST);
  g_type_ensure (OFFLOAD_TYPE_SECTIONS_LAYOUT);
  g_type_ensure (OFFLOAD_TYPE_COLUMNS_LAYOUT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/offload/Offload/ui/offload-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, info_bar);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, no_amounts_bar);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, info_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, answer_bar);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, toast);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, checklist_box);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, figures_page);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, options_page);
  gtk_widget_class_bind_template_child (widget_class, OffloadWindow, plan_page);
  gtk_widget_class_bind_template_callback (widget_class, on_info_bar_response);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_section_changed);

  _offload_window_class_actions_init (klass);
}

static void
offload_window_init (OffloadWindow *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));
  offload_gtk_compat_name_sidebar_rows (self->sidebar);

  self->settings = window_load_settings ();

  self->document_signals = g_signal_group_new (OFFLOAD_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "notify::unsaved", G_CALLBACK (window_update_title), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::unsaved", G_CALLBACK (window_update_first_run), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::file", G_CALLBACK (window_update_title), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::title", G_CALLBACK (window_update_title), self);

  g_signal_connect_swapped (self, "notify::focus-widget", G_CALLBACK (window_on_focus_widget_changed), self);
  g_signal_connect (self, "map", G_CALLBACK (window_on_map), NULL);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (window_on_drop), self);
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
