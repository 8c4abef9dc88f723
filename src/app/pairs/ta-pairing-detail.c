/* ta-pairing-detail.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-pairs"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-accessible.h"
#include "ta-goal-list.h"
#include "ta-match.h"
#include "ta-pair-session-list.h"
#include "ta-pairing-detail-private.h"
#include "ta-pairing-row.h"
#include "ta-score-part-row.h"
#include "ta-session-editor.h"
#include "ta-toast.h"

/*
 * A pair as the facilitator keeps it going: where it is in its lifecycle
 * and what can happen next, its goals (a TaGoalList), and the score it was
 * formed with.  Every change is made on a copy of the pairing and saved in
 * the programme; the pairing list then updates the pairing shown here.
 */

struct _TaPairingDetail
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkScrolledWindow *scrolled_window;
  GtkLabel          *title_label;
  GtkLabel          *status_label;
  GtkLabel          *flag_label;
  GtkWidget         *start_button;
  GtkWidget         *pause_button;
  GtkWidget         *resume_button;
  GtkWidget         *complete_button;
  GtkWidget         *end_button;
  AdwActionRow      *mentor_row;
  AdwActionRow      *mentee_row;
  AdwActionRow      *started_row;
  AdwActionRow      *ended_row;
  AdwActionRow      *reason_row;
  AdwPreferencesGroup *sessions_group;
  GtkWidget         *plan_button;
  GtkWidget         *send_button;
  AdwActionRow      *next_session_row;
  AdwActionRow      *last_held_row;
  TaGoalList        *goal_list;
  TaCheckInList     *check_in_list;
  AdwPreferencesGroup *score_group;
  GtkListBox        *score_list;
  GtkLevelBar       *score_level_bar;
  GtkLabel          *score_label;
  TaScorePartRow    *part_rows[TA_N_CRITERIA];
  TaPairSessionList *session_list;

  /* Owned references */
  TaPairing         *pairing;
  TaProgramme       *programme;
  TaParticipantList *participants;  /* the programme's, for the names */
};

G_DEFINE_FINAL_TYPE (TaPairingDetail, ta_pairing_detail, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PAIRING,
  PROP_PROGRAMME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


/* Saves @copy, an edited copy of the pairing shown. */
static gboolean
ta_pairing_detail_save (TaPairingDetail *self,
                        TaPairing       *copy)
{
  g_autoptr(GError) error = NULL;

  g_assert (TA_IS_PAIRING_DETAIL (self));

  if (self->programme == NULL)
    return FALSE;

  if (!ta_programme_update_pairing (self->programme, copy, &error))
    {
      /* Translators: a notification; %s says why */
      ta_toast_add_error (GTK_WIDGET (self), _("Cannot save the pair: %s"), error->message);
      return FALSE;
    }

  return TRUE;
}

static void
set_row_value (AdwActionRow *row,
               const char   *value)
{
  gtk_widget_set_visible (GTK_WIDGET (row), value != NULL && value[0] != '\0');
  adw_action_row_set_subtitle (row, value != NULL ? value : "");
}

static char *
describe_person (TaPairingDetail *self,
                 gint64           id)
{
  TaParticipant *participant = NULL;
  const char *job_title;

  if (self->participants != NULL)
    participant = ta_participant_list_lookup (self->participants, id);
  if (participant == NULL)
    return g_strdup (_("Unknown"));

  job_title = ta_participant_get_job_title (participant);
  if (job_title != NULL && job_title[0] != '\0')
    /* Translators: a name and a job title, as in "Ana Pereira, Data Analyst" */
    return g_strdup_printf (_("%1$s, %2$s"), ta_participant_get_name (participant), job_title);

  return g_strdup (ta_participant_get_name (participant));
}




static AdwMessageDialog *
ta_pairing_detail_new_dialog (TaPairingDetail *self,
                              const char      *heading,
                              const char      *body)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                     heading, body));
}













/* Lifecycle */

static void
ta_pairing_detail_change_status (TaPairingDetail *self,
                                 TaPairingStatus  status,
                                 const char      *reason)
{
  g_autoptr(TaPairing) copy = NULL;
  g_autofree char *today = NULL;

  g_assert (TA_IS_PAIRING_DETAIL (self));

  if (self->pairing == NULL ||
      !ta_pairing_status_can_change (ta_pairing_get_status (self->pairing), status))
    return;

  today = ta_date_today ();
  copy = ta_pairing_copy (self->pairing);
  ta_pairing_set_status (copy, status);

  if (status == TA_PAIRING_STATUS_ACTIVE && ta_pairing_get_started_on (copy) == NULL)
    ta_pairing_set_started_on (copy, today);

  if (status == TA_PAIRING_STATUS_COMPLETED || status == TA_PAIRING_STATUS_ENDED)
    ta_pairing_set_ended_on (copy, today);

  if (status == TA_PAIRING_STATUS_ENDED)
    ta_pairing_set_end_reason (copy, reason);

  ta_pairing_detail_save (self, copy);
}

