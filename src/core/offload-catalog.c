/* offload-catalog.c
 *
 * The catalog is the single home of the model's content. It is checked as
 * strictly as a user's file: a typo in data/signs.json must fail the build's
 * tests loudly, not skew a verdict quietly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "offload-activity.h"
#include "offload-catalog.h"
#include "offload-core-resources.h"
#include "offload-error.h"
#include "offload-json-check.h"
#include "offload-json-read.h"

/* root → signs → sign → delegate list (and root → steps → step → urgent_when) */
#define CATALOG_MAX_DEPTH 4
#define CATALOG_MAX_BYTES (1024 * 1024)

typedef struct
{
  char *id;
  char *title;
} Named;

struct _OffloadCatalog
{
  GObject     parent_instance;

  GPtrArray  *signs;        /* OffloadSign */
  GHashTable *sign_index;   /* id → position + 1 */
  GArray     *groups;       /* Named */
  GPtrArray  *tasks;        /* OffloadTask, in the file's order */
  GPtrArray  *steps;        /* OffloadStep, in the file's order */
  GPtrArray  *bands;        /* OffloadBand, ranged ones by rising min, then the counter band */
  GPtrArray  *inputs;       /* OffloadInputSpec */
  GHashTable *constants;    /* id → double* */
  GHashTable *policy;       /* id → translated text */
  GStrv       source_ids;
  char       *default_currency;
  guint       total_weight;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OffloadCatalog, offload_catalog, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
offload_catalog_get_item_type (GListModel *model)
{
  return OFFLOAD_TYPE_SIGN;
}

static guint
offload_catalog_get_n_items (GListModel *model)
{
  return OFFLOAD_CATALOG (model)->signs->len;
}

static gpointer
offload_catalog_get_item (GListModel *model,
                          guint       position)
{
  OffloadCatalog *self = OFFLOAD_CATALOG (model);

  if (position >= self->signs->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->signs, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = offload_catalog_get_item_type;
  iface->get_n_items = offload_catalog_get_n_items;
  iface->get_item = offload_catalog_get_item;
}

static void
named_clear (gpointer data)
{
  Named *named = data;

  g_free (named->id);
  g_free (named->title);
}

static void
offload_catalog_finalize (GObject *object)
{
  OffloadCatalog *self = OFFLOAD_CATALOG (object);

  g_ptr_array_unref (self->signs);
  g_hash_table_unref (self->sign_index);
  g_array_unref (self->groups);
  g_ptr_array_unref (self->tasks);
  g_ptr_array_unref (self->steps);
  g_ptr_array_unref (self->bands);
  g_ptr_array_unref (self->inputs);
  g_hash_table_unref (self->constants);
  g_hash_table_unref (self->policy);
  g_strfreev (self->source_ids);
  g_free (self->default_currency);

  G_OBJECT_CLASS (offload_catalog_parent_class)->finalize (object);
}

static void
offload_catalog_class_init (OffloadCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = offload_catalog_finalize;
}

static void
offload_catalog_init (OffloadCatalog *self)
{
  self->signs = g_ptr_array_new_with_free_func (g_object_unref);
  self->sign_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->groups = g_array_new (FALSE, TRUE, sizeof (Named));
  g_array_set_clear_func (self->groups, named_clear);
  self->tasks = g_ptr_array_new_with_free_func ((GDestroyNotify) offload_task_unref);
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) offload_step_unref);
  self->bands = g_ptr_array_new_with_free_func ((GDestroyNotify) offload_band_unref);
  self->inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) offload_input_spec_unref);
  self->constants = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->policy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* ---- validation helpers ------------------------------------------------ */

/* The catalog ships inside Offload, so its messages speak to the developers
 * who edit data/signs.json and are not translated. */

static gboolean G_GNUC_PRINTF (2, 3)
fail (GError     **error,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, OFFLOAD_ERROR, OFFLOAD_ERROR_CATALOG, message);
  return FALSE;
}

/* Catalog texts are translated when loaded (po/ carries them). An empty
 * string must not go through gettext: it would return the PO header. */
static char *
translate (const char *text)
{
  if (text == NULL || text[0] == '\0')
    return g_strdup (text);
  return g_strdup (g_dgettext (GETTEXT_PACKAGE, text));
}

