/* test-accessibility.c: every control has a role and a name, and the
 * keyboard alone reaches and operates every one of them
 *
 * The window showing full.offload, one sign's open explanation, the open
 * main menu, the unsaved-changes dialog and the info bar are walked widget
 * by widget; every control shown (button, check button, menu button, entry,
 * spin button, slider, or anything else focusable or activatable) must have
 * a specific accessible role and a non-empty accessible name, and a failure
 * lists every offender. Then Tab must reach every control of the window, and
 * the keys a user would press must change the document.
 *
 * Runs with GTK_A11Y=test: the accessible attributes are kept in-process,
 * where gtk_test_accessible_*() reads them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "offload-comparison-panel.h"
#include "offload-rate-helper.h"
#include "offload-results-panel.h"
#include "offload-sign-row.h"
#include "offload-value-row.h"
#include "offload-window.h"
#include "testing.h"
#include "window-testing.h"

static GtkApplication *app;

/* The window a user gets from opening the fixture that fills every input. */
static OffloadWindow *
open_full_window (void)
{
  g_autoptr(GFile) file = testing_fixture ("good", "full.offload");
  g_autoptr(GError) error = NULL;
  OffloadWindow *window = offload_window_new_for_file (app, file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (window);
  gtk_window_present (GTK_WINDOW (window));
  testing_wait_until_mapped (window);
  return window;
}

static void
destroy_window (OffloadWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  testing_spin_main_loop ();
}

static GPtrArray *
sign_rows (OffloadWindow *window)
{
  GPtrArray *rows = g_ptr_array_new ();

  testing_collect_sign_rows (GTK_WIDGET (window), rows);
  return rows;
}

static OffloadAssessment *
assessment_of (OffloadWindow *window)
{
  return offload_document_get_assessment (offload_window_get_document (window));
}

/* The value rows of the window's template, in the order they are shown. */
static const char * const value_rows[] = { "hours_row", "working_day_row", "value_row", "days_row", "weeks_row",
                                           "interruptions_row" };

/* Fails at once with @... as the message, which may list many offenders
 * (g_test_fail_printf() would let a later assertion hide the list). */
#define fail_listing(...) \
  G_STMT_START { \
    g_autofree char *message__ = g_strdup_printf (__VA_ARGS__); \
    g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, message__); \
  } G_STMT_END

/* ---- what an assistive technology is told -------------------------------- */

/* GTK 4.8 has no public getter for the accessible name it computes. It
 * computes it (gtk_at_context_get_name) from the LABEL property, and from the
 * LABEL properties of the widgets the LABELLED_BY relation points at (a
 * GtkLabel keeps its text, mnemonic removed, in its own LABEL property; a
 * mnemonic label sets LABELLED_BY on its widget). Without either, the name is
 * the type name ("GtkButton"), which is no name. This reads those same
 * sources through the test API. */

/* The LABEL property, or NULL when unset or blank. */
static char *
label_property (GtkAccessible *accessible)
{
  g_autofree char *stripped = NULL;
  char *value;

  if (!gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;
  /* Returns the actual value when it differs from the one given, so NULL
   * here means "". */
  value = gtk_test_accessible_check_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL, "");
  stripped = g_strstrip (g_strdup (value ? value : ""));
  if (stripped[0] == '\0')
    g_clear_pointer (&value, g_free);
  return value;
}

/* The widgets among @candidates that @accessible is labelled by. */
static GPtrArray *
labelled_by (GtkAccessible *accessible,
             GPtrArray     *candidates)
{
  GPtrArray *targets = g_ptr_array_new ();
  g_autofree char *printed = NULL;

  if (!gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return targets;

  /* The usual case, one label: compared through the API. */
  for (guint i = 0; i < candidates->len; i++)
    {
      g_autofree char *differs = gtk_test_accessible_check_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                                                     candidates->pdata[i], NULL);

      if (differs == NULL)
        {
          g_ptr_array_add (targets, candidates->pdata[i]);
          return targets;
        }
    }

  /* Several: found in the printed list, "GtkLabel<0x…> GtkLabel<0x…>". */
  printed = gtk_test_accessible_check_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY, NULL);
  for (guint i = 0; printed != NULL && i < candidates->len; i++)
    {
      g_autofree char *token = g_strdup_printf ("%s<%p>", G_OBJECT_TYPE_NAME (candidates->pdata[i]), candidates->pdata[i]);

      if (strstr (printed, token) != NULL)
        g_ptr_array_add (targets, candidates->pdata[i]);
    }
  return targets;
}

/* What a screen reader says for @widget, or NULL for nothing useful. */
static char *
accessible_name (GtkWidget *widget,
                 GPtrArray *candidates)
{
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GString) name = g_string_new (NULL);
  char *label = label_property (GTK_ACCESSIBLE (widget));

  if (label != NULL)
    return label;

  targets = labelled_by (GTK_ACCESSIBLE (widget), candidates);
  for (guint i = 0; i < targets->len; i++)
    {
      g_autofree char *part = label_property (targets->pdata[i]);

      if (part != NULL)
        g_string_append_printf (name, "%s%s", name->len > 0 ? " " : "", part);
    }
  return name->len > 0 ? g_strdup (name->str) : NULL;
}

static const char *
role_nick (GtkAccessibleRole role)
{
  static GEnumClass *klass;
  GEnumValue *value;

  if (klass == NULL)
    klass = g_type_class_ref (GTK_TYPE_ACCESSIBLE_ROLE);
  value = g_enum_get_value (klass, role);
  return value != NULL ? value->value_nick : "?";
}

