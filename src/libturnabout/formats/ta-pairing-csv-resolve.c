/* ta-pairing-csv-resolve.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-pairing-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-match-private.h"
#include "ta-pairing-csv-private.h"
#include "ta-pairing-private.h"
#include "ta-participant-private.h"
#include "ta-store-private.h"
#include "ta-validate-private.h"

/*
 * Steps 2 and 3 of a pairs import (see ta-pairing-csv.c), inside one
 * transaction of the store: who the e-mails are, which pairing each row
 * updates, the rules of the store and of the matcher, then the writes
 * (_ta_store_import_pairings()).
 */

typedef TaPairingsParsed Parsed;
typedef TaPairingRow Row;

#define add_problem _ta_pairings_parsed_add_problem
#define add_problem_printf _ta_pairings_parsed_add_problemf

typedef struct
{
  Parsed     *parsed;
  GHashTable *people;      /* folded e-mail → TaParticipant (borrowed) */
} Resolve;

static char *
pair_key (gint64 mentor_id,
          gint64 mentee_id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, mentor_id, mentee_id);
}

static TaParticipant *
find_person (Resolve         *resolve,
             Row             *row,
             TaPairingColumn  column)
{
  const char *email = column == TA_PAIRING_COLUMN_MENTOR ? row->mentor : row->mentee;
  g_autofree char *folded = NULL;
  TaParticipant *person;

  if (email == NULL)
    return NULL;

  folded = ta_email_fold (email);
  person = g_hash_table_lookup (resolve->people, folded);
  if (person == NULL)
    {
      g_autofree char *shown = _ta_csv_shown_value (email);

      add_problem_printf (resolve->parsed, row->line, column,
                          /* Translators: %s is an e-mail address */
                          _("“%s” is not in the programme (import the participants first)"),
                          shown);
      return NULL;
    }

  if (column == TA_PAIRING_COLUMN_MENTOR && person->role == TA_ROLE_MENTEE)
    {
      add_problem_printf (resolve->parsed, row->line, column,
                          _("%s takes part as a mentee only, not as a mentor"),
                          ta_participant_get_name (person));
      return NULL;
    }

  if (column == TA_PAIRING_COLUMN_MENTEE && person->role == TA_ROLE_MENTOR)
    {
      add_problem_printf (resolve->parsed, row->line, column,
                          _("%s takes part as a mentor only, not as a mentee"),
                          ta_participant_get_name (person));
      return NULL;
    }

  return person;
}

static gboolean
goals_equal (GListModel *a,
             GListModel *b)
{
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TaGoal) goal_a = g_list_model_get_item (a, i);
      g_autoptr(TaGoal) goal_b = g_list_model_get_item (b, i);

      if (g_strcmp0 (ta_goal_get_title (goal_a), ta_goal_get_title (goal_b)) != 0 ||
          ta_goal_get_done (goal_a) != ta_goal_get_done (goal_b))
        return FALSE;
    }

  return TRUE;
}

static gboolean
pairing_equal (TaPairing *a,
               TaPairing *b)
{
  return a->status == b->status &&
         g_strcmp0 (a->started_on, b->started_on) == 0 &&
         g_strcmp0 (a->ended_on, b->ended_on) == 0 &&
         g_strcmp0 (a->end_reason, b->end_reason) == 0 &&
         goals_equal (G_LIST_MODEL (a->goals), G_LIST_MODEL (b->goals));
}

static void
set_text (char       **field,
          const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
}

/* What the row makes of @pairing: only the columns the file has; an empty
 * status keeps the one there is. */
