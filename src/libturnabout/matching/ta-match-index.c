/* ta-match-index.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Building the matcher's snapshot: people as numbers (bit sets of
 * topics and languages, interned departments, the reporting forest),
 * and the rules (blocks, pins, earlier pairs) sorted for lookup. */

#define G_LOG_DOMAIN "turnabout-match"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-store.h"
#include "ta-match-snapshot-private.h"

/* --- Building the snapshot ------------------------------------------ */

char *
_ta_match_fold_term (const char *term)
{
  g_autofree char *stripped = g_strstrip (g_strdup (term));

  return g_utf8_casefold (stripped, -1);
}

static guint
intern (GHashTable *table,
        const char *text)
{
  g_autofree char *folded = NULL;
  gpointer value;

  if (text == NULL)
    return 0;

  folded = _ta_match_fold_term (text);
  if (*folded == '\0')
    return 0;

  if (g_hash_table_lookup_extended (table, folded, NULL, &value))
    return GPOINTER_TO_UINT (value);

  value = GUINT_TO_POINTER (g_hash_table_size (table) + 1);
  g_hash_table_insert (table, g_steal_pointer (&folded), value);
  return GPOINTER_TO_UINT (value);
}

static int
compare_participant_ids (gconstpointer a,
                         gconstpointer b)
{
  gint64 id_a = ta_participant_get_id (*(TaParticipant **) a);
  gint64 id_b = ta_participant_get_id (*(TaParticipant **) b);

  return id_a < id_b ? -1 : id_a > id_b;
}

gint32
_ta_match_find_person (const TaMatcher *self,
                       gint64           id)
{
  guint low = 0;
  guint high = self->n_people;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (self->people[middle].id < id)
        low = middle + 1;
      else
        high = middle;
    }

  if (low < self->n_people && self->people[low].id == id)
    return (gint32) low;

  return -1;
}

static int
compare_rules (gconstpointer a,
               gconstpointer b)
{
  const Rule *rule_a = a;
  const Rule *rule_b = b;

  if (rule_a->mentee != rule_b->mentee)
    return rule_a->mentee < rule_b->mentee ? -1 : 1;
  if (rule_a->mentor != rule_b->mentor)
    return rule_a->mentor < rule_b->mentor ? -1 : 1;
  return (int) rule_a->kind - (int) rule_b->kind;
}

