/* offload-band.h: one verdict band of the catalog (an immutable, shared value)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct
{
  char     *id;
  int       min;      /* need range, inclusive; unused for the counter band */
  int       max;
  gboolean  pays;     /* the verdict when handing over pays (or when it does not) */
  gboolean  counter;  /* the band any checked counter-indication forces */
  guint     strength; /* position from the weakest verdict up; the counter band is last */
  char     *title;
  char     *advice;
  char     *source;
} OffloadBand;

#define OFFLOAD_TYPE_BAND (offload_band_get_type ())

GType        offload_band_get_type (void);
OffloadBand *offload_band_new      (void);
OffloadBand *offload_band_ref      (OffloadBand *band);
void         offload_band_unref    (OffloadBand *band);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OffloadBand, offload_band_unref)

G_END_DECLS
