/* offload-results-panel.h: the answer of an assessment (headline, verdict, reasons, the sums) and its figures, live
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "offload-assessment.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_RESULTS_PANEL (offload_results_panel_get_type ())

G_DECLARE_FINAL_TYPE (OffloadResultsPanel, offload_results_panel, OFFLOAD, RESULTS_PANEL, GtkWidget)

OffloadAssessment *offload_results_panel_get_assessment (OffloadResultsPanel *self);
void               offload_results_panel_set_assessment (OffloadResultsPanel *self,
                                                         OffloadAssessment   *assessment);

G_END_DECLS
