/* offload-gtk-compat.h: every GTK-version workaround of the window, in one place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum {
  OFFLOAD_CHOOSE_OPEN,
  OFFLOAD_CHOOSE_SAVE,
} OffloadChooseMode;

/* Called once: with the chosen file, or NULL when the user cancelled. */
typedef void (*OffloadFileChosenFunc) (GFile    *file,
                                       gpointer  user_data);

/* Asks for a file to open or to save to, modal to @parent. @filters holds
 * GtkFileFilters (the first is the default); @initial_name is for saving.
 * @destroy frees @user_data after @callback has run. */
void offload_gtk_compat_choose_file (GtkWindow             *parent,
                                     OffloadChooseMode      mode,
                                     const char            *title,
                                     const char            *accept_label,
                                     GListModel            *filters,
                                     const char            *initial_name,
                                     OffloadFileChosenFunc  callback,
                                     gpointer               user_data,
                                     GDestroyNotify         destroy);

/* Gives each row of @sidebar its section's title as its accessible name,
 * which GTK 4.8 leaves out. */
void offload_gtk_compat_name_sidebar_rows (GtkStackSidebar *sidebar);

/* Opens @file with the desktop's default application for it (an exported
 * report in the PDF reader): GtkFileLauncher from GTK 4.10, gtk_show_uri()
 * before. */
void offload_gtk_compat_open_file (GtkWindow *parent,
                                   GFile     *file);

/* Follows the desktop's light or dark preference from the settings portal
 * for as long as @owner lives. */
void offload_gtk_compat_follow_color_scheme (GObject *owner);

G_END_DECLS
