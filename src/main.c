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

  const char *localedir = g_getenv ("OFFLOAD_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* `meson devenv` points OFFLOAD_LOCALEDIR at the build tree's catalogs,
   * so the README's run command speaks the owner's language before
   * anything is installed. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* The headless commands run before GTK touches any display. */
  if (offload_cli_run (argc, argv, &status))
    return status;

  g_set_application_name ("Offload");
  app = offload_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
