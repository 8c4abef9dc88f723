/* ta-exchange.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-exchange"

#include "config.h"

#include "ta-exchange-private.h"

/*
 * The error domain, the content of a file as plain data, and
 * TaExchangePreview: what reading a file against a programme found, in
 * words, and the content it read, which applying writes.
 */

G_DEFINE_QUARK (ta-exchange-error-quark, ta_exchange_error)

/**
 * ta_exchange_change_free:
 * @change: (transfer full) (nullable): one line of a preview
 */
void
ta_exchange_change_free (TaExchangeChange *change)
{
  if (change == NULL)
    return;

  g_free (change->pair);
  g_free (change->text);
  g_free (change);
}

const char *
ta_exchange_kind_to_string (TaExchangeKind kind)
{
  return kind == TA_EXCHANGE_PAIR_KIT ? "pair-kit" : "pair-update";
}

/* The content */

static void
person_free (gpointer data)
{
  TaExPerson *person = data;

  g_free (person->uid);
  g_free (person->name);
  g_free (person->email);
  g_strfreev (person->languages);
  g_free (person);
}

void
ta_ex_goal_free (TaExGoal *goal)
{
  g_free (goal->title);
  g_free (goal);
}

static void
series_free (gpointer data)
{
  TaExSeries *series = data;

  g_free (series->uid);
  g_free (series->frequency);
  g_free (series->local_time);
  g_free (series->time_zone);
  g_free (series->location);
  g_free (series->first_date);
  g_free (series->until_date);
  g_free (series);
}

static void
session_free (gpointer data)
{
  TaExSession *session = data;

  g_free (session->uid);
  g_free (session->series);
  g_clear_pointer (&session->starts, g_date_time_unref);
  g_clear_pointer (&session->occurrence, g_date_time_unref);
  g_free (session->location);
  g_free (session->title);
  g_free (session->cancel_reason);
  for (guint side = 0; side < TA_EX_SIDES; side++)
    g_free (session->learned[side]);
  g_free (session);
}

static void
due_free (gpointer data)
{
  TaExDue *due = data;

  g_free (due->due);
  g_free (due);
}

static void
topic_free (gpointer data)
{
  TaExTopic *topic = data;

  g_free (topic->uid);
  g_free (topic->title);
  g_free (topic->description);
  g_free (topic->due);
  g_free (topic);
}

static void
check_in_free (gpointer data)
{
  TaExCheckIn *check_in = data;

  g_free (check_in->uid);
  g_free (check_in->answered);
  g_free (check_in->works);
  g_free (check_in->not_working);
  g_free (check_in->changed);
  g_free (check_in->keep);
  g_free (check_in);
}

TaExContent *
ta_ex_content_new (TaExchangeKind kind)
{
  TaExContent *content = g_new0 (TaExContent, 1);

  content->kind = kind;
  content->status = TA_PAIRING_STATUS_ACTIVE;
  content->people = g_ptr_array_new_with_free_func (person_free);
  content->series = g_ptr_array_new_with_free_func (series_free);
  content->due = g_ptr_array_new_with_free_func (due_free);
  content->topics = g_ptr_array_new_with_free_func (topic_free);
  content->check_ins = g_ptr_array_new_with_free_func (check_in_free);
  content->goals = g_ptr_array_new_with_free_func ((GDestroyNotify) ta_ex_goal_free);
  content->sessions = g_ptr_array_new_with_free_func (session_free);

  return content;
}

void
ta_ex_content_free (TaExContent *content)
{
  if (content == NULL)
    return;

  g_free (content->programme);
  g_free (content->id);
  g_clear_pointer (&content->written, g_date_time_unref);
  g_free (content->pair_uid);
  g_free (content->recipient);
  g_free (content->facilitator_email);
  g_free (content->facilitator_name);
  g_free (content->started);
  g_free (content->ended);
  g_free (content->end_reason);
  g_free (content->author);
  g_ptr_array_unref (content->people);
  g_ptr_array_unref (content->series);
  g_ptr_array_unref (content->due);
  g_ptr_array_unref (content->topics);
  g_ptr_array_unref (content->check_ins);
  g_ptr_array_unref (content->goals);
  g_ptr_array_unref (content->sessions);
  g_free (content);
}

