/* test-french.c: the window, the catalog and the errors in French
 *
 * Runs with the build tree's translations (OFFLOAD_TEST_LOCALEDIR) under
 * fr_FR.UTF-8, as a French owner would see Offload.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <locale.h>

#include "offload-error.h"
#include "offload-chart-view.h"
#include "offload-format.h"
#include "offload-results-panel.h"
#include "offload-value-row.h"
#include "offload-window.h"
#include "testing.h"
#include "window-testing.h"

#define NBSP "\u00a0"

static GtkApplication *app;

static const char *
result_label (OffloadWindow *window,
              const char    *name)
{
  return gtk_label_get_label (GTK_LABEL (testing_window_child (window, name)));
}

/* The catalog is translated when it loads: every text differs from the
 * English one and is the .mo's translation of it. */
static void
test_catalog (void)
{
  OffloadCatalog *catalog = offload_catalog_get_default ();
  OffloadSign *sign = offload_catalog_lookup (catalog, "late-invoicing");

  g_assert_cmpstr (offload_sign_get_title (sign), !=, "Invoices and payment reminders go out late");
  g_assert_cmpstr (offload_sign_get_title (sign), ==, _("Invoices and payment reminders go out late"));
  g_assert_cmpstr (offload_catalog_get_group_title (catalog, "finance-admin"), ==, _("Finance and admin"));
  g_assert_cmpstr (offload_catalog_get_counter_band (catalog)->title, ==, _("Prepare first"));
  g_assert_cmpstr (offload_catalog_get_counter_band (catalog)->title, !=, "Prepare first");
}

static void
test_window (void)
{
  OffloadWindow *window = offload_window_new (app, NULL);
  OffloadAssessment *assessment;
  GtkWidget *title;
  g_autofree char *expected_title = g_strdup_printf ("• %s", _("New Assessment"));

  gtk_window_present (GTK_WINDOW (window));
  testing_spin_main_loop ();
  assessment = offload_document_get_assessment (offload_window_get_document (window));

  /* 3 200 € — narrow no-break space for thousands, no-break space before €. */
  g_assert_cmpstr (result_label (window, "monthly_cost_label"), ==, "3\u202f200\u00a0€");
  g_assert_cmpstr (result_label (window, "yearly_cost_label"), ==, "38\u202f400\u00a0€");
  g_assert_cmpstr (result_label (window, "monthly_hours_label"), ==, "40" NBSP "h");

  /* 1 interruption a day: 23 min × 20 days = 7.67 h, with a decimal comma. */
  offload_assessment_set_interruptions_per_day (assessment, 1);
  testing_spin_main_loop ();
  g_assert_cmpstr (result_label (window, "focus_hours_label"), ==, "7,7" NBSP "h");

  /* The currency comes from the document, the placement from the locale. */
  offload_assessment_set_currency (assessment, "USD");
  testing_spin_main_loop ();
  g_assert_cmpstr (result_label (window, "monthly_cost_label"), ==, "3\u202f200\u00a0$");

  /* 47.7 h lost in all (admin and focus), worth 3 813 $, of a 160 h month. */
  g_assert_cmpstr (result_label (window, "total_hours_label"), ==, "47,7" NBSP "h");
  g_assert_cmpstr (result_label (window, "total_cost_label"), ==, "3\u202f813\u00a0$");
  g_assert_cmpstr (result_label (window, "working_hours_label"), ==, "160" NBSP "h");

  /* The answer: the decision's French sentences, amounts the French way
   * (handing 30 h over at 35 $ with half reinvested leaves 150 $ a month,
   * 1 800 $ a year), and a verdict whose title is translated. */
  {
    OffloadDecision *decision = offload_assessment_get_decision (assessment);
    g_autofree char *headline = offload_decision_dup_headline (decision);

    g_assert_cmpstr (result_label (window, "headline_label"), ==, headline);
    g_assert_nonnull (strstr (headline, "1\u202f800\u00a0$"));
    g_assert_cmpstr (offload_decision_get_verdict (decision), ==, "consider");
    g_assert_cmpstr (offload_decision_get_band (decision)->title, ==, _("Worth considering"));
    g_assert_cmpstr (offload_decision_get_band (decision)->title, !=, "Worth considering");
    g_assert_nonnull (strstr (result_label (window, "verdict_label"), _("Worth considering")));
    g_assert_cmpstr (result_label (window, "advice_label"), ==, offload_decision_get_band (decision)->advice);
  }

  /* The new captions and the working day's label go through the catalog
   * (English until it has them). */
  g_assert_cmpstr (result_label (window, "total_caption"), ==, _("In all, per month"));
  g_assert_cmpstr (result_label (window, "monthly_hours_caption"), ==, _("Admin tasks, per month"));
  g_assert_cmpstr (result_label (window, "reasons_heading"), ==, _("Why"));
  g_assert_cmpstr (result_label (window, "reasons_heading"), !=, "Why");
  {
    GtkWidget *row = GTK_WIDGET (testing_window_child (window, "working_day_row"));
    g_autofree char *label = NULL;

    g_object_get (row, "label", &label, NULL);
    g_assert_cmpstr (label, ==, _("Hour_s you work a day"));
  }

  title = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), OFFLOAD_TYPE_WINDOW, "title_label"));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (title)), ==, expected_title);
  g_assert_cmpstr (_("New Assessment"), !=, "New Assessment");

  gtk_window_destroy (GTK_WINDOW (window));
  testing_spin_main_loop ();
}

static void
test_errors (void)
{
  const char *text = "{\"format\": \"offload-assessment\", \"version\": 7}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(OffloadDocument) document = offload_document_new_from_bytes (NULL, bytes, &error);

  g_assert_null (document);
  g_assert_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, "Offload"));
  g_assert_null (strstr (error->message, "newer version"));
  g_test_message ("%s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("OFFLOAD_TEST_LOCALEDIR");
  int status;

  g_setenv ("LANGUAGE", "fr", TRUE);
  g_setenv ("LC_ALL", "fr_FR.UTF-8", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    g_error ("the fr_FR.UTF-8 locale is missing: build-aux/install-deps.sh --tests generates it");
  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = testing_register_application ();

  g_test_add_func ("/french/catalog", test_catalog);
  g_test_add_func ("/french/window", test_window);
  g_test_add_func ("/french/errors", test_errors);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
