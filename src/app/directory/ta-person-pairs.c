/* ta-person-pairs.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-accessible.h"
#include "ta-pairing-list.h"
#include "ta-pairing-row.h"
#include "ta-person-pairs.h"
#include "ta-session-list.h"

/*
 * The rows are made again whenever the pairings, the sessions or the
 * people change: a person has a handful of pairs, and a page shows one
 * person, so the simplest live list is the right one.
 */

struct _TaPersonPairs
{
  GtkWidget            parent_instance;

  GtkWidget           *group;
  GtkWidget           *next_group;
  GtkListBox          *pairs_box;
  AdwActionRow        *next_row;
  GtkLabel            *none_label;
  GtkWidget           *next_arrow;

  TaProgramme         *programme;
  TaParticipantList   *participants;  /* the programme's */
  TaPairingList       *pairings;
  TaSessionList       *sessions;
  gint64               participant_id;
  gint64               next_pairing_id;
  gboolean             has_next;
  guint                refresh_source;
};

G_DEFINE_FINAL_TYPE (TaPersonPairs, ta_person_pairs, GTK_TYPE_WIDGET)

static const char *
name_of (TaPersonPairs *self,
         gint64         id)
{
  TaParticipant *participant = NULL;

  if (self->participants != NULL)
    participant = ta_participant_list_lookup (self->participants, id);

  return participant != NULL ? ta_participant_get_name (participant) : _("Unknown");
}

static gboolean
involves (TaPairing *pairing,
          gint64     id)
{
  return ta_pairing_get_mentor_id (pairing) == id || ta_pairing_get_mentee_id (pairing) == id;
}

static int
compare_pairings (gconstpointer a,
                  gconstpointer b)
{
  TaPairing *pa = *(TaPairing **) a;
  TaPairing *pb = *(TaPairing **) b;
  gboolean open_a = ta_pairing_status_is_open (ta_pairing_get_status (pa));
  gboolean open_b = ta_pairing_status_is_open (ta_pairing_get_status (pb));

  /* The pairs going on first, then the history, newest first. */
  if (open_a != open_b)
    return open_a ? -1 : 1;

  return (ta_pairing_get_id (pb) > ta_pairing_get_id (pa)) - (ta_pairing_get_id (pb) < ta_pairing_get_id (pa));
}

static char *
describe_pairing (TaPersonPairs *self,
                  TaPairing     *pairing)
{
  gboolean is_mentor = ta_pairing_get_mentor_id (pairing) == self->participant_id;
  const char *status = ta_pairing_status_get_label (ta_pairing_get_status (pairing));
  g_autofree char *started = ta_pairing_format_date (ta_pairing_get_started_on (pairing));

  if (started != NULL)
    return is_mentor
      /* Translators: about someone's partner: %1$s is the pair's status
       * (Active, Paused…), %2$s the day it started */
      ? g_strdup_printf (_("Their mentee · %1$s · started %2$s"), status, started)
      /* Translators: about someone's partner: %1$s is the pair's status
       * (Active, Paused…), %2$s the day it started */
      : g_strdup_printf (_("Their mentor · %1$s · started %2$s"), status, started);

  return is_mentor
    /* Translators: about someone's partner: %s is the pair's status */
    ? g_strdup_printf (_("Their mentee · %s · not started yet"), status)
    : g_strdup_printf (_("Their mentor · %s · not started yet"), status);
}

static void
open_pairing (GtkWidget *widget,
              gint64     pairing_id)
{
  if (pairing_id != 0)
    gtk_widget_activate_action (widget, "win.show-pairing", "x", pairing_id);
}

static void
ta_person_pairs_row_activated (TaPersonPairs *self,
                               GtkListBoxRow *row)
{
  open_pairing (GTK_WIDGET (self),
                GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "ta-pairing-id")));
}

static void
ta_person_pairs_next_activated (TaPersonPairs *self)
{
  open_pairing (GTK_WIDGET (self), self->next_pairing_id);
}

/* The next planned session of a pair of theirs still going, or one they
 * attend. */
static TaSession *
find_next_session (TaPersonPairs *self,
                   GHashTable    *open_pairings)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  GListModel *model = G_LIST_MODEL (self->sessions);
  guint n_items = self->sessions != NULL ? g_list_model_get_n_items (model) : 0;
  TaSession *next = NULL;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TaSession) session = g_list_model_get_item (model, i);
      gboolean theirs = g_hash_table_contains (open_pairings,
                                               GSIZE_TO_POINTER (ta_session_get_pairing_id (session)));
      const gint64 *attendees;
      guint n_attendees = 0;

      if (ta_session_get_status (session) != TA_SESSION_STATUS_PLANNED ||
          g_date_time_compare (ta_session_get_starts_at (session), now) < 0)
        continue;

      attendees = ta_session_get_attendees (session, &n_attendees);
      for (guint k = 0; !theirs && k < n_attendees; k++)
        theirs = attendees[k] == self->participant_id;

      if (theirs && (next == NULL ||
                     g_date_time_compare (ta_session_get_starts_at (session),
                                          ta_session_get_starts_at (next)) < 0))
        next = session;
    }

  return next;
}

