/* offload-document.c
 *
 * Loading trusts nothing: the bytes go through the strict JSON check before
 * json-glib sees them, every member is type- and range-checked against the
 * catalog, and "results" is recomputed rather than read. Saving goes through
 * g_file_set_contents_full(), which writes a temporary file, syncs it and
 * renames it over the old one, so the old file survives any failure.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>

#include "offload-activity-json.h"
#include "offload-atomic-file.h"
#include "offload-document.h"
#include "offload-error.h"
#include "offload-format.h"
#include "offload-json-check.h"
#include "offload-json-read.h"
#include "offload-json-writer.h"

struct _OffloadDocument
{
  GObject            parent_instance;

  OffloadAssessment *assessment;
  GFile             *file;
  char              *title;
  GDateTime         *created;
  GDateTime         *modified;
  GStrv              ignored_answers;
  gboolean           unsaved;

  /* The file as this document last read or wrote it, to notice another
   * program's changes before overwriting them. */
  gboolean           disk_known;
  GStatBuf           disk;
};

G_DEFINE_FINAL_TYPE (OffloadDocument, offload_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_FILE,
  PROP_TITLE,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_UNSAVED,
  PROP_IGNORED_ANSWERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The inputs in file order, with their getters and setters. */
static const struct {
  const char *id;
  double    (*get) (OffloadAssessment *self);
  void      (*set) (OffloadAssessment *self, double value);
} numeric_inputs[] = {
  { OFFLOAD_INPUT_HOURS_PER_DAY, offload_assessment_get_hours_per_day, offload_assessment_set_hours_per_day },
  { OFFLOAD_INPUT_DAYS_PER_WEEK, offload_assessment_get_days_per_week, offload_assessment_set_days_per_week },
  { OFFLOAD_INPUT_WEEKS_PER_MONTH, offload_assessment_get_weeks_per_month, offload_assessment_set_weeks_per_month },
  { OFFLOAD_INPUT_HOURLY_VALUE, offload_assessment_get_hourly_value, offload_assessment_set_hourly_value },
  { OFFLOAD_INPUT_INTERRUPTIONS_PER_DAY, offload_assessment_get_interruptions_per_day, offload_assessment_set_interruptions_per_day },
};

/* Inputs a newer version added: optional when reading (the catalog's
 * default stays), always written, after the others. */
static const struct {
  const char *id;
  guint       since;
  double    (*get) (OffloadAssessment *self);
  void      (*set) (OffloadAssessment *self, double value);
} optional_inputs[] = {
  { OFFLOAD_INPUT_WORKING_HOURS_PER_DAY, 4, offload_assessment_get_working_hours_per_day, offload_assessment_set_working_hours_per_day },
};

static void
set_unsaved (OffloadDocument *self,
             gboolean         unsaved)
{
  if (self->unsaved == unsaved)
    return;
  self->unsaved = unsaved;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNSAVED]);
}

static void
on_assessment_changed (OffloadDocument *self)
{
  set_unsaved (self, TRUE);
}

/* Files keep whole seconds in UTC: stable text, whatever the zone. */
static GDateTime *
normalize_time (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  return g_date_time_new_utc (g_date_time_get_year (utc), g_date_time_get_month (utc),
                              g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                              g_date_time_get_minute (utc), g_date_time_get_second (utc));
}

static GDateTime *
now (void)
{
  g_autoptr(GDateTime) time = g_date_time_new_now_utc ();

  return normalize_time (time);
}

static void
offload_document_finalize (GObject *object)
{
  OffloadDocument *self = OFFLOAD_DOCUMENT (object);

  g_clear_object (&self->assessment);
  g_clear_object (&self->file);
  g_free (self->title);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->modified, g_date_time_unref);
  g_strfreev (self->ignored_answers);

  G_OBJECT_CLASS (offload_document_parent_class)->finalize (object);
}

static void
offload_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OffloadDocument *self = OFFLOAD_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT: g_value_set_object (value, self->assessment); break;
    case PROP_FILE: g_value_set_object (value, self->file); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_CREATED: g_value_set_boxed (value, self->created); break;
    case PROP_MODIFIED: g_value_set_boxed (value, self->modified); break;
    case PROP_UNSAVED: g_value_set_boolean (value, self->unsaved); break;
    case PROP_IGNORED_ANSWERS: g_value_set_boxed (value, self->ignored_answers); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_document_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OffloadDocument *self = OFFLOAD_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE: offload_document_set_title (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_document_class_init (OffloadDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags readable = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = offload_document_finalize;
  object_class->get_property = offload_document_get_property;
  object_class->set_property = offload_document_set_property;

  properties[PROP_ASSESSMENT] = g_param_spec_object ("assessment", NULL, NULL, OFFLOAD_TYPE_ASSESSMENT, readable);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, readable);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "",
                                                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED] = g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME, readable);
  properties[PROP_MODIFIED] = g_param_spec_boxed ("modified", NULL, NULL, G_TYPE_DATE_TIME, readable);
  properties[PROP_UNSAVED] = g_param_spec_boolean ("unsaved", NULL, NULL, FALSE, readable);
  properties[PROP_IGNORED_ANSWERS] = g_param_spec_boxed ("ignored-answers", NULL, NULL, G_TYPE_STRV, readable);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
offload_document_init (OffloadDocument *self)
{
  self->title = g_strdup ("");
  self->created = now ();
  self->modified = g_date_time_ref (self->created);
  self->ignored_answers = g_new0 (char *, 1);
}

/* The document listens only once its fields hold what was loaded. */
static void
attach_assessment (OffloadDocument   *self,
                   OffloadAssessment *assessment)
{
  self->assessment = assessment;
  g_signal_connect_object (assessment, "changed",
                           G_CALLBACK (on_assessment_changed), self, G_CONNECT_SWAPPED);
}

OffloadDocument *
offload_document_new_for_assessment (OffloadAssessment *assessment)
{
  OffloadDocument *self;

  g_return_val_if_fail (OFFLOAD_IS_ASSESSMENT (assessment), NULL);

  self = g_object_new (OFFLOAD_TYPE_DOCUMENT, NULL);
  attach_assessment (self, g_object_ref (assessment));
  return self;
}

OffloadDocument *
offload_document_new (OffloadCatalog *catalog)
{
  g_autoptr(OffloadAssessment) assessment = NULL;

  g_return_val_if_fail (catalog == NULL || OFFLOAD_IS_CATALOG (catalog), NULL);

  assessment = offload_assessment_new (catalog);
  return offload_document_new_for_assessment (assessment);
}

/* ---- loading ----------------------------------------------------------- */

static gboolean
range_error (GError     **error,
             const char  *path,
             const char  *member,
             const char  *expected)
{
  g_autofree char *full = offload_json_path (path, member);

  g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_RANGE,
               /* Translators: the first %s is a field, the second what it accepts */
               _("The field “%s” must be %s"), full, expected);
  return FALSE;
}

static gboolean
read_time (JsonObject  *root,
           const char  *member,
           GDateTime  **out,
           GError     **error)
{
  const char *text = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) time_utc = NULL;

  if (!offload_json_read_string (root, NULL, member, TRUE, &text, error))
    return FALSE;

  /* Only what a save writes back as it was: UTC with a four-digit year. An
   * offset can carry a time past year 9999 or before year 1 in UTC, where
   * GDateTime has no value at all; a year before 1000 would be saved with
   * fewer digits and the file could not be opened again. */
  time = g_date_time_new_from_iso8601 (text, utc);
  if (time != NULL)
    time_utc = g_date_time_to_utc (time);
  if (time_utc == NULL || g_date_time_get_year (time_utc) < 1000)
    return range_error (error, NULL, member, _("a date and time such as 2025-11-27T09:30:00Z"));

  g_clear_pointer (out, g_date_time_unref);
  *out = normalize_time (time_utc);
  return TRUE;
}

