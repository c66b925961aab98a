/* offload-figures-panel.h: the owner's figures, and what they add up to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "offload-document.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_FIGURES_PANEL (offload_figures_panel_get_type ())

G_DECLARE_FINAL_TYPE (OffloadFiguresPanel, offload_figures_panel, OFFLOAD, FIGURES_PANEL, GtkWidget)

GtkWidget         *offload_figures_panel_new             (void);
OffloadDocument   *offload_figures_panel_get_document    (OffloadFiguresPanel *self);
void               offload_figures_panel_set_document    (OffloadFiguresPanel *self,
                                                          OffloadDocument     *document);
OffloadAssessment *offload_figures_panel_get_assessment  (OffloadFiguresPanel *self);
/* Marks the figures of these assessment properties as Offload's example,
 * the others as the owner's own. */
void               offload_figures_panel_set_examples    (OffloadFiguresPanel *self,
                                                          const char * const  *properties);

G_END_DECLS
