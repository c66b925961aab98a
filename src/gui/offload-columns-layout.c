/* offload-columns-layout.c
 *
 * GTK 4.8 has no breakpoints, so the window's two halves (checklist;
 * inputs and results) are placed by this layout manager: side by side when
 * the width allows both columns their natural width, stacked otherwise. It
 * answers height-for-width, so a scrolled window around it scrolls right.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "offload-columns-layout.h"

struct _OffloadColumnsLayout
{
  GtkLayoutManager parent_instance;

  int              spacing;
  int              column_min_width; /* below twice this (plus spacing): one column */
};

G_DEFINE_FINAL_TYPE (OffloadColumnsLayout, offload_columns_layout, GTK_TYPE_LAYOUT_MANAGER)

enum {
  PROP_0,
  PROP_SPACING,
  PROP_COLUMN_MIN_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
two_columns (OffloadColumnsLayout *self,
             int                   width)
{
  return width >= 2 * self->column_min_width + self->spacing;
}

static void
offload_columns_layout_measure (GtkLayoutManager *manager,
                                GtkWidget        *widget,
                                GtkOrientation    orientation,
                                int               for_size,
                                int              *minimum,
                                int              *natural,
                                int              *minimum_baseline,
                                int              *natural_baseline)
{
  OffloadColumnsLayout *self = OFFLOAD_COLUMNS_LAYOUT (manager);
  gboolean side_by_side = orientation == GTK_ORIENTATION_VERTICAL && for_size >= 0 &&
                          two_columns (self, for_size);
  int n_children = 0;
  int column_width = side_by_side ? (for_size - self->spacing) / 2 : for_size;

  *minimum = *natural = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min = 0, child_nat = 0;

      if (!gtk_widget_should_layout (child))
        continue;

      /* Widths do not depend on a height here (height-for-width): asking a
       * wrapping label for its width at a height makes it search. */
      gtk_widget_measure (child, orientation, orientation == GTK_ORIENTATION_HORIZONTAL ? -1 : column_width,
                          &child_min, &child_nat, NULL, NULL);

      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          /* The narrowest we can be is one column; we would like two. */
          *minimum = MAX (*minimum, child_min);
          *natural += MAX (child_nat, self->column_min_width);
        }
      else if (side_by_side)
        {
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
      else
        {
          *minimum += child_min;
          *natural += child_nat;
        }
      n_children++;
    }

  if (n_children > 1 && (orientation == GTK_ORIENTATION_HORIZONTAL || !side_by_side))
    {
      if (orientation == GTK_ORIENTATION_VERTICAL)
        *minimum += self->spacing * (n_children - 1);
      *natural += self->spacing * (n_children - 1);
    }
}

static void
offload_columns_layout_allocate (GtkLayoutManager *manager,
                                 GtkWidget        *widget,
                                 int               width,
                                 int               height,
                                 int               baseline)
{
  OffloadColumnsLayout *self = OFFLOAD_COLUMNS_LAYOUT (manager);
  gboolean side_by_side = two_columns (self, width);
  int column_width = side_by_side ? (width - self->spacing) / 2 : width;
  int x = 0, y = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_height = 0;

      if (!gtk_widget_should_layout (child))
        continue;

      if (side_by_side)
        {
          gtk_widget_size_allocate (child, &(GtkAllocation) { x, 0, column_width, height }, -1);
          x += column_width + self->spacing;
        }
      else
        {
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &child_height, NULL, NULL, NULL);
          gtk_widget_size_allocate (child, &(GtkAllocation) { 0, y, width, child_height }, -1);
          y += child_height + self->spacing;
        }
    }
}

static GtkSizeRequestMode
offload_columns_layout_get_request_mode (GtkLayoutManager *manager,
                                         GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
offload_columns_layout_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  OffloadColumnsLayout *self = OFFLOAD_COLUMNS_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPACING: g_value_set_int (value, self->spacing); break;
    case PROP_COLUMN_MIN_WIDTH: g_value_set_int (value, self->column_min_width); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_columns_layout_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  OffloadColumnsLayout *self = OFFLOAD_COLUMNS_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      self->spacing = g_value_get_int (value);
      gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
      break;
    case PROP_COLUMN_MIN_WIDTH:
      self->column_min_width = g_value_get_int (value);
      gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_columns_layout_class_init (OffloadColumnsLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  object_class->get_property = offload_columns_layout_get_property;
  object_class->set_property = offload_columns_layout_set_property;

  manager_class->measure = offload_columns_layout_measure;
  manager_class->allocate = offload_columns_layout_allocate;
  manager_class->get_request_mode = offload_columns_layout_get_request_mode;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 24,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLUMN_MIN_WIDTH] =
    g_param_spec_int ("column-min-width", NULL, NULL, 0, G_MAXINT, 380,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
offload_columns_layout_init (OffloadColumnsLayout *self)
{
  self->spacing = 24;
  self->column_min_width = 380;
}

GtkLayoutManager *
offload_columns_layout_new (void)
{
  return g_object_new (OFFLOAD_TYPE_COLUMNS_LAYOUT, NULL);
}
