/* ta-demo-calendar.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The sample programme's calendar: each pair's sessions held,
 * cancelled, missed and planned, monthly series, group sessions. */

#define G_LOG_DOMAIN "turnabout-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "ta-demo-private.h"
#include "ta-match-private.h"
#include "ta-recurrence.h"
#include "ta-session.h"
#include "ta-store-private.h"

#define DEMO_MAX_CALENDAR_PAIRINGS 1000

/* What the junior mentor took from the senior. */
static const char * const mentor_learned_pool[] = {
  "How a budget decision is really made, and who to talk to first.",
  "To send the short version first and the details on request.",
  "How to read the room before a negotiation.",
  "Why the reorganisation of 2019 still shapes who talks to whom.",
  "How to say no to a project without burning a bridge.",
  "That a good question in a steering committee beats a long slide deck.",
  "How to prepare a one-page business case.",
};

/* What the senior mentee took from the junior. */
static const char * const mentee_learned_pool[] = {
  "Wrote meeting minutes with an AI assistant, then checked them line by line.",
  "Set up a Power BI dashboard for the team's weekly figures.",
  "Posted on LinkedIn for the first time, and answered the comments.",
  "Why Gen Z colleagues prefer a quick message to a meeting.",
  "Learned to share a screen and a whiteboard in Teams without panic.",
  "Automated a monthly report with a no-code flow.",
  "How to write a prompt that gives a usable first draft.",
  "Turned on two-factor authentication everywhere, finally.",
};

static const char * const cancel_reasons[] = {
  "Board meeting moved to the same slot.",
  "Client escalation, sorry.",
  "Off sick.",
  "Travelling for work this week.",
  "Quarter-end closing.",
  "Forgot the session: to be rescheduled.",
};

static const char * const session_places[] = {
  "Meeting room 3.14", "Cafeteria, ground floor", "Microsoft Teams",
  "https://meet.example.com/turnabout", "Coffee corner, 5th floor",
};

/* One-on-ones start on the hour, at these local times; group sessions
 * at 12:30 on Thursdays and series at 12:30 on other days, so neither
 * ever overlaps a one-on-one. */
static const int session_hours[] = { 9, 10, 11, 14, 15, 16 };

typedef struct
{
  GTimeZone  *zone;
  GHashTable *busy;     /* person id × hour since the epoch, see book() */
  GPtrArray  *sessions; /* TaSession, to write */
  GDate       today;
  gint64      group_people[12];
  gboolean    facilitator_cancelled;
  guint       n_group_people;
} Calendar;

/* Marks @person busy at @start (one-hour sessions on the hour); FALSE if
 * they already were, so that the demo never double-books anyone. */
static gboolean
book (Calendar  *calendar,
      gint64     person,
      GDateTime *start)
{
  gint64 key = person * 1000000 + g_date_time_to_unix (start) / 3600;

  if (g_hash_table_contains (calendar->busy, &key))
    return FALSE;
  g_hash_table_add (calendar->busy, g_memdup2 (&key, sizeof key));
  return TRUE;
}

static GDateTime *
local_time (Calendar    *calendar,
            const GDate *date,
            int          hour,
            int          minute)
{
  return g_date_time_new (calendar->zone, g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), hour, minute, 0);
}

/* A weekday on or after @date. */
static void
to_weekday (GDate *date)
{
  while (g_date_get_weekday (date) == G_DATE_SATURDAY || g_date_get_weekday (date) == G_DATE_SUNDAY)
    g_date_add_days (date, 1);
}

/* A one-on-one of @pairing on @date at a free hour of both, or NULL. */
static TaSession *
new_one_on_one (Calendar  *calendar,
                GRand     *rand,
                TaPairing *pairing,
                GDate     *date)
{
  guint first = (guint) g_rand_int_range (rand, 0, G_N_ELEMENTS (session_hours));

  to_weekday (date);
  for (guint i = 0; i < G_N_ELEMENTS (session_hours); i++)
    {
      int hour = session_hours[(first + i) % G_N_ELEMENTS (session_hours)];
      g_autoptr(GDateTime) start = local_time (calendar, date, hour, 0);
      TaSession *session;

      if (start == NULL ||
          !book (calendar, ta_pairing_get_mentor_id (pairing), start) ||
          !book (calendar, ta_pairing_get_mentee_id (pairing), start))
        continue;

      session = ta_session_new_one_on_one (ta_pairing_get_id (pairing), start, 60);
      ta_session_set_location (session, session_places[g_rand_int_range (rand, 0, G_N_ELEMENTS (session_places))]);
      return session;
    }

  return NULL;
}