/* A role that tells a user what the thing is and how to operate it. */
static gboolean
is_specific_role (GtkAccessibleRole role)
{
  switch ((int) role)
    {
    case GTK_ACCESSIBLE_ROLE_NONE:
    case GTK_ACCESSIBLE_ROLE_PRESENTATION:
    case GTK_ACCESSIBLE_ROLE_GENERIC:
    case GTK_ACCESSIBLE_ROLE_WIDGET:
      return FALSE;
    default:
      return TRUE;
    }
}

/* Roles of containers that take focus only to pass it on or to scroll. */
static gboolean
is_container_role (GtkAccessibleRole role)
{
  switch ((int) role)
    {
    case GTK_ACCESSIBLE_ROLE_GROUP:
    case GTK_ACCESSIBLE_ROLE_GENERIC:
    case GTK_ACCESSIBLE_ROLE_REGION:
    case GTK_ACCESSIBLE_ROLE_LANDMARK:
    case GTK_ACCESSIBLE_ROLE_DIALOG:
    case GTK_ACCESSIBLE_ROLE_WINDOW:
      return TRUE;
    default:
      return FALSE;
    }
}

/* A list row that can be neither activated nor focused. */
static gboolean
is_read_only_row (GtkWidget *row)
{
  return !gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)) && !gtk_widget_get_focusable (row);
}

/* Anything a user operates: the usual controls, and any other widget that
 * takes focus or has an activate signal. */
static gboolean
is_control (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) ||
      GTK_IS_SCALE (widget) || GTK_IS_EDITABLE (widget) || GTK_IS_SWITCH (widget) ||
      GTK_IS_DROP_DOWN (widget) || GTK_IS_LINK_BUTTON (widget))
    return TRUE;
  if (GTK_IS_NATIVE (widget))
    return FALSE;
  /* Such a row, and a list that takes no focus and holds only such rows,
   * only show text (the plan's brief): no control, and no Tab stop by
   * design. */
  if (GTK_IS_LIST_BOX_ROW (widget) && is_read_only_row (widget))
    return FALSE;
  if (GTK_IS_LIST_BOX (widget) && !gtk_widget_get_focusable (widget))
    {
      gboolean read_only = TRUE;

      for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
        read_only &= !GTK_IS_LIST_BOX_ROW (c) || is_read_only_row (c);
      if (read_only)
        return FALSE;
    }
  if (gtk_widget_class_get_activate_signal (GTK_WIDGET_GET_CLASS (widget)) != 0)
    return TRUE;
  return gtk_widget_get_focusable (widget) &&
         !is_container_role (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)));
}

/* Enough to find the widget: 'GtkButton#save_button tooltip “Save (Ctrl+S)”
 * in GtkHeaderBar < OffloadWindow'. */
static char *
describe (GtkWidget *widget)
{
  GString *text = g_string_new (G_OBJECT_TYPE_NAME (widget));
  const char *id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget));
  const char *tooltip = gtk_widget_get_tooltip_text (widget);
  const char *separator = " in ";

  if (id != NULL && !g_str_has_prefix (id, "___"))
    g_string_append_printf (text, "#%s", id);
  if (tooltip != NULL)
    g_string_append_printf (text, " tooltip “%s”", tooltip);
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    {
      g_autofree char *label = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, "");

      g_string_append_printf (text, " label “%s”", label ? label : "");
    }
  for (GtkWidget *p = gtk_widget_get_parent (widget); p != NULL; p = gtk_widget_get_parent (p))
    {
      const char *pid = gtk_buildable_get_buildable_id (GTK_BUILDABLE (p));

      if (OFFLOAD_IS_SIGN_ROW (p))
        {
          OffloadSign *sign = offload_answer_get_sign (offload_sign_row_get_answer (OFFLOAD_SIGN_ROW (p)));

          g_string_append_printf (text, "%sOffloadSignRow(%s)", separator, offload_sign_get_id (sign));
        }
      else if (pid != NULL && !g_str_has_prefix (pid, "___") && !GTK_IS_NATIVE (p))
        g_string_append_printf (text, "%s%s#%s", separator, G_OBJECT_TYPE_NAME (p), pid);
      else if (!GTK_IS_BOX (p) && !GTK_IS_CENTER_BOX (p) && !GTK_IS_VIEWPORT (p) &&
               g_strcmp0 (G_OBJECT_TYPE_NAME (p), "GtkGizmo") != 0 &&
               g_strcmp0 (G_OBJECT_TYPE_NAME (p), "GtkWindowHandle") != 0)
        g_string_append_printf (text, "%s%s", separator, G_OBJECT_TYPE_NAME (p));
      else
        continue;
      separator = " < ";
    }
  return g_string_free (text, FALSE);
}

typedef struct
{
  GPtrArray *candidates;  /* every widget a relation may point at */
  GPtrArray *controls;    /* the controls that passed */
  GString   *offenders;
} Audit;

static void
collect_widgets (GtkWidget *widget,
                 GPtrArray *widgets)
{
  g_ptr_array_add (widgets, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_widgets (c, widgets);
}

/* The control @widget belongs to, when it is a part of one (the text of an
 * entry, the buttons of a spin button), or NULL. */
static GtkWidget *
owning_control (GtkWidget *widget)
{
  for (GtkWidget *p = gtk_widget_get_parent (widget); p != NULL; p = gtk_widget_get_parent (p))
    if (is_control (p) && is_specific_role (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (p))))
      return p;
  return NULL;
}

