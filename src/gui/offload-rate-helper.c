/* offload-rate-helper.c
 *
 * Owners rarely know what an hour of their time is worth, but they know
 * what they want their work to bring them in a year and roughly how long
 * they work. The popover divides one by the other. Both entries are filled
 * when it opens: the hours from the owner's own figures, the income from
 * the hourly value they have now, so the first thing they see is what
 * their current figure means.
 *
 * Nothing reaches the assessment until "Use" (or Enter in an entry), and
 * only when both figures are valid: a refused figure is said beside its
 * entry, in the error style, and the text typed stays as it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <math.h>

#include "offload-format.h"
#include "offload-rate-helper.h"

/* Wide enough for any owner, narrow enough to catch a slip of the keyboard:
 * ten million a year, and 4,000 hours (about 11 hours every day of the
 * year). */
#define RATE_HELPER_MAX_INCOME 10000000.0
#define RATE_HELPER_MAX_HOURS  4000.0

struct _OffloadRateHelper
{
  GtkWidget          parent_instance;

  OffloadAssessment *assessment;

  GtkMenuButton     *menu_button;
  GtkPopover        *popover;
  GtkLabel          *explanation_label;
  GtkLabel          *income_label;
  GtkEntry          *income_entry;
  GtkLabel          *currency_label;
  GtkLabel          *income_hint;
  GtkLabel          *income_error;
  GtkLabel          *hours_label;
  GtkEntry          *hours_entry;
  GtkLabel          *hours_hint;
  GtkLabel          *hours_error;
  GtkLabel          *result_label;
  GtkButton         *use_button;
  GtkLabel          *source_label;

  /* The hourly value "Use" would set; NAN while the figures give none. */
  double             result;
};

