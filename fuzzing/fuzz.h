/* fuzz.h: what every fuzz target shares
 *
 * Each fuzz_*.c defines LLVMFuzzerInitialize() and LLVMFuzzerTestOneInput().
 * Linked with libFuzzer (-Dfuzzing=true) they are fuzzed; linked with
 * driver.c they replay the files given on the command line, as tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

/* GLib 2.74 still hands GObjects and hash tables out of its slice
 * allocator, whose magazines keep every chunk reachable: LeakSanitizer
 * would never see a leaked object, and AddressSanitizer would not see a
 * freed one reused. Slices must be plain malloc() from the first one, which
 * GObject's constructor allocates before main(), so the only way is the
 * environment: set it and start again. A run with a different G_SLICE or
 * G_DEBUG (say, for a debugger) is left as it is. */
static inline void
fuzz_use_plain_malloc (char **argv)
{
  if (g_getenv ("G_SLICE") != NULL)
    return;

  g_setenv ("G_SLICE", "always-malloc", TRUE);
  if (g_getenv ("G_DEBUG") == NULL)
    g_setenv ("G_DEBUG", "gc-friendly", TRUE);
  execv ("/proc/self/exe", argv);
  /* No /proc: carry on with the slices rather than not at all. */
}

/* A g_return_if_fail() that trips, a warning or an error is a finding. GLib
 * stops on a fatal message with a breakpoint trap, which libFuzzer does not
 * catch: abort() instead, so that the input is kept and the test fails. */
static inline GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   log_level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  g_log_writer_default (log_level & ~G_LOG_FATAL_MASK, fields, n_fields, user_data);
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return G_LOG_WRITER_HANDLED;
}

static inline void
fuzz_init (int    *argc,
           char ***argv)
{
  fuzz_use_plain_malloc (*argv);
  g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
}

/* One contract for every loader: NULL comes with an error and an object
 * without one, and the error is of @domain with a message in UTF-8. */
static inline void
fuzz_check_result (gpointer      result,
                   const GError *error,
                   GQuark        domain)
{
  if (result == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == domain);
      g_assert_nonnull (error->message);
      g_assert_cmpuint (strlen (error->message), >, 0);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }
  else
    {
      g_assert_no_error (error);
    }
}
