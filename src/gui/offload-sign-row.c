/* offload-sign-row.c
 *
 * One Tab stop per sign: the check. From it, Shift+F10 or the Menu key opens
 * the explanation (the info button is for the mouse), and the arrow keys go
 * from sign to sign across the checklist's groups, so twenty signs do not
 * stand between the keyboard and the figures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "offload-height-for-width-layout.h"
#include "offload-sign-row.h"

struct _OffloadSignRow
{
  GtkWidget       parent_instance;

  OffloadAnswer  *answer;

  GtkCheckButton *check;
  GtkLabel       *title_label;
  GtkMenuButton  *info_button;
};

G_DEFINE_FINAL_TYPE (OffloadSignRow, offload_sign_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ANSWER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum {
  SIGN_ROW_MOVE_FIRST,
  SIGN_ROW_MOVE_PREVIOUS,
  SIGN_ROW_MOVE_NEXT,
  SIGN_ROW_MOVE_LAST,
} SignRowMove;

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

/* ---- the keyboard ------------------------------------------------------- */

/* The popover holds no focusable widget: the focus stays on the check, the
 * popover takes the keys while it is open, and Escape closes it. */
static void
sign_row_explain (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_menu_button_popup (OFFLOAD_SIGN_ROW (widget)->info_button);
}

/* The sign rows shown under @widget, in the order a reader meets them.
 * Hidden pages (a stack's other sections) and popovers are left out. */
static void
sign_row_collect (GtkWidget *widget,
                  GPtrArray *rows)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (OFFLOAD_IS_SIGN_ROW (widget))
    {
      g_ptr_array_add (rows, widget);
      return;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (!GTK_IS_NATIVE (c))
      sign_row_collect (c, rows);
}

/* Finds the next sign by walking the window rather than asking GTK to move
 * the focus down: GTK's move goes by geometry, lands on whatever control is
 * below (a heading's neighbour, the figures past the last sign) and does
 * not stop at the ends. The walk skips the groups' headings and boxes, and
 * whatever layout the window gives the checklist. */
static void
sign_row_move_focus (OffloadSignRow *self,
                     SignRowMove     move)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  guint index;
  int start, stop, step;

  if (root == NULL)
    return;
  sign_row_collect (GTK_WIDGET (root), rows);
  if (!g_ptr_array_find (rows, self, &index))
    return;

  switch (move)
    {
    case SIGN_ROW_MOVE_FIRST:
      start = 0, stop = (int) index, step = 1;
      break;
    case SIGN_ROW_MOVE_PREVIOUS:
      start = (int) index - 1, stop = -1, step = -1;
      break;
    case SIGN_ROW_MOVE_NEXT:
      start = (int) index + 1, stop = (int) rows->len, step = 1;
      break;
    case SIGN_ROW_MOVE_LAST:
      start = (int) rows->len - 1, stop = (int) index, step = -1;
      break;
    default:
      g_return_if_reached ();
    }

  /* An insensitive sign refuses the focus: the next one takes it. */
  for (int i = start; i != stop; i += step)
    if (gtk_widget_grab_focus (GTK_WIDGET (OFFLOAD_SIGN_ROW (rows->pdata[i])->check)))
      return;
  /* At the end of the list, as a GTK list does. */
  gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
sign_row_move_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  static const struct { const char *name; SignRowMove move; } moves[] = {
    { "sign-row.first", SIGN_ROW_MOVE_FIRST },
    { "sign-row.previous", SIGN_ROW_MOVE_PREVIOUS },
    { "sign-row.next", SIGN_ROW_MOVE_NEXT },
    { "sign-row.last", SIGN_ROW_MOVE_LAST },
  };

  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    if (g_str_equal (action_name, moves[i].name))
      sign_row_move_focus (OFFLOAD_SIGN_ROW (widget), moves[i].move);
}

static void
offload_sign_row_constructed (GObject *object)
{
  OffloadSignRow *self = OFFLOAD_SIGN_ROW (object);
  OffloadSign *sign = offload_answer_get_sign (self->answer);
  g_autofree char *info_label = NULL;
  g_autofree char *description = NULL;

  G_OBJECT_CLASS (offload_sign_row_parent_class)->constructed (object);

  gtk_label_set_label (self->title_label, offload_sign_get_title (sign));
  gtk_menu_button_set_create_popup_func (self->info_button, create_info_popover, self, NULL);

  /* Translators: a sign's description for screen readers: %s is why the sign
   * matters, then the key that shows it with what to do first. Translate
   * the key name as your keyboards print it (French: Maj+F10). */
  description = g_strdup_printf (_("%s Shift+F10 explains this sign."), offload_sign_get_explanation (sign));
  /* The check button's label is a child widget: tell screen readers what it
   * says, and that the explanation is a popup one key away (the info button
   * is no Tab stop). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, offload_sign_get_title (sign),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  GTK_ACCESSIBLE_PROPERTY_HAS_POPUP, TRUE,
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

  g_type_ensure (OFFLOAD_TYPE_HEIGHT_FOR_WIDTH_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/offload/Offload/ui/offload-sign-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OffloadSignRow, check);
  gtk_widget_class_bind_template_child (widget_class, OffloadSignRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, OffloadSignRow, info_button);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);

  /* Keys of the check (the row's only focus), listed in the shortcuts window. */
  gtk_widget_class_install_action (widget_class, "sign-row.explain", NULL, sign_row_explain);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "sign-row.explain", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "sign-row.explain", NULL);

  gtk_widget_class_install_action (widget_class, "sign-row.first", NULL, sign_row_move_action);
  gtk_widget_class_install_action (widget_class, "sign-row.previous", NULL, sign_row_move_action);
  gtk_widget_class_install_action (widget_class, "sign-row.next", NULL, sign_row_move_action);
  gtk_widget_class_install_action (widget_class, "sign-row.last", NULL, sign_row_move_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "sign-row.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, 0, "sign-row.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "sign-row.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, 0, "sign-row.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "sign-row.first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Home, 0, "sign-row.first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "sign-row.last", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_End, 0, "sign-row.last", NULL);
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