static void
ta_pairing_detail_start_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  ta_pairing_detail_change_status (TA_PAIRING_DETAIL (widget), TA_PAIRING_STATUS_ACTIVE, NULL);
}

static void
ta_pairing_detail_pause_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  ta_pairing_detail_change_status (TA_PAIRING_DETAIL (widget), TA_PAIRING_STATUS_PAUSED, NULL);
}

static void
ta_pairing_detail_resume_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  ta_pairing_detail_change_status (TA_PAIRING_DETAIL (widget), TA_PAIRING_STATUS_ACTIVE, NULL);
}

static void
ta_pairing_detail_complete_response (TaPairingDetail  *self,
                                     const char       *response,
                                     AdwMessageDialog *dialog)
{
  if (g_strcmp0 (response, "complete") == 0)
    ta_pairing_detail_change_status (self, TA_PAIRING_STATUS_COMPLETED, NULL);
}

static void
ta_pairing_detail_complete_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  TaPairingDetail *self = TA_PAIRING_DETAIL (widget);
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (self->pairing == NULL)
    return;

  title = ta_pairing_format_title (self->pairing, self->participants);
  /* Translators: %s is a pair, as in "Ana → Marc" */
  body = g_strdup_printf (_("%s ran its course. A completed pair cannot be started again; "
                            "its goals and sessions are kept."),
                          title);
  dialog = ta_pairing_detail_new_dialog (self, _("Complete the Pair?"), body);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "complete", _("_Complete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "complete", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "complete");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (ta_pairing_detail_complete_response),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
reason_is_valid (const char *text)
{
  g_autofree char *reason = g_strstrip (g_strdup (text != NULL ? text : ""));

  return reason[0] != '\0' && g_utf8_strlen (reason, -1) <= TA_PAIRING_MAX_REASON_CHARS;
}

static void
ta_pairing_detail_reason_changed (AdwMessageDialog *dialog,
                                  GtkEditable      *entry)
{
  adw_message_dialog_set_response_enabled (dialog, "end",
                                           reason_is_valid (gtk_editable_get_text (entry)));
}

static void
ta_pairing_detail_reason_activated (AdwMessageDialog *dialog,
                                    GtkEditable      *entry)
{
  if (adw_message_dialog_get_response_enabled (dialog, "end"))
    adw_message_dialog_response (dialog, "end");
}

static void
ta_pairing_detail_end_response (TaPairingDetail  *self,
                                const char       *response,
                                AdwMessageDialog *dialog)
{
  GtkEditable *entry;
  g_autofree char *reason = NULL;

  if (g_strcmp0 (response, "end") != 0)
    return;

  entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (!reason_is_valid (reason))
    return;

  ta_pairing_detail_change_status (self, TA_PAIRING_STATUS_ENDED, reason);
}

static void
ta_pairing_detail_end_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  TaPairingDetail *self = TA_PAIRING_DETAIL (widget);
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  if (self->pairing == NULL)
    return;

  title = ta_pairing_format_title (self->pairing, self->participants);
  /* Translators: %s is a pair, as in "Ana → Marc" */
  body = g_strdup_printf (_("%s stops before running its course. Say why, so that the next "
                            "pairs of the programme can learn from it."),
                          title);
  dialog = ta_pairing_detail_new_dialog (self, _("End the Pair?"), body);

  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Why the pair ends"));
  gtk_entry_set_max_length (GTK_ENTRY (entry), TA_PAIRING_MAX_REASON_CHARS);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Why the pair ends"),
                                  GTK_ACCESSIBLE_PROPERTY_REQUIRED, TRUE,
                                  -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  g_signal_connect_object (entry, "changed",
                           G_CALLBACK (ta_pairing_detail_reason_changed),
                           dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (entry, "activate",
                           G_CALLBACK (ta_pairing_detail_reason_activated),
                           dialog, G_CONNECT_SWAPPED);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "end", _("_End Pair"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "end", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (dialog, "end", FALSE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (ta_pairing_detail_end_response),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
ta_pairing_detail_plan_session_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  TaPairingDetail *self = TA_PAIRING_DETAIL (widget);
  TaSessionEditor *editor;
  GtkRoot *root;

  if (self->pairing == NULL || self->participants == NULL)
    return;

  root = gtk_widget_get_root (widget);
  editor = ta_session_editor_new_for_pairing (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              widget, self->programme,
                                              ta_pairing_get_id (self->pairing));
  gtk_window_present (GTK_WINDOW (editor));
}

/* Showing the pairing */

static char *
format_session_time (TaSession *session)
{
  g_autoptr(GDateTime) start = NULL;

  if (session == NULL)
    return NULL;

  start = g_date_time_to_local (ta_session_get_starts_at (session));
  /* Translators: when a session starts, see g_date_time_format() */
  return g_date_time_format (start, C_("pairing detail", "%A %-d %B %Y, %H:%M"));
}

/* The next planned session and the last held one. */
static void
ta_pairing_detail_refresh_sessions (TaPairingDetail *self)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *next_text = NULL;
  g_autofree char *held_text = NULL;
  TaSession *next = NULL;
  TaSession *held = NULL;

  if (self->pairing == NULL || self->programme == NULL)
    return;

  sessions = ta_programme_list_sessions_of_pairing (self->programme, ta_pairing_get_id (self->pairing), NULL);
  for (guint i = 0; sessions != NULL && i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);
      GDateTime *start = ta_session_get_starts_at (session);

      if (ta_session_get_status (session) == TA_SESSION_STATUS_PLANNED &&
          g_date_time_compare (start, now) >= 0 &&
          (next == NULL || g_date_time_compare (start, ta_session_get_starts_at (next)) < 0))
        next = session;
      if (ta_session_get_status (session) == TA_SESSION_STATUS_HELD &&
          (held == NULL || g_date_time_compare (start, ta_session_get_starts_at (held)) > 0))
        held = session;
    }

  next_text = format_session_time (next);
  held_text = format_session_time (held);
  adw_action_row_set_subtitle (self->next_session_row, next_text != NULL ? next_text : _("None planned"));
  adw_action_row_set_subtitle (self->last_held_row, held_text != NULL ? held_text : _("None yet"));
}

static const char *
name_of (TaPairingDetail *self,
         gint64           id)
{
  TaParticipant *participant = NULL;

  if (self->participants != NULL)
    participant = ta_participant_list_lookup (self->participants, id);

  return participant != NULL ? ta_participant_get_name (participant) : _("Unknown");
}

/* Each button names the pair it acts on, for a screen reader. */
static void
ta_pairing_detail_name_buttons (TaPairingDetail *self)
{
  const char *mentor = name_of (self, ta_pairing_get_mentor_id (self->pairing));
  const char *mentee = name_of (self, ta_pairing_get_mentee_id (self->pairing));
  struct {
    GtkWidget *button;
    char      *label;
  } buttons[] = {
    /* Translators: button names for a screen reader: %1$s is the mentor, %2$s the mentee */
    { self->start_button, g_strdup_printf (_("Start the pair of %1$s and %2$s"), mentor, mentee) },
    { self->pause_button, g_strdup_printf (_("Pause the pair of %1$s and %2$s"), mentor, mentee) },
    { self->resume_button, g_strdup_printf (_("Resume the pair of %1$s and %2$s"), mentor, mentee) },
    { self->complete_button, g_strdup_printf (_("Complete the pair of %1$s and %2$s"), mentor, mentee) },
    { self->end_button, g_strdup_printf (_("End the pair of %1$s and %2$s"), mentor, mentee) },
    { self->plan_button, g_strdup_printf (_("Plan a session for %1$s and %2$s"), mentor, mentee) },
    { self->send_button, g_strdup_printf (_("Send the pair kit to %1$s and %2$s"), mentor, mentee) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      ta_accessible_set_label (GTK_WIDGET (buttons[i].button), buttons[i].label);
      g_free (buttons[i].label);
    }
}

static void
ta_pairing_detail_refresh (TaPairingDetail *self)
{
  g_auto(TaScore) score = { 0 };
  g_autofree char *title = NULL;
  g_autofree char *mentor = NULL;
  g_autofree char *mentee = NULL;
  g_autofree char *started = NULL;
  g_autofree char *ended = NULL;
  g_autofree char *total = NULL;
  TaPairingStatus status;
  const char *explanation;
  gboolean has_score;

  g_assert (TA_IS_PAIRING_DETAIL (self));

  if (self->pairing == NULL)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "pairing.start", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "pairing.pause", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "pairing.resume", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "pairing.complete", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "pairing.end", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "pairing.plan-session", FALSE);
      gtk_widget_set_visible (gtk_widget_get_parent (self->start_button), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->flag_label), FALSE);
      return;
    }

  status = ta_pairing_get_status (self->pairing);

  title = ta_pairing_format_title (self->pairing, self->participants);
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->status_label, ta_pairing_status_get_label (status));
  gtk_widget_set_visible (GTK_WIDGET (self->flag_label),
                          self->programme != NULL &&
                          ta_programme_is_pairing_flagged (self->programme, ta_pairing_get_id (self->pairing)));

  /* What can happen next, and nothing else. */
  {
    struct {
      const char      *action;
      GtkWidget       *button;
      TaPairingStatus  to;
      gboolean         allowed;
    } changes[] = {
      { "pairing.start", self->start_button, TA_PAIRING_STATUS_ACTIVE,
        status == TA_PAIRING_STATUS_PROPOSED },
      { "pairing.pause", self->pause_button, TA_PAIRING_STATUS_PAUSED, TRUE },
      { "pairing.resume", self->resume_button, TA_PAIRING_STATUS_ACTIVE,
        status == TA_PAIRING_STATUS_PAUSED },
      { "pairing.complete", self->complete_button, TA_PAIRING_STATUS_COMPLETED, TRUE },
      { "pairing.end", self->end_button, TA_PAIRING_STATUS_ENDED, TRUE },
    };
    gboolean any = FALSE;

    for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
      {
        gboolean enabled = changes[i].allowed &&
                           ta_pairing_status_can_change (status, changes[i].to);

        gtk_widget_action_set_enabled (GTK_WIDGET (self), changes[i].action, enabled);
        gtk_widget_set_visible (changes[i].button, enabled);
        any |= enabled;
      }

    gtk_widget_set_visible (gtk_widget_get_parent (self->start_button), any);
  }

  /* Sessions are planned for pairs that are still going. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pairing.plan-session",
                                 status == TA_PAIRING_STATUS_PROPOSED ||
                                 status == TA_PAIRING_STATUS_ACTIVE ||
                                 status == TA_PAIRING_STATUS_PAUSED);
  ta_pairing_detail_refresh_sessions (self);

  ta_pairing_detail_name_buttons (self);

  mentor = describe_person (self, ta_pairing_get_mentor_id (self->pairing));
  mentee = describe_person (self, ta_pairing_get_mentee_id (self->pairing));
  set_row_value (self->mentor_row, mentor);
  set_row_value (self->mentee_row, mentee);

  started = ta_pairing_format_date (ta_pairing_get_started_on (self->pairing));
  set_row_value (self->started_row, started != NULL ? started : _("Not started yet"));
  ended = ta_pairing_format_date (ta_pairing_get_ended_on (self->pairing));
  set_row_value (self->ended_row, ended);
  set_row_value (self->reason_row, ta_pairing_get_end_reason (self->pairing));

  explanation = ta_pairing_get_explanation (self->pairing);
  has_score = explanation != NULL && explanation[0] != '\0' &&
              ta_score_from_explanation (explanation, &score);
  gtk_widget_set_visible (GTK_WIDGET (self->score_list), has_score);
  if (has_score)
    {
      g_autofree char *accessible = NULL;

      adw_preferences_group_set_description (self->score_group,
                                             _("The compatibility score when the pair was formed, criterion by criterion."));
      total = ta_score_format_total (ta_pairing_get_score (self->pairing));
      gtk_level_bar_set_value (self->score_level_bar, CLAMP (ta_pairing_get_score (self->pairing), 0, 100));
      gtk_label_set_label (self->score_label, total);
      /* Translators: a compatibility score for a screen reader, as in "78 out of 100" */
      accessible = g_strdup_printf (_("%s out of 100"), total);
      ta_accessible_set_label (GTK_WIDGET (self->score_label), accessible);
      for (guint i = 0; i < TA_N_CRITERIA; i++)
        ta_score_part_row_set_part (self->part_rows[i], &score.parts[i]);
    }
  else
    {
      adw_preferences_group_set_description (self->score_group,
                                             _("This pair was formed by hand: no score was kept."));
    }
}

