/* offload-handover-report.h: the hand-over pack as an A4 PDF
 *
 * The same content and words as offload_handover_pack_to_markdown(): a
 * title, the date, a line for the provider, then each task handed over in
 * hand-over order with its hours a week and its hand-over sheet — no
 * amount anywhere. The report's fonts, sizes, colours and margins
 * (offload-report.h); a long sheet breaks between lines onto the next
 * page, a heading never stays alone at a page's foot, and each page ends
 * with "Page N of M".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "offload-assessment.h"

G_BEGIN_DECLS

/* The whole pack as a PDF, in memory. @title: the document's name (may be
 * NULL); @date: under the title and in the PDF's metadata, NULL for now.
 * @n_pages (optional): how many pages it has. */
GBytes   *offload_handover_report_render_pdf (OffloadAssessment  *assessment,
                                              const char         *title,
                                              GDateTime          *date,
                                              guint              *n_pages,
                                              GError            **error);

/* The same, dated now, written to @file atomically (offload_export_file_write()):
 * never a half-written PDF over an existing file. */
gboolean  offload_handover_report_write_pdf  (OffloadAssessment  *assessment,
                                              const char         *title,
                                              GFile              *file,
                                              GError            **error);

G_END_DECLS
