/* offload-task-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <math.h>

#include "offload-format.h"
#include "offload-scroll-passthrough.h"
#include "offload-task-row.h"
#include "offload-wrap-layout.h"

struct _OffloadTaskRow
{
  GtkListBoxRow     parent_instance;

  OffloadOwnerTask *task;
  double            weeks_per_month;

  GtkLabel         *title_label;
  GtkEntry         *name_entry;
  GtkSpinButton    *hours_spin;
  GtkToggleButton  *handling_toggles[3];   /* in OffloadTaskHandling order */
  GtkButton        *remove_button;
  GtkWidget        *reason_box;
  GtkToggleButton  *reason_toggles[4];     /* strategic, legal, cultural, other */
  GtkButton        *sheet_button;
  GtkToggleButton  *volume_toggle;
  GtkLabel         *status_label;
  GtkWidget        *volume_box;
  GtkSpinButton    *count_spin;
  GtkSpinButton    *minutes_spin;
};

G_DEFINE_FINAL_TYPE (OffloadTaskRow, offload_task_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  EDIT_SHEET,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The toggles show the task's handling and reason; a click sets them. */
static void
task_row_sync_toggles (OffloadTaskRow *self)
{
  OffloadKeepReason reason = offload_owner_task_get_reason (self->task);

  gtk_toggle_button_set_active (self->handling_toggles[offload_owner_task_get_handling (self->task)], TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (self->reason_toggles); i++)
    gtk_toggle_button_set_active (self->reason_toggles[i], reason == (OffloadKeepReason) (i + 1));
}

static void
task_row_on_toggled (OffloadTaskRow  *self,
                     GtkToggleButton *toggle)
{
  if (!gtk_toggle_button_get_active (toggle))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (self->handling_toggles); i++)
    if (toggle == self->handling_toggles[i])
      offload_owner_task_set_handling (self->task, (OffloadTaskHandling) i);
  for (guint i = 0; i < G_N_ELEMENTS (self->reason_toggles); i++)
    if (toggle == self->reason_toggles[i])
      offload_owner_task_set_reason (self->task, (OffloadKeepReason) (i + 1));
}

/* GtkSpinButton::input: text that is no number in range (or nothing at
 * all) is refused in place — the task keeps its figure, the entry keeps
 * the text in the error style — instead of GTK's reading it as 0. */
static int
task_row_on_spin_input (GtkSpinButton *spin,
                        double        *new_value,
                        gpointer       user_data)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  double value;

  if (!offload_format_parse_number (gtk_editable_get_text (GTK_EDITABLE (spin)), &value) ||
      value < gtk_adjustment_get_lower (adjustment) || value > gtk_adjustment_get_upper (adjustment))
    {
      double *refused_at = g_new (double, 1);

      gtk_widget_add_css_class (GTK_WIDGET (spin), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
      /* "output" keeps the owner's text while the value stays this one. */
      *refused_at = gtk_spin_button_get_value (spin);
      g_object_set_data_full (G_OBJECT (spin), "offload-refused-at", refused_at, g_free);
      *new_value = *refused_at;
      return GTK_INPUT_ERROR;
    }
  g_object_set_data (G_OBJECT (spin), "offload-refused-at", NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (spin), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_STATE_INVALID,
                               GTK_ACCESSIBLE_INVALID_FALSE, -1);
  *new_value = value;
  return TRUE;
}

/* GtkSpinButton::output: the figure in the locale's style ("2,5" in French),
 * with no decimals when it is whole. */
