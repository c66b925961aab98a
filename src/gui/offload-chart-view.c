/* offload-chart-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <math.h>

#include "offload-chart-view.h"
#include "offload-cost-chart.h"
#include "offload-readiness-gauge.h"

struct _OffloadChartView
{
  GtkWidget           parent_instance;

  OffloadChartKind    kind;
  OffloadAssessment  *assessment;
  GSignalGroup       *signals;

  /* The cost chart's bars, rebuilt when the figures changed. */
  OffloadChartSeries *series;
  char               *description;
  gboolean            stale;
  guint               refresh_source;
};

G_DEFINE_FINAL_TYPE (OffloadChartView, offload_chart_view, GTK_TYPE_WIDGET)
G_DEFINE_ENUM_TYPE (OffloadChartKind, offload_chart_kind,
                    G_DEFINE_ENUM_VALUE (OFFLOAD_CHART_KIND_GAUGE, "gauge"),
                    G_DEFINE_ENUM_VALUE (OFFLOAD_CHART_KIND_COST, "cost"))

enum {
  PROP_0,
  PROP_KIND,
  PROP_ASSESSMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- colours ------------------------------------------------------------ */

static void
copy_color (OffloadChartColor *to,
            const GdkRGBA     *from)
{
  to->red = from->red;
  to->green = from->green;
  to->blue = from->blue;
  to->alpha = from->alpha;
}

/* The theme's own colours, so the chart follows the light and dark styles;
 * the report's palette fills in what the theme does not name. */
void
offload_chart_view_style_from_theme (GtkWidget         *widget,
                                     OffloadChartStyle *style)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA fg, color;

  gtk_style_context_get_color (context, &fg);
  if (0.299 * fg.red + 0.587 * fg.green + 0.114 * fg.blue > 0.5)
    offload_chart_style_init_dark (style);
  else
    offload_chart_style_init_light (style);

  copy_color (&style->foreground, &fg);
  color = fg;
  color.alpha *= 0.6;
  copy_color (&style->muted, &color);
  /* accent_color from GTK 4.10's theme on, the selection colour before. */
  if (gtk_style_context_lookup_color (context, "accent_color", &color) ||
      gtk_style_context_lookup_color (context, "theme_selected_bg_color", &color))
    copy_color (&style->accent, &color);
  if (gtk_style_context_lookup_color (context, "warning_color", &color))
    copy_color (&style->warning, &color);
  if (gtk_style_context_lookup_color (context, "window_bg_color", &color) ||
      gtk_style_context_lookup_color (context, "theme_bg_color", &color))
    copy_color (&style->background, &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

/* ---- following the assessment ------------------------------------------- */

static void
refresh (OffloadChartView *self)
{

  self->stale = FALSE;
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->series, offload_chart_series_unref);

  if (self->assessment != NULL)
    {
      if (self->kind == OFFLOAD_CHART_KIND_GAUGE)
        {
          self->description = offload_readiness_gauge_describe (self->assessment);
          gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                          GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                          GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 100.0,
                                          GTK_ACCESSIBLE_PROPERTY_VALUE_NOW,
                                          (double) offload_assessment_get_readiness (self->assessment),
                                          -1);
        }
      else
        {
          self->series = offload_cost_chart_build_series (self->assessment, FALSE);
          self->description = offload_chart_series_describe (self->series);
        }
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description ? self->description : "",
                                  -1);
}

static gboolean
refresh_in_idle (gpointer user_data)
{
  OffloadChartView *self = user_data;

  self->refresh_source = 0;
  if (self->stale)
    refresh (self);
  return G_SOURCE_REMOVE;
}

/* A slider step only marks the chart stale and asks for a new size (a bar
 * may come or go) and a frame: the bars are rebuilt when the frame measures
 * or draws them, and the words for screen readers once the figures settle. */
static void
on_assessment_changed (OffloadChartView *self)
{
  self->stale = TRUE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  if (self->refresh_source == 0)
    {
      self->refresh_source = g_idle_add_full (G_PRIORITY_LOW, refresh_in_idle, self, NULL);
      g_source_set_name_by_id (self->refresh_source, "[offload] chart text");
    }
}

/* ---- drawing ------------------------------------------------------------ */

