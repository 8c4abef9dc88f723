/* ta-session-outcome-dialog.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-session-outcome"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-describe.h"
#include "ta-pairing.h"
#include "ta-session-outcome-dialog.h"
#include "ta-invitation-send.h"
#include "ta-toast.h"
#include "ta-undo-toast.h"

/* The "who" choice that records a no-show rather than a cancellation:
 * the model has no field for who did not come, so the reason says it. */
#define WHO_NO_SHOW G_MININT64

typedef enum
{
  MODE_MARK,    /* a planned session gets its outcome */
  MODE_RECORD,  /* what was recorded, shown and corrected */
} Mode;

/**
 * ta_session_outcome_has_begun:
 * @session: a session
 *
 * Returns: whether @session has started, so that held or no-show can be
 *   recorded for it
 */
gboolean
ta_session_outcome_has_begun (TaSession *session)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_return_val_if_fail (TA_IS_SESSION (session), FALSE);

  return ta_session_get_starts_at (session) != NULL &&
         g_date_time_compare (ta_session_get_starts_at (session), now) <= 0;
}

/* One sentence naming the session: who, date, time and place. */
static char *
describe_sentence (TaSession         *session,
                   TaProgramme       *programme)
{
  g_autofree char *who = ta_describe_session (session, programme);
  g_autoptr(GDateTime) local = g_date_time_to_local (ta_session_get_starts_at (session));
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  const char *place = ta_session_get_location (session);

  /* Translators: a session's date in a dialog's sentence, see
   * g_date_time_format() */
  date = g_date_time_format (local, C_("session sentence", "%A %-e %B %Y"));
  /* Translators: a session's time in a dialog's sentence, see
   * g_date_time_format() */
  time = g_date_time_format (local, C_("session sentence", "%H:%M"));

  if (place != NULL && place[0] != '\0')
    /* Translators: names a session in a dialog: %1$s who meets (two
     * names, or a title), %2$s its date, %3$s its time, %4$s its place
     * or video link */
    return g_strdup_printf (_("%1$s, on %2$s at %3$s, in %4$s."), who, date, time, place);

  /* Translators: names a session in a dialog: %1$s who meets (two names,
   * or a title), %2$s its date, %3$s its time */
  return g_strdup_printf (_("%1$s, on %2$s at %3$s."), who, date, time);
}

/* Saving */

static gboolean
undo_outcome (TaProgramme  *programme,
              gpointer      data,
              GError      **error)
{
  return ta_programme_update_session (programme, TA_SESSION (data), error);
}

/* Saves @changed in one revision-checked update, with a toast that can
 * put back @original. */
static void
save_outcome (GtkWidget         *view,
              TaProgramme       *programme,
              TaSession         *original,
              TaSession         *changed,
              const char        *title)
{
  g_autoptr(TaSession) before = NULL;
  g_autoptr(GError) error = NULL;

  if (!ta_programme_update_session (programme, changed, &error))
    {
      ta_toast_add_error (view, _("Could not save the session: %s"), error->message);
      return;
    }

  /* Undo puts back the session as it was, unless someone changed it
   * after this save. */
  before = ta_session_copy (original);
  ta_session_set_revision (before, ta_session_get_revision (changed));

  ta_toast_add (view, ta_undo_toast_new (view, programme, title, undo_outcome, NULL,
                                         g_steal_pointer (&before), g_object_unref));
  /* Cancelled after its invitation went out: the attendees are told */
  ta_invitation_offer_update (view, programme, changed);
}

/* Building the forms */

static GtkWidget *
add_field (GtkBox     *box,
           const char *mnemonic,
           GtkWidget  *widget)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  gtk_box_append (box, label);
  gtk_box_append (box, widget);

  return widget;
}

static GtkWidget *
new_entry (const char *text)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  /* Narrow dialogs: the entry shrinks with them. */
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 8);

  return entry;
}

/* "Not rated", then 1 to 5: the position is the rating, 0 the store's
 * "not given".  A spin button cannot say "not rated". */
static GtkWidget *
new_rating_dropdown (int rating)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  GtkWidget *dropdown;

  /* Translators: a rating of a session left empty */
  gtk_string_list_append (choices, _("Not rated"));
  for (int i = 1; i <= 5; i++)
    {
      g_autofree char *number = g_strdup_printf ("%d", i);
      gtk_string_list_append (choices, number);
    }

  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&choices)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), (guint) CLAMP (rating, 0, 5));
  gtk_widget_set_halign (dropdown, GTK_ALIGN_START);

  return dropdown;
}

