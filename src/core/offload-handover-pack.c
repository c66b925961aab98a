/* offload-handover-pack.c
 *
 * The pack names the delegation brief's tasks in the brief's order, so
 * that the window's plan, the report and the pack agree; each is an
 * OffloadOwnerTask of the assessment's table, where the owner's hours and
 * hand-over sheet live, for catalog tasks and the owner's own alike.
 *
 * Nothing here reads an amount (hourly value, costs, currency): the pack
 * has no flag to forget.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <string.h>

#include "offload-export-file.h"
#include "offload-delegation-brief.h"
#include "offload-format.h"
#include "offload-handover-pack.h"

GPtrArray *
offload_handover_pack_dup_tasks (OffloadAssessment *assessment)
{
  g_autoptr(OffloadDelegationBrief) brief = NULL;
  GPtrArray *tasks;

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (assessment), NULL);

  /* The brief's own items and order: the pack never disagrees with the plan. */
  brief = offload_delegation_brief_new (assessment);
  tasks = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (brief)); i++)
    {
      g_autoptr(OffloadBriefItem) item = g_list_model_get_item (G_LIST_MODEL (brief), i);
      OffloadOwnerTask *task = offload_assessment_lookup_task (assessment, offload_brief_item_get_id (item));

      if (task != NULL)
        g_ptr_array_add (tasks, g_object_ref (task));
    }
  return tasks;
}

char *
offload_handover_pack_dup_title (const char *title)
{
  g_autofree char *stripped = g_strstrip (g_strdup (title ? title : ""));
  g_autofree char *shown = NULL;

  if (*stripped == '\0')
    return g_strdup (_("Hand-over pack"));

  shown = offload_format_printable (stripped, 0);
  /* Translators: the title of the hand-over pack; %s is the assessment's name */
  return g_strdup_printf (_("Hand-over pack — %s"), shown);
}

char *
offload_handover_pack_dup_hours (OffloadOwnerTask *task)
{
  double hours;
  g_autofree char *shown = NULL;

  g_return_val_if_fail (OFFLOAD_IS_OWNER_TASK (task), NULL);

  hours = offload_owner_task_get_hours_per_week (task);
  if (!(hours > 0))
    return NULL;

  shown = offload_format_hours (hours);
  /* Translators: under a task of the hand-over pack; %s is hours, "3 h" */
  return g_strdup_printf (_("About %s a week"), shown);
}

char *
offload_handover_pack_dup_heading (OffloadOwnerTask *task,
                                   guint             position)
{
  /* The owner's name for their own task: one line, whatever they typed. */
  g_autofree char *title = NULL;

  g_return_val_if_fail (OFFLOAD_IS_OWNER_TASK (task), NULL);

  title = offload_format_printable (offload_owner_task_get_title (task), 0);
  /* Translators: a task of the hand-over pack: its place in the order, its title */
  return g_strdup_printf (_("%u. %s"), position, title);
}

const char *
offload_handover_pack_get_intro (void)
{
  return _("For the provider: the tasks handed over, in the order to take them on, "
           "and how each one is done today.");
}

const char *
offload_handover_pack_get_no_sheet (void)
{
  return _("No hand-over sheet yet: ask the owner how this task is done.");
}

const char *
offload_handover_pack_get_nothing (void)
{
  return _("Nothing is handed over yet: no task is marked to delegate.");
}

/* ---- Markdown ----------------------------------------------------------- */

/* TRUE for a line CommonMark would read as a setext underline or a
 * thematic break: only "=" or only "-" (spaces between allowed). */
static gboolean
handover_pack_is_rule (const char *line,
                       gsize       length)
{
  char mark = 0;

  for (gsize i = 0; i < length; i++)
    {
      if (line[i] == ' ' || line[i] == '\t')
        continue;
      if (line[i] != '=' && line[i] != '-')
        return FALSE;
      if (mark != 0 && line[i] != mark)
        return FALSE;
      mark = line[i];
    }
  return mark != 0;
}

