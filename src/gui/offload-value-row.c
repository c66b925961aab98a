/* offload-value-row.c
 *
 * The entry covers the whole range a document accepts (0–24 hours a day);
 * the slider covers the common part (0–12) in comfortable steps. The entry is
 * bound both ways to "value"; the slider follows "value" one way and writes
 * back only what the user does to it (GtkRange::change-value), so a value
 * beyond the slider's end is never clamped by merely being shown.
 *
 * What is typed is read with the locale's decimal point (and "." too), and
 * shown back with as many decimals as it has, up to the row's precision; a
 * typed figure is rounded to that precision before it reaches the model, so
 * what the entry shows is what the model computes with. Text that is not a
 * number in the entry's range is refused in place: the model keeps its
 * value, the entry keeps the typed text, in the error style, with a message
 * beneath it that says what the entry takes. GtkSpinButton would turn such
 * text into 0 or the old number; its "input" and "output" handlers below
 * stop that.
 *
 * Beneath the slider, the model's warnings about this very figure, when
 * there are any: set on every change the decision reports, but only written
 * to the widgets when their text differs, so a slider step that leaves them
 * as they were costs a comparison.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <math.h>

#include "offload-format.h"
#include "offload-info-popover.h"
#include "offload-scroll-passthrough.h"
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
  GtkWidget     *error_box;
  GtkLabel      *error_label;
  GtkWidget     *example_label;

  char          *input;       /* the spec's id, which the warnings name */
  char          *warning;     /* shown now, or NULL */
  char          *error;       /* why the typed text is refused, or NULL */
  double         refused_at;  /* the entry's value when it was refused */
  double         value;
  double         step;
  double         slider_min;
  double         slider_max;
  double         min;
  double         max;
  guint          decimals;    /* the most a typed figure keeps */
  gboolean       integer;
  gboolean       example;
};

G_DEFINE_FINAL_TYPE (OffloadValueRow, offload_value_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_LABEL,
  PROP_UNIT,
  PROP_SHOW_SLIDER,
  PROP_EXAMPLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static double
value_row_round (OffloadValueRow *self,
                 double           value)
{
  double scale = pow (10.0, self->decimals);

  /* Half away from zero, as offload_format_number() shows it. */
  return round (value * scale) / scale;
}

/* @value as the entry shows it: rounded to the row's precision, then with
 * no trailing zero ("2", "2.5", "62.7"), in the locale's style. */
static char *
value_row_format (OffloadValueRow *self,
                  double           value)
{
  guint decimals = 0;

  if (!isfinite (value))
    return g_strdup ("");

  value = value_row_round (self, value);
  while (decimals < self->decimals)
    {
      double scaled = value * pow (10.0, decimals);

      if (fabs (scaled - round (scaled)) < 1e-6)
        break;
      decimals++;
    }
  return offload_format_number (value, decimals);
}

/* What the entry takes, naming its limits in the locale's style. */
static char *
value_row_dup_limits_message (OffloadValueRow *self)
{
  g_autofree char *min = value_row_format (self, self->min);
  g_autofree char *max = value_row_format (self, self->max);

  if (self->integer)
    /* Translators: under an entry that refused what was typed; the %s are
     * the smallest and the largest figure it takes ("1", "7"). */
    return g_strdup_printf (_("Enter a whole number from %s to %s"), min, max);
  /* Translators: under an entry that refused what was typed; the %s are the
   * smallest and the largest figure it takes ("0", "24", "10,000"). */
  return g_strdup_printf (_("Enter a number from %s to %s"), min, max);
}

/* Reads @text into @value, rounded to the row's precision; FALSE for what
 * the row refuses: not a number, not whole where it must be, out of range. */
static gboolean
value_row_read (OffloadValueRow *self,
                const char      *text,
                double          *value)
{
  double typed;

  if (!offload_format_parse_number (text, &typed))
    return FALSE;
  /* "3.5" days a week is refused, not rounded to 4: the message asks for a
   * whole number, and the entry never changes what the owner meant. */
  if (self->integer && typed != floor (typed))
    return FALSE;

  typed = value_row_round (self, typed);
  /* A hair of rounding error in the spec's limits (a share times 100) is
   * no reason to refuse the limit itself. */
  if (typed < self->min - 1e-9 || typed > self->max + 1e-9)
    return FALSE;

  *value = CLAMP (typed, self->min, self->max);
  return TRUE;
}

/* The entry's description, for a screen reader: the refusal first, then
 * the model's warning, then the example note; the slider has only the
 * warning. */
static void
value_row_update_description (OffloadValueRow *self)
{
  const char *description = self->error;

  if (description == NULL)
    description = self->warning;
  if (description == NULL && self->example)
    description = _("Example figure: change it to your own");

  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->spin), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  if (self->warning != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->warning, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->scale), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
value_row_set_error (OffloadValueRow *self)
{
  g_autofree char *message = value_row_dup_limits_message (self);

  self->refused_at = gtk_spin_button_get_value (self->spin);
  if (g_strcmp0 (self->error, message) == 0)
    return;
  g_free (self->error);
  self->error = g_steal_pointer (&message);

  gtk_label_set_label (self->error_label, self->error);
  gtk_widget_set_visible (self->error_box, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->spin), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->spin),
                               GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
  value_row_update_description (self);
}

