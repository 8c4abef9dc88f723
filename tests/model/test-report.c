/* test-report.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Insights report as poppler reads it (pdftotext finds the figures,
 * their definitions and the page numbers, in four languages; a small
 * group's numbers are not there), and the chart painter on every chart of
 * the sample programme. */

#define G_LOG_DOMAIN "turnabout-test"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <sys/stat.h>

#include "ta-chart-painter.h"
#include "ta-demo.h"
#include "ta-insights.h"
#include "ta-report.h"
#include "ta-test-programme.h"

#define PROGRAMME_NAME "Reverse Mentoring at Lumen"

typedef struct
{
  TaTestDir  dir;
  TaStore   *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  /* ta_test_open_programme() makes the folder itself. */
  fixture->store = ta_test_open_programme (&fixture->dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  ta_test_dir_clear (&fixture->dir);
}

/* ----- helpers ----- */

typedef struct
{
  const char *language;  /* LANGUAGE */
  const char *locale;
} Language;

static const Language languages[] = {
  { "en", "en_US.UTF-8" },
  { "nl", "nl_BE.UTF-8" },
  { "fr", "fr_BE.UTF-8" },
  { "de", "de_DE.UTF-8" },
};

static gboolean
switch_language (const Language *language)
{
  g_setenv ("LANGUAGE", language->language, TRUE);
  if (setlocale (LC_ALL, language->locale) == NULL)
    return FALSE;

  /* This tree's catalogues, as test-fit loads them. */
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  return TRUE;
}

static void
restore_language (void)
{
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C.UTF-8");
}

static void
fill_demo (TaStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ta_demo_fill (store, TA_DEMO_DEFAULT_PARTICIPANTS, 1, &error));
  g_assert_no_error (error);
}

static TaInsights *
compute (TaStore         *store,
         TaInsightsGroup  group,
         const char      *group_value,
         const GDate     *from,
         const GDate     *to)
{
  g_autoptr(GError) error = NULL;
  TaInsightsQuery query;
  TaInsights *insights;

  ta_insights_query_init (&query, from, to);
  query.group = group;
  query.group_value = group_value;
  insights = ta_store_compute_insights (store, &query, &error);
  g_assert_no_error (error);
  g_assert_nonnull (insights);
  return insights;
}

/* The sample programme's history: from a year ago to a month ahead (its
 * people join today, so the programme year begins today and holds only
 * what is planned). */
static TaInsights *
compute_year (TaStore *store)
{
  GDate from, to;

  g_date_set_time_t (&from, time (NULL));
  to = from;
  g_date_subtract_days (&from, 365);
  g_date_add_days (&to, 31);
  return compute (store, TA_INSIGHTS_GROUP_ALL, NULL, &from, &to);
}

/* The text of a PDF as pdftotext reads it, or NULL (the test skipped)
 * when poppler-utils is not installed. */
static char *
pdf_to_text (const char *path)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return NULL;
    }

  {
    const char *argv[] = { pdftotext, "-enc", "UTF-8", path, "-", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, &err, &status, &error));
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_utf8_validate (out, -1, NULL));
  return out;
}

/* Without any white space: the report wraps lines where it likes, and
 * pdftotext writes its own line breaks. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* pdftotext joins a word hyphenated at a line's end without its
       * hyphen ("reverse-" + "mentoring" reads "reversementoring"), so
       * hyphens are left out on both sides, like spaces. */
      if (!g_unichar_isspace (c) && c != 0x00AD && c != '-')
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
text_has (const char *squeezed,
          const char *needle)
{
  g_autofree char *wanted = squeeze (needle);

  return strstr (squeezed, wanted) != NULL;
}

static void
assert_text_has (const char *squeezed,
                 const char *needle)
{
  if (!text_has (squeezed, needle))
    g_error ("The report's text lacks “%s”", needle);
}

static guint
count_pages (const char *text)
{
  guint pages = 0;

  /* pdftotext ends every page with a form feed. */
  for (const char *p = text; *p != '\0'; p++)
    pages += *p == '\f';
  return pages;
}

