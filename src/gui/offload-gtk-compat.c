/* offload-gtk-compat.c
 *
 * GTK 4.8 (Debian 12) has no GtkFileDialog; the Flatpak's GTK deprecates
 * GtkFileChooserNative. Every file chooser of Offload (open, save, export,
 * compare with an earlier assessment) goes through one call here, and only
 * this file knows which of the two it is. Plain GTK also does not follow
 * the desktop's dark preference by itself: the settings portal says it.
 * GTK 4.10 opens files through GtkFileLauncher and deprecates gtk_show_uri().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "offload-gtk-compat.h"

typedef struct {
  OffloadFileChosenFunc callback;
  gpointer              user_data;
  GDestroyNotify        destroy;
} CompatChoice;

static void
compat_choice_finish (CompatChoice *choice,
                      GFile        *file)
{
  choice->callback (file, choice->user_data);
  if (choice->destroy != NULL)
    choice->destroy (choice->user_data);
  g_free (choice);
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
compat_on_dialog_done (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  GtkFileDialog *dialog = GTK_FILE_DIALOG (source);
  CompatChoice *choice = user_data;
  g_autoptr(GFile) file = NULL;

  if (g_object_get_data (source, "offload-save") != NULL)
    file = gtk_file_dialog_save_finish (dialog, result, NULL);
  else
    file = gtk_file_dialog_open_finish (dialog, result, NULL);
  compat_choice_finish (choice, file);
}

static void
compat_choose (GtkWindow         *parent,
               OffloadChooseMode  mode,
               const char        *title,
               const char        *accept_label,
               GListModel        *filters,
               const char        *initial_name,
               CompatChoice      *choice)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_accept_label (dialog, accept_label);
  if (filters != NULL && g_list_model_get_n_items (filters) > 0)
    {
      g_autoptr(GtkFileFilter) first = g_list_model_get_item (filters, 0);

      gtk_file_dialog_set_filters (dialog, filters);
      gtk_file_dialog_set_default_filter (dialog, first);
    }
  if (mode == OFFLOAD_CHOOSE_SAVE)
    {
      g_object_set_data (G_OBJECT (dialog), "offload-save", GINT_TO_POINTER (TRUE));
      if (initial_name != NULL)
        gtk_file_dialog_set_initial_name (dialog, initial_name);
      gtk_file_dialog_save (dialog, parent, NULL, compat_on_dialog_done, choice);
    }
  else
    gtk_file_dialog_open (dialog, parent, NULL, compat_on_dialog_done, choice);
}
#else
static void
compat_on_native_response (GtkNativeDialog *native,
                           int              response,
                           CompatChoice    *choice)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  gtk_native_dialog_destroy (native);
  compat_choice_finish (choice, file);
  g_object_unref (native);
}

static void
compat_choose (GtkWindow         *parent,
               OffloadChooseMode  mode,
               const char        *title,
               const char        *accept_label,
               GListModel        *filters,
               const char        *initial_name,
               CompatChoice      *choice)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (title, parent,
                                        mode == OFFLOAD_CHOOSE_SAVE ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                                    : GTK_FILE_CHOOSER_ACTION_OPEN,
                                        accept_label, _("_Cancel"));
  for (guint i = 0; filters != NULL && i < g_list_model_get_n_items (filters); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);

      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
    }
  if (mode == OFFLOAD_CHOOSE_SAVE && initial_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), initial_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (compat_on_native_response), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
#endif

void
offload_gtk_compat_choose_file (GtkWindow             *parent,
                                OffloadChooseMode      mode,
                                const char            *title,
                                const char            *accept_label,
                                GListModel            *filters,
                                const char            *initial_name,
                                OffloadFileChosenFunc  callback,
                                gpointer               user_data,
                                GDestroyNotify         destroy)
{
  CompatChoice *choice;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (callback != NULL);

  choice = g_new0 (CompatChoice, 1);
  choice->callback = callback;
  choice->user_data = user_data;
  choice->destroy = destroy;
  compat_choose (parent, mode, title, accept_label, filters, initial_name, choice);
}

/* ---- the sidebar's rows ---------------------------------------------------- */

static GtkWidget *
compat_find_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *label = compat_find_label (child);

      if (label != NULL)
        return label;
    }
  return NULL;
}