static void
audit_control (GtkWidget *widget,
               Audit     *audit)
{
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));
  g_autofree char *name = NULL;
  g_autofree char *what = NULL;

  if (!is_specific_role (role))
    {
      /* Hidden from assistive technologies on purpose, as a part of a
       * control that speaks for it (that control is audited itself). */
      if ((role == GTK_ACCESSIBLE_ROLE_NONE || role == GTK_ACCESSIBLE_ROLE_PRESENTATION) &&
          owning_control (widget) != NULL)
        return;
      what = describe (widget);
      g_string_append_printf (audit->offenders, "\n  %s: no accessible role (%s)", what, role_nick (role));
      return;
    }

  name = accessible_name (widget, audit->candidates);
  if (name == NULL)
    {
      what = describe (widget);
      g_string_append_printf (audit->offenders, "\n  %s: role %s but no accessible name", what, role_nick (role));
      return;
    }
  g_ptr_array_add (audit->controls, widget);
}

static void
audit_tree (GtkWidget *widget,
            Audit     *audit)
{
  /* What is not shown is not met: closed popovers, hidden sliders. */
  if (!gtk_widget_get_mapped (widget))
    return;
  if (is_control (widget))
    audit_control (widget, audit);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    audit_tree (c, audit);
}

/* Audits the shown part of @root (relations may point anywhere in @scope),
 * fails listing every offender, and returns the controls that passed. */
static GPtrArray *
audit (GtkWidget  *root,
       GtkWidget  *scope,
       const char *what)
{
  Audit audit = {
    .candidates = g_ptr_array_new (),
    .controls = g_ptr_array_new (),
    .offenders = g_string_new (NULL),
  };

  collect_widgets (scope, audit.candidates);
  audit_tree (root, &audit);
  g_ptr_array_unref (audit.candidates);

  if (audit.offenders->len > 0)
    fail_listing ("%s: controls a screen reader cannot present:%s", what, audit.offenders->str);
  g_string_free (audit.offenders, TRUE);
  g_test_message ("%s: %u controls, each with a role and a name", what, audit.controls->len);
  return audit.controls;
}

/* Not a vacuous pass: each of @expected was found and passed. */
static void
assert_all_audited (GPtrArray  *controls,
                    GPtrArray  *expected,
                    const char *what)
{
  g_autoptr(GString) missing = g_string_new (NULL);

  for (guint i = 0; i < expected->len; i++)
    if (!g_ptr_array_find (controls, expected->pdata[i], NULL))
      {
        g_autofree char *control = describe (expected->pdata[i]);

        g_string_append_printf (missing, "\n  %s", control);
      }
  if (missing->len > 0)
    fail_listing ("%s: controls the audit did not find shown and named:%s", what, missing->str);
}

