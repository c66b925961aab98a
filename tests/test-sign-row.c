/* test-sign-row.c: the checklist from the keyboard — one Tab stop per
 * sign, the arrow keys from sign to sign, the explanation from a key — and
 * no Tab stop on what only shows
 *
 * Keys are pressed the way GTK dispatches them, without the event: the
 * shortcut controllers of the widgets from the window down to the focus in
 * the capture phase, then back up in the bubble phase, until a shortcut
 * whose trigger is the key handles it. That runs the row's key bindings
 * and the window's own (Tab, the arrows' move-focus), which the row's must
 * beat. Tab and the arrows move the real focus; the tests read it back.
 *
 * The signs are found by walking the window's widgets, whatever its layout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>

#include "offload-plan-panel.h"
#include "offload-sign-row.h"
#include "offload-window.h"
#include "window-testing.h"

static GtkApplication *app;

/* The window with its checklist shown: whichever stack page holds the
 * signs is made the visible one, whatever the layout around it. */
static OffloadWindow *
new_window (void)
{
  OffloadWindow *window = offload_window_new (app, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkWidget *row;

  gtk_window_present (GTK_WINDOW (window));
  testing_wait_until_mapped (window);
  testing_collect_sign_rows (GTK_WIDGET (window), rows);
  g_assert_cmpuint (rows->len, >, 0);
  row = rows->pdata[0];
  for (GtkWidget *w = row; gtk_widget_get_parent (w) != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_STACK (gtk_widget_get_parent (w)))
      gtk_stack_set_visible_child (GTK_STACK (gtk_widget_get_parent (w)), w);
  testing_wait_until_mapped (row);
  return window;
}

static void
destroy_window (gpointer window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  testing_spin_main_loop ();
}

/* Every sign row of the window, in the order the checklist shows them. */
static GPtrArray *
sign_rows (OffloadWindow *window)
{
  GPtrArray *rows = g_ptr_array_new ();

  testing_collect_sign_rows (GTK_WIDGET (window), rows);
  g_assert_cmpuint (rows->len, >=, 2);
  return rows;
}

static GtkWidget *
check_of (gpointer row)
{
  return GTK_WIDGET (offload_sign_row_get_check (row));
}

static GtkWidget *
focus_of (gpointer window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

/* ---- pressing a key ------------------------------------------------------ */

static gboolean
trigger_matches (GtkShortcutTrigger *trigger,
                 guint               keyval,
                 GdkModifierType     modifiers)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    return trigger_matches (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval, modifiers) ||
           trigger_matches (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval, modifiers);
  return GTK_IS_KEYVAL_TRIGGER (trigger) &&
         gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
         gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers;
}

/* Runs the first shortcut of @widget's controllers in @phase that handles
 * the key, as the controller would on a key press. */
static gboolean
run_shortcuts (GtkWidget           *widget,
               GtkPropagationPhase  phase,
               guint                keyval,
               GdkModifierType      modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)) != phase)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcut *shortcut;

          /* The managers' models hold other controllers: the window's
           * accelerators, none of them on the keys pressed here. */
          if (!GTK_IS_SHORTCUT (item))
            continue;
          shortcut = GTK_SHORTCUT (item);
          if (trigger_matches (gtk_shortcut_get_trigger (shortcut), keyval, modifiers) &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                            widget, gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }
  return FALSE;
}

/* Presses the key on the window's focus; returns the widget whose shortcut
 * handled it, or NULL. */