static gboolean
valid_id (const char *id,
          gboolean    underscores)
{
  if (id == NULL || id[0] == '\0' || strlen (id) > 64)
    return FALSE;

  for (const char *p = id; *p; p++)
    {
      if (g_ascii_islower (*p) || g_ascii_isdigit (*p))
        continue;
      if (*p == (underscores ? '_' : '-'))
        continue;
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_text (JsonObject  *object,
           const char  *path,
           const char  *member,
           gboolean     required,
           const char **out,
           GError     **error)
{
  if (!offload_json_read_string (object, path, member, required, out, error))
    return FALSE;
  if (required && (*out)[0] == '\0')
    return fail (error, "“%s.%s” must not be empty", path, member);
  return TRUE;
}

/* Every element of @name must be an object; returns them in order. */
static gboolean
read_objects (JsonObject  *root,
              const char  *name,
              GPtrArray  **out,
              GError     **error)
{
  JsonArray *array = NULL;
  guint length;

  if (!offload_json_read_array (root, NULL, name, TRUE, &array, error))
    return FALSE;

  length = json_array_get_length (array);
  if (length == 0)
    return fail (error, "“%s” must not be empty", name);

  *out = g_ptr_array_new ();
  for (guint i = 0; i < length; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_clear_pointer (out, g_ptr_array_unref);
          return fail (error, "%s[%u] must be an object", name, i);
        }
      g_ptr_array_add (*out, json_node_get_object (node));
    }

  return TRUE;
}

static gboolean
read_named (JsonObject  *root,
            const char  *name,
            GArray      *into,
            GError     **error)
{
  g_autoptr(GPtrArray) objects = NULL;

  if (!read_objects (root, name, &objects, error))
    return FALSE;

  for (guint i = 0; i < objects->len; i++)
    {
      JsonObject *object = g_ptr_array_index (objects, i);
      g_autofree char *path = g_strdup_printf ("%s[%u]", name, i);
      const char *id = NULL, *title = NULL;
      Named named;

      if (!read_text (object, path, "id", TRUE, &id, error) ||
          !read_text (object, path, "title", TRUE, &title, error))
        return FALSE;
      if (!valid_id (id, FALSE))
        return fail (error, "%s.id “%s” is not a valid id", path, id);
      for (guint j = 0; j < into->len; j++)
        if (g_str_equal (g_array_index (into, Named, j).id, id))
          return fail (error, "%s.id “%s” is used twice", path, id);

      named.id = g_strdup (id);
      named.title = translate (title);
      g_array_append_val (into, named);
    }

  return TRUE;
}

static const char *
named_title (GArray     *array,
             const char *id)
{
  for (guint i = 0; i < array->len; i++)
    if (g_str_equal (g_array_index (array, Named, i).id, id))
      return g_array_index (array, Named, i).title;
  return NULL;
}

/* A source reference is "<source id>#<part>". */
static gboolean
check_sources (OffloadCatalog      *self,
               const char          *path,
               const char          *member,
               const char * const  *refs,
               GError             **error)
{
  if (refs == NULL || refs[0] == NULL)
    return fail (error, "%s.%s must name at least one source", path, member);

  for (guint i = 0; refs[i]; i++)
    {
      const char *hash = strchr (refs[i], '#');
      g_autofree char *source = NULL;

      if (hash == NULL || hash[1] == '\0')
        return fail (error, "%s.%s “%s” is not of the form source#part", path, member, refs[i]);
      source = g_strndup (refs[i], hash - refs[i]);
      if (!g_strv_contains ((const char * const *) self->source_ids, source))
        return fail (error, "%s.%s “%s” names an unknown source", path, member, refs[i]);
    }

  return TRUE;
}

/* One reference in member @member ("source", "risk_source"…). */
static gboolean
check_source (OffloadCatalog  *self,
              JsonObject      *object,
              const char      *path,
              const char      *member,
              gboolean         required,
              char           **out,
              GError         **error)
{
  const char *source = NULL;
  const char *refs[2] = { NULL, NULL };

  if (!offload_json_read_string (object, path, member, required, &source, error))
    return FALSE;
  if (source == NULL)
    return TRUE;

  refs[0] = source;
  if (!check_sources (self, path, member, refs, error))
    return FALSE;

  *out = g_strdup (source);
  return TRUE;
}

/* ---- sections ---------------------------------------------------------- */

static gboolean
load_sources (OffloadCatalog  *self,
              JsonObject      *root,
              GError         **error)
{
  g_autoptr(GPtrArray) objects = NULL;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  if (!read_objects (root, "sources", &objects, error))
    return FALSE;

  for (guint i = 0; i < objects->len; i++)
    {
      g_autofree char *path = g_strdup_printf ("sources[%u]", i);
      const char *id = NULL, *title = NULL;

      if (!read_text (g_ptr_array_index (objects, i), path, "id", TRUE, &id, error) ||
          !read_text (g_ptr_array_index (objects, i), path, "title", TRUE, &title, error))
        return FALSE;
      if (!valid_id (id, FALSE))
        return fail (error, "%s.id “%s” is not a valid id", path, id);
      g_strv_builder_add (ids, id);
    }

  self->source_ids = g_strv_builder_end (ids);
  return TRUE;
}

static gboolean
load_policy (OffloadCatalog  *self,
             JsonObject      *root,
             GError         **error)
{
  JsonObject *policy = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (!offload_json_read_object (root, NULL, "policy", TRUE, &policy, error))
    return FALSE;

  json_object_iter_init (&iter, policy);
  while (json_object_iter_next (&iter, &name, &node))
    {
      const char *text = NULL;

      if (!read_text (policy, "policy", name, TRUE, &text, error))
        return FALSE;
      g_hash_table_insert (self->policy, g_strdup (name), translate (text));
    }

  if (!g_hash_table_contains (self->policy, "counter_overrides"))
    return fail (error, "policy.counter_overrides is missing");

  return TRUE;
}

static gboolean
load_sign (OffloadCatalog  *self,
           JsonObject      *object,
           const char      *path,
           GError         **error)
{
  static const char * const sign_members[] = {
    "id", "kind", "group", "title", "explanation", "weight", "delegate", "source", NULL
  };
  static const char * const counter_members[] = {
    "id", "kind", "group", "title", "explanation", "remediation", "source", NULL
  };
  const char *id = NULL, *kind = NULL, *group = NULL, *title = NULL;
  const char *explanation = NULL, *remediation = NULL;
  double weight = 0;
  g_auto(GStrv) delegate = NULL;
  g_auto(GStrv) source = NULL;
  g_autofree char *title_tr = NULL;
  g_autofree char *explanation_tr = NULL;
  g_autofree char *remediation_tr = NULL;
  OffloadSignKind sign_kind;
  OffloadSign *sign;

  if (!read_text (object, path, "id", TRUE, &id, error) ||
      !read_text (object, path, "kind", TRUE, &kind, error) ||
      !read_text (object, path, "group", TRUE, &group, error) ||
      !read_text (object, path, "title", TRUE, &title, error) ||
      !read_text (object, path, "explanation", TRUE, &explanation, error) ||
      !offload_json_read_strv (object, path, "source", TRUE, &source, error))
    return FALSE;

  if (!valid_id (id, FALSE))
    return fail (error, "%s.id “%s” is not a valid id", path, id);
  if (g_hash_table_contains (self->sign_index, id))
    return fail (error, "%s.id “%s” is used twice", path, id);
  if (named_title (self->groups, group) == NULL)
    return fail (error, "%s.group “%s” is not a known group", path, group);
  if (!check_sources (self, path, "source", (const char * const *) source, error))
    return FALSE;

  if (g_str_equal (kind, "sign"))
    {
      sign_kind = OFFLOAD_SIGN_KIND_SIGN;
      if (!offload_json_only_members (object, path, sign_members, error) ||
          !offload_json_read_number (object, path, "weight", TRUE, &weight, error) ||
          !offload_json_read_strv (object, path, "delegate", TRUE, &delegate, error))
        return FALSE;
      if (weight != floor (weight) || weight < 1 || weight > 3)
        return fail (error, "%s.weight must be 1, 2 or 3", path);
      if (delegate[0] == NULL)
        return fail (error, "%s.delegate must name at least one task", path);
      for (guint i = 0; delegate[i]; i++)
        {
          if (offload_catalog_lookup_task (self, delegate[i]) == NULL)
            return fail (error, "%s.delegate “%s” is not a known task", path, delegate[i]);
          /* Its weight counts once towards each task. */
          for (guint j = 0; j < i; j++)
            if (g_str_equal (delegate[j], delegate[i]))
              return fail (error, "%s.delegate names “%s” twice", path, delegate[i]);
        }
    }
  else if (g_str_equal (kind, "counter"))
    {
      sign_kind = OFFLOAD_SIGN_KIND_COUNTER;
      if (!offload_json_only_members (object, path, counter_members, error) ||
          !read_text (object, path, "remediation", TRUE, &remediation, error))
        return FALSE;
    }
  else
    return fail (error, "%s.kind must be “sign” or “counter”, not “%s”", path, kind);

  title_tr = translate (title);
  explanation_tr = translate (explanation);
  remediation_tr = translate (remediation);
  sign = g_object_new (OFFLOAD_TYPE_SIGN,
                       "id", id,
                       "kind", sign_kind,
                       "group", group,
                       "title", title_tr,
                       "explanation", explanation_tr,
                       "remediation", remediation_tr,
                       "weight", (guint) weight,
                       "delegate", delegate,
                       "source", source,
                       NULL);
  g_ptr_array_add (self->signs, sign);
  g_hash_table_insert (self->sign_index, (gpointer) offload_sign_get_id (sign),
                       GUINT_TO_POINTER (self->signs->len));
  self->total_weight += (guint) weight;

  return TRUE;
}

static gboolean
load_signs (OffloadCatalog  *self,
            JsonObject      *root,
            GError         **error)
{
  g_autoptr(GPtrArray) objects = NULL;

  if (!read_objects (root, "signs", &objects, error))
    return FALSE;

  for (guint i = 0; i < objects->len; i++)
    {
      g_autofree char *path = g_strdup_printf ("signs[%u]", i);

      if (!load_sign (self, g_ptr_array_index (objects, i), path, error))
        return FALSE;
    }

  if (self->total_weight == 0)
    return fail (error, "signs holds no warning sign");
  /* The delegation brief flags a continuity risk when it is checked. */
  if (offload_catalog_lookup (self, OFFLOAD_SIGN_KEY_PERSON) == NULL ||
      offload_sign_get_kind (offload_catalog_lookup (self, OFFLOAD_SIGN_KEY_PERSON)) != OFFLOAD_SIGN_KIND_SIGN)
    return fail (error, "signs must define the warning sign “%s”", OFFLOAD_SIGN_KEY_PERSON);

  return TRUE;
}

/* The shares may add up to 1 give or take binary rounding (0.1 + 0.2…). */
#define SHARE_SLACK 1e-9

static gboolean
load_tasks (OffloadCatalog  *self,
            JsonObject      *root,
            GError         **error)
{
  static const char * const members[] = {
    "id", "title", "risk", "risk_source", "share", "share_source", NULL
  };
  g_autoptr(GPtrArray) objects = NULL;
  double total_share = 0;

  if (!read_objects (root, "tasks", &objects, error))
    return FALSE;

  for (guint i = 0; i < objects->len; i++)
    {
      JsonObject *object = g_ptr_array_index (objects, i);
      g_autofree char *path = g_strdup_printf ("tasks[%u]", i);
      g_autoptr(OffloadTask) task = offload_task_new ();
      const char *id = NULL, *title = NULL, *risk = NULL;

      if (!offload_json_only_members (object, path, members, error) ||
          !read_text (object, path, "id", TRUE, &id, error) ||
          !read_text (object, path, "title", TRUE, &title, error) ||
          !read_text (object, path, "risk", TRUE, &risk, error) ||
          !check_source (self, object, path, "risk_source", TRUE, &task->risk_source, error) ||
          !offload_json_read_number (object, path, "share", TRUE, &task->share, error) ||
          !check_source (self, object, path, "share_source", TRUE, &task->share_source, error))
        return FALSE;
      if (!valid_id (id, FALSE))
        return fail (error, "%s.id “%s” is not a valid id", path, id);
      if (offload_catalog_lookup_task (self, id) != NULL)
        return fail (error, "%s.id “%s” is used twice", path, id);
      if (!offload_task_risk_from_id (risk, &task->risk))
        return fail (error, "%s.risk must be “low”, “medium” or “high”, not “%s”", path, risk);
      if (!(task->share > 0 && task->share <= 1))
        return fail (error, "%s.share must be above 0 and at most 1", path);

      total_share += task->share;
      task->id = g_strdup (id);
      task->title = translate (title);
      g_ptr_array_add (self->tasks, g_steal_pointer (&task));
    }

  /* The delegation brief frees each task's share of the lost hours: more
   * than all of them together would free hours nobody lost. */
  if (total_share > 1 + SHARE_SLACK)
    return fail (error, "the shares of tasks add up to %g, more than 1", total_share);

  return TRUE;
}

static gboolean
load_steps (OffloadCatalog  *self,
            JsonObject      *root,
            GError         **error)
{
  static const char * const members[] = {
    "id", "title", "detail", "urgent_when", "urgency", "source", NULL
  };
  g_autoptr(GPtrArray) objects = NULL;

  if (!read_objects (root, "steps", &objects, error))
    return FALSE;

  for (guint i = 0; i < objects->len; i++)
    {
      JsonObject *object = g_ptr_array_index (objects, i);
      g_autofree char *path = g_strdup_printf ("steps[%u]", i);
      g_autoptr(OffloadStep) step = offload_step_new ();
      const char *id = NULL, *title = NULL, *detail = NULL, *urgency = NULL;

      if (!offload_json_only_members (object, path, members, error) ||
          !read_text (object, path, "id", TRUE, &id, error) ||
          !read_text (object, path, "title", TRUE, &title, error) ||
          !read_text (object, path, "detail", TRUE, &detail, error) ||
          !read_text (object, path, "urgency", TRUE, &urgency, error) ||
          !offload_json_read_strv (object, path, "urgent_when", TRUE, &step->urgent_when, error) ||
          !offload_json_read_strv (object, path, "source", TRUE, &step->source, error) ||
          !check_sources (self, path, "source", (const char * const *) step->source, error))
        return FALSE;
      if (!valid_id (id, FALSE))
        return fail (error, "%s.id “%s” is not a valid id", path, id);
      if (offload_catalog_lookup_step (self, id) != NULL)
        return fail (error, "%s.id “%s” is used twice", path, id);
      if (step->urgent_when[0] == NULL)
        return fail (error, "%s.urgent_when must name at least one sign", path);
      for (guint j = 0; step->urgent_when[j]; j++)
        {
          if (!offload_catalog_find (self, step->urgent_when[j], NULL))
            return fail (error, "%s.urgent_when “%s” is not a known sign", path, step->urgent_when[j]);
          for (guint k = 0; k < j; k++)
            if (g_str_equal (step->urgent_when[k], step->urgent_when[j]))
              return fail (error, "%s.urgent_when names “%s” twice", path, step->urgent_when[j]);
        }

      step->id = g_strdup (id);
      step->title = translate (title);
      step->detail = translate (detail);
      step->urgency = translate (urgency);
      g_ptr_array_add (self->steps, g_steal_pointer (&step));
    }

  return TRUE;
}

static int
compare_bands (gconstpointer a,
               gconstpointer b)
{
  const OffloadBand *band_a = *(OffloadBand **) a;
  const OffloadBand *band_b = *(OffloadBand **) b;

  if (band_a->counter != band_b->counter)
    return band_a->counter ? 1 : -1;
  if (band_a->pays != band_b->pays)
    return band_a->pays ? 1 : -1;
  return band_a->min - band_b->min;
}

static gboolean
load_bands (OffloadCatalog  *self,
            JsonObject      *root,
            GError         **error)
{
  static const char * const members[] = {
    "id", "min", "max", "pays", "counter", "title", "advice", "source", NULL
  };
  g_autoptr(GPtrArray) objects = NULL;
  guint n_counter = 0;
  int next = 0;
  gboolean pays = FALSE;

  if (!read_objects (root, "bands", &objects, error))
    return FALSE;

  for (guint i = 0; i < objects->len; i++)
    {
      JsonObject *object = g_ptr_array_index (objects, i);
      g_autofree char *path = g_strdup_printf ("bands[%u]", i);
      g_autoptr(OffloadBand) band = offload_band_new ();
      const char *id = NULL, *title = NULL, *advice = NULL;
      double min = 0, max = 0;

      if (!offload_json_only_members (object, path, members, error) ||
          !read_text (object, path, "id", TRUE, &id, error) ||
          !read_text (object, path, "title", TRUE, &title, error) ||
          !read_text (object, path, "advice", TRUE, &advice, error) ||
          !offload_json_read_boolean (object, path, "counter", FALSE, &band->counter, error) ||
          !check_source (self, object, path, "source", FALSE, &band->source, error))
        return FALSE;
      if (!valid_id (id, FALSE))
        return fail (error, "%s.id “%s” is not a valid id", path, id);
      if (offload_catalog_lookup_band (self, id) != NULL)
        return fail (error, "%s.id “%s” is used twice", path, id);

      if (band->counter)
        n_counter++;
      else
        {
          if (!offload_json_read_boolean (object, path, "pays", TRUE, &band->pays, error) ||
              !offload_json_read_number (object, path, "min", TRUE, &min, error) ||
              !offload_json_read_number (object, path, "max", TRUE, &max, error))
            return FALSE;
          if (min != floor (min) || max != floor (max) || min < 0 || max > 100 || min > max)
            return fail (error, "%s must have whole min ≤ max within 0–100", path);
        }

      band->id = g_strdup (id);
      band->min = (int) min;
      band->max = (int) max;
      band->title = translate (title);
      band->advice = translate (advice);
      g_ptr_array_add (self->bands, g_steal_pointer (&band));
    }

  if (n_counter != 1)
    return fail (error, "bands must have exactly one band with \"counter\": true");

  /* The bands that pay, and those that do not, must each tile 0–100:
   * every need has one verdict either way. Sorted, their position is
   * their strength. */
  g_ptr_array_sort (self->bands, compare_bands);
  for (guint i = 0; i + 1 < self->bands->len; i++)
    {
      OffloadBand *band = g_ptr_array_index (self->bands, i);

      band->strength = i;
      if (band->pays != pays)
        {
          if (next != 101)
            return fail (error, "the bands that do not pay stop at %d instead of covering 0–100", next - 1);
          pays = band->pays;
          next = 0;
        }
      if (band->min != next)
        return fail (error, "band “%s” should start at %d: the bands must cover 0–100 with no gap or overlap",
                     band->id, next);
      next = band->max + 1;
    }
  ((OffloadBand *) g_ptr_array_index (self->bands, self->bands->len - 1))->strength = self->bands->len - 1;
  if (next != 101 || !pays)
    return fail (error, "the bands that %s stop at %d instead of covering 0–100", pays ? "pay" : "do not pay",
                 next - 1);

  return TRUE;
}

static gboolean
load_inputs (OffloadCatalog  *self,
             JsonObject      *root,
             GError         **error)
{
  static const char * const members[] = {
    "id", "default", "min", "max", "slider_min", "slider_max", "step", "integer", "source", NULL
  };
  static const char * const required[] = {
    OFFLOAD_INPUT_HOURS_PER_DAY, OFFLOAD_INPUT_DAYS_PER_WEEK, OFFLOAD_INPUT_WEEKS_PER_MONTH,
    OFFLOAD_INPUT_HOURLY_VALUE, OFFLOAD_INPUT_INTERRUPTIONS_PER_DAY, OFFLOAD_INPUT_WORKING_HOURS_PER_DAY,
    OFFLOAD_INPUT_DELEGATED_SHARE, OFFLOAD_INPUT_REINVESTED_SHARE, OFFLOAD_INPUT_FREELANCE_RATE,
    OFFLOAD_INPUT_HIRE_GROSS_HOURLY, OFFLOAD_INPUT_HIRE_EMPLOYER_RATE, OFFLOAD_INPUT_HIRE_WEEKS_OFF,
    OFFLOAD_INPUT_HIRE_MIN_WEEKLY_HOURS, OFFLOAD_INPUT_HIRE_ONBOARDING_COST, NULL
  };
  /* Fractions: the model multiplies by them as they are. */
  static const char * const shares[] = {
    OFFLOAD_INPUT_DELEGATED_SHARE, OFFLOAD_INPUT_REINVESTED_SHARE, OFFLOAD_INPUT_HIRE_EMPLOYER_RATE, NULL
  };
  g_autoptr(GPtrArray) objects = NULL;
  JsonObject *currency = NULL;
  const char *code = NULL;

  if (!read_objects (root, "inputs", &objects, error))
    return FALSE;

  for (guint i = 0; i < objects->len; i++)
    {
      JsonObject *object = g_ptr_array_index (objects, i);
      g_autofree char *path = g_strdup_printf ("inputs[%u]", i);
      g_autoptr(OffloadInputSpec) spec = offload_input_spec_new ();
      const char *id = NULL;

      if (!offload_json_only_members (object, path, members, error) ||
          !read_text (object, path, "id", TRUE, &id, error) ||
          !offload_json_read_number (object, path, "default", TRUE, &spec->default_value, error) ||
          !offload_json_read_number (object, path, "min", TRUE, &spec->min, error) ||
          !offload_json_read_number (object, path, "max", TRUE, &spec->max, error) ||
          !offload_json_read_number (object, path, "slider_min", TRUE, &spec->slider_min, error) ||
          !offload_json_read_number (object, path, "slider_max", TRUE, &spec->slider_max, error) ||
          !offload_json_read_number (object, path, "step", TRUE, &spec->step, error) ||
          !offload_json_read_boolean (object, path, "integer", TRUE, &spec->integer, error) ||
          !check_source (self, object, path, "source", TRUE, &spec->source, error))
        return FALSE;
      if (!valid_id (id, TRUE))
        return fail (error, "%s.id “%s” is not a valid id", path, id);
      if (offload_catalog_get_input (self, id) != NULL)
        return fail (error, "%s.id “%s” is used twice", path, id);
      if (!(spec->min <= spec->slider_min && spec->slider_min <= spec->default_value &&
            spec->default_value <= spec->slider_max && spec->slider_max <= spec->max))
        return fail (error, "%s must have min ≤ slider_min ≤ default ≤ slider_max ≤ max", path);
      if (spec->min < 0 || spec->step <= 0)
        return fail (error, "%s must have min ≥ 0 and step > 0", path);
      if (spec->integer && (spec->default_value != floor (spec->default_value) ||
                            spec->min != floor (spec->min) || spec->max != floor (spec->max) ||
                            spec->step != floor (spec->step)))
        return fail (error, "%s takes whole numbers: its bounds, default and step must be whole", path);

      spec->id = g_strdup (id);
      g_ptr_array_add (self->inputs, g_steal_pointer (&spec));
    }

  for (guint i = 0; required[i]; i++)
    if (offload_catalog_get_input (self, required[i]) == NULL)
      return fail (error, "inputs must define “%s”", required[i]);
  for (guint i = 0; shares[i]; i++)
    if (offload_catalog_get_input (self, shares[i])->max > 1)
      return fail (error, "inputs “%s” is a fraction: its max must be at most 1", shares[i]);

  if (!offload_json_read_object (root, NULL, "currency", TRUE, &currency, error) ||
      !read_text (currency, "currency", "default", TRUE, &code, error))
    return FALSE;
  if (strlen (code) != 3 || !g_ascii_isupper (code[0]) || !g_ascii_isupper (code[1]) ||
      !g_ascii_isupper (code[2]))
    return fail (error, "currency.default must be an ISO 4217 code such as EUR");
  self->default_currency = g_strdup (code);

  return TRUE;
}

/* The activity presets must give a year the file format can hold. */
static gboolean
catalog_check_activity (OffloadCatalog  *self,
                        GError         **error)
{
  double growth = offload_catalog_get_constant (self, OFFLOAD_CONSTANT_ACTIVITY_GROWTH);
  double first = offload_catalog_get_constant (self, OFFLOAD_CONSTANT_ACTIVITY_BUSY_FIRST);
  double months = offload_catalog_get_constant (self, OFFLOAD_CONSTANT_ACTIVITY_BUSY_MONTHS);
  double factor = offload_catalog_get_constant (self, OFFLOAD_CONSTANT_ACTIVITY_BUSY_FACTOR);

  if (growth < OFFLOAD_ACTIVITY_GROWTH_MIN || growth > OFFLOAD_ACTIVITY_GROWTH_MAX)
    return fail (error, "constants.%s must be within %g–%g", OFFLOAD_CONSTANT_ACTIVITY_GROWTH,
                 OFFLOAD_ACTIVITY_GROWTH_MIN, OFFLOAD_ACTIVITY_GROWTH_MAX);
  if (first != floor (first) || first < 1 || first > OFFLOAD_N_MONTHS)
    return fail (error, "constants.%s must be a month, 1–12", OFFLOAD_CONSTANT_ACTIVITY_BUSY_FIRST);
  if (months != floor (months) || months < 1 || months > OFFLOAD_N_MONTHS - 1)
    return fail (error, "constants.%s must be a whole number within 1–11", OFFLOAD_CONSTANT_ACTIVITY_BUSY_MONTHS);
  if (!(factor > 1) || factor > OFFLOAD_ACTIVITY_MAX_FACTOR)
    return fail (error, "constants.%s must be above 1 and at most %g", OFFLOAD_CONSTANT_ACTIVITY_BUSY_FACTOR,
                 OFFLOAD_ACTIVITY_MAX_FACTOR);
  return TRUE;
}

static gboolean
load_constants (OffloadCatalog  *self,
                JsonObject      *root,
                GError         **error)
{
  static const char * const members[] = { "id", "value", "source", "note", NULL };
  static const char * const required[] = {
    OFFLOAD_CONSTANT_FOCUS_MINUTES, OFFLOAD_CONSTANT_MONTHS_PER_YEAR,
    OFFLOAD_CONSTANT_MAX_REASONS, OFFLOAD_CONSTANT_FREELANCE_VAT, OFFLOAD_CONSTANT_VAT_RATE,
    OFFLOAD_CONSTANT_WEEKS_PER_YEAR, OFFLOAD_CONSTANT_ONBOARDING_MONTHS,
    OFFLOAD_CONSTANT_RANGE_SPREAD, OFFLOAD_CONSTANT_FULL_TIME_HOURS,
    OFFLOAD_CONSTANT_NEED_SIGNS_WEIGHT, OFFLOAD_CONSTANT_NEED_TIME_FULL,
    OFFLOAD_CONSTANT_LONGEST_WORKING_DAY, OFFLOAD_CONSTANT_ACTIVITY_GROWTH,
    OFFLOAD_CONSTANT_ACTIVITY_BUSY_FIRST, OFFLOAD_CONSTANT_ACTIVITY_BUSY_MONTHS,
    OFFLOAD_CONSTANT_ACTIVITY_BUSY_FACTOR, NULL
  };
  g_autoptr(GPtrArray) objects = NULL;
  double max_reasons;
  double freelance_vat;

  if (!read_objects (root, "constants", &objects, error))
    return FALSE;

  for (guint i = 0; i < objects->len; i++)
    {
      JsonObject *object = g_ptr_array_index (objects, i);
      g_autofree char *path = g_strdup_printf ("constants[%u]", i);
      g_autofree char *source = NULL;
      const char *id = NULL, *note = NULL;
      double value = 0;

      if (!offload_json_only_members (object, path, members, error) ||
          !read_text (object, path, "id", TRUE, &id, error) ||
          !offload_json_read_number (object, path, "value", TRUE, &value, error) ||
          !read_text (object, path, "note", FALSE, &note, error) ||
          !check_source (self, object, path, "source", FALSE, &source, error))
        return FALSE;
      if (!valid_id (id, TRUE))
        return fail (error, "%s.id “%s” is not a valid id", path, id);
      if (g_hash_table_contains (self->constants, id))
        return fail (error, "%s.id “%s” is used twice", path, id);
      if (value < 0)
        return fail (error, "%s.value must not be negative", path);

      g_hash_table_insert (self->constants, g_strdup (id), g_memdup2 (&value, sizeof value));
    }

  for (guint i = 0; required[i]; i++)
    if (!g_hash_table_contains (self->constants, required[i]))
      return fail (error, "constants must define “%s”", required[i]);

  /* A count: the model keeps it in a guint. */
  max_reasons = *(const double *) g_hash_table_lookup (self->constants, OFFLOAD_CONSTANT_MAX_REASONS);
  if (max_reasons != floor (max_reasons) || max_reasons > G_MAXUINT)
    return fail (error, "constants.%s must be a whole number no larger than %u",
                 OFFLOAD_CONSTANT_MAX_REASONS, G_MAXUINT);

  freelance_vat = offload_catalog_get_constant (self, OFFLOAD_CONSTANT_FREELANCE_VAT);
  if (freelance_vat != 0 && freelance_vat != 1)
    return fail (error, "constants.%s must be 0 or 1", OFFLOAD_CONSTANT_FREELANCE_VAT);
  /* A hire must work some weeks of the year, and months must spread a cost. */
  if (offload_catalog_get_constant (self, OFFLOAD_CONSTANT_WEEKS_PER_YEAR) <=
      offload_catalog_get_input (self, OFFLOAD_INPUT_HIRE_WEEKS_OFF)->max)
    return fail (error, "constants.%s must exceed the largest %s", OFFLOAD_CONSTANT_WEEKS_PER_YEAR,
                 OFFLOAD_INPUT_HIRE_WEEKS_OFF);
  if (offload_catalog_get_constant (self, OFFLOAD_CONSTANT_ONBOARDING_MONTHS) < 1)
    return fail (error, "constants.%s must be at least 1", OFFLOAD_CONSTANT_ONBOARDING_MONTHS);
  if (offload_catalog_get_constant (self, OFFLOAD_CONSTANT_RANGE_SPREAD) >= 1)
    return fail (error, "constants.%s must be below 1", OFFLOAD_CONSTANT_RANGE_SPREAD);
  /* The need score mixes two shares of 0–1 into 0–100. */
  if (offload_catalog_get_constant (self, OFFLOAD_CONSTANT_NEED_SIGNS_WEIGHT) > 1)
    return fail (error, "constants.%s must be within 0–1", OFFLOAD_CONSTANT_NEED_SIGNS_WEIGHT);
  if (offload_catalog_get_constant (self, OFFLOAD_CONSTANT_NEED_TIME_FULL) <= 0 ||
      offload_catalog_get_constant (self, OFFLOAD_CONSTANT_NEED_TIME_FULL) > 1)
    return fail (error, "constants.%s must be above 0 and at most 1", OFFLOAD_CONSTANT_NEED_TIME_FULL);
  if (!catalog_check_activity (self, error))
    return FALSE;

  return TRUE;
}

static gboolean
load_root (OffloadCatalog  *self,
           JsonNode        *root_node,
           GError         **error)
{
  static const char * const members[] = {
    "format", "version", "sources", "policy", "groups", "tasks", "signs",
    "steps", "bands", "inputs", "currency", "constants", NULL
  };
  JsonObject *root;
  const char *format = NULL;
  double version = 0;

  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    return fail (error, "the catalog must be a JSON object");
  root = json_node_get_object (root_node);

  if (!offload_json_only_members (root, NULL, members, error) ||
      !read_text (root, NULL, "format", TRUE, &format, error) ||
      !offload_json_read_number (root, NULL, "version", TRUE, &version, error))
    return FALSE;
  if (!g_str_equal (format, "offload-catalog"))
    return fail (error, "format must be “offload-catalog”");
  if (version != 1)
    return fail (error, "version must be 1");

  return load_sources (self, root, error) &&
         load_policy (self, root, error) &&
         read_named (root, "groups", self->groups, error) &&
         load_tasks (self, root, error) &&
         load_signs (self, root, error) &&
         load_steps (self, root, error) &&
         load_bands (self, root, error) &&
         load_inputs (self, root, error) &&
         load_constants (self, root, error);
}

OffloadCatalog *
offload_catalog_new_from_bytes (GBytes  *bytes,
                                GError **error)
{
  g_autoptr(OffloadCatalog) self = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  self = g_object_new (OFFLOAD_TYPE_CATALOG, NULL);
  parser = json_parser_new ();

  if (length > CATALOG_MAX_BYTES)
    fail (&local_error, "the catalog is larger than 1 MiB");
  else if (offload_json_check (data, length, CATALOG_MAX_DEPTH, &local_error) &&
           json_parser_load_from_data (parser, data, length, &local_error))
    load_root (self, json_parser_get_root (parser), &local_error);

  if (local_error != NULL)
    {
      /* Whatever went wrong, it is the catalog that is broken. */
      g_set_error (error, OFFLOAD_ERROR, OFFLOAD_ERROR_CATALOG,
                   "The sign catalog is invalid: %s", local_error->message);
      return NULL;
    }

  return g_steal_pointer (&self);
}

OffloadCatalog *
offload_catalog_get_default (void)
{
  static OffloadCatalog *catalog;

  if (g_once_init_enter (&catalog))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      OffloadCatalog *loaded;

      bytes = g_resource_lookup_data (offload_core_get_resource (),
                                      "/io/github/offload/Offload/signs.json",
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      loaded = bytes ? offload_catalog_new_from_bytes (bytes, &error) : NULL;
      if (loaded == NULL)
        g_error ("%s", error->message);

      g_once_init_leave (&catalog, loaded);
    }

  return catalog;
}

/* ---- queries ----------------------------------------------------------- */

gboolean
offload_catalog_find (OffloadCatalog *self,
                      const char     *id,
                      guint          *position)
{
  guint index;

  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), FALSE);

  if (id == NULL)
    return FALSE;
  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->sign_index, id));
  if (index == 0)
    return FALSE;
  if (position != NULL)
    *position = index - 1;
  return TRUE;
}

