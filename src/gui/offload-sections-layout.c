/* offload-sections-layout.c
 *
 * GTK 4.8 has no breakpoints. The window's sections are reached from a
 * sidebar on a wide window and from a switcher above them on a narrow one;
 * this layout manager places its widget's three children — the sidebar, the
 * switcher and the sections — and hides whichever of the first two the
 * width does not call for. It hides them with gtk_widget_set_child_visible(),
 * which is meant for this and, unlike set_visible(), queues no new layout
 * from within this one; a child that is not child-visible is unmapped, so it
 * is neither drawn nor reached with Tab.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "offload-sections-layout.h"

struct _OffloadSectionsLayout
{
  GtkLayoutManager parent_instance;

  int              breakpoint;   /* from this width on, the sidebar */
  gboolean         wide;
};

G_DEFINE_FINAL_TYPE (OffloadSectionsLayout, offload_sections_layout, GTK_TYPE_LAYOUT_MANAGER)

enum {
  PROP_0,
  PROP_BREAKPOINT,
  PROP_WIDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The sidebar, the switcher and the sections, in the order of the children. */
static gboolean
sections_layout_children (GtkWidget  *widget,
                          GtkWidget **sidebar,
                          GtkWidget **switcher,
                          GtkWidget **content)
{
  *sidebar = gtk_widget_get_first_child (widget);
  *switcher = *sidebar ? gtk_widget_get_next_sibling (*sidebar) : NULL;
  *content = *switcher ? gtk_widget_get_next_sibling (*switcher) : NULL;
  return *content != NULL;
}

static void
sections_layout_measure_child (GtkWidget      *child,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural)
{
  *minimum = *natural = 0;
  if (gtk_widget_get_visible (child))
    gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
}

/* The sidebar's width on a window @width wide: its natural width, but a
 * third of the window at most (the sections are what the owner reads). */
static int
sections_layout_sidebar_width (GtkWidget *sidebar,
                               int        width)
{
  int min, nat;

  sections_layout_measure_child (sidebar, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat);
  return MAX (min, MIN (nat, width / 3));
}

static void
offload_sections_layout_measure (GtkLayoutManager *manager,
                                 GtkWidget        *widget,
                                 GtkOrientation    orientation,
                                 int               for_size,
                                 int              *minimum,
                                 int              *natural,
                                 int              *minimum_baseline,
                                 int              *natural_baseline)
{
  OffloadSectionsLayout *self = OFFLOAD_SECTIONS_LAYOUT (manager);
  GtkWidget *sidebar, *switcher, *content;
  int side_min, side_nat, switch_min, switch_nat, content_min, content_nat;

  *minimum = *natural = 0;
  if (!sections_layout_children (widget, &sidebar, &switcher, &content))
    return;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      sections_layout_measure_child (sidebar, orientation, -1, &side_min, &side_nat);
      sections_layout_measure_child (switcher, orientation, -1, &switch_min, &switch_nat);
      sections_layout_measure_child (content, orientation, -1, &content_min, &content_nat);
      /* As narrow as the switcher's layout allows; as wide as the sidebar's wants. */
      *minimum = MAX (switch_min, content_min);
      *natural = MAX (self->breakpoint, side_nat + content_nat);
    }
  else if (for_size < 0 || for_size >= self->breakpoint)
    {
      int content_width = -1;

      /* The heights at the widths allocate() gives: a height at another
       * width makes every wrapping label lay itself out once more. */
      if (for_size >= 0)
        content_width = for_size - sections_layout_sidebar_width (sidebar, for_size);
      sections_layout_measure_child (sidebar, orientation, -1, &side_min, &side_nat);
      sections_layout_measure_child (content, orientation, content_width, &content_min, &content_nat);
      *minimum = MAX (side_min, content_min);
      *natural = MAX (side_nat, content_nat);
    }
  else
    {
      sections_layout_measure_child (switcher, orientation, for_size, &switch_min, &switch_nat);
      sections_layout_measure_child (content, orientation, for_size, &content_min, &content_nat);
      *minimum = switch_min + content_min;
      *natural = switch_nat + content_nat;
    }
}

static void
offload_sections_layout_allocate (GtkLayoutManager *manager,
                                  GtkWidget        *widget,
                                  int               width,
                                  int               height,
                                  int               baseline)
{
  OffloadSectionsLayout *self = OFFLOAD_SECTIONS_LAYOUT (manager);
  GtkWidget *sidebar, *switcher, *content;
  gboolean wide = width >= self->breakpoint;
  int min, nat;

  if (!sections_layout_children (widget, &sidebar, &switcher, &content))
    return;

  gtk_widget_set_child_visible (sidebar, wide);
  gtk_widget_set_child_visible (switcher, !wide);

  if (wide)
    {
      int side_width = sections_layout_sidebar_width (sidebar, width);
      gtk_widget_size_allocate (sidebar, &(GtkAllocation) { 0, 0, side_width, height }, -1);
      gtk_widget_size_allocate (content, &(GtkAllocation) { side_width, 0, width - side_width, height }, -1);
    }
  else
    {
      sections_layout_measure_child (switcher, GTK_ORIENTATION_VERTICAL, width, &min, &nat);
      gtk_widget_size_allocate (switcher, &(GtkAllocation) { 0, 0, width, min }, -1);
      gtk_widget_size_allocate (content, &(GtkAllocation) { 0, min, width, MAX (0, height - min) }, -1);
    }

  if (self->wide != wide)
    {
      self->wide = wide;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDE]);
    }
}

/* Widths first, heights for them: asking a wrapping label for its width at
 * a given height makes it search through layouts. */
static GtkSizeRequestMode
offload_sections_layout_get_request_mode (GtkLayoutManager *manager,
                                          GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
offload_sections_layout_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  OffloadSectionsLayout *self = OFFLOAD_SECTIONS_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_BREAKPOINT: g_value_set_int (value, self->breakpoint); break;
    case PROP_WIDE: g_value_set_boolean (value, self->wide); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_sections_layout_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  OffloadSectionsLayout *self = OFFLOAD_SECTIONS_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_BREAKPOINT:
      if (self->breakpoint != g_value_get_int (value))
        {
          self->breakpoint = g_value_get_int (value);
          gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_sections_layout_class_init (OffloadSectionsLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  object_class->get_property = offload_sections_layout_get_property;
  object_class->set_property = offload_sections_layout_set_property;

  manager_class->measure = offload_sections_layout_measure;
  manager_class->allocate = offload_sections_layout_allocate;
  manager_class->get_request_mode = offload_sections_layout_get_request_mode;

  properties[PROP_BREAKPOINT] =
    g_param_spec_int ("breakpoint", NULL, NULL, 0, G_MAXINT, 720,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WIDE] =
    g_param_spec_boolean ("wide", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
offload_sections_layout_init (OffloadSectionsLayout *self)
{
  self->breakpoint = 720;
}

GtkLayoutManager *
offload_sections_layout_new (void)
{
  return g_object_new (OFFLOAD_TYPE_SECTIONS_LAYOUT, NULL);
}

gboolean
offload_sections_layout_get_wide (OffloadSectionsLayout *self)
{
  g_return_val_if_fail (OFFLOAD_IS_SECTIONS_LAYOUT (self), FALSE);
  return self->wide;
}
