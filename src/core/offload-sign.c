/* offload-sign.c
 *
 * An immutable value: the catalog builds every sign once, with all its
 * properties at construction, and the rest of the app only reads them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "offload-sign.h"

struct _OffloadSign
{
  GObject          parent_instance;

  char            *id;
  OffloadSignKind  kind;
  char            *group;
  char            *title;
  char            *explanation;
  char            *remediation;
  guint            weight;
  GStrv            delegate;
  GStrv            source;
};

G_DEFINE_ENUM_TYPE (OffloadSignKind, offload_sign_kind,
  G_DEFINE_ENUM_VALUE (OFFLOAD_SIGN_KIND_SIGN, "sign"),
  G_DEFINE_ENUM_VALUE (OFFLOAD_SIGN_KIND_COUNTER, "counter"))

G_DEFINE_FINAL_TYPE (OffloadSign, offload_sign, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_GROUP,
  PROP_TITLE,
  PROP_EXPLANATION,
  PROP_REMEDIATION,
  PROP_WEIGHT,
  PROP_DELEGATE,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
offload_sign_kind_to_string (OffloadSignKind kind)
{
  return kind == OFFLOAD_SIGN_KIND_COUNTER ? "counter" : "sign";
}

static void
offload_sign_finalize (GObject *object)
{
  OffloadSign *self = OFFLOAD_SIGN (object);

  g_free (self->id);
  g_free (self->group);
  g_free (self->title);
  g_free (self->explanation);
  g_free (self->remediation);
  g_strfreev (self->delegate);
  g_strfreev (self->source);

  G_OBJECT_CLASS (offload_sign_parent_class)->finalize (object);
}

static void
offload_sign_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  OffloadSign *self = OFFLOAD_SIGN (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_GROUP: g_value_set_string (value, self->group); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_EXPLANATION: g_value_set_string (value, self->explanation); break;
    case PROP_REMEDIATION: g_value_set_string (value, self->remediation); break;
    case PROP_WEIGHT: g_value_set_uint (value, self->weight); break;
    case PROP_DELEGATE: g_value_set_boxed (value, self->delegate); break;
    case PROP_SOURCE: g_value_set_boxed (value, self->source); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_sign_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  OffloadSign *self = OFFLOAD_SIGN (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_dup_string (value); break;
    case PROP_KIND: self->kind = g_value_get_enum (value); break;
    case PROP_GROUP: self->group = g_value_dup_string (value); break;
    case PROP_TITLE: self->title = g_value_dup_string (value); break;
    case PROP_EXPLANATION: self->explanation = g_value_dup_string (value); break;
    case PROP_REMEDIATION: self->remediation = g_value_dup_string (value); break;
    case PROP_WEIGHT: self->weight = g_value_get_uint (value); break;
    case PROP_DELEGATE: self->delegate = g_value_dup_boxed (value); break;
    case PROP_SOURCE: self->source = g_value_dup_boxed (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
offload_sign_class_init (OffloadSignClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = offload_sign_finalize;
  object_class->get_property = offload_sign_get_property;
  object_class->set_property = offload_sign_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, OFFLOAD_TYPE_SIGN_KIND,
                                             OFFLOAD_SIGN_KIND_SIGN, flags);
  properties[PROP_GROUP] = g_param_spec_string ("group", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_EXPLANATION] = g_param_spec_string ("explanation", NULL, NULL, NULL, flags);
  properties[PROP_REMEDIATION] = g_param_spec_string ("remediation", NULL, NULL, NULL, flags);
  properties[PROP_WEIGHT] = g_param_spec_uint ("weight", NULL, NULL, 0, 3, 0, flags);
  properties[PROP_DELEGATE] = g_param_spec_boxed ("delegate", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_SOURCE] = g_param_spec_boxed ("source", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
offload_sign_init (OffloadSign *self)
{
}

const char *
offload_sign_get_id (OffloadSign *self)
{
  g_return_val_if_fail (OFFLOAD_IS_SIGN (self), NULL);
  return self->id;
}

OffloadSignKind
offload_sign_get_kind (OffloadSign *self)
{
  g_return_val_if_fail (OFFLOAD_IS_SIGN (self), OFFLOAD_SIGN_KIND_SIGN);
  return self->kind;
}

const char *
offload_sign_get_group (OffloadSign *self)
{
  g_return_val_if_fail (OFFLOAD_IS_SIGN (self), NULL);
  return self->group;
}

const char *
offload_sign_get_title (OffloadSign *self)
{
  g_return_val_if_fail (OFFLOAD_IS_SIGN (self), NULL);
  return self->title;
}

const char *
offload_sign_get_explanation (OffloadSign *self)
{
  g_return_val_if_fail (OFFLOAD_IS_SIGN (self), NULL);
  return self->explanation;
}

/* Only counter-indications have one; NULL for a sign. */
const char *
offload_sign_get_remediation (OffloadSign *self)
{
  g_return_val_if_fail (OFFLOAD_IS_SIGN (self), NULL);
  return self->remediation;
}

/* 0 for a counter-indication, which weighs nothing in readiness. */
guint
offload_sign_get_weight (OffloadSign *self)
{
  g_return_val_if_fail (OFFLOAD_IS_SIGN (self), 0);
  return self->weight;
}

const char * const *
offload_sign_get_delegate (OffloadSign *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (OFFLOAD_IS_SIGN (self), none);
  return self->delegate ? (const char * const *) self->delegate : none;
}

const char * const *
offload_sign_get_source (OffloadSign *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (OFFLOAD_IS_SIGN (self), none);
  return self->source ? (const char * const *) self->source : none;
}
