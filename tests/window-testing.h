/* window-testing.h: what the tests of the window share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "offload-sign-row.h"
#include "offload-window.h"

/* How long a test waits for something the main loop brings (a frame, a
 * section built when idle, a mapped window). Every wait ends as soon as it
 * happens; the bound is for valgrind on a busy 2-core machine, where GTK runs
 * some fifty times slower than natively. */
#define TESTING_PATIENCE_USEC (60 * G_USEC_PER_SEC)

/* Lets bindings, dialogs and the frame clock settle. */
void            testing_spin_main_loop  (void);
/* The template child @name of @widget, an instance of @type; asserts it exists. */
gpointer        testing_template_child  (gpointer    widget,
                                         GType       type,
                                         const char *name);
/* The widget @name of the window, wherever it lives: the window's own
 * template, the answer bar, or a section's panel (built if need be);
 * "comparison_panel" and "plan_panel" are those sections' panels. */
gpointer        testing_window_child    (OffloadWindow *window,
                                         const char    *name);
/* Shows section @name ("signs", "figures", "options", "plan") and waits
 * until it is laid out, as after a click; the focus stays where it was. */
void            testing_show_section    (OffloadWindow *window,
                                         const char    *name);
/* Waits until @widget is mapped (a round trip to the X server: more than a
 * few iterations under valgrind); asserts it is. */
void            testing_wait_until_mapped (gpointer widget);
/* Appends every sign row below @widget to @rows, in the tree's order. */
void            testing_collect_sign_rows (GtkWidget *widget,
                                           GPtrArray *rows);
/* Each test starts as on a fresh install: the owner's last figures, which a
 * new assessment starts from, are forgotten. */
void            testing_forget_settings (void);
/* The row of sign @id below @widget, or NULL. */
OffloadSignRow *testing_find_sign_row   (GtkWidget  *widget,
                                         const char *id);
/* The first button below @widget that activates @action, or NULL. */
GtkWidget      *testing_find_action_button (GtkWidget  *widget,
                                            const char *action);
/* The first visible message dialog, or NULL. */
GtkWindow      *testing_find_dialog     (void);
/* A message dialog's primary and secondary text, one line apart. */
char           *testing_dialog_text     (GtkWindow  *dialog);
/* Offload's application, registered as the tests use it: more than one
 * instance at a time, each opening files itself. */
GtkApplication *testing_register_application (void);
