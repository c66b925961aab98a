/* offload-save-changes-dialog.c
 *
 * The close guard: a window whose document has unsaved changes asks before
 * it closes. Save is the default, so Enter never throws work away.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "offload-save-changes-dialog.h"

enum {
  RESPONSE_DISCARD = 1,
  RESPONSE_SAVE = 2,
};

typedef struct {
  OffloadSaveChangesFunc callback;
  gpointer               user_data;
} SaveChangesRequest;

static void
save_changes_on_response (GtkDialog          *dialog,
                          int                 response,
                          SaveChangesRequest *request)
{
  OffloadSaveChangesResponse answer = OFFLOAD_SAVE_CHANGES_CANCEL;

  if (response == RESPONSE_DISCARD)
    answer = OFFLOAD_SAVE_CHANGES_DISCARD;
  else if (response == RESPONSE_SAVE)
    answer = OFFLOAD_SAVE_CHANGES_SAVE;

  gtk_window_destroy (GTK_WINDOW (dialog));
  request->callback (answer, request->user_data);
  g_free (request);
}

GtkWindow *
offload_save_changes_dialog_present (GtkWindow              *parent,
                                     OffloadDocument        *document,
                                     OffloadSaveChangesFunc  callback,
                                     gpointer                user_data)
{
  SaveChangesRequest *request;
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OFFLOAD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (callback != NULL, NULL);

  name = offload_document_dup_display_name (document, 80);
  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   /* Translators: %s is the assessment's name */
                                   _("Save changes to “%s”?"), name);
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

  request = g_new0 (SaveChangesRequest, 1);
  request->callback = callback;
  request->user_data = user_data;
  g_signal_connect (dialog, "response", G_CALLBACK (save_changes_on_response), request);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}