static void
value_row_clear_error (OffloadValueRow *self)
{
  if (self->error == NULL)
    return;
  g_clear_pointer (&self->error, g_free);

  gtk_widget_set_visible (self->error_box, FALSE);
  gtk_label_set_label (self->error_label, "");
  gtk_widget_remove_css_class (GTK_WIDGET (self->spin), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->spin),
                               GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_FALSE, -1);
  value_row_update_description (self);
}

/* Writes the entry's value into its text, leaving it be when it already
 * reads so (the cursor stays where it is). */
static void
value_row_show_value (OffloadValueRow *self)
{
  g_autofree char *text = value_row_format (self, gtk_spin_button_get_value (self->spin));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (self->spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->spin), text);
}

/* GtkSpinButton::input, on Enter, focus-out and before an arrow's step. */
static int
value_row_on_spin_input (GtkSpinButton   *spin,
                         double          *new_value,
                         OffloadValueRow *self)
{
  double current = gtk_spin_button_get_value (spin);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  g_autofree char *shown = value_row_format (self, current);
  double value;

  /* Untouched text keeps the model's value, even one finer than the
   * entry shows (from a file): leaving the entry changes nothing. */
  if (g_strcmp0 (text, shown) == 0)
    {
      *new_value = current;
      return TRUE;
    }

  if (!value_row_read (self, text, &value))
    {
      /* The spin button goes on to set @new_value (and, on 4.8, to ring
       * the bell): the value it had, so the model does not move, and
       * "output" below keeps the typed text. */
      value_row_set_error (self);
      *new_value = current;
      return GTK_INPUT_ERROR;
    }

  value_row_clear_error (self);
  *new_value = value;
  return TRUE;
}

/* GtkSpinButton::output, whenever the entry's value is set or changes. */
static gboolean
value_row_on_spin_output (GtkSpinButton   *spin,
                          OffloadValueRow *self)
{
  /* Right after a refusal the spin button writes back the value it kept:
   * the owner's text stays, to be corrected. Any real change of the value
   * (an arrow, the slider, the model) ends the refusal. */
  if (self->error != NULL && gtk_spin_button_get_value (spin) == self->refused_at)
    return TRUE;

  value_row_clear_error (self);
  value_row_show_value (self);
  return TRUE;
}

/* A refusal ends as soon as the text reads right again; the value itself
 * still waits for Enter or focus-out, as for any typing. */
static void
value_row_on_spin_changed (GtkEditable     *editable,
                           OffloadValueRow *self)
{
  double value;

  if (self->error != NULL && value_row_read (self, gtk_editable_get_text (editable), &value))
    value_row_clear_error (self);
}