static void
ta_pairing_detail_dispose (GObject *object)
{
  TaPairingDetail *self = TA_PAIRING_DETAIL (object);
  GtkWidget *child;

  ta_pairing_detail_set_pairing (self, NULL);
  ta_pairing_detail_set_programme (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_PAIRING_DETAIL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ta_pairing_detail_parent_class)->dispose (object);
}

static void
ta_pairing_detail_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TaPairingDetail *self = TA_PAIRING_DETAIL (object);

  switch (prop_id)
    {
    case PROP_PAIRING:
      g_value_set_object (value, self->pairing);
      break;

    case PROP_PROGRAMME:
      g_value_set_object (value, self->programme);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_pairing_detail_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TaPairingDetail *self = TA_PAIRING_DETAIL (object);

  switch (prop_id)
    {
    case PROP_PAIRING:
      ta_pairing_detail_set_pairing (self, g_value_get_object (value));
      break;

    case PROP_PROGRAMME:
      ta_pairing_detail_set_programme (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_pairing_detail_class_init (TaPairingDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_pairing_detail_dispose;
  object_class->get_property = ta_pairing_detail_get_property;
  object_class->set_property = ta_pairing_detail_set_property;

  properties[PROP_PAIRING] =
    g_param_spec_object ("pairing", NULL, NULL,
                         TA_TYPE_PAIRING,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaPairingDetail:programme: (nullable)
   *
   * The open programme: the names of the pair, and where changes are
   * saved.
   */
  properties[PROP_PROGRAMME] =
    g_param_spec_object ("programme", NULL, NULL,
                         TA_TYPE_PROGRAMME,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TA_TYPE_GOAL_LIST);
  g_type_ensure (TA_TYPE_CHECK_IN_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ta-pairing-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, status_label);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, flag_label);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, check_in_list);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, start_button);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, pause_button);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, resume_button);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, complete_button);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, end_button);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, mentor_row);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, mentee_row);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, started_row);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, ended_row);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, reason_row);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, sessions_group);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, plan_button);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, send_button);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, next_session_row);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, last_held_row);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, goal_list);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, score_group);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, score_list);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, score_level_bar);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, score_label);

  gtk_widget_class_install_action (widget_class, "pairing.start", NULL,
                                   ta_pairing_detail_start_action);
  gtk_widget_class_install_action (widget_class, "pairing.pause", NULL,
                                   ta_pairing_detail_pause_action);
  gtk_widget_class_install_action (widget_class, "pairing.resume", NULL,
                                   ta_pairing_detail_resume_action);
  gtk_widget_class_install_action (widget_class, "pairing.complete", NULL,
                                   ta_pairing_detail_complete_action);
  gtk_widget_class_install_action (widget_class, "pairing.end", NULL,
                                   ta_pairing_detail_end_action);
  gtk_widget_class_install_action (widget_class, "pairing.plan-session", NULL,
                                   ta_pairing_detail_plan_session_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pairingdetail");
}