/* Most held sessions are rated by both sides, a few by one or neither
 * (only rated ones count in the averages); many have a reflection from
 * either side.  In a pair with @gap, the mentor is delighted and the
 * mentee much less so: two points apart or more, for Insights to find. */
static void
mark_held (TaSession *session,
           GRand     *rand,
           gboolean   gap)
{
  guint roll = (guint) g_rand_int_range (rand, 0, 100);

  ta_session_set_status (session, TA_SESSION_STATUS_HELD);
  if (g_rand_int_range (rand, 0, 100) < 70)
    ta_session_set_mentor_learned (session,
                                   mentor_learned_pool[g_rand_int_range (rand, 0, G_N_ELEMENTS (mentor_learned_pool))]);
  if (g_rand_int_range (rand, 0, 100) < 75)
    ta_session_set_mentee_learned (session,
                                   mentee_learned_pool[g_rand_int_range (rand, 0, G_N_ELEMENTS (mentee_learned_pool))]);
  if (gap)
    {
      ta_session_set_mentor_rating (session, g_rand_int_range (rand, 4, 6));
      ta_session_set_mentee_rating (session, g_rand_int_range (rand, 1, 3));
      return;
    }
  if (roll < 92)
    ta_session_set_mentor_rating (session, g_rand_int_range (rand, 3, 6));
  if (roll < 82)
    ta_session_set_mentee_rating (session, g_rand_int_range (rand, 2, 6));
}

static void
mark_cancelled (TaSession *session,
                GRand     *rand,
                TaPairing *pairing)
{
  guint who = (guint) g_rand_int_range (rand, 0, 10);

  ta_session_set_status (session, TA_SESSION_STATUS_CANCELLED);
  /* Mostly the busy senior, as in real programmes. */
  if (who < 6)
    ta_session_set_cancelled_by (session, ta_pairing_get_mentee_id (pairing));
  else if (who < 9)
    ta_session_set_cancelled_by (session, ta_pairing_get_mentor_id (pairing));
  else
    ta_session_set_cancelled_by (session, TA_SESSION_CANCELLED_BY_FACILITATOR);
  ta_session_set_cancel_reason (session, cancel_reasons[g_rand_int_range (rand, 0, G_N_ELEMENTS (cancel_reasons))]);
}

typedef enum
{
  STORY_STEADY,
  STORY_TWO_CANCELLED, /* the last two sessions cancelled, nothing planned */
  STORY_FADED,         /* nothing held for eight weeks and more */
  STORY_SERIES,        /* the planned ones come from a monthly series */
  STORY_SILENT,        /* started weeks ago, never met yet: only one planned */
} Story;

/*
 * The sessions of one pairing: about one a month from its start to its
 * end (or today), most held, about one in eight cancelled and one in
 * twenty missed; then, for an open pairing, one planned in the next
 * weeks.  @story bends this to show a pair losing momentum; @gap makes
 * the two sides rate their sessions far apart (mark_held()).
 */