/* The controls of the window a user must be able to reach and name. */
static GPtrArray *
expected_controls (OffloadWindow *window)
{
  GPtrArray *expected = g_ptr_array_new ();
  g_autoptr(GPtrArray) rows = sign_rows (window);
  GtkWidget *titlebar = gtk_window_get_titlebar (GTK_WINDOW (window));
  g_autoptr(GPtrArray) header = g_ptr_array_new ();

  g_assert_cmpuint (rows->len, >, 0);
  for (guint i = 0; i < rows->len; i++)
    {
      g_ptr_array_add (expected, offload_sign_row_get_check (rows->pdata[i]));
      g_ptr_array_add (expected, offload_sign_row_get_info_button (rows->pdata[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (value_rows); i++)
    {
      OffloadValueRow *row = testing_window_child (window, value_rows[i]);
      gboolean slider = FALSE;

      g_ptr_array_add (expected, offload_value_row_get_spin (row));
      g_object_get (row, "show-slider", &slider, NULL);
      if (slider)
        g_ptr_array_add (expected, offload_value_row_get_scale (row));
      if (gtk_widget_get_visible (GTK_WIDGET (offload_value_row_get_info_button (row))))
        g_ptr_array_add (expected, offload_value_row_get_info_button (row));
    }
  /* The working day's source, one click away. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (offload_value_row_get_info_button (testing_window_child (window, "working_day_row")))));
  g_ptr_array_add (expected, testing_window_child (window, "title_entry"));

  /* Every button of the header bar, ours and the window's own. */
  collect_widgets (titlebar, header);
  for (guint i = 0; i < header->len; i++)
    if ((GTK_IS_BUTTON (header->pdata[i]) || GTK_IS_MENU_BUTTON (header->pdata[i])) &&
        gtk_widget_get_mapped (header->pdata[i]) &&
        !GTK_IS_MENU_BUTTON (gtk_widget_get_parent (header->pdata[i])))
      g_ptr_array_add (expected, header->pdata[i]);

  return expected;
}

/* ---- the window, the popovers, the dialog -------------------------------- */

static void
test_window_controls_named (void)
{
  OffloadWindow *window = open_full_window ();
  g_autoptr(GPtrArray) controls = g_ptr_array_new ();
  g_autoptr(GPtrArray) expected = expected_controls (window);
  g_autoptr(GPtrArray) rows = sign_rows (window);
  const char * const sections[] = { "signs", "figures", "options", "plan" };

  /* Each section in turn, as the owner visits them: what a screen reader
   * can reach is what is shown. */
  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      g_autofree char *what = g_strdup_printf ("full.offload window, section %s", sections[s]);
      g_autoptr(GPtrArray) shown = NULL;

      testing_show_section (window, sections[s]);
      shown = audit (GTK_WIDGET (window), GTK_WIDGET (window), what);
      for (guint i = 0; i < shown->len; i++)
        if (!g_ptr_array_find (controls, shown->pdata[i], NULL))
          g_ptr_array_add (controls, shown->pdata[i]);
    }

  assert_all_audited (controls, expected, "full.offload window");
  for (guint i = 0; i < rows->len; i++)
    {
      OffloadSign *sign = offload_answer_get_sign (offload_sign_row_get_answer (rows->pdata[i]));

      gtk_test_accessible_assert_role (offload_sign_row_get_check (rows->pdata[i]), GTK_ACCESSIBLE_ROLE_CHECKBOX);
      gtk_test_accessible_assert_property (offload_sign_row_get_check (rows->pdata[i]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           offload_sign_get_title (sign));
      gtk_test_accessible_assert_role (offload_sign_row_get_info_button (rows->pdata[i]), GTK_ACCESSIBLE_ROLE_BUTTON);
    }
  gtk_test_accessible_assert_role (testing_window_child (window, "title_entry"), GTK_ACCESSIBLE_ROLE_TEXT_BOX);
  for (guint i = 0; i < G_N_ELEMENTS (value_rows); i++)
    {
      OffloadValueRow *row = testing_window_child (window, value_rows[i]);

      gtk_test_accessible_assert_role (offload_value_row_get_spin (row), GTK_ACCESSIBLE_ROLE_SPIN_BUTTON);
      gtk_test_accessible_assert_role (offload_value_row_get_scale (row), GTK_ACCESSIBLE_ROLE_SLIDER);
    }
  g_assert_cmpuint (controls->len, >=, expected->len);

  destroy_window (window);
}

/* A sign's explanation: what it says reaches a screen reader, and anything
 * in it that can be operated is named. */
static void
test_explanation_popover_named (void)
{
  OffloadWindow *window = open_full_window ();
  OffloadSignRow *row = testing_find_sign_row (GTK_WIDGET (window), "early-stage");
  GtkMenuButton *button = offload_sign_row_get_info_button (row);
  g_autoptr(GPtrArray) controls = NULL;
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
  GtkPopover *popover;
  guint labels = 0;

  /* A click on the menu button's own toggle (activate would wait for a timeout). */
  g_signal_emit_by_name (gtk_widget_get_first_child (GTK_WIDGET (button)), "clicked");
  testing_spin_main_loop ();
  popover = gtk_menu_button_get_popover (button);
  g_assert_nonnull (popover);
  testing_wait_until_mapped (popover);

  controls = audit (GTK_WIDGET (popover), GTK_WIDGET (window), "explanation popover");

  /* Its text is read out: every label shown speaks what it shows. */
  collect_widgets (GTK_WIDGET (popover), widgets);
  for (guint i = 0; i < widgets->len; i++)
    if (GTK_IS_LABEL (widgets->pdata[i]) && gtk_widget_get_mapped (widgets->pdata[i]))
      {
        gtk_test_accessible_assert_role (widgets->pdata[i], GTK_ACCESSIBLE_ROLE_LABEL);
        gtk_test_accessible_assert_property (widgets->pdata[i], GTK_ACCESSIBLE_PROPERTY_LABEL,
                                             gtk_label_get_text (widgets->pdata[i]));
        g_assert_cmpstr (gtk_label_get_text (widgets->pdata[i]), !=, "");
        labels++;
      }
  /* early-stage is a counter-indication: explanation and what to do first. */
  g_assert_cmpuint (labels, ==, 2);

  gtk_popover_popdown (popover);
  testing_spin_main_loop ();
  destroy_window (window);
}

/* The hourly value's helper: its entries, its button and its source are
 * named, and its text is read out. */
static void
test_rate_helper_named (void)
{
  OffloadWindow *window = open_full_window ();
  GtkWidget *helper = testing_window_child (window, "rate_helper");
  GtkMenuButton *button = testing_template_child (helper, OFFLOAD_TYPE_RATE_HELPER, "menu_button");
  GtkPopover *popover = gtk_menu_button_get_popover (button);
  g_autoptr(GPtrArray) controls = NULL;
  guint entries = 0, buttons = 0;

  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Work out what one hour of your time is worth");
  gtk_menu_button_popup (button);
  testing_wait_until_mapped (popover);

  controls = audit (GTK_WIDGET (popover), GTK_WIDGET (window), "hourly value helper");
  for (guint i = 0; i < controls->len; i++)
    {
      entries += GTK_IS_TEXT (controls->pdata[i]) || GTK_IS_ENTRY (controls->pdata[i]) ||
                 GTK_IS_SPIN_BUTTON (controls->pdata[i]);
      buttons += GTK_IS_BUTTON (controls->pdata[i]);
    }
  /* The income, the hours a year, and the button that uses the result. */
  g_assert_cmpuint (entries, >=, 2);
  g_assert_cmpuint (buttons, >=, 1);

  gtk_popover_popdown (popover);
  testing_spin_main_loop ();
  destroy_window (window);
}

static void
test_main_menu_named (void)
{
  OffloadWindow *window = open_full_window ();
  GtkMenuButton *button = NULL;
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
  g_autoptr(GPtrArray) controls = NULL;
  GtkPopover *popover;

  collect_widgets (gtk_window_get_titlebar (GTK_WINDOW (window)), widgets);
  for (guint i = 0; i < widgets->len && button == NULL; i++)
    if (GTK_IS_MENU_BUTTON (widgets->pdata[i]))
      button = widgets->pdata[i];
  g_assert_nonnull (button);

  gtk_menu_button_popup (button);
  testing_spin_main_loop ();
  popover = gtk_menu_button_get_popover (button);
  g_assert_nonnull (popover);
  testing_wait_until_mapped (popover);

  controls = audit (GTK_WIDGET (popover), GTK_WIDGET (window), "main menu");
  /* New, Open, Save As, Keyboard Shortcuts, About, Quit. */
  g_assert_cmpuint (controls->len, >=, 6);

  gtk_menu_button_popdown (button);
  testing_spin_main_loop ();
  destroy_window (window);
}

static void
test_unsaved_dialog_named (void)
{
  OffloadWindow *window = open_full_window ();
  g_autoptr(GPtrArray) controls = NULL;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  const int responses[] = { GTK_RESPONSE_CANCEL, 1 /* discard */, 2 /* save */ };
  GtkWindow *dialog;

  offload_assessment_set_checked (assessment_of (window), "stale-crm", TRUE);
  gtk_window_close (GTK_WINDOW (window));
  testing_spin_main_loop ();
  dialog = testing_find_dialog ();
  g_assert_nonnull (dialog);

  controls = audit (GTK_WIDGET (dialog), GTK_WIDGET (dialog), "unsaved-changes dialog");
  /* Cancel, Discard, Save. */
  g_assert_cmpuint (controls->len, >=, 3);
  for (guint i = 0; i < G_N_ELEMENTS (responses); i++)
    {
      GtkWidget *button = gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), responses[i]);

      g_assert_nonnull (button);
      g_ptr_array_add (buttons, button);
    }
  assert_all_audited (controls, buttons, "unsaved-changes dialog");

  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  testing_spin_main_loop ();
  g_assert_null (testing_find_dialog ());
  destroy_window (window);
}

/* ---- the keyboard -------------------------------------------------------- */

/* The window's Tab chain, from its first focus round to it again. */
static GPtrArray *
tab_chain (OffloadWindow *window)
{
  GPtrArray *chain = g_ptr_array_new ();
  GtkWidget *first = gtk_window_get_focus (GTK_WINDOW (window));

  if (first == NULL)
    {
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
      first = gtk_window_get_focus (GTK_WINDOW (window));
    }
  g_assert_nonnull (first);
  g_ptr_array_add (chain, first);
  if (g_test_verbose ())
    {
      g_autofree char *what = describe (first);

      g_test_message ("Tab stop 0: %s", what);
    }

  for (guint i = 0; i < 1000; i++)
    {
      GtkWidget *focus;

      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
      focus = gtk_window_get_focus (GTK_WINDOW (window));
      if (focus == first)
        return chain;
      if (focus == NULL)
        continue;
      /* Round again without meeting the first: a trap. */
      if (g_ptr_array_find (chain, focus, NULL))
        {
          g_autofree char *what = describe (focus);

          fail_listing ("Tab goes round without returning to the first focus; stuck at %s", what);
          return chain;
        }
      g_ptr_array_add (chain, focus);
      if (g_test_verbose ())
        {
          g_autofree char *what = describe (focus);

          g_test_message ("Tab stop %u: %s", chain->len - 1, what);
        }
    }
  fail_listing ("Tab did not come back to the first focus in 1000 presses");
  return chain;
}

/* GTK's own window buttons (minimize, maximize, close) take no keyboard
 * focus by design: the keyboard has Super+Up, Alt+F4 and Ctrl+W instead. */
static gboolean
kept_out_of_tab_chain_by_gtk (GtkWidget *control)
{
  return !gtk_widget_get_can_focus (control) &&
         gtk_widget_get_ancestor (control, GTK_TYPE_WINDOW_CONTROLS) != NULL;
}

/* Tab enters a list at one row; the arrow keys move between its rows, as
 * in every GTK list. A row counts as reached when its list is. */
static gboolean
reached_by_arrows (GPtrArray *chain,
                   GtkWidget *control)
{
  GtkWidget *list;

  if (!GTK_IS_LIST_BOX_ROW (control))
    return FALSE;
  list = gtk_widget_get_parent (control);
  for (guint i = 0; i < chain->len; i++)
    if (GTK_IS_LIST_BOX_ROW (chain->pdata[i]) && gtk_widget_get_parent (chain->pdata[i]) == list)
      return TRUE;
  return FALSE;
}

static gboolean
reached (GPtrArray *chain,
         GtkWidget *control)
{
  /* Focus may land inside the control: the text of an entry, the toggle
   * of a menu button. */
  for (guint i = 0; i < chain->len; i++)
    if (chain->pdata[i] == control || gtk_widget_is_ancestor (chain->pdata[i], control))
      return TRUE;
  return FALSE;
}

/* A sign's info button is no Tab stop: Shift+F10 or the Menu key on the
 * sign's check opens the same explanation (test-sign-row presses them). It
 * counts as reached when its check is. */
static gboolean
reached_by_explain_key (GPtrArray *chain,
                        GtkWidget *control)
{
  GtkWidget *row = gtk_widget_get_ancestor (control, OFFLOAD_TYPE_SIGN_ROW);
  GtkWidget *info;

  if (row == NULL)
    return FALSE;
  info = GTK_WIDGET (offload_sign_row_get_info_button (OFFLOAD_SIGN_ROW (row)));
  if (control != info && !gtk_widget_is_ancestor (control, info))
    return FALSE;
  return reached (chain, GTK_WIDGET (offload_sign_row_get_check (OFFLOAD_SIGN_ROW (row))));
}

static void
test_tab_reaches_every_control (void)
{
  OffloadWindow *window = open_full_window ();
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  g_autoptr(GPtrArray) controls = g_ptr_array_new ();
  g_autoptr(GPtrArray) expected = expected_controls (window);
  g_autoptr(GString) missed = g_string_new (NULL);
  const char * const sections[] = { "signs", "figures", "options", "plan" };
  guint exempt = 0;

  /* Tab goes through the section shown (and the header bar and the
   * sidebar around it): each section in turn, as the owner visits them. */
  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      g_autoptr(GPtrArray) stops = NULL;
      g_autoptr(GPtrArray) shown = NULL;

      testing_show_section (window, sections[s]);
      stops = tab_chain (window);
      shown = audit (GTK_WIDGET (window), GTK_WIDGET (window), sections[s]);
      for (guint i = 0; i < stops->len; i++)
        if (!g_ptr_array_find (chain, stops->pdata[i], NULL))
          g_ptr_array_add (chain, stops->pdata[i]);
      for (guint i = 0; i < shown->len; i++)
        if (!g_ptr_array_find (controls, shown->pdata[i], NULL))
          g_ptr_array_add (controls, shown->pdata[i]);
    }

  for (guint i = 0; i < expected->len; i++)
    if (!g_ptr_array_find (controls, expected->pdata[i], NULL))
      g_ptr_array_add (controls, expected->pdata[i]);
  for (guint i = 0; i < controls->len; i++)
    if (kept_out_of_tab_chain_by_gtk (controls->pdata[i]))
      exempt++;
    else if (!reached (chain, controls->pdata[i]) && !reached_by_arrows (chain, controls->pdata[i]) &&
             !reached_by_explain_key (chain, controls->pdata[i]))
      {
        g_autofree char *what = describe (controls->pdata[i]);

        g_string_append_printf (missed, "\n  %s", what);
      }
  if (missed->len > 0)
    fail_listing ("Tab never reaches (%u stops in the chain):%s", chain->len, missed->str);
  else
    g_test_message ("Tab reaches all %u controls in %u stops (%u window buttons are left out by GTK)",
                    controls->len - exempt, chain->len, exempt);

  /* And every stop is a control that passed the audit, or a part of one. */
  g_string_truncate (missed, 0);
  for (guint i = 0; i < chain->len; i++)
    {
      GtkWidget *stop = chain->pdata[i];
      GtkWidget *owner = is_specific_role (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (stop))) ? stop : owning_control (stop);

      if (owner == NULL || !g_ptr_array_find (controls, owner, NULL))
        {
          g_autofree char *what = describe (stop);

          g_string_append_printf (missed, "\n  %s", what);
        }
    }
  if (missed->len > 0)
    fail_listing ("Tab stops where a screen reader has no named control to present:%s", missed->str);

  destroy_window (window);
}

