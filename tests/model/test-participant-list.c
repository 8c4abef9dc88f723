/* test-participant-list.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-participant-list"

#include "ta-participant-list.h"
#include "ta-test-programme.h"

typedef struct
{
  TaTestDir dir;
  TaStore *store;
  TaParticipantList *list;
  guint position;
  guint removed;
  guint added;
  guint n_signals;
} Fixture;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *fixture)
{
  fixture->position = position;
  fixture->removed = removed;
  fixture->added = added;
  fixture->n_signals++;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = ta_test_open_programme (&fixture->dir);
  fixture->list = ta_participant_list_new (fixture->store, &error);
  g_assert_no_error (error);
  g_signal_connect (fixture->list, "items-changed", G_CALLBACK (on_items_changed), fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->list);
  g_assert_finalize_object (fixture->store);
  ta_test_dir_clear (&fixture->dir);
}

static void
assert_signal (Fixture *fixture,
               guint    position,
               guint    removed,
               guint    added)
{
  g_assert_cmpuint (fixture->n_signals, ==, 1);
  g_assert_cmpuint (fixture->position, ==, position);
  g_assert_cmpuint (fixture->removed, ==, removed);
  g_assert_cmpuint (fixture->added, ==, added);
  fixture->n_signals = 0;
}

static TaParticipant *
add (Fixture    *fixture,
     const char *name,
     const char *email)
{
  g_autoptr(GError) error = NULL;
  TaParticipant *participant = ta_test_make_participant (name, email);

  g_assert_true (ta_store_add_participant (fixture->store, participant, &error));
  g_assert_no_error (error);
  return participant;
}

static void
test_follows_store (Fixture       *fixture,
                    gconstpointer  data)
{
  GListModel *model = G_LIST_MODEL (fixture->list);
  g_autoptr(TaParticipant) ada = NULL;
  g_autoptr(TaParticipant) bo = NULL;
  g_autoptr(TaParticipant) cy = NULL;
  g_autoptr(TaParticipant) shown = NULL;
  g_autoptr(GArray) reporting = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_list_model_get_item_type (model) == TA_TYPE_PARTICIPANT);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  ada = add (fixture, "Ada", "ada@example.com");
  assert_signal (fixture, 0, 0, 1);
  bo = add (fixture, "Bo", "bo@example.com");
  assert_signal (fixture, 1, 0, 1);
  cy = add (fixture, "Cy", "cy@example.com");
  assert_signal (fixture, 2, 0, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

  /* An edit updates the object views already hold. */
  shown = g_list_model_get_item (model, 1);
  g_assert_cmpstr (ta_participant_get_name (shown), ==, "Bo");
  ta_participant_set_name (bo, "Bo Svensson");
  g_assert_true (ta_store_update_participant (fixture->store, bo, &error));
  assert_signal (fixture, 1, 1, 1);
  g_assert_cmpstr (ta_participant_get_name (shown), ==, "Bo Svensson");
  g_assert_true (ta_participant_list_lookup (fixture->list, ta_participant_get_id (bo)) == shown);

  g_assert_true (ta_store_delete_participant (fixture->store, ta_participant_get_id (bo), &reporting, &error));
  assert_signal (fixture, 1, 1, 0);
  g_assert_null (ta_participant_list_lookup (fixture->list, ta_participant_get_id (bo)));
  g_assert_null (g_list_model_get_item (model, 2));

  /* Undo puts it back in its old place. */
  g_assert_true (ta_store_restore_participant (fixture->store, bo, reporting, &error));
  g_assert_no_error (error);
  assert_signal (fixture, 1, 0, 1);
  g_clear_object (&shown);
  shown = g_list_model_get_item (model, 1);
  g_assert_cmpstr (ta_participant_get_name (shown), ==, "Bo Svensson");
}

static void
test_reset_after_import (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TaParticipant) ada = add (fixture, "Ada", "ada@example.com");
  g_autoptr(GError) error = NULL;

  fixture->n_signals = 0;
  g_ptr_array_add (batch, ta_test_make_participant ("Eli", "eli@example.com"));
  g_ptr_array_add (batch, ta_test_make_participant ("Fay", "fay@example.com"));
  g_assert_true (ta_store_import_participants (fixture->store, batch, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  /* Only the two new people are announced: Ada did not change, so a view
   * keeps her row, its selection and its scroll position. */
  assert_signal (fixture, 1, 0, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->list)), ==, 3);
}

static void
test_loads_existing (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(TaParticipant) ada = add (fixture, "Ada", "ada@example.com");
  g_autoptr(TaParticipant) bo = add (fixture, "Bo", "bo@example.com");
  g_autoptr(TaParticipantList) second = NULL;
  g_autoptr(TaParticipant) first = NULL;
  g_autoptr(GError) error = NULL;
  const char *offers[] = { "Slack and Teams", NULL };

  ta_participant_set_offers (bo, offers);
  g_assert_true (ta_store_update_participant (fixture->store, bo, &error));

  second = ta_participant_list_new (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (second)), ==, 2);
  first = g_list_model_get_item (G_LIST_MODEL (second), 1);
  g_assert_cmpstrv (ta_participant_get_offers (first), offers);
  g_assert_true (ta_participant_list_get_store (second) == fixture->store);
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

/* The list is a TaRecordList: the base's API and properties answer for
 * it, n-items is notified only when the count moves, and a reload that
 * finds nothing new announces nothing. */
static void
test_record_list (Fixture       *fixture,
                  gconstpointer  data)
{
  TaRecordList *list = TA_RECORD_LIST (fixture->list);
  g_autoptr(TaParticipant) ada = NULL;
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint n_items = 0;
  guint notified = 0;

  g_assert_true (TA_IS_RECORD_LIST (fixture->list));
  g_assert_true (ta_record_list_get_store (list) == fixture->store);
  g_object_get (fixture->list, "store", &store, NULL);
  g_assert_true (store == fixture->store);
  g_signal_connect (fixture->list, "notify::n-items", G_CALLBACK (on_notify), &notified);

  ada = add (fixture, "Ada", "ada@example.com");
  assert_signal (fixture, 0, 0, 1);
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (fixture->list, "n-items", &n_items, NULL);
  g_assert_cmpuint (n_items, ==, 1);
  g_assert_true (ta_record_list_lookup (list, ta_participant_get_id (ada)) ==
                 ta_participant_list_lookup (fixture->list, ta_participant_get_id (ada)));

  ta_participant_set_name (ada, "Ada Lovelace");
  g_assert_true (ta_store_update_participant (fixture->store, ada, &error));
  assert_signal (fixture, 0, 1, 1);
  g_assert_cmpuint (notified, ==, 1);

  g_assert_true (ta_record_list_reload (list, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_signals, ==, 0);
  g_assert_cmpuint (notified, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/participant-list/follows-store", Fixture, NULL,
              fixture_setup, test_follows_store, fixture_teardown);
  g_test_add ("/participant-list/reset-after-import", Fixture, NULL,
              fixture_setup, test_reset_after_import, fixture_teardown);
  g_test_add ("/participant-list/loads-existing", Fixture, NULL,
              fixture_setup, test_loads_existing, fixture_teardown);
  g_test_add ("/participant-list/record-list", Fixture, NULL,
              fixture_setup, test_record_list, fixture_teardown);

  return g_test_run ();
}