static char *
write_report (TaInsights *insights,
              const char *dir,
              const char *name)
{
  g_autoptr(TaReport) report = ta_report_new (insights, PROGRAMME_NAME);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);
  GStatBuf info;

  g_assert_true (ta_report_write_pdf (report, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  return path;
}

/* ----- the report of the sample programme, in each language ----- */

static void
check_report (Fixture        *fixture,
              const Language *language)
{
  g_autoptr(TaInsights) insights = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  g_autofree char *period = NULL;
  g_autofree char *first_page = NULL;
  g_autofree char *last_page = NULL;
  g_autofree char *month = NULL;
  g_autofree char *month_folded = NULL;
  g_autofree char *text_folded = NULL;
  g_autoptr(GDateTime) from = NULL;
  GPtrArray *figures;
  guint n_pages, n_checked = 0;

  insights = compute_year (fixture->store);
  path = write_report (insights, fixture->dir.dir, "report.pdf");
  text = pdf_to_text (path);
  if (text == NULL)
    return;
  squeezed = squeeze (text);

  assert_text_has (squeezed, PROGRAMME_NAME);
  period = ta_insights_describe_period (insights);
  assert_text_has (squeezed, period);

  /* The period's first month as the C library names it in this
   * language ("september", "septembre"). */
  from = g_date_time_new_local (g_date_get_year (ta_insights_get_from (insights)),
                                g_date_get_month (ta_insights_get_from (insights)),
                                g_date_get_day (ta_insights_get_from (insights)), 12, 0, 0);
  month = g_date_time_format (from, "%B");
  month_folded = g_utf8_casefold (month, -1);
  text_folded = g_utf8_casefold (squeezed, -1);
  g_assert_nonnull (strstr (text_folded, month_folded));

  for (guint s = 0; s < TA_N_INSIGHTS_SECTIONS; s++)
    assert_text_has (squeezed, ta_insights_section_get_title (s));

  figures = ta_insights_get_figures (insights);
  g_assert_cmpuint (figures->len, >=, 20);
  for (guint i = 0; i < figures->len; i++)
    {
      TaFigure *figure = g_ptr_array_index (figures, i);
      g_autofree char *value = ta_figure_format_value (figure, TRUE);

      assert_text_has (squeezed, ta_figure_get_title (figure));
      assert_text_has (squeezed, ta_figure_get_definition (figure));
      assert_text_has (squeezed, value);
      if (!ta_figure_is_small (figure) && ta_figure_get_computation (figure) != NULL)
        {
          assert_text_has (squeezed, ta_figure_get_computation (figure));
          n_checked++;
        }
    }
  g_assert_cmpuint (n_checked, >=, 10);

  n_pages = count_pages (text);
  g_assert_cmpuint (n_pages, >=, 3);
  first_page = g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "Page %1$u of %2$u"), 1, n_pages);
  last_page = g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "Page %1$u of %2$u"), n_pages, n_pages);
  assert_text_has (squeezed, first_page);
  assert_text_has (squeezed, last_page);
}

static void
test_report_languages (Fixture       *fixture,
                       gconstpointer  data)
{
  fill_demo (fixture->store);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      if (!switch_language (&languages[i]))
        {
          g_test_message ("The locale %s is not installed", languages[i].locale);
          continue;
        }
      g_test_message ("Report in %s", languages[i].language);
      check_report (fixture, &languages[i]);
      restore_language ();
    }
  restore_language ();
}

/* ----- a group of three people ----- */

static char *
day_before (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static GDateTime *
noon_before (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -days);

  return g_date_time_new_local (g_date_time_get_year (then), g_date_time_get_month (then),
                                g_date_time_get_day_of_month (then), 12, 0, 0);
}

#define LEGAL_REFLECTION "Contract review moves faster with a shared checklist"

