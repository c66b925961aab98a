/* offload-sign-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "offload-sign-row.h"

struct _OffloadSignRow
{
  GtkWidget       parent_instance;

  OffloadAnswer  *answer;

  GtkCheckButton *check;
  GtkMenuButton  *info_button;
};

G_DEFINE_FINAL_TYPE (OffloadSignRow, offload_sign_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ANSWER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
make_wrapped_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

/* The explanation's popover is built the first time it is asked for: most
 * rows never show theirs, and a window of twenty rows starts faster without. */
static void
create_info_popover (GtkMenuButton *button,
                     gpointer       user_data)
{
  OffloadSignRow *self = user_data;
  OffloadSign *sign = offload_answer_get_sign (self->answer);
  const char *remediation = offload_sign_get_remediation (sign);
  GtkWidget *popover;
  GtkWidget *box;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), make_wrapped_label (offload_sign_get_explanation (sign)));
  if (remediation != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("What to do first: %s"), remediation);
      GtkWidget *label = make_wrapped_label (text);

      gtk_widget_add_css_class (label, "heading");
      gtk_box_append (GTK_BOX (box), label);
    }

  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (button, popover);
}

static void
offload_sign_row_constructed (GObject *object)
{
  OffloadSignRow *self = OFFLOAD_SIGN_ROW (object);
  OffloadSign *sign = offload_answer_get_sign (self->answer);
  g_autofree char *info_label = NULL;
  GtkWidget *title;

  G_OBJECT_CLASS (offload_sign_row_parent_class)->constructed (object);

  /* A wrapping label of our own: the button's built-in one stays on one line. */
  title = gtk_label_new (offload_sign_get_title (sign));
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  /* Wrapped labels ask for little width; this keeps a title on one line when there is room. */
  gtk_label_set_max_width_chars (GTK_LABEL (title), 80);
  gtk_label_set_width_chars (GTK_LABEL (title), 12);
  gtk_check_button_set_child (self->check, title);
  gtk_menu_button_set_create_popup_func (self->info_button, create_info_popover, self, NULL);

  /* The check button's label is a child widget: tell screen readers what it says,
   * and that the explanation is one key away. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, offload_sign_get_title (sign),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, offload_sign_get_explanation (sign),
                                  -1);
  /* Translators: the button that shows why a warning sign matters; %s is the sign */
  info_label = g_strdup_printf (_("Why it matters: %s"), offload_sign_get_title (sign));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->info_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, info_label, -1);

  g_object_bind_property (self->answer, "checked", self->check, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static void
offload_sign_row_dispose (GObject *object)
{
  GtkWidget *child;
  OffloadSignRow *self = OFFLOAD_SIGN_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OFFLOAD_TYPE_SIGN_ROW);
  /* dispose_template() only unparents the children that have an id. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->answer);

  G_OBJECT_CLASS (offload_sign_row_parent_class)->dispose (object);
}

static void
offload_sign_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OffloadSignRow *self = OFFLOAD_SIGN_ROW (object);

  switch (prop_id)
    {
    case PROP_ANSWER: g_value_set_object (value, self->answer); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_sign_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OffloadSignRow *self = OFFLOAD_SIGN_ROW (object);

  switch (prop_id)
    {
    case PROP_ANSWER: self->answer = g_value_dup_object (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_sign_row_class_init (OffloadSignRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = offload_sign_row_constructed;
  object_class->dispose = offload_sign_row_dispose;
  object_class->get_property = offload_sign_row_get_property;
  object_class->set_property = offload_sign_row_set_property;

  properties[PROP_ANSWER] =
    g_param_spec_object ("answer", NULL, NULL, OFFLOAD_TYPE_ANSWER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/offload/Offload/ui/offload-sign-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OffloadSignRow, check);
  gtk_widget_class_bind_template_child (widget_class, OffloadSignRow, info_button);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
offload_sign_row_init (OffloadSignRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
}

GtkWidget *
offload_sign_row_new (OffloadAnswer *answer)
{
  g_return_val_if_fail (OFFLOAD_IS_ANSWER (answer), NULL);

  return g_object_new (OFFLOAD_TYPE_SIGN_ROW, "answer", answer, NULL);
}

OffloadAnswer *
offload_sign_row_get_answer (OffloadSignRow *self)
{
  g_return_val_if_fail (OFFLOAD_IS_SIGN_ROW (self), NULL);
  return self->answer;
}

GtkCheckButton *
offload_sign_row_get_check (OffloadSignRow *self)
{
  g_return_val_if_fail (OFFLOAD_IS_SIGN_ROW (self), NULL);
  return self->check;
}

GtkMenuButton *
offload_sign_row_get_info_button (OffloadSignRow *self)
{
  g_return_val_if_fail (OFFLOAD_IS_SIGN_ROW (self), NULL);
  return self->info_button;
}
