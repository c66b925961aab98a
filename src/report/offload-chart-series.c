/* offload-chart-series.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <math.h>

#include "offload-chart-series.h"
#include "offload-format.h"

typedef struct
{
  char             *id;
  char             *label;
  double            value;
  OffloadChartRole  role;
} Item;

struct _OffloadChartSeries
{
  gatomicrefcount   ref_count;
  char             *title;
  OffloadChartUnit  unit;
  char             *currency;
  GArray           *items;  /* of Item */
};

/* Registered by hand: G_DEFINE_BOXED_TYPE trips -Wpedantic in C11 mode. */
GType
offload_chart_series_get_type (void)
{
  static gsize type_id;

  if (g_once_init_enter (&type_id))
    {
      GType type = g_boxed_type_register_static (g_intern_static_string ("OffloadChartSeries"),
                                                 (GBoxedCopyFunc) offload_chart_series_ref,
                                                 (GBoxedFreeFunc) offload_chart_series_unref);
      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_free (item->id);
  g_free (item->label);
}

OffloadChartSeries *
offload_chart_series_new (const char       *title,
                          OffloadChartUnit  unit,
                          const char       *currency)
{
  OffloadChartSeries *self;

  g_return_val_if_fail (title != NULL, NULL);

  self = g_new0 (OffloadChartSeries, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->title = g_strdup (title);
  self->unit = unit;
  self->currency = g_strdup (currency ? currency : "EUR");
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, item_clear);
  return self;
}

OffloadChartSeries *
offload_chart_series_ref (OffloadChartSeries *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
offload_chart_series_unref (OffloadChartSeries *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->title);
  g_free (self->currency);
  g_array_unref (self->items);
  g_free (self);
}

void
offload_chart_series_append (OffloadChartSeries *self,
                             const char         *id,
                             const char         *label,
                             double              value,
                             OffloadChartRole    role)
{
  Item item;

  g_return_if_fail (self != NULL);
  g_return_if_fail (id != NULL && label != NULL);

  item.id = g_strdup (id);
  item.label = g_strdup (label);
  item.value = isfinite (value) && value > 0.0 ? value : 0.0;
  item.role = role;
  g_array_append_val (self->items, item);
}

const char *
offload_chart_series_get_title (OffloadChartSeries *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

OffloadChartUnit
offload_chart_series_get_unit (OffloadChartSeries *self)
{
  g_return_val_if_fail (self != NULL, OFFLOAD_CHART_UNIT_HOURS);
  return self->unit;
}

guint
offload_chart_series_get_n_items (OffloadChartSeries *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->items->len;
}

static const Item *
get_item (OffloadChartSeries *self,
          guint               position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->items->len, NULL);
  return &g_array_index (self->items, Item, position);
}

const char *
offload_chart_series_get_id (OffloadChartSeries *self,
                             guint               position)
{
  const Item *item = get_item (self, position);

  return item ? item->id : NULL;
}

const char *
offload_chart_series_get_label (OffloadChartSeries *self,
                                guint               position)
{
  const Item *item = get_item (self, position);

  return item ? item->label : NULL;
}

double
offload_chart_series_get_value (OffloadChartSeries *self,
                                guint               position)
{
  const Item *item = get_item (self, position);

  return item ? item->value : 0.0;
}

OffloadChartRole
offload_chart_series_get_role (OffloadChartSeries *self,
                               guint               position)
{
  const Item *item = get_item (self, position);

  return item ? item->role : OFFLOAD_CHART_ROLE_LOSS;
}

double
offload_chart_series_get_max (OffloadChartSeries *self)
{
  double max = 0.0;

  g_return_val_if_fail (self != NULL, 0.0);

  for (guint i = 0; i < self->items->len; i++)
    max = MAX (max, g_array_index (self->items, Item, i).value);
  return max;
}

char *
offload_chart_series_format_value (OffloadChartSeries *self,
                                   guint               position)
{
  const Item *item = get_item (self, position);

  if (item == NULL)
    return NULL;
  if (self->unit == OFFLOAD_CHART_UNIT_MONEY)
    return offload_format_money (item->value, self->currency);
  return offload_format_hours (item->value);
}

char *
offload_chart_series_describe (OffloadChartSeries *self)
{
  g_autoptr(GString) items = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  if (self->items->len == 0)
    /* Translators: the text alternative of a chart with nothing to show; %s is its title */
    return g_strdup_printf (_("%s: nothing to show."), self->title);

  for (guint i = 0; i < self->items->len; i++)
    {
      g_autofree char *value = offload_chart_series_format_value (self, i);

      if (i > 0)
        /* Translators: between two items of a chart's text alternative */
        g_string_append (items, C_("list separator", "; "));
      /* Translators: one bar of a chart, for a screen reader: its label, then its value */
      g_string_append_printf (items, C_("chart item", "%s, %s"),
                              g_array_index (self->items, Item, i).label, value);
    }

  /* Translators: a chart's text alternative: its title, then its bars */
  return g_strdup_printf (_("%s: %s."), self->title, items->str);
}
