/* bench-ical-import.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-ical-import"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "ta-demo.h"
#include "ta-ical.h"
#include "ta-test-bench.h"
#include "ta-test-programme.h"

/*
 * Import of a 10,000-event calendar, as issue 10 measures it (≤ 1 s):
 *
 *   preview       ta_ical_read_events(): the file read and matched with
 *                 the programme, nothing written (median of 5)
 *   import        ta_ical_import_events() into a programme without
 *                 those sessions: read, matched, checked for
 *                 double-bookings and written in one transaction (the
 *                 figure issue 10 asks for; median of 5, each on a fresh
 *                 copy of the programme)
 *   reimport      the same file again: every event found, none changed
 *
 * The programme: a 1,000-person demo cohort (TA_DEMO_NO_PAIRINGS), the
 * i-th mentor paired with the i-th mentee.  The file is written as Google
 * Calendar exports (CRLF, lines folded at 75 octets, empty DESCRIPTION
 * and LOCATION, ATTENDEE parameters, X-WR-TIMEZONE), one-hour events in
 * Europe/Brussels, each pairing once a week from 2027 on at an hour of
 * its own, so that none clashes.  Everything happens in a temporary
 * folder that is removed afterwards.
 */

#define N_PEOPLE 1000
#define N_ROUNDS 5

static int n_events = 10000;

static const GOptionEntry entries[] = {
  { "events", 'n', 0, G_OPTION_ARG_INT, &n_events, "How many events (default: 10000)", "N" },
  { NULL }
};

/* A content line folded at 75 octets, as RFC 5545 and Google do. */
static void
append_folded (GString    *out,
               const char *line)
{
  gsize length = strlen (line);
  gsize done = 0;
  gsize width = 75;

  while (length - done > width)
    {
      gsize cut = width;

      /* Never inside a UTF-8 character. */
      while (cut > 1 && ((guchar) line[done + cut] & 0xC0) == 0x80)
        cut--;
      g_string_append_len (out, line + done, (gssize) cut);
      g_string_append (out, "\r\n ");
      done += cut;
      width = 74;
    }
  g_string_append (out, line + done);
  g_string_append (out, "\r\n");
}

static GString *
make_file (GPtrArray *pairings,
           GPtrArray *participants)
{
  g_autoptr(GHashTable) emails = g_hash_table_new (g_int64_hash, g_int64_equal);
  GString *out = g_string_sized_new ((gsize) n_events * 900);

  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);
      gint64 *id = g_new (gint64, 1);

      *id = ta_participant_get_id (participant);
      g_hash_table_insert (emails, id, (gpointer) ta_participant_get_email (participant));
    }

  g_string_append (out, "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
                        "VERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"
                        "X-WR-CALNAME:Mentoring\r\nX-WR-TIMEZONE:Europe/Brussels\r\n");

  for (int i = 0; i < n_events; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, (guint) i % pairings->len);
      gint64 mentor = ta_pairing_get_mentor_id (pairing);
      gint64 mentee = ta_pairing_get_mentee_id (pairing);
      guint week = (guint) i / pairings->len;
      guint slot = (guint) i % pairings->len;
      /* 4 January 2027 is a Monday: each pairing on a weekday and hour of
       * its own, every week. */
      g_autoptr(GDateTime) monday = g_date_time_new_utc (2027, 1, 4, 0, 0, 0);
      g_autoptr(GDateTime) day = g_date_time_add_days (monday, (int) (week * 7 + slot % 5));
      int hour = 8 + (int) (slot / 5 % 10);
      g_autofree char *date = g_date_time_format (day, "%Y%m%d");
      g_autofree char *line = NULL;

      g_string_append (out, "BEGIN:VEVENT\r\n");
      g_string_append_printf (out, "DTSTART;TZID=Europe/Brussels:%sT%02d0000\r\n", date, hour);
      g_string_append_printf (out, "DTEND;TZID=Europe/Brussels:%sT%02d0000\r\n", date, hour + 1);
      g_string_append (out, "DTSTAMP:20261206T120000Z\r\n");
      g_string_append_printf (out, "UID:%08xbench%06d@google.com\r\n", g_str_hash (date) ^ (guint) i, i);
      line = g_strdup_printf ("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;"
                              "CN=%s;X-NUM-GUESTS=0:mailto:%s",
                              (const char *) g_hash_table_lookup (emails, &mentor),
                              (const char *) g_hash_table_lookup (emails, &mentor));
      append_folded (out, line);
      g_free (line);
      line = g_strdup_printf ("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;"
                              "CN=%s;X-NUM-GUESTS=0:mailto:%s",
                              (const char *) g_hash_table_lookup (emails, &mentee),
                              (const char *) g_hash_table_lookup (emails, &mentee));
      append_folded (out, line);
      g_string_append (out, "CREATED:20261201T090000Z\r\nDESCRIPTION:\r\n"
                            "LAST-MODIFIED:20261201T090000Z\r\nLOCATION:\r\nSEQUENCE:0\r\n"
                            "STATUS:CONFIRMED\r\n");
      g_string_append_printf (out, "SUMMARY:Mentoring %d\r\nTRANSP:OPAQUE\r\n", i);
      g_string_append (out, "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:This is an event reminder\r\n"
                            "TRIGGER:-P0DT0H10M0S\r\nEND:VALARM\r\nEND:VEVENT\r\n");
    }

  g_string_append (out, "END:VCALENDAR\r\n");
  g_hash_table_foreach (emails, (GHFunc) (void (*) (void)) g_free, NULL);
  return out;
}

