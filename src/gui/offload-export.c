/* offload-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "offload-csv-export.h"
#include "offload-export.h"
#include "offload-handover-pack.h"
#include "offload-handover-report.h"
#include "offload-gtk-compat.h"
#include "offload-report.h"

static OffloadReport *
make_report (OffloadDocument *document,
             gboolean         no_amounts)
{
  return offload_report_new_for_document (document, NULL,
                                          no_amounts ? OFFLOAD_REPORT_NO_AMOUNTS : OFFLOAD_REPORT_NONE);
}

static gboolean
export_write_handover (OffloadDocument  *document,
                       GFile            *file,
                       GError          **error)
{
  OffloadAssessment *assessment = offload_document_get_assessment (document);
  g_autofree char *title = offload_document_dup_display_name (document, 0);
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *lower = g_ascii_strdown (basename != NULL ? basename : "", -1);

  if (g_str_has_suffix (lower, ".md") || g_str_has_suffix (lower, ".markdown"))
    return offload_handover_pack_write (assessment, title, file, error);
  return offload_handover_report_write_pdf (assessment, title, file, error);
}

gboolean
offload_export_write (OffloadDocument     *document,
                      OffloadExportFormat  format,
                      gboolean             no_amounts,
                      GFile               *file,
                      GError             **error)
{
  g_return_val_if_fail (OFFLOAD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (format == OFFLOAD_EXPORT_HANDOVER)
    return export_write_handover (document, file, error);
  if (format == OFFLOAD_EXPORT_CSV)
    return offload_csv_export_write (offload_document_get_assessment (document),
                                     no_amounts ? OFFLOAD_CSV_EXPORT_NO_AMOUNTS : OFFLOAD_CSV_EXPORT_NONE,
                                     file, error);
  else
    {
      g_autoptr(OffloadReport) report = make_report (document, no_amounts);
      g_autofree char *path = g_file_get_path (file);

      if (path == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       _("The report can only be written to a local folder"));
          return FALSE;
        }
      return offload_report_write_pdf (report, path, error);
    }
}

/* ---- choosing the file -------------------------------------------------- */

typedef struct
{
  GtkWindow           *parent;
  OffloadDocument     *document;
  OffloadExportFormat  format;
  gboolean             no_amounts;
} ExportRequest;

static void
export_request_free (ExportRequest *request)
{
  g_clear_object (&request->parent);
  g_clear_object (&request->document);
  g_free (request);
}

static void
show_error (GtkWindow   *parent,
            const char  *primary,
            const char  *secondary)
{
  GtkWidget *dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", primary);

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Tells @parent's window that @file was written, so it names the file and
 * offers to open it (win.show-exported). */
static void
export_announce (GtkWindow  *parent,
                 const char *format,
                 GFile      *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *shown = g_filename_display_name (basename);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *message = NULL;

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  message = g_strdup_printf (format, shown);
#pragma GCC diagnostic pop
  gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-exported", "(ss)", message, uri);
}

static void
write_chosen (ExportRequest *request,
              GFile         *file)
{
  g_autoptr(GError) error = NULL;

  const char *failed[] = {
    [OFFLOAD_EXPORT_PDF] = _("The report was not exported"),
    [OFFLOAD_EXPORT_CSV] = _("The figures were not exported"),
    [OFFLOAD_EXPORT_HANDOVER] = _("The hand-over pack was not exported"),
  };
  const char *done[] = {
    /* Translators: %s is the name of the file written */
    [OFFLOAD_EXPORT_PDF] = _("Report exported to “%s”"),
    /* Translators: %s is the name of the file written */
    [OFFLOAD_EXPORT_CSV] = _("Figures exported to “%s”"),
    /* Translators: %s is the name of the file written */
    [OFFLOAD_EXPORT_HANDOVER] = _("Hand-over pack exported to “%s”"),
  };

  if (!offload_export_write (request->document, request->format, request->no_amounts, file, &error))
    show_error (request->parent, failed[request->format], error->message);
  else
    export_announce (request->parent, done[request->format], file);
}

static char *
suggested_name (ExportRequest *request)
{
  g_autofree char *base = offload_document_dup_display_name (request->document, 0);

  /* A title is free text; a file name must not contain a slash. */
  g_strdelimit (base, "/\\", '-');
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  if (request->format == OFFLOAD_EXPORT_HANDOVER)
    /* Translators: the name suggested for the hand-over pack; %s is the assessment's */
    return g_strdup_printf (_("%s — hand-over pack.pdf"), base);
  if (request->no_amounts)
    return g_strdup_printf (request->format == OFFLOAD_EXPORT_PDF
                            /* Translators: the name suggested for a report shared without amounts; %s is the assessment's */
                            ? _("%s — report without amounts.pdf")
                            /* Translators: the name suggested for figures shared without amounts; %s is the assessment's */
                            : _("%s — figures without amounts.csv"), base);
  return g_strdup_printf (request->format == OFFLOAD_EXPORT_PDF
                          /* Translators: the name suggested for an exported report; %s is the assessment's */
                          ? _("%s — report.pdf")
                          /* Translators: the name suggested for exported figures; %s is the assessment's */
                          : _("%s — figures.csv"), base);
#pragma GCC diagnostic pop
}

static GtkFileFilter *
make_filter (OffloadExportFormat format)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  if (format == OFFLOAD_EXPORT_HANDOVER)
    {
      gtk_file_filter_set_name (filter, _("PDF or Markdown documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      gtk_file_filter_add_mime_type (filter, "text/markdown");
      gtk_file_filter_add_suffix (filter, "pdf");
      gtk_file_filter_add_suffix (filter, "md");
    }
  else if (format == OFFLOAD_EXPORT_PDF)
    {
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      gtk_file_filter_add_suffix (filter, "pdf");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("CSV spreadsheets"));
      gtk_file_filter_add_mime_type (filter, "text/csv");
      gtk_file_filter_add_suffix (filter, "csv");
    }
  return filter;
}

static void
export_on_file_chosen (GFile    *file,
                       gpointer  user_data)
{
  if (file != NULL)
    write_chosen (user_data, file);
}

static void
choose_file (ExportRequest *request)
{
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) filter = make_filter (request->format);
  g_autofree char *name = suggested_name (request);

  g_list_store_append (filters, filter);
  offload_gtk_compat_choose_file (request->parent, OFFLOAD_CHOOSE_SAVE,
                                  request->format == OFFLOAD_EXPORT_HANDOVER ? _("Export the Hand-over Pack")
                                  : request->format == OFFLOAD_EXPORT_PDF ? _("Export the Report") : _("Export the Figures"),
                                  _("_Export"), G_LIST_MODEL (filters), name,
                                  export_on_file_chosen, request, (GDestroyNotify) export_request_free);
}