/* A number within the catalog's range for input @id. */
static gboolean
read_input (JsonObject      *object,
            const char      *path,
            OffloadCatalog  *catalog,
            const char      *id,
            double          *value,
            GError         **error)
{
  const OffloadInputSpec *spec = offload_catalog_get_input (catalog, id);

  if (!offload_json_read_number (object, path, id, TRUE, value, error))
    return FALSE;

  if (*value < spec->min || *value > spec->max)
    {
      g_autofree char *min = g_strdup_printf ("%g", spec->min);
      g_autofree char *max = g_strdup_printf ("%g", spec->max);
      /* Translators: a range of numbers, e.g. "between 0 and 24" */
      g_autofree char *expected = g_strdup_printf (_("between %s and %s"), min, max);

      return range_error (error, path, id, expected);
    }
  if (spec->integer && *value != floor (*value))
    return range_error (error, path, id, _("a whole number"));

  return TRUE;
}

/* The inputs of one scenario, from "inputs" or from an entry of "scenarios". */
static gboolean
read_scenario_inputs (JsonObject       *object,
                      const char       *path,
                      OffloadCatalog   *catalog,
                      guint             version,
                      OffloadScenario  *scenario,
                      GError          **error)
{
  const char * const *ids = offload_scenario_list_inputs ();
  gboolean freelance_vat = FALSE;
  const char *sizing_id = NULL;
  OffloadHireSizing sizing = OFFLOAD_HIRE_SIZING_PEAK;

  for (guint i = 0; ids[i]; i++)
    {
      double value = 0;

      if (!read_input (object, path, catalog, ids[i], &value, error))
        return FALSE;
      offload_scenario_set_input (scenario, ids[i], value);
    }

  if (!offload_json_read_boolean (object, path, "freelance_vat", TRUE, &freelance_vat, error))
    return FALSE;
  offload_scenario_set_freelance_vat (scenario, freelance_vat);

  /* Version 5's, optional: a contract sized for the busiest month. */
  if (version < 5 && json_object_has_member (object, "hire_sizing"))
    {
      g_autofree char *full = offload_json_path (path, "hire_sizing");

      g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_UNKNOWN_MEMBER,
                   /* Translators: %s is a field of the file, like inputs.hours */
                   _("The field “%s” is not part of the format"), full);
      return FALSE;
    }
  if (!offload_json_read_string (object, path, "hire_sizing", FALSE, &sizing_id, error))
    return FALSE;
  if (sizing_id != NULL && !offload_hire_sizing_from_id (sizing_id, &sizing))
    return range_error (error, path, "hire_sizing", _("“peak” or “average”"));
  offload_scenario_set_hire_sizing (scenario, sizing);

  return TRUE;
}

/* The members @first (NULL-terminated), then the scenario's inputs and
 * "freelance_vat", built once into @members, which has room for them all
 * and the NULL: one list of the scenario inputs, the scenario's own. */
static const char * const *
with_scenario_members (const char         **members,
                       gsize               *filled,
                       const char * const  *first)
{
  if (g_once_init_enter (filled))
    {
      const char * const *ids = offload_scenario_list_inputs ();
      guint n = 0;

      for (guint i = 0; first[i]; i++)
        members[n++] = first[i];
      for (guint i = 0; ids[i]; i++)
        members[n++] = ids[i];
      members[n++] = "freelance_vat";
      members[n++] = "hire_sizing";
      members[n] = NULL;
      g_once_init_leave (filled, 1);
    }
  return members;
}

/* Version 1 has the first six members; version 2 adds the active
 * scenario's inputs. */
static gboolean
load_inputs (OffloadDocument  *self,
             OffloadCatalog   *catalog,
             JsonObject       *root,
             guint             version,
             OffloadScenario  *active,
             GError          **error)
{
  static const char * const members_v1[] = {
    OFFLOAD_INPUT_HOURS_PER_DAY, OFFLOAD_INPUT_DAYS_PER_WEEK, OFFLOAD_INPUT_WEEKS_PER_MONTH,
    OFFLOAD_INPUT_HOURLY_VALUE, OFFLOAD_INPUT_INTERRUPTIONS_PER_DAY, "currency", NULL
  };
  static const char * const members_v4_first[] = {
    OFFLOAD_INPUT_HOURS_PER_DAY, OFFLOAD_INPUT_DAYS_PER_WEEK, OFFLOAD_INPUT_WEEKS_PER_MONTH,
    OFFLOAD_INPUT_HOURLY_VALUE, OFFLOAD_INPUT_INTERRUPTIONS_PER_DAY, OFFLOAD_INPUT_WORKING_HOURS_PER_DAY,
    "currency", NULL
  };
  static const char *members_v2[G_N_ELEMENTS (members_v1) + OFFLOAD_SCENARIO_N_INPUTS + 2];
  static gsize members_v2_filled = 0;
  static const char *members_v4[G_N_ELEMENTS (members_v4_first) + OFFLOAD_SCENARIO_N_INPUTS + 2];
  static gsize members_v4_filled = 0;
  JsonObject *inputs = NULL;
  const char *currency = NULL;

  if (!offload_json_read_object (root, NULL, "inputs", TRUE, &inputs, error) ||
      !offload_json_only_members (inputs, "inputs",
                                  version == 1 ? members_v1
                                  : version < 4 ? with_scenario_members (members_v2, &members_v2_filled, members_v1)
                                  : with_scenario_members (members_v4, &members_v4_filled, members_v4_first),
                                  error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (numeric_inputs); i++)
    {
      double value = 0;

      if (!read_input (inputs, "inputs", catalog, numeric_inputs[i].id, &value, error))
        return FALSE;
      numeric_inputs[i].set (self->assessment, value);
    }

  for (guint i = 0; i < G_N_ELEMENTS (optional_inputs); i++)
    {
      double value = 0;

      if (version < optional_inputs[i].since || !json_object_has_member (inputs, optional_inputs[i].id))
        continue;
      if (!read_input (inputs, "inputs", catalog, optional_inputs[i].id, &value, error))
        return FALSE;
      optional_inputs[i].set (self->assessment, value);
    }

  if (!offload_json_read_string (inputs, "inputs", "currency", TRUE, &currency, error))
    return FALSE;
  if (!offload_assessment_is_valid_currency (currency))
    return range_error (error, "inputs", "currency", _("a three-letter currency code such as EUR"));
  offload_assessment_set_currency (self->assessment, currency);

  /* Version 1 knew no scenario: it gets the catalog's defaults. */
  if (version >= 2 && !read_scenario_inputs (inputs, "inputs", catalog, version, active, error))
    return FALSE;

  return TRUE;
}

/* "scenarios" and "active_scenario" come together or not at all; without
 * them the document has the one scenario of "inputs". The active entry's
 * inputs are those of "inputs": a tool that edits "inputs" alone is heard. */
static gboolean
load_scenarios (OffloadDocument  *self,
                OffloadCatalog   *catalog,
                JsonObject       *root,
                guint             version,
                OffloadScenario  *active,
                GError          **error)
{
  static const char * const first_members[] = { "name", NULL };
  static const char *members[G_N_ELEMENTS (first_members) + OFFLOAD_SCENARIO_N_INPUTS + 2];
  static gsize members_filled = 0;
  g_autoptr(GPtrArray) scenarios = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *array = NULL;
  double active_index = 0;
  guint n;

  if (!offload_json_read_array (root, NULL, "scenarios", FALSE, &array, error))
    return FALSE;
  if (array == NULL)
    {
      if (json_object_has_member (root, "active_scenario"))
        return range_error (error, NULL, "active_scenario", _("given only with “scenarios”"));
      g_ptr_array_add (scenarios, g_object_ref (active));
      offload_assessment_replace_scenarios (self->assessment, scenarios, 0);
      return TRUE;
    }

  n = json_array_get_length (array);
  if (n < 1 || n > OFFLOAD_ASSESSMENT_MAX_SCENARIOS)
    {
      /* Translators: %d is the largest number of scenarios a document holds */
      g_autofree char *expected = g_strdup_printf (_("a list of 1 to %d scenarios"), OFFLOAD_ASSESSMENT_MAX_SCENARIOS);

      return range_error (error, NULL, "scenarios", expected);
    }
  if (!offload_json_read_number (root, NULL, "active_scenario", TRUE, &active_index, error))
    return FALSE;
  if (active_index != floor (active_index) || active_index < 0 || active_index >= n)
    {
      /* Translators: %u is the number of the last scenario, counting from 0 */
      g_autofree char *expected = g_strdup_printf (_("a whole number from 0 to %u"), n - 1);

      return range_error (error, NULL, "active_scenario", expected);
    }

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *path = g_strdup_printf ("scenarios[%u]", i);
      g_autoptr(OffloadScenario) scenario = NULL;
      g_autofree char *stripped = NULL;
      const char *name = NULL;
      JsonObject *entry;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return range_error (error, NULL, path, _("an object"));
      entry = json_node_get_object (node);
      if (!offload_json_only_members (entry, path, with_scenario_members (members, &members_filled, first_members), error) ||
          !offload_json_read_string (entry, path, "name", TRUE, &name, error))
        return FALSE;
      stripped = g_strstrip (g_strdup (name));
      if (stripped[0] == '\0' || g_utf8_strlen (name, -1) > OFFLOAD_SCENARIO_MAX_NAME)
        {
          /* Translators: %d is a number of characters */
          g_autofree char *expected = g_strdup_printf (_("a name of 1 to %d characters"), OFFLOAD_SCENARIO_MAX_NAME);

          return range_error (error, path, "name", expected);
        }

      scenario = offload_scenario_new (catalog, name);
      if (!read_scenario_inputs (entry, path, catalog, version, scenario, error))
        return FALSE;
      if (i == (guint) active_index)
        {
          g_object_unref (scenario);
          scenario = offload_scenario_copy (active, name);
        }
      g_ptr_array_add (scenarios, g_steal_pointer (&scenario));
    }

  offload_assessment_replace_scenarios (self->assessment, scenarios, (guint) active_index);
  return TRUE;
}