TaExPerson *
ta_ex_person_new (void)
{
  return g_new0 (TaExPerson, 1);
}

TaExGoal *
ta_ex_goal_new (const char *title,
                gboolean    done)
{
  TaExGoal *goal = g_new0 (TaExGoal, 1);

  goal->title = g_strdup (title);
  goal->done = done;
  return goal;
}

TaExSeries *
ta_ex_series_new (void)
{
  return g_new0 (TaExSeries, 1);
}

TaExSession *
ta_ex_session_new (void)
{
  TaExSession *session = g_new0 (TaExSession, 1);

  session->cancelled_by = -1;
  return session;
}

TaExDue *
ta_ex_due_new (void)
{
  return g_new0 (TaExDue, 1);
}

TaExTopic *
ta_ex_topic_new (void)
{
  return g_new0 (TaExTopic, 1);
}

TaExCheckIn *
ta_ex_check_in_new (void)
{
  TaExCheckIn *check_in = g_new0 (TaExCheckIn, 1);

  check_in->recommend = -1;
  return check_in;
}

/* The preview */

struct _TaExchangePreview
{
  GObject parent_instance;

  TaExContent *content;
  gboolean owns_content;
  char *path;
  char *pair;
  GPtrArray *changes;   /* TaExchangeChange */
  gboolean makes_personal;
};

G_DEFINE_FINAL_TYPE (TaExchangePreview, ta_exchange_preview, G_TYPE_OBJECT)

static void
ta_exchange_preview_finalize (GObject *object)
{
  TaExchangePreview *self = (TaExchangePreview *) object;

  if (self->owns_content)
    g_clear_pointer (&self->content, ta_ex_content_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->pair, g_free);
  g_clear_pointer (&self->changes, g_ptr_array_unref);

  G_OBJECT_CLASS (ta_exchange_preview_parent_class)->finalize (object);
}

static void
ta_exchange_preview_class_init (TaExchangePreviewClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ta_exchange_preview_finalize;
}

static void
ta_exchange_preview_init (TaExchangePreview *self)
{
  self->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ta_exchange_change_free);
}

/* Takes @content. */
TaExchangePreview *
_ta_exchange_preview_new (TaExContent *content,
                          const char  *path)
{
  TaExchangePreview *self = g_object_new (TA_TYPE_EXCHANGE_PREVIEW, NULL);

  self->content = content;
  self->owns_content = TRUE;
  self->path = g_strdup (path);
  return self;
}

/* A preview of the same content, borrowed from @preview, which must
 * outlive it: the apply's own walk. */
TaExchangePreview *
_ta_exchange_preview_new_sharing (TaExchangePreview *preview)
{
  TaExchangePreview *self = g_object_new (TA_TYPE_EXCHANGE_PREVIEW, NULL);

  self->content = preview->content;
  self->path = g_strdup (preview->path);
  return self;
}

TaExContent *
_ta_exchange_preview_get_content (TaExchangePreview *self)
{
  return self->content;
}

void
_ta_exchange_preview_set_pair (TaExchangePreview *self,
                               const char        *pair)
{
  g_free (self->pair);
  self->pair = g_strdup (pair);
}

void
_ta_exchange_preview_set_makes_personal (TaExchangePreview *self,
                                         gboolean           makes_personal)
{
  self->makes_personal = makes_personal;
}

void
_ta_exchange_preview_add (TaExchangePreview    *self,
                          TaExchangeChangeKind  kind,
                          const char           *text)
{
  TaExchangeChange *change = g_new0 (TaExchangeChange, 1);

  change->kind = kind;
  change->pair = g_strdup (self->pair != NULL ? self->pair : "");
  change->text = g_strdup (text);
  g_ptr_array_add (self->changes, change);
}

void
_ta_exchange_preview_add_printf (TaExchangePreview    *self,
                                 TaExchangeChangeKind  kind,
                                 const char           *format,
                                 ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  _ta_exchange_preview_add (self, kind, text);
}

/**
 * ta_exchange_preview_set_me:
 * @self: a #TaExchangePreview of a pair kit
 * @side: which of the pair's two people is "me"
 *
 * A kit written for both people (no recipient) and applied to a new,
 * empty programme makes it the personal programme of one of them: the
 * mentor unless this says otherwise.  A kit with a recipient ignores it.
 */