static void
apply_row (Parsed    *parsed,
           Row       *row,
           TaPairing *pairing)
{
  if (row->has_status)
    pairing->status = row->status;
  if (parsed->has_column[TA_PAIRING_COLUMN_STARTED])
    set_text (&pairing->started_on, row->started);
  if (parsed->has_column[TA_PAIRING_COLUMN_ENDED])
    set_text (&pairing->ended_on, row->ended);
  if (parsed->has_column[TA_PAIRING_COLUMN_END_REASON])
    set_text (&pairing->end_reason, row->end_reason);
  if (parsed->has_column[TA_PAIRING_COLUMN_GOALS] && row->goals != NULL)
    {
      g_list_store_remove_all (pairing->goals);
      for (guint i = 0; i < row->goals->len; i++)
        {
          TaGoal *goal = g_ptr_array_index (row->goals, i);
          g_autoptr(TaGoal) copy = ta_goal_new (ta_goal_get_title (goal), ta_goal_get_done (goal));

          g_list_store_append (pairing->goals, copy);
        }
    }
}

/* Rules of one pairing on its own, with the values it ends up with. */
static void
check_target (Parsed    *parsed,
              Row       *row,
              TaPairing *target)
{
  if (target->status == TA_PAIRING_STATUS_ENDED && _ta_text_is_blank (target->end_reason))
    add_problem (parsed, row->line, TA_PAIRING_COLUMN_END_REASON, _("Say why the pairing ended"));

  /* Said on the row already when both dates are in it. */
  if (target->started_on != NULL && target->ended_on != NULL &&
      strcmp (target->ended_on, target->started_on) < 0 &&
      (row->started == NULL || row->ended == NULL))
    add_problem (parsed, row->line, TA_PAIRING_COLUMN_ENDED,
                 _("A pairing cannot end before it started"));
}

typedef struct
{
  Row           *row;
  TaParticipant *mentor;
  TaParticipant *mentee;
  TaPairing     *stored;   /* the pairing the row updates, or NULL */
  TaPairing     *target;   /* what the row makes of it, or the new one */
} Match;

static void
match_clear (gpointer data)
{
  Match *match = data;

  g_clear_object (&match->target);
}

static void
count_up (GHashTable *counts,
          gint64      id)
{
  gpointer key = GSIZE_TO_POINTER ((gsize) id);

  g_hash_table_insert (counts, key,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1));
}

static guint
count_of (GHashTable *counts,
          gint64      id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, GSIZE_TO_POINTER ((gsize) id)));
}

/* Rows of the same two people take their pairings in order: one row the
 * open pairing, or else the latest; several rows the pairings by age
 * (as the export writes them).  Rows left over form new pairings. */
static void
match_rows (GArray     *matches,
            GHashTable *stored)
{
  g_autoptr(GHashTable) rows_of_pair = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                               (GDestroyNotify) g_array_unref);

  for (guint i = 0; i < matches->len; i++)
    {
      Match *match = &g_array_index (matches, Match, i);
      char *key;
      GArray *rows;

      if (match->mentor == NULL || match->mentee == NULL)
        continue;

      key = pair_key (match->mentor->id, match->mentee->id);
      rows = g_hash_table_lookup (rows_of_pair, key);
      if (rows == NULL)
        {
          rows = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (rows_of_pair, key, rows);
        }
      else
        g_free (key);
      g_array_append_val (rows, i);
    }

  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, rows_of_pair);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        GArray *rows = value;
        GPtrArray *pairings = g_hash_table_lookup (stored, key);

        if (pairings == NULL)
          continue;

        if (rows->len == 1)
          {
            TaPairing *chosen = g_ptr_array_index (pairings, pairings->len - 1);

            for (guint j = 0; j < pairings->len; j++)
              {
                TaPairing *pairing = g_ptr_array_index (pairings, j);

                if (ta_pairing_status_is_open (pairing->status))
                  chosen = pairing;
              }
            g_array_index (matches, Match, g_array_index (rows, guint, 0)).stored = chosen;
            continue;
          }

        for (guint j = 0; j < rows->len && j < pairings->len; j++)
          g_array_index (matches, Match, g_array_index (rows, guint, j)).stored =
            g_ptr_array_index (pairings, j);
      }
  }
}

/* One open pairing per mentee, and no more than capacity per mentor, once
 * the file is in.  Pairings already there are counted first (a change can
 * only close one), then the new open ones in file order, so that the row
 * that breaks a rule is the one told. */
