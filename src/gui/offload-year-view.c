/* offload-year-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <math.h>

#include "offload-chart-view.h"
#include "offload-year-chart.h"
#include "offload-year-view.h"

struct _OffloadYearView
{
  GtkWidget          parent_instance;

  OffloadAssessment *assessment;
  GSignalGroup      *assessment_signals;
  GSignalGroup      *scenario_signals;   /* target: the active scenario */
  GSignalGroup      *activity_signals;   /* target: the assessment's activity */

  char              *description;
  gboolean           stale;
  guint              refresh_source;
};

G_DEFINE_FINAL_TYPE (OffloadYearView, offload_year_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- following the assessment ------------------------------------------- */

static void
year_view_refresh (OffloadYearView *self)
{
  self->stale = FALSE;
  g_clear_pointer (&self->description, g_free);
  /* The window shows amounts: "share without amounts" only shapes exports. */
  if (self->assessment != NULL)
    self->description = offload_year_chart_describe (self->assessment, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description ? self->description : "",
                                  -1);
}

static gboolean
year_view_refresh_in_idle (gpointer user_data)
{
  OffloadYearView *self = user_data;

  self->refresh_source = 0;
  if (self->stale)
    year_view_refresh (self);
  return G_SOURCE_REMOVE;
}

/* A spin step only asks for a new frame; the words for screen readers are
 * rebuilt once the figures settle. */
static void
year_view_on_changed (OffloadYearView *self)
{
  self->stale = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (self->refresh_source == 0)
    {
      self->refresh_source = g_idle_add_full (G_PRIORITY_LOW, year_view_refresh_in_idle, self, NULL);
      g_source_set_name_by_id (self->refresh_source, "[offload] year chart text");
    }
}

static void
year_view_on_active_scenario (OffloadYearView *self)
{
  g_signal_group_set_target (self->scenario_signals,
                             self->assessment ? offload_assessment_get_active_scenario (self->assessment) : NULL);
  year_view_on_changed (self);
}

/* ---- drawing ------------------------------------------------------------ */

static GtkSizeRequestMode
offload_year_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
offload_year_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  OffloadYearView *self = OFFLOAD_YEAR_VIEW (widget);
  OffloadChartStyle style;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Twelve narrow bars still read in a phone-sized window. */
      *minimum = 200;
      *natural = 480;
      return;
    }
  if (self->assessment == NULL)
    {
      *minimum = *natural = 0;
      return;
    }

  offload_chart_style_init_light (&style);
  *minimum = *natural = (int) ceil (offload_year_chart_get_height (gtk_widget_get_pango_context (widget), &style,
                                                                   for_size > 0 ? for_size : 480));
}

static void
offload_year_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  OffloadYearView *self = OFFLOAD_YEAR_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  OffloadChartStyle style;
  cairo_t *cr;

  if (self->assessment == NULL || width <= 0 || height <= 0)
    return;

  offload_chart_view_style_from_theme (GTK_WIDGET (self), &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  offload_year_chart_draw (cr, gtk_widget_get_pango_context (widget), &style,
                           self->assessment, FALSE, width, height);
  cairo_destroy (cr);
}

/* ---- object ------------------------------------------------------------- */

OffloadAssessment *
offload_year_view_get_assessment (OffloadYearView *self)
{
  g_return_val_if_fail (OFFLOAD_IS_YEAR_VIEW (self), NULL);
  return self->assessment;
}

void
offload_year_view_set_assessment (OffloadYearView   *self,
                                  OffloadAssessment *assessment)
{
  g_return_if_fail (OFFLOAD_IS_YEAR_VIEW (self));
  g_return_if_fail (assessment == NULL || OFFLOAD_IS_ASSESSMENT (assessment));

  if (!g_set_object (&self->assessment, assessment))
    return;

  g_signal_group_set_target (self->assessment_signals, assessment);
  g_signal_group_set_target (self->activity_signals,
                             assessment ? offload_assessment_get_activity (assessment) : NULL);
  g_signal_group_set_target (self->scenario_signals,
                             assessment ? offload_assessment_get_active_scenario (assessment) : NULL);
  year_view_refresh (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
}

const char *
offload_year_view_get_description (OffloadYearView *self)
{
  g_return_val_if_fail (OFFLOAD_IS_YEAR_VIEW (self), NULL);

  if (self->stale)
    year_view_refresh (self);
  return self->description;
}

static void
offload_year_view_dispose (GObject *object)
{
  OffloadYearView *self = OFFLOAD_YEAR_VIEW (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->assessment_signals != NULL)
    g_signal_group_set_target (self->assessment_signals, NULL);
  if (self->scenario_signals != NULL)
    g_signal_group_set_target (self->scenario_signals, NULL);
  if (self->activity_signals != NULL)
    g_signal_group_set_target (self->activity_signals, NULL);
  g_clear_object (&self->assessment_signals);
  g_clear_object (&self->scenario_signals);
  g_clear_object (&self->activity_signals);
  g_clear_object (&self->assessment);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (offload_year_view_parent_class)->dispose (object);
}

static void
offload_year_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OffloadYearView *self = OFFLOAD_YEAR_VIEW (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT: g_value_set_object (value, self->assessment); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_year_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OffloadYearView *self = OFFLOAD_YEAR_VIEW (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT: offload_year_view_set_assessment (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_year_view_class_init (OffloadYearViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = offload_year_view_dispose;
  object_class->get_property = offload_year_view_get_property;
  object_class->set_property = offload_year_view_set_property;

  widget_class->get_request_mode = offload_year_view_get_request_mode;
  widget_class->measure = offload_year_view_measure;
  widget_class->snapshot = offload_year_view_snapshot;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL,
                         OFFLOAD_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
offload_year_view_init (OffloadYearView *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Chart of the year, month by month"),
                                  -1);

  self->assessment_signals = g_signal_group_new (OFFLOAD_TYPE_ASSESSMENT);
  g_signal_group_connect_swapped (self->assessment_signals, "notify::active-scenario",
                                  G_CALLBACK (year_view_on_active_scenario), self);
  self->scenario_signals = g_signal_group_new (OFFLOAD_TYPE_SCENARIO);
  g_signal_group_connect_swapped (self->scenario_signals, "results-changed",
                                  G_CALLBACK (year_view_on_changed), self);
  self->activity_signals = g_signal_group_new (OFFLOAD_TYPE_ACTIVITY);
  g_signal_group_connect_swapped (self->activity_signals, "changed",
                                  G_CALLBACK (year_view_on_changed), self);
}
