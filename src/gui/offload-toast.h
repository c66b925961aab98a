/* offload-toast.h: a short message over the window, with one button, after an action
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OFFLOAD_TYPE_TOAST (offload_toast_get_type ())

G_DECLARE_FINAL_TYPE (OffloadToast, offload_toast, OFFLOAD, TOAST, GtkWidget)

/* How long a message stays, unless closed or replaced. */
#define OFFLOAD_TOAST_SECONDS 10

/* Shows @message with a button @button_label (a mnemonic) that activates
 * @action_name with @action_target (floating references are sunk), in
 * place of any message shown. The button closes the message too. */
void        offload_toast_show         (OffloadToast *self,
                                        const char   *message,
                                        const char   *button_label,
                                        const char   *action_name,
                                        GVariant     *action_target);
void        offload_toast_dismiss      (OffloadToast *self);
/* The message shown, or NULL. */
const char *offload_toast_get_message  (OffloadToast *self);
GtkButton  *offload_toast_get_button   (OffloadToast *self);

G_END_DECLS
