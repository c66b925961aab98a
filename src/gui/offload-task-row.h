/* offload-task-row.h: one row of the task table — the hours a task takes,
 * how it is handled, why it stays, and its estimate from volume
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "offload-owner-task.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_TASK_ROW (offload_task_row_get_type ())

G_DECLARE_FINAL_TYPE (OffloadTaskRow, offload_task_row, OFFLOAD, TASK_ROW, GtkListBoxRow)

/* Emits "edit-sheet" when the owner opens the task's hand-over sheet, and
 * "remove" when they remove a task of their own. */
GtkWidget        *offload_task_row_new      (OffloadOwnerTask *task,
                                             double            weeks_per_month);
OffloadOwnerTask *offload_task_row_get_task (OffloadTaskRow   *self);
/* Turns the volume into hours a month in the row's status line. */
void              offload_task_row_set_weeks_per_month (OffloadTaskRow *self,
                                                        double          weeks);

G_END_DECLS
