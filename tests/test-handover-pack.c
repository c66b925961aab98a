/* test-handover-pack.c: the hand-over pack as Markdown — exactly the
 * delegated tasks, in the brief's order, with their sheets as written, no
 * amount, the placeholder for a task without a sheet, and no heading the
 * owner's text could sneak in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "offload-delegation-brief.h"
#include "offload-document.h"
#include "offload-handover-pack.h"
#include "testing.h"

static OffloadDocument *
handover_test_load (const char *name)
{
  g_autoptr(GFile) file = testing_fixture ("good", name);
  g_autoptr(GError) error = NULL;
  OffloadDocument *document = offload_document_new_from_file (NULL, file, NULL, &error);

  g_assert_no_error (error);
  return document;
}

static char *
handover_test_markdown (OffloadDocument *document)
{
  g_autofree char *title = offload_document_dup_display_name (document, 0);

  return offload_handover_pack_to_markdown (offload_document_get_assessment (document), title);
}

/* The "## " headings of @markdown, in order, without their marks. */
static GPtrArray *
handover_test_task_headings (const char *markdown)
{
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);
  GPtrArray *headings = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], "## "))
      g_ptr_array_add (headings, g_strdup (lines[i] + 3));
  return headings;
}

static void
handover_test_assert_no_amount (const char *markdown)
{
  g_assert_null (strstr (markdown, "€"));
  g_assert_null (strstr (markdown, "EUR"));
  g_assert_null (strstr (markdown, "$"));
  g_assert_null (strstr (markdown, "£"));
  g_assert_false (g_regex_match_simple ("[0-9][  ]?(€|EUR|\\$|£)", markdown, 0, 0));
}

/* The bakery hands over three tasks: planning (low risk) first, then the
 * medium-risk ones, more hours first; its inbox (kept) and data entry
 * (automated) stay out. */
static void
test_bakery_tasks (void)
{
  g_autoptr(OffloadDocument) document = handover_test_load ("bakery-tasks.offload");
  OffloadAssessment *assessment = offload_document_get_assessment (document);
  g_autofree char *markdown = handover_test_markdown (document);
  g_autoptr(GPtrArray) headings = handover_test_task_headings (markdown);
  const char *expected[] = { "planning", "invoicing", "payroll-prep" };

  g_assert_true (g_str_has_prefix (markdown, "# Hand-over pack — Boulangerie Martin — October\n"));
  g_assert_cmpuint (headings->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      OffloadOwnerTask *task = offload_assessment_lookup_task (assessment, expected[i]);
      g_autofree char *heading = g_strdup_printf ("%u. %s", i + 1, offload_owner_task_get_title (task));

      g_assert_cmpstr (headings->pdata[i], ==, heading);
    }
  g_assert_nonnull (strstr (markdown, "## 3. Préparer la paie\n"));

  /* Kept and automated tasks are not the provider's business. */
  for (guint i = 0; i < 2; i++)
    {
      const char *id = i == 0 ? "inbox-triage" : "data-entry";
      OffloadOwnerTask *task = offload_assessment_lookup_task (assessment, id);

      g_assert_cmpint (offload_owner_task_get_handling (task), !=, OFFLOAD_TASK_HANDLING_DELEGATE);
      g_assert_null (strstr (markdown, offload_owner_task_get_title (task)));
    }

  handover_test_assert_no_amount (markdown);
  g_assert_nonnull (strstr (markdown, "*About 3 h a week*\n"));
  g_assert_nonnull (strstr (markdown, "*About 2 h a week*\n"));
}