static void ta_person_pairs_queue_refresh (TaPersonPairs *self);

/* The pairs and sessions are read when someone is first shown, not when
 * the window opens: a large programme's would delay its first frame. */
static void
ta_person_pairs_load (TaPersonPairs *self)
{
  TaPairingList *pairings;
  TaSessionList *sessions;

  if (self->programme == NULL || self->participant_id == 0 || self->pairings != NULL)
    return;

  /* The programme's own lists, shared with the other pages. */
  pairings = ta_programme_get_pairings (self->programme);
  if (pairings == NULL)
    return;
  self->pairings = g_object_ref (pairings);
  sessions = ta_programme_get_sessions (self->programme);
  if (sessions != NULL)
    self->sessions = g_object_ref (sessions);

  g_signal_connect_object (self->pairings, "items-changed",
                           G_CALLBACK (ta_person_pairs_queue_refresh), self, G_CONNECT_SWAPPED);
  if (self->sessions != NULL)
    g_signal_connect_object (self->sessions, "items-changed",
                             G_CALLBACK (ta_person_pairs_queue_refresh), self, G_CONNECT_SWAPPED);
}

static void
ta_person_pairs_refresh (TaPersonPairs *self)
{
  g_autoptr(GPtrArray) theirs = g_ptr_array_new ();
  g_autoptr(GHashTable) open_pairings = g_hash_table_new (g_direct_hash, g_direct_equal);
  GtkWidget *child;
  TaSession *next;
  guint n_items;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  ta_person_pairs_load (self);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pairs_box))) != NULL)
    gtk_list_box_remove (self->pairs_box, child);

  n_items = self->pairings != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->pairings)) : 0;
  for (guint i = 0; i < n_items; i++)
    {
      TaPairing *pairing = g_list_model_get_item (G_LIST_MODEL (self->pairings), i);

      /* The list holds a reference too. */
      g_object_unref (pairing);
      if (self->participant_id == 0 || !involves (pairing, self->participant_id))
        continue;

      g_ptr_array_add (theirs, pairing);
      if (ta_pairing_status_is_open (ta_pairing_get_status (pairing)))
        g_hash_table_add (open_pairings, GSIZE_TO_POINTER (ta_pairing_get_id (pairing)));
    }
  g_ptr_array_sort (theirs, compare_pairings);

  for (guint i = 0; i < theirs->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (theirs, i);
      gint64 partner = ta_pairing_get_mentor_id (pairing) == self->participant_id
                       ? ta_pairing_get_mentee_id (pairing) : ta_pairing_get_mentor_id (pairing);
      g_autofree char *subtitle = describe_pairing (self, pairing);
      g_autofree char *accessible = NULL;
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name_of (self, partner));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "ta-pairing-id", GSIZE_TO_POINTER (ta_pairing_get_id (pairing)));
      /* Translators: a button's name for a screen reader; %1$s is the
       * partner's name, %2$s the pair's status and start */
      accessible = g_strdup_printf (_("Open the pair with %1$s, %2$s"), name_of (self, partner), subtitle);
      ta_accessible_set_label (GTK_WIDGET (row), accessible);
      gtk_list_box_append (self->pairs_box, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->pairs_box), theirs->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->none_label), theirs->len == 0);

  next = find_next_session (self, open_pairings);
  self->next_pairing_id = next != NULL ? ta_session_get_pairing_id (next) : 0;
  self->has_next = next != NULL;
  if (next != NULL)
    {
      g_autoptr(GDateTime) start = g_date_time_to_local (ta_session_get_starts_at (next));
      /* Translators: when a session starts, see g_date_time_format() */
      g_autofree char *when = g_date_time_format (start, C_("pairing detail", "%A %-d %B %Y, %H:%M"));
      const char *place = ta_session_get_location (next);
      g_autofree char *text = NULL;
      g_autofree char *accessible = NULL;

      if (place != NULL && place[0] != '\0')
        /* Translators: %1$s is when a session starts, %2$s where */
        text = g_strdup_printf (C_("next session", "%1$s, in %2$s"), when, place);
      else
        text = g_strdup (when);
      adw_action_row_set_subtitle (self->next_row, text);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->next_row), self->next_pairing_id != 0);
      gtk_widget_set_visible (self->next_arrow, self->next_pairing_id != 0);
      /* Translators: a button's name for a screen reader; %s is when and where */
      accessible = g_strdup_printf (_("Next session: %s. Open its pair"), text);
      ta_accessible_set_label (GTK_WIDGET (self->next_row), accessible);
    }
  else
    {
      adw_action_row_set_subtitle (self->next_row, _("None planned"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->next_row), FALSE);
      gtk_widget_set_visible (self->next_arrow, FALSE);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->next_row), GTK_ACCESSIBLE_PROPERTY_LABEL);
    }
}

static gboolean
ta_person_pairs_refresh_cb (gpointer user_data)
{
  TaPersonPairs *self = user_data;

  self->refresh_source = 0;
  ta_person_pairs_refresh (self);

  return G_SOURCE_REMOVE;
}

