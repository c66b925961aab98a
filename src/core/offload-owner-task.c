/* offload-owner-task.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <math.h>

#include "offload-owner-task.h"

G_DEFINE_ENUM_TYPE (OffloadTaskHandling, offload_task_handling,
  G_DEFINE_ENUM_VALUE (OFFLOAD_TASK_HANDLING_DELEGATE, "delegate"),
  G_DEFINE_ENUM_VALUE (OFFLOAD_TASK_HANDLING_KEEP, "keep"),
  G_DEFINE_ENUM_VALUE (OFFLOAD_TASK_HANDLING_AUTOMATE, "automate"))

G_DEFINE_ENUM_TYPE (OffloadKeepReason, offload_keep_reason,
  G_DEFINE_ENUM_VALUE (OFFLOAD_KEEP_REASON_NONE, "none"),
  G_DEFINE_ENUM_VALUE (OFFLOAD_KEEP_REASON_STRATEGIC, "strategic"),
  G_DEFINE_ENUM_VALUE (OFFLOAD_KEEP_REASON_LEGAL, "legal"),
  G_DEFINE_ENUM_VALUE (OFFLOAD_KEEP_REASON_CULTURAL, "cultural"),
  G_DEFINE_ENUM_VALUE (OFFLOAD_KEEP_REASON_OTHER, "other"))

static const char * const owner_task_handling_ids[] = { "delegate", "keep", "automate" };
static const char * const owner_task_reason_ids[] = { NULL, "strategic", "legal", "cultural", "other" };
static const char * const owner_task_sheet_ids[] = {
  "involves", "frequency", "approver", "tools", "steps", "notes"
};
G_STATIC_ASSERT (G_N_ELEMENTS (owner_task_sheet_ids) == OFFLOAD_N_SHEET_FIELDS);

const char *
offload_task_handling_to_id (OffloadTaskHandling handling)
{
  g_return_val_if_fail (handling <= OFFLOAD_TASK_HANDLING_AUTOMATE, NULL);
  return owner_task_handling_ids[handling];
}

gboolean
offload_task_handling_from_id (const char          *id,
                               OffloadTaskHandling *handling)
{
  for (guint i = 0; i < G_N_ELEMENTS (owner_task_handling_ids); i++)
    if (g_strcmp0 (id, owner_task_handling_ids[i]) == 0)
      {
        *handling = (OffloadTaskHandling) i;
        return TRUE;
      }
  return FALSE;
}

const char *
offload_keep_reason_to_id (OffloadKeepReason reason)
{
  g_return_val_if_fail (reason <= OFFLOAD_KEEP_REASON_OTHER, NULL);
  return owner_task_reason_ids[reason];
}

gboolean
offload_keep_reason_from_id (const char        *id,
                             OffloadKeepReason *reason)
{
  for (guint i = 1; id != NULL && i < G_N_ELEMENTS (owner_task_reason_ids); i++)
    if (g_str_equal (id, owner_task_reason_ids[i]))
      {
        *reason = (OffloadKeepReason) i;
        return TRUE;
      }
  return FALSE;
}

const char *
offload_keep_reason_get_title (OffloadKeepReason reason)
{
  switch (reason)
    {
    case OFFLOAD_KEEP_REASON_NONE:
      return NULL;
    case OFFLOAD_KEEP_REASON_STRATEGIC:
      /* Translators: why a task stays in-house */
      return C_("keep reason in a sentence", "strategic");
    case OFFLOAD_KEEP_REASON_LEGAL:
      /* Translators: why a task stays in-house */
      return C_("keep reason in a sentence", "legal");
    case OFFLOAD_KEEP_REASON_CULTURAL:
      /* Translators: why a task stays in-house (the company's culture) */
      return C_("keep reason in a sentence", "cultural");
    case OFFLOAD_KEEP_REASON_OTHER:
      /* Translators: why a task stays in-house */
      return C_("keep reason in a sentence", "another reason");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
offload_sheet_field_to_id (OffloadSheetField field)
{
  g_return_val_if_fail (field < OFFLOAD_N_SHEET_FIELDS, NULL);
  return owner_task_sheet_ids[field];
}

