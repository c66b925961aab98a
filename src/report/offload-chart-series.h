/* offload-chart-series.h: labelled values for a bar chart, money or hours
 *
 * An immutable-once-built, reference-counted value: build it with
 * offload_chart_series_append(), then hand it to offload_cost_chart_draw()
 * and offload_chart_series_describe(). Values are formatted for the locale
 * (offload-format), so the chart, its text alternative and the report show
 * the same figures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  OFFLOAD_CHART_UNIT_MONEY,  /* in the series' currency */
  OFFLOAD_CHART_UNIT_HOURS,
} OffloadChartUnit;

/* What a bar stands for; it picks the bar's colour. */
typedef enum
{
  OFFLOAD_CHART_ROLE_LOSS,    /* what the lost hours cost: the warning colour */
  OFFLOAD_CHART_ROLE_OPTION,  /* what handing them over would cost: the accent */
} OffloadChartRole;

typedef struct _OffloadChartSeries OffloadChartSeries;

#define OFFLOAD_TYPE_CHART_SERIES (offload_chart_series_get_type ())

GType               offload_chart_series_get_type     (void);

/* @title: what the chart shows, for its text alternative ("Where the lost
 * money goes, per month"). @currency: an ISO 4217 code, for money only. */
OffloadChartSeries *offload_chart_series_new          (const char         *title,
                                                       OffloadChartUnit    unit,
                                                       const char         *currency);
OffloadChartSeries *offload_chart_series_ref          (OffloadChartSeries *self);
void                offload_chart_series_unref        (OffloadChartSeries *self);

/* @id is stable (for tests and widgets), @label translated. Negative and
 * non-finite values count as 0. */
void                offload_chart_series_append       (OffloadChartSeries *self,
                                                       const char         *id,
                                                       const char         *label,
                                                       double              value,
                                                       OffloadChartRole    role);

const char         *offload_chart_series_get_title    (OffloadChartSeries *self);
OffloadChartUnit    offload_chart_series_get_unit     (OffloadChartSeries *self);
guint               offload_chart_series_get_n_items  (OffloadChartSeries *self);
const char         *offload_chart_series_get_id       (OffloadChartSeries *self,
                                                       guint               position);
const char         *offload_chart_series_get_label    (OffloadChartSeries *self,
                                                       guint               position);
double              offload_chart_series_get_value    (OffloadChartSeries *self,
                                                       guint               position);
OffloadChartRole    offload_chart_series_get_role     (OffloadChartSeries *self,
                                                       guint               position);
/* The largest value (0 for an empty series): the full length of a bar. */
double              offload_chart_series_get_max      (OffloadChartSeries *self);

/* The value as the chart writes it: "€3,200", "3 200 €", "40 h". */
char               *offload_chart_series_format_value (OffloadChartSeries *self,
                                                       guint               position);

/* The chart in one translated sentence for a screen reader, with the same
 * figures: "The value of your time lost, and what handing over costs, per month: admin hours, €3,200;
 * …". */
char               *offload_chart_series_describe     (OffloadChartSeries *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OffloadChartSeries, offload_chart_series_unref)

G_END_DECLS
