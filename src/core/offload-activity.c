/* offload-activity.c
 *
 * Only the twelve factors matter to the arithmetic; the profile and the
 * growth say how the owner chose them, so that the window and the file can
 * give that choice back. Factors are scaled to a mean of exactly 1 unless
 * they already have it within rounding, so that a file Offload wrote reads
 * back to the same numbers and saves to the same bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "offload-activity.h"

struct _OffloadActivity
{
  GObject                parent_instance;

  OffloadCatalog        *catalog;
  OffloadActivityProfile profile;
  double                 monthly[OFFLOAD_N_MONTHS];
  double                 peak;
  double                 growth;
};

G_DEFINE_FINAL_TYPE (OffloadActivity, offload_activity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_PROFILE,
  PROP_GROWTH_PER_YEAR,
  PROP_PEAK_FACTOR,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char * const activity_ids[] = { "steady", "growing", "seasonal", "custom" };

/* Scales @raw to a mean of 1 in place; FALSE when it cannot (all 0). */
static gboolean
activity_normalize (double raw[OFFLOAD_N_MONTHS])
{
  double sum = 0;

  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    sum += raw[m];
  if (!(sum > 0))
    return FALSE;
  /* Already scaled (a file Offload wrote): keep the very same numbers. */
  if (fabs (sum - OFFLOAD_N_MONTHS) <= 1e-12 * OFFLOAD_N_MONTHS)
    return TRUE;
  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    raw[m] = raw[m] * OFFLOAD_N_MONTHS / sum;
  return TRUE;
}

static void
activity_fill_growing (double monthly[OFFLOAD_N_MONTHS],
                       double growth)
{
  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    monthly[m] = 1.0 + growth * m / (OFFLOAD_N_MONTHS - 1);
  activity_normalize (monthly);
}

static void
activity_fill_seasonal (double monthly[OFFLOAD_N_MONTHS],
                        guint  busy_months,
                        double busy_factor)
{
  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    monthly[m] = (busy_months & (1u << m)) ? busy_factor : 1.0;
  activity_normalize (monthly);
}

/* Stores what changed, then tells: the profile and growth first, the
 * factors with "changed". */
static void
activity_store (OffloadActivity        *self,
                OffloadActivityProfile  profile,
                const double           *monthly,
                double                  growth)
{
  gboolean profile_moved = self->profile != profile;
  gboolean growth_moved = self->growth != growth;
  gboolean monthly_moved = memcmp (self->monthly, monthly, sizeof self->monthly) != 0;
  double peak = 0;

  if (!profile_moved && !growth_moved && !monthly_moved)
    return;

  self->profile = profile;
  self->growth = growth;
  memcpy (self->monthly, monthly, sizeof self->monthly);
  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    peak = MAX (peak, monthly[m]);

  if (profile_moved)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
  if (growth_moved)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROWTH_PER_YEAR]);
  if (self->peak != peak)
    {
      self->peak = peak;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PEAK_FACTOR]);
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
offload_activity_constructed (GObject *object)
{
  OffloadActivity *self = OFFLOAD_ACTIVITY (object);

  G_OBJECT_CLASS (offload_activity_parent_class)->constructed (object);

  if (self->catalog == NULL)
    self->catalog = g_object_ref (offload_catalog_get_default ());
  self->profile = OFFLOAD_ACTIVITY_STEADY;
  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    self->monthly[m] = 1.0;
  self->peak = 1.0;
  self->growth = offload_catalog_get_constant (self->catalog, OFFLOAD_CONSTANT_ACTIVITY_GROWTH);
}

static void
offload_activity_finalize (GObject *object)
{
  OffloadActivity *self = OFFLOAD_ACTIVITY (object);

  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (offload_activity_parent_class)->finalize (object);
}