/* The first rule of @mentee, or n_rules. */
guint
_ta_match_first_rule_of (const TaMatcher *self,
                         guint            mentee)
{
  guint low = 0;
  guint high = self->n_rules;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (self->rules[middle].mentee < mentee)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

gboolean
_ta_match_has_rule (const TaMatcher *self,
                    guint            mentor,
                    guint            mentee,
                    RuleKind         kind)
{
  for (guint r = _ta_match_first_rule_of (self, mentee);
       r < self->n_rules && self->rules[r].mentee == mentee; r++)
    {
      if (self->rules[r].mentor == mentor && self->rules[r].kind == kind)
        return TRUE;
    }

  return FALSE;
}

static void
compute_points (TaMatcher *self)
{
  double sum = 0;

  for (guint i = 0; i < TA_N_CRITERIA; i++)
    sum += self->settings.weights[i];

  for (guint i = 0; i < TA_N_CRITERIA; i++)
    self->max_points[i] = sum > 0 ? self->settings.weights[i] / sum * 100.0 : 0;

  for (int d = -6; d <= 6; d++)
    {
      double fraction = CLAMP ((double) d / REVERSE_FULL_LEVELS, 0.0, 1.0);

      self->reverse_points[d + 6] = (float) (self->max_points[TA_CRITERION_REVERSE] * fraction);
    }

  for (guint s = 0; s <= AVAILABILITY_FULL_SLOTS; s++)
    self->availability_points[s] =
      (float) (self->max_points[TA_CRITERION_AVAILABILITY] * s / AVAILABILITY_FULL_SLOTS);
}

/**
 * ta_matcher_new:
 * @participants: (element-type TaParticipant): everyone, with their ids
 * @pairings: (element-type TaPairing) (nullable): every pairing
 * @rules: (element-type TaPairRule) (nullable): blocks and pins
 * @settings: how to score
 *
 * A snapshot of a programme given in memory, as ta_matcher_new_from_store()
 * makes from a store.  The participants are kept (by reference) and must
 * not change afterwards; pairings and rules naming someone not in
 * @participants are ignored.
 *
 * Returns: (transfer full): the matcher
 */
TaMatcher *
ta_matcher_new (GPtrArray             *participants,
                GPtrArray             *pairings,
                GArray                *rules,
                const TaMatchSettings *settings)
{
  g_autoptr(TaMatcher) self = NULL;
  g_autoptr(GHashTable) languages = NULL;
  g_autoptr(GHashTable) departments = NULL;
  g_autoptr(GArray) rule_array = NULL;
  guint n_terms;
  guint n_languages;

  g_return_val_if_fail (participants != NULL, NULL);
  g_return_val_if_fail (settings != NULL, NULL);

  self = g_object_new (TA_TYPE_MATCHER, NULL);
  self->settings = *settings;
  compute_points (self);

  self->participants = g_ptr_array_new_full (participants->len, g_object_unref);
  for (guint i = 0; i < participants->len; i++)
    g_ptr_array_add (self->participants, g_object_ref (g_ptr_array_index (participants, i)));
  g_ptr_array_sort (self->participants, compare_participant_ids);

  self->n_people = self->participants->len;
  self->people = g_new0 (Person, MAX (self->n_people, 1));

  /* First the vocabularies, to know how many words a bit set needs. */
  self->terms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  languages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  departments = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < self->n_people; i++)
    {
      TaParticipant *participant = g_ptr_array_index (self->participants, i);
      const char * const *offers = ta_participant_get_offers (participant);
      const char * const *seeks = ta_participant_get_seeks (participant);
      const char * const *spoken = ta_participant_get_languages (participant);

      for (guint t = 0; offers != NULL && offers[t] != NULL; t++)
        intern (self->terms, offers[t]);
      for (guint t = 0; seeks != NULL && seeks[t] != NULL; t++)
        intern (self->terms, seeks[t]);
      for (guint t = 0; spoken != NULL && spoken[t] != NULL; t++)
        intern (languages, spoken[t]);
    }

  n_terms = g_hash_table_size (self->terms);
  n_languages = g_hash_table_size (languages);
  self->n_topic_words = MAX ((n_terms + 63) / 64, 1);
  self->n_language_words = MAX ((n_languages + 63) / 64, 1);
  self->stride = 2 * self->n_topic_words + self->n_language_words;
  self->bits = g_new0 (guint64, (gsize) MAX (self->n_people, 1) * self->stride);

  for (guint i = 0; i < self->n_people; i++)
    {
      TaParticipant *participant = g_ptr_array_index (self->participants, i);
      Person *person = &self->people[i];
      const char * const *offers = ta_participant_get_offers (participant);
      const char * const *seeks = ta_participant_get_seeks (participant);
      const char * const *spoken = ta_participant_get_languages (participant);
      guint64 *seek_bits = person_seeks (self, i);
      TaRole role = ta_participant_get_role (participant);
      int level = ta_participant_get_career_level (participant);
      guint n_seeks = 0;

      person->participant = participant;
      person->id = ta_participant_get_id (participant);
      person->level = level >= TA_CAREER_LEVEL_MIN && level <= TA_CAREER_LEVEL_MAX ? (guint8) level : 0;
      person->availability = ta_participant_get_availability (participant) & TA_AVAILABILITY_ALL;
      person->department = intern (departments, ta_participant_get_department (participant));
      person->places = MAX (ta_participant_get_capacity (participant), 0);

      if (ta_participant_get_status (participant) == TA_PARTICIPANT_STATUS_ACTIVE)
        person->flags |= PERSON_ACTIVE;
      if (role == TA_ROLE_MENTOR || role == TA_ROLE_BOTH)
        person->flags |= PERSON_MENTOR;
      if (role == TA_ROLE_MENTEE || role == TA_ROLE_BOTH)
        person->flags |= PERSON_MENTEE;

      for (guint t = 0; offers != NULL && offers[t] != NULL; t++)
        {
          guint term = intern (self->terms, offers[t]);

          if (term > 0)
            set_bit (person_offers (self, i), term - 1);
        }
      for (guint t = 0; seeks != NULL && seeks[t] != NULL; t++)
        {
          guint term = intern (self->terms, seeks[t]);

          /* Count each wanted topic once, however often it is listed. */
          if (term > 0 && !has_bit (seek_bits, term - 1))
            {
              set_bit (seek_bits, term - 1);
              n_seeks++;
            }
        }
      for (guint t = 0; spoken != NULL && spoken[t] != NULL; t++)
        {
          guint language = intern (languages, spoken[t]);

          if (language > 0)
            {
              set_bit (person_languages (self, i), language - 1);
              person->flags |= PERSON_LANGUAGES;
            }
        }

      person->n_seeks = (guint16) MIN (n_seeks, G_MAXUINT16);
      person->seeks_inverse = n_seeks > 0 ? 1.0f / (float) MIN (n_seeks, TOPIC_SATURATION) : 0.0f;
    }

  /* The lines' indices are the people's; the hot loop reads the
   * depth-first numbers from Person, next to the rest. */
  self->lines = ta_reporting_lines_new (self->n_people);
  for (guint i = 0; i < self->n_people; i++)
    {
      gint64 manager_id = ta_participant_get_reports_to (self->people[i].participant);

      ta_reporting_lines_add (self->lines, self->people[i].id,
                              manager_id > 0 && manager_id != self->people[i].id ? manager_id : 0);
    }
  for (guint i = 0; i < self->n_people; i++)
    ta_reporting_lines_get_span (self->lines, i, &self->people[i].tin, &self->people[i].tout);

  /* Open pairings hold places; closed ones are the history. */
  rule_array = g_array_new (FALSE, FALSE, sizeof (Rule));
  for (guint i = 0; pairings != NULL && i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);
      TaPairingStatus status = ta_pairing_get_status (pairing);
      gint32 mentor = _ta_match_find_person (self, ta_pairing_get_mentor_id (pairing));
      gint32 mentee = _ta_match_find_person (self, ta_pairing_get_mentee_id (pairing));

      if (mentor < 0 || mentee < 0)
        continue;

      if (ta_pairing_status_is_open (status))
        {
          self->people[mentor].places--;
          self->people[mentee].open_as_mentee = TRUE;
        }
      else
        {
          Rule rule = { (guint32) mentee, (guint32) mentor,
                        status == TA_PAIRING_STATUS_COMPLETED ? RULE_EARLIER_COMPLETED
                                                              : RULE_EARLIER_ENDED };

          g_array_append_val (rule_array, rule);
        }
    }

  for (guint i = 0; i < self->n_people; i++)
    self->people[i].places = MAX (self->people[i].places, 0);

  for (guint i = 0; rules != NULL && i < rules->len; i++)
    {
      const TaPairRule *pair_rule = &g_array_index (rules, TaPairRule, i);
      gint32 mentor = _ta_match_find_person (self, pair_rule->mentor_id);
      gint32 mentee = _ta_match_find_person (self, pair_rule->mentee_id);
      Rule rule;

      if (mentor < 0 || mentee < 0)
        continue;

      rule.mentee = (guint32) mentee;
      rule.mentor = (guint32) mentor;
      rule.kind = pair_rule->kind == TA_PAIR_RULE_PIN ? RULE_PIN : RULE_BLOCK;
      g_array_append_val (rule_array, rule);
    }

  g_array_sort (rule_array, compare_rules);
  self->n_rules = rule_array->len;
  self->rules = (Rule *) g_array_free (g_steal_pointer (&rule_array), FALSE);

  return g_steal_pointer (&self);
}

/**
 * ta_matcher_new_from_store:
 * @store: a #TaStore
 * @error: a #TA_STORE_ERROR
 *
 * Reads everyone, every pairing, the blocks and pins and the settings of
 * @store into a snapshot.  Call it on the store's thread; the matcher can
 * then be used from any thread.
 *
 * Returns: (transfer full) (nullable): the matcher
 */
TaMatcher *
ta_matcher_new_from_store (TaStore  *store,
                           GError  **error)
{
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GArray) rules = NULL;
  TaMatchSettings settings;

  g_return_val_if_fail (TA_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((participants = ta_store_list_participants (store, error)) == NULL ||
      (pairings = ta_store_list_pairings (store, error)) == NULL ||
      (rules = ta_store_list_pair_rules (store, error)) == NULL ||
      !ta_store_get_match_settings (store, &settings, error))
    return NULL;

  return ta_matcher_new (participants, pairings, rules, &settings);
}
