/* ta-my-pair-card.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-personal"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-accessible.h"
#include "ta-check-in-dialog.h"
#include "ta-check-in.h"
#include "ta-goal-list.h"
#include "ta-my-pair-card.h"
#include "ta-pairing-row.h"
#include "ta-pair-session-list.h"
#include "ta-session-editor.h"

/*
 * One of my pairs, as My Pairs shows it (docs/exchange.md, "Sides"): the
 * partner, the check-ins due for me, the next meeting and its agenda (the
 * next planned session's notes), our goals and sessions (the Pairs page's
 * own widgets), and what each of us learned, marked shared or private.
 * The parts that are read from the programme are made again, once, after
 * a change of the pair's sessions, check-ins or people.
 */

struct _TaMyPairCard
{
  GtkWidget          parent_instance;

  /* Widgets */
  GtkWidget         *box;
  /* The partner: name, role and address, with Send Update… below them
   * rather than beside, so that at 360 px neither the name nor the
   * address is cut or broken inside a word. */
  GtkLabel *partner_name;
  GtkLabel *partner_role;
  GtkLabel *partner_email;
  GtkWidget         *send_button;
  AdwPreferencesGroup *check_in_group;
  GPtrArray         *check_in_rows;
  AdwPreferencesGroup *agenda_group;
  AdwActionRow      *agenda_row;
  GtkWidget         *agenda_button;
  TaGoalList        *goal_list;
  AdwPreferencesGroup *sessions_group;
  TaPairSessionList *session_list;
  AdwPreferencesGroup *learned_group;
  GPtrArray         *learned_rows;

  /* Owned references */
  TaProgramme       *programme;
  TaPairing         *pairing;
  TaSession         *next_session;

  GString           *learnings;    /* for the tests */
  guint              refresh_idle;
  guint              n_due;
};

G_DEFINE_FINAL_TYPE (TaMyPairCard, ta_my_pair_card, GTK_TYPE_WIDGET)

static gboolean
ta_my_pair_card_i_mentor (TaMyPairCard *self)
{
  return ta_pairing_get_mentor_id (self->pairing) == ta_programme_get_me (self->programme);
}

static gint64
ta_my_pair_card_get_partner_id (TaMyPairCard *self)
{
  return ta_my_pair_card_i_mentor (self)
         ? ta_pairing_get_mentee_id (self->pairing)
         : ta_pairing_get_mentor_id (self->pairing);
}

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static char *
format_day (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  /* Translators: a session's day in My Pairs, see g_date_time_format() */
  return g_date_time_format (local, C_("my pairs", "%-d %B %Y"));
}

static void
ta_my_pair_card_refresh_header (TaMyPairCard *self)
{
  g_autoptr(TaParticipant) partner = NULL;
  g_autofree char *send_label = NULL;
  const char *name;
  const char *email;
  gboolean i_mentor = ta_my_pair_card_i_mentor (self);

  partner = ta_programme_get_participant (self->programme, ta_my_pair_card_get_partner_id (self), NULL);
  name = partner != NULL ? ta_participant_get_name (partner) : _("Your partner");
  email = partner != NULL ? ta_participant_get_email (partner) : NULL;

  gtk_label_set_text (self->partner_name, name);
  gtk_label_set_text (self->partner_role, i_mentor ? _("Your mentee") : _("Your mentor"));
  gtk_label_set_text (self->partner_email, email != NULL ? email : "");
  gtk_widget_set_visible (GTK_WIDGET (self->partner_email), email != NULL && *email != '\0');

  /* Translators: the accessible name of Send Update… on a pair; %s is the partner */
  send_label = g_strdup_printf (_("Send an update on your pair with %s"), name);
  ta_accessible_set_label (self->send_button, send_label);
  gtk_widget_set_tooltip_text (self->send_button, send_label);
}

static void
ta_my_pair_card_answer_cb (GtkButton    *button,
                           TaMyPairCard *self)
{
  TaCheckInKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "kind"));

  ta_check_in_dialog_present (GTK_WIDGET (self), self->programme, ta_pairing_get_id (self->pairing), kind,
                              ta_my_pair_card_i_mentor (self) ? TA_PAIR_SIDE_MENTOR : TA_PAIR_SIDE_MENTEE);
}

