/* window-testing.c: what the tests of the window share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "offload-answer-bar.h"
#include "offload-application.h"
#include "offload-figures-panel.h"
#include "offload-results-panel.h"
#include "window-testing.h"

void
testing_spin_main_loop (void)
{
  for (int i = 0; i < 50 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

gpointer
testing_template_child (gpointer    widget,
                        GType       type,
                        const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return object;
}

void
testing_show_section (OffloadWindow *window,
                      const char    *name)
{
  GtkStack *stack = testing_template_child (window, OFFLOAD_TYPE_WINDOW, "stack");
  GtkWidget *page = gtk_stack_get_child_by_name (stack, name);
  gint64 end = g_get_monotonic_time () + TESTING_PATIENCE_USEC;

  if (gtk_stack_get_visible_child (stack) == page)
    return;

  gtk_stack_set_visible_child (stack, page);
  offload_window_get_section (window, name);
  while (gtk_widget_get_mapped (GTK_WIDGET (window)) && !gtk_widget_get_child_visible (page) &&
         g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  while (gtk_widget_get_mapped (GTK_WIDGET (window)) && g_get_monotonic_time () < end &&
         (gtk_widget_get_width (page) == 0 || gtk_widget_get_width (gtk_widget_get_first_child (page)) == 0))
    g_main_context_iteration (NULL, TRUE);
  testing_spin_main_loop ();
}

gpointer
testing_window_child (OffloadWindow *window,
                      const char    *name)
{
  GtkWidget *figures = offload_window_get_section (window, "figures");
  struct { gpointer widget; GType type; } places[] = {
    { window, OFFLOAD_TYPE_WINDOW },
    { testing_template_child (window, OFFLOAD_TYPE_WINDOW, "answer_bar"), OFFLOAD_TYPE_ANSWER_BAR },
    { figures, OFFLOAD_TYPE_FIGURES_PANEL },
    { testing_template_child (figures, OFFLOAD_TYPE_FIGURES_PANEL, "results_panel"), OFFLOAD_TYPE_RESULTS_PANEL },
  };

  /* The sections' panels, built and shown as a visit would (but without
   * moving the focus, which the keyboard tests follow). */
  if (g_str_equal (name, "comparison_panel"))
    {
      testing_show_section (window, "options");
      return offload_window_get_section (window, "options");
    }
  if (g_str_equal (name, "plan_panel"))
    {
      testing_show_section (window, "plan");
      return offload_window_get_section (window, "plan");
    }

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      GObject *object = gtk_widget_get_template_child (GTK_WIDGET (places[i].widget), places[i].type, name);

      if (object != NULL)
        {
          if (places[i].type == OFFLOAD_TYPE_FIGURES_PANEL || places[i].type == OFFLOAD_TYPE_RESULTS_PANEL)
            testing_show_section (window, "figures");
          return object;
        }
    }
  g_error ("the window has no widget named %s", name);
  return NULL;
}

void
testing_wait_until_mapped (gpointer widget)
{
  gint64 end = g_get_monotonic_time () + TESTING_PATIENCE_USEC;

  while (!gtk_widget_get_mapped (widget) && g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_true (gtk_widget_get_mapped (widget));
  testing_spin_main_loop ();
}

void
testing_collect_sign_rows (GtkWidget *widget,
                           GPtrArray *rows)
{
  if (OFFLOAD_IS_SIGN_ROW (widget))
    {
      g_ptr_array_add (rows, widget);
      return;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    testing_collect_sign_rows (c, rows);
}

void
testing_forget_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.offload.Offload");
  const char * const keys[] = { "hourly-value", "days-per-week", "weeks-per-month", "working-hours-per-day" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (settings, keys[i]);
}

OffloadSignRow *
testing_find_sign_row (GtkWidget  *widget,
                       const char *id)
{
  if (OFFLOAD_IS_SIGN_ROW (widget))
    {
      OffloadSign *sign = offload_answer_get_sign (offload_sign_row_get_answer (OFFLOAD_SIGN_ROW (widget)));

      return g_str_equal (offload_sign_get_id (sign), id) ? OFFLOAD_SIGN_ROW (widget) : NULL;
    }

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      OffloadSignRow *row = testing_find_sign_row (c, id);

      if (row != NULL)
        return row;
    }
  return NULL;
}

GtkWindow *
testing_find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* owned by GTK */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

char *
testing_dialog_text (GtkWindow *dialog)
{
  g_autofree char *primary = NULL;
  g_autofree char *secondary = NULL;

  g_object_get (dialog, "text", &primary, "secondary-text", &secondary, NULL);
  return g_strdup_printf ("%s\n%s", primary, secondary ? secondary : "");
}

GtkApplication *
testing_register_application (void)
{
  GtkApplication *app = GTK_APPLICATION (offload_application_new ());
  g_autoptr(GError) error = NULL;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return app;
}

GtkWidget *
testing_find_action_button (GtkWidget  *widget,
                            const char *action)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = testing_find_action_button (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}
