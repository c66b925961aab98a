/* offload-toast.c
 *
 * GTK 4.8 has no toast (libadwaita has, and Offload does without it): this
 * is GNOME's older in-app notification, the theme's "app-notification"
 * box under the header bar, with the one action that makes sense right
 * after the message (Open an export, Undo a deletion) and a close button.
 * It leaves after OFFLOAD_TOAST_SECONDS; screen readers hear it as a status.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "offload-height-for-width-layout.h"
#include "offload-toast.h"

struct _OffloadToast
{
  GtkWidget  parent_instance;

  GtkLabel  *message_label;
  GtkButton *action_button;
  guint      timeout_id;
};

G_DEFINE_FINAL_TYPE (OffloadToast, offload_toast, GTK_TYPE_WIDGET)

static gboolean
toast_on_timeout (gpointer user_data)
{
  OffloadToast *self = user_data;

  self->timeout_id = 0;
  offload_toast_dismiss (self);
  return G_SOURCE_REMOVE;
}

static void
toast_on_action_clicked (OffloadToast *self)
{
  /* The action runs from the button's own handler; the message goes. */
  offload_toast_dismiss (self);
}

void
offload_toast_show (OffloadToast *self,
                    const char   *message,
                    const char   *button_label,
                    const char   *action_name,
                    GVariant     *action_target)
{
  g_return_if_fail (OFFLOAD_IS_TOAST (self));
  g_return_if_fail (message != NULL && button_label != NULL && action_name != NULL);

  gtk_label_set_label (self->message_label, message);
  gtk_button_set_label (self->action_button, button_label);
  /* No action while the target changes: a name with the other target is a mismatch. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->action_button), NULL);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->action_button), action_target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->action_button), action_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, message, -1);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add_seconds (OFFLOAD_TOAST_SECONDS, toast_on_timeout, self);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

void
offload_toast_dismiss (OffloadToast *self)
{
  g_return_if_fail (OFFLOAD_IS_TOAST (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  gtk_label_set_label (self->message_label, "");
}

const char *
offload_toast_get_message (OffloadToast *self)
{
  g_return_val_if_fail (OFFLOAD_IS_TOAST (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self)) ? gtk_label_get_label (self->message_label) : NULL;
}

GtkButton *
offload_toast_get_button (OffloadToast *self)
{
  g_return_val_if_fail (OFFLOAD_IS_TOAST (self), NULL);
  return self->action_button;
}

static void
offload_toast_dispose (GObject *object)
{
  OffloadToast *self = OFFLOAD_TOAST (object);
  GtkWidget *child;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), OFFLOAD_TYPE_TOAST);
  /* dispose_template() only unparents the children that have an id. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (offload_toast_parent_class)->dispose (object);
}

static void
offload_toast_class_init (OffloadToastClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = offload_toast_dispose;

  g_type_ensure (OFFLOAD_TYPE_HEIGHT_FOR_WIDTH_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/offload/Offload/ui/offload-toast.ui");
  gtk_widget_class_bind_template_child (widget_class, OffloadToast, message_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadToast, action_button);
  gtk_widget_class_bind_template_callback (widget_class, toast_on_action_clicked);
  gtk_widget_class_bind_template_callback (widget_class, offload_toast_dismiss);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_STATUS);
  gtk_widget_class_set_css_name (widget_class, "toast");
}

static void
offload_toast_init (OffloadToast *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
