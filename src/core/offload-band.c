/* offload-band.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "offload-band.h"

/* Registered by hand: G_DEFINE_BOXED_TYPE trips -Wpedantic in C11 mode. */
GType
offload_band_get_type (void)
{
  static gsize type_id;

  if (g_once_init_enter (&type_id))
    {
      GType type = g_boxed_type_register_static (g_intern_static_string ("OffloadBand"),
                                                 (GBoxedCopyFunc) offload_band_ref,
                                                 (GBoxedFreeFunc) offload_band_unref);
      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

OffloadBand *
offload_band_new (void)
{
  return g_atomic_rc_box_new0 (OffloadBand);
}

OffloadBand *
offload_band_ref (OffloadBand *band)
{
  return g_atomic_rc_box_acquire (band);
}

static void
offload_band_clear (gpointer data)
{
  OffloadBand *band = data;

  g_free (band->id);
  g_free (band->title);
  g_free (band->advice);
  g_free (band->source);
}

void
offload_band_unref (OffloadBand *band)
{
  g_atomic_rc_box_release_full (band, offload_band_clear);
}
