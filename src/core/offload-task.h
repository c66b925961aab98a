/* offload-task.h: one task of the catalog an owner can hand over (an
 * immutable, shared value)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* How much harm a newcomer's mistake on the task can do; the delegation
 * brief hands the low-risk tasks over first. */
typedef enum
{
  OFFLOAD_TASK_RISK_LOW,
  OFFLOAD_TASK_RISK_MEDIUM,
  OFFLOAD_TASK_RISK_HIGH,
} OffloadTaskRisk;

#define OFFLOAD_TYPE_TASK_RISK (offload_task_risk_get_type ())
GType        offload_task_risk_get_type  (void);

/* "low", "medium", "high": the ids data/signs.json and the command line use. */
const char  *offload_task_risk_to_id     (OffloadTaskRisk  risk);
/* FALSE for any other text. */
gboolean     offload_task_risk_from_id   (const char      *id,
                                          OffloadTaskRisk *risk);
/* For people, translated: "low risk"… */
const char  *offload_task_risk_get_title (OffloadTaskRisk  risk);

typedef struct
{
  char            *id;
  char            *title;         /* translated */
  OffloadTaskRisk  risk;
  char            *risk_source;   /* "<source id>#<part>" */
  /* The task's part of the hours lost to admin, 0–1; the shares of all
   * tasks add up to 1 at most. */
  double           share;
  char            *share_source;
} OffloadTask;

#define OFFLOAD_TYPE_TASK (offload_task_get_type ())

GType        offload_task_get_type (void);
OffloadTask *offload_task_new      (void);
OffloadTask *offload_task_ref      (OffloadTask *task);
void         offload_task_unref    (OffloadTask *task);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OffloadTask, offload_task_unref)

G_END_DECLS