static GtkWidget *
press_key (gpointer        window,
           guint           keyval,
           GdkModifierType modifiers)
{
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  GtkWidget *handler = NULL;

  g_assert_nonnull (focus_of (window));
  for (GtkWidget *w = focus_of (window); w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_add (path, w);

  for (guint i = path->len; handler == NULL && i > 0; i--)
    if (run_shortcuts (path->pdata[i - 1], GTK_PHASE_CAPTURE, keyval, modifiers))
      handler = path->pdata[i - 1];
  for (guint i = 0; handler == NULL && i < path->len; i++)
    if ((i == 0 && run_shortcuts (path->pdata[i], GTK_PHASE_TARGET, keyval, modifiers)) ||
        run_shortcuts (path->pdata[i], GTK_PHASE_BUBBLE, keyval, modifiers))
      handler = path->pdata[i];

  testing_spin_main_loop ();
  return handler;
}

/* ---- one Tab stop per sign ----------------------------------------------- */

/* The info button is for the mouse: no focus, by Tab or by click, and
 * still a named button that opens the explanation. */
static void
test_info_button_not_a_tab_stop (void)
{
  OffloadWindow *window = new_window ();
  g_autoptr(GPtrArray) rows = sign_rows (window);
  GtkMenuButton *first_info = offload_sign_row_get_info_button (rows->pdata[0]);
  GtkPopover *popover;

  for (guint i = 0; i < rows->len; i++)
    {
      OffloadSign *sign = offload_answer_get_sign (offload_sign_row_get_answer (rows->pdata[i]));
      GtkWidget *info = GTK_WIDGET (offload_sign_row_get_info_button (rows->pdata[i]));
      g_autofree char *label = g_strdup_printf ("Why it matters: %s", offload_sign_get_title (sign));

      g_assert_true (gtk_widget_get_visible (info));
      g_assert_true (gtk_widget_is_sensitive (info));
      g_assert_false (gtk_widget_get_can_focus (info));
      g_assert_false (gtk_widget_get_focusable (info));
      g_assert_false (gtk_widget_get_focus_on_click (info));
      g_assert_false (gtk_widget_child_focus (info, GTK_DIR_TAB_FORWARD));
      gtk_test_accessible_assert_role (info, GTK_ACCESSIBLE_ROLE_BUTTON);
      gtk_test_accessible_assert_property (info, GTK_ACCESSIBLE_PROPERTY_LABEL, label);
    }

  /* A click (on the menu button's own toggle) still explains, and leaves
   * the focus where it was. */
  gtk_widget_grab_focus (check_of (rows->pdata[1]));
  g_signal_emit_by_name (gtk_widget_get_first_child (GTK_WIDGET (first_info)), "clicked");
  testing_spin_main_loop ();
  popover = gtk_menu_button_get_popover (first_info);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (focus_of (window) == check_of (rows->pdata[1]));
  gtk_popover_popdown (popover);
  testing_spin_main_loop ();

  destroy_window (window);
}

/* Tab goes from each sign's check to the next one's, Shift+Tab back, and
 * past the last sign out of the checklist. */
static void
test_tab_goes_sign_to_sign (void)
{
  OffloadWindow *window = new_window ();
  g_autoptr(GPtrArray) rows = sign_rows (window);
  GtkWidget *after;

  g_assert_true (gtk_widget_grab_focus (check_of (rows->pdata[0])));
  for (guint i = 1; i < rows->len; i++)
    {
      g_assert_true (press_key (window, GDK_KEY_Tab, 0) == GTK_WIDGET (window));
      g_assert_true (focus_of (window) == check_of (rows->pdata[i]));
    }

  press_key (window, GDK_KEY_Tab, 0);
  after = focus_of (window);
  g_assert_nonnull (after);
  g_assert_null (gtk_widget_get_ancestor (after, OFFLOAD_TYPE_SIGN_ROW));

  g_assert_true (gtk_widget_grab_focus (check_of (rows->pdata[rows->len - 1])));
  for (guint i = rows->len - 1; i > 0; i--)
    {
      press_key (window, GDK_KEY_Tab, GDK_SHIFT_MASK);
      g_assert_true (focus_of (window) == check_of (rows->pdata[i - 1]));
    }

  destroy_window (window);
}

/* ---- the arrow keys ------------------------------------------------------ */

/* Down and Up move between the signs' checks, across the groups, and stop
 * at the ends; Home and End go to the first and the last sign. The row
 * handles the keys: GTK's own move-focus (by geometry) never runs. */
static void
test_arrows_go_sign_to_sign (void)
{
  OffloadWindow *window = new_window ();
  g_autoptr(GPtrArray) rows = sign_rows (window);
  GtkWidget *first = check_of (rows->pdata[0]);
  GtkWidget *last = check_of (rows->pdata[rows->len - 1]);
  guint crossings = 0;

  g_assert_true (gtk_widget_grab_focus (first));
  g_assert_true (press_key (window, GDK_KEY_Up, 0) == rows->pdata[0]);
  g_assert_true (focus_of (window) == first);

  for (guint i = 1; i < rows->len; i++)
    {
      g_assert_true (press_key (window, GDK_KEY_Down, 0) == rows->pdata[i - 1]);
      g_assert_true (focus_of (window) == check_of (rows->pdata[i]));
      /* From the last sign of one group to the first of the next. */
      if (gtk_widget_get_parent (rows->pdata[i]) != gtk_widget_get_parent (rows->pdata[i - 1]))
        crossings++;
    }
  g_assert_cmpuint (crossings, >, 0);

  g_assert_true (press_key (window, GDK_KEY_Down, 0) == rows->pdata[rows->len - 1]);
  g_assert_true (focus_of (window) == last);

  for (guint i = rows->len - 1; i > 0; i--)
    {
      g_assert_true (press_key (window, GDK_KEY_Up, 0) == rows->pdata[i]);
      g_assert_true (focus_of (window) == check_of (rows->pdata[i - 1]));
    }

  press_key (window, GDK_KEY_End, 0);
  g_assert_true (focus_of (window) == last);
  press_key (window, GDK_KEY_Home, 0);
  g_assert_true (focus_of (window) == first);
  press_key (window, GDK_KEY_KP_Down, 0);
  g_assert_true (focus_of (window) == check_of (rows->pdata[1]));
  press_key (window, GDK_KEY_KP_Up, 0);
  g_assert_true (focus_of (window) == first);

  /* The same moves are the row's actions. */
  g_assert_true (gtk_widget_activate_action (rows->pdata[0], "sign-row.next", NULL));
  g_assert_true (focus_of (window) == check_of (rows->pdata[1]));
  g_assert_true (gtk_widget_activate_action (rows->pdata[1], "sign-row.last", NULL));
  g_assert_true (focus_of (window) == last);
  g_assert_true (gtk_widget_activate_action (rows->pdata[rows->len - 1], "sign-row.previous", NULL));
  g_assert_true (focus_of (window) == check_of (rows->pdata[rows->len - 2]));
  g_assert_true (gtk_widget_activate_action (rows->pdata[rows->len - 2], "sign-row.first", NULL));
  g_assert_true (focus_of (window) == first);

  destroy_window (window);
}

/* An insensitive sign is passed over. */
static void
test_arrows_skip_insensitive (void)
{
  OffloadWindow *window = new_window ();
  g_autoptr(GPtrArray) rows = sign_rows (window);

  gtk_widget_set_sensitive (rows->pdata[1], FALSE);
  g_assert_true (gtk_widget_grab_focus (check_of (rows->pdata[0])));
  press_key (window, GDK_KEY_Down, 0);
  g_assert_true (focus_of (window) == check_of (rows->pdata[2]));
  press_key (window, GDK_KEY_Up, 0);
  g_assert_true (focus_of (window) == check_of (rows->pdata[0]));

  destroy_window (window);
}

/* ---- the explanation from a key ------------------------------------------ */

/* Escape, as the open popover gets it: its own key controller. */
static void
press_escape_in (GtkPopover *popover)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (popover));
  gboolean handled = FALSE;

  for (guint i = 0; !handled && i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Escape, 0, 0, &handled);
    }
  g_assert_true (handled);
  testing_spin_main_loop ();
}