static gboolean
trigger_matches (GtkShortcutTrigger *trigger,
                 guint               keyval)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    return trigger_matches (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval) ||
           trigger_matches (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval);
  return GTK_IS_KEYVAL_TRIGGER (trigger) &&
         gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
         gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0;
}

/* Runs what @widget's key bindings do for @keyval, as its shortcut
 * controller would on a key press; FALSE when no binding handles it. */
static gboolean
run_key_binding (GtkWidget *widget,
                 guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (trigger_matches (gtk_shortcut_get_trigger (shortcut), keyval) &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                            widget, gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }
  return FALSE;
}

/* A key press on the focused widget: the bindings of the focus, then of
 * each widget above it, until one handles the key. */
static void
press_key (OffloadWindow *window,
           guint          keyval)
{
  for (GtkWidget *w = gtk_window_get_focus (GTK_WINDOW (window)); w != NULL; w = gtk_widget_get_parent (w))
    if (run_key_binding (w, keyval))
      {
        testing_spin_main_loop ();
        return;
      }
  fail_listing ("no key binding of the focus handles %s", gdk_keyval_name (keyval));
}

/* Tabs until the focus is in @control. */
static void
tab_to (OffloadWindow *window,
        GtkWidget     *control)
{
  for (guint i = 0; i < 1000; i++)
    {
      GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));

      if (focus != NULL && (focus == control || gtk_widget_is_ancestor (focus, control)))
        return;
      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
    }
  g_assert_not_reached ();
}

