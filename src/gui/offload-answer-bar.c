/* offload-answer-bar.c
 *
 * The answer sits above the sections and follows every slider step: the
 * verdict, the one figure that decides (the net gain a year when handing
 * over pays, what the time lost is worth a year when it does not) and the
 * decision's headline, which says why in the owner's own numbers. It is the
 * only place the window names the verdict.
 *
 * The decision says "changed" only when something its sentences quote
 * moved, and a label is only written when its text differs, so most slider
 * steps cost a few string comparisons here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "offload-answer-bar.h"
#include "offload-format.h"
#include "offload-height-for-width-layout.h"

struct _OffloadAnswerBar
{
  GtkWidget          parent_instance;

  OffloadAssessment *assessment;
  GSignalGroup      *decision_signals;
  GSignalGroup      *assessment_signals;
  gboolean           first_run;

  GtkLabel          *verdict_label;
  GtkLabel          *need_label;
  GtkLabel          *figure_label;
  GtkLabel          *headline_label;
  GtkRevealer       *first_run_revealer;
};

G_DEFINE_FINAL_TYPE (OffloadAnswerBar, offload_answer_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_FIRST_RUN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
answer_bar_set_text (GtkLabel   *label,
                     const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (label), text) != 0)
    gtk_label_set_label (label, text);
}

/* The deciding figure alone: what doing nothing costs moves with every
 * slider step, when the decision's sentences may not. */
static void
answer_bar_update_figure (OffloadAnswerBar *self)
{
  OffloadDecision *decision;
  const char *currency;
  g_autofree char *amount = NULL;
  g_autofree char *figure = NULL;

  if (self->assessment == NULL)
    return;

  decision = offload_assessment_get_decision (self->assessment);
  currency = offload_assessment_get_currency (self->assessment);
  if (offload_decision_get_delegation_pays (decision))
    {
      amount = offload_format_money (offload_decision_get_net_gain_year (decision), currency);
      /* Translators: %s is an amount of money, e.g. "€1,200" */
      figure = g_strdup_printf (_("Net gain %s a year"), amount);
    }
  else
    {
      amount = offload_format_money (offload_assessment_get_total_cost_year (self->assessment), currency);
      /* Translators: %s is an amount of money, e.g. "€38,400": the value of
       * the owner's time lost to admin and interruptions in a year */
      figure = g_strdup_printf (_("Doing nothing costs %s of your time a year"), amount);
    }
  answer_bar_set_text (self->figure_label, figure);
}

static void
answer_bar_update (OffloadAnswerBar *self)
{
  OffloadDecision *decision;
  OffloadBand *band;
  g_autofree char *headline = NULL;
  g_autofree char *verdict_class = NULL;
  g_autofree char *need = NULL;

  if (self->assessment == NULL)
    return;

  decision = offload_assessment_get_decision (self->assessment);
  band = offload_decision_get_band (decision);
  headline = offload_decision_dup_headline (decision);
  /* Translators: the need to delegate, a score out of 100 */
  need = g_strdup_printf (_("Need %d/100"), offload_decision_get_need (decision));

  answer_bar_set_text (self->verdict_label, band->title);
  answer_bar_set_text (self->need_label, need);
  answer_bar_set_text (self->headline_label, headline);
  answer_bar_update_figure (self);

  /* The verdict's colour says how strong it is, in the theme's own colours. */
  verdict_class = g_strdup_printf ("verdict-%s", band->id);
  if (!gtk_widget_has_css_class (GTK_WIDGET (self->verdict_label), verdict_class))
    {
      const char *classes[] = { "verdict", verdict_class, NULL };

      gtk_widget_set_css_classes (GTK_WIDGET (self->verdict_label), classes);
    }
}

static void
answer_bar_on_child_revealed (OffloadAnswerBar *self)
{
  if (!gtk_revealer_get_child_revealed (self->first_run_revealer) && !self->first_run)
    gtk_widget_set_visible (GTK_WIDGET (self->first_run_revealer), FALSE);
}