void
ta_exchange_preview_set_me (TaExchangePreview *self,
                            TaPairSide         side)
{
  g_return_if_fail (TA_IS_EXCHANGE_PREVIEW (self));
  g_return_if_fail (side == TA_PAIR_SIDE_MENTOR || side == TA_PAIR_SIDE_MENTEE);

  self->content->me_side = side;
}

void
_ta_exchange_preview_clear (TaExchangePreview *self)
{
  g_ptr_array_set_size (self->changes, 0);
  self->makes_personal = FALSE;
}

gboolean
_ta_exchange_preview_same (TaExchangePreview *self,
                           TaExchangePreview *other)
{
  if (self->changes->len != other->changes->len || self->makes_personal != other->makes_personal)
    return FALSE;

  for (guint i = 0; i < self->changes->len; i++)
    {
      TaExchangeChange *a = g_ptr_array_index (self->changes, i);
      TaExchangeChange *b = g_ptr_array_index (other->changes, i);

      if (a->kind != b->kind || g_strcmp0 (a->text, b->text) != 0)
        return FALSE;
    }

  return TRUE;
}

/**
 * ta_exchange_preview_get_kind:
 * @self: a #TaExchangePreview
 *
 * Returns: whether the file is a pair kit or a pair update
 */
TaExchangeKind
ta_exchange_preview_get_kind (TaExchangePreview *self)
{
  g_return_val_if_fail (TA_IS_EXCHANGE_PREVIEW (self), TA_EXCHANGE_PAIR_KIT);

  return self->content->kind;
}

/**
 * ta_exchange_preview_get_path:
 * @self: a #TaExchangePreview
 *
 * Returns: the file it was read from
 */
const char *
ta_exchange_preview_get_path (TaExchangePreview *self)
{
  g_return_val_if_fail (TA_IS_EXCHANGE_PREVIEW (self), NULL);

  return self->path;
}

/**
 * ta_exchange_preview_get_pair:
 * @self: a #TaExchangePreview
 *
 * Returns: the pair, in words ("Anna Peeters and Marc Dubois")
 */
const char *
ta_exchange_preview_get_pair (TaExchangePreview *self)
{
  g_return_val_if_fail (TA_IS_EXCHANGE_PREVIEW (self), NULL);

  return self->pair != NULL ? self->pair : "";
}

/**
 * ta_exchange_preview_get_written_at:
 * @self: a #TaExchangePreview
 *
 * Returns: (transfer none): when the file was written, UTC
 */
GDateTime *
ta_exchange_preview_get_written_at (TaExchangePreview *self)
{
  g_return_val_if_fail (TA_IS_EXCHANGE_PREVIEW (self), NULL);

  return self->content->written;
}

/**
 * ta_exchange_preview_get_changes:
 * @self: a #TaExchangePreview
 *
 * Returns: (transfer none) (element-type TaExchangeChange): what applying
 *   the file does, in reading order
 */
GPtrArray *
ta_exchange_preview_get_changes (TaExchangePreview *self)
{
  g_return_val_if_fail (TA_IS_EXCHANGE_PREVIEW (self), NULL);

  return self->changes;
}

/**
 * ta_exchange_preview_is_empty:
 * @self: a #TaExchangePreview
 *
 * Returns: %TRUE when applying the file would change nothing (the same
 *   file again, or one that says what the programme holds already); KEEP
 *   lines change nothing
 */
gboolean
ta_exchange_preview_is_empty (TaExchangePreview *self)
{
  g_return_val_if_fail (TA_IS_EXCHANGE_PREVIEW (self), TRUE);

  if (self->makes_personal)
    return FALSE;
  for (guint i = 0; i < self->changes->len; i++)
    {
      TaExchangeChange *change = g_ptr_array_index (self->changes, i);

      if (change->kind != TA_EXCHANGE_CHANGE_KEEP)
        return FALSE;
    }

  return TRUE;
}

/**
 * ta_exchange_preview_makes_personal:
 * @self: a #TaExchangePreview
 *
 * Returns: %TRUE when applying the kit makes a new, empty programme a
 *   personal one
 */
gboolean
ta_exchange_preview_makes_personal (TaExchangePreview *self)
{
  g_return_val_if_fail (TA_IS_EXCHANGE_PREVIEW (self), FALSE);

  return self->makes_personal;
}