static gboolean
task_row_on_spin_output (GtkSpinButton *spin,
                         gpointer       user_data)
{
  double value = gtk_spin_button_get_value (spin);
  g_autofree char *text = offload_format_number (value, value == floor (value) ? 0 : 1);
  double *refused_at = g_object_get_data (G_OBJECT (spin), "offload-refused-at");

  /* Right after a refusal the spin button writes back the value it kept:
   * the typed text stays, to be corrected; a real change ends the refusal. */
  if (refused_at != NULL && *refused_at == value)
    return TRUE;
  g_object_set_data (G_OBJECT (spin), "offload-refused-at", NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (spin), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_STATE_INVALID,
                               GTK_ACCESSIBLE_INVALID_FALSE, -1);
  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

/* What the row's second line says: the state of the sheet, the hours a
 * tool could save, or the hours the volume gives. */
static void
task_row_update (OffloadTaskRow *self)
{
  OffloadTaskHandling handling = offload_owner_task_get_handling (self->task);
  double hours_month = offload_owner_task_get_hours_per_week (self->task) * self->weeks_per_month;
  g_autofree char *hours = offload_format_hours (hours_month);
  g_autofree char *status = NULL;
  gboolean keep = handling == OFFLOAD_TASK_HANDLING_KEEP;

  gtk_widget_set_visible (self->reason_box, keep);
  task_row_sync_toggles (self);
  gtk_widget_set_visible (GTK_WIDGET (self->sheet_button), handling == OFFLOAD_TASK_HANDLING_DELEGATE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->hours_spin), !offload_owner_task_has_volume (self->task));

  if (handling == OFFLOAD_TASK_HANDLING_AUTOMATE && hours_month > 0)
    /* Translators: %s is a number of hours, "6 h" */
    status = g_strdup_printf (_("A tool could save %s a month"), hours);
  else if (handling == OFFLOAD_TASK_HANDLING_DELEGATE)
    status = g_strdup (offload_owner_task_has_sheet (self->task) ? _("Sheet filled in") : _("No hand-over sheet yet"));
  else if (offload_owner_task_has_volume (self->task))
    /* Translators: %s is a number of hours, "6 h" */
    status = g_strdup_printf (_("%s a month from the volume"), hours);
  gtk_label_set_label (self->status_label, status != NULL ? status : "");
}

static void
task_row_on_name_changed (OffloadTaskRow *self)
{
  offload_owner_task_set_name (self->task, gtk_editable_get_text (GTK_EDITABLE (self->name_entry)));
}

static void
task_row_on_sheet_clicked (OffloadTaskRow *self)
{
  g_signal_emit (self, signals[EDIT_SHEET], 0);
}

static void
task_row_on_remove_clicked (OffloadTaskRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

/* Screen readers hear which task each control is for. */
static void
task_row_name_controls (OffloadTaskRow *self)
{
  const char *title = offload_owner_task_get_title (self->task);
  /* Translators: %s is a task, "Invoicing and payment reminders" */
  g_autofree char *hours = g_strdup_printf (_("Hours a week for %s"), title);
  /* Translators: %s is a task */
  /* Translators: %s is a task */
  g_autofree char *count = g_strdup_printf (_("Items a month for %s"), title);
  /* Translators: %s is a task */
  g_autofree char *minutes = g_strdup_printf (_("Minutes per item for %s"), title);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->hours_spin), GTK_ACCESSIBLE_PROPERTY_LABEL, hours, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->count_spin), GTK_ACCESSIBLE_PROPERTY_LABEL, count, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->minutes_spin), GTK_ACCESSIBLE_PROPERTY_LABEL, minutes, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
}

static void
offload_task_row_dispose (GObject *object)
{
  OffloadTaskRow *self = OFFLOAD_TASK_ROW (object);

  if (self->task != NULL)
    g_signal_handlers_disconnect_by_data (self->task, self);
  g_clear_object (&self->task);
  gtk_widget_dispose_template (GTK_WIDGET (self), OFFLOAD_TYPE_TASK_ROW);

  G_OBJECT_CLASS (offload_task_row_parent_class)->dispose (object);
}

