/* offload-tasks-panel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "offload-format.h"
#include "offload-sheet-dialog.h"
#include "offload-task-row.h"
#include "offload-tasks-panel.h"
#include "offload-wrap-layout.h"

struct _OffloadTasksPanel
{
  GtkWidget          parent_instance;

  OffloadAssessment *assessment;
  GSignalGroup      *assessment_signals;

  GtkLabel          *intro_label;
  GtkListBox        *task_list;
  GtkButton         *add_button;
  GtkLabel          *totals_label;
};

G_DEFINE_FINAL_TYPE (OffloadTasksPanel, offload_tasks_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
offload_tasks_panel_open_sheet (OffloadTasksPanel *self,
                                OffloadOwnerTask  *task)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  g_return_val_if_fail (OFFLOAD_IS_TASKS_PANEL (self), NULL);

  dialog = offload_sheet_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, task);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
tasks_panel_on_edit_sheet (OffloadTasksPanel *self,
                           OffloadTaskRow    *row)
{
  offload_tasks_panel_open_sheet (self, offload_task_row_get_task (row));
}

static void
tasks_panel_on_remove (OffloadTasksPanel *self,
                       OffloadTaskRow    *row)
{
  if (self->assessment != NULL)
    offload_assessment_remove_task (self->assessment, offload_task_row_get_task (row));
}

static GtkWidget *
tasks_panel_create_row (gpointer item,
                        gpointer user_data)
{
  OffloadTasksPanel *self = user_data;
  GtkWidget *row = offload_task_row_new (item, offload_assessment_get_weeks_per_month (self->assessment));

  g_signal_connect_object (row, "edit-sheet", G_CALLBACK (tasks_panel_on_edit_sheet), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove", G_CALLBACK (tasks_panel_on_remove), self, G_CONNECT_SWAPPED);
  return row;
}

/* The totals say where the week goes, in the same hours the figures use. */
static void
tasks_panel_update (OffloadTasksPanel *self)
{
  g_autofree char *totals = NULL;
  double all;
  double delegated;
  double weeks;

  if (self->assessment == NULL)
    return;

  all = offload_assessment_get_task_hours_week (self->assessment);
  delegated = offload_assessment_get_delegated_hours_week (self->assessment);
  weeks = offload_assessment_get_weeks_per_month (self->assessment);
  if (all > 0)
    {
      g_autofree char *week = offload_format_hours (all);
      g_autofree char *month = offload_format_hours (all * weeks);
      g_autofree char *handed = offload_format_hours (delegated * weeks);

      /* Translators: the task table's totals: hours a week, hours a month, hours a month handed over */
      totals = g_strdup_printf (_("%s a week, %s a month, %s of it handed over"), week, month, handed);
      gtk_label_set_label (self->intro_label,
                           _("Your hours replace the hours a day and the share handed over in every figure. "
                             "Set a task to 0 to leave it out."));
    }
  else
    {
      totals = g_strdup (_("No hours given yet"));
      gtk_label_set_label (self->intro_label,
                           _("Know where the week goes? Give each task its hours a week, and whether you hand it "
                             "over, keep it or leave it to a tool. Until you do, Offload uses your hours a day "
                             "and the share you hand over."));
    }
  gtk_label_set_label (self->totals_label, totals);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button),
                            offload_assessment_get_n_own_tasks (self->assessment) < OFFLOAD_ASSESSMENT_MAX_OWN_TASKS);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->task_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (OFFLOAD_IS_TASK_ROW (row))
      offload_task_row_set_weeks_per_month (OFFLOAD_TASK_ROW (row), weeks);
}

/* Brings the owner's new row into view: the scrolled section does not
 * follow the focus by itself. */
static gboolean
tasks_panel_show_row (gpointer data)
{
  g_autoptr(GtkWidget) row = data;
  GtkWidget *scroller = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content;
  graphene_rect_t bounds;

  if (scroller != NULL && (content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller))) != NULL &&
      gtk_widget_compute_bounds (row, content, &bounds))
    gtk_adjustment_clamp_page (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)),
                               bounds.origin.y, bounds.origin.y + bounds.size.height);
  return G_SOURCE_REMOVE;
}

