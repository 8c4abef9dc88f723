/* test-suggest.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-suggest"

#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ta-store.h"
#include "cli-fixture.h"

/*
 * `turnabout-cli suggest` and `demo --no-pairings` through the real
 * binary, in a temporary folder, with --database and XDG_DATA_HOME inside
 * that folder.  The JSON output is read back with the small parser below
 * (JSON-GLib is not a dependency of Turnabout), which refuses anything
 * that is not well-formed JSON.
 *
 * The binary comes as the first argument (meson passes the built target),
 * or from TURNABOUT_CLI.
 */

static void
assert_run (Run *run,
            int  status)
{
  if (run->status != status)
    g_test_message ("stdout: %s\nstderr: %s", run->out, run->err);
  g_assert_cmpint (run->status, ==, status);
}

/* --- A minimal JSON reader ------------------------------------------- */

typedef enum
{
  JSON_NULL,
  JSON_BOOLEAN,
  JSON_NUMBER,
  JSON_STRING,
  JSON_ARRAY,
  JSON_OBJECT,
} JsonType;

typedef struct _Json Json;

struct _Json
{
  JsonType type;
  gboolean boolean;
  double number;
  char *string;
  GPtrArray *items;  /* Json: array items, or object values */
  GPtrArray *keys;   /* char *: object keys, parallel to items */
};

static void
json_free (Json *json)
{
  if (json == NULL)
    return;
  g_free (json->string);
  g_clear_pointer (&json->items, g_ptr_array_unref);
  g_clear_pointer (&json->keys, g_ptr_array_unref);
  g_free (json);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Json, json_free)

typedef struct
{
  const char *p;
} Reader;

static void
skip_space (Reader *reader)
{
  while (*reader->p == ' ' || *reader->p == '\t' || *reader->p == '\n' || *reader->p == '\r')
    reader->p++;
}

static Json *read_value (Reader *reader, guint depth);

static gboolean
read_hex4 (Reader   *reader,
           gunichar *out)
{
  *out = 0;
  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (reader->p[i]);

      if (digit < 0)
        return FALSE;
      *out = *out * 16 + (gunichar) digit;
    }
  reader->p += 4;
  return TRUE;
}

static char *
read_string (Reader *reader)
{
  GString *text = g_string_new (NULL);

  if (*reader->p != '"')
    goto fail;
  reader->p++;

  while (*reader->p != '"')
    {
      guchar c = (guchar) *reader->p;

      if (c == '\0' || c < 0x20)
        goto fail;

      if (c != '\\')
        {
          g_string_append_c (text, (char) c);
          reader->p++;
          continue;
        }

      reader->p++;
      switch (*reader->p++)
        {
        case '"': g_string_append_c (text, '"'); break;
        case '\\': g_string_append_c (text, '\\'); break;
        case '/': g_string_append_c (text, '/'); break;
        case 'b': g_string_append_c (text, '\b'); break;
        case 'f': g_string_append_c (text, '\f'); break;
        case 'n': g_string_append_c (text, '\n'); break;
        case 'r': g_string_append_c (text, '\r'); break;
        case 't': g_string_append_c (text, '\t'); break;
        case 'u':
          {
            gunichar ch;

            if (!read_hex4 (reader, &ch))
              goto fail;
            if (ch >= 0xd800 && ch < 0xdc00)
              {
                gunichar low;

                if (reader->p[0] != '\\' || reader->p[1] != 'u')
                  goto fail;
                reader->p += 2;
                if (!read_hex4 (reader, &low) || low < 0xdc00 || low >= 0xe000)
                  goto fail;
                ch = 0x10000 + ((ch - 0xd800) << 10) + (low - 0xdc00);
              }
            else if (ch >= 0xdc00 && ch < 0xe000)
              goto fail;
            g_string_append_unichar (text, ch);
          }
          break;
        default:
          goto fail;
        }
    }
  reader->p++;

  if (!g_utf8_validate (text->str, (gssize) text->len, NULL))
    goto fail;

  return g_string_free (text, FALSE);

fail:
  g_string_free (text, TRUE);
  return NULL;
}