static gboolean
copy_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  return g_file_get_contents (from, &contents, &length, error) &&
         g_file_set_contents (to, contents, (gssize) length, error);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GString) file = NULL;
  g_autoptr(GDateTime) from = g_date_time_new_utc (2027, 1, 1, 0, 0, 0);
  g_autofree char *dir = NULL;
  g_autofree char *template_path = NULL;
  double preview[N_ROUNDS];
  double import[N_ROUNDS];
  double reimport = 0;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  dir = ta_test_make_dir ("turnabout-bench-ical-XXXXXX");
  template_path = g_build_filename (dir, "template.db", NULL);

  store = ta_store_open (template_path, &error);
  if (store == NULL || !ta_demo_fill_full (store, N_PEOPLE, 1, TA_DEMO_NO_PAIRINGS, &error) ||
      !ta_bench_pair_everyone (store, NULL, &error))
    g_error ("%s", error->message);
  pairings = ta_store_list_pairings (store, &error);
  participants = ta_store_list_participants (store, &error);
  g_assert_no_error (error);
  file = make_file (pairings, participants);
  g_clear_object (&store);
  g_print ("# %d events, %u pairings, %.1f MB\n", n_events, pairings->len, file->len / 1e6);

  for (guint round = 0; round < N_ROUNDS; round++)
    {
      g_autofree char *path = g_strdup_printf ("%s/round-%u.db", dir, round);
      g_autoptr(TaIcalResult) result = NULL;
      gint64 start;

      if (!copy_file (template_path, path, &error))
        g_error ("%s", error->message);
      store = ta_store_open (path, &error);
      g_assert_no_error (error);

      start = g_get_monotonic_time ();
      result = ta_ical_read_events (store, file->str, file->len, from, &error);
      preview[round] = (g_get_monotonic_time () - start) / 1e6;
      g_assert_no_error (error);
      g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_NEW), ==, (guint) n_events);
      g_clear_object (&result);

      start = g_get_monotonic_time ();
      result = ta_ical_import_events (store, file->str, file->len, from, &error);
      import[round] = (g_get_monotonic_time () - start) / 1e6;
      g_assert_no_error (error);
      g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_NEW), ==, (guint) n_events);
      g_clear_object (&result);

      if (round == 0)
        {
          start = g_get_monotonic_time ();
          result = ta_ical_import_events (store, file->str, file->len, from, &error);
          reimport = (g_get_monotonic_time () - start) / 1e6;
          g_assert_no_error (error);
          g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_UNCHANGED), ==, (guint) n_events);
        }
      g_clear_object (&store);
    }

  g_print ("preview %.3f s (median of %d)\n", ta_bench_median (preview, N_ROUNDS), N_ROUNDS);
  g_print ("import %.3f s (median of %d; target 1 s)\n", ta_bench_median (import, N_ROUNDS), N_ROUNDS);
  g_print ("reimport %.3f s (once)\n", reimport);

  ta_test_remove_dir (dir);
  return 0;
}