G_DEFINE_FINAL_TYPE (OffloadRateHelper, offload_rate_helper, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- figures ------------------------------------------------------------ */

static const char *
rate_helper_currency (OffloadRateHelper *self)
{
  return offload_assessment_get_currency (self->assessment);
}

/* The number of decimals @value needs, up to 2: 1920, 1912.5, 4.25. */
static guint
rate_helper_decimals (double value)
{
  if (fabs (value - round (value)) < 0.005)
    return 0;
  if (fabs (value * 10 - round (value * 10)) < 0.05)
    return 1;
  return 2;
}

static char *
rate_helper_format_figure (double value)
{
  return offload_format_number (value, rate_helper_decimals (value));
}

static double
rate_helper_months_per_year (OffloadRateHelper *self)
{
  return offload_catalog_get_constant (offload_assessment_get_catalog (self->assessment),
                                       OFFLOAD_CONSTANT_MONTHS_PER_YEAR);
}

/* The hours the owner works in a year, from their own figures. */
static double
rate_helper_hours_a_year (OffloadRateHelper *self)
{
  return offload_assessment_get_working_hours_per_day (self->assessment) *
         offload_assessment_get_days_per_week (self->assessment) *
         offload_assessment_get_weeks_per_month (self->assessment) *
         rate_helper_months_per_year (self);
}

/* The hourly value as shown, and so as set: whole currency units, except
 * below 10 where a whole unit is too coarse a step, so tenths there (7.80,
 * but 12 and 80); offload_format_rate() shows the cents it has. */
static double
rate_helper_round (double value)
{
  double tenths = round (value * 10) / 10;

  return tenths < 10 ? tenths : round (value);
}

/* "8 h a day × 5 days a week × 4 weeks a month × 12 months": how the hours
 * a year were counted, in the owner's own figures. */
static char *
rate_helper_hours_sum (OffloadRateHelper *self)
{
  double days = offload_assessment_get_days_per_week (self->assessment);
  double weeks = offload_assessment_get_weeks_per_month (self->assessment);
  double months = rate_helper_months_per_year (self);
  g_autofree char *hours_text = offload_format_hours (offload_assessment_get_working_hours_per_day (self->assessment));
  g_autofree char *days_text = rate_helper_format_figure (days);
  g_autofree char *weeks_text = rate_helper_format_figure (weeks);
  g_autofree char *months_text = rate_helper_format_figure (months);
  g_autofree char *day = NULL;
  g_autofree char *week = NULL;
  g_autofree char *month = NULL;
  g_autofree char *year = NULL;

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  /* Translators: the length of the owner's working day, "8 h a day" */
  day = g_strdup_printf (_("%s a day"), hours_text);
  /* Fractions (4.5 weeks) count as plural: the rounding is upward. */
  week = g_strdup_printf (ngettext ("%s day a week", "%s days a week", (gulong) ceil (days)), days_text);
  month = g_strdup_printf (ngettext ("%s week a month", "%s weeks a month", (gulong) ceil (weeks)), weeks_text);
  year = g_strdup_printf (ngettext ("%s month", "%s months", (gulong) ceil (months)), months_text);
  /* Translators: how the hours worked a year are counted, "8 h a day ×
   * 5 days a week × 4 weeks a month × 12 months" */
  return g_strdup_printf (_("%s × %s × %s × %s"), day, week, month, year);
#pragma GCC diagnostic pop
}

/* ---- the popover ---------------------------------------------------------- */

/* Says why @entry's text is refused beneath it, or nothing with NULL; a
 * screen reader hears it as the entry's description, in place of the hint. */
static void
rate_helper_show_error (GtkEntry   *entry,
                        GtkLabel   *error_label,
                        GtkLabel   *hint,
                        const char *message)
{
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_label_set_label (error_label, message);
      gtk_accessible_update_state (GTK_ACCESSIBLE (entry),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
      gtk_label_set_label (error_label, "");
      gtk_accessible_update_state (GTK_ACCESSIBLE (entry),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_FALSE,
                                   -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, gtk_label_get_label (hint),
                                      -1);
    }
  gtk_widget_set_visible (GTK_WIDGET (error_label), message != NULL);
}

/* Reads @entry into @value; FALSE with the reason in @message (NULL for an
 * empty entry, which waits for a figure without scolding). */
static gboolean
rate_helper_read (OffloadRateHelper  *self,
                  GtkEntry           *entry,
                  gboolean            hours,
                  double             *value,
                  char              **message)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  double parsed = 0;
  gboolean valid;

  *message = NULL;
  if (stripped[0] == '\0')
    return FALSE;

  valid = offload_format_parse_number (stripped, &parsed);
  if (hours)
    valid = valid && parsed > 0 && parsed <= RATE_HELPER_MAX_HOURS;
  else
    valid = valid && parsed >= 0 && parsed <= RATE_HELPER_MAX_INCOME;

  if (!valid)
    {
      g_autofree char *limit = NULL;

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      if (hours)
        {
          limit = offload_format_number (RATE_HELPER_MAX_HOURS, 0);
          /* Translators: %s is the most hours a year Offload takes, "4,000" */
          *message = g_strdup_printf (_("Type a number of hours above 0, up to %s"), limit);
        }
      else
        {
          g_autofree char *none = offload_format_money (0, rate_helper_currency (self));

          limit = offload_format_money (RATE_HELPER_MAX_INCOME, rate_helper_currency (self));
          /* Translators: the range of a yearly income, "€0 to €10,000,000" */
          *message = g_strdup_printf (_("Type an amount from %s to %s"), none, limit);
        }
#pragma GCC diagnostic pop
      return FALSE;
    }

  *value = parsed;
  return TRUE;
}

