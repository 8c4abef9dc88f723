/* ta-programme-exchange.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-programme"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-exchange-private.h"
#include "ta-file.h"
#include "ta-programme-private.h"
#include "ta-store-exchange.h"

/*
 * The pair's own Turnabout (docs/exchange.md): which side the programme
 * is on, and exchange files: a pair kit written by a facilitator, a pair
 * update written by a pair, each described in words before it is saved,
 * and read (a preview) and applied on the other side.
 */

/**
 * ta_programme_get_side:
 * @self: a #TaProgramme
 *
 * Returns: the side the programme is on
 */
TaProgrammeSide
ta_programme_get_side (TaProgramme *self)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), TA_PROGRAMME_SIDE_FACILITATOR);

  return ta_store_get_side (self->store, NULL);
}

/**
 * ta_programme_set_facilitator_side:
 * @self: a #TaProgramme, empty
 * @error: %TA_STORE_ERROR_INVALID when it is not empty
 *
 * "I run a programme".
 *
 * Returns: %TRUE when saved
 */
gboolean
ta_programme_set_facilitator_side (TaProgramme  *self,
                                   GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_set_facilitator_side (self->store, error);
}

/**
 * ta_programme_make_personal:
 * @self: a #TaProgramme, empty
 * @me: the person who keeps it; its id is set
 * @error: %TA_STORE_ERROR_INVALID when the programme is not empty or @me
 *   is not valid
 *
 * "I keep my own mentoring": adds @me and makes the programme personal,
 * in one transaction.
 *
 * Returns: %TRUE when done
 */
gboolean
ta_programme_make_personal (TaProgramme    *self,
                            TaParticipant  *me,
                            GError        **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_make_personal (self->store, me, error);
}

/**
 * ta_programme_get_me:
 * @self: a #TaProgramme
 *
 * Returns: the participant id of "me" in a personal programme, else 0
 */
gint64
ta_programme_get_me (TaProgramme *self)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), 0);

  return ta_store_get_me (self->store, NULL);
}

/**
 * ta_programme_exchange_export:
 * @self: a #TaProgramme
 * @pairing_id: the pair
 * @path: where to write (it ends in .turnabout, see
 *   ta_programme_exchange_suggest_name())
 * @error: a #TA_EXCHANGE_ERROR (%TA_EXCHANGE_ERROR_NO_PAIR: the pair is
 *   not here, or a personal pair came from no kit), #TA_STORE_ERROR or a
 *   file error
 *
 * Writes a pair kit (a facilitator's programme) or a pair update (a
 * personal one), atomically, at mode 0600.  Only reads the programme.
 *
 * Returns: %TRUE when written
 */
gboolean
ta_programme_exchange_export (TaProgramme  *self,
                              gint64        pairing_id,
                              const char   *path,
                              GError      **error)
{
  g_autoptr(TaExContent) content = NULL;
  g_autofree char *bytes = NULL;
  gsize length = 0;

  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  content = ta_store_read_exchange (self->store, pairing_id, error);
  if (content == NULL)
    return FALSE;
  bytes = ta_exchange_write_bytes (content, &length);

  return ta_file_write_atomic (path, bytes, length, error);
}

static void
add_line (GStrvBuilder *lines,
          char         *line)
{
  g_strv_builder_add (lines, line);
  g_free (line);
}

/* "9 February", local */
static char *
short_day (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  /* Translators: a day without its year in an exchange file's
   * description, see g_date_time_format(): "9 February" */
  return g_date_time_format (local, C_("exchange short day", "%-d %B"));
}