static void
offload_task_row_class_init (OffloadTaskRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = offload_task_row_dispose;

  signals[EDIT_SHEET] = g_signal_new ("edit-sheet", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (OFFLOAD_TYPE_WRAP_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/offload/Offload/ui/offload-task-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OffloadTaskRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadTaskRow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, OffloadTaskRow, hours_spin);
  gtk_widget_class_bind_template_child_full (widget_class, "delegate_toggle", FALSE,
                                             G_STRUCT_OFFSET (OffloadTaskRow, handling_toggles[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "keep_toggle", FALSE,
                                             G_STRUCT_OFFSET (OffloadTaskRow, handling_toggles[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "automate_toggle", FALSE,
                                             G_STRUCT_OFFSET (OffloadTaskRow, handling_toggles[2]));
  gtk_widget_class_bind_template_child (widget_class, OffloadTaskRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, OffloadTaskRow, reason_box);
  gtk_widget_class_bind_template_child_full (widget_class, "strategic_toggle", FALSE,
                                             G_STRUCT_OFFSET (OffloadTaskRow, reason_toggles[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "legal_toggle", FALSE,
                                             G_STRUCT_OFFSET (OffloadTaskRow, reason_toggles[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "cultural_toggle", FALSE,
                                             G_STRUCT_OFFSET (OffloadTaskRow, reason_toggles[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "other_toggle", FALSE,
                                             G_STRUCT_OFFSET (OffloadTaskRow, reason_toggles[3]));
  gtk_widget_class_bind_template_child (widget_class, OffloadTaskRow, sheet_button);
  gtk_widget_class_bind_template_child (widget_class, OffloadTaskRow, volume_toggle);
  gtk_widget_class_bind_template_child (widget_class, OffloadTaskRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadTaskRow, volume_box);
  gtk_widget_class_bind_template_child (widget_class, OffloadTaskRow, count_spin);
  gtk_widget_class_bind_template_child (widget_class, OffloadTaskRow, minutes_spin);
}

static void
offload_task_row_init (OffloadTaskRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->weeks_per_month = 4;
}

GtkWidget *
offload_task_row_new (OffloadOwnerTask *task,
                      double            weeks_per_month)
{
  OffloadTaskRow *self;
  gboolean custom;

  g_return_val_if_fail (OFFLOAD_IS_OWNER_TASK (task), NULL);

  self = g_object_new (OFFLOAD_TYPE_TASK_ROW, NULL);
  self->task = g_object_ref (task);
  self->weeks_per_month = weeks_per_month;
  custom = offload_owner_task_get_custom (task);

  gtk_label_set_label (self->title_label, offload_owner_task_get_title (task));
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), !custom);
  gtk_widget_set_visible (GTK_WIDGET (self->name_entry), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->remove_button), custom);
  if (custom)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_entry), offload_owner_task_get_title (task));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->name_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Name of your task"), -1);
      g_signal_connect_swapped (self->name_entry, "changed", G_CALLBACK (task_row_on_name_changed), self);
      g_signal_connect_swapped (self->remove_button, "clicked", G_CALLBACK (task_row_on_remove_clicked), self);
    }

  g_object_bind_property (task, "hours-per-week", gtk_spin_button_get_adjustment (self->hours_spin), "value",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  for (guint i = 0; i < G_N_ELEMENTS (self->handling_toggles); i++)
    g_signal_connect_swapped (self->handling_toggles[i], "toggled", G_CALLBACK (task_row_on_toggled), self);
  for (guint i = 0; i < G_N_ELEMENTS (self->reason_toggles); i++)
    g_signal_connect_swapped (self->reason_toggles[i], "toggled", G_CALLBACK (task_row_on_toggled), self);
  g_object_bind_property (task, "volume-count", gtk_spin_button_get_adjustment (self->count_spin), "value",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (task, "volume-minutes", gtk_spin_button_get_adjustment (self->minutes_spin), "value",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_toggle_button_set_active (self->volume_toggle, offload_owner_task_has_volume (task));
  g_object_bind_property (self->volume_toggle, "active", self->volume_box, "visible", G_BINDING_SYNC_CREATE);

  {
    GtkSpinButton *spins[] = { self->hours_spin, self->count_spin, self->minutes_spin };

    for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
      {
        offload_scroll_passthrough_attach (GTK_WIDGET (spins[i]));
        g_signal_connect (spins[i], "input", G_CALLBACK (task_row_on_spin_input), NULL);
        g_signal_connect (spins[i], "output", G_CALLBACK (task_row_on_spin_output), NULL);
        gtk_spin_button_update (spins[i]);
      }
  }
  g_signal_connect_swapped (self->sheet_button, "clicked", G_CALLBACK (task_row_on_sheet_clicked), self);
  g_signal_connect_object (task, "changed", G_CALLBACK (task_row_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (task, "notify::hours-per-week", G_CALLBACK (task_row_update), self, G_CONNECT_SWAPPED);
  task_row_name_controls (self);
  task_row_update (self);
  return GTK_WIDGET (self);
}

OffloadOwnerTask *
offload_task_row_get_task (OffloadTaskRow *self)
{
  g_return_val_if_fail (OFFLOAD_IS_TASK_ROW (self), NULL);
  return self->task;
}

void
offload_task_row_set_weeks_per_month (OffloadTaskRow *self,
                                      double          weeks)
{
  g_return_if_fail (OFFLOAD_IS_TASK_ROW (self));

  if (self->weeks_per_month == weeks)
    return;
  self->weeks_per_month = weeks;
  task_row_update (self);
}