/* Shift+F10 and the Menu key on a sign's check open its explanation, the
 * one its info button opens; Escape closes it, the focus still on the
 * check. A screen reader is told the key, and that the check has a popup. */
static void
test_explain_key (void)
{
  const struct { guint keyval; GdkModifierType modifiers; } keys[] = {
    { GDK_KEY_F10, GDK_SHIFT_MASK },
    { GDK_KEY_Menu, 0 },
  };
  OffloadWindow *window = new_window ();
  g_autoptr(GPtrArray) rows = sign_rows (window);

  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      OffloadSignRow *row = rows->pdata[k];
      OffloadSign *sign = offload_answer_get_sign (offload_sign_row_get_answer (row));
      GtkWidget *check = check_of (row);
      GtkMenuButton *info = offload_sign_row_get_info_button (row);
      GtkPopover *popover;
      GtkWidget *text;

      g_assert_true (gtk_widget_grab_focus (check));
      g_assert_true (press_key (window, keys[k].keyval, keys[k].modifiers) == GTK_WIDGET (row));
      popover = gtk_menu_button_get_popover (info);
      g_assert_nonnull (popover);
      testing_wait_until_mapped (popover);
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
      g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (gtk_widget_get_first_child (GTK_WIDGET (info)))));
      text = gtk_widget_get_first_child (gtk_popover_get_child (popover));
      g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (text)), ==, offload_sign_get_explanation (sign));
      g_assert_true (focus_of (window) == check);

      press_escape_in (popover);
      g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
      g_assert_true (focus_of (window) == check);
      g_assert_true (gtk_widget_has_focus (check));
    }

  /* Plain F10 is the window's (its main menu), not the sign's. */
  g_assert_true (gtk_widget_grab_focus (check_of (rows->pdata[2])));
  g_assert_true (press_key (window, GDK_KEY_F10, 0) != rows->pdata[2]);
  g_assert_null (gtk_menu_button_get_popover (offload_sign_row_get_info_button (rows->pdata[2])));

  /* The same as an action. */
  g_assert_true (gtk_widget_activate_action (rows->pdata[3], "sign-row.explain", NULL));
  testing_spin_main_loop ();
  g_assert_nonnull (gtk_menu_button_get_popover (offload_sign_row_get_info_button (rows->pdata[3])));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (offload_sign_row_get_info_button (rows->pdata[3])))));
  gtk_popover_popdown (gtk_menu_button_get_popover (offload_sign_row_get_info_button (rows->pdata[3])));
  testing_spin_main_loop ();

  for (guint i = 0; i < rows->len; i++)
    {
      OffloadSign *sign = offload_answer_get_sign (offload_sign_row_get_answer (rows->pdata[i]));
      g_autofree char *description = g_strdup_printf ("%s Shift+F10 explains this sign.",
                                                      offload_sign_get_explanation (sign));

      gtk_test_accessible_assert_property (check_of (rows->pdata[i]), GTK_ACCESSIBLE_PROPERTY_HAS_POPUP, TRUE);
      gtk_test_accessible_assert_property (check_of (rows->pdata[i]), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
    }

  destroy_window (window);
}