static void
test_report_small_group (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(TaInsights) insights = NULL;
  g_autofree char *started = day_before (120);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  TaFigure *people;
  GDate from, to;
  gint64 ada, bo, cy, pair;

  ada = ta_test_add_person (fixture->store, "Ada Legal", "ada@example.com", TA_ROLE_MENTOR,
                            "department", "Legal", "capacity", 2, NULL);
  bo = ta_test_add_person (fixture->store, "Bo Legal", "bo@example.com", TA_ROLE_MENTEE,
                           "department", "Legal", NULL);
  cy = ta_test_add_person (fixture->store, "Cy Legal", "cy@example.com", TA_ROLE_MENTEE,
                           "department", "Legal", NULL);
  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *name = g_strdup_printf ("Sam Sales %u", i);
      g_autofree char *email = g_strdup_printf ("sam%u@example.com", i);

      ta_test_add_person (fixture->store, name, email, i % 2 ? TA_ROLE_MENTOR : TA_ROLE_MENTEE,
                          "department", "Sales", NULL);
    }
  pair = ta_test_add_pairing (fixture->store, ada, bo, "status", TA_PAIRING_STATUS_ACTIVE,
                              "started-on", started, NULL);
  ta_test_add_pairing (fixture->store, ada, cy, "status", TA_PAIRING_STATUS_ACTIVE,
                       "started-on", started, NULL);
  for (int i = 0; i < 3; i++)
    {
      g_autoptr(GDateTime) start = noon_before (100 - 20 * i);

      ta_test_add_session (fixture->store, pair, start, 60, "status", TA_SESSION_STATUS_HELD,
                           "mentor-rating", 4, "mentee-rating", 5,
                           "mentor-learned", LEGAL_REFLECTION, NULL);
    }

  g_date_set_time_t (&to, time (NULL));
  from = to;
  g_date_subtract_days (&from, 364);
  insights = compute (fixture->store, TA_INSIGHTS_GROUP_DEPARTMENT, "Legal", &from, &to);
  people = ta_insights_lookup_figure (insights, "active-participants");
  g_assert_nonnull (people);
  g_assert_cmpfloat (ta_figure_get_value (people), ==, 3);
  g_assert_true (ta_figure_is_small (people));

  path = write_report (insights, fixture->dir.dir, "legal.pdf");
  text = pdf_to_text (path);
  if (text == NULL)
    return;
  squeezed = squeeze (text);

  assert_text_has (squeezed, g_dgettext (GETTEXT_PACKAGE, "fewer than 5"));
  assert_text_has (squeezed, g_dgettext (GETTEXT_PACKAGE, "Based on fewer than 5 people."));
  assert_text_has (squeezed, "Legal");
  /* Neither the small figures' sentences with their numbers nor what the
   * three said. */
  for (guint i = 0; i < ta_insights_get_figures (insights)->len; i++)
    {
      TaFigure *figure = g_ptr_array_index (ta_insights_get_figures (insights), i);
      const char *computation = ta_figure_get_computation (figure);

      if (ta_figure_is_small (figure) && computation != NULL && *computation != '\0')
        g_assert_false (text_has (squeezed, computation));
    }
  g_assert_false (text_has (squeezed, ta_figure_get_computation (people)));
  g_assert_false (text_has (squeezed, LEGAL_REFLECTION));
  g_assert_false (text_has (squeezed, "Ada Legal"));
}

