/* offload-progress-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <math.h>

#include "offload-format.h"
#include "offload-progress-dialog.h"
#include "offload-gtk-compat.h"

/* Enough to find last month's file without a long list to read. */
#define MAX_RECENT 8

struct _OffloadProgressDialog
{
  GtkWindow        parent_instance;

  OffloadDocument *current;
  OffloadProgress *progress;

  GtkStack        *stack;
  GtkListBox      *recent_list;
  GtkLabel        *no_recent_label;
  GtkLabel        *error_label;
  GtkLabel        *result_title;
  GtkLabel        *result_subtitle;
  GtkGrid         *figures_grid;
  GtkLabel        *currency_note;
  GtkLabel        *cleared_label;
  GtkLabel        *new_label;
};

G_DEFINE_FINAL_TYPE (OffloadProgressDialog, offload_progress_dialog, GTK_TYPE_WINDOW)

static OffloadAssessment *
current_assessment (OffloadProgressDialog *self)
{
  return offload_document_get_assessment (self->current);
}

/* ---- the comparison ----------------------------------------------------- */


static char *
signed_hours (double change)
{
  g_autofree char *hours = offload_format_hours (fabs (change));

  if (fabs (change) < 0.05)
    return g_strdup (_("no change"));
  /* Translators: a change in hours, such as "+3.5 h" or "−3.5 h" */
  return g_strdup_printf (change > 0 ? _("+%s") : _("−%s"), hours);
}

static char *
signed_money (double      change,
              const char *currency)
{
  g_autofree char *money = NULL;

  if (isnan (change))
    return g_strdup ("—");
  if (fabs (change) < 0.5)
    return g_strdup (_("no change"));
  money = offload_format_money (fabs (change), currency);
  return g_strdup_printf (change > 0 ? _("+%s") : _("−%s"), money);
}

static char *
signed_points (int change)
{
  if (change == 0)
    return g_strdup (_("no change"));
  /* Translators: a change of the need to delegate, a score out of 100 */
  return g_strdup_printf (change > 0 ? _("+%d points") : _("−%d points"), ABS (change));
}

/* The day @document's figures are from: when it was last saved, or today
 * for figures not saved yet. */
static char *
assessment_date (OffloadDocument *document)
{
  GDateTime *saved = offload_document_get_modified (document);
  g_autoptr(GDateTime) local = NULL;

  if (saved == NULL || offload_document_get_unsaved (document))
    local = g_date_time_new_now_local ();
  else
    local = g_date_time_to_local (saved);
  /* Translators: the date of an assessment, in g_date_time_format()'s
   * notation: "November 20, 2026"; French "%-d %B %Y" gives "20 novembre 2026" */
  return g_date_time_format (local, C_("assessment date", "%B %-d, %Y"));
}

static char *
verdict_title (OffloadAssessment *assessment,
               const char        *band_id)
{
  OffloadBand *band = offload_catalog_lookup_band (offload_assessment_get_catalog (assessment), band_id);

  return g_strdup (band != NULL ? band->title : band_id);
}

static void
add_cell (OffloadProgressDialog *self,
          const char            *text,
          int                    column,
          int                    row,
          const char            *css_class,
          GtkWidget             *caption)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0 : 1);
  gtk_widget_set_hexpand (label, column == 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  /* A screen reader reads each figure with its row's caption. */
  if (caption != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (label),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, caption, NULL, -1);
  gtk_grid_attach (self->figures_grid, label, column, row, 1, 1);
}

static void
add_row (OffloadProgressDialog *self,
         int                    row,
         const char            *caption,
         const char            *before,
         const char            *now,
         const char            *change)
{
  GtkWidget *caption_label;

  add_cell (self, caption, 0, row, NULL, NULL);
  caption_label = gtk_grid_get_child_at (self->figures_grid, 0, row);
  add_cell (self, before, 1, row, "figure", caption_label);
  add_cell (self, now, 2, row, "figure", caption_label);
  add_cell (self, change, 3, row, "figure", caption_label);
}