static gboolean
load_answers (OffloadDocument  *self,
              JsonObject       *root,
              GError          **error)
{
  g_autoptr(GStrvBuilder) ignored = g_strv_builder_new ();
  JsonObject *answers = NULL;
  JsonObjectIter iter;
  const char *id;

  if (!offload_json_read_object (root, NULL, "answers", TRUE, &answers, error))
    return FALSE;

  json_object_iter_init (&iter, answers);
  while (json_object_iter_next (&iter, &id, NULL))
    {
      gboolean checked = FALSE;

      if (!offload_json_read_boolean (answers, "answers", id, TRUE, &checked, error))
        return FALSE;
      if (!offload_assessment_set_checked (self->assessment, id, checked))
        g_strv_builder_add (ignored, id);
    }

  g_strfreev (self->ignored_answers);
  self->ignored_answers = g_strv_builder_end (ignored);
  return TRUE;
}

/* The ids of the steps done (version 3). Unlike an answer from a newer
 * catalog, an unknown step is refused: it would be dropped on the next save. */
static gboolean
load_plan (OffloadDocument  *self,
           OffloadCatalog   *catalog,
           JsonObject       *root,
           GError          **error)
{
  g_auto(GStrv) done = NULL;

  if (!offload_json_read_strv (root, NULL, "plan", FALSE, &done, error))
    return FALSE;
  if (done == NULL)
    return TRUE;

  for (guint i = 0; done[i]; i++)
    {
      g_autofree char *path = g_strdup_printf ("plan[%u]", i);

      if (offload_catalog_lookup_step (catalog, done[i]) == NULL)
        {
          g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
          g_auto(GStrv) ids = NULL;
          g_autofree char *joined = NULL;
          g_autofree char *expected = NULL;

          for (guint j = 0; j < offload_catalog_get_n_steps (catalog); j++)
            g_strv_builder_add (builder, offload_catalog_get_step (catalog, j)->id);
          ids = g_strv_builder_end (builder);
          joined = g_strjoinv (", ", ids);
          /* Translators: %s is the list of the plan's step ids */
          expected = g_strdup_printf (_("the id of a step of the action plan (%s)"), joined);
          return range_error (error, NULL, path, expected);
        }
      for (guint j = 0; j < i; j++)
        if (g_str_equal (done[j], done[i]))
          return range_error (error, NULL, path, _("a step not listed before"));
    }

  for (guint i = 0; done[i]; i++)
    offload_assessment_set_step_done (self->assessment, done[i], TRUE);
  return TRUE;
}

/* The owner's number @member of @object, within @min–@max; *out stays as
 * it was when the member is missing. */
static gboolean
document_read_bounded (JsonObject  *object,
                       const char  *path,
                       const char  *member,
                       gboolean     required,
                       double       min,
                       double       max,
                       double      *out,
                       GError     **error)
{
  double value = *out;

  if (!offload_json_read_number (object, path, member, required, &value, error))
    return FALSE;
  if (value < min || value > max)
    {
      g_autofree char *low = g_strdup_printf ("%g", min);
      g_autofree char *high = g_strdup_printf ("%g", max);
      g_autofree char *expected = g_strdup_printf (_("between %s and %s"), low, high);

      return range_error (error, path, member, expected);
    }
  *out = value;
  return TRUE;
}

static char *
document_joined_ids (const char * const *ids)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (guint i = 0; ids[i]; i++)
    if (ids[i][0] != '\0')
      g_strv_builder_add (builder, ids[i]);
  list = g_strv_builder_end (builder);
  return g_strjoinv (", ", list);
}