/* Every filled field, under its heading, each line of it as written. */
static void
test_sheet_texts (void)
{
  g_autoptr(OffloadDocument) document = handover_test_load ("bakery-tasks.offload");
  OffloadAssessment *assessment = offload_document_get_assessment (document);
  g_autofree char *markdown = handover_test_markdown (document);
  OffloadOwnerTask *invoicing = offload_assessment_lookup_task (assessment, "invoicing");
  guint n_fields = 0;

  for (guint f = 0; f < OFFLOAD_N_SHEET_FIELDS; f++)
    {
      const char *text = offload_owner_task_get_sheet (invoicing, f);
      g_autofree char *block = g_strdup_printf ("### %s\n\n%s\n", offload_sheet_field_get_title (f), text);

      g_assert_cmpstr (text, !=, "");
      g_assert_nonnull (strstr (markdown, block));
      n_fields++;
    }
  g_assert_cmpuint (n_fields, ==, 6);
  /* Planning's sheet has two fields: its other headings are not shown. */
  g_assert_nonnull (strstr (markdown, "### How often\n\nChaque jeudi, pour la semaine suivante.\n"));
}

/* The owner's own task has no sheet: the provider is told to ask. */
static void
test_no_sheet (void)
{
  g_autoptr(OffloadDocument) document = handover_test_load ("bakery-tasks.offload");
  g_autofree char *markdown = handover_test_markdown (document);
  const char *payroll = strstr (markdown, "## 3. Préparer la paie\n");

  g_assert_nonnull (payroll);
  g_assert_nonnull (strstr (payroll, offload_handover_pack_get_no_sheet ()));
  /* Only that task lacks a sheet. */
  g_assert_true (strstr (markdown, offload_handover_pack_get_no_sheet ()) > payroll);
  g_assert_null (strstr (payroll, "### "));
}

/* Nothing marked to delegate: the pack says so, and lists nothing. */
static void
test_nothing_handed_over (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  GListModel *tasks = offload_assessment_get_tasks (assessment);
  g_autofree char *markdown = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(OffloadOwnerTask) task = g_list_model_get_item (tasks, i);

      offload_owner_task_set_handling (task, OFFLOAD_TASK_HANDLING_KEEP);
    }
  offload_owner_task_set_hours_per_week (offload_assessment_lookup_task (assessment, "invoicing"), 4);

  markdown = offload_handover_pack_to_markdown (assessment, NULL);
  g_assert_cmpstr (markdown, ==, "# Hand-over pack\n\nNothing is handed over yet: no task is marked to delegate.\n");
}

/* With the task hours, the pack's order is the brief's: checked on a table
 * where every task is delegated (the brief builds no kept item then). */