static void
ta_pairing_detail_init (TaPairingDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < TA_N_CRITERIA; i++)
    {
      self->part_rows[i] = TA_SCORE_PART_ROW (ta_score_part_row_new ());
      gtk_list_box_append (self->score_list, GTK_WIDGET (self->part_rows[i]));
    }

  /* Every session of the pair, below the next and the last one. */
  self->session_list = TA_PAIR_SESSION_LIST (ta_pair_session_list_new ());
  gtk_widget_set_margin_top (GTK_WIDGET (self->session_list), 12);
  adw_preferences_group_add (self->sessions_group, GTK_WIDGET (self->session_list));

  ta_pairing_detail_refresh (self);
}

/**
 * ta_pairing_detail_new:
 *
 * Returns: a new detail pane, showing no pair
 */
GtkWidget *
ta_pairing_detail_new (void)
{
  return g_object_new (TA_TYPE_PAIRING_DETAIL, NULL);
}

/**
 * ta_pairing_detail_get_pairing:
 * @self: a #TaPairingDetail
 *
 * Returns: (transfer none) (nullable): the pairing shown
 */
TaPairing *
ta_pairing_detail_get_pairing (TaPairingDetail *self)
{
  g_return_val_if_fail (TA_IS_PAIRING_DETAIL (self), NULL);

  return self->pairing;
}