/* One entry of "tasks" into @task (a fresh one, not yet in the assessment). */
static gboolean
document_load_task (JsonObject        *entry,
                    const char        *path,
                    gboolean           custom,
                    OffloadOwnerTask  *task,
                    GError           **error)
{
  static const char * const members[] = { "name", "hours_per_week", "handling", "reason", "volume", "sheet", NULL };
  static const char * const volume_members[] = { "count_per_month", "minutes_each", NULL };
  const char *handling_id = NULL;
  const char *reason_id = NULL;
  JsonObject *volume = NULL;
  JsonObject *sheet = NULL;
  double hours = 0;
  OffloadTaskHandling handling = OFFLOAD_TASK_HANDLING_DELEGATE;
  OffloadKeepReason reason = OFFLOAD_KEEP_REASON_NONE;

  if (!offload_json_only_members (entry, path, custom ? members : members + 1, error) ||
      !document_read_bounded (entry, path, "hours_per_week", FALSE, 0, OFFLOAD_OWNER_TASK_MAX_HOURS_PER_WEEK,
                              &hours, error) ||
      !offload_json_read_string (entry, path, "handling", FALSE, &handling_id, error) ||
      !offload_json_read_string (entry, path, "reason", FALSE, &reason_id, error) ||
      !offload_json_read_object (entry, path, "volume", FALSE, &volume, error) ||
      !offload_json_read_object (entry, path, "sheet", FALSE, &sheet, error))
    return FALSE;

  if (handling_id != NULL && !offload_task_handling_from_id (handling_id, &handling))
    /* Translators: do not translate the words in quotes, they are the file's ids */
    return range_error (error, path, "handling", _("“delegate”, “keep” or “automate”"));
  if (reason_id != NULL && !offload_keep_reason_from_id (reason_id, &reason))
    /* Translators: do not translate the words in quotes, they are the file's ids */
    return range_error (error, path, "reason", _("“strategic”, “legal”, “cultural” or “other”"));

  offload_owner_task_set_hours_per_week (task, hours);
  offload_owner_task_set_handling (task, handling);
  offload_owner_task_set_reason (task, reason);

  if (volume != NULL)
    {
      g_autofree char *volume_path = offload_json_path (path, "volume");
      double count = 0;
      double minutes = 0;

      if (!offload_json_only_members (volume, volume_path, volume_members, error) ||
          !document_read_bounded (volume, volume_path, "count_per_month", TRUE, 0, OFFLOAD_OWNER_TASK_MAX_COUNT,
                                  &count, error) ||
          !document_read_bounded (volume, volume_path, "minutes_each", TRUE, 0, OFFLOAD_OWNER_TASK_MAX_MINUTES,
                                  &minutes, error))
        return FALSE;
      offload_owner_task_set_volume_count (task, count);
      offload_owner_task_set_volume_minutes (task, minutes);
    }

  if (sheet != NULL)
    {
      g_autofree char *sheet_path = offload_json_path (path, "sheet");
      const char *ids[OFFLOAD_N_SHEET_FIELDS + 1];

      for (guint i = 0; i < OFFLOAD_N_SHEET_FIELDS; i++)
        ids[i] = offload_sheet_field_to_id (i);
      ids[OFFLOAD_N_SHEET_FIELDS] = NULL;
      if (!offload_json_only_members (sheet, sheet_path, ids, error))
        return FALSE;
      for (guint i = 0; i < OFFLOAD_N_SHEET_FIELDS; i++)
        {
          const char *text = NULL;

          if (!offload_json_read_string (sheet, sheet_path, ids[i], FALSE, &text, error))
            return FALSE;
          if (text != NULL && g_utf8_strlen (text, -1) > OFFLOAD_OWNER_TASK_MAX_TEXT)
            {
              /* Translators: %d is a number of characters */
              g_autofree char *expected = g_strdup_printf (_("at most %d characters long"), OFFLOAD_OWNER_TASK_MAX_TEXT);

              return range_error (error, sheet_path, ids[i], expected);
            }
          offload_owner_task_set_sheet (task, i, text);
        }
    }

  return TRUE;
}

/* "tasks" (version 5): task id → the owner's hours, handling and sheet.
 * Every entry is checked before the assessment sees any of them. */
static gboolean
load_tasks (OffloadDocument  *self,
            OffloadCatalog   *catalog,
            JsonObject       *root,
            GError          **error)
{
  JsonObject *tasks = NULL;
  g_autoptr(GList) members = NULL;
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_own = 0;

  if (!offload_json_read_object (root, NULL, "tasks", FALSE, &tasks, error))
    return FALSE;
  if (tasks == NULL)
    return TRUE;

  members = json_object_get_members (tasks);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *id = l->data;
      g_autofree char *path = offload_json_path ("tasks", id);
      gboolean custom = offload_catalog_lookup_task (catalog, id) == NULL;
      g_autoptr(OffloadOwnerTask) task = NULL;
      JsonObject *entry = NULL;
      const char *name = NULL;

      if (!offload_json_read_object (tasks, "tasks", id, TRUE, &entry, error))
        return FALSE;
      if (custom)
        {
          if (!offload_assessment_is_valid_task_id (id))
            {
              g_autofree char *known = NULL;
              g_autofree char *expected = NULL;
              const char *ids[64] = { NULL };

              for (guint i = 0; i < offload_catalog_get_n_tasks (catalog) && i < G_N_ELEMENTS (ids) - 1; i++)
                ids[i] = offload_catalog_get_task (catalog, i)->id;
              known = document_joined_ids (ids);
              /* Translators: %s lists the catalog's task ids */
              expected = g_strdup_printf (_("named after a task of the catalog (%s), or after your own "
                                            "task: up to 64 letters, digits, “-” or “_”"), known);
              return range_error (error, NULL, path, expected);
            }
          if (!offload_json_read_string (entry, path, "name", FALSE, &name, error))
            return FALSE;
          if (name == NULL)
            return range_error (error, path, "name",
                                _("given for a task that is not in the catalog (its name)"));
          {
            g_autofree char *stripped = g_strstrip (g_strdup (name));

            if (*stripped == '\0' || g_utf8_strlen (stripped, -1) > OFFLOAD_OWNER_TASK_MAX_NAME)
              {
                /* Translators: %d is a number of characters */
                g_autofree char *expected = g_strdup_printf (_("a name of 1 to %d characters"),
                                                             OFFLOAD_OWNER_TASK_MAX_NAME);

                return range_error (error, path, "name", expected);
              }
          }
          if (++n_own > OFFLOAD_ASSESSMENT_MAX_OWN_TASKS)
            {
              /* Translators: %d is the largest number of the owner's own tasks */
              g_autofree char *expected = g_strdup_printf (_("an object of at most %d tasks of your own"),
                                                           OFFLOAD_ASSESSMENT_MAX_OWN_TASKS);

              return range_error (error, NULL, "tasks", expected);
            }
          task = offload_owner_task_new_custom (id, name);
        }
      else
        task = offload_owner_task_new (offload_catalog_lookup_task (catalog, id));

      offload_owner_task_set_weeks_per_month (task, offload_assessment_get_weeks_per_month (self->assessment));
      if (!document_load_task (entry, path, custom, task, error))
        return FALSE;
      g_ptr_array_add (loaded, g_steal_pointer (&task));
    }

  for (guint i = 0; i < loaded->len; i++)
    {
      OffloadOwnerTask *task = g_ptr_array_index (loaded, i);
      const char *id = offload_owner_task_get_id (task);
      OffloadOwnerTask *target = offload_assessment_lookup_task (self->assessment, id);

      if (target == NULL)
        target = offload_assessment_add_task (self->assessment, id, offload_owner_task_get_title (task));
      g_assert (target != NULL);
      offload_owner_task_assign (target, task);
    }
  return TRUE;
}

