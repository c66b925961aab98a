/* offload-sign.h: one entry of the catalog, a warning sign or a counter-indication
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  OFFLOAD_SIGN_KIND_SIGN,    /* counts toward readiness */
  OFFLOAD_SIGN_KIND_COUNTER, /* a reason to prepare before outsourcing */
} OffloadSignKind;

#define OFFLOAD_TYPE_SIGN_KIND (offload_sign_kind_get_type ())
GType offload_sign_kind_get_type (void);

/* The stable names used in files and on the command line: "sign", "counter". */
const char *offload_sign_kind_to_string (OffloadSignKind kind);

#define OFFLOAD_TYPE_SIGN (offload_sign_get_type ())

G_DECLARE_FINAL_TYPE (OffloadSign, offload_sign, OFFLOAD, SIGN, GObject)

const char         *offload_sign_get_id          (OffloadSign *self);
OffloadSignKind     offload_sign_get_kind        (OffloadSign *self);
const char         *offload_sign_get_group       (OffloadSign *self);
const char         *offload_sign_get_title       (OffloadSign *self);
const char         *offload_sign_get_explanation (OffloadSign *self);
const char         *offload_sign_get_remediation (OffloadSign *self);
guint               offload_sign_get_weight      (OffloadSign *self);
const char * const *offload_sign_get_delegate    (OffloadSign *self);
const char * const *offload_sign_get_source      (OffloadSign *self);

G_END_DECLS
