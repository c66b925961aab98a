/* offload-scenario.h: one named way of handing the lost hours over, and what
 * each option would cost under it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "offload-comparison.h"
#include "offload-year.h"

G_BEGIN_DECLS

/* Names are this long at most (in characters), and never empty. */
#define OFFLOAD_SCENARIO_MAX_NAME 100

#define OFFLOAD_TYPE_SCENARIO (offload_scenario_get_type ())

G_DECLARE_FINAL_TYPE (OffloadScenario, offload_scenario, OFFLOAD, SCENARIO, GObject)

/* The catalog's defaults; NULL @catalog: offload_catalog_get_default(). */
OffloadScenario  *offload_scenario_new             (OffloadCatalog  *catalog,
                                                    const char      *name);
/* Same inputs and base, another name. */
OffloadScenario  *offload_scenario_copy            (OffloadScenario *self,
                                                    const char      *name);

const char       *offload_scenario_get_name        (OffloadScenario *self);
/* A NULL, empty or blank name is ignored; a long one is cut to
 * OFFLOAD_SCENARIO_MAX_NAME characters. */
void              offload_scenario_set_name        (OffloadScenario *self,
                                                    const char      *name);

/* How many numeric inputs a scenario has (freelance_vat aside). */
#define OFFLOAD_SCENARIO_N_INPUTS 8

/* The numeric inputs by their catalog id (OFFLOAD_INPUT_DELEGATED_SHARE …),
 * in file order; NULL-terminated. */
const char * const *offload_scenario_list_inputs   (void);
/* FALSE for an id that is not a scenario input. The setter clamps to the
 * catalog's range; a NaN changes nothing. */
gboolean          offload_scenario_get_input       (OffloadScenario *self,
                                                    const char      *id,
                                                    double          *value);
gboolean          offload_scenario_set_input       (OffloadScenario *self,
                                                    const char      *id,
                                                    double           value);
gboolean          offload_scenario_get_freelance_vat (OffloadScenario *self);
void              offload_scenario_set_freelance_vat (OffloadScenario *self,
                                                      gboolean         freelance_vat);

/* What the assessment knows: hours lost per month and per week, and what an
 * hour of the owner's time is worth. Not a change of the scenario. */
void              offload_scenario_set_base        (OffloadScenario *self,
                                                    double           monthly_hours,
                                                    double           weekly_hours,
                                                    double           hourly_value);

/* The share the owner's task table hands over, which replaces the
 * scenario's own "delegated_share" in every figure (the input itself is
 * kept, and saved); NAN: no table, the input applies. */
void              offload_scenario_set_delegated_override (OffloadScenario *self,
                                                           double           share);
/* The share the figures use: the table's, or the input. */
double            offload_scenario_get_delegated_share (OffloadScenario *self);
/* What a hire's contract is sized for over the year (a change of the
 * scenario, saved as "hire_sizing"). */
OffloadHireSizing offload_scenario_get_hire_sizing (OffloadScenario *self);
void              offload_scenario_set_hire_sizing (OffloadScenario *self,
                                                    OffloadHireSizing sizing);

/* The assessment's activity: twelve factors of mean 1, copied. Not a
 * change of the scenario. */
void              offload_scenario_set_activity    (OffloadScenario *self,
                                                    const double    *factors);

/* The comparison over the year, up to date; its totals are also read-only
 * properties notified on real change ("year-freelance-cost",
 * "year-hire-cost", "hire-idle-hours-year", "cheapest-year"). */
const OffloadYearResults *offload_scenario_get_year (OffloadScenario *self);

/* Every figure, up to date; each is also a read-only property notified on
 * real change ("hire-cost-month", "cheapest" …). */
const OffloadComparisonResults *offload_scenario_get_results (OffloadScenario *self);

G_END_DECLS