void
offload_export_choose_and_write (GtkWindow           *parent,
                                 OffloadDocument     *document,
                                 OffloadExportFormat  format,
                                 gboolean             no_amounts)
{
  ExportRequest *request;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (OFFLOAD_IS_DOCUMENT (document));

  request = g_new0 (ExportRequest, 1);
  request->parent = g_object_ref (parent);
  request->document = g_object_ref (document);
  request->format = format;
  request->no_amounts = no_amounts;
  choose_file (request);
}

/* ---- printing ----------------------------------------------------------- */

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                OffloadReport     *report)
{
  g_autoptr(GObject) pango = G_OBJECT (gtk_print_context_create_pango_context (context));
  guint n_pages = offload_report_paginate (report, PANGO_CONTEXT (pango),
                                           gtk_print_context_get_width (context),
                                           gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, (int) n_pages);
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              OffloadReport     *report)
{
  offload_report_draw_page (report, gtk_print_context_get_cairo_context (context), (guint) page_nr);
}

/* A print to a file (GTK's "Print to File" printer) is an export too. */
static void
announce_printed_file (GtkPrintOperation *operation,
                       GtkWindow         *parent)
{
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  const char *uri = settings ? gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI) : NULL;
  g_autoptr(GFile) file = uri ? g_file_new_for_uri (uri) : NULL;
  g_autoptr(GFileInfo) info = NULL;
  gint64 started = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (operation), "offload-started"));

  /* The settings keep the last file's address when the owner then prints on
   * paper: only a file written by this print counts. */
  if (file != NULL)
    info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL &&
      (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) >= started)
    /* Translators: %s is the name of the file the report was printed to */
    export_announce (parent, _("Report printed to “%s”"), file);
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      show_error (parent, _("The report was not printed"), error ? error->message : "");
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    announce_printed_file (operation, parent);
}

void
offload_export_print (GtkWindow       *parent,
                      OffloadDocument *document,
                      gboolean         no_amounts,
                      GFile           *export_to)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  OffloadReport *report;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (OFFLOAD_IS_DOCUMENT (document));

  /* The report draws in points, on the page inside the printer's margins. */
  report = make_report (document, no_amounts);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, offload_report_get_document_name (report));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (on_begin_print), report, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (on_draw_page), report, 0);
  /* The operation keeps the report as long as it runs. */
  g_object_set_data_full (G_OBJECT (operation), "offload-report", report, g_object_unref);

  if (export_to != NULL)
    {
      g_autofree char *path = g_file_get_path (export_to);

      gtk_print_operation_set_export_filename (operation, path);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, parent, &error);
    }
  else
    {
      gtk_print_operation_set_allow_async (operation, TRUE);
      /* In seconds, as files' modification times are. */
      g_object_set_data (G_OBJECT (operation), "offload-started",
                         GSIZE_TO_POINTER ((gsize) (g_get_real_time () / G_USEC_PER_SEC)));
      g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), parent, 0);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error);
    }

  /* "done" reports an asynchronous run; a synchronous one ends here. */
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    show_error (parent, _("The report was not printed"), error->message);
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY && export_to != NULL)
    export_announce (parent, _("Report printed to “%s”"), export_to);
}