/* JSON's number grammar exactly: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static gboolean
read_number (Reader *reader,
             double *out)
{
  const char *start = reader->p;
  const char *p = start;
  g_autofree char *text = NULL;

  if (*p == '-')
    p++;
  if (*p == '0')
    p++;
  else if (*p >= '1' && *p <= '9')
    while (g_ascii_isdigit (*p))
      p++;
  else
    return FALSE;
  if (*p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }

  text = g_strndup (start, (gsize) (p - start));
  *out = g_ascii_strtod (text, NULL);
  reader->p = p;
  return TRUE;
}

static Json *
read_value (Reader *reader,
            guint   depth)
{
  g_autoptr(Json) json = g_new0 (Json, 1);

  if (depth > 64)
    return NULL;

  skip_space (reader);
  switch (*reader->p)
    {
    case '{':
      json->type = JSON_OBJECT;
      json->items = g_ptr_array_new_with_free_func ((GDestroyNotify) json_free);
      json->keys = g_ptr_array_new_with_free_func (g_free);
      reader->p++;
      skip_space (reader);
      if (*reader->p == '}')
        {
          reader->p++;
          break;
        }
      for (;;)
        {
          char *key;
          Json *value;

          skip_space (reader);
          if ((key = read_string (reader)) == NULL)
            return NULL;
          g_ptr_array_add (json->keys, key);
          skip_space (reader);
          if (*reader->p++ != ':')
            return NULL;
          if ((value = read_value (reader, depth + 1)) == NULL)
            return NULL;
          g_ptr_array_add (json->items, value);
          skip_space (reader);
          if (*reader->p == ',')
            {
              reader->p++;
              continue;
            }
          if (*reader->p++ != '}')
            return NULL;
          break;
        }
      break;

    case '[':
      json->type = JSON_ARRAY;
      json->items = g_ptr_array_new_with_free_func ((GDestroyNotify) json_free);
      reader->p++;
      skip_space (reader);
      if (*reader->p == ']')
        {
          reader->p++;
          break;
        }
      for (;;)
        {
          Json *value = read_value (reader, depth + 1);

          if (value == NULL)
            return NULL;
          g_ptr_array_add (json->items, value);
          skip_space (reader);
          if (*reader->p == ',')
            {
              reader->p++;
              continue;
            }
          if (*reader->p++ != ']')
            return NULL;
          break;
        }
      break;

    case '"':
      json->type = JSON_STRING;
      if ((json->string = read_string (reader)) == NULL)
        return NULL;
      break;

    case 't':
    case 'f':
    case 'n':
      if (g_str_has_prefix (reader->p, "true"))
        json->type = JSON_BOOLEAN, json->boolean = TRUE, reader->p += 4;
      else if (g_str_has_prefix (reader->p, "false"))
        json->type = JSON_BOOLEAN, reader->p += 5;
      else if (g_str_has_prefix (reader->p, "null"))
        json->type = JSON_NULL, reader->p += 4;
      else
        return NULL;
      break;

    default:
      json->type = JSON_NUMBER;
      if (!read_number (reader, &json->number))
        return NULL;
    }

  return g_steal_pointer (&json);
}

/* The document, or NULL if it is not exactly one well-formed value. */
static Json *
json_parse (const char *text)
{
  Reader reader = { text };
  g_autoptr(Json) json = read_value (&reader, 0);

  if (json == NULL)
    return NULL;
  skip_space (&reader);
  if (*reader.p != '\0')
    return NULL;

  return g_steal_pointer (&json);
}

static Json *
member (Json       *object,
        const char *key,
        JsonType    type)
{
  g_assert_nonnull (object);
  g_assert_cmpint (object->type, ==, JSON_OBJECT);

  for (guint i = 0; i < object->keys->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (object->keys, i), key))
        {
          Json *value = g_ptr_array_index (object->items, i);

          if (value->type != type)
            g_error ("“%s” has type %d, not %d", key, value->type, type);
          return value;
        }
    }

  g_error ("no member “%s”", key);
}

