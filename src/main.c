/* main.c: gettext, the headless commands, then the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <locale.h>

#include "offload-application.h"
#include "offload-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OffloadApplication) app = NULL;
  int status = 0;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* The headless commands run before GTK touches any display. */
  if (offload_cli_run (argc, argv, &status))
    return status;

  g_set_application_name ("Offload");
  app = offload_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