/* A report that cannot be written says which file and leaves nothing. */
static void
test_report_write_error (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(TaInsights) insights = NULL;
  g_autoptr(TaReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir.dir, "missing", "report.pdf", NULL);

  insights = compute_year (fixture->store);
  report = ta_report_new (insights, PROGRAMME_NAME);
  g_assert_false (ta_report_write_pdf (report, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "report.pdf"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* ----- the chart painter ----- */

/* Pixels that differ from the background: something was drawn. */
static guint
count_drawn (cairo_surface_t *surface,
             guint32          background)
{
  const unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  guint drawn = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      drawn += (((const guint32 *) (gconstpointer) (data + y * stride))[x] & 0xffffff) != background;
  return drawn;
}

static guint
paint (TaChart  *chart,
       int       width,
       int       height,
       gboolean  dark)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  TaChartStyle style = { dark, NULL };
  guint32 background = dark ? 0x242424 : 0xffffff;
  guint drawn;

  cairo_set_source_rgb (cr, ((background >> 16) & 0xff) / 255., ((background >> 8) & 0xff) / 255.,
                        (background & 0xff) / 255.);
  cairo_paint (cr);
  ta_chart_paint (chart, cr, width, height, &style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);
  drawn = count_drawn (surface, background);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return drawn;
}

static void
test_paint_demo_charts (Fixture       *fixture,
                        gconstpointer  data)
{
  static const int sizes[][2] = { { 600, 300 }, { 280, 160 }, { 1200, 400 } };
  g_autoptr(TaInsights) insights = NULL;
  GPtrArray *charts;

  fill_demo (fixture->store);
  insights = compute_year (fixture->store);
  charts = ta_insights_get_charts (insights);
  g_assert_cmpuint (charts->len, >=, 4);

  for (guint i = 0; i < charts->len; i++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      for (int dark = 0; dark < 2; dark++)
        {
          TaChart *chart = g_ptr_array_index (charts, i);
          guint drawn = paint (chart, sizes[s][0], sizes[s][1], dark);

          /* Axes, bars or lines and labels: well over a few hundred pixels. */
          if (drawn < 300)
            g_error ("Chart %s at %dx%d drew only %u pixels", ta_chart_get_key (chart),
                     sizes[s][0], sizes[s][1], drawn);
        }
}

static void
test_paint_empty_chart (void)
{
  g_autoptr(TaChart) empty = ta_chart_new ("empty", TA_INSIGHTS_SECTION_SESSIONS, TA_CHART_BARS,
                                           TA_FIGURE_UNIT_COUNT, "Nothing");
  g_autoptr(TaChart) nan = ta_chart_new ("nan", TA_INSIGHTS_SECTION_MATCHING, TA_CHART_LINE,
                                         TA_FIGURE_UNIT_SHARE, "Nothing either");
  double values[] = { NAN, NAN };

  ta_chart_add_category (nan, "Jan");
  ta_chart_add_category (nan, "Feb");
  ta_chart_add_series (nan, "Match rate", TA_CHART_COLOUR_BLUE, values);

  /* "No data in this period.": text, but much less than a chart. */
  g_assert_cmpuint (paint (empty, 280, 160, FALSE), >, 50);
  g_assert_cmpuint (paint (nan, 280, 160, TRUE), >, 50);
  g_assert_cmpuint (paint (empty, 280, 160, FALSE), <, 3000);
  /* Boxes too small to hold anything are left alone. */
  g_assert_cmpuint (paint (empty, 1, 1, FALSE), ==, 0);
}

/* Many long categories at the smallest size: the painter thins them out
 * or slants them; it never paints outside its box. */
static void
test_paint_crowded_chart (void)
{
  g_autoptr(TaChart) chart = ta_chart_new ("crowded", TA_INSIGHTS_SECTION_SESSIONS,
                                           TA_CHART_STACKED_BARS, TA_FIGURE_UNIT_COUNT, "Crowded");
  double held[24], cancelled[24];
  cairo_surface_t *surface;
  cairo_t *cr;
  guint inside, total;

  for (guint i = 0; i < 24; i++)
    {
      g_autofree char *label = g_strdup_printf ("Month number %u of the year", i + 1);

      ta_chart_add_category (chart, label);
      held[i] = i * 3;
      cancelled[i] = i % 4;
    }
  ta_chart_add_series (chart, "Held", TA_CHART_COLOUR_GREEN, held);
  ta_chart_add_series (chart, "Cancelled", TA_CHART_COLOUR_ORANGE, cancelled);
  ta_chart_set_target (chart, 50, "A target with a rather long name indeed");

  /* Painted into the middle of a larger white surface: nothing outside. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 480, 360);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  total = count_drawn (surface, 0xffffff);
  g_assert_cmpuint (total, ==, 0);
  cairo_translate (cr, 100, 100);
  ta_chart_paint (chart, cr, 280, 160, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);
  total = count_drawn (surface, 0xffffff);
  g_assert_cmpuint (total, >, 1000);

  /* Paint white over the box: what is left was drawn outside it. */
  cairo_rectangle (cr, 0, 0, 280, 160);
  cairo_fill (cr);
  cairo_surface_flush (surface);
  inside = count_drawn (surface, 0xffffff);
  g_assert_cmpuint (inside, ==, 0);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_palette (void)
{
  double red, green, blue;

  ta_chart_colour_to_rgb (TA_CHART_COLOUR_BLUE, FALSE, &red, &green, &blue);
  g_assert_cmpint ((int) lround (red * 255), ==, 0x35);
  g_assert_cmpint ((int) lround (green * 255), ==, 0x84);
  g_assert_cmpint ((int) lround (blue * 255), ==, 0xe4);
  ta_chart_colour_to_rgb (TA_CHART_COLOUR_BLUE, TRUE, &red, &green, &blue);
  g_assert_cmpint ((int) lround (red * 255), ==, 0x62);
  g_assert_cmpint ((int) lround (green * 255), ==, 0xa0);
  g_assert_cmpint ((int) lround (blue * 255), ==, 0xea);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/report/pdf/languages", test_report_languages);
  ADD ("/report/pdf/small-group", test_report_small_group);
  ADD ("/report/pdf/write-error", test_report_write_error);
  ADD ("/report/chart/demo", test_paint_demo_charts);
  g_test_add_func ("/report/chart/empty", test_paint_empty_chart);
  g_test_add_func ("/report/chart/crowded", test_paint_crowded_chart);
  g_test_add_func ("/report/chart/palette", test_palette);

  return g_test_run ();
}
