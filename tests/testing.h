/* testing.h: what the test programs share: fixtures, temporary folders, and
 * the figures of docs/format.md worked out from an assessment's inputs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "offload-assessment.h"

/* tests/documents/@dir/@name, found through G_TEST_SRCDIR. */
GFile *testing_fixture     (const char *dir,
                            const char *name);
/* Removes @path and all below it: read-only folders are made writable
 * first, and links are removed, never followed. */
void   testing_remove_tree (const char *path);
/* Writes @length bytes of @data to @dir/@name. */
GFile *testing_write_file  (const char *dir,
                            const char *name,
                            const char *data,
                            gsize       length);
/* Hostile files no fixture can hold, written into @dir: a 2 MiB document
 * of valid-looking JSON, and 100,000 nested arrays (which crash json-glib
 * 1.6 when nothing stops them first). */
GFile *testing_write_too_large     (const char *dir);
GFile *testing_write_deep_nesting  (const char *dir);
/* A new folder under the temporary folder, named after @name_template
 * ("offload-test-…-XXXXXX"); asserts that it was made. */
char  *testing_make_temp_dir       (const char *name_template);

/* The time an assessment loses a month, worked out from its inputs and the
 * catalog's constants as docs/format.md words it (not read back from the
 * model): admin = hours a day × days a week × weeks a month; focus =
 * interruptions × the catalog's minutes per interruption, capped by what the
 * working time leaves after the admin. */
typedef struct
{
  double admin;
  double focus_uncapped;
  double focus;
  double working;
  double total;          /* admin + focus */
} TestingTime;

void   testing_time_lost           (OffloadAssessment *assessment,
                                    TestingTime       *time);
/* The need score before rounding: 100 × (w × ticked weight ÷ total weight +
 * (1 − w) × min (1, time lost ÷ working time ÷ full share)), w and the full
 * share from the catalog's constants. */
double testing_need_unrounded      (OffloadAssessment *assessment);
/* Rounded half away from zero, as the catalog's policy text says. */
int    testing_expected_need       (OffloadAssessment *assessment);
/* Asserts the assessment's readiness is the need of its inputs (either
 * neighbour on an exact half, where the order of the additions may tip it). */
void   testing_assert_need         (OffloadAssessment *assessment);
/* Handing over pays when the better option nets more than 0 in whole
 * currency units, as the answer gives it: at least half a unit, so that
 * the rounding noise of an exact break-even (±1e-13) is no gain either. */
#define TESTING_LEAST_GAIN 0.5

/* The net gain a month of the active scenario's cheapest option, or 0 when
 * doing it yourself is cheapest: handing over pays when it is at least
 * TESTING_LEAST_GAIN. */
double testing_best_net            (OffloadAssessment *assessment);
/* Ticks or unticks every entry of @kind. */
void   testing_check_all           (OffloadAssessment *assessment,
                                    gboolean           checked,
                                    OffloadSignKind    kind);

/* What handing the hours over costs and brings back a month, worked out
 * from the assessment's inputs and its active scenario's, with the
 * catalog's constants, by the formulas of docs/format.md. */
typedef struct
{
  double freed;            /* hours handed over a month */
  double recovered;        /* the reinvested share of them, at the hourly value */
  double freelance_cost;
  double hire_paid_hours;  /* a month: the hours freed over the weeks worked, or the contract's minimum */
  double hire_weekly_hours;
  double hire_cost;
  double best_net;         /* the better net gain of the two, or 0 when neither gains */
} TestingMoney;

void   testing_money               (OffloadAssessment *assessment,
                                    TestingMoney      *money);
/* The warnings the inputs call for, a bit per OffloadWarning, each from
 * its condition in docs/format.md: more admin than the working day; focus
 * past what the day leaves; a day longer than the catalog's longest; no
 * hours lost; an hour worth 0; hours lost but none handed over; hours handed
 * over, worth something, none reinvested; a hire past full time. */
guint  testing_expected_warnings   (OffloadAssessment *assessment);

/* Counts the notifications @object emits from now on, per property name:
 * a table of name → count (GUINT_TO_POINTER), empty while nothing was
 * notified. Free it with g_hash_table_unref(); @object must not notify
 * after that. */
GHashTable *testing_notify_log_new   (gpointer    object);
guint       testing_notify_log_count (GHashTable *log,
                                      const char *name);
