/* offload-handover-report.c
 *
 * A small flow of its own rather than OffloadReport's: the pack is only
 * text (no chart, box or row), so a list of paragraphs placed line by line
 * is all it needs. Sizes, font and colours are the report's, so that the
 * two PDFs a provider may receive look like one family.
 *
 * Text is set with pango_layout_set_text(), never as markup: the sheets
 * are the owner's text, and no character of it can change the page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "offload-chart-style.h"
#include "offload-chart-text.h"
#include "offload-error.h"
#include "offload-export-file.h"
#include "offload-handover-pack.h"
#include "offload-handover-report.h"
#include "offload-report.h"

/* The report's sizes, in points (offload-report.c). */
#define BODY_SIZE        10.0
#define TITLE_SCALE       2.0
#define HEADING_SCALE     1.3
#define SUBHEADING_SCALE  1.1
#define SMALL_SCALE       0.85

typedef struct
{
  double top;
  double bottom;
  double baseline;
  double x;
} HandoverLine;

typedef struct
{
  PangoLayout *layout;
  GArray      *lines;          /* HandoverLine */
  double       space_before;
  gboolean     muted;
  /* A heading: moves to the next page with the first line after it. */
  gboolean     keep_with_next;
} HandoverBlock;

typedef struct
{
  guint  block;
  guint  line;
  guint  page;
  double y;                    /* the line's top on its page */
} HandoverPlacement;

typedef struct
{
  PangoContext      *context;
  OffloadChartStyle  style;
  double             width;
  double             height;
  double             content_height;
  GPtrArray         *blocks;   /* HandoverBlock */
  GArray            *placed;   /* HandoverPlacement */
  guint              n_pages;
} HandoverPages;

static void
handover_block_free (gpointer data)
{
  HandoverBlock *block = data;

  g_clear_object (&block->layout);
  g_clear_pointer (&block->lines, g_array_unref);
  g_free (block);
}

static void
handover_pages_clear (HandoverPages *pages)
{
  g_clear_pointer (&pages->blocks, g_ptr_array_unref);
  g_clear_pointer (&pages->placed, g_array_unref);
  g_clear_object (&pages->context);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HandoverPages, handover_pages_clear)