/**
 * ta_pairing_detail_set_pairing:
 * @self: a #TaPairingDetail
 * @pairing: (nullable): the pairing to show, kept up to date as it changes
 */
void
ta_pairing_detail_set_pairing (TaPairingDetail *self,
                               TaPairing       *pairing)
{
  gboolean other;

  g_return_if_fail (TA_IS_PAIRING_DETAIL (self));
  g_return_if_fail (!pairing || TA_IS_PAIRING (pairing));

  if (self->pairing == pairing)
    return;

  other = self->pairing == NULL || pairing == NULL ||
          ta_pairing_get_id (self->pairing) != ta_pairing_get_id (pairing);

  if (self->pairing != NULL)
    g_signal_handlers_disconnect_by_func (self->pairing, ta_pairing_detail_refresh, self);

  g_set_object (&self->pairing, pairing);

  if (self->pairing != NULL)
    g_signal_connect_swapped (self->pairing, "notify",
                              G_CALLBACK (ta_pairing_detail_refresh), self);

  if (self->goal_list != NULL)
    ta_goal_list_set_pairing (self->goal_list, pairing);
  if (self->session_list != NULL)
    ta_pair_session_list_set_pairing (self->session_list, pairing);
  if (self->check_in_list != NULL)
    ta_check_in_list_set_pairing (self->check_in_list, pairing);
  if (pairing != NULL)
    {
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->send_button), "x", ta_pairing_get_id (pairing));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->send_button), "win.send-exchange");
    }

  /* Another pair: from the top. */
  if (other && self->scrolled_window != NULL)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);

  ta_pairing_detail_refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIRING]);
}

