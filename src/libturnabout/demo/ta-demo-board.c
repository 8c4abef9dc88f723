/* ta-demo-board.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The sample programme's research board: topics in every stage, with
 * sources, researchers and the lunch-and-learns that present them. */

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

typedef struct
{
  const char   *title;
  const char   *description;
  const char   *tags[3];     /* some are terms of _ta_demo_digital_topics: they cover them */
  TaTopicStage  stage;
  const char   *sources[2][2]; /* url, note */
  const char   *outcome;     /* for presented ones */
} DemoTopic;

/* In board order of interest, the stages interleaved, so that a small
 * programme still has a card in every column.  Some wanted topics
 * (_ta_demo_digital_topics) are left uncovered on purpose, for "Topic ideas". */
static const DemoTopic demo_topics[] = {
  { "Passkeys", "What replaces passwords on our laptops and phones, and what changes for colleagues.",
    { "Cybersecurity hygiene", "security", NULL }, TA_TOPIC_STAGE_PROPOSED,
    { { "https://fidoalliance.org/passkeys/", "The standard, explained by its authors" }, { NULL, NULL } }, NULL },
  { "Prompting AI assistants", "How to get a usable first draft: context, examples, constraints, and checking the result.",
    { "Prompt writing", "AI tools", NULL }, TA_TOPIC_STAGE_RESEARCHING,
    { { "https://platform.openai.com/docs/guides/prompt-engineering", "Vendor guide, generic enough" },
      { "https://www.anthropic.com/learn", "Courses and examples" } }, NULL },
  { "TikTok for employer branding", "Short videos by employees: what works for recruiting graduates, and the rules we need.",
    { "recruiting", "social media", NULL }, TA_TOPIC_STAGE_READY,
    { { "https://www.tiktok.com/business/en/blog", "TikTok's own business blog" }, { NULL, NULL } }, NULL },
  { "Inclusive language in job ads", "Which words put applicants off, and a checklist HR can use tomorrow.",
    { "Inclusive language", "recruiting", NULL }, TA_TOPIC_STAGE_PRESENTED,
    { { "https://www.w3.org/WAI/fundamentals/accessibility-intro/", "Also covers plain language" }, { NULL, NULL } },
    "HR rewrote the graduate job ad template; the checklist is on the intranet." },
  { "Notion for team wikis", "One place for a team's know-how instead of forty shared drives.",
    { "Notion", "documentation", NULL }, TA_TOPIC_STAGE_PROPOSED,
    { { "https://www.notion.so/help/guides", "Official guides" }, { NULL, NULL } }, NULL },
  { "Async work with Loom", "Recording a five-minute walkthrough instead of booking a one-hour meeting.",
    { "Hybrid work", "video", NULL }, TA_TOPIC_STAGE_RESEARCHING,
    { { "https://www.loom.com/blog", "Use cases" }, { NULL, NULL } }, NULL },
  { "AI meeting assistants", "Automatic minutes and action items: what they get right, what they invent, and privacy.",
    { "AI tools", "privacy", NULL }, TA_TOPIC_STAGE_READY,
    { { "https://edpb.europa.eu/", "European data protection guidance" }, { NULL, NULL } }, NULL },
  { "Dashboards people actually read", "Five rules for a dashboard that answers one question well.",
    { "Data visualisation", "reporting", NULL }, TA_TOPIC_STAGE_PRESENTED,
    { { "https://www.storytellingwithdata.com/blog", "Before-and-after makeovers" }, { NULL, NULL } },
    "Finance cut the monthly pack from 40 to 12 charts." },
  { "Generative AI copyright basics", "Who owns what an AI tool writes or draws, and what we may feed it.",
    { "Generative AI for writing", "legal", NULL }, TA_TOPIC_STAGE_PROPOSED,
    { { "https://www.wipo.int/about-ip/en/frontier_technologies/", "WIPO on AI and IP" }, { NULL, NULL } }, NULL },
  { "No-code flows with Power Automate", "Automating the monthly report chase without writing code.",
    { "No-code automation", NULL, NULL }, TA_TOPIC_STAGE_RESEARCHING,
    { { "https://learn.microsoft.com/power-automate/", "Microsoft Learn" }, { NULL, NULL } }, NULL },
  { "Phishing in the age of AI", "Fake voices and perfect e-mails: how to recognise the new scams.",
    { "Cybersecurity hygiene", "security", NULL }, TA_TOPIC_STAGE_PRESENTED,
    { { "https://www.ncsc.gov.uk/collection/phishing-scams", "UK NCSC advice" }, { NULL, NULL } },
    "IT adds a voice-cloning scenario to next year's phishing drill." },
  { "Accessible slides and documents", "Contrast, alt text, reading order: slides everyone can follow.",
    { "Accessibility basics", NULL, NULL }, TA_TOPIC_STAGE_PROPOSED,
    { { "https://www.w3.org/WAI/teach-advocate/accessible-presentations/", "W3C checklist" }, { NULL, NULL } },
    NULL },
  { "Mastodon, Bluesky and Threads", "Where the conversation went after X, and whether we should follow.",
    { "social media", NULL, NULL }, TA_TOPIC_STAGE_RESEARCHING,
    { { "https://joinmastodon.org/", "Mastodon" }, { "https://bsky.social/about", "Bluesky" } }, NULL },
  { "Two-factor authentication everywhere", "Setting it up in ten minutes for the accounts that matter.",
    { "security", NULL, NULL }, TA_TOPIC_STAGE_READY,
    { { "https://www.cisa.gov/MFA", "CISA: more than a password" }, { NULL, NULL } }, NULL },
  { "Running a hybrid workshop", "Giving remote participants the same voice as those in the room.",
    { "remote work", "facilitation", NULL }, TA_TOPIC_STAGE_PRESENTED,
    { { "https://www.mural.co/blog", "Templates and tips" }, { NULL, NULL } },
    "Two _ta_demo_departments now book the hybrid room kit for every workshop." },
  { "Digital wellbeing and notifications", "Fewer pings, more focus: settings and team agreements.",
    { "wellbeing", "Hybrid work", NULL }, TA_TOPIC_STAGE_PROPOSED,
    { { "https://www.humanetech.com/", "Center for Humane Technology" }, { NULL, NULL } }, NULL },
  { "Spreadsheets to Power Query", "Cleaning the same export every week, once and for all.",
    { "data", "reporting", NULL }, TA_TOPIC_STAGE_RESEARCHING,
    { { "https://learn.microsoft.com/power-query/", "Microsoft Learn" }, { NULL, NULL } }, NULL },
  { "Writing for screens", "Short sentences, front-loaded headings, and why nobody scrolls.",
    { "writing", NULL, NULL }, TA_TOPIC_STAGE_READY,
    { { "https://www.nngroup.com/articles/how-users-read-on-the-web/", "Nielsen Norman Group" }, { NULL, NULL } },
    NULL },
  { "Gen Z and feedback", "Why juniors ask for feedback weekly, and how to give it in five minutes.",
    { "feedback", "culture", NULL }, TA_TOPIC_STAGE_PRESENTED,
    { { "https://hbr.org/topic/subject/feedback", "Harvard Business Review" }, { NULL, NULL } },
    "Team leads in Sales try a fortnightly five-minute feedback slot." },
  { "Personal knowledge management", "Notes that link up: from scattered files to a second brain.",
    { "productivity", NULL, NULL }, TA_TOPIC_STAGE_PROPOSED,
    { { "https://fortelabs.com/blog/", "Building a second brain" }, { NULL, NULL } }, NULL },
  { "Chatbots for customer service", "What customers accept from a bot, and when to hand over to a person.",
    { "AI tools", "customers", NULL }, TA_TOPIC_STAGE_RESEARCHING,
    { { NULL, NULL }, { NULL, NULL } }, NULL },
  { "Green IT habits", "The carbon cost of storage, video calls and AI prompts, and cheap savings.",
    { "sustainability", NULL, NULL }, TA_TOPIC_STAGE_PROPOSED,
    { { "https://www.greenit.fr/", "GreenIT" }, { NULL, NULL } }, NULL },
};