static GtkWidget *
new_notes (const char *text)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text != NULL ? text : "", -1);
  gtk_widget_add_css_class (view, "card");
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 64);
  g_object_set_data (G_OBJECT (scrolled), "text-view", view);

  return scrolled;
}

/* A multi-line field: what was learned is often a few sentences, and
 * reading it back is the point of the record. */
static GtkWidget *
add_text_field (AdwMessageDialog *dialog,
                GtkBox           *box,
                const char       *mnemonic,
                const char       *key,
                const char       *text)
{
  GtkWidget *scrolled = add_field (box, mnemonic, new_notes (text));
  GtkWidget *view = g_object_get_data (G_OBJECT (scrolled), "text-view");

  gtk_label_set_mnemonic_widget (GTK_LABEL (gtk_widget_get_prev_sibling (scrolled)), view);
  g_object_set_data (G_OBJECT (dialog), key, view);

  return view;
}

static char *
entry_text (AdwMessageDialog *dialog,
            const char       *key)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), key);

  return g_strstrip (g_strdup (gtk_editable_get_text (entry)));
}

/* The text of a multi-line field, NULL when blank. */
static char *
text_view_text (AdwMessageDialog *dialog,
                const char       *key)
{
  GtkTextView *view = g_object_get_data (G_OBJECT (dialog), key);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  char *text;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

/* Issue 14: in a personal programme each learning is private unless its
 * author shares it; a shared one goes to the facilitator with the next
 * update (docs/exchange.md). */
static void
add_share_switch (AdwMessageDialog *dialog,
                  GtkBox           *box,
                  const char       *key,
                  const char       *accessible_name,
                  gboolean          active)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (_("Share with facilitator"));
  GtkWidget *subtitle = gtk_label_new (_("Private notes never leave this computer"));
  GtkWidget *share = gtk_switch_new ();

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), subtitle);
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_switch_set_active (GTK_SWITCH (share), active);
  gtk_widget_set_valign (share, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (share),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Private notes never leave this computer"),
                                  -1);
  gtk_box_append (GTK_BOX (row), labels);
  gtk_box_append (GTK_BOX (row), share);
  gtk_widget_set_margin_bottom (row, 6);
  gtk_box_append (box, row);
  g_object_set_data (G_OBJECT (dialog), key, share);
}

static gboolean
switch_active (AdwMessageDialog *dialog,
               const char       *key)
{
  GtkSwitch *share = g_object_get_data (G_OBJECT (dialog), key);

  return share != NULL && gtk_switch_get_active (share);
}

static GtkWidget *
new_form (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_widget_set_hexpand (box, TRUE);

  return box;
}

static AdwMessageDialog *
new_dialog (GtkWidget         *view,
            TaProgramme       *programme,
            TaSession         *session,
            const char        *heading)
{
  g_autofree char *body = describe_sentence (session, programme);
  GtkRoot *root = gtk_widget_get_root (view);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  /* Screen readers announce the window by its title. */
  gtk_window_set_title (GTK_WINDOW (dialog), heading);
  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);

  /* The session as it is now: if it changes before the answer (another
   * window or process marks it), the store refuses this stale copy. */
  g_object_set_data_full (G_OBJECT (dialog), "session", ta_session_copy (session), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "programme", g_object_ref (programme), g_object_unref);

  return ADW_MESSAGE_DIALOG (dialog);
}

/* Held */