static gboolean
load_root (OffloadDocument  *self,
           OffloadCatalog   *catalog,
           JsonNode         *node,
           GError          **error)
{
  static const char * const members_v1[] = {
    "format", "version", "title", "created", "modified", "inputs", "answers", "results", NULL
  };
  static const char * const members_v2[] = {
    "format", "version", "title", "created", "modified", "inputs", "answers",
    "scenarios", "active_scenario", "results", NULL
  };
  static const char * const members_v3[] = {
    "format", "version", "title", "created", "modified", "inputs", "answers",
    "scenarios", "active_scenario", "plan", "results", NULL
  };
  static const char * const members_v5[] = {
    "format", "version", "title", "created", "modified", "inputs", "answers",
    "scenarios", "active_scenario", "plan", "tasks", "activity", "results", NULL
  };
  /* By version; every version up to the current one is read. */
  /* Version 4 adds members inside "inputs" and "results" only. */
  static const char * const * const members[] = { NULL, members_v1, members_v2, members_v3, members_v3, members_v5 };
  G_STATIC_ASSERT (G_N_ELEMENTS (members) == OFFLOAD_DOCUMENT_VERSION + 1);
  g_autoptr(OffloadScenario) active = NULL;
  JsonObject *root;
  JsonObject *results = NULL;
  const char *format = NULL;
  const char *title = NULL;
  double version = 0;

  /* Tell "not ours" apart from "ours but broken" first: it is the better message. */
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_NOT_OFFLOAD,
                   _("This file is not an Offload assessment"));
      return FALSE;
    }
  root = json_node_get_object (node);

  if (!offload_json_read_string (root, NULL, "format", FALSE, &format, NULL) ||
      g_strcmp0 (format, OFFLOAD_DOCUMENT_FORMAT) != 0)
    {
      g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_NOT_OFFLOAD,
                   _("This file is not an Offload assessment"));
      return FALSE;
    }

  if (!offload_json_read_number (root, NULL, "version", TRUE, &version, error))
    return FALSE;
  if (version > OFFLOAD_DOCUMENT_VERSION && version == floor (version))
    {
      g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_NEWER_VERSION,
                   _("This assessment was made by a newer version of Offload (format version %.0f); "
                     "update Offload to open it"), fmin (version, 1e15));
      return FALSE;
    }
  if (version != floor (version) || version < 1)
    {
      g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_BAD_VERSION,
                   _("The format version of this assessment is not valid"));
      return FALSE;
    }

  /* Scenario 1 holds the inputs of the file (or, from version 1, the defaults). */
  active = offload_scenario_new (catalog, _("Scenario 1"));
  if (!offload_json_only_members (root, NULL, members[(guint) version], error) ||
      !offload_json_read_string (root, NULL, "title", TRUE, &title, error) ||
      !read_time (root, "created", &self->created, error) ||
      !read_time (root, "modified", &self->modified, error) ||
      !load_inputs (self, catalog, root, (guint) version, active, error) ||
      !load_answers (self, root, error) ||
      !load_scenarios (self, catalog, root, (guint) version, active, error) ||
      (version >= 3 && !load_plan (self, catalog, root, error)) ||
      (version >= 5 && !load_tasks (self, catalog, root, error)) ||
      (version >= 5 && !offload_activity_json_read (root, offload_assessment_get_activity (self->assessment), error)) ||
      /* Written for other tools; recomputed here, never trusted. */
      !offload_json_read_object (root, NULL, "results", FALSE, &results, error))
    return FALSE;

  if (g_utf8_strlen (title, -1) > OFFLOAD_DOCUMENT_MAX_TITLE)
    {
      /* Translators: %d is a number of characters */
      g_autofree char *expected = g_strdup_printf (_("at most %d characters long"), OFFLOAD_DOCUMENT_MAX_TITLE);

      return range_error (error, NULL, "title", expected);
    }
  g_free (self->title);
  self->title = g_strdup (title);

  return TRUE;
}

typedef struct
{
  guint line;
  guint column;
} ParserPosition;

static void
on_parser_error (JsonParser     *parser,
                 const GError   *error,
                 ParserPosition *position)
{
  /* Only valid inside the handler. */
  position->line = json_parser_get_current_line (parser);
  position->column = json_parser_get_current_pos (parser);
}

OffloadDocument *
offload_document_new_from_bytes (OffloadCatalog  *catalog,
                                 GBytes          *bytes,
                                 GError         **error)
{
  g_autoptr(OffloadDocument) self = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  ParserPosition position = { 0, 0 };
  const char *data;
  gsize length;

  g_return_val_if_fail (catalog == NULL || OFFLOAD_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (catalog == NULL)
    catalog = offload_catalog_get_default ();

  data = g_bytes_get_data (bytes, &length);
  if (length > OFFLOAD_DOCUMENT_MAX_BYTES)
    {
      g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_TOO_LARGE,
                   _("This file is too large to be an Offload assessment (over 1 MiB)"));
      return NULL;
    }

  if (!offload_json_check (data, length, OFFLOAD_DOCUMENT_MAX_DEPTH, error))
    return NULL;

  parser = json_parser_new_immutable ();
  g_signal_connect (parser, "error", G_CALLBACK (on_parser_error), &position);
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      /* The strict check should have caught it; keep the position anyway. */
      g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_SYNTAX,
                   _("Line %u, column %u: %s"), position.line, position.column,
                   parse_error->message);
      return NULL;
    }

  self = g_object_new (OFFLOAD_TYPE_DOCUMENT, NULL);
  self->assessment = offload_assessment_new (catalog);
  if (!load_root (self, catalog, json_parser_get_root (parser), error))
    return NULL;

  /* Take the assessment's signals only now: loading is not editing. */
  attach_assessment (self, g_steal_pointer (&self->assessment));
  return g_steal_pointer (&self);
}

static char *
display_name (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return name ? g_filename_display_name (name) : g_file_get_parse_name (file);
}

static gboolean
open_error (GError     **error,
            GFile       *file,
            const char  *reason)
{
  g_autofree char *name = display_name (file);

  /* Translators: %s is a file name, the second %s the reason */
  g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_IO, _("Could not open “%s”: %s"), name, reason);
  return FALSE;
}

/* GIO's messages repeat the path; a reason reads better after the file name. */
static const char *
describe_read_error (const GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return _("the file does not exist");
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    return _("you do not have permission to read it");
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    return _("it is a folder");
  return error->message;
}

static gboolean
save_error (GError     **error,
            GFile       *file,
            const char  *reason)
{
  g_autofree char *name = display_name (file);

  /* Translators: %s is a file name, the second %s the reason */
  g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_IO, _("Could not save “%s”: %s"), name, reason);
  return FALSE;
}

static gboolean
same_disk_state (const GStatBuf *a,
                 const GStatBuf *b)
{
  return a->st_dev == b->st_dev && a->st_ino == b->st_ino && a->st_size == b->st_size &&
         a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec;
}

static void
remember_disk_state (OffloadDocument *self,
                     const char      *path)
{
  self->disk_known = path != NULL && g_stat (path, &self->disk) == 0;
}

/* Checks and reads @file (a regular file, not too large) into a document. */
static OffloadDocument *
load_file (OffloadCatalog  *catalog,
           GFile           *file,
           GCancellable    *cancellable,
           GError         **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *buffer = NULL;
  gsize length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      open_error (error, file, describe_read_error (local_error));
      return NULL;
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_autofree char *name = display_name (file);

      g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_NOT_REGULAR,
                   _("“%s” is not a regular file"), name);
      return NULL;
    }

  if (g_file_info_get_size (info) > OFFLOAD_DOCUMENT_MAX_BYTES)
    {
      g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_TOO_LARGE,
                   _("This file is too large to be an Offload assessment (over 1 MiB)"));
      return NULL;
    }

  /* Read one byte more than allowed: a file that grew since the check is still refused. */
  stream = g_file_read (file, cancellable, &local_error);
  buffer = g_malloc (OFFLOAD_DOCUMENT_MAX_BYTES + 1);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, OFFLOAD_DOCUMENT_MAX_BYTES + 1,
                                &length, cancellable, &local_error))
    {
      open_error (error, file, describe_read_error (local_error));
      return NULL;
    }

  bytes = g_bytes_new_take (g_steal_pointer (&buffer), length);
  return offload_document_new_from_bytes (catalog, bytes, error);
}

OffloadDocument *
offload_document_new_from_file (OffloadCatalog  *catalog,
                                GFile           *file,
                                GCancellable    *cancellable,
                                GError         **error)
{
  g_autofree char *path = NULL;
  OffloadDocument *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = load_file (catalog, file, cancellable, error);
  if (self == NULL)
    return NULL;

  path = g_file_get_path (file);
  self->file = g_object_ref (file);
  remember_disk_state (self, path);
  /* What a save killed midway left beside the file goes on the next start. */
  if (path != NULL)
    offload_atomic_file_clean_stale (path);
  return self;
}

