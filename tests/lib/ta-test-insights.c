/* ta-test-insights.c: sessions placed in local time, and Insights computed
 * and checked figure by figure
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-test"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ta-test-insights.h"

/**
 * ta_test_insights_fixture_set_up:
 * @fixture: the fixture
 * @data: unused
 *
 * Opens a new programme in a temporary folder.
 */
void
ta_test_insights_fixture_set_up (TaTestInsightsFixture *fixture,
                                 gconstpointer          data)
{
  fixture->store = ta_test_open_programme (&fixture->dir);
}

/**
 * ta_test_insights_fixture_tear_down:
 * @fixture: the fixture
 * @data: unused
 *
 * Closes the programme, checking nothing else holds it, and removes it.
 */
void
ta_test_insights_fixture_tear_down (TaTestInsightsFixture *fixture,
                                    gconstpointer          data)
{
  g_assert_finalize_object (fixture->store);
  ta_test_dir_clear (&fixture->dir);
}

/**
 * ta_test_insights_init:
 * @argc: main()'s
 * @argv: main()'s
 *
 * g_test_init() in the time zone of Europe/Brussels, whose changes of
 * daylight saving time the tests cross, set before anything reads the
 * local time zone; and with non-fatal assertions, so that one run lists
 * every wrong figure.
 */
void
ta_test_insights_init (int    *argc,
                       char ***argv)
{
  g_setenv ("TZ", "Europe/Brussels", TRUE);
  tzset ();
  g_test_init (argc, argv, NULL);
  g_test_set_nonfatal_assertions ();
}

/**
 * ta_test_local_date:
 * @days: days after today (negative: before)
 *
 * Returns: (transfer full): that local day as "YYYY-MM-DD"
 */
char *
ta_test_local_date (int days)
{
  g_autoptr(GDateTime) day = ta_test_local_day (days, 12);

  return g_date_time_format (day, "%Y-%m-%d");
}

/**
 * ta_test_local_day:
 * @days: days after today (negative: before)
 * @hour: the hour
 *
 * Returns: (transfer full): @hour:00 local time on that day
 */
GDateTime *
ta_test_local_day (int days,
                   int hour)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now), hour, 0, 0);

  return g_date_time_add_days (today, days);
}

/**
 * ta_test_insights_assert_same_day:
 * @got: a day computed
 * @expected: the day worked out by hand
 *
 * Fails the test, naming both days, unless they are the same.
 */
void
ta_test_insights_assert_same_day (const GDate *got,
                                  const GDate *expected)
{
  char got_text[16] = "invalid";
  char expected_text[16] = "invalid";

  if (g_date_valid (got))
    g_date_strftime (got_text, sizeof got_text, "%Y-%m-%d", got);
  if (g_date_valid (expected))
    g_date_strftime (expected_text, sizeof expected_text, "%Y-%m-%d", expected);
  g_assert_cmpstr (got_text, ==, expected_text);
}

static void
parse_date (GDate      *date,
            const char *text)
{
  int year, month, day;

  g_assert_cmpint (sscanf (text, "%d-%d-%d", &year, &month, &day), ==, 3);
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  g_assert_true (g_date_valid (date));
}

/**
 * ta_test_insights:
 * @store: the programme
 * @from: the first day, "YYYY-MM-DD"
 * @to: the last day, "YYYY-MM-DD"
 * @now: the moment "now" figures are measured at
 * @group: whose figures
 * @group_value: (nullable): the department, generation or location
 *
 * Computes Insights, failing the test if it cannot.
 *
 * Returns: (transfer full): the figures
 */
TaInsights *
ta_test_insights (TaStore         *store,
                  const char      *from,
                  const char      *to,
                  GDateTime       *now,
                  TaInsightsGroup  group,
                  const char      *group_value)
{
  g_autoptr(GError) error = NULL;
  TaInsightsQuery query;
  TaInsights *insights;
  GDate first, last;

  parse_date (&first, from);
  parse_date (&last, to);
  ta_insights_query_init (&query, &first, &last);
  query.group = group;
  query.group_value = group_value;
  query.now = now;
  insights = ta_store_compute_insights (store, &query, &error);
  g_assert_no_error (error);
  g_assert_nonnull (insights);
  if (insights == NULL)
    g_error ("Insights of %s … %s could not be computed", from, to);
  return insights;
}

