/* offload-value-row.h: a labelled number with a slider and an exact entry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "offload-decision.h"
#include "offload-input-spec.h"

G_BEGIN_DECLS

#define OFFLOAD_TYPE_VALUE_ROW (offload_value_row_get_type ())

G_DECLARE_FINAL_TYPE (OffloadValueRow, offload_value_row, OFFLOAD, VALUE_ROW, GtkWidget)

/* Takes the entry's range (the whole range a document may hold), the
 * slider's narrower range and the step from @spec. */
void     offload_value_row_set_spec       (OffloadValueRow        *self,
                                           const OffloadInputSpec *spec);
double   offload_value_row_get_value      (OffloadValueRow        *self);
void     offload_value_row_set_value      (OffloadValueRow        *self,
                                           double                  value);
/* What a screen reader says for both controls, with the unit spoken out. */
void     offload_value_row_set_spoken     (OffloadValueRow        *self,
                                           const char             *spoken);
GtkRange       *offload_value_row_get_scale (OffloadValueRow *self);
GtkSpinButton  *offload_value_row_get_spin  (OffloadValueRow *self);
/* The unit after the entry, for a size group that lines the rows up. */
GtkWidget      *offload_value_row_get_unit_label (OffloadValueRow *self);

/* An information button at the end of the slider's line, whose popover
 * says where the figure comes from (@text); @spoken names the button for a
 * screen reader. */
void            offload_value_row_set_info       (OffloadValueRow *self,
                                                  const char      *text,
                                                  const char      *spoken);
GtkMenuButton  *offload_value_row_get_info_button (OffloadValueRow *self);

/* A warning beneath the row, or none with NULL; a screen reader hears it as
 * the description of the entry and the slider. */
void            offload_value_row_set_warning    (OffloadValueRow *self,
                                                  const char      *warning);
const char     *offload_value_row_get_warning    (OffloadValueRow *self);
/* Shows the warnings of @decision about this row's input (the id of the
 * spec given to set_spec()), one a line, or hides them. */
void            offload_value_row_show_warnings  (OffloadValueRow *self,
                                                  OffloadDecision *decision);

/* Marks the figure as Offload's example rather than the owner's own: a
 * small "Example" beside the label, and the same said to a screen reader. */
void            offload_value_row_set_example    (OffloadValueRow *self,
                                                  gboolean         example);
gboolean        offload_value_row_get_example    (OffloadValueRow *self);

G_END_DECLS