/* The keys are the row class's, each on its action, for the shortcuts
 * window to list. */
static void
test_key_bindings_installed (void)
{
  const struct { const char *action; const char *trigger; } bindings[] = {
    { "sign-row.explain", "<Shift>F10" },
    { "sign-row.explain", "Menu" },
    { "sign-row.previous", "Up" },
    { "sign-row.next", "Down" },
    { "sign-row.first", "Home" },
    { "sign-row.last", "End" },
  };
  GtkWidgetClass *klass = g_type_class_ref (OFFLOAD_TYPE_SIGN_ROW);
  OffloadWindow *window = new_window ();
  g_autoptr(GPtrArray) rows = sign_rows (window);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (rows->pdata[0]);
  GtkShortcutController *class_shortcuts = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_SHORTCUT_CONTROLLER (controller) &&
          g_strcmp0 (gtk_event_controller_get_name (GTK_EVENT_CONTROLLER (controller)), "gtk-widget-class-shortcuts") == 0)
        class_shortcuts = GTK_SHORTCUT_CONTROLLER (controller);
    }
  g_assert_nonnull (class_shortcuts);

  for (guint b = 0; b < G_N_ELEMENTS (bindings); b++)
    {
      gboolean found = FALSE;
      GType owner = G_TYPE_INVALID;
      const GVariantType *parameter_type = NULL;
      const char *property = NULL;
      gboolean installed = FALSE;

      for (guint i = 0; !installed; i++)
        {
          const char *name = NULL;

          if (!gtk_widget_class_query_action (klass, i, &owner, &name, &parameter_type, &property))
            break;
          installed = g_str_equal (name, bindings[b].action) && owner == OFFLOAD_TYPE_SIGN_ROW;
        }
      g_assert_true (installed);
      g_assert_null (parameter_type);

      for (guint j = 0; !found && j < g_list_model_get_n_items (G_LIST_MODEL (class_shortcuts)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (class_shortcuts), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          found = g_str_equal (trigger, bindings[b].trigger) && GTK_IS_NAMED_ACTION (action) &&
                  g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), bindings[b].action);
        }
      if (!found)
        g_error ("no binding %s for %s", bindings[b].trigger, bindings[b].action);
    }

  destroy_window (window);
  g_type_class_unref (klass);
}