static void
plan_pairing (Calendar  *calendar,
              GRand     *rand,
              TaPairing *pairing,
              Story      story,
              gboolean   gap,
              gboolean  *no_show_done)
{
  TaPairingStatus status = ta_pairing_get_status (pairing);
  const char *started_on = ta_pairing_get_started_on (pairing);
  const char *ended_on = ta_pairing_get_ended_on (pairing);
  GDate date, end;
  g_autoptr(GPtrArray) past = g_ptr_array_new ();

  g_date_clear (&date, 1);
  g_date_clear (&end, 1);
  end = calendar->today;
  if (ended_on != NULL)
    g_date_set_parse (&end, ended_on);
  if (status == TA_PAIRING_STATUS_PAUSED)
    g_date_subtract_days (&end, 28);
  if (story == STORY_FADED)
    g_date_subtract_days (&end, 60);

  if (started_on != NULL && story != STORY_SILENT)
    {
      g_date_set_parse (&date, started_on);
      if (!g_date_valid (&date))
        return;
      g_date_add_days (&date, (guint) g_rand_int_range (rand, 3, 10));

      while (g_date_compare (&date, &end) < 0)
        {
          TaSession *session = new_one_on_one (calendar, rand, pairing, &date);

          if (g_date_compare (&date, &end) >= 0 || g_date_compare (&date, &calendar->today) >= 0)
            {
              g_clear_object (&session);
              break;
            }
          if (session != NULL)
            {
              g_ptr_array_add (past, session);
              g_ptr_array_add (calendar->sessions, session);
            }
          g_date_add_days (&date, (guint) g_rand_int_range (rand, 24, 36));
        }
    }

  for (guint i = 0; i < past->len; i++)
    {
      TaSession *session = g_ptr_array_index (past, i);
      guint roll = (guint) g_rand_int_range (rand, 0, 100);

      if (story == STORY_TWO_CANCELLED && i + 2 >= past->len)
        mark_cancelled (session, rand, pairing);
      else if (!*no_show_done && i + 1 == past->len && past->len >= 3)
        {
          ta_session_set_status (session, TA_SESSION_STATUS_NO_SHOW);
          ta_session_set_notes (session, "Mentee did not join; no message.");
          *no_show_done = TRUE;
        }
      else if (roll < 12 && i + 1 < past->len)
        {
          mark_cancelled (session, rand, pairing);
          /* At least one the facilitator called off, whatever the draws. */
          if (!calendar->facilitator_cancelled)
            ta_session_set_cancelled_by (session, TA_SESSION_CANCELLED_BY_FACILITATOR);
          calendar->facilitator_cancelled = TRUE;
        }
      else if (roll < 17 && i + 1 < past->len)
        ta_session_set_status (session, TA_SESSION_STATUS_NO_SHOW);
      else
        mark_held (session, rand, gap);
    }

  /* One planned ahead, for the pairings still going. */
  if ((status == TA_PAIRING_STATUS_ACTIVE || status == TA_PAIRING_STATUS_PROPOSED) &&
      story != STORY_TWO_CANCELLED && story != STORY_SERIES)
    {
      TaSession *session;

      date = calendar->today;
      g_date_add_days (&date, (guint) g_rand_int_range (rand, 2, 29));
      session = new_one_on_one (calendar, rand, pairing, &date);
      if (session != NULL)
        g_ptr_array_add (calendar->sessions, session);
    }
}

/* Days from @started_on ("YYYY-MM-DD") to today, or -1. */
static int
days_since (Calendar   *calendar,
            const char *started_on)
{
  GDate date;

  if (started_on == NULL)
    return -1;
  g_date_clear (&date, 1);
  g_date_set_parse (&date, started_on);
  if (!g_date_valid (&date))
    return -1;
  return g_date_days_between (&date, &calendar->today);
}

typedef struct
{
  TaSessionKind  kind;
  const char    *title;
  const char    *notes;
  int            days;
  guint          n_attendees;
} GroupSession;

/* The calendar's own group sessions over the year (the board adds its
 * lunch-and-learns, on other Thursdays: every two are a week apart or
 * more, see ta-demo-board.c). */
static const GroupSession group_sessions[] = {
  { TA_SESSION_KIND_LUNCH_AND_LEARN, "Kick-off: what reverse mentoring is",
    "Welcome of the cohort; the programme's rhythm and what to expect.", -300, 12 },
  { TA_SESSION_KIND_GROUP_DISCUSSION, "Perspective challengers: working across generations",
    NULL, -254, 8 },
  { TA_SESSION_KIND_LUNCH_AND_LEARN, "Teams and Outlook tricks everyone should know",
    NULL, -198, 10 },
  { TA_SESSION_KIND_GROUP_DISCUSSION, "Hybrid work: what we keep, what we drop",
    "Bring one habit that works for your team.", -142, 9 },
  { TA_SESSION_KIND_LUNCH_AND_LEARN, "Data literacy for managers",
    NULL, -90, 11 },
  { TA_SESSION_KIND_GROUP_DISCUSSION, "Perspective challengers: social media at work",
    NULL, -65, 8 },
  { TA_SESSION_KIND_LUNCH_AND_LEARN, "What Gen Z expects from work",
    "Presented by three juniors from the research board; slides on the intranet.", -30, 12 },
  { TA_SESSION_KIND_GROUP_DISCUSSION, "AI tools: what we use, what we avoid",
    "Bring one thing an AI tool did well for you, and one it got wrong.", 9, 10 },
  { TA_SESSION_KIND_LUNCH_AND_LEARN, "Prompt writing for busy managers",
    NULL, 37, 12 },
};

