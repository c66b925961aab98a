/* offload-height-for-width-layout.c
 *
 * Places its children over the whole area, as GtkBinLayout does, but only
 * ever asks them for a width at no height. GTK 4.8 asks a horizontal box's
 * children for their width at the box's height when it allocates them, and
 * a wrapping GtkLabel answers that by laying its text out at a dozen widths
 * in a binary search. Around a wrapping label inside a check button, or
 * around a panel of wrapping labels, this keeps the first frame from paying
 * those searches: a width that does not depend on the height is what
 * height-for-width means anyway.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "offload-height-for-width-layout.h"

struct _OffloadHeightForWidthLayout
{
  GtkLayoutManager parent_instance;
};

G_DEFINE_FINAL_TYPE (OffloadHeightForWidthLayout, offload_height_for_width_layout, GTK_TYPE_LAYOUT_MANAGER)

static void
offload_height_for_width_layout_measure (GtkLayoutManager *manager,
                                         GtkWidget        *widget,
                                         GtkOrientation    orientation,
                                         int               for_size,
                                         int              *minimum,
                                         int              *natural,
                                         int              *minimum_baseline,
                                         int              *natural_baseline)
{
  *minimum = *natural = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min = 0, child_nat = 0;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, orientation, orientation == GTK_ORIENTATION_HORIZONTAL ? -1 : for_size,
                          &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
    }
}

static void
offload_height_for_width_layout_allocate (GtkLayoutManager *manager,
                                          GtkWidget        *widget,
                                          int               width,
                                          int               height,
                                          int               baseline)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      gtk_widget_allocate (child, width, height, -1, NULL);
}

static GtkSizeRequestMode
offload_height_for_width_layout_get_request_mode (GtkLayoutManager *manager,
                                                  GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
offload_height_for_width_layout_class_init (OffloadHeightForWidthLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->measure = offload_height_for_width_layout_measure;
  manager_class->allocate = offload_height_for_width_layout_allocate;
  manager_class->get_request_mode = offload_height_for_width_layout_get_request_mode;
}

static void
offload_height_for_width_layout_init (OffloadHeightForWidthLayout *self)
{
}

GtkLayoutManager *
offload_height_for_width_layout_new (void)
{
  return g_object_new (OFFLOAD_TYPE_HEIGHT_FOR_WIDTH_LAYOUT, NULL);
}
