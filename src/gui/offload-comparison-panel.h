/* offload-comparison-panel.h: "Compare options" — the scenarios, their
 * inputs, and a freelancer, a hire and doing it yourself side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "offload-assessment.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_COMPARISON_PANEL (offload_comparison_panel_get_type ())

G_DECLARE_FINAL_TYPE (OffloadComparisonPanel, offload_comparison_panel, OFFLOAD, COMPARISON_PANEL, GtkWidget)

void        offload_comparison_panel_set_assessment  (OffloadComparisonPanel *self,
                                                      OffloadAssessment      *assessment);
/* The card of @option ("yourself", "freelance", "hire"), for tests. */
GtkWidget  *offload_comparison_panel_get_card        (OffloadComparisonPanel *self,
                                                      OffloadOption           option);

G_END_DECLS