static void
test_json_reader (void)
{
  const char * const good[] = {
    "{}", "[]", "0", "-1.5e+3", "\"\\u00e9\\ud83d\\ude00\\n\"", "[true, false, null]",
    "{\"a\": [1, {\"b\": \"c\"}]}\n",
  };
  const char * const bad[] = {
    "", "{", "[1,]", "{\"a\" 1}", "01", "1.", ".5", "\"tab\there\"", "\"\\x\"", "[1] 2",
    "{\"a\": 1,}", "\"\\ud800\"", "'a'", "NaN", "tru",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(Json) json = json_parse (good[i]);

      if (json == NULL)
        g_error ("refused good JSON: %s", good[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(Json) json = json_parse (bad[i]);

      if (json != NULL)
        g_error ("took bad JSON: %s", bad[i]);
    }
}

/* --- The command ----------------------------------------------------- */

static void
make_demo (Fixture    *fixture,
           const char *database,
           const char *participants,
           gboolean    no_pairings)
{
  g_auto(Run) run = run_cli (fixture, "demo", "--database", database,
                             "--participants", participants, "--seed", "3",
                             no_pairings ? "--no-pairings" : NULL, NULL);

  assert_run (&run, 0);
}

static void
assert_person (Json *person)
{
  g_assert_cmpfloat (member (person, "id", JSON_NUMBER)->number, >=, 1);
  g_assert_cmpstr (member (person, "name", JSON_STRING)->string, !=, "");
  g_assert_nonnull (strchr (member (person, "email", JSON_STRING)->string, '@'));
}

/* Checks the structure of the JSON document; returns how many
 * suggestions it has. */
static guint
check_document (Json *document)
{
  Json *suggestions = member (document, "suggestions", JSON_ARRAY);
  Json *unpaired = member (document, "unpaired", JSON_ARRAY);
  double total = 0;

  for (guint i = 0; i < suggestions->items->len; i++)
    {
      Json *suggestion = g_ptr_array_index (suggestions->items, i);
      Json *criteria = member (suggestion, "criteria", JSON_ARRAY);
      double score = member (suggestion, "score", JSON_NUMBER)->number;
      double sum = 0;

      assert_person (member (suggestion, "mentor", JSON_OBJECT));
      assert_person (member (suggestion, "mentee", JSON_OBJECT));
      member (suggestion, "pinned", JSON_BOOLEAN);
      g_assert_cmpfloat (score, >, 0);
      g_assert_cmpfloat (score, <=, 100);
      g_assert_cmpuint (criteria->items->len, ==, 5);

      for (guint c = 0; c < criteria->items->len; c++)
        {
          Json *criterion = g_ptr_array_index (criteria->items, c);
          double points = member (criterion, "points", JSON_NUMBER)->number;
          double max_points = member (criterion, "max_points", JSON_NUMBER)->number;

          g_assert_cmpstr (member (criterion, "criterion", JSON_STRING)->string, !=, "");
          g_assert_cmpstr (member (criterion, "reason", JSON_STRING)->string, !=, "");
          g_assert_cmpfloat (points, >=, 0);
          g_assert_cmpfloat (points, <=, max_points);
          sum += points;
        }
      /* Two decimals each. */
      g_assert_cmpfloat (fabs (sum - score), <, 0.05);
      total += score;
    }

  for (guint i = 0; i < unpaired->items->len; i++)
    {
      Json *person = g_ptr_array_index (unpaired->items, i);

      assert_person (person);
      member (person, "as_mentor", JSON_BOOLEAN);
      g_assert_cmpstr (member (person, "reason", JSON_STRING)->string, !=, "");
    }

  g_assert_cmpfloat (fabs (member (document, "total", JSON_NUMBER)->number - total), <,
                     0.01 * (suggestions->items->len + 1));

  return suggestions->items->len;
}

static void
test_suggest (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(Json) document = NULL;
  guint n_suggestions;

  make_demo (fixture, "programme.db", "120", FALSE);

  {
    g_auto(Run) run = run_cli (fixture, "suggest", "--database", "programme.db", "--json", NULL);

    assert_run (&run, 0);
    g_assert_cmpstr (run.err, ==, "");
    document = json_parse (run.out);
    if (document == NULL)
      g_error ("not JSON:\n%s", run.out);
    n_suggestions = check_document (document);
    g_assert_cmpuint (n_suggestions, >, 5);
  }

  /* The same suggestions in words: a line per pair, its criteria under it. */
  {
    g_auto(Run) run = run_cli (fixture, "suggest", "--database", "programme.db", NULL);
    g_autofree char *summary = g_strdup_printf ("%u pairs suggested, total score ", n_suggestions);
    g_auto(GStrv) lines = NULL;
    guint n_pair_lines = 0;

    assert_run (&run, 0);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_nonnull (strstr (run.out, summary));
    g_assert_nonnull (strstr (run.out, "    Topic fit"));
    g_assert_nonnull (strstr (run.out, "    Reverse direction"));

    lines = g_strsplit (run.out, "\n", -1);
    for (guint i = 0; lines[i] != NULL; i++)
      {
        if (strstr (lines[i], " → ") != NULL && lines[i][0] != ' ')
          {
            n_pair_lines++;
            g_assert_true (g_str_has_prefix (lines[i + 1], "    Topic fit"));
          }
      }
    g_assert_cmpuint (n_pair_lines, ==, n_suggestions);
  }

  /* The same data, the same answer. */
  {
    g_auto(Run) first = run_cli (fixture, "suggest", "-d", "programme.db", "--json", NULL);
    g_auto(Run) again = run_cli (fixture, "suggest", "-d", "programme.db", "--json", NULL);

    g_assert_cmpstr (first.out, ==, again.out);
  }
}

static void
test_no_pairings (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "cohort.db", NULL);
  guint mentors = 0;
  guint mentees = 0;

  make_demo (fixture, "cohort.db", "2400", TRUE);

  store = ta_store_open (path, &error);
  g_assert_no_error (error);
  participants = ta_store_list_participants (store, &error);
  g_assert_no_error (error);
  pairings = ta_store_list_pairings (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pairings->len, ==, 0);
  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);

      g_assert_cmpint (ta_participant_get_status (participant), ==, TA_PARTICIPANT_STATUS_ACTIVE);
      mentors += ta_participant_get_role (participant) == TA_ROLE_MENTOR;
      mentees += ta_participant_get_role (participant) == TA_ROLE_MENTEE;
    }
  g_assert_cmpuint (mentors, ==, 1200);
  g_assert_cmpuint (mentees, ==, 1200);
  g_clear_object (&store);

  {
    g_auto(Run) run = run_cli (fixture, "suggest", "-d", "cohort.db", "--json", NULL);
    g_autoptr(Json) document = NULL;

    assert_run (&run, 0);
    document = json_parse (run.out);
    g_assert_nonnull (document);
    g_assert_cmpuint (check_document (document), >, 1000);
  }
}