/* @thing, failing the test when it is missing. */
static gpointer
found (gpointer    thing,
       const char *what,
       const char *key)
{
  if (thing == NULL)
    g_test_message ("no %s “%s”", what, key);
  g_assert_nonnull (thing);
  return thing;
}

/**
 * ta_test_insights_figure:
 * @insights: the figures
 * @key: a figure's key
 *
 * Returns: (transfer none) (nullable): the figure, or %NULL after failing
 *   the test
 */
TaFigure *
ta_test_insights_figure (TaInsights *insights,
                         const char *key)
{
  return found (ta_insights_lookup_figure (insights, key), "figure", key);
}

static gboolean
same_number (double got,
             double expected)
{
  if (isnan (expected))
    return isnan (got);

  return !isnan (got) && fabs (got - expected) <= 1e-6 * MAX (1.0, fabs (expected));
}

/**
 * ta_test_insights_check:
 * @key: what is checked (a figure's or a chart's key)
 * @what: which of its numbers
 * @got: the number computed
 * @expected: the number worked out by hand (NAN: none)
 *
 * Fails the test, naming @key and @what, unless @got is @expected.
 */
void
ta_test_insights_check (const char *key,
                        const char *what,
                        double      got,
                        double      expected)
{
  g_autofree char *message = NULL;

  if (same_number (got, expected))
    return;

  message = g_strdup_printf ("%s %s: expected %.6g, got %.6g", key, what, expected, got);
  g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, message);
}

void
ta_test_insights_assert_value (TaInsights *insights,
                               const char *key,
                               double      value)
{
  TaFigure *figure = ta_test_insights_figure (insights, key);

  if (figure != NULL)
    ta_test_insights_check (key, "value", ta_figure_get_value (figure), value);
}

void
ta_test_insights_assert_ratio (TaInsights *insights,
                               const char *key,
                               double      value,
                               double      numerator,
                               double      denominator)
{
  TaFigure *figure = ta_test_insights_figure (insights, key);

  if (figure == NULL)
    return;
  ta_test_insights_check (key, "value", ta_figure_get_value (figure), value);
  ta_test_insights_check (key, "numerator", ta_figure_get_numerator (figure), numerator);
  ta_test_insights_check (key, "denominator", ta_figure_get_denominator (figure), denominator);
}

void
ta_test_insights_assert_n_people (TaInsights *insights,
                                  const char *key,
                                  guint       n_people)
{
  TaFigure *figure = ta_test_insights_figure (insights, key);

  if (figure != NULL)
    ta_test_insights_check (key, "n_people", ta_figure_get_n_people (figure), n_people);
}

void
ta_test_insights_assert_small (TaInsights *insights,
                               const char *key,
                               gboolean    small)
{
  TaFigure *figure = ta_test_insights_figure (insights, key);

  if (figure != NULL)
    ta_test_insights_check (key, "is_small", ta_figure_is_small (figure), small);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static char *
ids_to_text (const gint64 *ids,
             guint         n)
{
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (gint64));
  GString *text = g_string_new ("{");

  if (n > 0)
    g_array_append_vals (sorted, ids, n);
  g_array_sort (sorted, compare_ids);
  for (guint i = 0; i < sorted->len; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "", g_array_index (sorted, gint64, i));
  g_string_append_c (text, '}');
  return g_string_free (text, FALSE);
}

/**
 * ta_test_insights_assert_subjects:
 * @insights: the figures
 * @key: a figure's key
 * @ids: (array length=n): the records expected behind it, in any order
 * @n: how many
 */
void
ta_test_insights_assert_subjects (TaInsights   *insights,
                                  const char   *key,
                                  const gint64 *ids,
                                  guint         n)
{
  TaFigure *figure = ta_test_insights_figure (insights, key);
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  const gint64 *subjects;
  guint n_subjects = 0;

  if (figure == NULL)
    return;
  subjects = ta_figure_get_subjects (figure, &n_subjects);
  expected = ids_to_text (ids, n);
  got = ids_to_text (subjects, n_subjects);
  if (g_strcmp0 (expected, got) != 0)
    g_test_message ("%s subjects: expected %s, got %s", key, expected, got);
  g_assert_cmpstr (got, ==, expected);
}

