/* offload-application.c
 *
 * Application-wide actions and their accelerators, one window per document,
 * and the files handed over by the command line or the file manager.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <stdlib.h>

#include "offload-application.h"
#include "offload-gtk-compat.h"
#include "offload-window.h"

struct _OffloadApplication
{
  GtkApplication  parent_instance;

  OffloadDraftStore *drafts;
  gboolean           recovery_offered;
};

G_DEFINE_FINAL_TYPE (OffloadApplication, offload_application, GTK_TYPE_APPLICATION)

static OffloadWindow *
find_pristine_window (OffloadApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (OFFLOAD_IS_WINDOW (l->data) && offload_window_is_pristine (l->data))
      return l->data;
  return NULL;
}

/* For tests/bench-first-frame.sh: with OFFLOAD_BENCHMARK_FIRST_FRAME set,
 * the process ends as soon as its first window has painted a frame, so the
 * benchmark times a whole start-up to the first frame, exactly as
 * bare-window.c does; tearing the window down is no part of it. */
static void
on_first_frame (GdkFrameClock *clock,
                GApplication  *app)
{
  g_signal_handlers_disconnect_by_data (clock, app);
  exit (EXIT_SUCCESS);
}

static void
on_window_mapped (GtkWidget    *window,
                  GApplication *app)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_first_frame), app);
}

static void
watch_first_frame (GApplication *app,
                   GtkWindow    *window)
{
  if (g_getenv ("OFFLOAD_BENCHMARK_FIRST_FRAME") == NULL)
    return;

  /* A window presented already is mapped; its first frame is still to come. */
  if (gtk_widget_get_mapped (GTK_WIDGET (window)))
    on_window_mapped (GTK_WIDGET (window), app);
  else
    g_signal_connect (window, "map", G_CALLBACK (on_window_mapped), app);
}

/* ---- recovery of unsaved work ----------------------------------------- */

enum {
  RESPONSE_DISCARD = 1,
  RESPONSE_RECOVER = 2,
};

static void
on_recovery_response (GtkDialog          *dialog,
                      int                 response,
                      OffloadApplication *self)
{
  g_auto(GStrv) ids = g_object_steal_data (G_OBJECT (dialog), "draft-ids");
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  gboolean recovered = FALSE;

  /* The parent may go below, while GTK still holds the dialog: untie them. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      OffloadWindow *window = NULL;

      if (response == RESPONSE_RECOVER)
        window = offload_window_new_for_draft (GTK_APPLICATION (self), ids[i], &error);
      if (window != NULL)
        {
          gtk_window_present (GTK_WINDOW (window));
          recovered = TRUE;
          continue;
        }
      if (error != NULL)
        g_warning ("Could not recover draft %s: %s", ids[i], error->message);
      offload_draft_store_discard (self->drafts, ids[i]);
    }

  /* The empty window the application opened with is not needed any more. */
  if (recovered && OFFLOAD_IS_WINDOW (parent) && offload_window_is_pristine (OFFLOAD_WINDOW (parent)))
    gtk_window_destroy (parent);
}

/* The names of the drafts' assessments, as their windows will show them;
 * a draft that does not load has none. */
static GStrv
recovery_names (OffloadApplication *self,
                GStrv               ids)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(OffloadDocument) document = offload_draft_store_load (self->drafts, ids[i], NULL);

      if (document != NULL)
        {
          g_autofree char *name = offload_document_dup_display_name (document, 60);

          g_strv_builder_add (names, name);
        }
    }
  return g_strv_builder_end (names);
}

/* Drafts left on disk at start-up are what a crash kept of unsaved work. */
static void
offer_recovery (OffloadApplication *self,
                GtkWindow          *parent)
{
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) names = NULL;
  GtkWidget *dialog;
  guint n;

  if (self->recovery_offered)
    return;
  self->recovery_offered = TRUE;

  offload_draft_store_clean (self->drafts);
  ids = offload_draft_store_list (self->drafts);
  n = g_strv_length (ids);
  if (n == 0)
    return;

  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   "%s", _("Recover unsaved work?"));
  names = recovery_names (self, ids);
  if (n == 1 && names[0] != NULL)
    /* Translators: %s names the assessment whose unsaved changes a crash kept */
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                              _("Offload closed before “%s” was saved. Its latest changes can be brought back."),
                                              names[0]);
  else if (names[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (_("”, “"), names);

      /* Translators: %u is how many assessments, %s their names, between quotes */
      gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                                ngettext ("Offload closed before %u assessment was saved: “%s”. Its latest changes can be brought back.",
                                                          "Offload closed before %u assessments were saved: “%s”. Their latest changes can be brought back.",
                                                          n), n, list);
    }
  else
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                              ngettext ("Offload closed before an assessment was saved. Its latest changes can be brought back.",
                                                        "Offload closed before %u assessments were saved. Their latest changes can be brought back.",
                                                        n), n);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          /* Translators: throw away the unsaved work found after a crash */
                          C_("recovery", "_Discard"), RESPONSE_DISCARD,
                          _("_Recover"), RESPONSE_RECOVER,
                          NULL);
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), RESPONSE_DISCARD),
                            "destructive-action");
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), RESPONSE_RECOVER),
                            "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), RESPONSE_RECOVER);
  g_object_set_data_full (G_OBJECT (dialog), "draft-ids", g_steal_pointer (&ids), (GDestroyNotify) g_strfreev);
  g_signal_connect (dialog, "response", G_CALLBACK (on_recovery_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
  /* Enter recovers: a slip of the key never throws work away. */
  gtk_widget_grab_focus (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), RESPONSE_RECOVER));
}

