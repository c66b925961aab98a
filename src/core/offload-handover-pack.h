/* offload-handover-pack.h: the hand-over pack — what a provider needs to
 * take over the tasks the owner hands over, and nothing about money
 *
 * The pack covers the delegation brief's items (OffloadDelegationBrief), in
 * its hand-over order: the tasks the owner marks "delegate" once they give
 * their tasks' hours, else the tasks the checked warning signs call for.
 * For each: its title, its hours a week when known, and each filled field
 * of its hand-over sheet under its heading, the owner's text as written; a
 * task without a sheet says so. Kept and automated tasks are left out, and
 * no hourly value, cost or currency appears: the pack is made to be sent
 * to someone outside the business.
 *
 * The Markdown is built here; src/report/offload-handover-report.h draws
 * the same content as a PDF with the same words (the helpers below).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "offload-assessment.h"

G_BEGIN_DECLS

/* The tasks the pack covers, in hand-over order: a new array of
 * OffloadOwnerTask references (empty when nothing is handed over). */
GPtrArray  *offload_handover_pack_dup_tasks      (OffloadAssessment *assessment);

/* The words both forms share, translated. "Hand-over pack — @title", or
 * "Hand-over pack" for a NULL or blank @title; made printable. */
char       *offload_handover_pack_dup_title      (const char        *title);
/* "About 3 h a week", or NULL when the owner gave no hours. */
char       *offload_handover_pack_dup_hours      (OffloadOwnerTask  *task);
/* "1. Invoicing and payment reminders": the task's place and title, on one line. */
char       *offload_handover_pack_dup_heading    (OffloadOwnerTask  *task,
                                                  guint              position);
const char *offload_handover_pack_get_intro      (void);
const char *offload_handover_pack_get_no_sheet   (void);
const char *offload_handover_pack_get_nothing    (void);

/* The whole pack as Markdown (UTF-8, LF line ends). @title is the
 * document's name (offload_document_dup_display_name()), may be NULL.
 * The owner's texts are kept as written, except that no line of theirs
 * can open a heading or a rule: a leading "#", or a line of "=" or "-",
 * gets a backslash before it. */
char       *offload_handover_pack_to_markdown    (OffloadAssessment *assessment,
                                                  const char        *title);

/* Writes it to @file atomically (offload_export_file_write()): on failure
 * an %OFFLOAD_ERROR_IO in words, and a previous @file left whole. */
gboolean    offload_handover_pack_write          (OffloadAssessment *assessment,
                                                  const char        *title,
                                                  GFile             *file,
                                                  GError           **error);

G_END_DECLS