static void
describe_kit (TaExContent  *content,
              GStrvBuilder *lines)
{
  TaExPerson *people[TA_EX_SIDES] = { NULL, NULL };

  for (guint i = 0; i < content->people->len; i++)
    {
      TaExPerson *person = g_ptr_array_index (content->people, i);

      people[person->side] = person;
    }

  add_line (lines, g_strdup_printf (
    /* Translators: %1$s and %2$s are names, %3$s the pair's status ("Active") */
    _("Pair kit for %1$s and %2$s: “%3$s”."),
    people[0] != NULL ? people[0]->name : "?", people[1] != NULL ? people[1]->name : "?",
    ta_pairing_status_get_label (content->status)));

  for (guint i = 0; i < content->people->len; i++)
    {
      TaExPerson *person = g_ptr_array_index (content->people, i);

      add_line (lines, g_strdup_printf (
        /* Translators: %1$s is a name, %2$s "mentor" or "mentee" */
        _("%1$s (%2$s): name, e-mail address, languages and availability."),
        person->name, ta_exchange_side_label (person->side)));
    }

  for (guint i = 0; i < content->goals->len; i++)
    {
      TaExGoal *goal = g_ptr_array_index (content->goals, i);

      /* Translators: %s is a goal of the pair */
      add_line (lines, g_strdup_printf (goal->done ? _("Goal “%s”: done.") : _("Goal “%s”."), goal->title));
    }

  for (guint i = 0; i < content->series->len; i++)
    {
      TaExSeries *series = g_ptr_array_index (content->series, i);
      g_autofree char *first = ta_exchange_format_date_text (series->first_date);

      add_line (lines, g_str_equal (series->frequency, "weekly")
                /* Translators: %1$s is a day, %2$s a time ("14:00") */
                ? g_strdup_printf (_("Weekly one-on-ones from %1$s at %2$s."), first, series->local_time)
                /* Translators: %1$s is a day, %2$s a time ("14:00") */
                : g_strdup_printf (_("Monthly one-on-ones from %1$s at %2$s."), first, series->local_time));
    }

  for (guint i = 0; i < content->sessions->len; i++)
    add_line (lines, ta_exchange_describe_session (g_ptr_array_index (content->sessions, i)));

  for (guint i = 0; i < content->due->len; i++)
    {
      TaExDue *due = g_ptr_array_index (content->due, i);
      g_autofree char *day = ta_exchange_format_date_text (due->due);

      add_line (lines, g_strdup_printf (
        /* Translators: %1$s is a kind of check-in ("fit"), %2$s "mentor" or "mentee", %3$s a day */
        _("Check-in due: %1$s, for the %2$s, on %3$s."),
        ta_exchange_check_in_kind_name (due->kind),
        ta_exchange_side_label (due->side), day));
    }

  for (guint i = 0; i < content->topics->len; i++)
    {
      TaExTopic *topic = g_ptr_array_index (content->topics, i);

      /* Translators: %s is the title of a topic on the research board */
      add_line (lines, g_strdup_printf (_("Topic “%s”."), topic->title));
    }

  add_line (lines, g_strdup (_("Not included: anything else from the directory, the pair's held sessions, "
                               "notes, learnings and ratings.")));
}