OffloadSign *
offload_catalog_lookup (OffloadCatalog *self,
                        const char     *id)
{
  guint position;

  if (!offload_catalog_find (self, id, &position))
    return NULL;
  return g_ptr_array_index (self->signs, position);
}

OffloadSign *
offload_catalog_get_sign (OffloadCatalog *self,
                          guint           position)
{
  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), NULL);
  g_return_val_if_fail (position < self->signs->len, NULL);
  return g_ptr_array_index (self->signs, position);
}

guint
offload_catalog_get_n_signs (OffloadCatalog *self)
{
  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), 0);
  return self->signs->len;
}

guint
offload_catalog_get_total_weight (OffloadCatalog *self)
{
  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), 0);
  return self->total_weight;
}

guint
offload_catalog_get_n_groups (OffloadCatalog *self)
{
  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), 0);
  return self->groups->len;
}

const char *
offload_catalog_get_group_id (OffloadCatalog *self,
                              guint           position)
{
  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), NULL);
  g_return_val_if_fail (position < self->groups->len, NULL);
  return g_array_index (self->groups, Named, position).id;
}

const char *
offload_catalog_get_group_title (OffloadCatalog *self,
                                 const char     *id)
{
  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), NULL);
  return named_title (self->groups, id);
}

const char *
offload_catalog_get_task_title (OffloadCatalog *self,
                                const char     *id)
{
  OffloadTask *task = offload_catalog_lookup_task (self, id);

  return task != NULL ? task->title : NULL;
}