static void
held_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  GtkWidget        *view)
{
  TaSession *session = g_object_get_data (G_OBJECT (dialog), "session");
  TaProgramme       *programme = g_object_get_data (G_OBJECT (dialog), "programme");
  Mode mode = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "mode"));
  g_autoptr(TaSession) changed = NULL;
  g_autofree char *mentor_learned = NULL;
  g_autofree char *mentee_learned = NULL;
  g_autofree char *notes = NULL;

  if (g_strcmp0 (response, mode == MODE_MARK ? "held" : "save") != 0)
    return;

  mentor_learned = text_view_text (dialog, "mentor-learned");
  mentee_learned = text_view_text (dialog, "mentee-learned");
  notes = text_view_text (dialog, "notes");

  changed = ta_session_copy (session);
  ta_session_set_status (changed, TA_SESSION_STATUS_HELD);
  ta_session_set_mentor_learned (changed, mentor_learned);
  ta_session_set_mentee_learned (changed, mentee_learned);
  if (g_object_get_data (G_OBJECT (dialog), "mentor-shared") != NULL)
    {
      ta_session_set_mentor_learned_shared (changed, switch_active (dialog, "mentor-shared"));
      ta_session_set_mentee_learned_shared (changed, switch_active (dialog, "mentee-shared"));
    }
  ta_session_set_notes (changed, notes);
  ta_session_set_mentor_rating (changed, gtk_drop_down_get_selected (g_object_get_data (G_OBJECT (dialog), "mentor-rating")));
  ta_session_set_mentee_rating (changed, gtk_drop_down_get_selected (g_object_get_data (G_OBJECT (dialog), "mentee-rating")));

  save_outcome (view, programme, session, changed,
                mode == MODE_MARK ? _("Session marked as held") : _("Session record saved"));
}

static AdwMessageDialog *
held_dialog (GtkWidget         *view,
             TaProgramme       *programme,
             TaSession         *session,
             Mode               mode)
{
  AdwMessageDialog *dialog;
  GtkWidget *form = new_form ();
  GtkWidget *widget;
  gboolean personal = ta_programme_get_side (programme) == TA_PROGRAMME_SIDE_PERSONAL;

  dialog = new_dialog (view, programme, session,
                       mode == MODE_MARK ? _("Mark as Held?") : _("Held Session"));
  if (mode == MODE_MARK)
    {
      adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "held", _("_Mark as Held"), NULL);
      adw_message_dialog_set_response_appearance (dialog, "held", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "held");
    }
  else
    {
      adw_message_dialog_add_responses (dialog, "cancel", _("_Close"), "save", _("_Save"), NULL);
      adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
    }
  adw_message_dialog_set_close_response (dialog, "cancel");

  add_text_field (dialog, GTK_BOX (form), _("What the _mentor learned"), "mentor-learned",
                  ta_session_get_mentor_learned (session));
  if (personal)
    add_share_switch (dialog, GTK_BOX (form), "mentor-shared",
                      _("Share what the mentor learned with the facilitator"),
                      ta_session_get_mentor_learned_shared (session));
  widget = add_field (GTK_BOX (form), _("Mentor’s _rating"),
                      new_rating_dropdown (ta_session_get_mentor_rating (session)));
  g_object_set_data (G_OBJECT (dialog), "mentor-rating", widget);
  add_text_field (dialog, GTK_BOX (form), _("What the m_entee learned"), "mentee-learned",
                  ta_session_get_mentee_learned (session));
  if (personal)
    add_share_switch (dialog, GTK_BOX (form), "mentee-shared",
                      _("Share what the mentee learned with the facilitator"),
                      ta_session_get_mentee_learned_shared (session));
  widget = add_field (GTK_BOX (form), _("Mentee’s r_ating"),
                      new_rating_dropdown (ta_session_get_mentee_rating (session)));
  g_object_set_data (G_OBJECT (dialog), "mentee-rating", widget);
  add_text_field (dialog, GTK_BOX (form), _("_Notes"), "notes", ta_session_get_notes (session));
  adw_message_dialog_set_extra_child (dialog, form);

  g_object_set_data (G_OBJECT (dialog), "mode", GINT_TO_POINTER (mode));
  /* Nothing to save into once the view is gone (the programme closed). */
  g_signal_connect_object (dialog, "response", G_CALLBACK (held_response_cb), view, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

/**
 * ta_session_outcome_ask_held:
 * @view: the widget that shows the toasts
 * @programme: the programme
 * @session: a planned session that has begun
 *
 * Asks what each side learned and their ratings (not rated unless
 * chosen), then marks @session held.
 *
 * Returns: (transfer none): the dialog, presented
 */
AdwMessageDialog *
ta_session_outcome_ask_held (GtkWidget         *view,
                             TaProgramme       *programme,
                             TaSession         *session)
{
  g_return_val_if_fail (GTK_IS_WIDGET (view), NULL);
  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (TA_IS_SESSION (session), NULL);

  return held_dialog (view, programme, session, MODE_MARK);
}

/* Cancelled, or no-show */

static void
reason_changed_cb (GtkEditable      *entry,
                   AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  const char *response = g_object_get_data (G_OBJECT (dialog), "reason-response");

  adw_message_dialog_set_response_enabled (dialog, response, reason[0] != '\0');
}

static void
cancel_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    GtkWidget        *view)
{
  TaSession *session = g_object_get_data (G_OBJECT (dialog), "session");
  TaProgramme       *programme = g_object_get_data (G_OBJECT (dialog), "programme");
  Mode mode = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "mode"));
  GtkDropDown *who = g_object_get_data (G_OBJECT (dialog), "who");
  GArray *ids = g_object_get_data (G_OBJECT (dialog), "who-ids");
  g_autoptr(TaSession) changed = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *notes = NULL;
  gint64 by = WHO_NO_SHOW;
  const char *title;

  if (g_strcmp0 (response, mode == MODE_MARK ? "cancel-session" : "save") != 0)
    return;

  reason = entry_text (dialog, "reason");
  notes = text_view_text (dialog, "notes");

  if (who != NULL && ids->len > 0)
    {
      guint position = gtk_drop_down_get_selected (who);

      if (position >= ids->len)
        position = ids->len - 1;
      by = g_array_index (ids, gint64, position);
    }

  changed = ta_session_copy (session);
  ta_session_set_notes (changed, notes);
  if (by == WHO_NO_SHOW)
    {
      ta_session_set_status (changed, TA_SESSION_STATUS_NO_SHOW);
      ta_session_set_cancelled_by (changed, TA_SESSION_CANCELLED_BY_NOBODY);
      ta_session_set_cancel_reason (changed, reason[0] != '\0' ? reason : NULL);
      title = _("Session recorded as a no-show");
    }
  else
    {
      if (reason[0] == '\0')
        return;
      ta_session_set_status (changed, TA_SESSION_STATUS_CANCELLED);
      ta_session_set_cancelled_by (changed, by);
      ta_session_set_cancel_reason (changed, reason);
      title = _("Session cancelled");
    }
  if (mode == MODE_RECORD)
    title = _("Session record saved");

  save_outcome (view, programme, session, changed, title);
}

