/* offload-sheet-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "offload-sheet-dialog.h"

struct _OffloadSheetDialog
{
  GtkWindow         parent_instance;

  OffloadOwnerTask *task;

  GtkTextView      *involves_view;
  GtkEntry         *frequency_entry;
  GtkEntry         *approver_entry;
  GtkEntry         *tools_entry;
  GtkTextView      *steps_view;
  GtkTextView      *notes_view;
};

G_DEFINE_FINAL_TYPE (OffloadSheetDialog, offload_sheet_dialog, GTK_TYPE_WINDOW)

static void
offload_sheet_dialog_dispose (GObject *object)
{
  OffloadSheetDialog *self = OFFLOAD_SHEET_DIALOG (object);

  g_clear_object (&self->task);
  gtk_widget_dispose_template (GTK_WIDGET (self), OFFLOAD_TYPE_SHEET_DIALOG);

  G_OBJECT_CLASS (offload_sheet_dialog_parent_class)->dispose (object);
}

static void
offload_sheet_dialog_class_init (OffloadSheetDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = offload_sheet_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/offload/Offload/ui/offload-sheet-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OffloadSheetDialog, involves_view);
  gtk_widget_class_bind_template_child (widget_class, OffloadSheetDialog, frequency_entry);
  gtk_widget_class_bind_template_child (widget_class, OffloadSheetDialog, approver_entry);
  gtk_widget_class_bind_template_child (widget_class, OffloadSheetDialog, tools_entry);
  gtk_widget_class_bind_template_child (widget_class, OffloadSheetDialog, steps_view);
  gtk_widget_class_bind_template_child (widget_class, OffloadSheetDialog, notes_view);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
offload_sheet_dialog_init (OffloadSheetDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
offload_sheet_dialog_new (GtkWindow        *parent,
                          OffloadOwnerTask *task)
{
  OffloadSheetDialog *self;
  g_autofree char *title = NULL;
  GObject *targets[OFFLOAD_N_SHEET_FIELDS];

  g_return_val_if_fail (OFFLOAD_IS_OWNER_TASK (task), NULL);

  self = g_object_new (OFFLOAD_TYPE_SHEET_DIALOG, "transient-for", parent, NULL);
  self->task = g_object_ref (task);
  /* Translators: the hand-over sheet's window; %s is the task */
  title = g_strdup_printf (_("Hand-over Sheet — %s"), offload_owner_task_get_title (task));
  gtk_window_set_title (GTK_WINDOW (self), title);

  /* The text views' buffers and the entries both have a "text" property:
   * the task holds the text, nothing is copied on closing. */
  targets[OFFLOAD_SHEET_INVOLVES] = G_OBJECT (gtk_text_view_get_buffer (self->involves_view));
  targets[OFFLOAD_SHEET_FREQUENCY] = G_OBJECT (self->frequency_entry);
  targets[OFFLOAD_SHEET_APPROVER] = G_OBJECT (self->approver_entry);
  targets[OFFLOAD_SHEET_TOOLS] = G_OBJECT (self->tools_entry);
  targets[OFFLOAD_SHEET_STEPS] = G_OBJECT (gtk_text_view_get_buffer (self->steps_view));
  targets[OFFLOAD_SHEET_NOTES] = G_OBJECT (gtk_text_view_get_buffer (self->notes_view));
  for (guint i = 0; i < OFFLOAD_N_SHEET_FIELDS; i++)
    g_object_bind_property (task, offload_sheet_field_to_id (i), targets[i], "text",
                            G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  return GTK_WIDGET (self);
}


OffloadOwnerTask *
offload_sheet_dialog_get_task (OffloadSheetDialog *self)
{
  g_return_val_if_fail (OFFLOAD_IS_SHEET_DIALOG (self), NULL);
  return self->task;
}
