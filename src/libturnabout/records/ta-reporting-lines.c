/* ta-reporting-lines.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-record"

#include "config.h"

#include "ta-reporting-lines.h"

/*
 * Everything works on indices: managers are resolved once, by binary
 * search over the ids sorted, when the first question is asked, so that a
 * programme of thousands costs one sort, not a hash table of boxed ids.
 * Adding someone afterwards makes the next question resolve again.
 */

typedef struct
{
  gint64  id;
  gint64  manager_id;
  gint32  manager;      /* index, or -1; valid once resolved */
  guint32 tin;          /* depth-first numbers; valid once numbered */
  guint32 tout;
  guint32 depth;
} Node;

typedef struct
{
  gint64 id;
  guint  index;
} Key;

struct _TaReportingLines
{
  GArray   *nodes;
  GArray   *keys;       /* Key, sorted by id; valid once resolved */
  gboolean  resolved;
  gboolean  numbered;
};

enum
{
  NOT_SEEN,
  ON_PATH,
  DONE,
};

#define NODE(self, i) (&g_array_index ((self)->nodes, Node, (i)))

/**
 * ta_reporting_lines_new:
 * @n_hint: how many people are expected (0 if not known)
 *
 * Returns: (transfer full): empty reporting lines
 */
TaReportingLines *
ta_reporting_lines_new (guint n_hint)
{
  TaReportingLines *self = g_new0 (TaReportingLines, 1);

  self->nodes = g_array_sized_new (FALSE, FALSE, sizeof (Node), n_hint);
  self->keys = g_array_sized_new (FALSE, FALSE, sizeof (Key), n_hint);
  return self;
}

/**
 * ta_reporting_lines_free:
 * @self: (transfer full) (nullable): reporting lines
 */
void
ta_reporting_lines_free (TaReportingLines *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->nodes);
  g_array_unref (self->keys);
  g_free (self);
}

/**
 * ta_reporting_lines_add:
 * @self: reporting lines
 * @id: the person, not 0; ids are unique
 * @manager_id: whom they report to, or 0
 *
 * Returns: the person's index: 0 for the first one added, and so on
 */
guint
ta_reporting_lines_add (TaReportingLines *self,
                        gint64            id,
                        gint64            manager_id)
{
  Node node = { id, manager_id, -1, 0, 0, 0 };

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (id != 0, 0);

  g_array_append_val (self->nodes, node);
  self->resolved = FALSE;
  self->numbered = FALSE;
  return self->nodes->len - 1;
}

/**
 * ta_reporting_lines_get_n_people:
 * @self: reporting lines
 *
 * Returns: how many people were added
 */
guint
ta_reporting_lines_get_n_people (TaReportingLines *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->nodes->len;
}

/**
 * ta_reporting_lines_get_id:
 * @self: reporting lines
 * @index: a person's index
 *
 * Returns: their id
 */
gint64
ta_reporting_lines_get_id (TaReportingLines *self,
                           guint             index)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (index < self->nodes->len, 0);

  return NODE (self, index)->id;
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  const Key *x = a;
  const Key *y = b;

  if (x->id != y->id)
    return x->id < y->id ? -1 : 1;
  /* The first one added wins should an id come twice. */
  return x->index < y->index ? -1 : x->index > y->index ? 1 : 0;
}

static gint32
find_key (TaReportingLines *self,
          gint64            id)
{
  guint lower = 0;
  guint upper = self->keys->len;

  /* The first key with this id, so that duplicates resolve stably. */
  while (lower < upper)
    {
      guint middle = lower + (upper - lower) / 2;

      if (g_array_index (self->keys, Key, middle).id < id)
        lower = middle + 1;
      else
        upper = middle;
    }

  if (lower < self->keys->len && g_array_index (self->keys, Key, lower).id == id)
    return (gint32) g_array_index (self->keys, Key, lower).index;

  return -1;
}

static void
resolve (TaReportingLines *self)
{
  if (self->resolved)
    return;

  g_array_set_size (self->keys, self->nodes->len);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      Key *key = &g_array_index (self->keys, Key, i);

      key->id = NODE (self, i)->id;
      key->index = i;
    }
  g_array_sort (self->keys, compare_keys);

  for (guint i = 0; i < self->nodes->len; i++)
    {
      Node *node = NODE (self, i);

      node->manager = node->manager_id != 0 ? find_key (self, node->manager_id) : -1;
    }

  self->resolved = TRUE;
}