/* Appends one line of the owner's text as it is, but a backslash before a
 * "#" that would open a heading and before a line that would underline the
 * previous one into a heading: a sheet cannot restructure the pack. Four
 * spaces or more make a code block, where nothing is a heading. */
static void
handover_pack_append_line (GString    *out,
                           const char *line,
                           gsize       length)
{
  gsize indent = 0;

  while (indent < length && line[indent] == ' ')
    indent++;
  if (indent < 4 && indent < length &&
      (line[indent] == '#' || handover_pack_is_rule (line, length)))
    {
      g_string_append_len (out, line, indent);
      g_string_append_c (out, '\\');
      g_string_append_len (out, line + indent, length - indent);
    }
  else
    g_string_append_len (out, line, length);
  g_string_append_c (out, '\n');
}

/* The owner's text, line by line, CR LF and lone CR read as line ends. */
static void
handover_pack_append_text (GString    *out,
                           const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  const char *p = trimmed;

  while (*p != '\0')
    {
      gsize length = strcspn (p, "\r\n");

      handover_pack_append_line (out, p, length);
      p += length;
      if (p[0] == '\r' && p[1] == '\n')
        p += 2;
      else if (*p != '\0')
        p++;
    }
}

/* A heading's text: "#" escaped, so that none of the owner's can close or
 * open one. */
static void
handover_pack_append_heading (GString    *out,
                              const char *marks,
                              const char *text)
{
  g_string_append (out, marks);
  g_string_append_c (out, ' ');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '#' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append (out, "\n\n");
}

static void
handover_pack_append_task (GString          *out,
                           OffloadOwnerTask *task,
                           guint             position)
{
  g_autofree char *heading = offload_handover_pack_dup_heading (task, position);
  g_autofree char *hours = offload_handover_pack_dup_hours (task);
  gboolean any = FALSE;

  handover_pack_append_heading (out, "##", heading);
  if (hours != NULL)
    g_string_append_printf (out, "*%s*\n\n", hours);

  for (guint f = 0; f < OFFLOAD_N_SHEET_FIELDS; f++)
    {
      const char *text = offload_owner_task_get_sheet (task, f);
      g_autofree char *stripped = g_strstrip (g_strdup (text));

      /* A field of spaces only was not filled in. */
      if (*stripped == '\0')
        continue;
      handover_pack_append_heading (out, "###", offload_sheet_field_get_title (f));
      handover_pack_append_text (out, text);
      g_string_append_c (out, '\n');
      any = TRUE;
    }
  if (!any)
    g_string_append_printf (out, "%s\n\n", offload_handover_pack_get_no_sheet ());
}

char *
offload_handover_pack_to_markdown (OffloadAssessment *assessment,
                                   const char        *title)
{
  g_autoptr(GPtrArray) tasks = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *heading = NULL;

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (assessment), NULL);

  tasks = offload_handover_pack_dup_tasks (assessment);
  heading = offload_handover_pack_dup_title (title);
  handover_pack_append_heading (out, "#", heading);

  if (tasks->len == 0)
    {
      g_string_append_printf (out, "%s\n", offload_handover_pack_get_nothing ());
      return g_string_free (g_steal_pointer (&out), FALSE);
    }

  g_string_append_printf (out, "%s\n\n", offload_handover_pack_get_intro ());
  for (guint i = 0; i < tasks->len; i++)
    handover_pack_append_task (out, tasks->pdata[i], i + 1);

  /* One line end at the end of the file, not a blank line. */
  while (out->len > 1 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

gboolean
offload_handover_pack_write (OffloadAssessment  *assessment,
                             const char         *title,
                             GFile              *file,
                             GError            **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = offload_handover_pack_to_markdown (assessment, title);
  return offload_export_file_write (file, text, strlen (text), error);
}