const char *
offload_sheet_field_get_title (OffloadSheetField field)
{
  switch (field)
    {
    case OFFLOAD_SHEET_INVOLVES: return _("What it involves");
    case OFFLOAD_SHEET_FREQUENCY: return _("How often");
    case OFFLOAD_SHEET_APPROVER: return _("Who approves");
    case OFFLOAD_SHEET_TOOLS: return _("Tools");
    case OFFLOAD_SHEET_STEPS: return _("Steps");
    case OFFLOAD_SHEET_NOTES: return _("Notes");
    case OFFLOAD_N_SHEET_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

struct _OffloadOwnerTask
{
  GObject              parent_instance;

  OffloadTask         *task;
  gboolean             custom;
  double               typed_hours;
  double               volume_count;
  double               volume_minutes;
  double               weeks_per_month;
  double               hours_per_week;   /* what the getter returns */
  OffloadTaskHandling  handling;
  OffloadKeepReason    reason;
  char                *sheet[OFFLOAD_N_SHEET_FIELDS];
};

G_DEFINE_FINAL_TYPE (OffloadOwnerTask, offload_owner_task, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_CUSTOM,
  PROP_HOURS_PER_WEEK,
  PROP_VOLUME_COUNT,
  PROP_VOLUME_MINUTES,
  PROP_HAS_VOLUME,
  PROP_HANDLING,
  PROP_REASON,
  PROP_INVOLVES,
  PROP_FREQUENCY,
  PROP_APPROVER,
  PROP_TOOLS,
  PROP_STEPS,
  PROP_NOTES,
  N_PROPS
};
#define FIRST_SHEET_PROP PROP_INVOLVES

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
owner_task_update_hours (OffloadOwnerTask *self)
{
  double hours = self->typed_hours;

  if (offload_owner_task_has_volume (self) && self->weeks_per_month > 0)
    hours = MIN (self->volume_count * self->volume_minutes / 60.0 / self->weeks_per_month,
                 OFFLOAD_OWNER_TASK_MAX_HOURS_PER_WEEK);
  if (self->hours_per_week == hours)
    return;
  self->hours_per_week = hours;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOURS_PER_WEEK]);
}

static void
offload_owner_task_finalize (GObject *object)
{
  OffloadOwnerTask *self = OFFLOAD_OWNER_TASK (object);

  g_clear_pointer (&self->task, offload_task_unref);
  for (guint i = 0; i < OFFLOAD_N_SHEET_FIELDS; i++)
    g_free (self->sheet[i]);

  G_OBJECT_CLASS (offload_owner_task_parent_class)->finalize (object);
}

