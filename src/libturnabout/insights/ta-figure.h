/* ta-figure.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * TaInsightsSection:
 *
 * The eleven sections of Insights, in the order the page and the report
 * show them.
 */
typedef enum
{
  TA_INSIGHTS_SECTION_PARTICIPATION,
  TA_INSIGHTS_SECTION_MATCHING,
  TA_INSIGHTS_SECTION_ACTIVATION,
  TA_INSIGHTS_SECTION_ENGAGEMENT,
  TA_INSIGHTS_SECTION_SESSIONS,
  TA_INSIGHTS_SECTION_FORMATS,
  TA_INSIGHTS_SECTION_LEARNING,
  TA_INSIGHTS_SECTION_GOALS,
  TA_INSIGHTS_SECTION_RETENTION,
  TA_INSIGHTS_SECTION_BOARD,
  TA_INSIGHTS_SECTION_MOMENTUM,
  TA_INSIGHTS_SECTION_CHECK_INS,
} TaInsightsSection;

#define TA_N_INSIGHTS_SECTIONS 12

/* Translated heading ("Participation", "Match rate", …). */
const char *ta_insights_section_get_title       (TaInsightsSection section);
/* One translated sentence: what the section is about. */
const char *ta_insights_section_get_description (TaInsightsSection section);

/**
 * TaFigureUnit:
 * @TA_FIGURE_UNIT_COUNT: a whole number (people, pairs, sessions)
 * @TA_FIGURE_UNIT_SHARE: a fraction 0–1, shown as a percentage
 * @TA_FIGURE_UNIT_RATIO: x to 1 ("1.3 : 1")
 * @TA_FIGURE_UNIT_DAYS: a number of days
 * @TA_FIGURE_UNIT_HOURS: a number of hours, one decimal
 * @TA_FIGURE_UNIT_RATING: an average rating out of 5, one decimal
 * @TA_FIGURE_UNIT_PER_MONTH: an average per month, one decimal
 * @TA_FIGURE_UNIT_SCORE: a net promoter score, -100 to 100, signed
 * @TA_FIGURE_UNIT_CHANGE: a signed difference, one decimal (+0.8)
 */
typedef enum
{
  TA_FIGURE_UNIT_COUNT,
  TA_FIGURE_UNIT_SHARE,
  TA_FIGURE_UNIT_RATIO,
  TA_FIGURE_UNIT_DAYS,
  TA_FIGURE_UNIT_HOURS,
  TA_FIGURE_UNIT_RATING,
  TA_FIGURE_UNIT_PER_MONTH,
  TA_FIGURE_UNIT_SCORE,
  TA_FIGURE_UNIT_CHANGE,
} TaFigureUnit;

/**
 * TaSubjectKind:
 *
 * What the ids behind a figure or a table row are: clicking a figure
 * lists them, and a row opens its record.
 */
typedef enum
{
  TA_SUBJECT_NONE,
  TA_SUBJECT_PARTICIPANTS,
  TA_SUBJECT_PAIRINGS,
  TA_SUBJECT_SESSIONS,
  TA_SUBJECT_TOPICS,
} TaSubjectKind;

/* Below this many people, a figure that leaves the machine (report,
 * exported data, JSON) says "fewer than 5" instead of its numbers. */
#define TA_FIGURE_MIN_PEOPLE 5

#define TA_TYPE_FIGURE (ta_figure_get_type ())

/*
 * One measured figure of Insights: its value, how it is defined and how
 * this value was computed, and the records behind it.  Read-only once
 * made (by the insights computation).
 */
G_DECLARE_FINAL_TYPE (TaFigure, ta_figure, TA, FIGURE, GObject)

TaFigure          *ta_figure_new                 (const char        *key,
                                                  TaInsightsSection  section,
                                                  TaFigureUnit       unit,
                                                  const char        *title,
                                                  const char        *definition);

/* Stable machine name ("match-rate"), used by the CLI's JSON. */
const char        *ta_figure_get_key             (TaFigure          *self);
TaInsightsSection  ta_figure_get_section         (TaFigure          *self);
TaFigureUnit       ta_figure_get_unit            (TaFigure          *self);
/* Translated short name: "Match rate". */
const char        *ta_figure_get_title           (TaFigure          *self);
/* Translated general definition: "Active participants in an active or
 * paused pair, divided by the active participants." */
const char        *ta_figure_get_definition      (TaFigure          *self);
/* Translated sentence with this period's numbers: "32 of 41 active
 * participants are in an active or paused pair." */
const char        *ta_figure_get_computation     (TaFigure          *self);
void               ta_figure_set_computation     (TaFigure          *self,
                                                  const char        *computation);

/* NAN when there is nothing to compute it on (a share of nobody). */
double             ta_figure_get_value           (TaFigure          *self);
void               ta_figure_set_value           (TaFigure          *self,
                                                  double             value);
/* A share or an average: what was divided by what.  For a plain count
 * the numerator is the value and the denominator NAN. */
double             ta_figure_get_numerator       (TaFigure          *self);
double             ta_figure_get_denominator     (TaFigure          *self);
void               ta_figure_set_ratio           (TaFigure          *self,
                                                  double             numerator,
                                                  double             denominator);

/* How many distinct people the figure is based on (see
 * TA_FIGURE_MIN_PEOPLE). */
guint              ta_figure_get_n_people        (TaFigure          *self);
void               ta_figure_set_n_people        (TaFigure          *self,
                                                  guint              n_people);
/* TRUE when based on 1 to 4 people: show "fewer than 5" outside. */
gboolean           ta_figure_is_small            (TaFigure          *self);

/* A published target (match rate 70 %, quality 4/5): NAN if none, and
 * who published it ("Mentorloop's published target"). */
double             ta_figure_get_target          (TaFigure          *self);
const char        *ta_figure_get_target_label    (TaFigure          *self);
void               ta_figure_set_target          (TaFigure          *self,
                                                  double             target,
                                                  const char        *label);
/* TRUE when the value meets the target (at or above it). */
gboolean           ta_figure_meets_target        (TaFigure          *self);

/* The pairs, people, sessions or topics behind the figure. */
TaSubjectKind      ta_figure_get_subject_kind    (TaFigure          *self);
const gint64      *ta_figure_get_subjects        (TaFigure          *self,
                                                  guint             *out_n);
void               ta_figure_set_subjects        (TaFigure          *self,
                                                  TaSubjectKind      kind,
                                                  const gint64      *ids,
                                                  guint              n);

/* The value in the locale's format with its unit ("78 %", "12.5 h",
 * "4.2 / 5", "—" when NAN); with @for_outside, "fewer than 5" when the
 * figure is small. */
char              *ta_figure_format_value        (TaFigure          *self,
                                                  gboolean           for_outside);
/* Formats any value in @unit the same way. */
char              *ta_figure_format_number       (TaFigureUnit       unit,
                                                  double             value);

G_END_DECLS
