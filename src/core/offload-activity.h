/* offload-activity.h: the rhythm of the year — how the hours lost spread
 * over the twelve months, relative to an average month
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "offload-catalog.h"

G_BEGIN_DECLS

#define OFFLOAD_N_MONTHS 12

/* The file's bounds (docs/format.md): a growth of −90 % to +1,000 % over
 * the year, and no month more than 1,000 times another before scaling. */
#define OFFLOAD_ACTIVITY_GROWTH_MIN (-0.9)
#define OFFLOAD_ACTIVITY_GROWTH_MAX 10.0
#define OFFLOAD_ACTIVITY_MAX_FACTOR 1000.0

typedef enum
{
  OFFLOAD_ACTIVITY_STEADY,
  OFFLOAD_ACTIVITY_GROWING,
  OFFLOAD_ACTIVITY_SEASONAL,
  OFFLOAD_ACTIVITY_CUSTOM,
} OffloadActivityProfile;

#define OFFLOAD_TYPE_ACTIVITY (offload_activity_get_type ())

G_DECLARE_FINAL_TYPE (OffloadActivity, offload_activity, OFFLOAD, ACTIVITY, GObject)

/* A steady year; NULL @catalog: offload_catalog_get_default(). The
 * catalog gives the presets' defaults (growth, busy months, busy factor). */
OffloadActivity       *offload_activity_new                (OffloadCatalog   *catalog);

OffloadActivityProfile offload_activity_get_profile        (OffloadActivity  *self);
/* Twelve factors, January first, whose mean is 1: month m has
 * factor[m] × the hours of an average month. Borrowed. */
const double          *offload_activity_get_monthly        (OffloadActivity  *self);
/* The largest factor: the busiest month relative to an average one. */
double                 offload_activity_get_peak_factor    (OffloadActivity  *self);
/* The growth over the year of the growing preset (kept while another
 * profile is chosen, for when the owner comes back to it). */
double                 offload_activity_get_growth_per_year (OffloadActivity *self);
/* The seasonal preset's busy months (bit 0: January) and how many times
 * busier they are than the others, read back from the factors. */
guint                  offload_activity_get_busy_months    (OffloadActivity  *self);
double                 offload_activity_get_busy_factor    (OffloadActivity  *self);

/* Each emits "changed" (and notifies "profile", "growth-per-year") only on
 * a real change. */
void                   offload_activity_set_steady         (OffloadActivity  *self);
/* Clamped to OFFLOAD_ACTIVITY_GROWTH_MIN … MAX; a NaN changes nothing. The
 * factors grow in a straight line: December is (1 + growth) × January. */
void                   offload_activity_set_growing        (OffloadActivity  *self,
                                                            double            growth_per_year);
/* @busy_months: bit 0 for January … bit 11 for December; none or all
 * make a steady year. @busy_factor (≥ 1) is how many times busier they are
 * than the others; 1 or a NaN make a steady year too. */
void                   offload_activity_set_seasonal       (OffloadActivity  *self,
                                                            guint             busy_months,
                                                            double            busy_factor);
/* Twelve numbers, scaled so that their mean is 1. FALSE, and nothing
 * changed, when one is negative, not finite or above
 * OFFLOAD_ACTIVITY_MAX_FACTOR, or when all are 0. */
gboolean               offload_activity_set_custom         (OffloadActivity  *self,
                                                            const double     *monthly);
/* The preset with its defaults (growing: the last growth; seasonal: the
 * catalog's busy months and factor; custom: the factors as they are). */
void                   offload_activity_set_profile        (OffloadActivity  *self,
                                                            OffloadActivityProfile profile);
/* What a file holds, at once: @monthly (twelve numbers, scaled to a mean of
 * 1) for seasonal and custom, ignored for steady and growing, which fill
 * them; @growth_per_year kept for the growing preset. FALSE, and nothing
 * changed, when @monthly or @growth_per_year is out of its bounds. */
gboolean               offload_activity_load               (OffloadActivity  *self,
                                                            OffloadActivityProfile profile,
                                                            const double     *monthly,
                                                            double            growth_per_year);
/* Everything at once, one "changed" (loading a file). */
void                   offload_activity_assign             (OffloadActivity  *self,
                                                            OffloadActivity  *other);

/* "steady", "growing", "seasonal", "custom": the file's ids. */
const char            *offload_activity_profile_to_id      (OffloadActivityProfile profile);
gboolean               offload_activity_profile_from_id    (const char       *id,
                                                            OffloadActivityProfile *profile);
/* For people, translated. */
const char            *offload_activity_profile_get_title  (OffloadActivityProfile profile);

G_END_DECLS