static GtkSizeRequestMode
offload_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
offload_chart_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  OffloadChartView *self = OFFLOAD_CHART_VIEW (widget);
  OffloadChartStyle style;
  double width;
  double height = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Narrow enough for a phone-sized window; the bars stretch. */
      *minimum = 200;
      *natural = 320;
      return;
    }

  if (self->assessment == NULL)
    {
      *minimum = *natural = 0;
      return;
    }

  if (self->stale)
    refresh (self);

  width = for_size > 0 ? for_size : 320;
  offload_chart_style_init_light (&style);
  if (self->kind == OFFLOAD_CHART_KIND_GAUGE)
    height = offload_readiness_gauge_get_height (gtk_widget_get_pango_context (widget), &style,
                                                 self->assessment, width);
  else if (self->series != NULL)
    height = offload_cost_chart_get_height (gtk_widget_get_pango_context (widget), &style,
                                            self->series, width);
  *minimum = *natural = (int) ceil (height);
}

static void
offload_chart_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  OffloadChartView *self = OFFLOAD_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  OffloadChartStyle style;
  cairo_t *cr;

  if (self->assessment == NULL || width <= 0 || height <= 0)
    return;
  if (self->stale)
    refresh (self);

  offload_chart_view_style_from_theme (GTK_WIDGET (self), &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->kind == OFFLOAD_CHART_KIND_GAUGE)
    offload_readiness_gauge_draw (cr, gtk_widget_get_pango_context (widget), &style,
                                  self->assessment, width, height);
  else if (self->series != NULL)
    offload_cost_chart_draw (cr, gtk_widget_get_pango_context (widget), &style,
                             self->series, width, height);
  cairo_destroy (cr);
}

/* ---- object ------------------------------------------------------------- */

OffloadChartKind
offload_chart_view_get_kind (OffloadChartView *self)
{
  g_return_val_if_fail (OFFLOAD_IS_CHART_VIEW (self), OFFLOAD_CHART_KIND_GAUGE);
  return self->kind;
}

OffloadAssessment *
offload_chart_view_get_assessment (OffloadChartView *self)
{
  g_return_val_if_fail (OFFLOAD_IS_CHART_VIEW (self), NULL);
  return self->assessment;
}

void
offload_chart_view_set_assessment (OffloadChartView  *self,
                                   OffloadAssessment *assessment)
{
  g_return_if_fail (OFFLOAD_IS_CHART_VIEW (self));
  g_return_if_fail (assessment == NULL || OFFLOAD_IS_ASSESSMENT (assessment));

  if (!g_set_object (&self->assessment, assessment))
    return;

  g_signal_group_set_target (self->signals, assessment);
  refresh (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
}

const char *
offload_chart_view_get_description (OffloadChartView *self)
{
  g_return_val_if_fail (OFFLOAD_IS_CHART_VIEW (self), NULL);

  if (self->stale)
    refresh (self);
  return self->description;
}

static void
offload_chart_view_dispose (GObject *object)
{
  OffloadChartView *self = OFFLOAD_CHART_VIEW (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->signals != NULL)
    g_signal_group_set_target (self->signals, NULL);
  g_clear_object (&self->signals);
  g_clear_object (&self->assessment);
  g_clear_pointer (&self->series, offload_chart_series_unref);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (offload_chart_view_parent_class)->dispose (object);
}

static void
offload_chart_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OffloadChartView *self = OFFLOAD_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_ASSESSMENT: g_value_set_object (value, self->assessment); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_chart_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OffloadChartView *self = OFFLOAD_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND: self->kind = g_value_get_enum (value); break;
    case PROP_ASSESSMENT: offload_chart_view_set_assessment (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_chart_view_class_init (OffloadChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = offload_chart_view_dispose;
  object_class->get_property = offload_chart_view_get_property;
  object_class->set_property = offload_chart_view_set_property;

  widget_class->get_request_mode = offload_chart_view_get_request_mode;
  widget_class->measure = offload_chart_view_measure;
  widget_class->snapshot = offload_chart_view_snapshot;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       OFFLOAD_TYPE_CHART_KIND, OFFLOAD_CHART_KIND_GAUGE,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL,
                         OFFLOAD_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
offload_chart_view_init (OffloadChartView *self)
{
  self->signals = g_signal_group_new (OFFLOAD_TYPE_ASSESSMENT);
  g_signal_group_connect_swapped (self->signals, "changed", G_CALLBACK (on_assessment_changed), self);
}