/* Follows every keystroke: the errors, the result, the Use button. */
static void
rate_helper_update (OffloadRateHelper *self)
{
  g_autofree char *income_message = NULL;
  g_autofree char *hours_message = NULL;
  g_autofree char *result_text = NULL;
  g_autofree char *use_text = NULL;
  double income = 0;
  double hours = 0;
  gboolean income_valid;
  gboolean hours_valid;
  gboolean can_use = FALSE;

  if (self->assessment == NULL)
    return;
  self->result = NAN;

  income_valid = rate_helper_read (self, self->income_entry, FALSE, &income, &income_message);
  hours_valid = rate_helper_read (self, self->hours_entry, TRUE, &hours, &hours_message);
  rate_helper_show_error (self->income_entry, self->income_error, self->income_hint, income_message);
  rate_helper_show_error (self->hours_entry, self->hours_error, self->hours_hint, hours_message);

  gtk_widget_remove_css_class (GTK_WIDGET (self->result_label), "error");

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  if (income_valid && hours_valid)
    {
      OffloadInputSpec *spec = offload_catalog_get_input (offload_assessment_get_catalog (self->assessment),
                                                          OFFLOAD_INPUT_HOURLY_VALUE);
      double rounded = rate_helper_round (income / hours);
      g_autofree char *money = offload_format_rate (rounded, rate_helper_currency (self));

      if (rounded > spec->max)
        {
          g_autofree char *most = offload_format_money (spec->max, rate_helper_currency (self));

          /* Translators: %s is the highest hourly value a document takes, "€10,000" */
          result_text = g_strdup_printf (_("That makes more than %s an hour, the most Offload takes"), most);
          gtk_widget_add_css_class (GTK_WIDGET (self->result_label), "error");
        }
      else
        {
          /* Translators: %s is an amount of money, "€80" */
          result_text = g_strdup_printf (_("That makes %s an hour"), money);
          self->result = rounded;
          can_use = TRUE;
          /* Translators: a button that sets the hourly value; %s is the amount, "€80" */
          use_text = g_strdup_printf (_("_Use %s an Hour"), money);
        }
    }
#pragma GCC diagnostic pop

  gtk_label_set_label (self->result_label, result_text != NULL ? result_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->result_label), result_text != NULL);
  gtk_button_set_label (self->use_button, use_text != NULL ? use_text : _("_Use"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->use_button), can_use);
}

static void
rate_helper_apply (OffloadRateHelper *self)
{
  if (self->assessment == NULL || isnan (self->result))
    return;

  offload_assessment_set_hourly_value (self->assessment, self->result);
  gtk_popover_popdown (self->popover);
}

static void
rate_helper_on_entry_changed (OffloadRateHelper *self)
{
  rate_helper_update (self);
}

/* Enter in either entry does what Use does, when Use can. */
static void
rate_helper_on_entry_activate (OffloadRateHelper *self)
{
  rate_helper_apply (self);
}

static void
rate_helper_on_use_clicked (OffloadRateHelper *self)
{
  rate_helper_apply (self);
}

/* Fills the popover from the assessment as it is now: the owner's hours,
 * and the income their current hourly value implies. */
static void
rate_helper_on_popover_show (OffloadRateHelper *self)
{
  double hours;
  g_autofree char *hours_text = NULL;
  g_autofree char *income_text = NULL;
  g_autofree char *sum = NULL;
  g_autofree char *symbol = NULL;

  if (self->assessment == NULL)
    return;

  hours = rate_helper_hours_a_year (self);
  hours_text = rate_helper_format_figure (hours);
  income_text = offload_format_number (offload_assessment_get_hourly_value (self->assessment) * hours, 0);
  sum = rate_helper_hours_sum (self);

  gtk_label_set_label (self->currency_label, offload_format_currency_symbol (rate_helper_currency (self)));
  gtk_label_set_label (self->hours_hint, sum);
  gtk_editable_set_text (GTK_EDITABLE (self->hours_entry), hours_text);
  gtk_editable_set_text (GTK_EDITABLE (self->income_entry), income_text);
  /* The popover focuses its first entry, the income: the figure to
   * change. */
  rate_helper_update (self);
}

/* ---- the source ----------------------------------------------------------- */

static void
rate_helper_update_source (OffloadRateHelper *self)
{
  const char *policy = NULL;

  if (self->assessment != NULL)
    policy = offload_catalog_get_policy (offload_assessment_get_catalog (self->assessment), "hourly_value");

  gtk_label_set_label (self->source_label, policy != NULL ? policy : "");
  gtk_widget_set_visible (GTK_WIDGET (self->source_label), policy != NULL);
}

/* ---- the object ----------------------------------------------------------- */

GtkWidget *
offload_rate_helper_new (void)
{
  return g_object_new (OFFLOAD_TYPE_RATE_HELPER, NULL);
}