static void
compat_name_rows (GtkWidget *widget)
{
  if (GTK_IS_LIST_BOX_ROW (widget))
    {
      GtkWidget *label = compat_find_label (widget);

      if (label != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_label (GTK_LABEL (label)),
                                        -1);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    compat_name_rows (child);
}

void
offload_gtk_compat_name_sidebar_rows (GtkStackSidebar *sidebar)
{
  g_return_if_fail (GTK_IS_STACK_SIDEBAR (sidebar));

  compat_name_rows (GTK_WIDGET (sidebar));
}

/* ---- dark style ---------------------------------------------------------
 *
 * org.freedesktop.appearance color-scheme: 1 = prefer dark. */

static void
compat_apply_color_scheme (GVariant *value)
{
  g_autoptr(GVariant) inner = g_variant_ref (value);

  /* Read() wraps the value in one or two variants depending on the portal version. */
  while (g_variant_is_of_type (inner, G_VARIANT_TYPE_VARIANT))
    {
      GVariant *next = g_variant_get_variant (inner);

      g_variant_unref (inner);
      inner = next;
    }

  if (g_variant_is_of_type (inner, G_VARIANT_TYPE_UINT32))
    g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme",
                  g_variant_get_uint32 (inner) == 1, NULL);
}

static void
compat_on_portal_signal (GDBusProxy *proxy,
                         const char *sender,
                         const char *signal,
                         GVariant   *parameters)
{
  const char *namespace, *key;
  g_autoptr(GVariant) value = NULL;

  if (g_strcmp0 (signal, "SettingChanged") != 0 ||
      !g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(ssv)")))
    return;

  g_variant_get (parameters, "(&s&sv)", &namespace, &key, &value);
  if (g_str_equal (namespace, "org.freedesktop.appearance") && g_str_equal (key, "color-scheme"))
    compat_apply_color_scheme (value);
}

static void
compat_on_color_scheme_read (GObject      *source,
                             GAsyncResult *result,
                             gpointer      user_data)
{
  g_autoptr(GVariant) reply = g_dbus_proxy_call_finish (G_DBUS_PROXY (source), result, NULL);
  g_autoptr(GVariant) value = NULL;

  /* No portal (a bare X session, the tests): keep the theme's default. */
  if (reply == NULL || !g_variant_is_of_type (reply, G_VARIANT_TYPE ("(v)")))
    return;

  g_variant_get (reply, "(v)", &value);
  compat_apply_color_scheme (value);
}

static void
compat_on_portal_proxy (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GObject) owner = user_data;
  GDBusProxy *proxy = g_dbus_proxy_new_for_bus_finish (result, NULL);

  if (proxy == NULL)
    return;

  /* The owner keeps the proxy, and with it the signal, alive. */
  g_object_set_data_full (owner, "offload-portal-settings", proxy, g_object_unref);
  g_signal_connect (proxy, "g-signal", G_CALLBACK (compat_on_portal_signal), NULL);
  g_dbus_proxy_call (proxy, "Read",
                     g_variant_new ("(ss)", "org.freedesktop.appearance", "color-scheme"),
                     G_DBUS_CALL_FLAGS_NONE, 2000, NULL, compat_on_color_scheme_read, NULL);
}

void
offload_gtk_compat_follow_color_scheme (GObject *owner)
{
  g_return_if_fail (G_IS_OBJECT (owner));

  g_dbus_proxy_new_for_bus (G_BUS_TYPE_SESSION,
                            G_DBUS_PROXY_FLAGS_DO_NOT_LOAD_PROPERTIES | G_DBUS_PROXY_FLAGS_DO_NOT_AUTO_START_AT_CONSTRUCTION,
                            NULL,
                            "org.freedesktop.portal.Desktop",
                            "/org/freedesktop/portal/desktop",
                            "org.freedesktop.portal.Settings",
                            NULL, compat_on_portal_proxy, g_object_ref (owner));
}

/* ---- opening a file with the desktop's application ---------------------- */

#if GTK_CHECK_VERSION (4, 10, 0)
static void
compat_on_launched (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  /* A desktop with no application for the file says so itself. */
  gtk_file_launcher_launch_finish (GTK_FILE_LAUNCHER (source), result, NULL);
}
#endif

void
offload_gtk_compat_open_file (GtkWindow *parent,
                              GFile     *file)
{
  g_return_if_fail (G_IS_FILE (file));

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (file);

    gtk_file_launcher_launch (launcher, parent, NULL, compat_on_launched, NULL);
  }
#else
  {
    g_autofree char *uri = g_file_get_uri (file);

    gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
  }
#endif
}
