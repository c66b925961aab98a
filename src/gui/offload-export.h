/* offload-export.h: the window's exports of an assessment
 *
 * The report as PDF and on paper, and the figures as CSV, optionally
 * "shared without amounts". The PDF, the printout and the print-to-file
 * all come from one drawing, OffloadReport's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "offload-document.h"

G_BEGIN_DECLS

typedef enum
{
  OFFLOAD_EXPORT_PDF,
  OFFLOAD_EXPORT_CSV,
  /* The delegated tasks and their sheets, never an amount: Markdown when
   * the file's name ends in ".md", else PDF. */
  OFFLOAD_EXPORT_HANDOVER,
} OffloadExportFormat;

/* Writes @document's report or figures to @file, atomically. */
gboolean offload_export_write              (OffloadDocument     *document,
                                            OffloadExportFormat  format,
                                            gboolean             no_amounts,
                                            GFile               *file,
                                            GError             **error);
/* Asks where to write, writes, and says so in a dialog if it failed. */
void     offload_export_choose_and_write   (GtkWindow           *parent,
                                            OffloadDocument     *document,
                                            OffloadExportFormat  format,
                                            gboolean             no_amounts);
/* Prints the report through GTK's print dialog; with @export_to, prints
 * straight to that PDF file with no dialog (GTK's "print to file"). */
void     offload_export_print              (GtkWindow           *parent,
                                            OffloadDocument     *document,
                                            gboolean             no_amounts,
                                            GFile               *export_to);

G_END_DECLS
