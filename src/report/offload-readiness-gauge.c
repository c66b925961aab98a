/* offload-readiness-gauge.c
 *
 * A bar rather than an arc: it keeps its proportions from a narrow window
 * to a page, and the band thresholds read as a ruler under it. The bands
 * come from the catalog (data/signs.json), never from here.
 *
 * The same need reads as a different verdict whether handing over pays or
 * not, so the bar shows only the bands of the case at hand: the ones the
 * score can actually fall in. A counter-indication keeps the bands of that
 * case and overrides the verdict, in the warning colour.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "offload-chart-text.h"
#include "offload-readiness-gauge.h"

typedef struct
{
  PangoLayout *score;
  PangoLayout *verdict;
  GPtrArray   *ticks;        /* PangoLayout, one per threshold */
  GArray      *tick_values;  /* int */
  GPtrArray   *titles;       /* PangoLayout per band, or empty when one does not fit */
  GPtrArray   *bands;        /* OffloadBand, borrowed from the catalog, by min */
  OffloadBand *band;         /* the verdict's */
  int          need;
  double       verdict_x;
  double       verdict_y;
  double       bar_y;
  double       bar_height;
  double       ticks_y;
  double       titles_y;
  double       height;
} Measure;

static void
measure_clear (Measure *m)
{
  g_clear_object (&m->score);
  g_clear_object (&m->verdict);
  g_clear_pointer (&m->ticks, g_ptr_array_unref);
  g_clear_pointer (&m->tick_values, g_array_unref);
  g_clear_pointer (&m->titles, g_ptr_array_unref);
  g_clear_pointer (&m->bands, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Measure, measure_clear)

static int
compare_bands (gconstpointer a,
               gconstpointer b)
{
  const OffloadBand *x = *(OffloadBand * const *) a;
  const OffloadBand *y = *(OffloadBand * const *) b;

  return x->min - y->min;
}

/* The bands a need can fall in when handing over pays (or does not),
 * lowest first; the counter band has no range. */
static GPtrArray *
list_bands (OffloadCatalog *catalog,
            gboolean        pays)
{
  GPtrArray *bands = g_ptr_array_new ();

  for (guint i = 0; i < offload_catalog_get_n_bands (catalog); i++)
    {
      OffloadBand *band = offload_catalog_get_band (catalog, i);

      if (!band->counter && !band->pays == !pays)
        g_ptr_array_add (bands, band);
    }
  g_ptr_array_sort (bands, compare_bands);
  return bands;
}

static gboolean
lines_fit (PangoLayout *layout,
           double       room)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  gboolean fit = TRUE;

  do
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      fit = fit && (double) logical.width / PANGO_SCALE <= room + 0.01;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return fit;
}

static double
position (int    value,
          double width)
{
  return width * CLAMP (value, 0, 100) / 100.0;
}

