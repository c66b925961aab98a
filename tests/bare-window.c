/* bare-window.c: the reference for bench-first-frame.sh
 *
 * The bare GTK 4 window of GNOME's application template: a header bar with a
 * title and a menu button, and one label, at Offload's default size, built by
 * the same build with the same GTK. It is what any GTK 4 application pays to
 * show a window with client-side decorations and text (so font loading and
 * shaping are in both measures). It ends on its first painted frame, with
 * no teardown, as Offload does when OFFLOAD_BENCHMARK_FIRST_FRAME is set.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>
#include <stdlib.h>

static void
on_first_frame (GdkFrameClock *clock,
                GApplication  *app)
{
  g_signal_handlers_disconnect_by_data (clock, app);
  exit (EXIT_SUCCESS);
}

static void
on_map (GtkWidget    *window,
        GApplication *app)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_first_frame), app);
}

static void
on_activate (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *menu = gtk_menu_button_new ();
  GtkWidget *label = gtk_label_new ("Hello, World!");

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "open-menu-symbolic");
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), menu);
  gtk_window_set_titlebar (GTK_WINDOW (window), header);
  gtk_window_set_child (GTK_WINDOW (window), label);
  gtk_window_set_default_size (GTK_WINDOW (window), 1040, 780);
  gtk_window_set_title (GTK_WINDOW (window), "Bare window");
  g_signal_connect (window, "map", G_CALLBACK (on_map), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = gtk_application_new ("io.github.offload.Offload.BareWindow",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
