/* offload-activity-json.c
 *
 * Reading trusts nothing, like the rest of offload-document.c: the member's
 * shape, every type and every bound is checked before anything is stored,
 * so that a refused file leaves the activity as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "offload-activity-json.h"
#include "offload-error.h"
#include "offload-json-read.h"
#include "offload-json-writer.h"

static gboolean
activity_json_error (GError     **error,
                     OffloadError code,
                     const char  *member,
                     const char  *expected)
{
  g_autofree char *full = offload_json_path ("activity", member);

  g_set_error (error, OFFLOAD_ERROR, code,
               /* Translators: the first %s is a field, the second what it accepts */
               _("The field “%s” must be %s"), full, expected);
  return FALSE;
}

static gboolean
activity_json_read_monthly (JsonArray  *array,
                            double      monthly[OFFLOAD_N_MONTHS],
                            GError    **error)
{
  gboolean any = FALSE;

  if (json_array_get_length (array) != OFFLOAD_N_MONTHS)
    /* Translators: what the list of monthly factors must be */
    return activity_json_error (error, OFFLOAD_ERROR_RANGE, "monthly", _("a list of 12 numbers, one a month from January"));

  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    {
      g_autofree char *member = g_strdup_printf ("monthly[%u]", m);

      if (!offload_json_node_number (json_array_get_element (array, m), &monthly[m]))
        return activity_json_error (error, OFFLOAD_ERROR_TYPE, member, _("a number"));
      if (monthly[m] < 0 || monthly[m] > OFFLOAD_ACTIVITY_MAX_FACTOR)
        {
          g_autofree char *max = g_strdup_printf ("%g", OFFLOAD_ACTIVITY_MAX_FACTOR);
          /* Translators: a range of numbers, e.g. "between 0 and 24" */
          g_autofree char *expected = g_strdup_printf (_("between %s and %s"), "0", max);

          return activity_json_error (error, OFFLOAD_ERROR_RANGE, member, expected);
        }
      any |= monthly[m] > 0;
    }
  if (!any)
    return activity_json_error (error, OFFLOAD_ERROR_RANGE, "monthly", _("twelve numbers that are not all 0"));
  return TRUE;
}

gboolean
offload_activity_json_read (JsonObject       *root,
                            OffloadActivity  *activity,
                            GError          **error)
{
  static const char * const members[] = { "profile", "monthly", "growth_per_year", NULL };
  double monthly[OFFLOAD_N_MONTHS];
  double growth = offload_activity_get_growth_per_year (activity);
  OffloadActivityProfile profile;
  JsonObject *object = NULL;
  JsonArray *array = NULL;
  const char *id = NULL;

  g_return_val_if_fail (OFFLOAD_IS_ACTIVITY (activity), FALSE);

  if (!offload_json_read_object (root, NULL, "activity", FALSE, &object, error))
    return FALSE;
  if (object == NULL)
    return TRUE;

  if (!offload_json_only_members (object, "activity", members, error) ||
      !offload_json_read_string (object, "activity", "profile", TRUE, &id, error))
    return FALSE;
  if (!offload_activity_profile_from_id (id, &profile))
    return activity_json_error (error, OFFLOAD_ERROR_RANGE, "profile", _("“steady”, “growing”, “seasonal” or “custom”"));

  if (!offload_json_read_number (object, "activity", "growth_per_year",
                                 profile == OFFLOAD_ACTIVITY_GROWING, &growth, error))
    return FALSE;
  if (growth < OFFLOAD_ACTIVITY_GROWTH_MIN || growth > OFFLOAD_ACTIVITY_GROWTH_MAX)
    {
      g_autofree char *min = g_strdup_printf ("%g", OFFLOAD_ACTIVITY_GROWTH_MIN);
      g_autofree char *max = g_strdup_printf ("%g", OFFLOAD_ACTIVITY_GROWTH_MAX);
      /* Translators: a range of numbers, e.g. "between 0 and 24" */
      g_autofree char *expected = g_strdup_printf (_("between %s and %s"), min, max);

      return activity_json_error (error, OFFLOAD_ERROR_RANGE, "growth_per_year", expected);
    }

  /* Steady and growing fill the months themselves, but a list given with
   * them must still be one. */
  if (!offload_json_read_array (object, "activity", "monthly",
                                profile == OFFLOAD_ACTIVITY_SEASONAL || profile == OFFLOAD_ACTIVITY_CUSTOM,
                                &array, error))
    return FALSE;
  if (array != NULL && !activity_json_read_monthly (array, monthly, error))
    return FALSE;

  if (!offload_activity_load (activity, profile, array != NULL ? monthly : NULL, growth))
    return activity_json_error (error, OFFLOAD_ERROR_RANGE, "monthly", _("twelve numbers that are not all 0"));
  return TRUE;
}

void
offload_activity_json_append (OffloadActivity *activity,
                              GString         *out,
                              guint            level)
{
  const double *monthly;

  g_return_if_fail (OFFLOAD_IS_ACTIVITY (activity));

  monthly = offload_activity_get_monthly (activity);
  g_string_append_c (out, ',');
  offload_json_append_indent (out, level);
  g_string_append (out, "\"activity\": {");
  offload_json_append_indent (out, level + 1);
  g_string_append (out, "\"profile\": ");
  offload_json_append_string (out, offload_activity_profile_to_id (offload_activity_get_profile (activity)));
  g_string_append_c (out, ',');
  offload_json_append_indent (out, level + 1);
  g_string_append (out, "\"monthly\": [");
  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    {
      if (m > 0)
        g_string_append_c (out, ',');
      offload_json_append_indent (out, level + 2);
      offload_json_append_number (out, monthly[m]);
    }
  offload_json_append_indent (out, level + 1);
  g_string_append (out, "],");
  offload_json_append_indent (out, level + 1);
  g_string_append (out, "\"growth_per_year\": ");
  offload_json_append_number (out, offload_activity_get_growth_per_year (activity));
  offload_json_append_indent (out, level);
  g_string_append_c (out, '}');
}
