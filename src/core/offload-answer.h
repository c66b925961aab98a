/* offload-answer.h: whether one catalog entry is checked, as a bindable property
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "offload-sign.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_ANSWER (offload_answer_get_type ())

G_DECLARE_FINAL_TYPE (OffloadAnswer, offload_answer, OFFLOAD, ANSWER, GObject)

OffloadAnswer *offload_answer_new         (OffloadSign   *sign);
OffloadSign   *offload_answer_get_sign    (OffloadAnswer *self);
gboolean       offload_answer_get_checked (OffloadAnswer *self);
void           offload_answer_set_checked (OffloadAnswer *self,
                                           gboolean       checked);

G_END_DECLS
