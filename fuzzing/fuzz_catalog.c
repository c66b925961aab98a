/* fuzz_catalog.c: any bytes through offload_catalog_new_from_bytes()
 *
 * A NULL catalog comes with an %OFFLOAD_ERROR_CATALOG and a catalog without
 * one; and whatever the parser accepts must keep the promises the model
 * relies on, so every query is asked and an assessment built on it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "fuzz.h"

#include "offload-action-plan.h"
#include "offload-assessment.h"
#include "offload-catalog.h"
#include "offload-delegation-brief.h"
#include "offload-error.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init (argc, argv);
  return 0;
}

static void
check_catalog (OffloadCatalog *catalog)
{
  static const char * const inputs[] = {
    OFFLOAD_INPUT_HOURS_PER_DAY, OFFLOAD_INPUT_DAYS_PER_WEEK, OFFLOAD_INPUT_WEEKS_PER_MONTH,
    OFFLOAD_INPUT_HOURLY_VALUE, OFFLOAD_INPUT_INTERRUPTIONS_PER_DAY,
  };
  static const char * const constants[] = {
    OFFLOAD_CONSTANT_FOCUS_MINUTES, OFFLOAD_CONSTANT_MONTHS_PER_YEAR, OFFLOAD_CONSTANT_MAX_REASONS,
  };
  g_autoptr(OffloadAssessment) assessment = NULL;
  g_autoptr(OffloadDelegationBrief) brief = NULL;
  g_autoptr(OffloadActionPlan) plan = NULL;
  guint n_signs = offload_catalog_get_n_signs (catalog);
  guint weight = 0;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, n_signs);
  for (guint i = 0; i < n_signs; i++)
    {
      OffloadSign *sign = offload_catalog_get_sign (catalog, i);
      guint position = G_MAXUINT;

      g_assert_true (offload_catalog_find (catalog, offload_sign_get_id (sign), &position));
      g_assert_cmpuint (position, ==, i);
      g_assert_nonnull (offload_catalog_get_group_title (catalog, offload_sign_get_group (sign)));
      g_assert_nonnull (offload_sign_get_title (sign));
      if (offload_sign_get_kind (sign) == OFFLOAD_SIGN_KIND_SIGN)
        {
          const char * const *delegate = offload_sign_get_delegate (sign);

          weight += offload_sign_get_weight (sign);
          for (guint j = 0; delegate != NULL && delegate[j] != NULL; j++)
            g_assert_nonnull (offload_catalog_get_task_title (catalog, delegate[j]));
        }
      else
        {
          g_assert_nonnull (offload_sign_get_remediation (sign));
        }
    }
  g_assert_cmpuint (weight, ==, offload_catalog_get_total_weight (catalog));
  g_assert_cmpuint (weight, >, 0);

  for (guint i = 0; i < offload_catalog_get_n_groups (catalog); i++)
    g_assert_nonnull (offload_catalog_get_group_title (catalog, offload_catalog_get_group_id (catalog, i)));

  /* Every need has exactly one verdict whether handing over pays or not,
   * one that pays is always the stronger, and the counter band is last. */
  for (int need = 0; need <= 100; need++)
    {
      OffloadBand *no = offload_catalog_band_for_need (catalog, need, FALSE);
      OffloadBand *yes = offload_catalog_band_for_need (catalog, need, TRUE);

      g_assert_nonnull (no);
      g_assert_nonnull (yes);
      g_assert_false (no->counter || yes->counter || no->pays || !yes->pays);
      g_assert_cmpuint (no->strength, <, yes->strength);
    }
  g_assert_true (offload_catalog_get_counter_band (catalog)->counter);
  for (guint i = 0; i < offload_catalog_get_n_bands (catalog); i++)
    {
      OffloadBand *band = offload_catalog_get_band (catalog, i);

      g_assert_true (offload_catalog_lookup_band (catalog, band->id) == band);
    }

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    g_assert_nonnull (offload_catalog_get_input (catalog, inputs[i]));
  for (guint i = 0; i < G_N_ELEMENTS (constants); i++)
    g_assert_cmpfloat (offload_catalog_get_constant (catalog, constants[i]), >=, 0);
  g_assert_true (offload_assessment_is_valid_currency (offload_catalog_get_default_currency (catalog)));
  g_assert_nonnull (offload_catalog_get_policy (catalog, "counter_overrides"));

  for (guint i = 0; i < offload_catalog_get_n_tasks (catalog); i++)
    {
      OffloadTask *task = offload_catalog_get_task (catalog, i);

      g_assert_true (offload_catalog_lookup_task (catalog, task->id) == task);
      g_assert_true (task->share > 0 && task->share <= 1);
      g_assert_nonnull (offload_task_risk_to_id (task->risk));
    }
  for (guint i = 0; i < offload_catalog_get_n_steps (catalog); i++)
    {
      OffloadStep *step = offload_catalog_get_step (catalog, i);

      g_assert_true (offload_catalog_lookup_step (catalog, step->id) == step);
      for (guint j = 0; step->urgent_when[j]; j++)
        g_assert_nonnull (offload_catalog_lookup (catalog, step->urgent_when[j]));
    }

  /* The model on top of it: every answer ticked, then unticked; the brief
   * never frees more hours than are lost, and the plan lists every step. */
  assessment = offload_assessment_new (catalog);
  brief = offload_delegation_brief_new (assessment);
  plan = offload_action_plan_new (assessment);
  for (guint i = 0; i < n_signs; i++)
    g_assert_true (offload_assessment_set_checked (assessment,
                                                   offload_sign_get_id (offload_catalog_get_sign (catalog, i)),
                                                   TRUE));
  g_assert_cmpint (offload_assessment_get_readiness (assessment), >=, 0);
  g_assert_cmpint (offload_assessment_get_readiness (assessment), <=, 100);
  g_assert_nonnull (offload_assessment_get_verdict (assessment));
  g_assert_cmpfloat (offload_delegation_brief_get_total_hours (brief), <=,
                     offload_assessment_get_monthly_hours (assessment));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan)), ==, offload_catalog_get_n_steps (catalog));
  g_assert_cmpuint (offload_action_plan_get_n_urgent (plan), ==, offload_catalog_get_n_steps (catalog));
  for (guint i = 0; i < n_signs; i++)
    offload_assessment_set_checked (assessment,
                                    offload_sign_get_id (offload_catalog_get_sign (catalog, i)),
                                    FALSE);
  g_assert_nonnull (offload_assessment_get_verdict (assessment));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(OffloadCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;

  catalog = offload_catalog_new_from_bytes (bytes, &error);
  fuzz_check_result (catalog, error, OFFLOAD_ERROR);

  if (catalog != NULL)
    check_catalog (catalog);
  else
    g_assert_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_CATALOG);

  return 0;
}
