/* ta-check-in.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * Check-ins: a pair's answers to the reverse-mentoring question bank
 * (docs/exchange.md, "Check-ins").  One TaCheckIn is one person's answer
 * to one check-in; which fields it carries depends on its kind:
 *
 * - baseline (at the pair's start): confidence, the "before" self-rating;
 * - fit (after the first held one-on-one): fit;
 * - relationship (30 days in, then every 60 days): quality, works,
 *   not_working;
 * - closing (when the pair completes or ends): changed, recommend, keep,
 *   and confidence, the "after" self-rating.
 *
 * The self-rating is the senior's (mentee's) confidence with digital
 * tools, and the junior's (mentor's) confidence speaking up.
 */

/**
 * TaCheckInKind:
 * @TA_CHECK_IN_BASELINE: the self-rating before the pair starts
 * @TA_CHECK_IN_FIT: the fit check after the first held session
 * @TA_CHECK_IN_RELATIONSHIP: the relationship check, 30 days in, then every 60
 * @TA_CHECK_IN_CLOSING: the closing check when the pair completes or ends
 */
typedef enum
{
  TA_CHECK_IN_BASELINE,
  TA_CHECK_IN_FIT,
  TA_CHECK_IN_RELATIONSHIP,
  TA_CHECK_IN_CLOSING,
} TaCheckInKind;

#define TA_CHECK_IN_N_KINDS 4

/**
 * TaPairSide:
 * @TA_PAIR_SIDE_MENTOR: the mentor (the junior, in reverse mentoring)
 * @TA_PAIR_SIDE_MENTEE: the mentee (the senior)
 */
typedef enum
{
  TA_PAIR_SIDE_MENTOR,
  TA_PAIR_SIDE_MENTEE,
} TaPairSide;

/**
 * TaCheckInFit:
 * @TA_CHECK_IN_FIT_NONE: not asked (not a fit check)
 * @TA_CHECK_IN_FIT_GOOD: a good fit
 * @TA_CHECK_IN_FIT_DECIDING: still deciding: asked again after the next held session
 * @TA_CHECK_IN_FIT_NOT_A_FIT: not a fit: the pair is flagged for the facilitator
 */
typedef enum
{
  TA_CHECK_IN_FIT_NONE,
  TA_CHECK_IN_FIT_GOOD,
  TA_CHECK_IN_FIT_DECIDING,
  TA_CHECK_IN_FIT_NOT_A_FIT,
} TaCheckInFit;

/**
 * TaCheckInSource:
 * @TA_CHECK_IN_SOURCE_APP: answered in this Turnabout
 * @TA_CHECK_IN_SOURCE_EXCHANGE: came in a pair update
 * @TA_CHECK_IN_SOURCE_PAPER: recorded by the facilitator from a meeting or a paper form
 */
typedef enum
{
  TA_CHECK_IN_SOURCE_APP,
  TA_CHECK_IN_SOURCE_EXCHANGE,
  TA_CHECK_IN_SOURCE_PAPER,
} TaCheckInSource;

/* Stable names, as stored and as written in exchange files:
 * "baseline" "fit" "relationship" "closing"; "mentor" "mentee";
 * "good" "deciding" "not-a-fit"; "app" "exchange" "paper". */
const char  *ta_check_in_kind_to_string     (TaCheckInKind    kind);
gboolean     ta_check_in_kind_from_string   (const char      *text,
                                             TaCheckInKind   *out_kind);
const char  *ta_check_in_kind_get_label     (TaCheckInKind    kind);
const char  *ta_pair_side_to_string         (TaPairSide       side);
gboolean     ta_pair_side_from_string       (const char      *text,
                                             TaPairSide      *out_side);
const char  *ta_check_in_fit_to_string      (TaCheckInFit     fit);
gboolean     ta_check_in_fit_from_string    (const char      *text,
                                             TaCheckInFit    *out_fit);
const char  *ta_check_in_fit_get_label      (TaCheckInFit     fit);
const char  *ta_check_in_source_to_string   (TaCheckInSource  source);
gboolean     ta_check_in_source_from_string (const char      *text,
                                             TaCheckInSource *out_source);

#define TA_TYPE_CHECK_IN (ta_check_in_get_type ())

G_DECLARE_FINAL_TYPE (TaCheckIn, ta_check_in, TA, CHECK_IN, GObject)

TaCheckIn       *ta_check_in_new              (gint64           pairing_id,
                                               TaCheckInKind    kind,
                                               TaPairSide       side);
TaCheckIn       *ta_check_in_copy             (TaCheckIn       *self);

gint64           ta_check_in_get_id           (TaCheckIn       *self);
void             ta_check_in_set_id           (TaCheckIn       *self,
                                               gint64           id);
/* Stable across programmes: made when the answer is first saved. */
const char      *ta_check_in_get_uid          (TaCheckIn       *self);
void             ta_check_in_set_uid          (TaCheckIn       *self,
                                               const char      *uid);