static HandoverBlock *
handover_add_text (HandoverPages *pages,
                   const char    *text,
                   double         scale,
                   gboolean       bold,
                   gboolean       muted,
                   double         space_before)
{
  HandoverBlock *block = g_new0 (HandoverBlock, 1);
  PangoLayoutIter *iter;

  block->layout = offload_chart_text_layout (pages->context, &pages->style, text, scale, bold, pages->width);
  block->space_before = space_before;
  block->muted = muted;
  block->lines = g_array_new (FALSE, FALSE, sizeof (HandoverLine));

  iter = pango_layout_get_iter (block->layout);
  do
    {
      HandoverLine line;
      PangoRectangle logical;
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line.top = (double) y0 / PANGO_SCALE;
      line.bottom = (double) y1 / PANGO_SCALE;
      line.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      line.x = (double) logical.x / PANGO_SCALE;
      g_array_append_val (block->lines, line);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  g_ptr_array_add (pages->blocks, block);
  return block;
}

/* The owner's text with line ends made "\n": pango would show a CR as a box. */
static char *
handover_report_dup_text (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  for (const char *p = trimmed; *p != '\0'; p++)
    {
      if (p[0] == '\r')
        {
          g_string_append_c (out, '\n');
          if (p[1] == '\n')
            p++;
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
handover_report_build (HandoverPages     *pages,
                       OffloadAssessment *assessment,
                       const char        *title,
                       GDateTime         *date)
{
  g_autoptr(GPtrArray) tasks = offload_handover_pack_dup_tasks (assessment);
  g_autofree char *heading = offload_handover_pack_dup_title (title);
  /* Translators: the date under the report's title (see g_date_time_format()); keep the order of your language */
  g_autofree char *when = g_date_time_format (date, C_("report date", "%-d %B %Y"));

  handover_add_text (pages, heading, TITLE_SCALE, TRUE, FALSE, 0);
  handover_add_text (pages, when ? when : "", 1.0, FALSE, TRUE, BODY_SIZE * 0.3);

  if (tasks->len == 0)
    {
      handover_add_text (pages, offload_handover_pack_get_nothing (), 1.0, FALSE, FALSE, BODY_SIZE * 1.2);
      return;
    }

  handover_add_text (pages, offload_handover_pack_get_intro (), 1.0, FALSE, FALSE, BODY_SIZE * 1.2);
  for (guint i = 0; i < tasks->len; i++)
    {
      OffloadOwnerTask *task = tasks->pdata[i];
      g_autofree char *task_heading = offload_handover_pack_dup_heading (task, i + 1);
      g_autofree char *hours = offload_handover_pack_dup_hours (task);
      gboolean any = FALSE;

      handover_add_text (pages, task_heading, HEADING_SCALE, TRUE, FALSE, BODY_SIZE * 1.6)->keep_with_next = TRUE;
      if (hours != NULL)
        handover_add_text (pages, hours, SMALL_SCALE, FALSE, TRUE, BODY_SIZE * 0.2)->keep_with_next = TRUE;

      for (guint f = 0; f < OFFLOAD_N_SHEET_FIELDS; f++)
        {
          g_autofree char *text = handover_report_dup_text (offload_owner_task_get_sheet (task, f));

          if (*text == '\0')
            continue;
          handover_add_text (pages, offload_sheet_field_get_title (f), SUBHEADING_SCALE, TRUE, FALSE,
                             BODY_SIZE * 0.9)->keep_with_next = TRUE;
          handover_add_text (pages, text, 1.0, FALSE, FALSE, BODY_SIZE * 0.3);
          any = TRUE;
        }
      if (!any)
        handover_add_text (pages, offload_handover_pack_get_no_sheet (), 1.0, FALSE, TRUE, BODY_SIZE * 0.6);
    }
}

static double
handover_line_height (HandoverBlock *block,
                      guint          line)
{
  const HandoverLine *l = &g_array_index (block->lines, HandoverLine, line);

  return l->bottom - l->top;
}

/* The height a run of headings needs to stay with the first line of what
 * follows them, from block @first on (its own space above left out). */
static double
handover_kept_height (HandoverPages *pages,
                      guint          first)
{
  double height = 0;

  for (guint i = first; i < pages->blocks->len; i++)
    {
      HandoverBlock *block = pages->blocks->pdata[i];

      if (i > first)
        height += block->space_before;
      if (!block->keep_with_next)
        return height + handover_line_height (block, 0);
      height += g_array_index (block->lines, HandoverLine, block->lines->len - 1).bottom;
    }
  return height;
}

static void
handover_report_flow (HandoverPages *pages)
{
  guint page = 0;
  double y = 0;

  for (guint b = 0; b < pages->blocks->len; b++)
    {
      HandoverBlock *block = pages->blocks->pdata[b];

      if (y > 0)
        y += block->space_before;
      if (block->keep_with_next && y > 0 && y + handover_kept_height (pages, b) > pages->content_height)
        {
          page++;
          y = 0;
        }
      for (guint l = 0; l < block->lines->len; l++)
        {
          double line_height = handover_line_height (block, l);
          HandoverPlacement placement;

          /* A line taller than a page goes on one of its own, cut: never a loop. */
          if (y > 0 && y + line_height > pages->content_height)
            {
              page++;
              y = 0;
            }
          placement.block = b;
          placement.line = l;
          placement.page = page;
          placement.y = y;
          g_array_append_val (pages->placed, placement);
          y += line_height;
        }
    }
  pages->n_pages = page + 1;
}

static void
handover_report_draw_page (HandoverPages *pages,
                           cairo_t       *cr,
                           guint          page)
{
  /* Translators: at the foot of each page of the report */
  g_autofree char *footer = g_strdup_printf (_("Page %u of %u"), page + 1, pages->n_pages);
  g_autoptr(PangoLayout) layout = offload_chart_text_layout (pages->context, &pages->style, footer,
                                                             SMALL_SCALE, FALSE, pages->width);
  double footer_height;

  for (guint i = 0; i < pages->placed->len; i++)
    {
      const HandoverPlacement *placement = &g_array_index (pages->placed, HandoverPlacement, i);
      HandoverBlock *block;
      const HandoverLine *line;

      if (placement->page != page)
        continue;
      block = pages->blocks->pdata[placement->block];
      line = &g_array_index (block->lines, HandoverLine, placement->line);
      offload_chart_set_color (cr, block->muted ? &pages->style.muted : &pages->style.foreground, 1.0);
      cairo_move_to (cr, line->x, placement->y + line->baseline - line->top);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (block->layout, (int) placement->line));
    }

  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  offload_chart_text_size (layout, NULL, &footer_height);
  offload_chart_show_layout (cr, layout, &pages->style.muted, 0, pages->height - footer_height);
}

static void
handover_report_draw_pdf_page (gpointer  data,
                               cairo_t  *cr,
                               guint     page)
{
  handover_report_draw_page (data, cr, page);
}

GBytes *
offload_handover_report_render_pdf (OffloadAssessment  *assessment,
                                    const char         *title,
                                    GDateTime          *date,
                                    guint              *n_pages,
                                    GError            **error)
{
  g_auto(HandoverPages) pages = { 0 };
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(PangoFontDescription) font = NULL;
  g_autofree char *pdf_title = NULL;
  double margin = OFFLOAD_REPORT_PDF_MARGIN;
  GBytes *pdf;

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (date == NULL)
    date = now = g_date_time_new_now_local ();

  pages.context = offload_report_create_print_context ();
  pages.width = OFFLOAD_REPORT_A4_WIDTH - 2 * margin;
  pages.height = OFFLOAD_REPORT_A4_HEIGHT - 2 * margin;
  /* The footer's line and a gap above it, as the report leaves. */
  pages.content_height = pages.height - (BODY_SIZE * SMALL_SCALE * 1.4 + BODY_SIZE * 1.2);
  font = pango_font_description_from_string ("Sans");
  pango_font_description_set_size (font, (int) (BODY_SIZE * PANGO_SCALE));
  offload_chart_style_init_light (&pages.style);
  pages.style.font = font;
  pages.blocks = g_ptr_array_new_with_free_func (handover_block_free);
  pages.placed = g_array_new (FALSE, FALSE, sizeof (HandoverPlacement));

  handover_report_build (&pages, assessment, title, date);
  handover_report_flow (&pages);

  pdf_title = offload_handover_pack_dup_title (title);
  pdf = offload_report_pdf_from_pages (pdf_title, date, pages.n_pages, handover_report_draw_pdf_page, &pages, error);
  if (pdf == NULL)
    return NULL;

  if (n_pages != NULL)
    *n_pages = pages.n_pages;
  return pdf;
}

gboolean
offload_handover_report_write_pdf (OffloadAssessment  *assessment,
                                   const char         *title,
                                   GFile              *file,
                                   GError            **error)
{
  g_autoptr(GBytes) pdf = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pdf = offload_handover_report_render_pdf (assessment, title, NULL, NULL, error);
  if (pdf == NULL)
    return FALSE;

  data = g_bytes_get_data (pdf, &length);
  return offload_export_file_write (file, data, length, error);
}
