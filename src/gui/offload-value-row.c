/* offload-value-row.c
 *
 * The entry covers the whole range a document accepts (0–24 hours a day);
 * the slider covers the common part (0–12) in comfortable steps. The entry is
 * bound both ways to "value"; the slider follows "value" one way and writes
 * back only what the user does to it (GtkRange::change-value), so a value
 * beyond the slider's end is never clamped by merely being shown.
 *
 * Beneath the slider, the model's warnings about this very figure, when
 * there are any: set on every change the decision reports, but only written
 * to the widgets when their text differs, so a slider step that leaves them
 * as they were costs a comparison.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "offload-info-popover.h"
#include "offload-value-row.h"

struct _OffloadValueRow
{
  GtkWidget      parent_instance;

  GtkLabel      *label;
  GtkLabel      *unit_label;
  GtkSpinButton *spin;
  GtkScale      *scale;
  GtkMenuButton *info_button;
  GtkWidget     *warning_box;
  GtkLabel      *warning_label;

  char          *input;       /* the spec's id, which the warnings name */
  char          *warning;     /* shown now, or NULL */
  double         value;
  double         step;
  double         slider_min;
  double         slider_max;
};

G_DEFINE_FINAL_TYPE (OffloadValueRow, offload_value_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_LABEL,
  PROP_UNIT,
  PROP_SHOW_SLIDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
on_scale_change_value (GtkRange        *range,
                       GtkScrollType    scroll,
                       double           value,
                       OffloadValueRow *self)
{
  /* Snap to the slider's steps, within its range. */
  value = round (value / self->step) * self->step;
  value = CLAMP (value, self->slider_min, self->slider_max);
  offload_value_row_set_value (self, value);
  return TRUE;
}

static void
offload_value_row_dispose (GObject *object)
{
  OffloadValueRow *self = OFFLOAD_VALUE_ROW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), OFFLOAD_TYPE_VALUE_ROW);
  /* dispose_template() only unparents the children that have an id. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);
  g_clear_pointer (&self->input, g_free);
  g_clear_pointer (&self->warning, g_free);

  G_OBJECT_CLASS (offload_value_row_parent_class)->dispose (object);
}

static void
offload_value_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OffloadValueRow *self = OFFLOAD_VALUE_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE: g_value_set_double (value, self->value); break;
    case PROP_LABEL: g_value_set_string (value, gtk_label_get_label (self->label)); break;
    case PROP_UNIT: g_value_set_string (value, gtk_label_get_label (self->unit_label)); break;
    case PROP_SHOW_SLIDER: g_value_set_boolean (value, gtk_widget_get_visible (GTK_WIDGET (self->scale))); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_value_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OffloadValueRow *self = OFFLOAD_VALUE_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE: offload_value_row_set_value (self, g_value_get_double (value)); break;
    case PROP_LABEL: gtk_label_set_label (self->label, g_value_get_string (value)); break;
    case PROP_UNIT: gtk_label_set_label (self->unit_label, g_value_get_string (value)); break;
    case PROP_SHOW_SLIDER: gtk_widget_set_visible (GTK_WIDGET (self->scale), g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_value_row_class_init (OffloadValueRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = offload_value_row_dispose;
  object_class->get_property = offload_value_row_get_property;
  object_class->set_property = offload_value_row_set_property;

  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_SLIDER] =
    g_param_spec_boolean ("show-slider", NULL, NULL, TRUE, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/offload/Offload/ui/offload-value-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OffloadValueRow, label);
  gtk_widget_class_bind_template_child (widget_class, OffloadValueRow, unit_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadValueRow, spin);
  gtk_widget_class_bind_template_child (widget_class, OffloadValueRow, scale);
  gtk_widget_class_bind_template_child (widget_class, OffloadValueRow, info_button);
  gtk_widget_class_bind_template_child (widget_class, OffloadValueRow, warning_box);
  gtk_widget_class_bind_template_child (widget_class, OffloadValueRow, warning_label);
  gtk_widget_class_bind_template_callback (widget_class, on_scale_change_value);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

/* A wheel turned to scroll the page must not change a figure on its way:
 * the slider and the entry give up their scroll handling (keys and drags
 * still work), so the scroll reaches the scrolled window. */
static void
drop_scroll_controllers (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GPtrArray) scrolls = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
        g_ptr_array_add (scrolls, g_object_ref (controller));
    }

  for (guint i = 0; i < scrolls->len; i++)
    gtk_widget_remove_controller (widget, g_ptr_array_index (scrolls, i));
}

static void
offload_value_row_init (OffloadValueRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->step = 1;
  self->slider_max = 1;

  drop_scroll_controllers (GTK_WIDGET (self->scale));
  drop_scroll_controllers (GTK_WIDGET (self->spin));

  /* The entry edits the value; the slider only shows it (see above). */
  g_object_bind_property (self, "value", gtk_spin_button_get_adjustment (self->spin), "value",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "value", gtk_range_get_adjustment (GTK_RANGE (self->scale)), "value",
                          G_BINDING_SYNC_CREATE);
}

static guint
digits_for_step (double step)
{
  if (step == floor (step))
    return 0;
  if (step * 10 == floor (step * 10))
    return 1;
  return 2;
}

