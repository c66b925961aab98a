/* offload-scroll-passthrough.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "offload-scroll-passthrough.h"

static gboolean
scroll_passthrough_on_scroll (GtkEventControllerScroll *controller,
                              double                    dx,
                              double                    dy,
                              gpointer                  user_data)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  double page;

  /* Outside a scrolled window there is nothing to scroll, and nothing to change. */
  if (scroller == NULL)
    return TRUE;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  page = gtk_adjustment_get_page_size (adjustment);
  /* The step GtkScrolledWindow takes for one notch of the wheel. */
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + dy * pow (page, 2.0 / 3.0));
  return TRUE;
}

void
offload_scroll_passthrough_attach (GtkWidget *widget)
{
  GtkEventController *controller;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  /* Before the widget's own handler, which would change the value. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_passthrough_on_scroll), NULL);
  gtk_widget_add_controller (widget, controller);
}
