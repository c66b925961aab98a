/* offload-plan-panel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "offload-format.h"
#include "offload-plan-panel.h"
#include "offload-tasks-panel.h"

struct _OffloadPlanPanel
{
  GtkWidget               parent_instance;

  OffloadAssessment      *assessment;
  OffloadDelegationBrief *brief;
  OffloadActionPlan      *plan;
  GBindingGroup          *brief_bindings;
  GBindingGroup          *plan_bindings;
  GSignalGroup           *decision_signals;

  OffloadTasksPanel      *tasks_panel;
  GtkLabel               *brief_intro;
  GtkListBox             *brief_list;
  GtkLabel               *continuity_label;
  GtkLabel               *apart_label;
  GtkLabel               *plan_progress_label;
  GtkListBox             *plan_list;

  /* Translated once: every slider step formats six of these. */
  const char             *per_month;
};

G_DEFINE_FINAL_TYPE (OffloadPlanPanel, offload_plan_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A row of either list: its content, padded; nothing to activate and no
 * Tab stop. The brief only shows (a screen reader reads its rows without
 * the focus), and the plan's check boxes take the focus themselves. */
static void
set_row_content (GtkWidget *row,
                 GtkWidget *box)
{
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
}

/* ---- the brief ---------------------------------------------------------- */

static gboolean
hours_to_label (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  OffloadPlanPanel *self = user_data;
  g_autofree char *hours = offload_format_hours (g_value_get_double (from));

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_value_take_string (to, g_strdup_printf (self->per_month, hours));
#pragma GCC diagnostic pop
  return TRUE;
}

static GtkWidget *
create_brief_row (gpointer item,
                  gpointer user_data)
{
  OffloadPlanPanel *self = user_data;
  OffloadBriefItem *brief_item = item;
  OffloadCatalog *catalog = offload_assessment_get_catalog (self->assessment);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *title = NULL;
  g_autofree char *signs = offload_catalog_join_sign_titles (catalog, offload_brief_item_get_reasons (brief_item));
  g_autofree char *why = NULL;
  GtkWidget *title_label;
  GtkWidget *hours_label;
  GtkWidget *why_label;

  /* Translators: a task's place in the hand-over order, then the task: "1. Inbox triage" */
  title = g_strdup_printf (_("%u. %s"), offload_brief_item_get_position (brief_item),
                           offload_brief_item_get_title (brief_item));
  if (offload_brief_item_get_reasons (brief_item)[0] != NULL)
    /* Translators: the task's risk (e.g. "low risk"), then the warning signs that call for it */
    why = g_strdup_printf (_("%s · because: %s"), offload_task_risk_get_title (offload_brief_item_get_risk (brief_item)),
                           signs);
  else
    /* Translators: the task's risk (e.g. "low risk"); no warning sign calls for the task, the owner's table does */
    why = g_strdup_printf (_("%s · you chose to hand it over"),
                           offload_task_risk_get_title (offload_brief_item_get_risk (brief_item)));

  title_label = make_label (title, "heading");
  gtk_widget_set_hexpand (title_label, TRUE);
  /* The hours follow the slider; the row stays. An inscription, not a
   * label: its size is set in characters, so a new figure redraws it
   * without laying the page out again. */
  hours_label = gtk_inscription_new (NULL);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (hours_label), 12);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (hours_label), 14);
  gtk_inscription_set_xalign (GTK_INSCRIPTION (hours_label), 1.0);
  g_object_bind_property_full (brief_item, "hours", hours_label, "text", G_BINDING_SYNC_CREATE,
                               hours_to_label, NULL, self, NULL);
  gtk_widget_add_css_class (hours_label, "figure");
  gtk_widget_set_valign (hours_label, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (top), title_label);
  gtk_box_append (GTK_BOX (top), hours_label);
  gtk_box_append (GTK_BOX (box), top);
  why_label = make_label (why, "dim-label");
  gtk_box_append (GTK_BOX (box), why_label);
  set_row_content (row, box);

  /* A screen reader names the row from its task and its hours (read from
   * the figure itself, so a slider step updates nothing more), and
   * describes it with the risk and the reasons. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title_label, hours_label, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, why_label, NULL,
                                  -1);
  return row;
}

/* The words depend on whether there is a task, not on the hours: a slider
 * step leaves them alone. */