static void
ta_my_pair_card_refresh_check_ins (TaMyPairCard *self)
{
  g_autoptr(GPtrArray) due = NULL;
  TaPairSide side = ta_my_pair_card_i_mentor (self) ? TA_PAIR_SIDE_MENTOR : TA_PAIR_SIDE_MENTEE;

  clear_rows (self->check_in_group, self->check_in_rows);
  self->n_due = 0;

  due = ta_programme_list_due_check_ins (self->programme, ta_pairing_get_id (self->pairing), NULL, NULL);
  for (guint i = 0; due != NULL && i < due->len; i++)
    {
      TaCheckInDue *item = g_ptr_array_index (due, i);
      g_autofree char *subtitle = NULL;
      g_autofree char *label = NULL;
      GtkWidget *row;
      GtkWidget *button;
      char text[64];

      if (item->side != side || item->answered)
        continue;

      g_autofree char *since = NULL;

      /* The day as the pair's detail writes it, so both read alike. */
      g_date_strftime (text, sizeof text, "%Y-%m-%d", &item->due_on);
      since = ta_pairing_format_date (text);
      /* Translators: when a check-in became due; %s is a date */
      subtitle = g_strdup_printf (_("Due since %s"), since);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ta_check_in_kind_get_label (item->kind));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

      button = gtk_button_new_with_mnemonic (_("_Answer…"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      /* Translators: the accessible name of Answer… on a check-in; %s is its kind */
      label = g_strdup_printf (_("Answer the check-in: %s"), ta_check_in_kind_get_label (item->kind));
      ta_accessible_set_label (button, label);
      g_object_set_data (G_OBJECT (button), "kind", GINT_TO_POINTER (item->kind));
      g_signal_connect (button, "clicked", G_CALLBACK (ta_my_pair_card_answer_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

      adw_preferences_group_add (self->check_in_group, row);
      g_ptr_array_add (self->check_in_rows, row);
      self->n_due++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->check_in_group), self->n_due > 0);
}

static GtkWidget *
make_learned_row (const char *title,
                  const char *text,
                  gboolean    mine,
                  gboolean    shared)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
  gtk_widget_add_css_class (row, "property");

  /* Only what I wrote is mine to share; my partner decides on theirs. */
  if (mine)
    {
      GtkWidget *label = gtk_label_new (shared ? _("Shared") : _("Private"));

      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (label, shared ? "accent" : "dim-label");
      gtk_widget_set_tooltip_text (label, shared ? _("Shared with the facilitator in your next update")
                                                 : _("Private notes never leave this computer"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  return row;
}

static void
ta_my_pair_card_add_learning (TaMyPairCard *self,
                              TaSession    *session,
                              const char   *who,
                              const char   *text,
                              gboolean      mine,
                              gboolean      shared)
{
  g_autofree char *day = NULL;
  g_autofree char *title = NULL;
  GtkWidget *row;

  if (text == NULL || *text == '\0')
    return;

  day = format_day (ta_session_get_starts_at (session));
  /* Translators: %1$s is "You" or the partner's name, %2$s a session's day */
  title = g_strdup_printf (_("%1$s learned · %2$s"), who, day);
  row = make_learned_row (title, text, mine, shared);
  adw_preferences_group_add (self->learned_group, row);
  g_ptr_array_add (self->learned_rows, row);
  g_string_append_printf (self->learnings, "%s|%s|%s\n", title, text,
                          mine ? (shared ? "Shared" : "Private") : "Partner");
}

static void
ta_my_pair_card_refresh_sessions (TaMyPairCard *self)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(TaParticipant) partner = NULL;
  gboolean i_mentor = ta_my_pair_card_i_mentor (self);
  const char *partner_name;
  TaSession *next = NULL;

  clear_rows (self->learned_group, self->learned_rows);
  g_string_truncate (self->learnings, 0);
  g_clear_object (&self->next_session);

  partner = ta_programme_get_participant (self->programme, ta_my_pair_card_get_partner_id (self), NULL);
  partner_name = partner != NULL ? ta_participant_get_name (partner) : _("Your partner");

  sessions = ta_programme_list_sessions_of_pairing (self->programme, ta_pairing_get_id (self->pairing), NULL);
  for (guint i = 0; sessions != NULL && i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);
      const char *mine = i_mentor ? ta_session_get_mentor_learned (session) : ta_session_get_mentee_learned (session);
      const char *theirs = i_mentor ? ta_session_get_mentee_learned (session) : ta_session_get_mentor_learned (session);
      gboolean shared = i_mentor ? ta_session_get_mentor_learned_shared (session)
                                 : ta_session_get_mentee_learned_shared (session);

      if (ta_session_get_status (session) == TA_SESSION_STATUS_PLANNED
          && g_date_time_compare (ta_session_get_ends_at (session), now) > 0
          && (next == NULL || g_date_time_compare (ta_session_get_starts_at (session),
                                                   ta_session_get_starts_at (next)) < 0))
        next = session;

      ta_my_pair_card_add_learning (self, session, _("You"), mine, TRUE, shared);
      ta_my_pair_card_add_learning (self, session, partner_name, theirs, FALSE, FALSE);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->learned_group), self->learned_rows->len > 0);

  if (next != NULL)
    {
      g_autoptr(GDateTime) start = g_date_time_to_local (ta_session_get_starts_at (next));
      /* Translators: the next meeting's time in My Pairs, see g_date_time_format() */
      g_autofree char *when = g_date_time_format (start, C_("my pairs", "%A %-d %B, %H:%M"));
      const char *notes = ta_session_get_notes (next);

      self->next_session = g_object_ref (next);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->agenda_row), when);
      adw_action_row_set_subtitle (self->agenda_row,
                                   notes != NULL && *notes != '\0'
                                   ? notes : _("No agenda yet: write it in the session's notes"));
      gtk_button_set_label (GTK_BUTTON (self->agenda_button), _("_Edit Agenda…"));
      ta_accessible_set_label (self->agenda_button, _("Edit the next meeting's agenda"));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->agenda_row), _("No meeting planned"));
      adw_action_row_set_subtitle (self->agenda_row, _("Plan the next one-on-one with your partner"));
      gtk_button_set_label (GTK_BUTTON (self->agenda_button), _("_Plan…"));
      ta_accessible_set_label (self->agenda_button, _("Plan a session with your partner"));
    }
}