static char *
sign_list (GListModel *signs)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (signs);

  if (n == 0)
    return g_strdup (_("None"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OffloadSign) sign = g_list_model_get_item (signs, i);

      g_string_append_printf (text, "%s• %s", i ? "\n" : "", offload_sign_get_title (sign));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
show_progress (OffloadProgressDialog *self,
               OffloadDocument       *earlier_document)
{
  OffloadAssessment *earlier = offload_progress_get_earlier (self->progress);
  OffloadAssessment *now = offload_progress_get_current (self->progress);
  const char *currency_then = offload_assessment_get_currency (earlier);
  const char *currency_now = offload_assessment_get_currency (now);
  g_autofree char *name_then = offload_document_dup_display_name (earlier_document, 80);
  g_autofree char *name_now = offload_document_dup_display_name (self->current, 80);
  g_autofree char *date_then = assessment_date (earlier_document);
  g_autofree char *date_now = assessment_date (self->current);
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;
  GtkWidget *child;
  int row = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->figures_grid))))
    gtk_grid_remove (self->figures_grid, child);

  /* Translators: the heading of the comparison; %s names the earlier assessment */
  title = g_strdup_printf (_("Since “%s”"), name_then);
  gtk_label_set_label (self->result_title, title);
  /* Translators: the two assessments compared, each with its date:
   * "Then: Bakery, November 20, 2026 · Now: Bakery, December 2, 2026" */
  subtitle = g_strdup_printf (_("Then: %s, %s · Now: %s, %s"), name_then, date_then, name_now, date_now);
  gtk_label_set_label (self->result_subtitle, subtitle);

  /* The columns' headings name their dates too. */
  add_row (self, row++, "", _("Then"), _("Now"), _("Change"));
  add_row (self, row++, "", date_then, date_now, "");
  for (GtkWidget *cell = gtk_widget_get_first_child (GTK_WIDGET (self->figures_grid)); cell;
       cell = gtk_widget_get_next_sibling (cell))
    {
      int cell_row;

      gtk_grid_query_child (self->figures_grid, cell, NULL, &cell_row, NULL, NULL);
      gtk_widget_add_css_class (cell, cell_row == 0 ? "heading" : "dim-label");
    }

  {
    g_autofree char *before = offload_format_hours (offload_assessment_get_monthly_hours (earlier));
    g_autofree char *after = offload_format_hours (offload_assessment_get_monthly_hours (now));
    g_autofree char *change = signed_hours (offload_progress_get_hours_change (self->progress));

    add_row (self, row++, _("Hours lost per month"), before, after, change);
  }
  {
    g_autofree char *before = offload_format_money (offload_assessment_get_monthly_cost (earlier), currency_then);
    g_autofree char *after = offload_format_money (offload_assessment_get_monthly_cost (now), currency_now);
    g_autofree char *change = signed_money (offload_progress_get_monthly_cost_change (self->progress), currency_now);

    add_row (self, row++, _("Value of your admin time, a month"), before, after, change);
  }
  {
    g_autofree char *before = offload_format_money (offload_assessment_get_yearly_cost (earlier), currency_then);
    g_autofree char *after = offload_format_money (offload_assessment_get_yearly_cost (now), currency_now);
    g_autofree char *change = signed_money (offload_progress_get_yearly_cost_change (self->progress), currency_now);

    add_row (self, row++, _("Value of your admin time, a year"), before, after, change);
  }
  {
    /* Translators: the need to delegate, a score out of 100 */
    g_autofree char *before = g_strdup_printf (_("%d/100"), offload_assessment_get_readiness (earlier));
    g_autofree char *after = g_strdup_printf (_("%d/100"), offload_assessment_get_readiness (now));
    g_autofree char *change = signed_points (offload_progress_get_readiness_change (self->progress));

    add_row (self, row++, _("Need to delegate"), before, after, change);
  }
  {
    g_autofree char *before = verdict_title (earlier, offload_progress_get_verdict_before (self->progress));
    g_autofree char *after = verdict_title (now, offload_progress_get_verdict_after (self->progress));
    gboolean same = g_strcmp0 (offload_progress_get_verdict_before (self->progress),
                               offload_progress_get_verdict_after (self->progress)) == 0;

    add_row (self, row++, _("Verdict"), before, after, same ? _("same") : _("changed"));
  }

  if (!offload_progress_get_same_currency (self->progress))
    {
      g_autofree char *note = g_strdup_printf (_("The two assessments count in different currencies (%s then, %s now), so the change in cost is not worked out."),
                                               currency_then, currency_now);

      gtk_label_set_label (self->currency_note, note);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->currency_note), !offload_progress_get_same_currency (self->progress));

  {
    g_autofree char *cleared = sign_list (offload_progress_get_cleared_signs (self->progress));
    g_autofree char *added = sign_list (offload_progress_get_new_signs (self->progress));

    gtk_label_set_label (self->cleared_label, cleared);
    gtk_label_set_label (self->new_label, added);
  }

  gtk_stack_set_visible_child_name (self->stack, "result");
}

gboolean
offload_progress_dialog_compare_with (OffloadProgressDialog  *self,
                                      GFile                  *earlier,
                                      GError                **error)
{
  g_autoptr(OffloadDocument) document = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (OFFLOAD_IS_PROGRESS_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (earlier), FALSE);

  document = offload_document_new_from_file (offload_assessment_get_catalog (current_assessment (self)),
                                             earlier, NULL, &local_error);
  if (document == NULL)
    {
      /* Translators: %s says why the file could not be read */
      message = g_strdup_printf (_("That assessment could not be compared: %s"), local_error->message);
      gtk_label_set_label (self->error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  g_clear_object (&self->progress);
  self->progress = offload_progress_new (offload_document_get_assessment (document), current_assessment (self));
  show_progress (self, document);
  return TRUE;
}

OffloadProgress *
offload_progress_dialog_get_progress (OffloadProgressDialog *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PROGRESS_DIALOG (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "result") != 0)
    return NULL;
  return self->progress;
}

/* ---- picking the earlier assessment -------------------------------------- */

static void
on_recent_activated (OffloadProgressDialog *self,
                     GtkListBoxRow         *row)
{
  const char *uri = g_object_get_data (G_OBJECT (row), "uri");
  g_autoptr(GFile) file = g_file_new_for_uri (uri);

  offload_progress_dialog_compare_with (self, file, NULL);
}

static gint
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo **) a;
  GtkRecentInfo *info_b = *(GtkRecentInfo **) b;
  /* Borrowed. Newest first. */
  GDateTime *time_a = gtk_recent_info_get_modified (info_a);
  GDateTime *time_b = gtk_recent_info_get_modified (info_b);

  return g_date_time_compare (time_b, time_a);
}

