/* offload-input-spec.h: the range, step and default of one numeric input
 *
 * The catalog holds one per input; the model clamps to [min, max], the file
 * loader refuses values outside it, and the window's sliders use the
 * narrower [slider_min, slider_max] while their entries accept the whole range.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct
{
  char     *id;
  double    default_value;
  double    min;
  double    max;
  double    slider_min;
  double    slider_max;
  double    step;
  gboolean  integer;   /* whole numbers only */
  char     *source;
} OffloadInputSpec;

#define OFFLOAD_TYPE_INPUT_SPEC (offload_input_spec_get_type ())

GType             offload_input_spec_get_type (void);
OffloadInputSpec *offload_input_spec_new      (void);
OffloadInputSpec *offload_input_spec_ref      (OffloadInputSpec *spec);
void              offload_input_spec_unref    (OffloadInputSpec *spec);

/* @value brought into [min, max], and rounded to a whole number when the
 * input takes whole numbers only. */
double            offload_input_spec_clamp    (const OffloadInputSpec *spec,
                                               double                  value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OffloadInputSpec, offload_input_spec_unref)

G_END_DECLS