static TaChart *
lookup_chart (TaInsights *insights,
              const char *key)
{
  return found (ta_insights_lookup_chart (insights, key), "chart", key);
}

void
ta_test_insights_assert_chart_categories (TaInsights *insights,
                                          const char *key,
                                          guint       n)
{
  TaChart *chart = lookup_chart (insights, key);

  if (chart != NULL)
    ta_test_insights_check (key, "categories", ta_chart_get_n_categories (chart), n);
}

/**
 * ta_test_insights_assert_chart:
 * @insights: the figures
 * @key: a chart's key
 * @series: which series
 * @values: (array length=n): its values, one per category
 * @n: how many categories the chart has
 */
void
ta_test_insights_assert_chart (TaInsights   *insights,
                               const char   *key,
                               guint         series,
                               const double *values,
                               guint         n)
{
  TaChart *chart = lookup_chart (insights, key);

  if (chart == NULL)
    return;
  ta_test_insights_check (key, "categories", ta_chart_get_n_categories (chart), n);
  g_assert_cmpuint (series, <, ta_chart_get_n_series (chart));
  if (ta_chart_get_n_categories (chart) != n || series >= ta_chart_get_n_series (chart))
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *what = g_strdup_printf ("series %u, “%s”", series, ta_chart_get_category (chart, i));

      ta_test_insights_check (key, what, ta_chart_get_value (chart, series, i), values[i]);
    }
}

static TaInsightsTable *
lookup_table (TaInsights *insights,
              const char *key)
{
  return found (ta_insights_lookup_table (insights, key), "table", key);
}

void
ta_test_insights_assert_rows (TaInsights *insights,
                              const char *key,
                              guint       n)
{
  TaInsightsTable *table = lookup_table (insights, key);

  if (table != NULL)
    ta_test_insights_check (key, "rows", ta_insights_table_get_n_rows (table), n);
}

void
ta_test_insights_assert_cell (TaInsights *insights,
                              const char *key,
                              guint       row,
                              guint       column,
                              const char *text)
{
  TaInsightsTable *table = lookup_table (insights, key);

  if (table == NULL)
    return;
  g_assert_cmpuint (row, <, ta_insights_table_get_n_rows (table));
  g_assert_cmpuint (column, <, ta_insights_table_get_n_columns (table));
  if (row < ta_insights_table_get_n_rows (table) && column < ta_insights_table_get_n_columns (table))
    {
      const char *cell = ta_insights_table_get_cell (table, row, column);

      if (g_strcmp0 (cell, text) != 0)
        g_test_message ("%s row %u column %u: expected “%s”, got “%s”", key, row, column, text, cell);
      g_assert_cmpstr (cell, ==, text);
    }
}

/* The cell at @row, @column quotes @text (has it, in the locale's
 * quotation marks or not). */
void
ta_test_insights_assert_cell_quotes (TaInsights *insights,
                                     const char *key,
                                     guint       row,
                                     guint       column,
                                     const char *text)
{
  TaInsightsTable *table = lookup_table (insights, key);
  const char *cell;

  if (table == NULL)
    return;
  g_assert_cmpuint (row, <, ta_insights_table_get_n_rows (table));
  g_assert_cmpuint (column, <, ta_insights_table_get_n_columns (table));
  if (row >= ta_insights_table_get_n_rows (table) || column >= ta_insights_table_get_n_columns (table))
    return;
  cell = ta_insights_table_get_cell (table, row, column);
  if (cell == NULL || strstr (cell, text) == NULL)
    g_test_message ("%s row %u column %u: expected “%s” in it, got “%s”", key, row, column, text, cell);
  g_assert_nonnull (cell != NULL ? strstr (cell, text) : NULL);
}

/* A cell of row @row is @text. */
void
ta_test_insights_assert_row_has (TaInsights *insights,
                                 const char *key,
                                 guint       row,
                                 const char *text)
{
  TaInsightsTable *table = lookup_table (insights, key);
  gboolean found = FALSE;

  if (table == NULL || row >= ta_insights_table_get_n_rows (table))
    {
      g_assert_nonnull (table);
      g_assert_cmpuint (row, <, table != NULL ? ta_insights_table_get_n_rows (table) : 0);
      return;
    }
  for (guint c = 0; c < ta_insights_table_get_n_columns (table); c++)
    found |= g_strcmp0 (ta_insights_table_get_cell (table, row, c), text) == 0;
  if (!found)
    g_test_message ("%s row %u has no cell “%s”", key, row, text);
  g_assert_true (found);
}

