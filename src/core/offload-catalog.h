/* offload-catalog.h: data/signs.json as objects — the signs, bands, inputs and constants
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "offload-band.h"
#include "offload-input-spec.h"
#include "offload-sign.h"
#include "offload-step.h"
#include "offload-task.h"

G_BEGIN_DECLS

/* Ids of the inputs and constants the model needs; the catalog must define them. */
#define OFFLOAD_INPUT_HOURS_PER_DAY          "hours_per_day"
#define OFFLOAD_INPUT_DAYS_PER_WEEK          "days_per_week"
#define OFFLOAD_INPUT_WEEKS_PER_MONTH        "weeks_per_month"
#define OFFLOAD_INPUT_HOURLY_VALUE           "hourly_value"
#define OFFLOAD_INPUT_INTERRUPTIONS_PER_DAY  "interruptions_per_day"
#define OFFLOAD_INPUT_WORKING_HOURS_PER_DAY  "working_hours_per_day"
/* The inputs of each scenario of the "Compare options" section. */
#define OFFLOAD_INPUT_DELEGATED_SHARE        "delegated_share"
#define OFFLOAD_INPUT_REINVESTED_SHARE       "reinvested_share"
#define OFFLOAD_INPUT_FREELANCE_RATE         "freelance_rate"
#define OFFLOAD_INPUT_HIRE_GROSS_HOURLY      "hire_gross_hourly"
#define OFFLOAD_INPUT_HIRE_EMPLOYER_RATE     "hire_employer_rate"
#define OFFLOAD_INPUT_HIRE_WEEKS_OFF         "hire_weeks_off"
#define OFFLOAD_INPUT_HIRE_MIN_WEEKLY_HOURS  "hire_min_weekly_hours"
#define OFFLOAD_INPUT_HIRE_ONBOARDING_COST   "hire_onboarding_cost"

/* The warning sign of a business that depends on one person for its admin:
 * the delegation brief flags a continuity risk when it is checked. */
#define OFFLOAD_SIGN_KEY_PERSON              "key-person"

#define OFFLOAD_CONSTANT_FOCUS_MINUTES       "focus_minutes_per_interruption"
#define OFFLOAD_CONSTANT_MONTHS_PER_YEAR     "months_per_year"
#define OFFLOAD_CONSTANT_MAX_REASONS         "max_reasons"
#define OFFLOAD_CONSTANT_FREELANCE_VAT       "freelance_vat_default"
#define OFFLOAD_CONSTANT_VAT_RATE            "vat_rate"
#define OFFLOAD_CONSTANT_WEEKS_PER_YEAR      "weeks_per_year"
#define OFFLOAD_CONSTANT_ONBOARDING_MONTHS   "onboarding_months"
#define OFFLOAD_CONSTANT_RANGE_SPREAD        "range_spread"
#define OFFLOAD_CONSTANT_FULL_TIME_HOURS     "full_time_weekly_hours"
#define OFFLOAD_CONSTANT_NEED_SIGNS_WEIGHT   "need_signs_weight"
#define OFFLOAD_CONSTANT_NEED_TIME_FULL      "need_time_full_share"
#define OFFLOAD_CONSTANT_LONGEST_WORKING_DAY "longest_working_day"
/* The activity presets' defaults (offload-activity.h). */
#define OFFLOAD_CONSTANT_ACTIVITY_GROWTH     "activity_growth_per_year"
#define OFFLOAD_CONSTANT_ACTIVITY_BUSY_FIRST "activity_busy_first_month"
#define OFFLOAD_CONSTANT_ACTIVITY_BUSY_MONTHS "activity_busy_months"
#define OFFLOAD_CONSTANT_ACTIVITY_BUSY_FACTOR "activity_busy_factor"

#define OFFLOAD_TYPE_CATALOG (offload_catalog_get_type ())

/* A GListModel of every OffloadSign, warning signs and counter-indications,
 * in the file's order. */
G_DECLARE_FINAL_TYPE (OffloadCatalog, offload_catalog, OFFLOAD, CATALOG, GObject)

OffloadCatalog   *offload_catalog_new_from_bytes     (GBytes         *bytes,
                                                      GError        **error);
/* The catalog compiled into Offload; shared, never NULL (a broken built-in
 * catalog aborts at once, and the tests make sure it is not). */
OffloadCatalog   *offload_catalog_get_default        (void);

OffloadSign      *offload_catalog_lookup             (OffloadCatalog *self,
                                                      const char     *id);
/* The position of @id in the list, for per-sign arrays. */
gboolean          offload_catalog_find               (OffloadCatalog *self,
                                                      const char     *id,
                                                      guint          *position);
/* The sign at @position, borrowed (unlike g_list_model_get_item()). */
OffloadSign      *offload_catalog_get_sign           (OffloadCatalog *self,
                                                      guint           position);
guint             offload_catalog_get_n_signs        (OffloadCatalog *self);
/* The titles of signs @ids on one line, in that order ("…; …"), for the
 * reasons of a task; an unknown id shows as itself. */
char             *offload_catalog_join_sign_titles   (OffloadCatalog     *self,
                                                      const char * const *ids);
/* The sum of the weights of every warning sign: readiness 100. */
guint             offload_catalog_get_total_weight   (OffloadCatalog *self);

guint             offload_catalog_get_n_groups       (OffloadCatalog *self);
const char       *offload_catalog_get_group_id       (OffloadCatalog *self,
                                                      guint           position);
const char       *offload_catalog_get_group_title    (OffloadCatalog *self,
                                                      const char     *id);
/* The tasks an owner can hand over, in the file's order; NULL for an
 * unknown id. */
const char       *offload_catalog_get_task_title     (OffloadCatalog *self,
                                                      const char     *id);
guint             offload_catalog_get_n_tasks        (OffloadCatalog *self);
OffloadTask      *offload_catalog_get_task           (OffloadCatalog *self,
                                                      guint           position);
OffloadTask      *offload_catalog_lookup_task        (OffloadCatalog *self,
                                                      const char     *id);

/* The steps of the action plan, in the file's (and the hand-over's) order;
 * NULL for an unknown id. */
guint             offload_catalog_get_n_steps        (OffloadCatalog *self);
OffloadStep      *offload_catalog_get_step           (OffloadCatalog *self,
                                                      guint           position);
OffloadStep      *offload_catalog_lookup_step        (OffloadCatalog *self,
                                                      const char     *id);

guint             offload_catalog_get_n_bands        (OffloadCatalog *self);
OffloadBand      *offload_catalog_get_band           (OffloadCatalog *self,
                                                      guint           position);
OffloadBand      *offload_catalog_lookup_band        (OffloadCatalog *self,
                                                      const char     *id);
/* The verdict for a need score (0–100) when handing over pays, or does
 * not: the bands of each kind tile 0–100. Bands are listed by strength,
 * weakest first (those that do not pay, then those that do, each by
 * need), the counter band last. */
OffloadBand      *offload_catalog_band_for_need      (OffloadCatalog *self,
                                                      int             need,
                                                      gboolean        pays);
OffloadBand      *offload_catalog_get_counter_band   (OffloadCatalog *self);

OffloadInputSpec *offload_catalog_get_input          (OffloadCatalog *self,
                                                      const char     *id);
double            offload_catalog_get_constant       (OffloadCatalog *self,
                                                      const char     *id);
const char       *offload_catalog_get_default_currency (OffloadCatalog *self);
/* A text of the catalog's "policy" object (e.g. "counter_overrides"), or NULL. */
const char       *offload_catalog_get_policy         (OffloadCatalog *self,
                                                      const char     *id);

G_END_DECLS