/* Days from today of the Thursday on or after @days (negative: in the
 * past), at 12:30 in @zone: group sessions' slot (see session_hours). */
static GDateTime *
thursday_lunch (GTimeZone   *zone,
                const GDate *today,
                int          days)
{
  GDate date = *today;

  if (days < 0)
    g_date_subtract_days (&date, (guint) -days);
  else
    g_date_add_days (&date, (guint) days);
  while (g_date_get_weekday (&date) != G_DATE_THURSDAY)
    g_date_add_days (&date, 1);

  return g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), 12, 30, 0);
}

static char *
date_text (const GDate *today,
           int          days)
{
  GDate date = *today;

  if (days < 0)
    g_date_subtract_days (&date, (guint) -days);
  else
    g_date_add_days (&date, (guint) days);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

static gboolean
seeks_any (TaParticipant      *participant,
           const char * const *tags)
{
  const char * const *seeks = ta_participant_get_seeks (participant);

  for (guint i = 0; seeks != NULL && seeks[i] != NULL; i++)
    for (guint t = 0; t < 3 && tags[t] != NULL; t++)
      if (g_ascii_strcasecmp (seeks[i], tags[t]) == 0)
        return TRUE;
  return FALSE;
}

/*
 * The research board: a card for about every third person (at most
 * every row of demo_topics), in every stage.  Researchers are active
 * juniors (mentors, career level 3 or lower); the interested are active
 * mentees who want one of the card's tags, or a few others.  Ready cards
 * have a lunch-and-learn ahead, presented ones a held one behind, an
 * outcome and somebody who follows up: both made with
 * ta_store_schedule_topic_presentation(), so the calendar shows them.
 * Lunch-and-learns are on Thursdays at 12:30, on other Thursdays than
 * the calendar's group sessions (_ta_demo_fill_calendar()).
 */
gboolean
_ta_demo_fill_board (TaStore   *store,
                     GRand     *rand,
                     DemoYear  *year,
                     guint      n_participants,
                     GError   **error)
{
  static const int ready_days[] = { 20, 27 };
  /* Over the year, a week or more from the calendar's group sessions. */
  static const int presented_days[] = { -50, -114, -177, -226, -282 };
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GArray) juniors = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) mentees = g_ptr_array_new ();
  GTimeZone *zone = year->zone;
  guint n_topics = CLAMP (n_participants / 3, 4, G_N_ELEMENTS (demo_topics));
  guint n_ready = 0;
  guint n_presented = 0;
  GDate today = year->today;

  participants = ta_store_list_participants (store, error);
  if (participants == NULL)
    return FALSE;
  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);
      gint64 id = ta_participant_get_id (participant);

      if (ta_participant_get_status (participant) != TA_PARTICIPANT_STATUS_ACTIVE)
        continue;
      if (ta_participant_get_role (participant) != TA_ROLE_MENTEE &&
          ta_participant_get_career_level (participant) <= 3)
        g_array_append_val (juniors, id);
      if (ta_participant_get_role (participant) != TA_ROLE_MENTOR)
        g_ptr_array_add (mentees, participant);
    }

  for (guint i = 0; i < n_topics; i++)
    {
      const DemoTopic *row = &demo_topics[i];
      g_autoptr(TaTopic) topic = ta_topic_new (row->title);
      g_autoptr(GArray) researchers = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr(GArray) interested = g_array_new (FALSE, FALSE, sizeof (gint64));
      guint n_researchers = (guint) g_rand_int_range (rand, 1, 4);
      guint n_interested = (guint) g_rand_int_range (rand, 1, 7);
      g_autoptr(TaSession) session = NULL;

      ta_topic_set_description (topic, row->description);
      ta_topic_set_tags (topic, row->tags);
      ta_topic_set_stage (topic, row->stage);
      for (guint s = 0; s < G_N_ELEMENTS (row->sources) && row->sources[s][0] != NULL; s++)
        ta_topic_add_source (topic, row->sources[s][0], row->sources[s][1]);

      for (guint r = 0; juniors->len > 0 && r < n_researchers && row->stage != TA_TOPIC_STAGE_PROPOSED; r++)
        g_array_append_val (researchers, g_array_index (juniors, gint64, g_rand_int_range (rand, 0, (gint32) juniors->len)));
      /* A proposed card often has somebody who offered to research it. */
      if (row->stage == TA_TOPIC_STAGE_PROPOSED && juniors->len > 0 && g_rand_boolean (rand))
        g_array_append_val (researchers, g_array_index (juniors, gint64, g_rand_int_range (rand, 0, (gint32) juniors->len)));
      ta_topic_set_researchers (topic, (const gint64 *) (gpointer) researchers->data, researchers->len);

      for (guint m = 0; m < mentees->len && interested->len < n_interested; m++)
        {
          TaParticipant *mentee = g_ptr_array_index (mentees, (m + i * 7) % mentees->len);

          if (seeks_any (mentee, row->tags) || g_rand_int_range (rand, 0, 6) == 0)
            {
              gint64 id = ta_participant_get_id (mentee);

              g_array_append_val (interested, id);
            }
        }
      ta_topic_set_interested (topic, (const gint64 *) (gpointer) interested->data, interested->len);

      switch (row->stage)
        {
        case TA_TOPIC_STAGE_RESEARCHING:
          {
            g_autofree char *due = date_text (&today, g_rand_int_range (rand, 14, 61));

            ta_topic_set_due_date (topic, due);
          }
          break;
        case TA_TOPIC_STAGE_READY:
          {
            g_autofree char *due = date_text (&today, g_rand_int_range (rand, 3, 15));

            ta_topic_set_due_date (topic, due);
          }
          break;
        case TA_TOPIC_STAGE_PRESENTED:
          ta_topic_set_outcome (topic, row->outcome);
          if (interested->len > 0)
            ta_topic_set_follow_up_id (topic, g_array_index (interested, gint64, 0));
          break;
        case TA_TOPIC_STAGE_PROPOSED:
        default:
          break;
        }

      if (!ta_store_add_topic (store, topic, error))
        return FALSE;

      if (row->stage == TA_TOPIC_STAGE_READY && n_ready < G_N_ELEMENTS (ready_days))
        {
          g_autoptr(GDateTime) start = thursday_lunch (zone, &today, ready_days[n_ready++]);

          session = ta_store_schedule_topic_presentation (store, ta_topic_get_id (topic), start, 60,
                                                          "Auditorium, Brussels, and on Teams", error);
          if (session == NULL)
            return FALSE;
        }
      else if (row->stage == TA_TOPIC_STAGE_PRESENTED && n_presented < G_N_ELEMENTS (presented_days))
        {
          g_autoptr(GDateTime) start = thursday_lunch (zone, &today, presented_days[n_presented++]);

          session = ta_store_schedule_topic_presentation (store, ta_topic_get_id (topic), start, 60,
                                                          "Auditorium, Brussels, and on Teams", error);
          if (session == NULL)
            return FALSE;
          ta_session_set_status (session, TA_SESSION_STATUS_HELD);
          ta_session_set_notes (session, "Slides and recording on the intranet.");
          ta_session_set_mentor_rating (session, g_rand_int_range (rand, 3, 6));
          ta_session_set_mentee_rating (session, g_rand_int_range (rand, 4, 6));
          if (!ta_store_update_session (store, session, error))
            return FALSE;
        }
    }

  return TRUE;
}