guint
offload_catalog_get_n_tasks (OffloadCatalog *self)
{
  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), 0);
  return self->tasks->len;
}

OffloadTask *
offload_catalog_get_task (OffloadCatalog *self,
                          guint           position)
{
  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), NULL);
  g_return_val_if_fail (position < self->tasks->len, NULL);
  return g_ptr_array_index (self->tasks, position);
}

OffloadTask *
offload_catalog_lookup_task (OffloadCatalog *self,
                             const char     *id)
{
  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), NULL);

  for (guint i = 0; id != NULL && i < self->tasks->len; i++)
    {
      OffloadTask *task = g_ptr_array_index (self->tasks, i);

      if (g_str_equal (task->id, id))
        return task;
    }

  return NULL;
}

guint
offload_catalog_get_n_steps (OffloadCatalog *self)
{
  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), 0);
  return self->steps->len;
}

OffloadStep *
offload_catalog_get_step (OffloadCatalog *self,
                          guint           position)
{
  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), NULL);
  g_return_val_if_fail (position < self->steps->len, NULL);
  return g_ptr_array_index (self->steps, position);
}

OffloadStep *
offload_catalog_lookup_step (OffloadCatalog *self,
                             const char     *id)
{
  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), NULL);

  for (guint i = 0; id != NULL && i < self->steps->len; i++)
    {
      OffloadStep *step = g_ptr_array_index (self->steps, i);

      if (g_str_equal (step->id, id))
        return step;
    }

  return NULL;
}

