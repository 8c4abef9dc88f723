/* ta-match.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-match-settings.h"
#include "ta-pairing.h"
#include "ta-error.h"
#include "ta-match-settings.h"
#include "ta-pairing.h"
#include "ta-participant.h"
#include "ta-recurrence.h"
#include "ta-session.h"
#include "ta-topic.h"

/* Named only: including this header does not bring in the store's. */
typedef struct _TaStore TaStore;

G_BEGIN_DECLS

/**
 * TaScorePart:
 * @criterion: which criterion
 * @points: its contribution to the 0–100 score
 * @max_points: the most it could have given with these weights
 * @reason: (nullable): one line a person can read ("Offers 2 of the 3
 *   topics wanted: AI tools, Prompt writing")
 */
typedef struct
{
  TaCriterion criterion;
  double points;
  double max_points;
  char *reason;
} TaScorePart;

/**
 * TaScore:
 * @total: 0–100
 * @forbidden: the pair may not be formed at all
 * @forbidden_reason: (nullable): why ("Ana reports to Marc (2 levels up)")
 * @parts: one per #TaCriterion, in order
 */
typedef struct
{
  double total;
  gboolean forbidden;
  char *forbidden_reason;
  TaScorePart parts[TA_N_CRITERIA];
} TaScore;

void     ta_score_clear                 (TaScore *score);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TaScore, ta_score_clear)

/* "criterion<TAB>points<TAB>max<TAB>reason" lines, for TaPairing:explanation. */
char    *ta_score_to_explanation        (const TaScore *score);
gboolean ta_score_from_explanation      (const char    *explanation,
                                         TaScore       *out_score);

#define TA_TYPE_MATCHER (ta_matcher_get_type ())

/*
 * A snapshot of a programme prepared for scoring: every participant,
 * pairing, block and pin, and the settings.  Scoring a pair is cheap once
 * this is built (bit sets for skills, topics, languages and half-days; the
 * reporting chain of everyone), so a whole cohort can be scored.
 */
G_DECLARE_FINAL_TYPE (TaMatcher, ta_matcher, TA, MATCHER, GObject)

/* Reads everything from the store; call on the store's thread. */
TaMatcher *ta_matcher_new_from_store (TaStore                *store,
                                      GError                **error);
/* The same from objects in memory (participants with their ids). */
TaMatcher *ta_matcher_new            (GPtrArray              *participants,
                                      GPtrArray              *pairings,
                                      GArray                 *rules,
                                      const TaMatchSettings  *settings);
TaParticipant *ta_matcher_get_participant (TaMatcher         *self,
                                          gint64             id);
gboolean   ta_matcher_score          (TaMatcher              *self,
                                      gint64                  mentor_id,
                                      gint64                  mentee_id,
                                      TaScore                *out_score,
                                      GError                **error);

/**
 * TaSuggestion:
 * @mentor_id: the mentor
 * @mentee_id: the mentee
 * @score: the score with its breakdown
 * @pinned: formed because of a "must pair" pin
 */
typedef struct
{
  gint64 mentor_id;
  gint64 mentee_id;
  TaScore score;
  gboolean pinned;
} TaSuggestion;

/**
 * TaUnpaired:
 * @participant_id: someone who was not paired
 * @as_mentor: %TRUE if left over as a mentor (with places free)
 * @reason: why, in words ("No compatible mentor: most are in their
 *   reporting line", "Compatible mentors are all taken")
 */
typedef struct
{
  gint64 participant_id;
  gboolean as_mentor;
  char *reason;
} TaUnpaired;

/**
 * TaSuggestions:
 * @suggestions: (element-type TaSuggestion): by mentee name
 * @unpaired: (element-type TaUnpaired)
 * @total: the sum of the scores: the best any pairing of this cohort that
 *   pairs as many people as possible reaches
 */
typedef struct
{
  GArray *suggestions;
  GArray *unpaired;
  double total;
} TaSuggestions;

void            ta_suggestions_free       (TaSuggestions *suggestions);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TaSuggestions, ta_suggestions_free)

/*
 * The provably best pairing of everyone not paired yet: active mentors
 * with places left (capacity minus their open pairings) and active mentees
 * without an open pairing.  Pins first, then an exact assignment that
 * pairs as many people as possible and, among those pairings, has the
 * highest total score; pairs that score 0 are never suggested.  Safe to
 * run in a thread: the matcher is a snapshot.  @progress_callback
 * (nullable) is called with 0.0–1.0 from that thread.
 */
typedef void (*TaMatchProgress) (double fraction, gpointer user_data);

TaSuggestions  *ta_matcher_suggest        (TaMatcher        *self,
                                           GCancellable     *cancellable,
                                           TaMatchProgress   progress_callback,
                                           gpointer          progress_data,
                                           GError          **error);

/* Best partners for one participant, by score, allowed ones first, then
 * the forbidden ones with their reason (a full mentor or a mentee who
 * has a mentor count as forbidden here); as a mentee (@as_mentor FALSE)
 * or as a mentor.  At most @limit, 0 for all.
 * Returns an array of TaSuggestion that clears its elements. */
GArray         *ta_matcher_rank_partners  (TaMatcher        *self,
                                           gint64            participant_id,
                                           gboolean          as_mentor,
                                           guint             limit,
                                           GError          **error);

G_END_DECLS