OffloadDocument *
offload_document_new_recovered (OffloadCatalog  *catalog,
                                GFile           *draft,
                                GFile           *origin,
                                GError         **error)
{
  OffloadDocument *self;

  g_return_val_if_fail (G_IS_FILE (draft), NULL);
  g_return_val_if_fail (origin == NULL || G_IS_FILE (origin), NULL);

  /* load_file: a draft may be being rewritten; its temporaries are not stale. */
  self = load_file (catalog, draft, NULL, error);
  if (self == NULL)
    return NULL;

  /* The user's file may have changed since the crash: nothing is known of it. */
  self->file = origin ? g_object_ref (origin) : NULL;
  set_unsaved (self, TRUE);
  return self;
}

/* ---- saving ------------------------------------------------------------ */

static void
append_member (GString    *out,
               guint       level,
               const char *name,
               gboolean    first)
{
  if (!first)
    g_string_append_c (out, ',');
  offload_json_append_indent (out, level);
  offload_json_append_string (out, name);
  g_string_append (out, ": ");
}

static void
append_number_member (GString    *out,
                      guint       level,
                      const char *name,
                      double      value,
                      gboolean    first)
{
  append_member (out, level, name, first);
  offload_json_append_number (out, value);
}

/* JSON has no NaN: a figure that does not exist (no break-even) is null. */
static void
append_optional_number_member (GString    *out,
                               guint       level,
                               const char *name,
                               double      value)
{
  append_member (out, level, name, FALSE);
  if (isfinite (value))
    offload_json_append_number (out, value);
  else
    g_string_append (out, "null");
}

static void
append_boolean_member (GString    *out,
                       guint       level,
                       const char *name,
                       gboolean    value,
                       gboolean    first)
{
  append_member (out, level, name, first);
  g_string_append (out, value ? "true" : "false");
}

static void
append_string_member (GString    *out,
                      guint       level,
                      const char *name,
                      const char *value,
                      gboolean    first)
{
  append_member (out, level, name, first);
  offload_json_append_string (out, value);
}

static void
append_time_member (GString    *out,
                    guint       level,
                    const char *name,
                    GDateTime  *time)
{
  g_autofree char *text = g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");

  append_string_member (out, level, name, text, FALSE);
}

static void
append_comparison_results (const OffloadComparisonResults *r,
                           GString                        *out,
                           guint                           level)
{
  append_number_member (out, level, "hours_freed_week", offload_json_round_cents (r->hours_freed_week), FALSE);
  append_number_member (out, level, "hours_freed_month", offload_json_round_cents (r->hours_freed_month), FALSE);
  append_number_member (out, level, "value_recovered_month", offload_json_round_cents (r->value_recovered_month), FALSE);
  append_number_member (out, level, "freelance_cost_month", offload_json_round_cents (r->freelance_cost_month), FALSE);
  append_number_member (out, level, "freelance_net_month", offload_json_round_cents (r->freelance_net_month), FALSE);
  append_number_member (out, level, "hire_weekly_hours", offload_json_round_cents (r->hire_weekly_hours), FALSE);
  append_boolean_member (out, level, "hire_at_minimum", r->hire_at_minimum, FALSE);
  append_boolean_member (out, level, "hire_over_full_time", r->hire_over_full_time, FALSE);
  append_number_member (out, level, "hire_paid_hours_month", offload_json_round_cents (r->hire_paid_hours_month), FALSE);
  append_number_member (out, level, "hire_cost_month", offload_json_round_cents (r->hire_cost_month), FALSE);
  append_number_member (out, level, "hire_net_month", offload_json_round_cents (r->hire_net_month), FALSE);
  append_string_member (out, level, "cheapest", offload_option_to_id (r->cheapest), FALSE);
  append_optional_number_member (out, level, "breakeven_hourly_value", offload_json_round_cents (r->breakeven_hourly_value));
  append_optional_number_member (out, level, "breakeven_hire_hours", offload_json_round_cents (r->breakeven_hire_hours));
  append_string_member (out, level, "range_option", offload_option_to_id (r->range_option), FALSE);
  append_number_member (out, level, "net_low_month", offload_json_round_cents (r->net_low_month), FALSE);
  append_number_member (out, level, "net_high_month", offload_json_round_cents (r->net_high_month), FALSE);
  append_string_member (out, level, "most_sensitive_input", offload_range_input_to_id (r->most_sensitive_input), FALSE);
}

/* The year month by month, then its totals (docs/format.md). */
static void
append_year_results (const OffloadYearResults *exact,
                     GString                  *out,
                     guint                     level)
{
  OffloadYearResults rounded;
  const OffloadYearResults *y = &rounded;

  /* The rows add up to the totals, as a reader checks them. */
  offload_year_results_round (exact, &rounded);
  append_member (out, level, "year", FALSE);
  g_string_append_c (out, '[');
  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    {
      const OffloadYearMonth *row = &y->months[m];

      if (m > 0)
        g_string_append_c (out, ',');
      offload_json_append_indent (out, level + 1);
      g_string_append_c (out, '{');
      append_number_member (out, level + 2, "month", m + 1, TRUE);
      append_number_member (out, level + 2, "hours_lost", offload_json_round_cents (row->hours_lost), FALSE);
      append_number_member (out, level + 2, "hours_freed", offload_json_round_cents (row->hours_freed), FALSE);
      append_number_member (out, level + 2, "freelance_cost", offload_json_round_cents (row->freelance_cost), FALSE);
      append_number_member (out, level + 2, "hire_cost", offload_json_round_cents (row->hire_cost), FALSE);
      offload_json_append_indent (out, level + 1);
      g_string_append_c (out, '}');
    }
  offload_json_append_indent (out, level);
  g_string_append_c (out, ']');
  append_number_member (out, level, "year_freelance_cost", offload_json_round_cents (y->freelance_cost), FALSE);
  append_number_member (out, level, "year_hire_cost", offload_json_round_cents (y->hire_cost), FALSE);
  append_number_member (out, level, "hire_idle_hours_year", offload_json_round_cents (y->hire_idle_hours), FALSE);
  append_string_member (out, level, "cheapest_year", offload_option_to_id (y->cheapest), FALSE);
}

/* The decision: "answer" and "warnings". */
static void
append_answer (OffloadDecision *decision,
               GString         *out,
               guint            level)
{
  g_autofree char *headline = offload_decision_dup_headline (decision);
  g_auto(GStrv) why = offload_decision_dup_why (decision);
  guint n_warnings = offload_decision_get_n_warnings (decision);

  append_member (out, level, "answer", FALSE);
  g_string_append_c (out, '{');
  append_string_member (out, level + 1, "verdict", offload_decision_get_verdict (decision), TRUE);
  append_boolean_member (out, level + 1, "delegation_pays", offload_decision_get_delegation_pays (decision), FALSE);
  append_string_member (out, level + 1, "best_option", offload_option_to_id (offload_decision_get_best_option (decision)), FALSE);
  append_number_member (out, level + 1, "net_gain_month", offload_json_round_cents (offload_decision_get_net_gain_month (decision)), FALSE);
  append_number_member (out, level + 1, "net_gain_year", offload_json_round_cents (offload_decision_get_net_gain_year (decision)), FALSE);
  append_number_member (out, level + 1, "need", offload_decision_get_need (decision), FALSE);
  append_string_member (out, level + 1, "headline", headline, FALSE);
  append_member (out, level + 1, "why", FALSE);
  g_string_append_c (out, '[');
  for (guint i = 0; why[i]; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      offload_json_append_indent (out, level + 2);
      offload_json_append_string (out, why[i]);
    }
  offload_json_append_indent (out, level + 1);
  g_string_append_c (out, ']');
  offload_json_append_indent (out, level);
  g_string_append_c (out, '}');

  append_member (out, level, "warnings", FALSE);
  g_string_append_c (out, '[');
  for (guint i = 0; i < n_warnings; i++)
    {
      OffloadWarning warning = offload_decision_get_warning (decision, i);
      g_autofree char *message = offload_decision_dup_warning_message (decision, warning);

      if (i > 0)
        g_string_append_c (out, ',');
      offload_json_append_indent (out, level + 1);
      g_string_append_c (out, '{');
      append_string_member (out, level + 2, "id", offload_warning_to_id (warning), TRUE);
      append_string_member (out, level + 2, "input", offload_warning_get_input (warning), FALSE);
      append_string_member (out, level + 2, "message", message, FALSE);
      offload_json_append_indent (out, level + 1);
      g_string_append_c (out, '}');
    }
  if (n_warnings > 0)
    offload_json_append_indent (out, level);
  g_string_append_c (out, ']');
}