static void
offload_activity_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OffloadActivity *self = OFFLOAD_ACTIVITY (object);

  switch (prop_id)
    {
    case PROP_CATALOG: g_value_set_object (value, self->catalog); break;
    case PROP_PROFILE: g_value_set_string (value, offload_activity_profile_to_id (self->profile)); break;
    case PROP_GROWTH_PER_YEAR: g_value_set_double (value, self->growth); break;
    case PROP_PEAK_FACTOR: g_value_set_double (value, self->peak); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_activity_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OffloadActivity *self = OFFLOAD_ACTIVITY (object);
  OffloadActivityProfile profile;

  switch (prop_id)
    {
    case PROP_CATALOG: self->catalog = g_value_dup_object (value); break;
    case PROP_PROFILE:
      if (offload_activity_profile_from_id (g_value_get_string (value), &profile))
        offload_activity_set_profile (self, profile);
      break;
    case PROP_GROWTH_PER_YEAR: offload_activity_set_growing (self, g_value_get_double (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_activity_class_init (OffloadActivityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags input = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = offload_activity_constructed;
  object_class->finalize = offload_activity_finalize;
  object_class->get_property = offload_activity_get_property;
  object_class->set_property = offload_activity_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, OFFLOAD_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The profile's id; setting it switches to that preset. */
  properties[PROP_PROFILE] = g_param_spec_string ("profile", NULL, NULL, "steady", input);
  /* Setting it switches to the growing profile. */
  properties[PROP_GROWTH_PER_YEAR] =
    g_param_spec_double ("growth-per-year", NULL, NULL, OFFLOAD_ACTIVITY_GROWTH_MIN,
                         OFFLOAD_ACTIVITY_GROWTH_MAX, 0, input);
  properties[PROP_PEAK_FACTOR] =
    g_param_spec_double ("peak-factor", NULL, NULL, 0, G_MAXDOUBLE, 1,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OffloadActivity::changed:
   * The profile, the growth or a monthly factor changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
offload_activity_init (OffloadActivity *self)
{
}

OffloadActivity *
offload_activity_new (OffloadCatalog *catalog)
{
  g_return_val_if_fail (catalog == NULL || OFFLOAD_IS_CATALOG (catalog), NULL);

  return g_object_new (OFFLOAD_TYPE_ACTIVITY, "catalog", catalog, NULL);
}

OffloadActivityProfile
offload_activity_get_profile (OffloadActivity *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ACTIVITY (self), OFFLOAD_ACTIVITY_STEADY);
  return self->profile;
}

const double *
offload_activity_get_monthly (OffloadActivity *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ACTIVITY (self), NULL);
  return self->monthly;
}

double
offload_activity_get_peak_factor (OffloadActivity *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ACTIVITY (self), 1);
  return self->peak;
}

double
offload_activity_get_growth_per_year (OffloadActivity *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ACTIVITY (self), 0);
  return self->growth;
}

guint
offload_activity_get_busy_months (OffloadActivity *self)
{
  double low = G_MAXDOUBLE;
  guint busy = 0;

  g_return_val_if_fail (OFFLOAD_IS_ACTIVITY (self), 0);

  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    low = MIN (low, self->monthly[m]);
  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    if (self->monthly[m] > low)
      busy |= 1u << m;
  return busy;
}

double
offload_activity_get_busy_factor (OffloadActivity *self)
{
  double low = G_MAXDOUBLE;

  g_return_val_if_fail (OFFLOAD_IS_ACTIVITY (self), 1);

  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    low = MIN (low, self->monthly[m]);
  return low > 0 ? self->peak / low : 1;
}

static const double activity_flat[OFFLOAD_N_MONTHS] = { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 };

void
offload_activity_set_steady (OffloadActivity *self)
{
  g_return_if_fail (OFFLOAD_IS_ACTIVITY (self));

  activity_store (self, OFFLOAD_ACTIVITY_STEADY, activity_flat, self->growth);
}

void
offload_activity_set_growing (OffloadActivity *self,
                              double           growth_per_year)
{
  double monthly[OFFLOAD_N_MONTHS];

  g_return_if_fail (OFFLOAD_IS_ACTIVITY (self));

  if (isnan (growth_per_year))
    return;
  growth_per_year = CLAMP (growth_per_year, OFFLOAD_ACTIVITY_GROWTH_MIN, OFFLOAD_ACTIVITY_GROWTH_MAX);
  activity_fill_growing (monthly, growth_per_year);
  activity_store (self, OFFLOAD_ACTIVITY_GROWING, monthly, growth_per_year);
}

void
offload_activity_set_seasonal (OffloadActivity *self,
                               guint            busy_months,
                               double           busy_factor)
{
  double monthly[OFFLOAD_N_MONTHS];

  g_return_if_fail (OFFLOAD_IS_ACTIVITY (self));

  busy_months &= (1u << OFFLOAD_N_MONTHS) - 1;
  if (isnan (busy_factor) || busy_factor <= 1 || busy_months == 0 ||
      busy_months == (1u << OFFLOAD_N_MONTHS) - 1)
    {
      offload_activity_set_steady (self);
      return;
    }
  busy_factor = MIN (busy_factor, OFFLOAD_ACTIVITY_MAX_FACTOR);
  activity_fill_seasonal (monthly, busy_months, busy_factor);
  activity_store (self, OFFLOAD_ACTIVITY_SEASONAL, monthly, self->growth);
}

gboolean
offload_activity_set_custom (OffloadActivity *self,
                             const double    *monthly)
{
  double scaled[OFFLOAD_N_MONTHS];

  g_return_val_if_fail (OFFLOAD_IS_ACTIVITY (self), FALSE);
  g_return_val_if_fail (monthly != NULL, FALSE);

  for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
    {
      if (!isfinite (monthly[m]) || monthly[m] < 0 || monthly[m] > OFFLOAD_ACTIVITY_MAX_FACTOR)
        return FALSE;
      scaled[m] = monthly[m];
    }
  if (!activity_normalize (scaled))
    return FALSE;
  activity_store (self, OFFLOAD_ACTIVITY_CUSTOM, scaled, self->growth);
  return TRUE;
}

void
offload_activity_set_profile (OffloadActivity        *self,
                              OffloadActivityProfile  profile)
{
  g_return_if_fail (OFFLOAD_IS_ACTIVITY (self));

  switch (profile)
    {
    case OFFLOAD_ACTIVITY_STEADY:
      offload_activity_set_steady (self);
      break;
    case OFFLOAD_ACTIVITY_GROWING:
      offload_activity_set_growing (self, self->growth);
      break;
    case OFFLOAD_ACTIVITY_SEASONAL:
      {
        guint first = (guint) offload_catalog_get_constant (self->catalog, OFFLOAD_CONSTANT_ACTIVITY_BUSY_FIRST);
        guint count = (guint) offload_catalog_get_constant (self->catalog, OFFLOAD_CONSTANT_ACTIVITY_BUSY_MONTHS);
        guint busy = 0;

        /* Months counted from 1 in the catalog, wrapping over the new year. */
        for (guint i = 0; i < count; i++)
          busy |= 1u << ((first - 1 + i) % OFFLOAD_N_MONTHS);
        offload_activity_set_seasonal (self, busy,
                                       offload_catalog_get_constant (self->catalog, OFFLOAD_CONSTANT_ACTIVITY_BUSY_FACTOR));
      }
      break;
    case OFFLOAD_ACTIVITY_CUSTOM:
      activity_store (self, OFFLOAD_ACTIVITY_CUSTOM, self->monthly, self->growth);
      break;
    default:
      g_return_if_reached ();
    }
}

gboolean
offload_activity_load (OffloadActivity        *self,
                       OffloadActivityProfile  profile,
                       const double           *monthly,
                       double                  growth_per_year)
{
  double factors[OFFLOAD_N_MONTHS];

  g_return_val_if_fail (OFFLOAD_IS_ACTIVITY (self), FALSE);
  g_return_val_if_fail (profile <= OFFLOAD_ACTIVITY_CUSTOM, FALSE);

  if (!(growth_per_year >= OFFLOAD_ACTIVITY_GROWTH_MIN && growth_per_year <= OFFLOAD_ACTIVITY_GROWTH_MAX))
    return FALSE;
  switch (profile)
    {
    case OFFLOAD_ACTIVITY_STEADY:
      memcpy (factors, activity_flat, sizeof factors);
      break;
    case OFFLOAD_ACTIVITY_GROWING:
      activity_fill_growing (factors, growth_per_year);
      break;
    case OFFLOAD_ACTIVITY_SEASONAL:
    case OFFLOAD_ACTIVITY_CUSTOM:
    default:
      if (monthly == NULL)
        return FALSE;
      for (guint m = 0; m < OFFLOAD_N_MONTHS; m++)
        {
          if (!isfinite (monthly[m]) || monthly[m] < 0 || monthly[m] > OFFLOAD_ACTIVITY_MAX_FACTOR)
            return FALSE;
          factors[m] = monthly[m];
        }
      if (!activity_normalize (factors))
        return FALSE;
      break;
    }
  activity_store (self, profile, factors, growth_per_year);
  return TRUE;
}

void
offload_activity_assign (OffloadActivity *self,
                         OffloadActivity *other)
{
  g_return_if_fail (OFFLOAD_IS_ACTIVITY (self));
  g_return_if_fail (OFFLOAD_IS_ACTIVITY (other));

  activity_store (self, other->profile, other->monthly, other->growth);
}

const char *
offload_activity_profile_to_id (OffloadActivityProfile profile)
{
  g_return_val_if_fail (profile <= OFFLOAD_ACTIVITY_CUSTOM, NULL);
  return activity_ids[profile];
}

gboolean
offload_activity_profile_from_id (const char             *id,
                                  OffloadActivityProfile *profile)
{
  for (guint i = 0; i < G_N_ELEMENTS (activity_ids); i++)
    if (g_strcmp0 (activity_ids[i], id) == 0)
      {
        if (profile != NULL)
          *profile = i;
        return TRUE;
      }
  return FALSE;
}

const char *
offload_activity_profile_get_title (OffloadActivityProfile profile)
{
  switch (profile)
    {
    /* Translators: the rhythm of the business's activity over the year */
    case OFFLOAD_ACTIVITY_STEADY: return _("Steady");
    /* Translators: the rhythm of the business's activity over the year */
    case OFFLOAD_ACTIVITY_GROWING: return _("Growing");
    /* Translators: the rhythm of the business's activity over the year */
    case OFFLOAD_ACTIVITY_SEASONAL: return _("Seasonal");
    /* Translators: the rhythm of the business's activity over the year, set month by month */
    case OFFLOAD_ACTIVITY_CUSTOM: return _("Month by month");
    default: g_return_val_if_reached (NULL);
    }
}
