/* offload-answer.c
 *
 * The assessment owns one answer per catalog entry and listens to its
 * "checked" property, so a check button bound to it needs no glue code.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "offload-answer.h"

struct _OffloadAnswer
{
  GObject      parent_instance;

  OffloadSign *sign;
  gboolean     checked;
};

G_DEFINE_FINAL_TYPE (OffloadAnswer, offload_answer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SIGN,
  PROP_CHECKED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
offload_answer_dispose (GObject *object)
{
  OffloadAnswer *self = OFFLOAD_ANSWER (object);

  g_clear_object (&self->sign);

  G_OBJECT_CLASS (offload_answer_parent_class)->dispose (object);
}

static void
offload_answer_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OffloadAnswer *self = OFFLOAD_ANSWER (object);

  switch (prop_id)
    {
    case PROP_SIGN: g_value_set_object (value, self->sign); break;
    case PROP_CHECKED: g_value_set_boolean (value, self->checked); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_answer_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OffloadAnswer *self = OFFLOAD_ANSWER (object);

  switch (prop_id)
    {
    case PROP_SIGN: self->sign = g_value_dup_object (value); break;
    case PROP_CHECKED: offload_answer_set_checked (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_answer_class_init (OffloadAnswerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = offload_answer_dispose;
  object_class->get_property = offload_answer_get_property;
  object_class->set_property = offload_answer_set_property;

  properties[PROP_SIGN] =
    g_param_spec_object ("sign", NULL, NULL, OFFLOAD_TYPE_SIGN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHECKED] =
    g_param_spec_boolean ("checked", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
offload_answer_init (OffloadAnswer *self)
{
}

OffloadAnswer *
offload_answer_new (OffloadSign *sign)
{
  g_return_val_if_fail (OFFLOAD_IS_SIGN (sign), NULL);

  return g_object_new (OFFLOAD_TYPE_ANSWER, "sign", sign, NULL);
}

OffloadSign *
offload_answer_get_sign (OffloadAnswer *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ANSWER (self), NULL);
  return self->sign;
}

gboolean
offload_answer_get_checked (OffloadAnswer *self)
{
  g_return_val_if_fail (OFFLOAD_IS_ANSWER (self), FALSE);
  return self->checked;
}

void
offload_answer_set_checked (OffloadAnswer *self,
                            gboolean       checked)
{
  g_return_if_fail (OFFLOAD_IS_ANSWER (self));

  checked = !!checked;
  if (self->checked == checked)
    return;

  self->checked = checked;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKED]);
}
