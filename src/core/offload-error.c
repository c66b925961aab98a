/* offload-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "offload-error.h"

G_DEFINE_QUARK (offload-error-quark, offload_error)
