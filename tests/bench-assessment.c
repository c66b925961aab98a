/* bench-assessment.c: the cost of one input change, model only
 *
 * Target: the model's recompute after one input change takes at most 1 µs on
 * average over a million changes, the decision (need, money, verdict,
 * warnings) included. Run with `meson test -C build --benchmark`; fails
 * when the target is missed, or when the changes did not reach the
 * decision.
 *
 * The second figure adds a handler on every notify (about 3.5 a change): it
 * measures GObject's signal dispatch on top of the recompute, and is printed
 * per notification so that a regression in the model's own notifications
 * (more of them, or spurious ones) shows as well.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>

#include "offload-assessment.h"

#define N_CHANGES 1000000
#define TARGET_US 1.0

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
on_decision_changed (OffloadDecision *decision,
                     guint           *count)
{
  (*count)++;
}

static double
run (OffloadAssessment *assessment)
{
  gint64 start = g_get_monotonic_time ();
  gboolean up = FALSE;

  /* Quarter-hour slider steps back and forth, with an hourly value step every
   * tenth change: each one really changes the inputs and every cost (the
   * hours flip on their own steps, so that the one after a value step is
   * not a repeat). */
  for (guint i = 0; i < N_CHANGES; i++)
    {
      if (i % 10 == 9)
        offload_assessment_set_hourly_value (assessment, (i / 10) % 2 ? 80 : 85);
      else
        {
          up = !up;
          offload_assessment_set_hours_per_day (assessment, up ? 2.5 : 2.25);
        }
    }

  return (double) (g_get_monotonic_time () - start) / N_CHANGES;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OffloadAssessment) quiet = offload_assessment_new (NULL);
  g_autoptr(OffloadAssessment) watched = offload_assessment_new (NULL);
  guint notifications = 0;
  guint decisions = 0;
  double quiet_us, watched_us;
  g_autofree char *quiet_headline = NULL;
  g_autofree char *watched_headline = NULL;

  setlocale (LC_ALL, "");
  g_signal_connect (watched, "notify", G_CALLBACK (on_notify), &notifications);
  /* Every step moves the need or the net gain, so the decision changes
   * each time: counted on the watched run. */
  g_signal_connect (offload_assessment_get_decision (watched), "changed", G_CALLBACK (on_decision_changed), &decisions);

  quiet_us = run (quiet);
  watched_us = run (watched);

  g_print ("model recompute after one input change: %.3f µs on average over %d changes\n", quiet_us, N_CHANGES);
  g_print ("the same with a handler on every notify: %.3f µs a change, %.3f µs a notification (%u notifications)\n",
           watched_us, watched_us * N_CHANGES / notifications, notifications);
  g_print ("the decision changed %u times in %d changes\n", decisions, N_CHANGES);
  g_print ("target: recompute ≤ %.1f µs\n", TARGET_US);

  /* The benchmark is honest only if the changes really recomputed and
   * notified: 3 or 4 derived figures and the input itself, every time. */
  if (notifications < N_CHANGES * 3 || offload_assessment_get_monthly_cost (quiet) != offload_assessment_get_monthly_cost (watched))
    {
      g_printerr ("the changes did not recompute: %u notifications\n", notifications);
      return 1;
    }
  /* Nor if the decision was left out: it must have followed every change,
   * to the same answer in both runs. */
  quiet_headline = offload_decision_dup_headline (offload_assessment_get_decision (quiet));
  watched_headline = offload_decision_dup_headline (offload_assessment_get_decision (watched));
  if (decisions < N_CHANGES ||
      offload_assessment_get_readiness (quiet) != offload_assessment_get_readiness (watched) ||
      g_strcmp0 (quiet_headline, watched_headline) != 0)
    {
      g_printerr ("the decision did not follow the changes: %u changes of it\n", decisions);
      return 1;
    }

  return quiet_us <= TARGET_US ? 0 : 1;
}