static void
check_places (Parsed    *parsed,
              GArray    *matches,
              GPtrArray *pairings)
{
  g_autoptr(GHashTable) final_status = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) as_mentee = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) as_mentor = g_hash_table_new (g_direct_hash, g_direct_equal);

  for (guint i = 0; i < matches->len; i++)
    {
      Match *match = &g_array_index (matches, Match, i);

      if (match->stored != NULL && match->target != NULL)
        g_hash_table_insert (final_status, match->stored,
                             GINT_TO_POINTER (match->target->status + 1));
    }

  for (guint i = 0; i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);
      int status = GPOINTER_TO_INT (g_hash_table_lookup (final_status, pairing)) - 1;

      if (ta_pairing_status_is_open (status >= 0 ? (TaPairingStatus) status : pairing->status))
        {
          count_up (as_mentee, pairing->mentee_id);
          count_up (as_mentor, pairing->mentor_id);
        }
    }

  for (guint i = 0; i < matches->len; i++)
    {
      Match *match = &g_array_index (matches, Match, i);

      if (match->stored != NULL || match->target == NULL ||
          !ta_pairing_status_is_open (match->target->status))
        continue;

      count_up (as_mentee, match->mentee->id);
      count_up (as_mentor, match->mentor->id);

      if (count_of (as_mentee, match->mentee->id) > 1)
        add_problem_printf (parsed, match->row->line, TA_PAIRING_COLUMN_MENTEE,
                            _("%s already has a mentor"), ta_participant_get_name (match->mentee));

      /* Said once, on the first row over the limit. */
      if (count_of (as_mentor, match->mentor->id) == (guint) MAX (match->mentor->capacity, 0) + 1)
        add_problem_printf (parsed, match->row->line, TA_PAIRING_COLUMN_MENTOR,
                            ngettext ("%s has no place left: they mentor at most %d person",
                                      "%s has no place left: they mentor at most %d people",
                                      match->mentor->capacity),
                            ta_participant_get_name (match->mentor), match->mentor->capacity);
    }
}

/* Step 2, inside the import's transaction: what the rows make of the
 * programme as it is while the import holds the write lock. */