OffloadAssessment *
offload_rate_helper_get_assessment (OffloadRateHelper *self)
{
  g_return_val_if_fail (OFFLOAD_IS_RATE_HELPER (self), NULL);
  return self->assessment;
}

void
offload_rate_helper_set_assessment (OffloadRateHelper *self,
                                    OffloadAssessment *assessment)
{
  g_return_if_fail (OFFLOAD_IS_RATE_HELPER (self));
  g_return_if_fail (assessment == NULL || OFFLOAD_IS_ASSESSMENT (assessment));

  if (!g_set_object (&self->assessment, assessment))
    return;

  /* What the popover showed belonged to the previous assessment. */
  if (assessment == NULL)
    gtk_popover_popdown (self->popover);
  gtk_widget_set_sensitive (GTK_WIDGET (self->menu_button), assessment != NULL);
  rate_helper_update_source (self);
  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    rate_helper_on_popover_show (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
}

static void
offload_rate_helper_dispose (GObject *object)
{
  OffloadRateHelper *self = OFFLOAD_RATE_HELPER (object);

  /* Hidden before it goes: GTK 4.8 would otherwise still look for the
   * pointer on the surface of a popover left open as its window closes. */
  if (self->popover != NULL)
    gtk_popover_popdown (self->popover);
  gtk_widget_dispose_template (GTK_WIDGET (object), OFFLOAD_TYPE_RATE_HELPER);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (offload_rate_helper_parent_class)->dispose (object);
}

static void
offload_rate_helper_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  OffloadRateHelper *self = OFFLOAD_RATE_HELPER (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT: g_value_set_object (value, self->assessment); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_rate_helper_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  OffloadRateHelper *self = OFFLOAD_RATE_HELPER (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT: offload_rate_helper_set_assessment (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_rate_helper_class_init (OffloadRateHelperClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = offload_rate_helper_dispose;
  object_class->get_property = offload_rate_helper_get_property;
  object_class->set_property = offload_rate_helper_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, OFFLOAD_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/offload/Offload/ui/offload-rate-helper.ui");
  gtk_widget_class_bind_template_child (widget_class, OffloadRateHelper, menu_button);
  gtk_widget_class_bind_template_child (widget_class, OffloadRateHelper, popover);
  gtk_widget_class_bind_template_child (widget_class, OffloadRateHelper, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadRateHelper, income_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadRateHelper, income_entry);
  gtk_widget_class_bind_template_child (widget_class, OffloadRateHelper, currency_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadRateHelper, income_hint);
  gtk_widget_class_bind_template_child (widget_class, OffloadRateHelper, income_error);
  gtk_widget_class_bind_template_child (widget_class, OffloadRateHelper, hours_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadRateHelper, hours_entry);
  gtk_widget_class_bind_template_child (widget_class, OffloadRateHelper, hours_hint);
  gtk_widget_class_bind_template_child (widget_class, OffloadRateHelper, hours_error);
  gtk_widget_class_bind_template_child (widget_class, OffloadRateHelper, result_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadRateHelper, use_button);
  gtk_widget_class_bind_template_child (widget_class, OffloadRateHelper, source_label);
  gtk_widget_class_bind_template_callback (widget_class, rate_helper_on_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, rate_helper_on_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, rate_helper_on_use_clicked);
  gtk_widget_class_bind_template_callback (widget_class, rate_helper_on_popover_show);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
offload_rate_helper_init (OffloadRateHelper *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->result = NAN;
  gtk_widget_set_sensitive (GTK_WIDGET (self->menu_button), FALSE);
  gtk_button_set_label (self->use_button, _("_Use"));
  gtk_widget_set_visible (GTK_WIDGET (self->result_label), FALSE);

  /* A screen reader hears each entry named by its label (the labels'
   * mnemonic-widget), described by what it takes (the hint, or the error in
   * its place, see rate_helper_show_error()); and with the Use button, the
   * result and where the method comes from. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->income_entry),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, gtk_label_get_label (self->income_hint),
                                  -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->use_button),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->result_label, self->source_label, NULL,
                                  -1);
}