/* The section grew by the new row: it is laid out once this frame is over. */
static void
tasks_panel_on_section_grown (GtkAdjustment *adjustment,
                              GtkWidget     *row)
{
  g_signal_handlers_disconnect_by_data (adjustment, row);
  g_idle_add (tasks_panel_show_row, row);
}

static void
tasks_panel_on_add (OffloadTasksPanel *self)
{
  OffloadOwnerTask *task;
  GtkListBoxRow *row;

  if (self->assessment == NULL)
    return;
  task = offload_assessment_add_task (self->assessment, NULL, NULL);
  if (task == NULL)
    return;
  /* The owner names it at once. */
  row = gtk_list_box_get_row_at_index (self->task_list,
                                       (int) g_list_model_get_n_items (offload_assessment_get_tasks (self->assessment)) - 1);
  if (row != NULL)
    {
      GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (row), GTK_TYPE_SCROLLED_WINDOW);

      gtk_widget_child_focus (GTK_WIDGET (row), GTK_DIR_TAB_FORWARD);
      if (scroller != NULL)
        g_signal_connect (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), "changed",
                          G_CALLBACK (tasks_panel_on_section_grown), g_object_ref (row));
    }
}

OffloadAssessment *
offload_tasks_panel_get_assessment (OffloadTasksPanel *self)
{
  g_return_val_if_fail (OFFLOAD_IS_TASKS_PANEL (self), NULL);
  return self->assessment;
}

void
offload_tasks_panel_set_assessment (OffloadTasksPanel *self,
                                    OffloadAssessment *assessment)
{
  g_return_if_fail (OFFLOAD_IS_TASKS_PANEL (self));
  g_return_if_fail (assessment == NULL || OFFLOAD_IS_ASSESSMENT (assessment));

  if (!g_set_object (&self->assessment, assessment))
    return;

  gtk_list_box_bind_model (self->task_list, NULL, NULL, NULL, NULL);
  if (assessment != NULL)
    gtk_list_box_bind_model (self->task_list, offload_assessment_get_tasks (assessment),
                             tasks_panel_create_row, self, NULL);
  g_signal_group_set_target (self->assessment_signals, assessment);
  tasks_panel_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
}

static void
offload_tasks_panel_dispose (GObject *object)
{
  OffloadTasksPanel *self = OFFLOAD_TASKS_PANEL (object);
  GtkWidget *child;

  if (self->task_list != NULL)
    offload_tasks_panel_set_assessment (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), OFFLOAD_TYPE_TASKS_PANEL);
  /* dispose_template() only unparents the children that have an id. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->assessment_signals);

  G_OBJECT_CLASS (offload_tasks_panel_parent_class)->dispose (object);
}

static void
offload_tasks_panel_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  OffloadTasksPanel *self = OFFLOAD_TASKS_PANEL (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT: g_value_set_object (value, self->assessment); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_tasks_panel_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  OffloadTasksPanel *self = OFFLOAD_TASKS_PANEL (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT: offload_tasks_panel_set_assessment (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_tasks_panel_class_init (OffloadTasksPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = offload_tasks_panel_dispose;
  object_class->get_property = offload_tasks_panel_get_property;
  object_class->set_property = offload_tasks_panel_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, OFFLOAD_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OFFLOAD_TYPE_WRAP_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/offload/Offload/ui/offload-tasks-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, OffloadTasksPanel, intro_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadTasksPanel, task_list);
  gtk_widget_class_bind_template_child (widget_class, OffloadTasksPanel, add_button);
  gtk_widget_class_bind_template_child (widget_class, OffloadTasksPanel, totals_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
offload_tasks_panel_init (OffloadTasksPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->assessment_signals = g_signal_group_new (OFFLOAD_TYPE_ASSESSMENT);
  g_signal_group_connect_swapped (self->assessment_signals, "notify::task-hours-week",
                                  G_CALLBACK (tasks_panel_update), self);
  g_signal_group_connect_swapped (self->assessment_signals, "notify::delegated-hours-week",
                                  G_CALLBACK (tasks_panel_update), self);
  g_signal_group_connect_swapped (self->assessment_signals, "notify::weeks-per-month",
                                  G_CALLBACK (tasks_panel_update), self);
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (tasks_panel_on_add), self);
}