/**
 * ta_reporting_lines_lookup:
 * @self: reporting lines
 * @id: a person's id
 * @out_index: (out) (optional): their index
 *
 * Returns: whether someone with @id was added
 */
gboolean
ta_reporting_lines_lookup (TaReportingLines *self,
                           gint64            id,
                           guint            *out_index)
{
  gint32 index;

  g_return_val_if_fail (self != NULL, FALSE);

  resolve (self);
  index = find_key (self, id);
  if (index < 0)
    return FALSE;

  if (out_index != NULL)
    *out_index = (guint) index;
  return TRUE;
}

/**
 * ta_reporting_lines_get_manager:
 * @self: reporting lines
 * @index: a person's index
 *
 * Returns: the index of whom they report to, or -1 at the top of a line
 *   (no manager, or one that was not added)
 */
gint
ta_reporting_lines_get_manager (TaReportingLines *self,
                                guint             index)
{
  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (index < self->nodes->len, -1);

  resolve (self);
  return NODE (self, index)->manager;
}

/* Follows each line upwards once, in the order people were added; meeting
 * someone already on the current walk is a circle.  Everyone is walked at
 * most once overall.  Each circle goes to @cycles (if not NULL) as the ids
 * from where the walk entered it, upwards; with @cycles NULL the first
 * circle's entry is returned and the search stops there. */
static gint64
walk_lines (TaReportingLines *self,
            GPtrArray        *cycles)
{
  guint n = self->nodes->len;
  g_autofree guint8 *state = g_new0 (guint8, MAX (n, 1));
  g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (guint));

  resolve (self);

  for (guint start = 0; start < n; start++)
    {
      gint32 current = (gint32) start;

      if (state[start] == DONE)
        continue;

      g_array_set_size (path, 0);
      while (current >= 0 && state[current] == NOT_SEEN)
        {
          guint at = (guint) current;

          state[at] = ON_PATH;
          g_array_append_val (path, at);
          current = NODE (self, at)->manager;
        }

      if (current >= 0 && state[current] == ON_PATH)
        {
          guint from = 0;
          GArray *cycle;

          if (cycles == NULL)
            return NODE (self, current)->id;

          while (g_array_index (path, guint, from) != (guint) current)
            from++;

          cycle = g_array_sized_new (FALSE, FALSE, sizeof (gint64), path->len - from);
          for (guint j = from; j < path->len; j++)
            g_array_append_val (cycle, NODE (self, g_array_index (path, guint, j))->id);
          g_ptr_array_add (cycles, cycle);
        }

      for (guint j = 0; j < path->len; j++)
        state[g_array_index (path, guint, j)] = DONE;
    }

  return 0;
}

/**
 * ta_reporting_lines_find_cycle:
 * @self: reporting lines
 *
 * Looks for reporting lines that go round in a circle (someone who is
 * their own manager is a circle of one).
 *
 * Returns: the id of someone in the first circle found (following the
 *   people in the order they were added), or 0 if there is none
 */
gint64
ta_reporting_lines_find_cycle (TaReportingLines *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return walk_lines (self, NULL);
}

/**
 * ta_reporting_lines_find_cycles:
 * @self: reporting lines
 *
 * Every circle, each one once: a #GArray of the ids (#gint64) of the people
 * in it, starting with the one where the walk from the earliest-added
 * person entered it and going upwards.
 *
 * Returns: (transfer full) (element-type GArray): the circles, possibly
 *   none
 */
GPtrArray *
ta_reporting_lines_find_cycles (TaReportingLines *self)
{
  GPtrArray *cycles;

  g_return_val_if_fail (self != NULL, NULL);

  cycles = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  walk_lines (self, cycles);
  return cycles;
}

/* Numbers everyone in depth-first order of the reporting forest, so that
 * m is above e exactly when m.tin < e.tin < m.tout.  A circle is cut
 * instead of hanging here: the second pass makes the first person left
 * (in the order added) a root; someone who is their own manager is a
 * root.  The store refuses circles, but a file may be damaged. */