static AdwMessageDialog *
cancel_dialog (GtkWidget         *view,
               TaProgramme       *programme,
               TaSession         *session,
               Mode               mode)
{
  TaSessionStatus status = ta_session_get_status (session);
  gboolean no_show_record = mode == MODE_RECORD && status == TA_SESSION_STATUS_NO_SHOW;
  gboolean reason_required = !no_show_record;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  TaPairing *pairing;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  AdwMessageDialog *dialog;
  GtkWidget *form = new_form ();
  GtkWidget *widget;
  const char *heading;
  const char *response;
  guint selected = 0;

  if (mode == MODE_MARK)
    heading = _("Cancel Session?");
  else if (no_show_record)
    heading = _("Session Not Attended");
  else
    heading = _("Cancelled Session");
  dialog = new_dialog (view, programme, session, heading);

  if (mode == MODE_MARK)
    {
      response = "cancel-session";
      adw_message_dialog_add_responses (dialog, "keep", _("_Keep"), response, _("C_ancel Session"), NULL);
      adw_message_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_DESTRUCTIVE);
    }
  else
    {
      response = "save";
      adw_message_dialog_add_responses (dialog, "keep", _("_Close"), response, _("_Save"), NULL);
      adw_message_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_SUGGESTED);
    }
  adw_message_dialog_set_close_response (dialog, "keep");
  g_object_set_data (G_OBJECT (dialog), "reason-response", (gpointer) response);

  if (!no_show_record)
    {
      gint64 facilitator = TA_SESSION_CANCELLED_BY_FACILITATOR;

      pairing = ta_pairing_list_lookup (ta_programme_get_pairings (programme),
                                        ta_session_get_pairing_id (session));
      if (pairing != NULL)
        {
          gint64 pair[2] = { ta_pairing_get_mentor_id (pairing), ta_pairing_get_mentee_id (pairing) };

          for (int i = 0; i < 2; i++)
            {
              TaParticipant *participant = ta_participant_list_lookup (ta_programme_get_participants (programme), pair[i]);
              const char *name = participant ? ta_participant_get_name (participant) : "?";
              g_autofree char *label = NULL;

              if (i == 0)
                /* Translators: who cancelled a session: the mentor, by name */
                label = g_strdup_printf (_("Mentor (%s)"), name);
              else
                /* Translators: who cancelled a session: the mentee, by name */
                label = g_strdup_printf (_("Mentee (%s)"), name);

              gtk_string_list_append (names, label);
              g_array_append_val (ids, pair[i]);
            }
        }
      gtk_string_list_append (names, _("Facilitator"));
      g_array_append_val (ids, facilitator);

      /* A no-show is a fact about a meeting that should have begun. */
      if (mode == MODE_MARK && ta_session_outcome_has_begun (session))
        {
          gint64 no_show = WHO_NO_SHOW;

          /* Translators: a choice for who cancelled a session: nobody
           * did, somebody just did not come */
          gtk_string_list_append (names, _("No-show: somebody did not come"));
          g_array_append_val (ids, no_show);
        }

      selected = G_MAXUINT;
      for (guint i = 0; i < ids->len; i++)
        if (g_array_index (ids, gint64, i) == ta_session_get_cancelled_by (session))
          selected = i;
      /* Recorded as cancelled by somebody else (an attendee of a group
       * session): kept, not silently replaced by the first choice. */
      if (selected == G_MAXUINT && ta_session_get_cancelled_by (session) > 0)
        {
          gint64 by = ta_session_get_cancelled_by (session);
          TaParticipant *participant = ta_participant_list_lookup (ta_programme_get_participants (programme), by);

          gtk_string_list_append (names, participant ? ta_participant_get_name (participant) : "?");
          g_array_append_val (ids, by);
          selected = ids->len - 1;
        }
      if (selected == G_MAXUINT)
        selected = 0;

      widget = add_field (GTK_BOX (form), _("Cancelled _by"),
                          gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL));
      gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), selected);
      g_object_set_data (G_OBJECT (dialog), "who", widget);
    }

  widget = add_field (GTK_BOX (form),
                      reason_required ? _("_Why (required)") : _("_What happened"),
                      new_entry (ta_session_get_cancel_reason (session)));
  g_object_set_data (G_OBJECT (dialog), "reason", widget);
  if (reason_required)
    {
      g_signal_connect_object (widget, "changed", G_CALLBACK (reason_changed_cb), dialog, 0);
      reason_changed_cb (GTK_EDITABLE (widget), dialog);
    }

  add_text_field (dialog, GTK_BOX (form), _("_Notes"), "notes", ta_session_get_notes (session));
  adw_message_dialog_set_extra_child (dialog, form);

  g_object_set_data_full (G_OBJECT (dialog), "who-ids", ids, (GDestroyNotify) g_array_unref);
  g_object_set_data (G_OBJECT (dialog), "mode", GINT_TO_POINTER (mode));
  g_signal_connect_object (dialog, "response", G_CALLBACK (cancel_response_cb), view, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

/**
 * ta_session_outcome_ask_cancel:
 * @view: the widget that shows the toasts
 * @programme: the programme
 * @session: a planned session
 *
 * Asks who cancelled and why, then marks @session cancelled; once it has
 * begun, "who" offers a no-show too.
 *
 * Returns: (transfer none): the dialog, presented
 */
AdwMessageDialog *
ta_session_outcome_ask_cancel (GtkWidget         *view,
                               TaProgramme       *programme,
                               TaSession         *session)
{
  g_return_val_if_fail (GTK_IS_WIDGET (view), NULL);
  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (TA_IS_SESSION (session), NULL);

  return cancel_dialog (view, programme, session, MODE_MARK);
}

/**
 * ta_session_outcome_show:
 * @view: the widget that shows the toasts
 * @programme: the programme
 * @session: a held, cancelled or no-show session
 *
 * Shows what was recorded for @session, to read and correct; Save writes
 * the corrections in one revision-checked update.
 *
 * Returns: (transfer none): the dialog, presented
 */
AdwMessageDialog *
ta_session_outcome_show (GtkWidget         *view,
                         TaProgramme       *programme,
                         TaSession         *session)
{
  g_return_val_if_fail (GTK_IS_WIDGET (view), NULL);
  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (TA_IS_SESSION (session), NULL);
  g_return_val_if_fail (ta_session_get_status (session) != TA_SESSION_STATUS_PLANNED, NULL);

  if (ta_session_get_status (session) == TA_SESSION_STATUS_HELD)
    return held_dialog (view, programme, session, MODE_RECORD);

  return cancel_dialog (view, programme, session, MODE_RECORD);
}
