/* offload-step.h: one step of the catalog's action plan, from describing
 * the tasks to reviewing the scope (an immutable, shared value)
 *
 * The state of a step in one assessment (done, urgent) is an
 * OffloadPlanStep; this is what the catalog says about it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct
{
  char  *id;
  char  *title;        /* translated, like the three texts below */
  char  *detail;       /* what the step involves, in a sentence */
  char  *urgency;      /* why it is urgent when one of urgent_when is checked */
  GStrv  urgent_when;  /* catalog entry ids, signs or counter-indications, most telling first */
  GStrv  source;
} OffloadStep;

#define OFFLOAD_TYPE_STEP (offload_step_get_type ())

GType        offload_step_get_type (void);
OffloadStep *offload_step_new      (void);
OffloadStep *offload_step_ref      (OffloadStep *step);
void         offload_step_unref    (OffloadStep *step);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OffloadStep, offload_step_unref)

G_END_DECLS
