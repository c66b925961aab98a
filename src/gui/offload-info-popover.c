/* offload-info-popover.c
 *
 * The value rows and Compare options explain their figures the same way:
 * one label in a popover, built on demand, behind the standard information
 * icon. The label is not selectable: a selectable label takes the focus
 * when the popover opens, and GTK then selects all of its text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "offload-info-popover.h"

static void
info_popover_create (GtkMenuButton *button,
                     gpointer       user_data)
{
  const char *text = g_object_get_data (G_OBJECT (button), "offload-info-text");
  GtkWidget *label, *popover;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;

  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);

  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), label);
  gtk_menu_button_set_popover (button, popover);
}

void
offload_info_popover_attach (GtkMenuButton *button,
                             const char    *text)
{
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (text != NULL);

  g_object_set_data_full (G_OBJECT (button), "offload-info-text", g_strdup (text), g_free);
  gtk_menu_button_set_create_popup_func (button, info_popover_create, NULL, NULL);
}