static gboolean
read_pairings (TaStore     *store,
               gpointer     user_data,
               GPtrArray  **out_new,
               GPtrArray  **out_changed,
               GError     **error)
{
  Parsed *parsed = user_data;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GArray) rules = NULL;
  g_autoptr(TaMatcher) matcher = NULL;
  g_autoptr(GHashTable) people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) stored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GArray) matches = g_array_sized_new (FALSE, TRUE, sizeof (Match), parsed->rows->len);
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_object_unref);
  TaMatchSettings settings;
  Resolve resolve;

  g_array_set_clear_func (matches, match_clear);

  if ((participants = ta_store_list_participants (store, error)) == NULL ||
      (pairings = ta_store_list_pairings (store, error)) == NULL ||
      (rules = ta_store_list_pair_rules (store, error)) == NULL ||
      !ta_store_get_match_settings (store, &settings, error))
    return FALSE;

  /* The matcher knows the reporting lines, and scores new pairs as they
   * would have been scored had they been formed here. */
  matcher = ta_matcher_new (participants, pairings, rules, &settings);

  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);

      g_hash_table_insert (people, ta_email_fold (participant->email), participant);
    }

  for (guint i = 0; i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);
      char *key = pair_key (pairing->mentor_id, pairing->mentee_id);
      GPtrArray *same = g_hash_table_lookup (stored, key);

      if (same == NULL)
        {
          same = g_ptr_array_new ();
          g_hash_table_insert (stored, key, same);
        }
      else
        g_free (key);
      g_ptr_array_add (same, pairing);
    }

  resolve = (Resolve) { parsed, people };
  g_array_set_size (matches, parsed->rows->len);
  for (guint i = 0; i < parsed->rows->len; i++)
    {
      Match *match = &g_array_index (matches, Match, i);

      match->row = g_ptr_array_index (parsed->rows, i);
      match->mentor = find_person (&resolve, match->row, TA_PAIRING_COLUMN_MENTOR);
      match->mentee = find_person (&resolve, match->row, TA_PAIRING_COLUMN_MENTEE);
      if (match->mentor == match->mentee)
        match->mentor = match->mentee = NULL;
    }

  match_rows (matches, stored);

  for (guint i = 0; i < matches->len; i++)
    {
      Match *match = &g_array_index (matches, Match, i);
      Row *row = match->row;

      if (match->mentor == NULL || match->mentee == NULL)
        continue;

      if (match->stored != NULL)
        {
          match->target = ta_pairing_copy (match->stored);
          apply_row (parsed, row, match->target);

          if (match->target->status != match->stored->status &&
              !ta_pairing_status_can_change (match->stored->status, match->target->status))
            add_problem_printf (parsed, row->line, TA_PAIRING_COLUMN_STATUS,
                                /* Translators: both are pairing statuses, e.g. “Completed” and “Active” */
                                _("A pairing that is “%1$s” cannot become “%2$s”"),
                                ta_pairing_status_get_label (match->stored->status),
                                ta_pairing_status_get_label (match->target->status));
          check_target (parsed, row, match->target);

          if (pairing_equal (match->target, match->stored))
            parsed->n_unchanged++;
          else
            g_ptr_array_add (changed, g_object_ref (match->target));
        }
      else
        {
          g_auto(TaScore) score = { 0 };
          g_autofree char *reason = NULL;

          match->target = ta_pairing_new (match->mentor->id, match->mentee->id);
          match->target->status = TA_PAIRING_STATUS_ACTIVE;
          apply_row (parsed, row, match->target);

          /* The matcher's rule, for a pair that is to run; a pair of the
           * past is history, whatever the reporting lines are now. */
          if (ta_pairing_status_is_open (match->target->status))
            reason = _ta_matcher_reporting_reason (matcher, match->mentor->id, match->mentee->id);
          if (reason != NULL)
            add_problem_printf (parsed, row->line, TA_PAIRING_COLUMN_MENTEE,
                                /* Translators: %s says who reports to whom, e.g. “Ana reports
                                 * to Marc (2 levels up)” */
                                _("%s: nobody is paired within their own reporting line"),
                                reason);
          check_target (parsed, row, match->target);

          if (ta_matcher_score (matcher, match->mentor->id, match->mentee->id, &score, NULL))
            {
              match->target->score = score.total;
              match->target->explanation = ta_score_to_explanation (&score);
            }
          g_ptr_array_add (added, g_object_ref (match->target));
        }
    }

  check_places (parsed, matches, pairings);

  if (_ta_csv_problems_count (&parsed->problems) > 0)
    {
      _ta_csv_problems_set_error (&parsed->problems, error);
      return FALSE;
    }

  parsed->n_added = added->len;
  parsed->n_changed = changed->len;
  *out_new = g_steal_pointer (&added);
  *out_changed = g_steal_pointer (&changed);
  return TRUE;
}

/* Steps 2 and 3, on the caller's thread.  A file with problems already
 * is still checked against the programme, so that one pass reports
 * everything, and then refused. */
gboolean
_ta_pairings_csv_commit (gpointer         data,
                         TaStore         *store,
                         gboolean         dry_run,
                         TaImportResult  *result,
                         GError         **error)
{
  Parsed *parsed = data;
  gboolean ok;

  ok = _ta_store_import_pairings (store, read_pairings, parsed,
                                  dry_run || _ta_csv_problems_count (&parsed->problems) > 0, error);
  if (ok && _ta_csv_problems_count (&parsed->problems) > 0)
    {
      _ta_csv_problems_set_error (&parsed->problems, error);
      ok = FALSE;
    }

  _ta_csv_problems_fill_result (&parsed->problems, parsed->unknown_columns, result);
  if (ok)
    {
      result->added = parsed->n_added;
      result->updated = parsed->n_changed;
      result->unchanged = parsed->n_unchanged;
    }

  return ok;
}

