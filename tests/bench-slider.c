/* bench-slider.c: one slider step through the real window
 *
 * GtkRange::change-value on the hours slider, as a drag emits it: the row,
 * the model, every bound label and the queued redraws, without running the
 * main loop (no rendering). Target: at most 0.1 ms per step on average.
 *
 * Every step moves a figure the answer quotes, so each one also writes the
 * decision's sentences (headline, reasons, the sums) for the results panel;
 * their share of the step is printed beside the total, for information.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>
#include <time.h>

#include "offload-application.h"
#include "offload-figures-panel.h"
#include "offload-value-row.h"
#include "offload-window.h"

#define N_STEPS 100000
#define N_SENTENCES 20000
#define TARGET_US 100.0

/* This thread's processor time, in µs: what the steps cost even when other
 * programs share the processor (the wall clock decides the target). */
static double
cpu_now (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1e6 + now.tv_nsec / 1e3;
}

static void
count (GObject    *object,
       GParamSpec *pspec,
       guint      *counter)
{
  (*counter)++;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  OffloadWindow *window;
  OffloadAssessment *assessment;
  GtkRange *scale;
  guint changes = 0;
  gboolean handled;
  gint64 start;
  double cpu_start;
  double per_step;
  double cpu_per_step;
  double per_answer;
  OffloadDecision *decision;
  GtkWidget *figures;

  gtk_init ();
  g_set_application_name ("Offload");
  app = GTK_APPLICATION (offload_application_new ());
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  window = offload_window_new (app, NULL);
  path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "documents", "good", "full.offload", NULL);
  file = g_file_new_for_path (path);
  if (!offload_window_load (window, file, &error))
    g_error ("%s", error->message);
  /* Every section built (the worst case: each follows the slider), the
   * figures shown, as when the owner drags the slider. */
  offload_window_get_section (window, "options");
  offload_window_get_section (window, "plan");
  figures = offload_window_get_section (window, "figures");
  gtk_stack_set_visible_child_name (GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), OFFLOAD_TYPE_WINDOW,
                                                                              "stack")),
                                    "figures");
  gtk_window_present (GTK_WINDOW (window));
  /* One real frame first, so the timed steps update a laid-out window. */
  for (int i = 0; i < 200 && g_main_context_iteration (NULL, FALSE); i++)
    ;

  assessment = offload_document_get_assessment (offload_window_get_document (window));
  g_signal_connect (assessment, "notify::monthly-cost", G_CALLBACK (count), &changes);
  scale = offload_value_row_get_scale (OFFLOAD_VALUE_ROW (gtk_widget_get_template_child (figures,
                                                                                          OFFLOAD_TYPE_FIGURES_PANEL,
                                                                                          "hours_row")));

  start = g_get_monotonic_time ();
  cpu_start = cpu_now ();
  for (guint i = 0; i < N_STEPS; i++)
    g_signal_emit_by_name (scale, "change-value", GTK_SCROLL_JUMP, (i % 2) ? 2.25 : 2.5, &handled);
  cpu_per_step = (cpu_now () - cpu_start) / N_STEPS;
  per_step = (double) (g_get_monotonic_time () - start) / N_STEPS;

  g_print ("one slider step (model + labels + invalidation, no rendering): %.2f µs on average over %d steps\n",
           per_step, N_STEPS);
  g_print ("processor time of this thread per step: %.2f µs\n", cpu_per_step);
  g_print ("target: <= %.0f µs\n", TARGET_US);

  /* What the panel asks of the decision on each of those steps. */
  decision = offload_assessment_get_decision (assessment);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < N_SENTENCES; i++)
    {
      g_autofree char *headline = offload_decision_dup_headline (decision);
      g_auto(GStrv) why = offload_decision_dup_why (decision);
      g_autofree char *chain = offload_decision_dup_chain (decision);
    }
  per_answer = (double) (g_get_monotonic_time () - start) / N_SENTENCES;
  g_print ("of which the answer's sentences (headline, reasons, the sums): %.2f µs\n", per_answer);

  /* Honest only if every step really moved the model and its figures. */
  if (changes < N_STEPS || offload_assessment_get_hours_per_day (assessment) != 2.25)
    {
      g_printerr ("the steps did not change the model: %u cost changes\n", changes);
      return 1;
    }

  gtk_window_destroy (GTK_WINDOW (window));
  return per_step <= TARGET_US ? 0 : 1;
}
