/* offload-answer-bar.h: the answer, at the top of the window whatever section is shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "offload-assessment.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_ANSWER_BAR (offload_answer_bar_get_type ())

G_DECLARE_FINAL_TYPE (OffloadAnswerBar, offload_answer_bar, OFFLOAD, ANSWER_BAR, GtkWidget)

GtkWidget         *offload_answer_bar_new            (void);
OffloadAssessment *offload_answer_bar_get_assessment (OffloadAnswerBar  *self);
void               offload_answer_bar_set_assessment (OffloadAnswerBar  *self,
                                                      OffloadAssessment *assessment);
/* Shows what to do first, for a new assessment nobody has touched yet. */
void               offload_answer_bar_set_first_run  (OffloadAnswerBar  *self,
                                                      gboolean           first_run);
gboolean           offload_answer_bar_get_first_run  (OffloadAnswerBar  *self);

G_END_DECLS
