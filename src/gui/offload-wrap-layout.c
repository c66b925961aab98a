/* offload-wrap-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "offload-wrap-layout.h"

struct _OffloadWrapLayout
{
  GtkLayoutManager parent_instance;

  int              column_spacing;
  int              row_spacing;
};

G_DEFINE_FINAL_TYPE (OffloadWrapLayout, offload_wrap_layout, GTK_TYPE_LAYOUT_MANAGER)

enum {
  PROP_0,
  PROP_COLUMN_SPACING,
  PROP_ROW_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A child's width on its line: its natural width, no more than the line. */
static int
wrap_layout_child_width (GtkWidget *child,
                         int        line_width)
{
  int minimum = 0;
  int natural = 0;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  return line_width < 0 ? natural : CLAMP (natural, MIN (minimum, line_width), line_width);
}

/* Places the children on lines @width wide; returns the height they take.
 * With @allocate, gives each child its place too. */
static int
wrap_layout_flow (OffloadWrapLayout *self,
                  GtkWidget         *widget,
                  int                width,
                  gboolean           allocate)
{
  int x = 0;
  int y = 0;
  int line_height = 0;
  GtkWidget *line_start = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_width;
      int child_height = 0;

      if (!gtk_widget_should_layout (child))
        continue;
      child_width = wrap_layout_child_width (child, width);
      if (line_start != NULL && x + child_width > width)
        {
          y += line_height + self->row_spacing;
          x = 0;
          line_height = 0;
        }
      if (x == 0)
        line_start = child;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_width, NULL, &child_height, NULL, NULL);
      if (allocate)
        gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, child_width, child_height }, -1);
      x += child_width + self->column_spacing;
      line_height = MAX (line_height, child_height);
    }
  return line_start != NULL ? y + line_height : 0;
}

static GtkSizeRequestMode
offload_wrap_layout_get_request_mode (GtkLayoutManager *manager,
                                      GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
offload_wrap_layout_measure (GtkLayoutManager *manager,
                             GtkWidget        *widget,
                             GtkOrientation    orientation,
                             int               for_size,
                             int              *minimum,
                             int              *natural,
                             int              *minimum_baseline,
                             int              *natural_baseline)
{
  OffloadWrapLayout *self = OFFLOAD_WRAP_LAYOUT (manager);

  *minimum = 0;
  *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* At least the widest child; at best all of them on one line. */
      gboolean first = TRUE;

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min = 0;
          int child_nat = 0;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural += child_nat + (first ? 0 : self->column_spacing);
          first = FALSE;
        }
    }
  else
    {
      int width = for_size;
      int unused = 0;

      if (width < 0)
        offload_wrap_layout_measure (manager, widget, GTK_ORIENTATION_HORIZONTAL, -1, &unused, &width, NULL, NULL);
      *minimum = *natural = wrap_layout_flow (self, widget, width, FALSE);
    }
}

static void
offload_wrap_layout_allocate (GtkLayoutManager *manager,
                              GtkWidget        *widget,
                              int               width,
                              int               height,
                              int               baseline)
{
  wrap_layout_flow (OFFLOAD_WRAP_LAYOUT (manager), widget, width, TRUE);
}

static void
offload_wrap_layout_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  OffloadWrapLayout *self = OFFLOAD_WRAP_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_COLUMN_SPACING: g_value_set_int (value, self->column_spacing); break;
    case PROP_ROW_SPACING: g_value_set_int (value, self->row_spacing); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_wrap_layout_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  OffloadWrapLayout *self = OFFLOAD_WRAP_LAYOUT (object);
  int *field = prop_id == PROP_COLUMN_SPACING ? &self->column_spacing : &self->row_spacing;

  if (prop_id != PROP_COLUMN_SPACING && prop_id != PROP_ROW_SPACING)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (*field == g_value_get_int (value))
    return;
  *field = g_value_get_int (value);
  gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
  g_object_notify_by_pspec (object, pspec);
}

static void
offload_wrap_layout_class_init (OffloadWrapLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  object_class->get_property = offload_wrap_layout_get_property;
  object_class->set_property = offload_wrap_layout_set_property;
  layout_class->get_request_mode = offload_wrap_layout_get_request_mode;
  layout_class->measure = offload_wrap_layout_measure;
  layout_class->allocate = offload_wrap_layout_allocate;

  properties[PROP_COLUMN_SPACING] =
    g_param_spec_int ("column-spacing", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROW_SPACING] =
    g_param_spec_int ("row-spacing", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
offload_wrap_layout_init (OffloadWrapLayout *self)
{
}

GtkLayoutManager *
offload_wrap_layout_new (void)
{
  return g_object_new (OFFLOAD_TYPE_WRAP_LAYOUT, NULL);
}