static void
offload_answer_bar_dispose (GObject *object)
{
  OffloadAnswerBar *self = OFFLOAD_ANSWER_BAR (object);
  GtkWidget *child;

  g_signal_group_set_target (self->decision_signals, NULL);
  g_signal_group_set_target (self->assessment_signals, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), OFFLOAD_TYPE_ANSWER_BAR);
  /* dispose_template() only unparents the children that have an id. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->assessment);
  g_clear_object (&self->decision_signals);
  g_clear_object (&self->assessment_signals);

  G_OBJECT_CLASS (offload_answer_bar_parent_class)->dispose (object);
}

static void
offload_answer_bar_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OffloadAnswerBar *self = OFFLOAD_ANSWER_BAR (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT: g_value_set_object (value, self->assessment); break;
    case PROP_FIRST_RUN: g_value_set_boolean (value, self->first_run); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_answer_bar_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OffloadAnswerBar *self = OFFLOAD_ANSWER_BAR (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT: offload_answer_bar_set_assessment (self, g_value_get_object (value)); break;
    case PROP_FIRST_RUN: offload_answer_bar_set_first_run (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_answer_bar_class_init (OffloadAnswerBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = offload_answer_bar_dispose;
  object_class->get_property = offload_answer_bar_get_property;
  object_class->set_property = offload_answer_bar_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, OFFLOAD_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIRST_RUN] =
    g_param_spec_boolean ("first-run", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/offload/Offload/ui/offload-answer-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, OffloadAnswerBar, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadAnswerBar, need_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadAnswerBar, figure_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadAnswerBar, headline_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadAnswerBar, first_run_revealer);

  gtk_widget_class_bind_template_callback (widget_class, answer_bar_on_child_revealed);

  /* Its labels wrap: their widths are never asked at a height (see the layout). */
  gtk_widget_class_set_layout_manager_type (widget_class, OFFLOAD_TYPE_HEIGHT_FOR_WIDTH_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "answerbar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
offload_answer_bar_init (OffloadAnswerBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("The answer"),
                                  -1);

  self->decision_signals = g_signal_group_new (OFFLOAD_TYPE_DECISION);
  g_signal_group_connect_swapped (self->decision_signals, "changed", G_CALLBACK (answer_bar_update), self);
  /* What doing nothing costs is not something the decision's sentences
   * always quote; the currency re-formats every amount. */
  self->assessment_signals = g_signal_group_new (OFFLOAD_TYPE_ASSESSMENT);
  g_signal_group_connect_swapped (self->assessment_signals, "notify::total-cost-year", G_CALLBACK (answer_bar_update_figure), self);
  g_signal_group_connect_swapped (self->assessment_signals, "notify::currency", G_CALLBACK (answer_bar_update), self);
}

GtkWidget *
offload_answer_bar_new (void)
{
  return g_object_new (OFFLOAD_TYPE_ANSWER_BAR, NULL);
}

OffloadAssessment *
offload_answer_bar_get_assessment (OffloadAnswerBar *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ANSWER_BAR (self), NULL);
  return self->assessment;
}

void
offload_answer_bar_set_assessment (OffloadAnswerBar  *self,
                                   OffloadAssessment *assessment)
{
  g_return_if_fail (OFFLOAD_IS_ANSWER_BAR (self));
  g_return_if_fail (assessment == NULL || OFFLOAD_IS_ASSESSMENT (assessment));

  if (!g_set_object (&self->assessment, assessment))
    return;

  g_signal_group_set_target (self->assessment_signals, assessment);
  g_signal_group_set_target (self->decision_signals, assessment ? offload_assessment_get_decision (assessment) : NULL);
  answer_bar_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
}

void
offload_answer_bar_set_first_run (OffloadAnswerBar *self,
                                  gboolean          first_run)
{
  g_return_if_fail (OFFLOAD_IS_ANSWER_BAR (self));

  first_run = !!first_run;
  if (self->first_run == first_run)
    return;

  self->first_run = first_run;
  /* Hidden, not only folded: a folded revealer still measures its wrapping
   * label, and over and over (a third of the first frame's work). */
  if (first_run)
    gtk_widget_set_visible (GTK_WIDGET (self->first_run_revealer), TRUE);
  gtk_revealer_set_reveal_child (self->first_run_revealer, first_run);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_RUN]);
}

gboolean
offload_answer_bar_get_first_run (OffloadAnswerBar *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ANSWER_BAR (self), FALSE);
  return self->first_run;
}