static void
update_brief_intro (OffloadPlanPanel *self)
{
  guint n = self->brief ? g_list_model_get_n_items (G_LIST_MODEL (self->brief)) : 0;
  OffloadDecision *decision = self->assessment ? offload_assessment_get_decision (self->assessment) : NULL;
  const char *text;

  if (n == 0)
    text = _("Tick the warning signs that fit: the tasks they call for appear here, the safest to hand over first.");
  else if (decision != NULL && !offload_decision_get_delegation_pays (decision))
    /* The plan must not urge what the answer above advises against. */
    text = _("At your figures, handing over costs more than the time it frees is worth (the answer above says why). These are the tasks to hand over first once it pays.");
  else
    text = _("Start with the repetitive, low-risk tasks: they are the easiest to describe and to check. Each frees the hours shown, every month.");
  if (g_strcmp0 (gtk_label_get_label (self->brief_intro), text) != 0)
    gtk_label_set_label (self->brief_intro, text);
  gtk_widget_set_visible (GTK_WIDGET (self->brief_list), n > 0);
}

/* The tasks that stay in-house or go to a tool: named apart, outside the
 * hand-over order and the provider's figures. */
static void
plan_panel_update_apart (OffloadPlanPanel *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GListModel *lists[2] = { NULL, NULL };

  if (self->brief != NULL)
    {
      lists[0] = offload_delegation_brief_get_kept (self->brief);
      lists[1] = offload_delegation_brief_get_automated (self->brief);
    }
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l] != NULL && i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(OffloadBriefItem) item = g_list_model_get_item (lists[l], i);
        OffloadOwnerTask *task = offload_assessment_lookup_task (self->assessment, offload_brief_item_get_id (item));
        const char *reason = task ? offload_keep_reason_get_title (offload_owner_task_get_reason (task)) : NULL;
        g_autofree char *hours = offload_format_hours (offload_brief_item_get_hours (item));

        if (text->len > 0)
          g_string_append_c (text, '\n');
        if (l == 1)
          /* Translators: a task left to a tool, and the hours a month the tool could save */
          g_string_append_printf (text, _("To automate: %s — a tool could save %s a month"),
                                  offload_brief_item_get_title (item), hours);
        else if (reason != NULL)
          /* Translators: a task kept in-house, its hours a month and why ("Legal") */
          g_string_append_printf (text, _("Kept in-house: %s — %s a month (%s)"),
                                  offload_brief_item_get_title (item), hours, reason);
        else
          /* Translators: a task kept in-house and its hours a month */
          g_string_append_printf (text, _("Kept in-house: %s — %s a month"), offload_brief_item_get_title (item), hours);
      }
  gtk_label_set_label (self->apart_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->apart_label), text->len > 0);
}

/* ---- the action plan ---------------------------------------------------- */

static GtkWidget *
create_step_row (gpointer item,
                 gpointer user_data)
{
  OffloadPlanStep *step = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *title = make_label (offload_plan_step_get_title (step), NULL);
  GtkWidget *detail = make_label (offload_plan_step_get_detail (step), "dim-label");

  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), title);
  g_object_bind_property (step, "done", check, "active", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, offload_plan_step_get_title (step),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, offload_plan_step_get_detail (step),
                                  -1);
  gtk_box_append (GTK_BOX (box), check);
  /* Indented under the check box's label. */
  gtk_widget_set_margin_start (detail, 28);
  gtk_box_append (GTK_BOX (box), detail);

  if (offload_plan_step_get_urgent (step))
    {
      /* Translators: why a step of the plan comes first; %s explains it */
      g_autofree char *text = g_strdup_printf (_("Urgent: %s"), offload_plan_step_get_why_urgent (step));
      GtkWidget *urgent = make_label (text, "urgent-step");

      gtk_widget_set_margin_start (urgent, 28);
      gtk_box_append (GTK_BOX (box), urgent);
    }

  set_row_content (row, box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, offload_plan_step_get_title (step), -1);
  return row;
}

static gboolean
progress_to_label (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  OffloadPlanPanel *self = user_data;

  g_value_take_string (to, self->plan ? offload_action_plan_dup_progress (self->plan) : g_strdup (""));
  return TRUE;
}

static gboolean
text_or_empty (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text ? text : "");
  return TRUE;
}

/* ---- object ------------------------------------------------------------- */

OffloadAssessment *
offload_plan_panel_get_assessment (OffloadPlanPanel *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PLAN_PANEL (self), NULL);
  return self->assessment;
}

OffloadDelegationBrief *
offload_plan_panel_get_brief (OffloadPlanPanel *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PLAN_PANEL (self), NULL);
  return self->brief;
}

OffloadActionPlan *
offload_plan_panel_get_plan (OffloadPlanPanel *self)
{
  g_return_val_if_fail (OFFLOAD_IS_PLAN_PANEL (self), NULL);
  return self->plan;
}

