/* offload-rate-helper.h: works out what one hour of the owner's time is worth
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "offload-assessment.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_RATE_HELPER (offload_rate_helper_get_type ())

/* A flat "Work It Out…" button whose popover divides the income the owner
 * wants from their work in a year by the hours they work in a year, and
 * sets the assessment's "hourly-value" to the result on request. */
G_DECLARE_FINAL_TYPE (OffloadRateHelper, offload_rate_helper, OFFLOAD, RATE_HELPER, GtkWidget)

GtkWidget         *offload_rate_helper_new            (void);

/* The assessment whose hours are read and whose hourly value is set;
 * without one the button is insensitive. */
OffloadAssessment *offload_rate_helper_get_assessment (OffloadRateHelper *self);
void               offload_rate_helper_set_assessment (OffloadRateHelper *self,
                                                       OffloadAssessment *assessment);

G_END_DECLS