/* The scenario's inputs in file order, after a first member at @level. */
static void
append_scenario_inputs (OffloadScenario *scenario,
                        GString         *out,
                        guint            level)
{
  const char * const *ids = offload_scenario_list_inputs ();

  for (guint i = 0; ids[i]; i++)
    {
      double value = 0;

      offload_scenario_get_input (scenario, ids[i], &value);
      append_number_member (out, level, ids[i], value, FALSE);
      /* Next to the rate it applies to. */
      if (g_str_equal (ids[i], OFFLOAD_INPUT_FREELANCE_RATE))
        append_boolean_member (out, level, "freelance_vat", offload_scenario_get_freelance_vat (scenario), FALSE);
    }
}

/* Only the tasks the owner said something about, in the table's order:
 * a catalog task left out has no hours, is handed over and has no sheet. */
static void
document_append_tasks (OffloadAssessment *assessment,
                       GString           *out,
                       guint              level)
{
  GListModel *tasks = offload_assessment_get_tasks (assessment);
  gboolean first = TRUE;

  append_member (out, level, "tasks", FALSE);
  g_string_append_c (out, '{');
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(OffloadOwnerTask) task = g_list_model_get_item (tasks, i);
      OffloadKeepReason reason = offload_owner_task_get_reason (task);

      if (offload_owner_task_is_default (task))
        continue;
      append_member (out, level + 1, offload_owner_task_get_id (task), first);
      first = FALSE;
      g_string_append_c (out, '{');
      if (offload_owner_task_get_custom (task))
        append_string_member (out, level + 2, "name", offload_owner_task_get_title (task), TRUE);
      append_number_member (out, level + 2, "hours_per_week",
                            offload_json_round_cents (offload_owner_task_get_hours_per_week (task)),
                            !offload_owner_task_get_custom (task));
      append_string_member (out, level + 2, "handling",
                            offload_task_handling_to_id (offload_owner_task_get_handling (task)), FALSE);
      if (reason != OFFLOAD_KEEP_REASON_NONE)
        append_string_member (out, level + 2, "reason", offload_keep_reason_to_id (reason), FALSE);
      if (offload_owner_task_get_volume_count (task) > 0 || offload_owner_task_get_volume_minutes (task) > 0)
        {
          append_member (out, level + 2, "volume", FALSE);
          g_string_append_c (out, '{');
          append_number_member (out, level + 3, "count_per_month", offload_owner_task_get_volume_count (task), TRUE);
          append_number_member (out, level + 3, "minutes_each", offload_owner_task_get_volume_minutes (task), FALSE);
          offload_json_append_indent (out, level + 2);
          g_string_append_c (out, '}');
        }
      if (offload_owner_task_has_sheet (task))
        {
          gboolean first_field = TRUE;

          append_member (out, level + 2, "sheet", FALSE);
          g_string_append_c (out, '{');
          for (guint f = 0; f < OFFLOAD_N_SHEET_FIELDS; f++)
            {
              const char *text = offload_owner_task_get_sheet (task, f);

              if (*text == '\0')
                continue;
              append_string_member (out, level + 3, offload_sheet_field_to_id (f), text, first_field);
              first_field = FALSE;
            }
          offload_json_append_indent (out, level + 2);
          g_string_append_c (out, '}');
        }
      offload_json_append_indent (out, level + 1);
      g_string_append_c (out, '}');
    }
  if (!first)
    offload_json_append_indent (out, level);
  g_string_append_c (out, '}');
}

void
offload_document_append_results (OffloadAssessment *assessment,
                                 GString           *out,
                                 guint              level)
{
  g_return_if_fail (OFFLOAD_IS_ASSESSMENT (assessment));

  /* Cents and hundredths of an hour: what other tools need, without binary noise. */
  append_number_member (out, level, "monthly_hours", offload_json_round_cents (offload_assessment_get_monthly_hours (assessment)), TRUE);
  append_number_member (out, level, "monthly_cost", offload_json_round_cents (offload_assessment_get_monthly_cost (assessment)), FALSE);
  append_number_member (out, level, "yearly_cost", offload_json_round_cents (offload_assessment_get_yearly_cost (assessment)), FALSE);
  append_number_member (out, level, "focus_hours", offload_json_round_cents (offload_assessment_get_focus_hours (assessment)), FALSE);
  append_number_member (out, level, "focus_cost", offload_json_round_cents (offload_assessment_get_focus_cost (assessment)), FALSE);
  append_number_member (out, level, "readiness", offload_assessment_get_readiness (assessment), FALSE);
  append_string_member (out, level, "verdict", offload_assessment_get_verdict (assessment), FALSE);
  append_comparison_results (offload_scenario_get_results (offload_assessment_get_active_scenario (assessment)),
                             out, level);
  append_number_member (out, level, "working_hours_month", offload_json_round_cents (offload_assessment_get_working_hours_month (assessment)), FALSE);
  append_number_member (out, level, "total_hours_lost_month", offload_json_round_cents (offload_assessment_get_total_hours (assessment)), FALSE);
  append_number_member (out, level, "total_cost_month", offload_json_round_cents (offload_assessment_get_total_cost (assessment)), FALSE);
  append_year_results (offload_scenario_get_year (offload_assessment_get_active_scenario (assessment)),
                       out, level);
  append_answer (offload_assessment_get_decision (assessment), out, level);
}