void
ta_test_insights_assert_column_lacks (TaInsights *insights,
                                      const char *key,
                                      guint       column,
                                      const char *text)
{
  TaInsightsTable *table = lookup_table (insights, key);

  if (table == NULL)
    return;
  for (guint r = 0; r < ta_insights_table_get_n_rows (table); r++)
    {
      const char *cell = ta_insights_table_get_cell (table, r, column);

      if (cell != NULL && strstr (cell, text) != NULL)
        g_test_message ("%s row %u quotes “%s”", key, r, text);
      g_assert_null (cell != NULL ? strstr (cell, text) : NULL);
    }
}

/* The sum of a column of whole numbers. */
guint
ta_test_insights_table_sum (TaInsights *insights,
                            const char *key,
                            guint       column)
{
  TaInsightsTable *table = lookup_table (insights, key);
  guint sum = 0;

  for (guint r = 0; table != NULL && r < ta_insights_table_get_n_rows (table); r++)
    sum += (guint) strtoul (ta_insights_table_get_cell (table, r, column), NULL, 10);
  return sum;
}

/**
 * ta_test_insights_parse_json:
 * @insights: the figures
 * @for_outside: as for ta_insights_to_json()
 *
 * The figures as JSON, named "Test programme", parsed, failing the test
 * unless it is an object with a list of figures.
 *
 * Returns: (transfer full): its root
 */
JsonNode *
ta_test_insights_parse_json (TaInsights *insights,
                             gboolean    for_outside)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = ta_insights_to_json (insights, "Test programme", for_outside);
  JsonNode *root;

  g_assert_nonnull (text);
  root = json_from_string (text, &error);
  g_assert_no_error (error);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      json_object_get_array_member (json_node_get_object (root), "figures") == NULL)
    g_error ("not the JSON of Insights: %s", text);
  return root;
}

/**
 * ta_test_json_figure:
 * @root: the JSON of ta_test_insights_parse_json()
 * @key: a figure's key
 *
 * Returns: (transfer none) (nullable): its object, or %NULL after failing
 *   the test
 */
JsonObject *
ta_test_json_figure (JsonNode   *root,
                     const char *key)
{
  JsonArray *figures = json_object_get_array_member (json_node_get_object (root), "figures");

  for (guint i = 0; i < json_array_get_length (figures); i++)
    {
      JsonObject *figure = json_array_get_object_element (figures, i);

      if (figure != NULL && g_strcmp0 (json_object_get_string_member_with_default (figure, "key", NULL), key) == 0)
        return figure;
    }

  g_test_fail_printf ("no figure “%s” in the JSON", key);
  return NULL;
}

static gint64
add_session (TaStore   *store,
             TaSession *session)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ta_store_add_session (store, session, &error));
  g_assert_no_error (error);
  return ta_session_get_id (session);
}

static TaSession *
one_on_one (gint64          pairing,
            int             year,
            int             month,
            int             day,
            int             hour,
            int             minute,
            int             minutes,
            TaSessionStatus status)
{
  g_autoptr(GDateTime) start = g_date_time_new_local (year, month, day, hour, minute, 0);
  TaSession *session = ta_session_new_one_on_one (pairing, start, minutes);

  ta_session_set_status (session, status);
  return session;
}

/**
 * ta_test_add_held:
 * @store: the programme
 * @pairing: the pairing's id
 * @year: the local year
 * @month: the local month
 * @day: the local day
 * @hour: the local hour
 * @minute: the local minute
 * @minutes: how long it lasted
 *
 * Adds a held one-on-one, failing the test if the store refuses it.
 *
 * Returns: its id
 */
gint64
ta_test_add_held (TaStore *store,
                  gint64   pairing,
                  int      year,
                  int      month,
                  int      day,
                  int      hour,
                  int      minute,
                  int      minutes)
{
  g_autoptr(TaSession) session = one_on_one (pairing, year, month, day, hour, minute, minutes,
                                             TA_SESSION_STATUS_HELD);

  return add_session (store, session);
}