gint64           ta_check_in_get_pairing_id   (TaCheckIn       *self);
void             ta_check_in_set_pairing_id   (TaCheckIn       *self,
                                               gint64           pairing_id);
TaCheckInKind    ta_check_in_get_kind         (TaCheckIn       *self);
TaPairSide       ta_check_in_get_side         (TaCheckIn       *self);
/* (transfer none) UTC; NULL until saved (the store sets "now") */
GDateTime       *ta_check_in_get_answered_at  (TaCheckIn       *self);
void             ta_check_in_set_answered_at  (TaCheckIn       *self,
                                               GDateTime       *answered_at);
TaCheckInSource  ta_check_in_get_source       (TaCheckIn       *self);
void             ta_check_in_set_source       (TaCheckIn       *self,
                                               TaCheckInSource  source);
TaCheckInFit     ta_check_in_get_fit          (TaCheckIn       *self);
void             ta_check_in_set_fit          (TaCheckIn       *self,
                                               TaCheckInFit     fit);
/* 1–5, 0 when not answered */
int              ta_check_in_get_quality      (TaCheckIn       *self);
void             ta_check_in_set_quality      (TaCheckIn       *self,
                                               int              quality);
const char      *ta_check_in_get_works        (TaCheckIn       *self);
void             ta_check_in_set_works        (TaCheckIn       *self,
                                               const char      *text);
const char      *ta_check_in_get_not_working  (TaCheckIn       *self);
void             ta_check_in_set_not_working  (TaCheckIn       *self,
                                               const char      *text);
const char      *ta_check_in_get_changed      (TaCheckIn       *self);
void             ta_check_in_set_changed      (TaCheckIn       *self,
                                               const char      *text);
/* 0–10, -1 when not answered */
int              ta_check_in_get_recommend    (TaCheckIn       *self);
void             ta_check_in_set_recommend    (TaCheckIn       *self,
                                               int              recommend);
const char      *ta_check_in_get_keep         (TaCheckIn       *self);
void             ta_check_in_set_keep         (TaCheckIn       *self,
                                               const char      *text);
/* 1–5, 0 when not answered */
int              ta_check_in_get_confidence   (TaCheckIn       *self);
void             ta_check_in_set_confidence   (TaCheckIn       *self,
                                               int              confidence);

/* The kind's required answers are there and in range (fit for a fit
 * check, quality for a relationship check, recommend for a closing check,
 * confidence for a baseline); TA_STORE_ERROR_INVALID naming the question. */
gboolean         ta_check_in_validate         (TaCheckIn       *self,
                                               GError         **error);

/**
 * TaCheckInDue:
 * @pairing_id: the pair
 * @kind: which check-in
 * @side: who answers it
 * @due_on: the local day it became due (a #GDate)
 * @answered: whether an answer covers it (for the facilitator's overview:
 *   answered ones are listed too, with their answer's id)
 * @check_in_id: the answer's id when @answered, else 0
 *
 * One check-in that is due (or was, and was answered) for one side of a
 * pair, as the due rules in docs/exchange.md compute them.
 */
typedef struct
{
  gint64         pairing_id;
  TaCheckInKind  kind;
  TaPairSide     side;
  GDate          due_on;
  gboolean       answered;
  gint64         check_in_id;
} TaCheckInDue;

/**
 * TaCheckInQuestionType:
 * @TA_CHECK_IN_QUESTION_FIT: one of good / still deciding / not a fit
 * @TA_CHECK_IN_QUESTION_SCALE: a number from @min to @max
 * @TA_CHECK_IN_QUESTION_TEXT: free text
 */
typedef enum
{
  TA_CHECK_IN_QUESTION_FIT,
  TA_CHECK_IN_QUESTION_SCALE,
  TA_CHECK_IN_QUESTION_TEXT,
} TaCheckInQuestionType;

/**
 * TaCheckInQuestion:
 * @field: the answer's field: "fit", "quality", "works", "not_working",
 *   "changed", "recommend", "keep" or "confidence"
 * @type: how it is answered
 * @text: the question, already translated
 * @low_label: for a scale, what @min means ("Not at all"), else NULL
 * @high_label: for a scale, what @max means, else NULL
 * @min: a scale's lowest value
 * @max: a scale's highest value
 * @required: whether the check-in cannot be saved without it
 */
typedef struct
{
  const char             *field;
  TaCheckInQuestionType   type;
  const char             *text;
  const char             *low_label;
  const char             *high_label;
  int                     min;
  int                     max;
  gboolean                required;
} TaCheckInQuestion;

/* The question bank (ta-check-in-questions.c), translated, in the order
 * they are asked; the self-rating's wording depends on @side. */
const TaCheckInQuestion *ta_check_in_get_questions (TaCheckInKind  kind,
                                                    TaPairSide     side,
                                                    guint         *out_n_questions);

G_END_DECLS
