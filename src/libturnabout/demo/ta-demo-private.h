/* ta-demo-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-demo.h"

G_BEGIN_DECLS

/* What the pieces of the sample programme share: the name tables
 * (ta-demo-names.c) and the steps after the people (pairings, calendar,
 * board), each in a file of its own.  All of it is sample data, not
 * interface text: see ta-demo.c. */

#define STRV(...) ((const char * const[]) { __VA_ARGS__, NULL })

/* How often a name already given is drawn again. */
#define MAX_NAME_ATTEMPTS 64

typedef struct
{
  const char * const *first_names;
  const char * const *last_names;
  const char         *language;   /* heritage or home language, or NULL */
  guint               weight;     /* how common, in percent */
  gboolean            belgian;    /* grew up here: speaks the local language */
  int                 region;     /* REGION_*: where they mostly live */
} Culture;

enum
{
  REGION_ANY,
  REGION_FLANDERS,
  REGION_WALLONIA,
};

typedef struct
{
  const char *name;
  const char *language;   /* the language of the street */
  int         region;
  guint       weight;     /* how many work there, roughly */
} Location;

typedef struct
{
  const char *name;
  /* Job titles by career level, 1 (graduate) to 7 (executive). */
  const char *titles[TA_CAREER_LEVEL_MAX + 1];
  guint       weight;
} Department;

/* Legal, in _ta_demo_departments: never drawn, always this many people. */
#define DEMO_SMALL_DEPARTMENT      5
#define DEMO_SMALL_DEPARTMENT_SIZE 3

extern const Culture     _ta_demo_cultures[11];
extern const Location    _ta_demo_locations[13];
extern const Department  _ta_demo_departments[10];
extern const char * const _ta_demo_digital_topics[20];
extern const char * const _ta_demo_experience_topics[16];
extern const char * const _ta_demo_notes_pool[14];
extern const guint       _ta_demo_level_weights[TA_CAREER_LEVEL_MAX + 1];
extern const char * const _ta_demo_companies[6];

/* The programme year the sample is in (ta-demo-dates.c): it began
 * DEMO_DAYS_IN days before today, so that it is about eleven months in
 * and every figure of Insights has a year of data. */
#define DEMO_DAYS_IN 335

typedef struct
{
  GDate       today;
  GDate       start;   /* the day the first of the cohort signed up */
  GTimeZone  *zone;    /* the company's: Europe/Brussels */
  GHashTable *joined;  /* participant id → julian day they joined */
  GHashTable *left;    /* participant id → julian day they left */
} DemoYear;

void     _ta_demo_year_init   (DemoYear     *year);
void     _ta_demo_year_clear  (DemoYear     *year);
/* The julian day @id joined (the start when unknown). */
guint32  _ta_demo_year_joined (DemoYear     *year,
                               gint64        id);
void     _ta_demo_year_leave  (DemoYear     *year,
                               gint64        id,
                               const GDate  *day);
/* "YYYY-MM-DD" of @date. */
char    *_ta_demo_date_text   (const GDate  *date);
/* Most people join with the cohort, the rest over the year; those who
 * left, left some time after. */
gboolean _ta_demo_draw_joining (TaStore     *store,
                                GRand       *rand,
                                DemoYear    *year,
                                GError     **error);
/* Writes who joined and left when (after everything else is drawn). */
gboolean _ta_demo_write_dates  (TaStore     *store,
                                GRand       *rand,
                                DemoYear    *year,
                                GError     **error);

/* ta-demo-pairings.c: pairs the cohort over the programme year. */
gboolean _ta_demo_form_pairings (TaStore  *store,
                                 GRand    *rand,
                                 DemoYear *year,
                                 GError  **error);
/* ta-demo-calendar.c: the pairs' sessions and the group sessions. */
gboolean _ta_demo_fill_calendar (TaStore  *store,
                                 GRand    *rand,
                                 DemoYear *year,
                                 GError  **error);
/* ta-demo-check-ins.c: the pairs' check-in answers (issue 14). */
gboolean _ta_demo_answer_check_ins (TaStore  *store,
                                    GRand    *rand,
                                    DemoYear *year,
                                    GError  **error);
/* ta-demo-board.c: the research board. */
gboolean _ta_demo_fill_board    (TaStore  *store,
                                 GRand    *rand,
                                 DemoYear *year,
                                 guint     n_participants,
                                 GError  **error);

G_END_DECLS