guint
offload_catalog_get_n_bands (OffloadCatalog *self)
{
  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), 0);
  return self->bands->len;
}

OffloadBand *
offload_catalog_get_band (OffloadCatalog *self,
                          guint           position)
{
  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), NULL);
  g_return_val_if_fail (position < self->bands->len, NULL);
  return g_ptr_array_index (self->bands, position);
}

OffloadBand *
offload_catalog_lookup_band (OffloadCatalog *self,
                             const char     *id)
{
  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), NULL);

  for (guint i = 0; i < self->bands->len; i++)
    {
      OffloadBand *band = g_ptr_array_index (self->bands, i);

      if (g_strcmp0 (band->id, id) == 0)
        return band;
    }

  return NULL;
}

OffloadBand *
offload_catalog_band_for_need (OffloadCatalog *self,
                               int             need,
                               gboolean        pays)
{
  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), NULL);

  need = CLAMP (need, 0, 100);
  pays = !!pays;
  for (guint i = 0; i < self->bands->len; i++)
    {
      OffloadBand *band = g_ptr_array_index (self->bands, i);

      if (!band->counter && band->pays == pays && band->min <= need && need <= band->max)
        return band;
    }

  g_return_val_if_reached (NULL);
}

OffloadBand *
offload_catalog_get_counter_band (OffloadCatalog *self)
{
  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), NULL);

  /* Sorted last by load_bands(). */
  return g_ptr_array_index (self->bands, self->bands->len - 1);
}

