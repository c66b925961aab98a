/* offload-csv-export.h: the figures of an assessment as CSV, for a
 * spreadsheet or a script
 *
 * RFC 4180: UTF-8 without a byte order mark, CRLF line ends, a header row
 * "id,label,value,unit", then one figure per row. The id is stable (the
 * member names of a document's "inputs" and "results", docs/format.md), the
 * label is translated, the value is a plain C-locale number ("3200",
 * "76.67", rounded to hundredths; empty where a break-even does not exist)
 * so that every spreadsheet and script reads the same figure, and the unit
 * is a fixed code ("h/month", "EUR/month", "%"…) with the document's ISO
 * 4217 currency in money units. Shares are written in percent. The answer's
 * words (the verdict, the best option, whether delegating pays) are written
 * as the file's ids ("ready", "freelance", "true"), the headline and each
 * warning's message as translated text: docs/format.md lists them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "offload-assessment.h"

G_BEGIN_DECLS

typedef enum
{
  OFFLOAD_CSV_EXPORT_NONE       = 0,
  /* Shared without amounts: no money row, no hourly value; hours,
   * counts, shares, the need score and the verdict only. */
  OFFLOAD_CSV_EXPORT_NO_AMOUNTS = 1 << 0,
} OffloadCsvExportFlags;

/* The whole file, for the active scenario's comparison. */
char     *offload_csv_export_to_string (OffloadAssessment      *assessment,
                                        OffloadCsvExportFlags   flags);

/* Writes it to @file atomically (offload_export_file_write()): on failure
 * an %OFFLOAD_ERROR_IO in words, and a previous @file left whole. */
gboolean  offload_csv_export_write     (OffloadAssessment      *assessment,
                                        OffloadCsvExportFlags   flags,
                                        GFile                  *file,
                                        GError                **error);

/* Appends @field as one RFC 4180 field: as it is, or in double quotes
 * (doubled inside) when it holds a comma, a quote, a CR or a LF, or starts
 * or ends with a space. */
void      offload_csv_append_field     (GString                *out,
                                        const char             *field);

G_END_DECLS