static void
fill_recent_list (OffloadProgressDialog *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) offload_items = g_ptr_array_new ();
  GFile *current_file = offload_document_get_file (self->current);
  g_autofree char *current_uri = current_file ? g_file_get_uri (current_file) : NULL;

  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);

      /* Offload's own files, not the one open here, and still there. */
      if (g_str_has_suffix (uri, ".offload") && g_strcmp0 (uri, current_uri) != 0 &&
          gtk_recent_info_is_local (info) && gtk_recent_info_exists (info))
        g_ptr_array_add (offload_items, info);
    }
  g_ptr_array_sort (offload_items, compare_recent);

  for (guint i = 0; i < offload_items->len && i < MAX_RECENT; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (offload_items, i);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *name = gtk_label_new (gtk_recent_info_get_display_name (info));
      g_autofree char *location = gtk_recent_info_get_uri_display (info);
      GtkWidget *where = gtk_label_new (location);

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_xalign (GTK_LABEL (where), 0);
      gtk_label_set_ellipsize (GTK_LABEL (where), PANGO_ELLIPSIZE_MIDDLE);
      gtk_widget_add_css_class (where, "dim-label");
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);
      gtk_widget_set_margin_top (box, 8);
      gtk_widget_set_margin_bottom (box, 8);
      gtk_box_append (GTK_BOX (box), name);
      gtk_box_append (GTK_BOX (box), where);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      g_object_set_data_full (G_OBJECT (row), "uri", g_strdup (gtk_recent_info_get_uri (info)), g_free);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_recent_info_get_display_name (info),
                                      -1);
      gtk_list_box_append (self->recent_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->recent_list), offload_items->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_recent_label), offload_items->len == 0);
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static void
progress_dialog_on_file_chosen (GFile    *file,
                                gpointer  user_data)
{
  if (file != NULL)
    offload_progress_dialog_compare_with (user_data, file, NULL);
}

static void
action_choose_file (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Offload assessments"));
  gtk_file_filter_add_mime_type (filter, "application/x-offload-assessment");
  gtk_file_filter_add_suffix (filter, "offload");
  g_list_store_append (filters, filter);
  offload_gtk_compat_choose_file (GTK_WINDOW (widget), OFFLOAD_CHOOSE_OPEN, _("Choose an Earlier Assessment"),
                                  _("_Compare"), G_LIST_MODEL (filters), NULL,
                                  progress_dialog_on_file_chosen, g_object_ref (widget), g_object_unref);
}

static void
action_pick_another (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OffloadProgressDialog *self = OFFLOAD_PROGRESS_DIALOG (widget);

  gtk_stack_set_visible_child_name (self->stack, "pick");
}

/* ---- object ------------------------------------------------------------- */

OffloadProgressDialog *
offload_progress_dialog_new (GtkWindow       *parent,
                             OffloadDocument *current)
{
  OffloadProgressDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OFFLOAD_IS_DOCUMENT (current), NULL);

  self = g_object_new (OFFLOAD_TYPE_PROGRESS_DIALOG, "transient-for", parent, NULL);
  self->current = g_object_ref (current);
  fill_recent_list (self);
  return self;
}

static void
offload_progress_dialog_dispose (GObject *object)
{
  OffloadProgressDialog *self = OFFLOAD_PROGRESS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OFFLOAD_TYPE_PROGRESS_DIALOG);
  g_clear_object (&self->progress);
  g_clear_object (&self->current);

  G_OBJECT_CLASS (offload_progress_dialog_parent_class)->dispose (object);
}

static void
offload_progress_dialog_class_init (OffloadProgressDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = offload_progress_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/offload/Offload/ui/offload-progress-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OffloadProgressDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, OffloadProgressDialog, recent_list);
  gtk_widget_class_bind_template_child (widget_class, OffloadProgressDialog, no_recent_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadProgressDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadProgressDialog, result_title);
  gtk_widget_class_bind_template_child (widget_class, OffloadProgressDialog, result_subtitle);
  gtk_widget_class_bind_template_child (widget_class, OffloadProgressDialog, figures_grid);
  gtk_widget_class_bind_template_child (widget_class, OffloadProgressDialog, currency_note);
  gtk_widget_class_bind_template_child (widget_class, OffloadProgressDialog, cleared_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadProgressDialog, new_label);
  gtk_widget_class_bind_template_callback (widget_class, on_recent_activated);

  gtk_widget_class_install_action (widget_class, "progress.choose-file", NULL, action_choose_file);
  gtk_widget_class_install_action (widget_class, "progress.pick-another", NULL, action_pick_another);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
offload_progress_dialog_init (OffloadProgressDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
