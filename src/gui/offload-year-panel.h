/* offload-year-panel.h: "The year ahead" — the rhythm of the activity, what
 * the hire is sized for, and the twelve months in a chart and in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "offload-assessment.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_YEAR_PANEL (offload_year_panel_get_type ())

G_DECLARE_FINAL_TYPE (OffloadYearPanel, offload_year_panel, OFFLOAD, YEAR_PANEL, GtkWidget)

void       offload_year_panel_set_assessment    (OffloadYearPanel  *self,
                                                 OffloadAssessment *assessment);
/* The toggle of month @month (1–12) among the busy months, and the spin of
 * its factor month by month, for tests. */
GtkWidget *offload_year_panel_get_month_toggle  (OffloadYearPanel  *self,
                                                 guint              month);
GtkWidget *offload_year_panel_get_month_spin    (OffloadYearPanel  *self,
                                                 guint              month);

G_END_DECLS
