/* save-helper.c: saves an assessment from the command line, for the shell
 * tests that need a real process (a full disk, a killed save).
 *
 *   save-helper save FILE TITLE      loads FILE (or starts a new assessment
 *                                    when FILE does not exist), sets TITLE,
 *                                    saves; the error goes to stderr, exit 1
 *   save-helper loop FILE COUNTER    saves FILE over and over, alternating the
 *                                    titles "Version A" and "Version B", and
 *                                    appends one byte to COUNTER after each
 *                                    save, until it is killed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <fcntl.h>
#include <unistd.h>

#include "offload-document.h"

static OffloadDocument *
open_or_new (GFile *file)
{
  g_autoptr(GError) error = NULL;
  OffloadDocument *document;

  if (!g_file_query_exists (file, NULL))
    return offload_document_new (NULL);

  document = offload_document_new_from_file (NULL, file, NULL, &error);
  if (document == NULL)
    {
      g_printerr ("%s\n", error->message);
      exit (2);
    }
  return document;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(OffloadDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 4 || (!g_str_equal (argv[1], "save") && !g_str_equal (argv[1], "loop")))
    {
      g_printerr ("usage: save-helper save FILE TITLE | loop FILE COUNTER\n");
      return 2;
    }

  file = g_file_new_for_commandline_arg (argv[2]);
  document = open_or_new (file);

  if (g_str_equal (argv[1], "save"))
    {
      offload_document_set_title (document, argv[3]);
      if (!offload_document_save (document, file, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      return 0;
    }

  {
    int counter = open (argv[3], O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);

    if (counter < 0)
      return 2;
    for (guint i = 0; ; i++)
      {
        offload_document_set_title (document, i % 2 ? "Version B" : "Version A");
        offload_assessment_set_hours_per_day (offload_document_get_assessment (document), i % 2 ? 3 : 2);
        if (!offload_document_save (document, file, NULL, &error))
          {
            g_printerr ("%s\n", error->message);
            return 1;
          }
        if (write (counter, ".", 1) != 1)
          return 2;
      }
  }
}