static void
measure (PangoContext            *context,
         const OffloadChartStyle *style,
         OffloadAssessment       *assessment,
         double                   width,
         Measure                 *m)
{
  OffloadCatalog *catalog = offload_assessment_get_catalog (assessment);
  OffloadDecision *decision = offload_assessment_get_decision (assessment);
  g_autofree char *score = NULL;
  double score_width, score_height, verdict_width, verdict_height, tick_height = 0.0;
  double line_height;
  gboolean titles_fit = TRUE;

  m->need = offload_decision_get_need (decision);
  m->band = offload_decision_get_band (decision);
  m->bands = list_bands (catalog, offload_decision_get_delegation_pays (decision));

  /* Translators: need to delegate, a score out of 100 */
  score = g_strdup_printf (_("%d/100"), m->need);
  m->score = offload_chart_text_layout (context, style, score, 1.8, TRUE, -1);
  offload_chart_text_size (m->score, &score_width, &score_height);

  /* The verdict beside the score when both fit on one line, else below it. */
  m->verdict = offload_chart_text_layout (context, style, m->band ? m->band->title : "", 1.2, TRUE, -1);
  offload_chart_text_size (m->verdict, &verdict_width, &verdict_height);
  line_height = score_height / 1.8;
  if (score_width + line_height + verdict_width <= width)
    {
      PangoLayoutIter *score_iter = pango_layout_get_iter (m->score);
      PangoLayoutIter *verdict_iter = pango_layout_get_iter (m->verdict);

      m->verdict_x = score_width + line_height;
      /* Same baseline. */
      m->verdict_y = (double) (pango_layout_iter_get_baseline (score_iter) -
                               pango_layout_iter_get_baseline (verdict_iter)) / PANGO_SCALE;
      m->bar_y = score_height;
      pango_layout_iter_free (score_iter);
      pango_layout_iter_free (verdict_iter);
    }
  else
    {
      g_object_unref (m->verdict);
      m->verdict = offload_chart_text_layout (context, style, m->band ? m->band->title : "", 1.2, TRUE, width);
      offload_chart_text_size (m->verdict, NULL, &verdict_height);
      m->verdict_x = 0.0;
      m->verdict_y = score_height;
      m->bar_y = score_height + verdict_height;
    }

  m->bar_y += line_height * 0.5;
  m->bar_height = line_height * 1.1;
  m->ticks_y = m->bar_y + m->bar_height + line_height * 0.3;

  m->ticks = g_ptr_array_new_with_free_func (g_object_unref);
  m->tick_values = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; i <= m->bands->len; i++)
    {
      int value = i < m->bands->len ? ((OffloadBand *) m->bands->pdata[i])->min : 100;
      g_autofree char *text = g_strdup_printf ("%d", value);
      PangoLayout *tick = offload_chart_text_layout (context, style, text, 0.8, FALSE, -1);

      offload_chart_text_size (tick, NULL, &tick_height);
      g_ptr_array_add (m->ticks, tick);
      g_array_append_val (m->tick_values, value);
    }

  /* The bands' titles under their stretch of the bar, only when every one
   * of them fits whole: a cut title would say something else. */
  m->titles = g_ptr_array_new_with_free_func (g_object_unref);
  m->titles_y = m->ticks_y + tick_height;
  for (guint i = 0; i < m->bands->len && titles_fit; i++)
    {
      OffloadBand *band = m->bands->pdata[i];
      double stretch = position (band->max + 1, width) - position (band->min, width);
      double room = stretch - 4;
      PangoLayout *title = offload_chart_text_layout (context, style, band->title, 0.8, band == m->band,
                                                      MAX (room, 1));

      /* Whole words only: a word wider than its stretch overflows rather
       * than breaks, and is caught below. */
      pango_layout_set_wrap (title, PANGO_WRAP_WORD);
      pango_layout_set_alignment (title, PANGO_ALIGN_CENTER);
      titles_fit = room > 0 && pango_layout_get_line_count (title) <= 2 && lines_fit (title, room);
      g_ptr_array_add (m->titles, title);
    }
  if (!titles_fit)
    g_ptr_array_set_size (m->titles, 0);

  m->height = m->titles_y;
  for (guint i = 0; i < m->titles->len; i++)
    {
      double h;

      offload_chart_text_size (m->titles->pdata[i], NULL, &h);
      m->height = MAX (m->height, m->titles_y + h);
    }
  m->height = ceil (m->height);
}

double
offload_readiness_gauge_get_height (PangoContext            *context,
                                    const OffloadChartStyle *style,
                                    OffloadAssessment       *assessment,
                                    double                   width)
{
  g_auto(Measure) m = { 0 };

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0.0);
  g_return_val_if_fail (style != NULL, 0.0);
  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (assessment), 0.0);

  measure (context, style, assessment, width, &m);
  return m.height;
}