/* A file with an answer this version does not know: the window says so in
 * its info bar, which the user can close. */
static void
test_info_bar_named (void)
{
  g_autoptr(GFile) source = testing_fixture ("good", "full.offload");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *edited = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) controls = NULL;
  g_auto(GStrv) parts = NULL;
  OffloadWindow *window;
  GtkInfoBar *info_bar;

  g_file_load_contents (source, NULL, &text, NULL, NULL, &error);
  g_assert_no_error (error);
  parts = g_strsplit (text, "\"answers\": {", 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  edited = g_strjoinv ("\"answers\": {\"sign-of-tomorrow\": true, ", parts);
  dir = g_dir_make_tmp ("offload-test-accessibility-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "unknown-answer.offload", NULL);
  g_file_set_contents (path, edited, -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  window = offload_window_new_for_file (app, file, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  info_bar = testing_template_child (window, OFFLOAD_TYPE_WINDOW, "info_bar");
  g_assert_true (gtk_info_bar_get_revealed (info_bar));
  testing_wait_until_mapped (testing_template_child (window, OFFLOAD_TYPE_WINDOW, "info_label"));

  controls = audit (GTK_WIDGET (info_bar), GTK_WIDGET (window), "info bar");
  /* Its close button, which closes it, and so does Escape. */
  g_assert_cmpuint (controls->len, ==, 1);
  g_assert_true (GTK_IS_BUTTON (controls->pdata[0]));
  g_signal_emit_by_name (controls->pdata[0], "clicked");
  testing_spin_main_loop ();
  g_assert_false (gtk_info_bar_get_revealed (info_bar));

  gtk_info_bar_set_revealed (info_bar, TRUE);
  testing_wait_until_mapped (controls->pdata[0]);
  tab_to (window, controls->pdata[0]);
  press_key (window, GDK_KEY_Escape);
  g_assert_false (gtk_info_bar_get_revealed (info_bar));

  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* Tab scrolls the page to the focus with an animation: wait until @widget
 * has come to rest inside the window, as a person would see it before
 * pressing a key on it (a popover anchored to a widget scrolled out of the
 * window has no monitor to open on). */
static void
wait_until_in_view (OffloadWindow *window,
                    GtkWidget     *widget)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  double last_y = -G_MAXDOUBLE;

  while (g_get_monotonic_time () < end)
    {
      graphene_point_t point;

      testing_spin_main_loop ();
      g_usleep (20000);
      testing_spin_main_loop ();
      if (gtk_widget_compute_point (widget, GTK_WIDGET (window), &GRAPHENE_POINT_INIT (0, 0), &point) &&
          point.y >= 0 && point.y + gtk_widget_get_height (widget) <= gtk_widget_get_height (GTK_WIDGET (window)) &&
          point.y == last_y)
        return;
      last_y = point.y;
    }
  g_assert_not_reached ();
}

static void
test_keyboard_operates (void)
{
  OffloadWindow *window = open_full_window ();
  OffloadAssessment *assessment = assessment_of (window);
  OffloadSignRow *row = testing_find_sign_row (GTK_WIDGET (window), "stale-crm");
  OffloadValueRow *hours = testing_window_child (window, "hours_row");
  OffloadValueRow *value = testing_window_child (window, "value_row");
  double hours_before = offload_assessment_get_hours_per_day (assessment);
  double value_before = offload_assessment_get_hourly_value (assessment);
  GtkMenuButton *info = offload_sign_row_get_info_button (row);
  gint64 end;

  g_assert_false (offload_assessment_get_checked (assessment, "stale-crm"));
  g_assert_false (offload_document_get_unsaved (offload_window_get_document (window)));

  /* Space on a sign ticks it, and again unticks it. */
  testing_show_section (window, "signs");
  tab_to (window, GTK_WIDGET (offload_sign_row_get_check (row)));
  press_key (window, GDK_KEY_space);
  g_assert_true (offload_assessment_get_checked (assessment, "stale-crm"));
  g_assert_true (offload_document_get_unsaved (offload_window_get_document (window)));
  press_key (window, GDK_KEY_space);
  g_assert_false (offload_assessment_get_checked (assessment, "stale-crm"));

  /* Up in the hours entry adds one step (a quarter hour). */
  testing_show_section (window, "figures");
  tab_to (window, GTK_WIDGET (offload_value_row_get_spin (hours)));
  press_key (window, GDK_KEY_Up);
  g_assert_cmpfloat (offload_assessment_get_hours_per_day (assessment), ==, hours_before + 0.25);
  press_key (window, GDK_KEY_Down);
  press_key (window, GDK_KEY_Down);
  g_assert_cmpfloat (offload_assessment_get_hours_per_day (assessment), ==, hours_before - 0.25);

  /* Up in the working day's entry adds half an hour. */
  {
    OffloadValueRow *working = testing_window_child (window, "working_day_row");
    double working_before = offload_assessment_get_working_hours_per_day (assessment);

    tab_to (window, GTK_WIDGET (offload_value_row_get_spin (working)));
    press_key (window, GDK_KEY_Up);
    g_assert_cmpfloat (offload_assessment_get_working_hours_per_day (assessment), ==, working_before + 0.5);
  }

  /* Right on the hourly value's slider moves it a step. */
  tab_to (window, GTK_WIDGET (offload_value_row_get_scale (value)));
  press_key (window, GDK_KEY_Right);
  g_assert_cmpfloat (offload_assessment_get_hourly_value (assessment), >, value_before);

  /* The Menu key on a sign opens its explanation (its information button
   * is no Tab stop). */
  testing_show_section (window, "signs");
  tab_to (window, GTK_WIDGET (offload_sign_row_get_check (row)));
  wait_until_in_view (window, GTK_WIDGET (info));
  press_key (window, GDK_KEY_Menu);
  end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (gtk_menu_button_get_popover (info) == NULL && g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_nonnull (gtk_menu_button_get_popover (info));
  testing_wait_until_mapped (gtk_menu_button_get_popover (info));
  gtk_popover_popdown (gtk_menu_button_get_popover (info));
  testing_spin_main_loop ();

  destroy_window (window);
}

/* ---- what the results say ----------------------------------------------- */

static GtkWidget *
results_child (OffloadWindow *window,
               const char    *name)
{
  GtkWidget *panel = testing_window_child (window, "results_panel");

  return testing_template_child (panel, OFFLOAD_TYPE_RESULTS_PANEL, name);
}

/* A label a screen reader reads as text: the label role, and its text as
 * its name. */
static void
assert_label_read (GtkWidget *label)
{
  g_assert_true (gtk_widget_get_mapped (label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), !=, "");
  gtk_test_accessible_assert_role (label, GTK_ACCESSIBLE_ROLE_LABEL);
  gtk_test_accessible_assert_property (label, GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_text (GTK_LABEL (label)));
}

/* The answer and the figures are read as text, each figure with its row and
 * its column; a warning is read as text beside its figure and as the
 * description of that figure's entry and slider, and leaves no description
 * behind once it goes. */
static void
test_answer_and_warnings_read (void)
{
  OffloadWindow *window = open_full_window ();
  OffloadAssessment *assessment = assessment_of (window);
  OffloadDecision *decision = offload_assessment_get_decision (assessment);
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
  const char * const answer[] = { "advice_label", "reasons_label", "chain_label" };
  const char * const bar[] = { "verdict_label", "need_label", "figure_label", "headline_label" };
  const struct { const char *figure, *row, *column; } figures[] = {
    { "monthly_hours_label", "monthly_hours_caption", "hours_heading" },
    { "monthly_cost_label", "monthly_hours_caption", "value_heading" },
    { "total_hours_label", "total_caption", "hours_heading" },
    { "total_cost_label", "total_caption", "value_heading" },
    { "working_hours_label", "working_hours_caption", "hours_heading" },
  };
  OffloadValueRow *hours = testing_window_child (window, "hours_row");
  OffloadValueRow *rows[] = {
    hours,
    testing_window_child (window, "working_day_row"),
    testing_template_child (testing_window_child (window, "comparison_panel"),
                            OFFLOAD_TYPE_COMPARISON_PANEL, "delegated_row"),
  };
  GtkWidget *warning;
  g_autofree char *message = NULL;

  collect_widgets (GTK_WIDGET (window), widgets);
  for (guint i = 0; i < G_N_ELEMENTS (bar); i++)
    assert_label_read (testing_window_child (window, bar[i]));
  for (guint i = 0; i < G_N_ELEMENTS (answer); i++)
    assert_label_read (results_child (window, answer[i]));
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      g_autoptr(GPtrArray) by = NULL;
      GtkWidget *figure = results_child (window, figures[i].figure);

      assert_label_read (figure);
      by = labelled_by (GTK_ACCESSIBLE (figure), widgets);
      g_assert_cmpuint (by->len, ==, 2);
      g_assert_true (g_ptr_array_find (by, results_child (window, figures[i].row), NULL));
      g_assert_true (g_ptr_array_find (by, results_child (window, figures[i].column), NULL));
    }
  /* The reasons and the sums are named after their headings. */
  gtk_test_accessible_assert_relation (results_child (window, "reasons_label"), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       results_child (window, "reasons_heading"), NULL);
  gtk_test_accessible_assert_relation (results_child (window, "chain_label"), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       results_child (window, "chain_heading"), NULL);

  /* No warning with full.offload's figures. */
  g_assert_cmpuint (offload_decision_get_n_warnings (decision), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_assert_false (gtk_widget_get_visible (testing_template_child (rows[i], OFFLOAD_TYPE_VALUE_ROW, "warning_box")));
      g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (offload_value_row_get_spin (rows[i])),
                                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
    }

  /* More admin than the working day, typed in the entry. */
  offload_assessment_set_working_hours_per_day (assessment, 8);
  gtk_spin_button_set_value (offload_value_row_get_spin (hours), 9);
  testing_spin_main_loop ();
  message = offload_decision_dup_warning_message (decision, OFFLOAD_WARNING_ADMIN_OVER_WORKING_DAY);
  warning = testing_template_child (hours, OFFLOAD_TYPE_VALUE_ROW, "warning_label");
  assert_label_read (warning);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (warning)), ==, message);
  gtk_test_accessible_assert_property (offload_value_row_get_spin (hours), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message);
  gtk_test_accessible_assert_property (offload_value_row_get_scale (hours), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message);
  /* The entry keeps its own name: the warning is said after it. */
  gtk_test_accessible_assert_property (offload_value_row_get_spin (hours), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Hours lost per day to low-value tasks, in hours per day");

  gtk_spin_button_set_value (offload_value_row_get_spin (hours), 2);
  testing_spin_main_loop ();
  g_assert_false (gtk_widget_get_mapped (warning));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (offload_value_row_get_spin (hours)),
                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (offload_value_row_get_scale (hours)),
                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);

  app = testing_register_application ();

  g_test_add_func ("/accessibility/window-controls-named", test_window_controls_named);
  g_test_add_func ("/accessibility/explanation-popover-named", test_explanation_popover_named);
  g_test_add_func ("/accessibility/main-menu-named", test_main_menu_named);
  g_test_add_func ("/accessibility/rate-helper-named", test_rate_helper_named);
  g_test_add_func ("/accessibility/unsaved-dialog-named", test_unsaved_dialog_named);
  g_test_add_func ("/accessibility/info-bar-named", test_info_bar_named);
  g_test_add_func ("/accessibility/tab-reaches-every-control", test_tab_reaches_every_control);
  g_test_add_func ("/accessibility/keyboard-operates", test_keyboard_operates);
  g_test_add_func ("/accessibility/answer-and-warnings-read", test_answer_and_warnings_read);

  status = g_test_run ();

  g_object_unref (app);
  return status;
}