/* A lunch-and-learn or a group discussion @days from today (negative:
 * past, and then held and rated), on a Thursday at 12:30, attended by
 * some of the group people from @first on. */
static void
plan_group (Calendar           *calendar,
            GRand              *rand,
            const GroupSession *group,
            guint               first)
{
  TaSessionKind kind = group->kind;
  int days = group->days;
  guint n_attendees = group->n_attendees;
  GDate date = calendar->today;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GArray) attendees = g_array_new (FALSE, FALSE, sizeof (gint64));
  TaSession *session;

  if (days < 0)
    g_date_subtract_days (&date, (guint) -days);
  else
    g_date_add_days (&date, (guint) days);
  while (g_date_get_weekday (&date) != G_DATE_THURSDAY)
    g_date_add_days (&date, 1);
  if (days < 0 && g_date_compare (&date, &calendar->today) >= 0)
    g_date_subtract_days (&date, 7);

  start = local_time (calendar, &date, 12, 30);
  if (start == NULL)
    return;

  for (guint i = 0; i < MIN (n_attendees, calendar->n_group_people); i++)
    g_array_append_val (attendees, calendar->group_people[(first + i) % calendar->n_group_people]);
  if (attendees->len == 0)
    return;

  session = ta_session_new (kind);
  ta_session_set_title (session, group->title);
  ta_session_set_starts_at (session, start);
  ta_session_set_duration (session, kind == TA_SESSION_KIND_LUNCH_AND_LEARN ? 60 : 90);
  ta_session_set_location (session, "Auditorium, Brussels, and on Teams");
  ta_session_set_notes (session, group->notes);
  ta_session_set_attendees (session, (const gint64 *) attendees->data, attendees->len);
  if (days < 0)
    {
      ta_session_set_status (session, TA_SESSION_STATUS_HELD);
      ta_session_set_mentor_rating (session, g_rand_int_range (rand, 3, 6));
      ta_session_set_mentee_rating (session, g_rand_int_range (rand, 3, 6));
    }
  g_ptr_array_add (calendar->sessions, session);
}

/*
 * A year of sessions for the first DEMO_MAX_CALENDAR_PAIRINGS pairings
 * (see plan_pairing()): the first active pairing two months old or more
 * lost momentum with two cancellations in a row, the next one has held
 * nothing for eight weeks, one started a month or more ago and has not
 * met yet, three others meet in monthly series (second Tuesday, first
 * Wednesday, last Monday at 12:30, Brussels time); plus group sessions
 * over the year and two ahead (group_sessions).  The sessions in one
 * step, the series after it, all inside the demo's one transaction.
 */