void
offload_readiness_gauge_draw (cairo_t                 *cr,
                              PangoContext            *context,
                              const OffloadChartStyle *style,
                              OffloadAssessment       *assessment,
                              double                   width,
                              double                   height)
{
  g_auto(Measure) m = { 0 };
  gboolean counter;
  const OffloadChartColor *fill;
  double radius;
  double x;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (style != NULL);
  g_return_if_fail (OFFLOAD_IS_ASSESSMENT (assessment));

  measure (context, style, assessment, width, &m);
  counter = m.band != NULL && m.band->counter;
  /* A counter-indication overrides the score: the warning colour says so. */
  fill = counter ? &style->warning : &style->accent;
  radius = m.bar_height / 4;

  cairo_save (cr);

  offload_chart_show_layout (cr, m.score, &style->foreground, 0, 0);
  offload_chart_show_layout (cr, m.verdict, counter ? &style->warning : &style->foreground,
                             m.verdict_x, m.verdict_y);

  /* The bands as a track, the verdict's own band a shade darker. */
  for (guint i = 0; i < m.bands->len; i++)
    {
      OffloadBand *band = m.bands->pdata[i];
      double x0 = position (band->min, width);
      double x1 = position (band->max + 1, width);

      offload_chart_set_color (cr, &style->muted, band == m.band ? 0.32 : 0.14);
      cairo_rectangle (cr, x0, m.bar_y, x1 - x0, m.bar_height);
      cairo_fill (cr);
    }

  /* The score reached. */
  x = position (m.need, width);
  if (x > 0.0)
    {
      offload_chart_set_color (cr, fill, 1.0);
      offload_chart_rounded_rect (cr, 0, m.bar_y + m.bar_height * 0.2, MAX (x, radius * 2),
                                  m.bar_height * 0.6, radius);
      cairo_fill (cr);
    }

  /* The thresholds, cut through the bar in the background colour. */
  offload_chart_set_color (cr, &style->background, 1.0);
  cairo_set_line_width (cr, MAX (1.0, m.bar_height / 8));
  for (guint i = 1; i < m.bands->len; i++)
    {
      double tx = position (((OffloadBand *) m.bands->pdata[i])->min, width);

      cairo_move_to (cr, tx, m.bar_y);
      cairo_line_to (cr, tx, m.bar_y + m.bar_height);
    }
  cairo_stroke (cr);

  /* The marker: a line through the bar at the score. */
  offload_chart_set_color (cr, &style->foreground, 1.0);
  cairo_set_line_width (cr, MAX (1.5, m.bar_height / 6));
  x = CLAMP (x, cairo_get_line_width (cr) / 2, width - cairo_get_line_width (cr) / 2);
  cairo_move_to (cr, x, m.bar_y - m.bar_height * 0.25);
  cairo_line_to (cr, x, m.bar_y + m.bar_height * 1.25);
  cairo_stroke (cr);

  for (guint i = 0; i < m.ticks->len; i++)
    {
      PangoLayout *tick = m.ticks->pdata[i];
      double tick_width;
      double tx;

      offload_chart_text_size (tick, &tick_width, NULL);
      tx = position (g_array_index (m.tick_values, int, i), width) - tick_width / 2;
      offload_chart_show_layout (cr, tick, &style->muted, CLAMP (tx, 0, width - tick_width), m.ticks_y);
    }

  for (guint i = 0; i < m.titles->len; i++)
    {
      OffloadBand *band = m.bands->pdata[i];
      double x0 = position (band->min, width);

      offload_chart_show_layout (cr, m.titles->pdata[i], band == m.band ? &style->foreground : &style->muted,
                                 x0 + 2, m.titles_y);
    }

  cairo_restore (cr);
}

char *
offload_readiness_gauge_describe (OffloadAssessment *assessment)
{
  OffloadDecision *decision;
  OffloadBand *band;
  int need;

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (assessment), NULL);

  decision = offload_assessment_get_decision (assessment);
  need = offload_decision_get_need (decision);
  band = offload_decision_get_band (decision);
  g_return_val_if_fail (band != NULL, NULL);

  if (band->counter)
    /* Translators: the gauge for a screen reader; %d is the need score, %s the verdict */
    return g_strdup_printf (_("Need to delegate: %d out of 100. Verdict: %s, because a counter-indication is ticked."),
                            need, band->title);

  /* Translators: the gauge for a screen reader: the need score, the bounds
   * of its band, then the verdict */
  return g_strdup_printf (_("Need to delegate: %d out of 100, in the band from %d to %d. Verdict: %s."),
                          need, band->min, band->max, band->title);
}