/* Many changes come together (a reload, an import): one refresh. */
static void
ta_person_pairs_queue_refresh (TaPersonPairs *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (ta_person_pairs_refresh_cb, self);
}

static void
ta_person_pairs_dispose (GObject *object)
{
  TaPersonPairs *self = TA_PERSON_PAIRS (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  ta_person_pairs_set_programme (self, NULL);
  g_clear_pointer (&self->group, gtk_widget_unparent);
  g_clear_pointer (&self->next_group, gtk_widget_unparent);

  G_OBJECT_CLASS (ta_person_pairs_parent_class)->dispose (object);
}

static void
ta_person_pairs_class_init (TaPersonPairsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_person_pairs_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "personpairs");
}

static void
ta_person_pairs_init (TaPersonPairs *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 18);

  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), _("Pairs"));
  gtk_widget_set_parent (self->group, GTK_WIDGET (self));

  self->pairs_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->pairs_box, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->pairs_box), "boxed-list");
  ta_accessible_set_label (GTK_WIDGET (self->pairs_box), _("Pairs"));
  g_signal_connect_swapped (self->pairs_box, "row-activated",
                            G_CALLBACK (ta_person_pairs_row_activated), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), GTK_WIDGET (self->pairs_box));

  self->none_label = GTK_LABEL (gtk_label_new (_("Not yet paired")));
  gtk_label_set_xalign (self->none_label, 0);
  gtk_label_set_wrap (self->none_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->none_label), "dim-label");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), GTK_WIDGET (self->none_label));

  self->next_group = adw_preferences_group_new ();
  gtk_widget_set_parent (self->next_group, GTK_WIDGET (self));
  self->next_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->next_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->next_row), _("Next Session"));
  adw_action_row_set_subtitle (self->next_row, _("None planned"));
  gtk_widget_add_css_class (GTK_WIDGET (self->next_row), "ta-property");
  self->next_arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  adw_action_row_add_suffix (self->next_row, self->next_arrow);
  g_signal_connect_swapped (self->next_row, "activated",
                            G_CALLBACK (ta_person_pairs_next_activated), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->next_group), GTK_WIDGET (self->next_row));

  ta_person_pairs_refresh (self);
}

GtkWidget *
ta_person_pairs_new (void)
{
  return g_object_new (TA_TYPE_PERSON_PAIRS, NULL);
}

/**
 * ta_person_pairs_set_programme:
 * @self: a #TaPersonPairs
 * @programme: (nullable): the open programme, which holds the people,
 *   pairs and sessions
 */
void
ta_person_pairs_set_programme (TaPersonPairs *self,
                               TaProgramme   *programme)
{
  TaParticipantList *participants;

  g_return_if_fail (TA_IS_PERSON_PAIRS (self));
  g_return_if_fail (!programme || TA_IS_PROGRAMME (programme));

  if (self->programme == programme)
    return;

  if (self->participants != NULL)
    g_signal_handlers_disconnect_by_data (self->participants, self);
  if (self->pairings != NULL)
    g_signal_handlers_disconnect_by_data (self->pairings, self);
  if (self->sessions != NULL)
    g_signal_handlers_disconnect_by_data (self->sessions, self);
  g_clear_object (&self->pairings);
  g_clear_object (&self->sessions);
  participants = programme != NULL ? ta_programme_get_participants (programme) : NULL;
  g_set_object (&self->programme, programme);
  g_set_object (&self->participants, participants);

  if (participants != NULL)
    g_signal_connect_object (participants, "items-changed",
                             G_CALLBACK (ta_person_pairs_queue_refresh), self, G_CONNECT_SWAPPED);

  ta_person_pairs_refresh (self);
}

/**
 * ta_person_pairs_set_participant_id:
 * @self: a #TaPersonPairs
 * @participant_id: whose pairs to show, or 0
 */
void
ta_person_pairs_set_participant_id (TaPersonPairs *self,
                                    gint64         participant_id)
{
  g_return_if_fail (TA_IS_PERSON_PAIRS (self));

  if (self->participant_id == participant_id)
    return;

  self->participant_id = participant_id;
  ta_person_pairs_refresh (self);
}

char *
_ta_person_pairs_describe (TaPersonPairs *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (TA_IS_PERSON_PAIRS (self), NULL);

  /* Changes not shown yet are shown now. */
  if (self->refresh_source != 0)
    ta_person_pairs_refresh (self);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->pairs_box));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (!ADW_IS_ACTION_ROW (row))
        continue;
      g_string_append_printf (text, "%s: %s\n",
                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                              adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
    }

  return g_string_free (text, FALSE);
}

char *
_ta_person_pairs_get_next_session (TaPersonPairs *self)
{
  g_return_val_if_fail (TA_IS_PERSON_PAIRS (self), NULL);

  if (self->refresh_source != 0)
    ta_person_pairs_refresh (self);

  if (!self->has_next)
    return NULL;

  return g_strdup (adw_action_row_get_subtitle (self->next_row));
}