static gboolean
ta_my_pair_card_refresh_cb (gpointer user_data)
{
  TaMyPairCard *self = TA_MY_PAIR_CARD (user_data);

  self->refresh_idle = 0;
  ta_my_pair_card_refresh_header (self);
  ta_my_pair_card_refresh_check_ins (self);
  ta_my_pair_card_refresh_sessions (self);

  return G_SOURCE_REMOVE;
}

static void
ta_my_pair_card_queue_refresh (TaMyPairCard *self)
{
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add (ta_my_pair_card_refresh_cb, self);
}

static void
ta_my_pair_card_agenda_cb (TaMyPairCard *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  TaSessionEditor *editor;

  if (self->next_session != NULL)
    editor = ta_session_editor_new_for_session (parent, GTK_WIDGET (self), self->programme, self->next_session);
  else
    editor = ta_session_editor_new_for_pairing (parent, GTK_WIDGET (self), self->programme,
                                                ta_pairing_get_id (self->pairing));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
ta_my_pair_card_dispose (GObject *object)
{
  TaMyPairCard *self = TA_MY_PAIR_CARD (object);

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  if (self->programme != NULL)
    g_signal_handlers_disconnect_by_data (self->programme, self);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->next_session);
  g_clear_object (&self->pairing);
  g_clear_object (&self->programme);

  G_OBJECT_CLASS (ta_my_pair_card_parent_class)->dispose (object);
}

static void
ta_my_pair_card_finalize (GObject *object)
{
  TaMyPairCard *self = TA_MY_PAIR_CARD (object);

  g_ptr_array_unref (self->check_in_rows);
  g_ptr_array_unref (self->learned_rows);
  g_string_free (self->learnings, TRUE);

  G_OBJECT_CLASS (ta_my_pair_card_parent_class)->finalize (object);
}

static void
ta_my_pair_card_class_init (TaMyPairCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_my_pair_card_dispose;
  object_class->finalize = ta_my_pair_card_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mypaircard");
}

static void
ta_my_pair_card_init (TaMyPairCard *self)
{
  self->check_in_rows = g_ptr_array_new ();
  self->learned_rows = g_ptr_array_new ();
  self->learnings = g_string_new (NULL);
}

static AdwPreferencesGroup *
add_group (TaMyPairCard *self,
           const char   *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (GTK_BOX (self->box), group);

  return ADW_PREFERENCES_GROUP (group);
}