void
offload_plan_panel_set_assessment (OffloadPlanPanel  *self,
                                   OffloadAssessment *assessment)
{
  g_return_if_fail (OFFLOAD_IS_PLAN_PANEL (self));
  g_return_if_fail (assessment == NULL || OFFLOAD_IS_ASSESSMENT (assessment));

  if (!g_set_object (&self->assessment, assessment))
    return;

  if (self->brief != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->brief, self);
      g_signal_handlers_disconnect_by_data (offload_delegation_brief_get_kept (self->brief), self);
      g_signal_handlers_disconnect_by_data (offload_delegation_brief_get_automated (self->brief), self);
    }
  g_binding_group_set_source (self->brief_bindings, NULL);
  g_binding_group_set_source (self->plan_bindings, NULL);
  gtk_list_box_bind_model (self->brief_list, NULL, NULL, NULL, NULL);
  gtk_list_box_bind_model (self->plan_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->brief);
  g_clear_object (&self->plan);

  if (assessment != NULL)
    {
      self->brief = offload_delegation_brief_new (assessment);
      self->plan = offload_action_plan_new (assessment);
      gtk_list_box_bind_model (self->brief_list, G_LIST_MODEL (self->brief), create_brief_row, self, NULL);
      gtk_list_box_bind_model (self->plan_list, G_LIST_MODEL (self->plan), create_step_row, self, NULL);
      g_signal_connect_swapped (self->brief, "items-changed", G_CALLBACK (update_brief_intro), self);
      g_signal_connect_swapped (offload_delegation_brief_get_kept (self->brief), "items-changed",
                                G_CALLBACK (plan_panel_update_apart), self);
      g_signal_connect_swapped (offload_delegation_brief_get_automated (self->brief), "items-changed",
                                G_CALLBACK (plan_panel_update_apart), self);
      g_binding_group_set_source (self->brief_bindings, self->brief);
      g_binding_group_set_source (self->plan_bindings, self->plan);
    }
  g_signal_group_set_target (self->decision_signals, assessment ? offload_assessment_get_decision (assessment) : NULL);
  offload_tasks_panel_set_assessment (self->tasks_panel, assessment);
  update_brief_intro (self);
  plan_panel_update_apart (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
}

static void
offload_plan_panel_dispose (GObject *object)
{
  OffloadPlanPanel *self = OFFLOAD_PLAN_PANEL (object);
  GtkWidget *child;

  if (self->brief_list != NULL)
    offload_plan_panel_set_assessment (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), OFFLOAD_TYPE_PLAN_PANEL);
  /* dispose_template() only unparents the children that have an id. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->brief_bindings);
  g_clear_object (&self->plan_bindings);
  g_clear_object (&self->decision_signals);

  G_OBJECT_CLASS (offload_plan_panel_parent_class)->dispose (object);
}

static void
offload_plan_panel_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OffloadPlanPanel *self = OFFLOAD_PLAN_PANEL (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT: g_value_set_object (value, self->assessment); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_plan_panel_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OffloadPlanPanel *self = OFFLOAD_PLAN_PANEL (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT: offload_plan_panel_set_assessment (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_plan_panel_class_init (OffloadPlanPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = offload_plan_panel_dispose;
  object_class->get_property = offload_plan_panel_get_property;
  object_class->set_property = offload_plan_panel_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, OFFLOAD_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OFFLOAD_TYPE_TASKS_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/offload/Offload/ui/offload-plan-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, OffloadPlanPanel, tasks_panel);
  gtk_widget_class_bind_template_child (widget_class, OffloadPlanPanel, brief_intro);
  gtk_widget_class_bind_template_child (widget_class, OffloadPlanPanel, brief_list);
  gtk_widget_class_bind_template_child (widget_class, OffloadPlanPanel, continuity_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadPlanPanel, apart_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadPlanPanel, plan_progress_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadPlanPanel, plan_list);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
offload_plan_panel_init (OffloadPlanPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Translators: the hours a month a task would free, e.g. "12 h a month" */
  self->per_month = _("%s a month");

  self->decision_signals = g_signal_group_new (OFFLOAD_TYPE_DECISION);
  g_signal_group_connect_swapped (self->decision_signals, "changed", G_CALLBACK (update_brief_intro), self);

  self->brief_bindings = g_binding_group_new ();
  g_binding_group_bind_full (self->brief_bindings, "continuity-text", self->continuity_label, "label",
                             G_BINDING_SYNC_CREATE, text_or_empty, NULL, NULL, NULL);
  g_binding_group_bind (self->brief_bindings, "continuity-risk", self->continuity_label, "visible",
                        G_BINDING_SYNC_CREATE);
  self->plan_bindings = g_binding_group_new ();
  g_binding_group_bind_full (self->plan_bindings, "n-done", self->plan_progress_label, "label",
                             G_BINDING_SYNC_CREATE, progress_to_label, NULL, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->continuity_label), FALSE);
}