/* Names a facilitator may well type: quotes, backslashes, other scripts. */
static void
test_hostile_names (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char csv[] =
    "name,email,role,offers,seeks,capacity,languages\n"
    "\"Ana \"\"The Junior\"\" \\ Peeters\",ana@example.org,mentor,AI tools,Negotiation,1,en\n"
    "\"Marc </script> Dubois\",marc@example.org,mentee,Negotiation,AI tools,0,en\n"
    "\"Zoë 李 \\u0041\",zoe@example.org,mentee,,AI tools,0,fr\n";
  g_autofree char *file = g_build_filename (fixture->dir, "people.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(Json) document = NULL;
  Json *suggestions;
  Json *unpaired;

  g_file_set_contents (file, csv, -1, &error);
  g_assert_no_error (error);

  {
    g_auto(Run) run = run_cli (fixture, "import", "people.csv", "-d", "hostile.db", NULL);

    assert_run (&run, 0);
  }
  {
    g_auto(Run) run = run_cli (fixture, "suggest", "-d", "hostile.db", "--json", NULL);

    assert_run (&run, 0);
    document = json_parse (run.out);
    if (document == NULL)
      g_error ("not JSON:\n%s", run.out);
  }

  check_document (document);
  suggestions = member (document, "suggestions", JSON_ARRAY);
  g_assert_cmpuint (suggestions->items->len, ==, 1);
  g_assert_cmpstr (member (member (g_ptr_array_index (suggestions->items, 0), "mentor", JSON_OBJECT),
                           "name", JSON_STRING)->string, ==, "Ana \"The Junior\" \\ Peeters");
  g_assert_cmpstr (member (member (g_ptr_array_index (suggestions->items, 0), "mentee", JSON_OBJECT),
                           "name", JSON_STRING)->string, ==, "Marc </script> Dubois");

  unpaired = member (document, "unpaired", JSON_ARRAY);
  g_assert_cmpuint (unpaired->items->len, ==, 1);
  g_assert_cmpstr (member (g_ptr_array_index (unpaired->items, 0), "name", JSON_STRING)->string, ==,
                   "Zoë 李 \\u0041");
  g_assert_cmpstr (member (g_ptr_array_index (unpaired->items, 0), "reason", JSON_STRING)->string, ==,
                   "No compatible mentor: most share no language with them");

  /* And in words. */
  {
    g_auto(Run) run = run_cli (fixture, "suggest", "-d", "hostile.db", NULL);

    assert_run (&run, 0);
    g_assert_nonnull (strstr (run.out, "Ana \"The Junior\" \\ Peeters → Marc </script> Dubois: "));
    g_assert_nonnull (strstr (run.out, "Zoë 李 \\u0041, as a mentee: No compatible mentor"));
  }
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(Json) document = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "empty.db", NULL);

  /* suggest only reads, and never makes a programme: an empty one is
   * made here, as the window would. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TaStore) store = ta_store_open (path, &error);

    g_assert_no_error (error);
  }
  {
    g_auto(Run) run = run_cli (fixture, "suggest", "-d", "empty.db", NULL);

    assert_run (&run, 0);
    g_assert_cmpstr (run.out, ==, "No pairs to suggest.\n");
  }
  {
    g_auto(Run) run = run_cli (fixture, "suggest", "-d", "empty.db", "--json", NULL);

    assert_run (&run, 0);
    document = json_parse (run.out);
    g_assert_nonnull (document);
    g_assert_cmpuint (check_document (document), ==, 0);
    g_assert_cmpuint (member (document, "unpaired", JSON_ARRAY)->items->len, ==, 0);
  }
}

static void
test_help_and_errors (Fixture       *fixture,
                      gconstpointer  data)
{
  {
    g_auto(Run) run = run_cli (fixture, "suggest", "--help", NULL);

    assert_run (&run, 0);
    g_assert_nonnull (strstr (run.out, "turnabout-cli suggest"));
    g_assert_nonnull (strstr (run.out, "--json"));
    g_assert_nonnull (strstr (run.out, "--database"));
  }
  {
    g_auto(Run) run = run_cli (fixture, "--help", NULL);

    assert_run (&run, 0);
    g_assert_nonnull (strstr (run.out, "suggest"));
  }
  {
    g_auto(Run) run = run_cli (fixture, "demo", "--help", NULL);

    assert_run (&run, 0);
    g_assert_nonnull (strstr (run.out, "--no-pairings"));
  }
  {
    g_auto(Run) run = run_cli (fixture, "suggest", "--bogus", "-d", "x.db", NULL);

    assert_run (&run, 2);
    g_assert_cmpstr (run.out, ==, "");
  }
  {
    g_auto(Run) run = run_cli (fixture, "suggest", "extra", "-d", "x.db", NULL);

    assert_run (&run, 2);
    g_assert_nonnull (strstr (run.err, "Unexpected argument “extra”"));
  }

  /* Not a programme: a failure, said on stderr, the file left alone. */
  {
    g_autofree char *path = g_build_filename (fixture->dir, "notes.db", NULL);
    g_autoptr(GError) error = NULL;
    g_autofree char *after = NULL;

    g_file_set_contents (path, "not a database at all, just some text", -1, &error);
    g_assert_no_error (error);
    {
      g_auto(Run) run = run_cli (fixture, "suggest", "-d", "notes.db", NULL);

      assert_run (&run, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "turnabout-cli suggest: "));
    }
    g_file_get_contents (path, &after, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (after, ==, "not a database at all, just some text");
  }

  /* Help never touched a database. */
  {
    g_autofree char *data_home = g_build_filename (fixture->dir, "data-home", NULL);

    g_assert_false (g_file_test (data_home, G_FILE_TEST_EXISTS));
  }
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *absolute = NULL;

  absolute = cli_test_init (&argc, &argv);
  if (absolute == NULL)
    return 1;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  g_test_add_func ("/suggest/json-reader", test_json_reader);
  ADD ("/suggest/demo", test_suggest);
  ADD ("/suggest/no-pairings", test_no_pairings);
  ADD ("/suggest/hostile-names", test_hostile_names);
  ADD ("/suggest/empty", test_empty);
  ADD ("/suggest/help-and-errors", test_help_and_errors);

#undef ADD

  return g_test_run ();
}