static void
describe_update (TaExContent  *content,
                 TaStore      *store,
                 gint64        pairing_id,
                 gint64        me,
                 GStrvBuilder *lines)
{
  g_autoptr(TaPairing) pairing = ta_store_get_pairing (store, pairing_id, NULL);
  g_autofree char *names[TA_EX_SIDES] = { NULL, NULL };
  TaPairSide my_side = TA_PAIR_SIDE_MENTOR;
  guint unshared = content->unshared_learnings;

  if (pairing != NULL)
    {
      gint64 ids[TA_EX_SIDES] = { ta_pairing_get_mentor_id (pairing), ta_pairing_get_mentee_id (pairing) };

      for (guint side = 0; side < TA_EX_SIDES; side++)
        {
          g_autoptr(TaParticipant) person = ta_store_get_participant (store, ids[side], NULL);

          names[side] = g_strdup (person != NULL ? ta_participant_get_name (person) : "?");
          if (ids[side] == me)
            my_side = side;
        }
    }

  add_line (lines, g_strdup_printf (
    /* Translators: %1$s and %2$s are names */
    _("Pair update of %1$s and %2$s, for the facilitator."),
    names[0] != NULL ? names[0] : "?", names[1] != NULL ? names[1] : "?"));

  for (guint i = 0; i < content->sessions->len; i++)
    {
      TaExSession *session = g_ptr_array_index (content->sessions, i);
      g_autofree char *day = short_day (session->starts);

      add_line (lines, ta_exchange_describe_session (session));
      for (guint side = 0; side < TA_EX_SIDES; side++)
        {
          if (session->learned[side] != NULL)
            add_line (lines, side == my_side
                      /* Translators: %1$s is a day ("9 February"), %2$s what was learned */
                      ? g_strdup_printf (_("Your shared learning of %1$s: “%2$s”"), day, session->learned[side])
                      /* Translators: %1$s is a name, %2$s a day ("9 February"), %3$s what was learned */
                      : g_strdup_printf (_("%1$s's shared learning of %2$s: “%3$s”"),
                                         names[side] != NULL ? names[side] : "?", day, session->learned[side]));
          if (session->rating[side] > 0)
            add_line (lines, side == my_side
                      /* Translators: %1$s is a day ("9 February"), %2$d a number from 1 to 5 */
                      ? g_strdup_printf (_("Your rating of %1$s: %2$d of 5."), day, session->rating[side])
                      /* Translators: %1$s is a name, %2$s a day ("9 February"), %3$d a number from 1 to 5 */
                      : g_strdup_printf (_("%1$s's rating of %2$s: %3$d of 5."),
                                         names[side] != NULL ? names[side] : "?", day, session->rating[side]));
        }
    }

  for (guint i = 0; i < content->goals->len; i++)
    {
      TaExGoal *goal = g_ptr_array_index (content->goals, i);

      /* Translators: %s is a goal of the pair */
      add_line (lines, g_strdup_printf (goal->done ? _("Goal “%s”: done.") : _("Goal “%s”: not done yet."),
                                        goal->title));
    }

  for (guint i = 0; i < content->check_ins->len; i++)
    add_line (lines, ta_exchange_describe_check_in (g_ptr_array_index (content->check_ins, i)));

  add_line (lines, g_strdup_printf (ngettext ("Not included: private notes and %u unshared learning.",
                                              "Not included: private notes and %u unshared learnings.",
                                              unshared),
                                    unshared));
}

/**
 * ta_programme_exchange_describe:
 * @self: a #TaProgramme
 * @pairing_id: the pair
 * @error: as for ta_programme_exchange_export()
 *
 * Says, in translated sentences and in the file's order, exactly what
 * ta_programme_exchange_export() would write for @pairing_id, and what
 * it leaves out: the preview before saving.
 *
 * Returns: (transfer full): the sentences, or %NULL
 */
GStrv
ta_programme_exchange_describe (TaProgramme  *self,
                                gint64        pairing_id,
                                GError      **error)
{
  g_autoptr(TaExContent) content = NULL;
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();

  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  content = ta_store_read_exchange (self->store, pairing_id, error);
  if (content == NULL)
    return NULL;

  if (content->kind == TA_EXCHANGE_PAIR_KIT)
    describe_kit (content, lines);
  else
    describe_update (content, self->store, pairing_id, ta_store_get_me (self->store, NULL), lines);

  return g_strv_builder_end (lines);
}

/* A name as a piece of a file name: lower-case ASCII letters and digits,
 * the rest dashes. */
static char *
file_name_piece (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name != NULL ? name : "", NULL);
  GString *piece = g_string_new (NULL);

  for (const char *c = ascii; *c != '\0'; c++)
    {
      if (g_ascii_isalnum (*c))
        g_string_append_c (piece, g_ascii_tolower (*c));
      else if (piece->len > 0 && piece->str[piece->len - 1] != '-')
        g_string_append_c (piece, '-');
    }
  while (piece->len > 0 && piece->str[piece->len - 1] == '-')
    g_string_truncate (piece, piece->len - 1);
  if (piece->len == 0)
    g_string_append (piece, "pair");

  return g_string_free (piece, FALSE);
}