static void
offload_owner_task_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OffloadOwnerTask *self = OFFLOAD_OWNER_TASK (object);

  if (prop_id >= FIRST_SHEET_PROP && prop_id < N_PROPS)
    {
      g_value_set_string (value, offload_owner_task_get_sheet (self, prop_id - FIRST_SHEET_PROP));
      return;
    }

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->task->id); break;
    case PROP_TITLE: g_value_set_string (value, self->task->title); break;
    case PROP_CUSTOM: g_value_set_boolean (value, self->custom); break;
    case PROP_HOURS_PER_WEEK: g_value_set_double (value, self->hours_per_week); break;
    case PROP_VOLUME_COUNT: g_value_set_double (value, self->volume_count); break;
    case PROP_VOLUME_MINUTES: g_value_set_double (value, self->volume_minutes); break;
    case PROP_HAS_VOLUME: g_value_set_boolean (value, offload_owner_task_has_volume (self)); break;
    case PROP_HANDLING: g_value_set_enum (value, self->handling); break;
    case PROP_REASON: g_value_set_enum (value, self->reason); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_owner_task_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OffloadOwnerTask *self = OFFLOAD_OWNER_TASK (object);

  if (prop_id >= FIRST_SHEET_PROP && prop_id < N_PROPS)
    {
      offload_owner_task_set_sheet (self, prop_id - FIRST_SHEET_PROP, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_TITLE: offload_owner_task_set_name (self, g_value_get_string (value)); break;
    case PROP_HOURS_PER_WEEK: offload_owner_task_set_hours_per_week (self, g_value_get_double (value)); break;
    case PROP_VOLUME_COUNT: offload_owner_task_set_volume_count (self, g_value_get_double (value)); break;
    case PROP_VOLUME_MINUTES: offload_owner_task_set_volume_minutes (self, g_value_get_double (value)); break;
    case PROP_HANDLING: offload_owner_task_set_handling (self, g_value_get_enum (value)); break;
    case PROP_REASON: offload_owner_task_set_reason (self, g_value_get_enum (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_owner_task_class_init (OffloadOwnerTaskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags readable = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  const GParamFlags writable = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = offload_owner_task_finalize;
  object_class->get_property = offload_owner_task_get_property;
  object_class->set_property = offload_owner_task_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, readable);
  /* Writable for the owner's own tasks only. */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, writable);
  properties[PROP_CUSTOM] = g_param_spec_boolean ("custom", NULL, NULL, FALSE, readable);
  properties[PROP_HOURS_PER_WEEK] =
    g_param_spec_double ("hours-per-week", NULL, NULL, 0, OFFLOAD_OWNER_TASK_MAX_HOURS_PER_WEEK, 0, writable);
  properties[PROP_VOLUME_COUNT] =
    g_param_spec_double ("volume-count", NULL, NULL, 0, OFFLOAD_OWNER_TASK_MAX_COUNT, 0, writable);
  properties[PROP_VOLUME_MINUTES] =
    g_param_spec_double ("volume-minutes", NULL, NULL, 0, OFFLOAD_OWNER_TASK_MAX_MINUTES, 0, writable);
  properties[PROP_HAS_VOLUME] = g_param_spec_boolean ("has-volume", NULL, NULL, FALSE, readable);
  properties[PROP_HANDLING] =
    g_param_spec_enum ("handling", NULL, NULL, OFFLOAD_TYPE_TASK_HANDLING, OFFLOAD_TASK_HANDLING_DELEGATE, writable);
  properties[PROP_REASON] =
    g_param_spec_enum ("reason", NULL, NULL, OFFLOAD_TYPE_KEEP_REASON, OFFLOAD_KEEP_REASON_NONE, writable);
  for (guint i = 0; i < OFFLOAD_N_SHEET_FIELDS; i++)
    properties[FIRST_SHEET_PROP + i] = g_param_spec_string (owner_task_sheet_ids[i], NULL, NULL, "", writable);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
offload_owner_task_init (OffloadOwnerTask *self)
{
  self->weeks_per_month = 4;
}

OffloadOwnerTask *
offload_owner_task_new (OffloadTask *task)
{
  OffloadOwnerTask *self;

  g_return_val_if_fail (task != NULL, NULL);

  self = g_object_new (OFFLOAD_TYPE_OWNER_TASK, NULL);
  self->task = offload_task_ref (task);
  return self;
}

static char *
owner_task_clean_name (const char *name)
{
  g_autofree char *valid = NULL;
  g_autofree char *stripped = NULL;

  if (name == NULL)
    return NULL;
  valid = g_utf8_make_valid (name, -1);
  stripped = g_strstrip (g_strdup (valid));
  if (*stripped == '\0')
    return NULL;
  if (g_utf8_strlen (stripped, -1) > OFFLOAD_OWNER_TASK_MAX_NAME)
    return g_utf8_substring (stripped, 0, OFFLOAD_OWNER_TASK_MAX_NAME);
  return g_steal_pointer (&stripped);
}

OffloadOwnerTask *
offload_owner_task_new_custom (const char *id,
                               const char *name)
{
  OffloadOwnerTask *self;
  g_autofree char *clean = owner_task_clean_name (name);

  g_return_val_if_fail (id != NULL && *id != '\0', NULL);

  self = g_object_new (OFFLOAD_TYPE_OWNER_TASK, NULL);
  self->custom = TRUE;
  self->task = offload_task_new ();
  self->task->id = g_strdup (id);
  self->task->title = clean != NULL ? g_steal_pointer (&clean) : g_strdup (id);
  /* Nobody rated it: neither the first nor the last to hand over. */
  self->task->risk = OFFLOAD_TASK_RISK_MEDIUM;
  return self;
}

OffloadTask *
offload_owner_task_get_task (OffloadOwnerTask *self)
{
  g_return_val_if_fail (OFFLOAD_IS_OWNER_TASK (self), NULL);
  return self->task;
}

const char *
offload_owner_task_get_id (OffloadOwnerTask *self)
{
  g_return_val_if_fail (OFFLOAD_IS_OWNER_TASK (self), NULL);
  return self->task->id;
}

const char *
offload_owner_task_get_title (OffloadOwnerTask *self)
{
  g_return_val_if_fail (OFFLOAD_IS_OWNER_TASK (self), NULL);
  return self->task->title;
}

gboolean
offload_owner_task_get_custom (OffloadOwnerTask *self)
{
  g_return_val_if_fail (OFFLOAD_IS_OWNER_TASK (self), FALSE);
  return self->custom;
}

void
offload_owner_task_set_name (OffloadOwnerTask *self,
                             const char       *name)
{
  g_autofree char *clean = NULL;

  g_return_if_fail (OFFLOAD_IS_OWNER_TASK (self));

  clean = owner_task_clean_name (name);
  if (!self->custom || clean == NULL || g_str_equal (clean, self->task->title))
    return;
  /* The task struct is shared with brief items that show the old name
   * until the brief rebuilds: a new one, not an edit in place. */
  {
    OffloadTask *task = offload_task_new ();

    task->id = g_strdup (self->task->id);
    task->title = g_steal_pointer (&clean);
    task->risk = self->task->risk;
    offload_task_unref (self->task);
    self->task = task;
  }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  g_signal_emit (self, signals[CHANGED], 0);
}

double
offload_owner_task_get_hours_per_week (OffloadOwnerTask *self)
{
  g_return_val_if_fail (OFFLOAD_IS_OWNER_TASK (self), 0);
  return self->hours_per_week;
}

void
offload_owner_task_set_hours_per_week (OffloadOwnerTask *self,
                                       double            hours)
{
  g_return_if_fail (OFFLOAD_IS_OWNER_TASK (self));

  if (isnan (hours))
    return;
  hours = CLAMP (hours, 0, OFFLOAD_OWNER_TASK_MAX_HOURS_PER_WEEK);
  if (self->typed_hours == hours)
    return;
  self->typed_hours = hours;
  owner_task_update_hours (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

double
offload_owner_task_get_volume_count (OffloadOwnerTask *self)
{
  g_return_val_if_fail (OFFLOAD_IS_OWNER_TASK (self), 0);
  return self->volume_count;
}

double
offload_owner_task_get_volume_minutes (OffloadOwnerTask *self)
{
  g_return_val_if_fail (OFFLOAD_IS_OWNER_TASK (self), 0);
  return self->volume_minutes;
}

gboolean
offload_owner_task_has_volume (OffloadOwnerTask *self)
{
  g_return_val_if_fail (OFFLOAD_IS_OWNER_TASK (self), FALSE);
  return self->volume_count > 0 && self->volume_minutes > 0;
}

static void
owner_task_set_volume (OffloadOwnerTask *self,
                       double           *field,
                       double            value,
                       double            max,
                       guint             prop_id)
{
  gboolean had_volume = offload_owner_task_has_volume (self);

  if (isnan (value))
    return;
  value = CLAMP (value, 0, max);
  if (*field == value)
    return;
  *field = value;
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  if (had_volume != offload_owner_task_has_volume (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_VOLUME]);
  owner_task_update_hours (self);
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

void
offload_owner_task_set_volume_count (OffloadOwnerTask *self,
                                     double            count)
{
  g_return_if_fail (OFFLOAD_IS_OWNER_TASK (self));
  owner_task_set_volume (self, &self->volume_count, count, OFFLOAD_OWNER_TASK_MAX_COUNT, PROP_VOLUME_COUNT);
}

void
offload_owner_task_set_volume_minutes (OffloadOwnerTask *self,
                                       double            minutes)
{
  g_return_if_fail (OFFLOAD_IS_OWNER_TASK (self));
  owner_task_set_volume (self, &self->volume_minutes, minutes, OFFLOAD_OWNER_TASK_MAX_MINUTES,
                         PROP_VOLUME_MINUTES);
}

void
offload_owner_task_set_weeks_per_month (OffloadOwnerTask *self,
                                        double            weeks)
{
  g_return_if_fail (OFFLOAD_IS_OWNER_TASK (self));

  if (isnan (weeks) || weeks <= 0 || self->weeks_per_month == weeks)
    return;
  self->weeks_per_month = weeks;
  /* Not a change the file records: the assessment's own input moved. */
  owner_task_update_hours (self);
}

OffloadTaskHandling
offload_owner_task_get_handling (OffloadOwnerTask *self)
{
  g_return_val_if_fail (OFFLOAD_IS_OWNER_TASK (self), OFFLOAD_TASK_HANDLING_DELEGATE);
  return self->handling;
}

void
offload_owner_task_set_handling (OffloadOwnerTask    *self,
                                 OffloadTaskHandling  handling)
{
  g_return_if_fail (OFFLOAD_IS_OWNER_TASK (self));
  g_return_if_fail (handling <= OFFLOAD_TASK_HANDLING_AUTOMATE);

  if (self->handling == handling)
    return;
  self->handling = handling;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HANDLING]);
  g_signal_emit (self, signals[CHANGED], 0);
}

OffloadKeepReason
offload_owner_task_get_reason (OffloadOwnerTask *self)
{
  g_return_val_if_fail (OFFLOAD_IS_OWNER_TASK (self), OFFLOAD_KEEP_REASON_NONE);
  return self->reason;
}

void
offload_owner_task_set_reason (OffloadOwnerTask  *self,
                               OffloadKeepReason  reason)
{
  g_return_if_fail (OFFLOAD_IS_OWNER_TASK (self));
  g_return_if_fail (reason <= OFFLOAD_KEEP_REASON_OTHER);

  if (self->reason == reason)
    return;
  self->reason = reason;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
  g_signal_emit (self, signals[CHANGED], 0);
}

const char *
offload_owner_task_get_sheet (OffloadOwnerTask  *self,
                              OffloadSheetField  field)
{
  g_return_val_if_fail (OFFLOAD_IS_OWNER_TASK (self), NULL);
  g_return_val_if_fail (field < OFFLOAD_N_SHEET_FIELDS, NULL);
  return self->sheet[field] != NULL ? self->sheet[field] : "";
}

void
offload_owner_task_set_sheet (OffloadOwnerTask  *self,
                              OffloadSheetField  field,
                              const char        *text)
{
  g_autofree char *valid = NULL;

  g_return_if_fail (OFFLOAD_IS_OWNER_TASK (self));
  g_return_if_fail (field < OFFLOAD_N_SHEET_FIELDS);

  valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  if (g_utf8_strlen (valid, -1) > OFFLOAD_OWNER_TASK_MAX_TEXT)
    {
      char *cut = g_utf8_substring (valid, 0, OFFLOAD_OWNER_TASK_MAX_TEXT);

      g_free (valid);
      valid = cut;
    }
  if (g_str_equal (valid, offload_owner_task_get_sheet (self, field)))
    return;
  g_free (self->sheet[field]);
  self->sheet[field] = g_steal_pointer (&valid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[FIRST_SHEET_PROP + field]);
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
offload_owner_task_has_sheet (OffloadOwnerTask *self)
{
  g_return_val_if_fail (OFFLOAD_IS_OWNER_TASK (self), FALSE);

  for (guint i = 0; i < OFFLOAD_N_SHEET_FIELDS; i++)
    if (self->sheet[i] != NULL && self->sheet[i][0] != '\0')
      return TRUE;
  return FALSE;
}

gboolean
offload_owner_task_is_default (OffloadOwnerTask *self)
{
  g_return_val_if_fail (OFFLOAD_IS_OWNER_TASK (self), FALSE);

  return !self->custom && self->typed_hours == 0 && self->volume_count == 0 &&
         self->volume_minutes == 0 && self->handling == OFFLOAD_TASK_HANDLING_DELEGATE &&
         self->reason == OFFLOAD_KEEP_REASON_NONE && !offload_owner_task_has_sheet (self);
}

void
offload_owner_task_assign (OffloadOwnerTask *self,
                           OffloadOwnerTask *other)
{
  g_return_if_fail (OFFLOAD_IS_OWNER_TASK (self));
  g_return_if_fail (OFFLOAD_IS_OWNER_TASK (other));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->custom)
    offload_owner_task_set_name (self, other->task->title);
  offload_owner_task_set_hours_per_week (self, other->typed_hours);
  offload_owner_task_set_volume_count (self, other->volume_count);
  offload_owner_task_set_volume_minutes (self, other->volume_minutes);
  offload_owner_task_set_handling (self, other->handling);
  offload_owner_task_set_reason (self, other->reason);
  for (guint i = 0; i < OFFLOAD_N_SHEET_FIELDS; i++)
    offload_owner_task_set_sheet (self, i, offload_owner_task_get_sheet (other, i));
  g_object_thaw_notify (G_OBJECT (self));
}
