/* offload-cli.h: the commands that need no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs a headless command if @argv asks for one (--list-signs, --summary,
 * --export-pdf, --export-csv, --version) and returns TRUE with its exit
 * status in @status; returns FALSE, touching nothing, when there is none
 * to run. */
gboolean offload_cli_run (int    argc,
                          char **argv,
                          int   *status);

G_END_DECLS