static void
number_forest (TaReportingLines *self)
{
  guint n = self->nodes->len;
  g_autofree gint32 *first_child = g_new (gint32, MAX (n, 1));
  g_autofree gint32 *next_sibling = g_new (gint32, MAX (n, 1));
  g_autofree gint32 *stack = g_new (gint32, MAX (n, 1));
  g_autofree gboolean *visited = g_new0 (gboolean, MAX (n, 1));
  guint32 counter = 0;

  if (self->numbered)
    return;
  resolve (self);

  for (guint i = 0; i < n; i++)
    first_child[i] = next_sibling[i] = -1;

  /* Children in index order: add them from the last one. */
  for (guint i = n; i-- > 0;)
    {
      gint32 manager = NODE (self, i)->manager;

      if (manager >= 0 && (guint) manager != i)
        {
          next_sibling[i] = first_child[manager];
          first_child[manager] = (gint32) i;
        }
    }

  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint root = 0; root < n; root++)
        {
          gint32 manager = NODE (self, root)->manager;
          guint depth = 0;

          /* Roots first; in the second pass, whatever a loop kept out. */
          if (visited[root] || (pass == 0 && manager >= 0 && (guint) manager != root))
            continue;

          visited[root] = TRUE;
          NODE (self, root)->tin = counter++;
          NODE (self, root)->depth = 0;
          stack[depth++] = (gint32) root;
          /* The stack holds the path; each entry's next child to visit
           * is found from first_child, advanced as we go. */
          while (depth > 0)
            {
              gint32 top = stack[depth - 1];
              gint32 child = first_child[top];

              while (child >= 0 && visited[child])
                child = next_sibling[child];

              if (child < 0)
                {
                  NODE (self, top)->tout = counter;
                  depth--;
                  continue;
                }

              first_child[top] = next_sibling[child];
              visited[child] = TRUE;
              NODE (self, child)->tin = counter++;
              NODE (self, child)->depth = depth;
              stack[depth++] = child;
            }
        }
    }

  self->numbered = TRUE;
}

/**
 * ta_reporting_lines_get_span:
 * @self: reporting lines
 * @index: a person's index
 * @out_tin: (out): their number in depth-first order
 * @out_tout: (out): one past the last number of the people below them
 *
 * Depth-first numbers of the reporting forest (below a circle, the
 * earliest-added person not reached from a top becomes one): someone is above @index exactly when their span holds
 * @index's, so "is above" is two comparisons however deep the line.
 */
void
ta_reporting_lines_get_span (TaReportingLines *self,
                             guint             index,
                             guint32          *out_tin,
                             guint32          *out_tout)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->nodes->len);
  g_return_if_fail (out_tin != NULL && out_tout != NULL);

  number_forest (self);
  *out_tin = NODE (self, index)->tin;
  *out_tout = NODE (self, index)->tout;
}

/**
 * ta_reporting_lines_get_depth:
 * @self: reporting lines
 * @index: a person's index
 *
 * Returns: how many people are above them in the numbered forest: 0 at
 *   the top of a line
 */
guint
ta_reporting_lines_get_depth (TaReportingLines *self,
                              guint             index)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (index < self->nodes->len, 0);

  number_forest (self);
  return NODE (self, index)->depth;
}

/**
 * ta_reporting_lines_is_above:
 * @self: reporting lines
 * @upper: a person's index
 * @lower: another person's index
 *
 * Returns: whether @upper is somewhere above @lower in their reporting
 *   line (nobody is above themselves)
 */
gboolean
ta_reporting_lines_is_above (TaReportingLines *self,
                             guint             upper,
                             guint             lower)
{
  const Node *u;
  const Node *l;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (upper < self->nodes->len && lower < self->nodes->len, FALSE);

  number_forest (self);
  u = NODE (self, upper);
  l = NODE (self, lower);
  return u->tin < l->tin && l->tin < u->tout;
}

/**
 * ta_reporting_lines_levels_up:
 * @self: reporting lines
 * @lower: a person's index
 * @upper: the index of someone above them
 *
 * Returns: how many steps up from @lower @upper is (1 for their manager),
 *   or 0 if @upper is not met going up (a circle is followed once round)
 */
guint
ta_reporting_lines_levels_up (TaReportingLines *self,
                              guint             lower,
                              guint             upper)
{
  guint n;
  gint32 at;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (lower < self->nodes->len, 0);

  resolve (self);
  n = self->nodes->len;
  at = NODE (self, lower)->manager;
  for (guint steps = 1; at >= 0 && steps <= n; steps++)
    {
      if ((guint) at == upper)
        return steps;
      at = NODE (self, at)->manager;
    }

  return 0;
}