OffloadInputSpec *
offload_catalog_get_input (OffloadCatalog *self,
                           const char     *id)
{
  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), NULL);

  for (guint i = 0; i < self->inputs->len; i++)
    {
      OffloadInputSpec *spec = g_ptr_array_index (self->inputs, i);

      if (g_strcmp0 (spec->id, id) == 0)
        return spec;
    }

  return NULL;
}

double
offload_catalog_get_constant (OffloadCatalog *self,
                              const char     *id)
{
  const double *value;

  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), 0);

  value = g_hash_table_lookup (self->constants, id);
  g_return_val_if_fail (value != NULL, 0);
  return *value;
}

const char *
offload_catalog_get_default_currency (OffloadCatalog *self)
{
  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), NULL);
  return self->default_currency;
}

const char *
offload_catalog_get_policy (OffloadCatalog *self,
                            const char     *id)
{
  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), NULL);
  return g_hash_table_lookup (self->policy, id);
}

char *
offload_catalog_join_sign_titles (OffloadCatalog     *self,
                                  const char * const *ids)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  g_return_val_if_fail (OFFLOAD_IS_CATALOG (self), NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      OffloadSign *sign = offload_catalog_lookup (self, ids[i]);

      g_ptr_array_add (titles, (gpointer) (sign ? offload_sign_get_title (sign) : ids[i]));
    }
  g_ptr_array_add (titles, NULL);
  /* Translators: the separator between warning signs in a list on one line */
  return g_strjoinv (_("; "), (char **) titles->pdata);
}