/**
 * ta_programme_exchange_suggest_name:
 * @self: a #TaProgramme
 * @pairing_id: the pair
 *
 * Returns: (transfer full): "<mentor>-<mentee>-kit.turnabout" on a
 *   facilitator's programme, "…-update.turnabout" on a personal one
 */
char *
ta_programme_exchange_suggest_name (TaProgramme *self,
                                    gint64       pairing_id)
{
  g_autoptr(TaPairing) pairing = NULL;
  g_autofree char *pieces[TA_EX_SIDES] = { NULL, NULL };
  gboolean personal;

  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  personal = ta_store_get_side (self->store, NULL) == TA_PROGRAMME_SIDE_PERSONAL;
  pairing = ta_store_get_pairing (self->store, pairing_id, NULL);
  for (guint side = 0; side < TA_EX_SIDES; side++)
    {
      g_autoptr(TaParticipant) person = NULL;

      if (pairing != NULL)
        person = ta_store_get_participant (self->store,
                                           side == 0 ? ta_pairing_get_mentor_id (pairing)
                                                     : ta_pairing_get_mentee_id (pairing),
                                           NULL);
      pieces[side] = file_name_piece (person != NULL ? ta_participant_get_name (person) : NULL);
    }

  return g_strdup_printf ("%s-%s-%s" TA_EXCHANGE_SUFFIX, pieces[0], pieces[1], personal ? "update" : "kit");
}

/**
 * ta_programme_exchange_list_recipients:
 * @self: a #TaProgramme
 * @pairing_id: the pair
 *
 * Returns: (transfer full): the addresses the file goes to: the pair's
 *   two for a kit, the facilitator's for an update (empty when unknown)
 */
GStrv
ta_programme_exchange_list_recipients (TaProgramme *self,
                                       gint64       pairing_id)
{
  g_autoptr(GStrvBuilder) addresses = g_strv_builder_new ();

  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  if (ta_store_get_side (self->store, NULL) == TA_PROGRAMME_SIDE_PERSONAL)
    {
      g_autofree char *email = NULL;

      if (ta_store_get_facilitator_email (self->store, &email, NULL) && email != NULL)
        g_strv_builder_add (addresses, email);
    }
  else
    {
      g_autoptr(TaPairing) pairing = ta_store_get_pairing (self->store, pairing_id, NULL);

      for (guint side = 0; pairing != NULL && side < TA_EX_SIDES; side++)
        {
          g_autoptr(TaParticipant) person = ta_store_get_participant (self->store,
                                                                     side == 0 ? ta_pairing_get_mentor_id (pairing)
                                                                               : ta_pairing_get_mentee_id (pairing),
                                                                     NULL);

          if (person != NULL)
            g_strv_builder_add (addresses, ta_participant_get_email (person));
        }
    }

  return g_strv_builder_end (addresses);
}

/**
 * ta_programme_exchange_read:
 * @self: a #TaProgramme
 * @path: an exchange file
 * @error: a #TA_EXCHANGE_ERROR when the file is refused, a file error
 *   when it cannot be read
 *
 * Checks the file and compares it with the programme, writing nothing.
 *
 * Returns: (transfer full): what applying it would do
 */
TaExchangePreview *
ta_programme_exchange_read (TaProgramme  *self,
                            const char   *path,
                            GError      **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &data, &length, error))
    return NULL;

  return ta_store_exchange_read (self->store, data, length, path, error);
}

/**
 * ta_programme_exchange_apply:
 * @self: a #TaProgramme
 * @preview: what ta_programme_exchange_read() gave
 * @error: a #TA_EXCHANGE_ERROR, or %TA_STORE_ERROR_CHANGED when the
 *   programme changed since the preview (read the file again)
 *
 * Applies the file in one transaction, every check done again.
 *
 * Returns: %TRUE when applied
 */
gboolean
ta_programme_exchange_apply (TaProgramme        *self,
                             TaExchangePreview  *preview,
                             GError            **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);
  g_return_val_if_fail (TA_IS_EXCHANGE_PREVIEW (preview), FALSE);

  return ta_store_exchange_apply (self->store, preview, error);
}