static gboolean
on_scale_change_value (GtkRange        *range,
                       GtkScrollType    scroll,
                       double           value,
                       OffloadValueRow *self)
{
  /* Snap to the slider's steps, within its range. */
  value = round (value / self->step) * self->step;
  value = CLAMP (value, self->slider_min, self->slider_max);
  /* The slider wins over refused text, even when its value is the same. */
  value_row_clear_error (self);
  offload_value_row_set_value (self, value);
  value_row_show_value (self);
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
  g_clear_pointer (&self->error, g_free);

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
    case PROP_EXAMPLE: g_value_set_boolean (value, self->example); break;
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
    case PROP_EXAMPLE: offload_value_row_set_example (self, g_value_get_boolean (value)); break;
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
  properties[PROP_EXAMPLE] =
    g_param_spec_boolean ("example", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/offload/Offload/ui/offload-value-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OffloadValueRow, label);
  gtk_widget_class_bind_template_child (widget_class, OffloadValueRow, unit_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadValueRow, spin);
  gtk_widget_class_bind_template_child (widget_class, OffloadValueRow, scale);
  gtk_widget_class_bind_template_child (widget_class, OffloadValueRow, info_button);
  gtk_widget_class_bind_template_child (widget_class, OffloadValueRow, warning_box);
  gtk_widget_class_bind_template_child (widget_class, OffloadValueRow, warning_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadValueRow, error_box);
  gtk_widget_class_bind_template_child (widget_class, OffloadValueRow, error_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadValueRow, example_label);
  gtk_widget_class_bind_template_callback (widget_class, on_scale_change_value);
  gtk_widget_class_bind_template_callback (widget_class, value_row_on_spin_input);
  gtk_widget_class_bind_template_callback (widget_class, value_row_on_spin_output);
  gtk_widget_class_bind_template_callback (widget_class, value_row_on_spin_changed);

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
  offload_scroll_passthrough_attach (GTK_WIDGET (self->spin));
  offload_scroll_passthrough_attach (GTK_WIDGET (self->scale));

  self->step = 1;
  self->slider_max = 1;
  self->max = 1;
  self->decimals = 2;

  drop_scroll_controllers (GTK_WIDGET (self->scale));
  drop_scroll_controllers (GTK_WIDGET (self->spin));

  /* The entry edits the value; the slider only shows it (see above). */
  g_object_bind_property (self, "value", gtk_spin_button_get_adjustment (self->spin), "value",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "value", gtk_range_get_adjustment (GTK_RANGE (self->scale)), "value",
                          G_BINDING_SYNC_CREATE);
}

/* The decimals a step needs, with a margin for steps such as 0.05 × 100
 * that are not quite whole in binary; 2 at most. */
static guint
digits_for_step (double step)
{
  for (guint digits = 0; digits < 2; digits++)
    {
      double scaled = step * pow (10.0, digits);

      if (fabs (scaled - round (scaled)) < 1e-9)
        return digits;
    }
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

  /* Refused text was judged against the old limits. */
  value_row_clear_error (self);

  g_free (self->input);
  self->input = g_strdup (spec->id);
  self->step = spec->step;
  self->slider_min = spec->slider_min;
  self->slider_max = spec->slider_max;
  self->min = spec->min;
  self->max = spec->max;
  self->integer = spec->integer;
  /* Whole units for whole-number inputs; otherwise the step's decimals,
   * but at least one, so that 62.7 stays 62.7 where the step is 5. */
  self->decimals = spec->integer ? 0 : CLAMP (digits_for_step (spec->step), 1, 2);

  /* The entry takes any value the document may hold. */
  entry = gtk_spin_button_get_adjustment (self->spin);
  gtk_adjustment_configure (entry, CLAMP (self->value, spec->min, spec->max), spec->min, spec->max,
                            spec->integer ? 1 : spec->step, spec->integer ? 1 : spec->step * 4, 0);
  gtk_spin_button_set_digits (self->spin, self->decimals);
  /* Not numeric: that mode drops any key but digits and the locale's
   * point, so "3.5" in French or "1,500" could not even be typed, and
   * neither could a wrong figure be explained. */
  gtk_spin_button_set_numeric (self->spin, FALSE);
  value_row_show_value (self);

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
  /* A value from elsewhere replaces refused text ("output" shows it). */
  value_row_clear_error (self);
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
  gtk_label_set_label (self->warning_label, warning != NULL ? warning : "");
  value_row_update_description (self);
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

void
offload_value_row_set_example (OffloadValueRow *self,
                               gboolean         example)
{
  g_return_if_fail (OFFLOAD_IS_VALUE_ROW (self));

  example = !!example;
  if (self->example == example)
    return;
  self->example = example;

  gtk_widget_set_visible (self->example_label, example);
  value_row_update_description (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXAMPLE]);
}

gboolean
offload_value_row_get_example (OffloadValueRow *self)
{
  g_return_val_if_fail (OFFLOAD_IS_VALUE_ROW (self), FALSE);
  return self->example;
}