static void
test_brief_order_table (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  g_autoptr(OffloadDelegationBrief) brief = NULL;
  g_autoptr(GPtrArray) pack = NULL;
  const struct { const char *id; double hours; } table[] = {
    { "quotes", 2 }, { "invoicing", 2 }, { "inbox-triage", 1 }, { "crm-upkeep", 3 },
    { "social-media", 5 }, { "customer-service", 2.5 }, { "data-entry", 1 },
  };

  offload_assessment_set_checked (assessment, "late-invoicing", TRUE);
  offload_assessment_set_checked (assessment, "inbox-overload", TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    offload_owner_task_set_hours_per_week (offload_assessment_lookup_task (assessment, table[i].id), table[i].hours);
  g_assert_true (offload_assessment_get_uses_task_hours (assessment));

  brief = offload_delegation_brief_new (assessment);
  pack = offload_handover_pack_dup_tasks (assessment);
  g_assert_cmpuint (pack->len, ==, G_N_ELEMENTS (table));
  g_assert_cmpuint (pack->len, ==, g_list_model_get_n_items (G_LIST_MODEL (brief)));
  for (guint i = 0; i < pack->len; i++)
    {
      g_autoptr(OffloadBriefItem) item = g_list_model_get_item (G_LIST_MODEL (brief), i);

      g_assert_cmpstr (offload_owner_task_get_id (pack->pdata[i]), ==, offload_brief_item_get_id (item));
    }
  /* Low risk first, more hours first: CRM upkeep (3 h) leads. */
  g_assert_cmpstr (offload_owner_task_get_id (pack->pdata[0]), ==, "crm-upkeep");
}

/* Without task hours, the pack lists the tasks the signs call for, as the
 * brief does, with no hours line. */
static void
test_brief_order_signs (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  g_autoptr(OffloadDelegationBrief) brief = NULL;
  g_autoptr(GPtrArray) pack = NULL;
  g_autofree char *markdown = NULL;

  offload_assessment_set_checked (assessment, "late-invoicing", TRUE);
  offload_assessment_set_checked (assessment, "inbox-overload", TRUE);
  offload_assessment_set_checked (assessment, "constant-interruptions", TRUE);
  g_assert_false (offload_assessment_get_uses_task_hours (assessment));

  brief = offload_delegation_brief_new (assessment);
  pack = offload_handover_pack_dup_tasks (assessment);
  g_assert_cmpuint (pack->len, >, 0);
  g_assert_cmpuint (pack->len, ==, g_list_model_get_n_items (G_LIST_MODEL (brief)));
  for (guint i = 0; i < pack->len; i++)
    {
      g_autoptr(OffloadBriefItem) item = g_list_model_get_item (G_LIST_MODEL (brief), i);

      g_assert_cmpstr (offload_owner_task_get_id (pack->pdata[i]), ==, offload_brief_item_get_id (item));
    }

  markdown = offload_handover_pack_to_markdown (assessment, "Test");
  g_assert_null (strstr (markdown, "a week"));
  g_assert_nonnull (strstr (markdown, "## 1. "));
  handover_test_assert_no_amount (markdown);
}

/* No line of the owner's opens a heading or a rule. */
static void
test_escaping (void)
{
  g_autoptr(OffloadAssessment) assessment = offload_assessment_new (NULL);
  OffloadOwnerTask *task = offload_assessment_lookup_task (assessment, "invoicing");
  g_autofree char *markdown = NULL;
  g_auto(GStrv) lines = NULL;

  offload_owner_task_set_hours_per_week (task, 2);
  offload_owner_task_set_sheet (task, OFFLOAD_SHEET_STEPS,
                                "# Not a heading\r\nStill text\n===\n  ## Nor this\n---\n- a list item stays");
  markdown = offload_handover_pack_to_markdown (assessment, "#Title");

  lines = g_strsplit (markdown, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      const char *text = lines[i] + strspn (lines[i], " ");

      g_assert_false (g_str_equal (text, "===") || g_str_equal (text, "---"));
      /* The pack's own headings only: the title and one task. */
      if (text[0] == '#')
        g_assert_true (i == 0 || g_str_has_prefix (text, "## 1. ") || g_str_has_prefix (text, "### "));
    }
  g_assert_nonnull (strstr (markdown, "\n\\# Not a heading\nStill text\n\\===\n  \\## Nor this\n\\---\n- a list item stays\n"));
  g_assert_true (g_str_has_prefix (markdown, "# Hand-over pack — \\#Title\n"));
  g_assert_null (strstr (markdown, "\r"));
}

static void
test_write (void)
{
  g_autoptr(OffloadDocument) document = handover_test_load ("bakery-tasks.offload");
  g_autofree char *dir = testing_make_temp_dir ("offload-test-handover-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "pack.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = handover_test_markdown (document);
  g_autofree char *written = NULL;
  g_autofree char *title = offload_document_dup_display_name (document, 0);

  g_assert_true (offload_handover_pack_write (offload_document_get_assessment (document), title, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);

  testing_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/handover-pack/bakery-tasks", test_bakery_tasks);
  g_test_add_func ("/handover-pack/sheet-texts", test_sheet_texts);
  g_test_add_func ("/handover-pack/no-sheet", test_no_sheet);
  g_test_add_func ("/handover-pack/nothing-handed-over", test_nothing_handed_over);
  g_test_add_func ("/handover-pack/brief-order-table", test_brief_order_table);
  g_test_add_func ("/handover-pack/brief-order-signs", test_brief_order_signs);
  g_test_add_func ("/handover-pack/escaping", test_escaping);
  g_test_add_func ("/handover-pack/write", test_write);

  return g_test_run ();
}