GBytes *
offload_document_serialize (OffloadDocument *self)
{
  OffloadAssessment *assessment;
  g_auto(GStrv) checked = NULL;
  g_auto(GStrv) done = NULL;
  GListModel *scenarios;
  guint active = 0;
  GString *out;

  g_return_val_if_fail (OFFLOAD_IS_DOCUMENT (self), NULL);

  assessment = self->assessment;
  out = g_string_new ("{");

  append_string_member (out, 1, "format", OFFLOAD_DOCUMENT_FORMAT, TRUE);
  append_number_member (out, 1, "version", OFFLOAD_DOCUMENT_VERSION, FALSE);
  append_string_member (out, 1, "title", self->title, FALSE);
  append_time_member (out, 1, "created", self->created);
  append_time_member (out, 1, "modified", self->modified);

  append_member (out, 1, "inputs", FALSE);
  g_string_append_c (out, '{');
  for (guint i = 0; i < G_N_ELEMENTS (numeric_inputs); i++)
    append_number_member (out, 2, numeric_inputs[i].id, numeric_inputs[i].get (assessment), i == 0);
  for (guint i = 0; i < G_N_ELEMENTS (optional_inputs); i++)
    append_number_member (out, 2, optional_inputs[i].id, optional_inputs[i].get (assessment), FALSE);
  append_string_member (out, 2, "currency", offload_assessment_get_currency (assessment), FALSE);
  append_scenario_inputs (offload_assessment_get_active_scenario (assessment), out, 2);
  append_string_member (out, 2, "hire_sizing",
                        offload_hire_sizing_to_id (offload_scenario_get_hire_sizing (offload_assessment_get_active_scenario (assessment))),
                        FALSE);
  offload_json_append_indent (out, 1);
  g_string_append_c (out, '}');

  /* Only the checked signs, in catalog order: stable bytes. */
  append_member (out, 1, "answers", FALSE);
  g_string_append_c (out, '{');
  checked = offload_assessment_dup_checked_ids (assessment);
  for (guint i = 0; checked[i]; i++)
    {
      append_member (out, 2, checked[i], i == 0);
      g_string_append (out, "true");
    }
  if (checked[0] != NULL)
    offload_json_append_indent (out, 1);
  g_string_append_c (out, '}');

  scenarios = offload_assessment_get_scenarios (assessment);
  append_member (out, 1, "scenarios", FALSE);
  g_string_append_c (out, '[');
  for (guint i = 0; i < g_list_model_get_n_items (scenarios); i++)
    {
      g_autoptr(OffloadScenario) scenario = g_list_model_get_item (scenarios, i);

      if (i > 0)
        g_string_append_c (out, ',');
      offload_json_append_indent (out, 2);
      g_string_append_c (out, '{');
      append_string_member (out, 3, "name", offload_scenario_get_name (scenario), TRUE);
      append_scenario_inputs (scenario, out, 3);
      append_string_member (out, 3, "hire_sizing", offload_hire_sizing_to_id (offload_scenario_get_hire_sizing (scenario)), FALSE);
      offload_json_append_indent (out, 2);
      g_string_append_c (out, '}');
      if (scenario == offload_assessment_get_active_scenario (assessment))
        active = i;
    }
  offload_json_append_indent (out, 1);
  g_string_append_c (out, ']');
  append_number_member (out, 1, "active_scenario", active, FALSE);

  /* The steps done, in catalog order: stable bytes. */
  append_member (out, 1, "plan", FALSE);
  g_string_append_c (out, '[');
  done = offload_assessment_dup_done_steps (assessment);
  for (guint i = 0; done[i]; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      offload_json_append_indent (out, 2);
      offload_json_append_string (out, done[i]);
    }
  if (done[0] != NULL)
    offload_json_append_indent (out, 1);
  g_string_append_c (out, ']');

  document_append_tasks (assessment, out, 1);
  offload_activity_json_append (offload_assessment_get_activity (assessment), out, 1);

  append_member (out, 1, "results", FALSE);
  g_string_append_c (out, '{');
  offload_document_append_results (assessment, out, 2);
  offload_json_append_indent (out, 1);
  g_string_append_c (out, '}');

  g_string_append (out, "\n}\n");

  return g_string_free_to_bytes (out);
}

gboolean
offload_document_save (OffloadDocument  *self,
                       GFile            *file,
                       GCancellable     *cancellable,
                       GError          **error)
{
  return offload_document_save_full (self, file, OFFLOAD_SAVE_NONE, cancellable, error);
}

gboolean
offload_document_save_full (OffloadDocument  *self,
                            GFile            *file,
                            OffloadSaveFlags  flags,
                            GCancellable     *cancellable,
                            GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GDateTime) previous = NULL;
  g_autofree char *path = NULL;
  g_autofree char *target = NULL;
  const char *data;
  gsize length;
  int mode = 0600;
  GStatBuf st;

  g_return_val_if_fail (OFFLOAD_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (file == NULL)
    file = self->file;
  g_return_val_if_fail (file != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  path = g_file_get_path (file);
  if (path == NULL)
    return save_error (error, file, _("only files on this computer can be saved to"));

  target = offload_atomic_file_resolve_target (path, &local_error);
  if (target == NULL)
    return save_error (error, file, offload_atomic_file_describe_error (local_error));

  if (g_stat (target, &st) == 0)
    {
      if (!S_ISREG (st.st_mode))
        return save_error (error, file, _("it is not a regular file"));
      mode = st.st_mode & 0777;

      if (!(flags & OFFLOAD_SAVE_OVERWRITE) && self->disk_known && self->file != NULL &&
          g_file_equal (file, self->file) && !same_disk_state (&self->disk, &st))
        {
          g_autofree char *name = display_name (file);

          g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_CHANGED_ON_DISK,
                       _("“%s” was changed by another program since Offload opened or saved it"), name);
          return FALSE;
        }
    }
  offload_atomic_file_clean_stale (target);

  /* A changed document takes the time of this save; an unchanged one keeps
   * its bytes, so save → load → save is byte-identical. */
  previous = g_date_time_ref (self->modified);
  if (self->unsaved)
    {
      g_date_time_unref (self->modified);
      self->modified = now ();
    }

  bytes = offload_document_serialize (self);
  data = g_bytes_get_data (bytes, &length);
  if (!offload_atomic_file_write (target, data, length, mode, &local_error))
    {
      /* The writer's message names a system call, which means nothing to the user. */
      g_date_time_unref (self->modified);
      self->modified = g_steal_pointer (&previous);
      return save_error (error, file, offload_atomic_file_describe_error (local_error));
    }

  remember_disk_state (self, target);
  if (!g_date_time_equal (previous, self->modified))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  if (self->file == NULL || !g_file_equal (self->file, file))
    {
      g_set_object (&self->file, file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }
  set_unsaved (self, FALSE);

  return TRUE;
}

/* ---- accessors --------------------------------------------------------- */

OffloadAssessment *
offload_document_get_assessment (OffloadDocument *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DOCUMENT (self), NULL);
  return self->assessment;
}

GFile *
offload_document_get_file (OffloadDocument *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DOCUMENT (self), NULL);
  return self->file;
}

const char *
offload_document_get_title (OffloadDocument *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DOCUMENT (self), NULL);
  return self->title;
}

char *
offload_document_dup_display_name (OffloadDocument *self,
                                   guint            max_chars)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (OFFLOAD_IS_DOCUMENT (self), NULL);

  if (self->title[0] != '\0')
    name = g_strdup (self->title);
  else if (self->file != NULL)
    {
      g_autofree char *base = g_file_get_basename (self->file);

      name = base ? g_filename_display_name (base) : NULL;
      if (name != NULL && g_str_has_suffix (name, ".offload") && strlen (name) > strlen (".offload"))
        name[strlen (name) - strlen (".offload")] = '\0';
    }
  if (name == NULL || name[0] == '\0')
    {
      g_free (name);
      name = g_strdup (_("New Assessment"));
    }

  /* A title is free text from a file: no control characters on screen. */
  return offload_format_printable (name, max_chars);
}

void
offload_document_set_title (OffloadDocument *self,
                            const char      *title)
{
  g_return_if_fail (OFFLOAD_IS_DOCUMENT (self));

  if (title == NULL)
    title = "";
  g_return_if_fail (g_utf8_validate (title, -1, NULL));
  if (g_str_equal (self->title, title))
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  set_unsaved (self, TRUE);
}

GDateTime *
offload_document_get_created (OffloadDocument *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DOCUMENT (self), NULL);
  return self->created;
}

GDateTime *
offload_document_get_modified (OffloadDocument *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DOCUMENT (self), NULL);
  return self->modified;
}

gboolean
offload_document_get_unsaved (OffloadDocument *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DOCUMENT (self), FALSE);
  return self->unsaved;
}

const char * const *
offload_document_get_ignored_answers (OffloadDocument *self)
{
  g_return_val_if_fail (OFFLOAD_IS_DOCUMENT (self), NULL);
  return (const char * const *) self->ignored_answers;
}