/* A one-on-one of an hour at 10:00 local with @status (not cancelled). */
gint64
ta_test_add_status (TaStore         *store,
                    gint64           pairing,
                    int              year,
                    int              month,
                    int              day,
                    TaSessionStatus  status)
{
  g_autoptr(TaSession) session = one_on_one (pairing, year, month, day, 10, 0, 60, status);

  return add_session (store, session);
}

/* A one-on-one of an hour at 10:00 local, cancelled by @cancelled_by (a
 * participant or TA_SESSION_CANCELLED_BY_FACILITATOR). */
gint64
ta_test_add_cancelled (TaStore *store,
                       gint64   pairing,
                       int      year,
                       int      month,
                       int      day,
                       gint64   cancelled_by)
{
  g_autoptr(TaSession) session = one_on_one (pairing, year, month, day, 10, 0, 60, TA_SESSION_STATUS_CANCELLED);

  ta_session_set_cancelled_by (session, cancelled_by);
  ta_session_set_cancel_reason (session, "Something came up");
  return add_session (store, session);
}

/* A held one-on-one of an hour at 10:00 local with its ratings (0: not
 * given) and what each side learned (%NULL: nothing). */
gint64
ta_test_add_rated (TaStore    *store,
                   gint64      pairing,
                   int         year,
                   int         month,
                   int         day,
                   int         mentor_rating,
                   int         mentee_rating,
                   const char *mentor_learned,
                   const char *mentee_learned)
{
  g_autoptr(TaSession) session = one_on_one (pairing, year, month, day, 10, 0, 60, TA_SESSION_STATUS_HELD);

  ta_session_set_mentor_rating (session, mentor_rating);
  ta_session_set_mentee_rating (session, mentee_rating);
  ta_session_set_mentor_learned (session, mentor_learned);
  ta_session_set_mentee_learned (session, mentee_learned);
  return add_session (store, session);
}

/* A group discussion or a lunch & learn at 12:00 local; @cancelled_by is
 * TA_SESSION_CANCELLED_BY_NOBODY unless @status is cancelled. */
gint64
ta_test_add_group (TaStore         *store,
                   TaSessionKind    kind,
                   int              year,
                   int              month,
                   int              day,
                   int              minutes,
                   TaSessionStatus  status,
                   gint64           cancelled_by,
                   const gint64    *attendees,
                   guint            n_attendees)
{
  g_autoptr(GDateTime) start = g_date_time_new_local (year, month, day, 12, 0, 0);
  g_autoptr(TaSession) session = ta_session_new (kind);

  ta_session_set_title (session, kind == TA_SESSION_KIND_LUNCH_AND_LEARN ? "Lunch & learn" : "Group discussion");
  ta_session_set_starts_at (session, start);
  ta_session_set_duration (session, minutes);
  ta_session_set_status (session, status);
  ta_session_set_cancelled_by (session, cancelled_by);
  if (status == TA_SESSION_STATUS_CANCELLED)
    ta_session_set_cancel_reason (session, "Room not available");
  ta_session_set_attendees (session, attendees, n_attendees);
  return add_session (store, session);
}

/* A held session of an hour at 10:00 local, @days after today: a
 * one-on-one of @pairing, or a group session of @attendees. */
gint64
ta_test_add_held_near_today (TaStore       *store,
                             gint64         pairing,
                             int            days,
                             TaSessionKind  kind,
                             const gint64  *attendees,
                             guint          n_attendees)
{
  g_autoptr(GDateTime) start = ta_test_local_day (days, 10);

  if (kind == TA_SESSION_KIND_ONE_ON_ONE)
    return ta_test_add_held (store, pairing, g_date_time_get_year (start), g_date_time_get_month (start),
                             g_date_time_get_day_of_month (start), 10, 0, 60);

  return ta_test_add_group (store, kind, g_date_time_get_year (start), g_date_time_get_month (start),
                            g_date_time_get_day_of_month (start), 60, TA_SESSION_STATUS_HELD,
                            TA_SESSION_CANCELLED_BY_NOBODY, attendees, n_attendees);
}