static void
offload_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (offload_window_new (GTK_APPLICATION (app), NULL));
  watch_first_frame (app, window);
  gtk_window_present (window);
  offer_recovery (OFFLOAD_APPLICATION (app), window);
}

static OffloadWindow *
application_find_window_for_file (OffloadApplication *self,
                                  GFile              *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      GFile *shown;

      if (!OFFLOAD_IS_WINDOW (l->data))
        continue;
      shown = offload_document_get_file (offload_window_get_document (l->data));
      if (shown != NULL && g_file_equal (shown, file))
        return l->data;
    }
  return NULL;
}

OffloadWindow *
offload_application_open_file (OffloadApplication *self,
                               OffloadWindow      *from,
                               GFile              *file)
{
  g_autoptr(GError) error = NULL;
  OffloadWindow *target;

  g_return_val_if_fail (OFFLOAD_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (from == NULL || OFFLOAD_IS_WINDOW (from), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* One window per document: the one showing it already comes forward. */
  target = application_find_window_for_file (self, file);
  if (target == NULL)
    {
      target = from != NULL && offload_window_is_pristine (from) ? from : find_pristine_window (self);
      if (target != NULL && !offload_window_load (target, file, &error))
        target = NULL;
      else if (target == NULL)
        target = offload_window_new_for_file (GTK_APPLICATION (self), file, &error);
    }

  if (target == NULL)
    {
      /* A file that fails to open from the file manager still gets a
       * window, with the error on it. */
      OffloadWindow *shown = from != NULL ? from : find_pristine_window (self);

      if (shown == NULL)
        shown = offload_window_new (GTK_APPLICATION (self), NULL);

      gtk_window_present (GTK_WINDOW (shown));
      offload_window_show_open_error (shown, file, error);
      return NULL;
    }

  gtk_window_present (GTK_WINDOW (target));
  return target;
}

static void
offload_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  OffloadApplication *self = OFFLOAD_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      OffloadWindow *window = offload_application_open_file (self, NULL, files[i]);

      if (window == NULL)
        window = OFFLOAD_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
      if (i == 0 && window != NULL)
        watch_first_frame (app, GTK_WINDOW (window));
      if (window != NULL)
        offer_recovery (self, GTK_WINDOW (window));
    }
}

static void
action_new (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (offload_window_new (GTK_APPLICATION (user_data), NULL)));
}

/* Closing each window runs its unsaved-changes guard; the application ends
 * when the last one is gone. */
static void
action_quit (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
}

static void
action_about (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  const char *developers[] = { _("The Offload developers"), NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (parent ? gtk_widget_get_display (GTK_WIDGET (parent))
                                                               : gdk_display_get_default ());

  /* The installed icon, or the build tree's copy in the resources. */
  if (!gtk_icon_theme_has_icon (theme, OFFLOAD_APP_ID))
    gtk_icon_theme_add_resource_path (theme, "/io/github/offload/Offload/about-icons");

  gtk_show_about_dialog (parent,
                         "program-name", "Offload",
                         "logo-icon-name", OFFLOAD_APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Is it time to outsource your back-office? An offline self-assessment for business owners."),
                         "website", "https://github.com/offload/offload",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", developers,
                         /* Translators: put your names here, one per line */
                         "translator-credits", _("translator-credits"),
                         /* After the program name, which sets GTK's own "About %s":
                          * French needs the elision GTK's catalog cannot make. */
                         "title", _("About Offload"),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { .name = "new", .activate = action_new },
  { .name = "quit", .activate = action_quit },
  { .name = "about", .activate = action_about },
};

static void
offload_application_startup (GApplication *app)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.new", { "<Control>n", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.print", { "<Control>p", NULL } },

    { "window.close", { "<Control>w", NULL } },
    { "win.show-help-overlay", { "<Control>question", "<Control>slash", NULL } },
  };

  G_APPLICATION_CLASS (offload_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);

  gtk_window_set_default_icon_name (OFFLOAD_APP_ID);
  /* Plain GTK 4.8 does not follow the desktop's dark preference by itself. */
  offload_gtk_compat_follow_color_scheme (G_OBJECT (app));

  /* Sizes and weights for headings and figures; colours stay the theme's. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/offload/Offload/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
}

static void
offload_application_dispose (GObject *object)
{
  OffloadApplication *self = OFFLOAD_APPLICATION (object);

  g_clear_object (&self->drafts);

  G_OBJECT_CLASS (offload_application_parent_class)->dispose (object);
}

static void
offload_application_class_init (OffloadApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = offload_application_dispose;

  app_class->activate = offload_application_activate;
  app_class->open = offload_application_open;
  app_class->startup = offload_application_startup;
}

static void
offload_application_init (OffloadApplication *self)
{
  self->drafts = offload_draft_store_new (NULL);
}

OffloadDraftStore *
offload_application_get_draft_store (OffloadApplication *self)
{
  g_return_val_if_fail (OFFLOAD_IS_APPLICATION (self), NULL);
  return self->drafts;
}

OffloadApplication *
offload_application_new (void)
{
  return g_object_new (OFFLOAD_TYPE_APPLICATION,
                       "application-id", OFFLOAD_APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}