gboolean
_ta_demo_fill_calendar (TaStore   *store,
                        GRand     *rand,
                        DemoYear  *year,
                        GError   **error)
{
  static const int series_weeks[] = { 2, 1, TA_RECURRENCE_LAST_WEEK };
  static const GDateWeekday series_days[] = { G_DATE_TUESDAY, G_DATE_WEDNESDAY, G_DATE_MONDAY };
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GPtrArray) series = g_ptr_array_new ();
  g_autoptr(GHashTable) in_series = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  Calendar calendar = { 0 };
  gboolean two_cancelled = FALSE;
  gboolean faded = FALSE;
  gboolean silent = FALSE;
  gboolean no_show_done = FALSE;
  gboolean ok = TRUE;

  pairings = ta_store_list_pairings (store, error);
  if (pairings == NULL)
    return FALSE;

  calendar.zone = year->zone;
  calendar.busy = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  calendar.sessions = g_ptr_array_new_with_free_func (g_object_unref);
  calendar.today = year->today;

  for (guint i = 0; i < MIN (pairings->len, DEMO_MAX_CALENDAR_PAIRINGS); i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);
      Story story = STORY_STEADY;

      if (ta_pairing_get_status (pairing) == TA_PAIRING_STATUS_ACTIVE)
        {
          gint64 mentor = ta_pairing_get_mentor_id (pairing);
          gint64 mentee = ta_pairing_get_mentee_id (pairing);

          int age = days_since (&calendar, ta_pairing_get_started_on (pairing));

          /* Old enough to have had two sessions, or to have let eight
           * weeks go by. */
          if (!two_cancelled && age >= 60)
            {
              story = STORY_TWO_CANCELLED;
              two_cancelled = TRUE;
            }
          else if (!faded && age >= 63)
            {
              story = STORY_FADED;
              faded = TRUE;
            }
          else if (!silent && age >= 30 && age < 120)
            {
              /* For Insights' "pairs yet to meet". */
              story = STORY_SILENT;
              silent = TRUE;
            }
          else if (series->len < G_N_ELEMENTS (series_weeks) &&
                   !g_hash_table_contains (in_series, &mentor) &&
                   !g_hash_table_contains (in_series, &mentee))
            {
              /* Distinct people, so that two series never collide. */
              story = STORY_SERIES;
              g_ptr_array_add (series, pairing);
              g_hash_table_add (in_series, g_memdup2 (&mentor, sizeof mentor));
              g_hash_table_add (in_series, g_memdup2 (&mentee, sizeof mentee));
            }
        }

      /* Group sessions are for people there all year: pairs of the
       * first three months, still going or completed. */
      if (calendar.n_group_people < G_N_ELEMENTS (calendar.group_people) &&
          (ta_pairing_get_status (pairing) == TA_PAIRING_STATUS_ACTIVE ||
           ta_pairing_get_status (pairing) == TA_PAIRING_STATUS_COMPLETED) &&
          days_since (&calendar, ta_pairing_get_started_on (pairing)) >= DEMO_DAYS_IN - 90)
        {
          calendar.group_people[calendar.n_group_people++] = ta_pairing_get_mentor_id (pairing);
          calendar.group_people[calendar.n_group_people++] = ta_pairing_get_mentee_id (pairing);
        }

      /* One pair in seven rates its sessions two points apart or more. */
      plan_pairing (&calendar, rand, pairing, story, i % 7 == 3, &no_show_done);
    }

  for (guint g = 0; g < G_N_ELEMENTS (group_sessions); g++)
    plan_group (&calendar, rand, &group_sessions[g], g * 3);

  if (calendar.sessions->len > 0)
    {
      STORE_LOCKED (store);

      ok = _ta_store_begin (store, error);
      for (guint i = 0; ok && i < calendar.sessions->len; i++)
        ok = _ta_store_insert_session (store, g_ptr_array_index (calendar.sessions, i), error);
      if (ok)
        ok = _ta_store_commit (store, error);
      if (!ok)
        _ta_store_rollback (store);
    }

  if (ok && calendar.sessions->len > 0)
    _ta_store_emit (store, SESSIONS_RESET, NULL, 0);

  for (guint i = 0; ok && i < series->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (series, i);
      GDate first = calendar.today;
      g_autoptr(TaRecurrence) rule = NULL;
      char first_date[16];

      /* From next week on, on the weekday of the rule. */
      g_date_add_days (&first, 7);
      while (g_date_get_weekday (&first) != series_days[i])
        g_date_add_days (&first, 1);
      g_snprintf (first_date, sizeof first_date, "%04d-%02d-%02d",
                  g_date_get_year (&first), g_date_get_month (&first), g_date_get_day (&first));
      rule = ta_recurrence_new_monthly (first_date, series_weeks[i], "12:30", "Europe/Brussels");
      ok = ta_store_add_series (store, ta_pairing_get_id (pairing), rule, 60,
                                session_places[i % G_N_ELEMENTS (session_places)], NULL, error) > 0;
    }

  g_hash_table_unref (calendar.busy);
  g_ptr_array_unref (calendar.sessions);

  return ok;
}

/* The research board */
