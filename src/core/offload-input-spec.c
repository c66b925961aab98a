/* offload-input-spec.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "offload-input-spec.h"

/* Registered by hand: G_DEFINE_BOXED_TYPE trips -Wpedantic in C11 mode. */
GType
offload_input_spec_get_type (void)
{
  static gsize type_id;

  if (g_once_init_enter (&type_id))
    {
      GType type = g_boxed_type_register_static (g_intern_static_string ("OffloadInputSpec"),
                                                 (GBoxedCopyFunc) offload_input_spec_ref,
                                                 (GBoxedFreeFunc) offload_input_spec_unref);
      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

OffloadInputSpec *
offload_input_spec_new (void)
{
  return g_atomic_rc_box_new0 (OffloadInputSpec);
}

OffloadInputSpec *
offload_input_spec_ref (OffloadInputSpec *spec)
{
  return g_atomic_rc_box_acquire (spec);
}

static void
offload_input_spec_clear (gpointer data)
{
  OffloadInputSpec *spec = data;

  g_free (spec->id);
  g_free (spec->source);
}

void
offload_input_spec_unref (OffloadInputSpec *spec)
{
  g_atomic_rc_box_release_full (spec, offload_input_spec_clear);
}

double
offload_input_spec_clamp (const OffloadInputSpec *spec,
                          double                  value)
{
  /* NaN would slip through CLAMP and poison every derived figure. */
  if (isnan (value))
    return spec->default_value;

  if (spec->integer)
    value = round (value);

  return CLAMP (value, spec->min, spec->max);
}