void
offload_value_row_set_spec (OffloadValueRow        *self,
                            const OffloadInputSpec *spec)
{
  GtkAdjustment *entry;
  GtkAdjustment *slider;

  g_return_if_fail (OFFLOAD_IS_VALUE_ROW (self));
  g_return_if_fail (spec != NULL);

  g_free (self->input);
  self->input = g_strdup (spec->id);
  self->step = spec->step;
  self->slider_min = spec->slider_min;
  self->slider_max = spec->slider_max;

  /* The entry takes any value the document may hold, in whole units for
   * whole-number inputs, and cents or quarter hours otherwise. */
  entry = gtk_spin_button_get_adjustment (self->spin);
  gtk_adjustment_configure (entry, CLAMP (self->value, spec->min, spec->max), spec->min, spec->max,
                            spec->integer ? 1 : spec->step, spec->integer ? 1 : spec->step * 4, 0);
  gtk_spin_button_set_digits (self->spin, spec->integer ? 0 : MAX (digits_for_step (spec->step), 0));
  gtk_spin_button_set_numeric (self->spin, TRUE);

  slider = gtk_range_get_adjustment (GTK_RANGE (self->scale));
  gtk_adjustment_configure (slider, CLAMP (self->value, spec->slider_min, spec->slider_max),
                            spec->slider_min, spec->slider_max, spec->step, spec->step * 4, 0);
}

double
offload_value_row_get_value (OffloadValueRow *self)
{
  g_return_val_if_fail (OFFLOAD_IS_VALUE_ROW (self), 0);
  return self->value;
}

void
offload_value_row_set_value (OffloadValueRow *self,
                             double           value)
{
  g_return_if_fail (OFFLOAD_IS_VALUE_ROW (self));

  if (self->value == value || isnan (value))
    return;
  self->value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

void
offload_value_row_set_spoken (OffloadValueRow *self,
                              const char      *spoken)
{
  g_return_if_fail (OFFLOAD_IS_VALUE_ROW (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
}

GtkRange *
offload_value_row_get_scale (OffloadValueRow *self)
{
  g_return_val_if_fail (OFFLOAD_IS_VALUE_ROW (self), NULL);
  return GTK_RANGE (self->scale);
}

GtkSpinButton *
offload_value_row_get_spin (OffloadValueRow *self)
{
  g_return_val_if_fail (OFFLOAD_IS_VALUE_ROW (self), NULL);
  return self->spin;
}

GtkWidget *
offload_value_row_get_unit_label (OffloadValueRow *self)
{
  g_return_val_if_fail (OFFLOAD_IS_VALUE_ROW (self), NULL);
  return GTK_WIDGET (self->unit_label);
}

void
offload_value_row_set_info (OffloadValueRow *self,
                            const char      *text,
                            const char      *spoken)
{
  g_return_if_fail (OFFLOAD_IS_VALUE_ROW (self));
  g_return_if_fail (text != NULL && spoken != NULL);

  offload_info_popover_attach (self->info_button, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->info_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->info_button), TRUE);
}

GtkMenuButton *
offload_value_row_get_info_button (OffloadValueRow *self)
{
  g_return_val_if_fail (OFFLOAD_IS_VALUE_ROW (self), NULL);
  return self->info_button;
}

void
offload_value_row_set_warning (OffloadValueRow *self,
                               const char      *warning)
{
  g_return_if_fail (OFFLOAD_IS_VALUE_ROW (self));

  if (warning != NULL && warning[0] == '\0')
    warning = NULL;
  if (g_strcmp0 (self->warning, warning) == 0)
    return;
  g_free (self->warning);
  self->warning = g_strdup (warning);

  /* A screen reader reads the warning with the figure it concerns, from
   * the entry or the slider alike, and the label itself as text. */
  if (warning != NULL)
    {
      gtk_label_set_label (self->warning_label, warning);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, warning, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, warning, -1);
    }
  else
    {
      gtk_label_set_label (self->warning_label, "");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->spin), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->scale), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  gtk_widget_set_visible (self->warning_box, warning != NULL);
}

const char *
offload_value_row_get_warning (OffloadValueRow *self)
{
  g_return_val_if_fail (OFFLOAD_IS_VALUE_ROW (self), NULL);
  return self->warning;
}

void
offload_value_row_show_warnings (OffloadValueRow *self,
                                 OffloadDecision *decision)
{
  guint n;
  g_autoptr(GString) text = NULL;

  g_return_if_fail (OFFLOAD_IS_VALUE_ROW (self));
  g_return_if_fail (decision == NULL || OFFLOAD_IS_DECISION (decision));

  n = decision != NULL && self->input != NULL ? offload_decision_get_n_warnings (decision) : 0;
  /* Usually none: then this is a count and a comparison. */
  for (guint i = 0; i < n; i++)
    {
      OffloadWarning warning = offload_decision_get_warning (decision, i);
      g_autofree char *message = NULL;

      if (g_strcmp0 (offload_warning_get_input (warning), self->input) != 0)
        continue;
      message = offload_decision_dup_warning_message (decision, warning);
      if (text == NULL)
        text = g_string_new (message);
      else
        g_string_append_printf (text, "\n%s", message);
    }

  offload_value_row_set_warning (self, text ? text->str : NULL);
}