/* ---- what only shows takes no focus -------------------------------------- */

/* The plan's brief is read, not operated: neither its list nor its rows
 * are Tab stops; the steps of "How to start" are check boxes, each one a
 * Tab stop. Shown on its own, whatever the window's layout. */
static void
test_brief_rows_not_tab_stops (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (offload_catalog_get_default ());
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  OffloadPlanPanel *panel = g_object_new (OFFLOAD_TYPE_PLAN_PANEL, "assessment", assessment, NULL);
  GtkWidget *brief_list = testing_template_child (panel, OFFLOAD_TYPE_PLAN_PANEL, "brief_list");
  GtkWidget *plan_list = testing_template_child (panel, OFFLOAD_TYPE_PLAN_PANEL, "plan_list");
  GtkWidget *tasks_panel = testing_template_child (panel, OFFLOAD_TYPE_PLAN_PANEL, "tasks_panel");
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  guint brief_rows = 0;
  guint plan_checks = 0;
  guint task_controls = 0;

  offload_assessment_set_checked (assessment, "late-invoicing", TRUE);
  offload_assessment_set_checked (assessment, "inbox-overload", TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (panel));
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 800);
  gtk_window_present (GTK_WINDOW (window));
  testing_wait_until_mapped (brief_list);

  g_assert_false (gtk_widget_get_focusable (brief_list));
  for (GtkWidget *row = gtk_widget_get_first_child (brief_list); row; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      {
        g_assert_false (gtk_widget_get_focusable (row));
        g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
        g_assert_false (gtk_widget_grab_focus (row));
        brief_rows++;
      }
  g_assert_cmpuint (brief_rows, >, 0);

  /* Tab from the start round the window: the task table's controls, then
   * the plan's checks, nothing of the brief. */
  for (guint i = 0; i < 100; i++)
    {
      GtkWidget *focus;

      if (!gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD))
        break;
      focus = focus_of (window);
      if (g_ptr_array_find (chain, focus, NULL))
        break;
      g_ptr_array_add (chain, focus);
    }
  for (guint i = 0; i < chain->len; i++)
    {
      g_assert_false (gtk_widget_is_ancestor (chain->pdata[i], brief_list));
      if (gtk_widget_is_ancestor (chain->pdata[i], tasks_panel))
        {
          task_controls++;
          continue;
        }
      g_assert_true (GTK_IS_CHECK_BUTTON (chain->pdata[i]));
      g_assert_true (gtk_widget_is_ancestor (chain->pdata[i], plan_list));
      plan_checks++;
    }
  g_assert_cmpuint (plan_checks, ==, g_list_model_get_n_items (G_LIST_MODEL (offload_plan_panel_get_plan (panel))));
  /* Every catalog task's hours are one Tab away. */
  g_assert_cmpuint (task_controls, >=, offload_catalog_get_n_tasks (offload_catalog_get_default ()));

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);

  app = testing_register_application ();

  g_test_add_func ("/sign-row/info-button-not-a-tab-stop", test_info_button_not_a_tab_stop);
  g_test_add_func ("/sign-row/tab-goes-sign-to-sign", test_tab_goes_sign_to_sign);
  g_test_add_func ("/sign-row/arrows-go-sign-to-sign", test_arrows_go_sign_to_sign);
  g_test_add_func ("/sign-row/arrows-skip-insensitive", test_arrows_skip_insensitive);
  g_test_add_func ("/sign-row/explain-key", test_explain_key);
  g_test_add_func ("/sign-row/key-bindings-installed", test_key_bindings_installed);
  g_test_add_func ("/sign-row/brief-rows-not-tab-stops", test_brief_rows_not_tab_stops);

  status = g_test_run ();

  g_object_unref (app);
  return status;
}
