/* fuzz_document.c: any bytes through offload_document_new_from_bytes()
 *
 * Beyond "no crash, no leak, no hang": a NULL document comes with an
 * %OFFLOAD_ERROR and a document without one; the message is fit to show
 * (one short line, whatever the file holds); a loaded document is not
 * "unsaved", and what it saves loads again and saves to the very same bytes
 * (nothing is lost on the way) with the same answer: verdict, need, money,
 * headline and warnings, whatever inputs the file held.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "fuzz.h"

#include <math.h>

#include "offload-document.h"
#include "offload-error.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init (argc, argv);

  /* Built once per process and kept: not a leak, and not worth fuzzing here
   * (fuzz_catalog does). */
  offload_catalog_get_default ();
  return 0;
}

/* The message goes to a dialog or a terminal as it is: one line, no
 * control character (no terminal escape), and short whatever the file
 * quotes (the longest message of the C locale is about 200 characters). */
static void
check_message (const char *message)
{
  g_assert_cmpuint (g_utf8_strlen (message, -1), <=, 500);
  for (const char *p = message; *p != '\0'; p = g_utf8_next_char (p))
    g_assert_false (g_unichar_iscntrl (g_utf8_get_char (p)));
}

/* The answer depends on the inputs alone, so a reloaded document gives the
 * same one; and whatever they are, the need stays within 0–100, the money
 * is finite and "prepare first" comes exactly with a counter-indication. */
static void
check_answer (OffloadDocument *document,
              OffloadDocument *reloaded)
{
  OffloadAssessment *assessment = offload_document_get_assessment (document);
  OffloadDecision *a = offload_assessment_get_decision (assessment);
  OffloadDecision *b = offload_assessment_get_decision (offload_document_get_assessment (reloaded));
  g_autofree char *headline_a = offload_decision_dup_headline (a);
  g_autofree char *headline_b = offload_decision_dup_headline (b);
  const char * const *reasons = offload_assessment_get_reasons (assessment);
  OffloadSign *first = reasons[0] ? offload_catalog_lookup (offload_assessment_get_catalog (assessment), reasons[0]) : NULL;
  gboolean counter = first != NULL && offload_sign_get_kind (first) == OFFLOAD_SIGN_KIND_COUNTER;

  g_assert_cmpint (offload_decision_get_need (a), >=, 0);
  g_assert_cmpint (offload_decision_get_need (a), <=, 100);
  g_assert_true (isfinite (offload_decision_get_net_gain_year (a)));
  g_assert_true (offload_decision_get_band (a)->counter == counter);
  g_assert_cmpstr (offload_decision_get_verdict (a), ==, offload_decision_get_verdict (b));
  g_assert_cmpint (offload_decision_get_need (a), ==, offload_decision_get_need (b));
  g_assert_true (offload_decision_get_delegation_pays (a) == offload_decision_get_delegation_pays (b));
  g_assert_cmpstr (headline_a, ==, headline_b);
  g_assert_cmpuint (offload_decision_get_n_warnings (a), ==, offload_decision_get_n_warnings (b));
  for (guint i = 0; i < offload_decision_get_n_warnings (a); i++)
    g_assert_cmpint (offload_decision_get_warning (a, i), ==, offload_decision_get_warning (b, i));
}

static void
check_round_trip (OffloadDocument *document)
{
  g_autoptr(GBytes) saved = offload_document_serialize (document);
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(OffloadDocument) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  reloaded = offload_document_new_from_bytes (NULL, saved, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reloaded);

  g_assert_cmpstr (offload_document_get_title (reloaded), ==, offload_document_get_title (document));
  g_assert_true (g_date_time_equal (offload_document_get_created (reloaded),
                                    offload_document_get_created (document)));
  g_assert_true (g_date_time_equal (offload_document_get_modified (reloaded),
                                    offload_document_get_modified (document)));

  check_answer (document, reloaded);

  saved_again = offload_document_serialize (reloaded);
  g_assert_true (g_bytes_equal (saved, saved_again));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* Not copied: a read past @size lands outside libFuzzer's buffer, where
   * AddressSanitizer sees it (the loader must not expect a final NUL). */
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(OffloadDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = offload_document_new_from_bytes (NULL, bytes, &error);
  fuzz_check_result (document, error, OFFLOAD_ERROR);

  if (error != NULL)
    check_message (error->message);
  if (document != NULL)
    {
      g_assert_false (offload_document_get_unsaved (document));
      g_assert_nonnull (offload_document_get_ignored_answers (document));
      check_round_trip (document);
    }

  return 0;
}