static void
ta_my_pair_card_build (TaMyPairCard *self)
{
  gint64 pairing_id = ta_pairing_get_id (self->pairing);
  GtkWidget *header;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  self->partner_name = GTK_LABEL (gtk_label_new (NULL));
  self->partner_role = GTK_LABEL (gtk_label_new (NULL));
  self->partner_email = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->partner_name), "title-3");
  gtk_label_set_wrap (self->partner_name, TRUE);
  gtk_label_set_selectable (self->partner_email, TRUE);
  /* An address has no space to wrap at; it is cut in its middle only
   * when even a line of its own is too narrow for it. */
  gtk_label_set_ellipsize (self->partner_email, PANGO_ELLIPSIZE_MIDDLE);
  for (GtkLabel **label = (GtkLabel *[]) { self->partner_name, self->partner_role, self->partner_email, NULL };
       *label != NULL; label++)
    {
      gtk_label_set_xalign (*label, 0.0);
      if (*label != self->partner_name)
        gtk_widget_add_css_class (GTK_WIDGET (*label), "dim-label");
      gtk_box_append (GTK_BOX (header), GTK_WIDGET (*label));
    }
  self->send_button = gtk_button_new_with_mnemonic (_("_Send Update…"));
  gtk_widget_set_halign (self->send_button, GTK_ALIGN_START);
  gtk_widget_set_margin_top (self->send_button, 10);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->send_button), "x", pairing_id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->send_button), "win.send-exchange");
  gtk_box_append (GTK_BOX (header), self->send_button);
  gtk_box_append (GTK_BOX (self->box), header);

  self->check_in_group = add_group (self, _("Check-ins Due"));
  adw_preferences_group_set_description (self->check_in_group,
                                         _("A few questions on how your mentoring goes"));

  self->agenda_group = add_group (self, _("Next Meeting"));
  self->agenda_row = ADW_ACTION_ROW (adw_action_row_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->agenda_row), "property");
  self->agenda_button = gtk_button_new_with_mnemonic (_("_Plan…"));
  g_signal_connect_swapped (self->agenda_button, "clicked", G_CALLBACK (ta_my_pair_card_agenda_cb), self);
  adw_preferences_group_add (self->agenda_group, GTK_WIDGET (self->agenda_row));
  /* Below the row, not beside it: beside, "Tagesordnung bearbeiten…"
   * leaves the date and the agenda a column too narrow for a German or
   * French word at 360 px, and they are broken mid-word. */
  gtk_widget_set_halign (self->agenda_button, GTK_ALIGN_START);
  gtk_widget_set_margin_top (self->agenda_button, 12);
  adw_preferences_group_add (self->agenda_group, self->agenda_button);

  self->goal_list = TA_GOAL_LIST (ta_goal_list_new ());
  ta_goal_list_set_programme (self->goal_list, self->programme);
  ta_goal_list_set_pairing (self->goal_list, self->pairing);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->goal_list));

  self->sessions_group = add_group (self, _("Our Sessions"));
  self->session_list = TA_PAIR_SESSION_LIST (ta_pair_session_list_new ());
  ta_pair_session_list_set_programme (self->session_list, self->programme);
  ta_pair_session_list_set_pairing (self->session_list, self->pairing);
  adw_preferences_group_add (self->sessions_group, GTK_WIDGET (self->session_list));

  self->learned_group = add_group (self, _("What We Learned"));
  adw_preferences_group_set_description (self->learned_group,
                                         _("From the sessions held. Private notes never leave this computer; "
                                           "a learning you share goes to the facilitator with your next update."));
}

/**
 * ta_my_pair_card_new:
 * @programme: a personal programme
 * @pairing: one of my pairs
 *
 * Returns: (transfer floating): a new card showing @pairing
 */
GtkWidget *
ta_my_pair_card_new (TaProgramme *programme,
                     TaPairing   *pairing)
{
  TaMyPairCard *self;

  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (TA_IS_PAIRING (pairing), NULL);

  self = g_object_new (TA_TYPE_MY_PAIR_CARD, NULL);
  self->programme = g_object_ref (programme);
  self->pairing = g_object_ref (pairing);
  ta_my_pair_card_build (self);

  g_signal_connect_swapped (programme, "changed::sessions", G_CALLBACK (ta_my_pair_card_queue_refresh), self);
  g_signal_connect_swapped (programme, "changed::check-ins", G_CALLBACK (ta_my_pair_card_queue_refresh), self);
  g_signal_connect_swapped (programme, "changed::participants", G_CALLBACK (ta_my_pair_card_queue_refresh), self);
  g_signal_connect_swapped (programme, "changed::pairings", G_CALLBACK (ta_my_pair_card_queue_refresh), self);
  ta_my_pair_card_refresh_cb (self);

  return GTK_WIDGET (self);
}

TaPairing *
ta_my_pair_card_get_pairing (TaMyPairCard *self)
{
  g_return_val_if_fail (TA_IS_MY_PAIR_CARD (self), NULL);
  return self->pairing;
}

char *
_ta_my_pair_card_describe_learnings (TaMyPairCard *self)
{
  g_return_val_if_fail (TA_IS_MY_PAIR_CARD (self), NULL);

  if (self->refresh_idle != 0)
    {
      g_clear_handle_id (&self->refresh_idle, g_source_remove);
      ta_my_pair_card_refresh_cb (self);
    }
  return g_strdup (self->learnings->str);
}

const char *
_ta_my_pair_card_get_agenda (TaMyPairCard *self)
{
  g_return_val_if_fail (TA_IS_MY_PAIR_CARD (self), NULL);
  return adw_action_row_get_subtitle (self->agenda_row);
}

guint
_ta_my_pair_card_get_n_due (TaMyPairCard *self)
{
  g_return_val_if_fail (TA_IS_MY_PAIR_CARD (self), 0);
  return self->n_due;
}