/**
 * ta_pairing_detail_get_programme:
 * @self: a #TaPairingDetail
 *
 * Returns: (transfer none) (nullable): the open programme
 */
TaProgramme *
ta_pairing_detail_get_programme (TaPairingDetail *self)
{
  g_return_val_if_fail (TA_IS_PAIRING_DETAIL (self), NULL);

  return self->programme;
}

/**
 * ta_pairing_detail_set_programme:
 * @self: a #TaPairingDetail
 * @programme: (nullable): the open programme
 */
void
ta_pairing_detail_set_programme (TaPairingDetail *self,
                                 TaProgramme     *programme)
{
  g_return_if_fail (TA_IS_PAIRING_DETAIL (self));
  g_return_if_fail (!programme || TA_IS_PROGRAMME (programme));

  if (self->programme == programme)
    return;

  /* A renamed mentor is shown with the new name. */
  if (self->participants != NULL)
    g_signal_handlers_disconnect_by_func (self->participants, ta_pairing_detail_refresh, self);
  if (self->programme != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->programme, ta_pairing_detail_refresh_sessions, self);
      g_signal_handlers_disconnect_by_func (self->programme, ta_pairing_detail_refresh, self);
    }

  g_set_object (&self->programme, programme);
  g_clear_object (&self->participants);
  if (programme != NULL)
    self->participants = g_object_ref (ta_programme_get_participants (programme));

  if (self->programme != NULL)
    {
      g_signal_connect_swapped (self->participants, "items-changed",
                                G_CALLBACK (ta_pairing_detail_refresh), self);
      /* The next session changes with the calendar. */
      g_signal_connect_object (self->programme, "changed::sessions",
                               G_CALLBACK (ta_pairing_detail_refresh_sessions),
                               self, G_CONNECT_SWAPPED);
      /* A "not a fit" answer flags the pair. */
      g_signal_connect_object (self->programme, "changed::check-ins",
                               G_CALLBACK (ta_pairing_detail_refresh),
                               self, G_CONNECT_SWAPPED);
    }

  ta_goal_list_set_programme (self->goal_list, programme);
  ta_pair_session_list_set_programme (self->session_list, programme);
  ta_check_in_list_set_programme (self->check_in_list, programme);
  if (self->goal_list != NULL)
    ta_pairing_detail_refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRAMME]);
}

TaGoalList *
_ta_pairing_detail_get_goal_list (TaPairingDetail *self)
{
  g_return_val_if_fail (TA_IS_PAIRING_DETAIL (self), NULL);

  return self->goal_list;
}

TaPairSessionList *
_ta_pairing_detail_get_session_list (TaPairingDetail *self)
{
  g_return_val_if_fail (TA_IS_PAIRING_DETAIL (self), NULL);

  return self->session_list;
}

TaCheckInList *
_ta_pairing_detail_get_check_in_list (TaPairingDetail *self)
{
  g_return_val_if_fail (TA_IS_PAIRING_DETAIL (self), NULL);

  return self->check_in_list;
}

gboolean
_ta_pairing_detail_is_flagged (TaPairingDetail *self)
{
  g_return_val_if_fail (TA_IS_PAIRING_DETAIL (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self->flag_label));
}
