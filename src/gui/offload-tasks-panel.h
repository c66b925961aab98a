/* offload-tasks-panel.h: the owner's task table — hours a week per task,
 * handed over, kept or automated — with the hand-over sheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "offload-assessment.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_TASKS_PANEL (offload_tasks_panel_get_type ())

G_DECLARE_FINAL_TYPE (OffloadTasksPanel, offload_tasks_panel, OFFLOAD, TASKS_PANEL, GtkWidget)

OffloadAssessment *offload_tasks_panel_get_assessment (OffloadTasksPanel *self);
void               offload_tasks_panel_set_assessment (OffloadTasksPanel *self,
                                                       OffloadAssessment *assessment);
/* The sheet of @task, in its own window (for the tests as for the row's button). */
GtkWidget         *offload_tasks_panel_open_sheet     (OffloadTasksPanel *self,
                                                       OffloadOwnerTask  *task);

G_END_DECLS
