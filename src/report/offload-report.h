/* offload-report.h: the printable report of one assessment, as pages
 *
 * Built from an assessment, a document name, a date and flags, the report
 * lays its content out for a page size and a PangoContext
 * (offload_report_paginate()), then draws any page on any cairo_t
 * (offload_report_draw_page()), in the cairo units of the page size given.
 * Content in order: title, date and document name; a summary box with the
 * decision's headline, verdict, net gain a year, the value of the time lost
 * a year if nothing changes, its first reasons and the chain from time lost
 * to net gain; the inputs, each with the decision's warnings about it; the
 * ticked signs and counter-indications; admin and focus lost, their total
 * and the working month; the need gauge and the cost chart; the verdict
 * and its reasons; the delegation brief (what to hand over, in order, with
 * its hours); the action plan as a checklist; the active scenario's
 * comparison. Long content flows onto more pages, never cut: a text block
 * breaks between lines, a row or a chart moves whole, and the summary box
 * closes at a page's foot and opens again at the next page's top.
 *
 * The report draws inside the area it is given and adds no margin of its
 * own. From a GtkPrintOperation (with gtk_print_operation_set_unit
 * (op, GTK_UNIT_POINTS)):
 *
 *   begin-print:  n = offload_report_paginate (report,
 *                       gtk_print_context_get_pango_context (context),
 *                       gtk_print_context_get_width (context),
 *                       gtk_print_context_get_height (context));
 *                 gtk_print_operation_set_n_pages (op, n);
 *   draw-page:    offload_report_draw_page (report,
 *                       gtk_print_context_get_cairo_context (context), page_nr);
 *
 * offload_report_write_pdf() does the same on an A4 cairo PDF surface, with
 * margins, and writes the file atomically.
 *
 * The report reads its assessment when it paginates: paginate again after
 * the assessment changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "offload-assessment.h"
#include "offload-document.h"

G_BEGIN_DECLS

typedef enum
{
  OFFLOAD_REPORT_NONE       = 0,
  /* "Share without amounts": hours, counts and percentages only; no
   * hourly value and no money anywhere, charts included. The sentences
   * that quote amounts (the decision's headline, reasons and chain) give
   * way to the verdict, its advice and the hours. */
  OFFLOAD_REPORT_NO_AMOUNTS = 1 << 0,
} OffloadReportFlags;

/* A4 in points, and the margin offload_report_write_pdf() leaves. */
#define OFFLOAD_REPORT_A4_WIDTH   (210.0 / 25.4 * 72.0)
#define OFFLOAD_REPORT_A4_HEIGHT  (297.0 / 25.4 * 72.0)
#define OFFLOAD_REPORT_PDF_MARGIN (18.0 / 25.4 * 72.0)

#define OFFLOAD_TYPE_REPORT (offload_report_get_type ())

G_DECLARE_FINAL_TYPE (OffloadReport, offload_report, OFFLOAD, REPORT, GObject)

/* @document_name: what the report is about (a document's title or file
 * name), shown under the title; @date: NULL for now. */
OffloadReport      *offload_report_new               (OffloadAssessment  *assessment,
                                                      const char         *document_name,
                                                      GDateTime          *date,
                                                      OffloadReportFlags  flags);
/* Named after the document's title, or its file's name when untitled. */
OffloadReport      *offload_report_new_for_document  (OffloadDocument    *document,
                                                      GDateTime          *date,
                                                      OffloadReportFlags  flags);

OffloadAssessment  *offload_report_get_assessment    (OffloadReport      *self);
const char         *offload_report_get_document_name (OffloadReport      *self);
GDateTime          *offload_report_get_date          (OffloadReport      *self);
OffloadReportFlags  offload_report_get_flags         (OffloadReport      *self);

/* Lays the report out on pages of @width × @height (cairo units; points
 * with a 72 dpi @context, as a PDF or a GtkPrintOperation in points has)
 * and returns how many there are (at least 1). The report keeps @context
 * to draw with. */
guint               offload_report_paginate          (OffloadReport      *self,
                                                      PangoContext       *context,
                                                      double              width,
                                                      double              height);
/* 0 before offload_report_paginate(). */
guint               offload_report_get_n_pages       (OffloadReport      *self);
/* Draws page @page (from 0) at the origin of @cr. */
void                offload_report_draw_page         (OffloadReport      *self,
                                                      cairo_t            *cr,
                                                      guint               page);

/* The text page @page shows, in reading order, one block a line (a label
 * and its value separated by a tab; the charts by their text alternatives),
 * without the page's footer. For a plain-text view of the report, and for
 * tests: whatever the page size, the pages together hold the same text. */
char               *offload_report_dup_page_text     (OffloadReport      *self,
                                                      guint               page);

/* A PangoContext for paper: 72 dpi, no hinting, so that what is measured
 * is what a PDF shows. */
PangoContext       *offload_report_create_print_context (void);

/* The whole report as an A4 PDF document, in memory. */
/* Draws one page, its origin at the top-left corner inside the margins. */
typedef void (*OffloadReportDrawPageFunc) (gpointer  data,
                                           cairo_t  *cr,
                                           guint     page);
/* @n_pages A4 pages drawn by @draw_page inside OFFLOAD_REPORT_PDF_MARGIN,
 * as a PDF titled @title and dated @date (NULL: no date), in memory: the
 * report and the hand-over pack share it. */
GBytes             *offload_report_pdf_from_pages    (const char               *title,
                                                      GDateTime                *date,
                                                      guint                     n_pages,
                                                      OffloadReportDrawPageFunc draw_page,
                                                      gpointer                  data,
                                                      GError                  **error);
GBytes             *offload_report_render_pdf        (OffloadReport      *self,
                                                      GError            **error);
/* The same, written to @path atomically (offload_export_file_write()):
 * never a half-written PDF over an existing file. */
gboolean            offload_report_write_pdf         (OffloadReport      *self,
                                                      const char         *path,
                                                      GError            **error);

G_END_DECLS
