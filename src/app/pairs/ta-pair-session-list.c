/* ta-pair-session-list.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-pairs"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-accessible.h"
#include "ta-pair-session-list.h"
#include "ta-session-editor.h"
#include "ta-session-list.h"

/*
 * The history of a pair, as the pair page shows it.  The sessions come
 * from a TaSessionList (live: it follows the programme), filtered to the
 * pairing and sorted; each row is made again when its session changes,
 * since the list model replaces the item then.
 */

struct _TaPairSessionList
{
  GtkWidget           parent_instance;

  GtkWidget          *box;
  GtkListBox         *list_box;
  GtkLabel           *empty_label;

  TaProgramme        *programme;
  TaSessionList      *sessions;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkCustomFilter    *filter;
  gint64              pairing_id;
  /* Of the pair shown: every session listed is theirs. */
  gint64              mentor_id;
  gint64              mentee_id;
};

G_DEFINE_FINAL_TYPE (TaPairSessionList, ta_pair_session_list, GTK_TYPE_WIDGET)

static gboolean
is_of_pairing (gpointer item,
               gpointer user_data)
{
  TaPairSessionList *self = user_data;

  return self->pairing_id != 0 && ta_session_get_pairing_id (item) == self->pairing_id;
}

/* Planned ones first, soonest first: what comes next; then the history,
 * newest first. */
static int
compare_sessions (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  TaSession *sa = (TaSession *) a;
  TaSession *sb = (TaSession *) b;
  gboolean planned_a = ta_session_get_status (sa) == TA_SESSION_STATUS_PLANNED;
  gboolean planned_b = ta_session_get_status (sb) == TA_SESSION_STATUS_PLANNED;
  int order;

  if (planned_a != planned_b)
    return planned_a ? -1 : 1;

  order = g_date_time_compare (ta_session_get_starts_at (sa), ta_session_get_starts_at (sb));
  if (order == 0)
    order = (ta_session_get_id (sa) > ta_session_get_id (sb)) - (ta_session_get_id (sa) < ta_session_get_id (sb));

  return planned_a ? order : -order;
}

static const char *
name_of (TaPairSessionList *self,
         gint64             id)
{
  TaParticipant *participant = NULL;

  if (self->programme != NULL && id > 0)
    participant = ta_participant_list_lookup (ta_programme_get_participants (self->programme), id);

  return participant != NULL ? ta_participant_get_name (participant) : _("Unknown");
}

static void
pairing_names (TaPairSessionList *self,
               const char       **mentor,
               const char       **mentee)
{
  *mentor = name_of (self, self->mentor_id);
  *mentee = name_of (self, self->mentee_id);
}

static GtkWidget *
add_label (GtkWidget  *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_WORD);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);

  return label;
}

static char *
format_rating (const char *name,
               int         rating)
{
  if (rating <= 0)
    /* Translators: %s is a person's name; a rating of a session was not given */
    return g_strdup_printf (_("%s did not rate it"), name);

  /* Translators: %1$s is a person's name, %2$d a rating from 1 to 5 */
  return g_strdup_printf (_("%1$s rated it %2$d out of 5"), name, rating);
}

static void
add_learned (GtkWidget  *box,
             const char *name,
             const char *learned)
{
  g_autofree char *heading = NULL;

  if (learned == NULL || learned[0] == '\0')
    return;

  /* Translators: %s is a person's name, above what they learned in a session */
  heading = g_strdup_printf (_("What %s learned"), name);
  add_label (box, heading, "caption-heading");
  add_label (box, learned, NULL);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  TaPairSessionList *self = user_data;
  TaSession *session = item;
  TaSessionStatus status = ta_session_get_status (session);
  g_autoptr(GDateTime) start = g_date_time_to_local (ta_session_get_starts_at (session));
  g_autofree char *when = NULL;
  g_autofree char *accessible = NULL;
  const char *mentor;
  const char *mentee;
  const char *location = ta_session_get_location (session);
  const char *notes = ta_session_get_notes (session);
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *header;
  GtkWidget *status_label;

  pairing_names (self, &mentor, &mentee);
  /* Translators: when a session starts, see g_date_time_format() */
  when = g_date_time_format (start, C_("pairing detail", "%A %-d %B %Y, %H:%M"));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (box), header);
  gtk_widget_set_hexpand (add_label (header, when, NULL), TRUE);
  status_label = add_label (header, ta_session_status_get_label (status), "caption-heading");
  gtk_label_set_wrap (GTK_LABEL (status_label), FALSE);
  gtk_widget_set_valign (status_label, GTK_ALIGN_START);
  gtk_widget_add_css_class (status_label,
                            status == TA_SESSION_STATUS_HELD ? "success" :
                            status == TA_SESSION_STATUS_PLANNED ? "accent" : "warning");

  if (location != NULL && location[0] != '\0')
    add_label (box, location, "dim-label");

  if (status == TA_SESSION_STATUS_HELD)
    {
      g_autofree char *mentor_rating = format_rating (mentor, ta_session_get_mentor_rating (session));
      g_autofree char *mentee_rating = format_rating (mentee, ta_session_get_mentee_rating (session));

      add_learned (box, mentor, ta_session_get_mentor_learned (session));
      add_learned (box, mentee, ta_session_get_mentee_learned (session));
      add_label (box, mentor_rating, "dim-label");
      add_label (box, mentee_rating, "dim-label");
    }
  else if (status == TA_SESSION_STATUS_CANCELLED || status == TA_SESSION_STATUS_NO_SHOW)
    {
      gint64 by = ta_session_get_cancelled_by (session);
      const char *reason = ta_session_get_cancel_reason (session);
      g_autofree char *who = NULL;

      if (status == TA_SESSION_STATUS_CANCELLED && by == TA_SESSION_CANCELLED_BY_FACILITATOR)
        who = g_strdup (_("Cancelled by the facilitator"));
      else if (status == TA_SESSION_STATUS_CANCELLED && by > 0)
        /* Translators: %s is a person's name */
        who = g_strdup_printf (_("Cancelled by %s"), name_of (self, by));
      else if (status == TA_SESSION_STATUS_NO_SHOW && by > 0)
        /* Translators: %s is a person's name: they did not come */
        who = g_strdup_printf (_("%s did not come"), name_of (self, by));

      if (who != NULL)
        add_label (box, who, NULL);
      if (reason != NULL && reason[0] != '\0')
        add_label (box, reason, "dim-label");
    }

  if (notes != NULL && notes[0] != '\0')
    add_label (box, notes, "dim-label");

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "ta-session", g_object_ref (session), g_object_unref);

  /* Only what is ahead is edited here; the record of a past session is
   * all in the row. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), status == TA_SESSION_STATUS_PLANNED);
  if (status == TA_SESSION_STATUS_PLANNED)
    {
      /* Translators: a button's name for a screen reader: %1$s and %2$s
       * are the pair, %3$s when the session starts */
      accessible = g_strdup_printf (_("Edit the session of %1$s and %2$s, %3$s"), mentor, mentee, when);
      gtk_widget_set_tooltip_text (row, _("Edit the session"));
    }
  else
    {
      /* Translators: %1$s and %2$s are the pair, %3$s when the session
       * started, %4$s its status (Held, Cancelled…) */
      accessible = g_strdup_printf (_("Session of %1$s and %2$s, %3$s: %4$s"),
                                    mentor, mentee, when, ta_session_status_get_label (status));
    }
  ta_accessible_set_label (GTK_WIDGET (row), accessible);

  return row;
}

static void
ta_pair_session_list_row_activated (TaPairSessionList *self,
                                    GtkListBoxRow     *row)
{
  TaSession *session = g_object_get_data (G_OBJECT (row), "ta-session");
  TaSessionEditor *editor;
  GtkRoot *root;

  if (session == NULL || self->programme == NULL ||
      ta_session_get_status (session) != TA_SESSION_STATUS_PLANNED)
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  editor = ta_session_editor_new_for_session (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              GTK_WIDGET (self),
                                              self->programme,
                                              session);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
ta_pair_session_list_update_empty (TaPairSessionList *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label),
                          g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->list_box),
                          g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) > 0);
}

static void
ta_pair_session_list_dispose (GObject *object)
{
  TaPairSessionList *self = TA_PAIR_SESSION_LIST (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sessions);
  g_clear_object (&self->programme);

  G_OBJECT_CLASS (ta_pair_session_list_parent_class)->dispose (object);
}

static void
ta_pair_session_list_class_init (TaPairSessionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_pair_session_list_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pairsessionlist");
}

static void
ta_pair_session_list_init (TaPairSessionList *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list_box, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "boxed-list");
  ta_accessible_set_label (GTK_WIDGET (self->list_box), _("Sessions of the pair"));
  g_signal_connect_swapped (self->list_box, "row-activated",
                            G_CALLBACK (ta_pair_session_list_row_activated), self);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->list_box));

  self->empty_label = GTK_LABEL (gtk_label_new (_("No sessions yet")));
  gtk_label_set_xalign (self->empty_label, 0);
  gtk_label_set_wrap (self->empty_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->empty_label), "dim-label");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->empty_label));

  self->filter = gtk_custom_filter_new (is_of_pairing, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          GTK_SORTER (gtk_custom_sorter_new (compare_sessions, NULL, NULL)));
  g_signal_connect_object (self->sorted, "items-changed",
                           G_CALLBACK (ta_pair_session_list_update_empty),
                           self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->sorted), create_row, self, NULL);
  ta_pair_session_list_update_empty (self);
}

GtkWidget *
ta_pair_session_list_new (void)
{
  return g_object_new (TA_TYPE_PAIR_SESSION_LIST, NULL);
}

/* The sessions are read when a pair is first shown, not when the window
 * opens: a large programme's would delay its first frame. */
static void
ta_pair_session_list_load (TaPairSessionList *self)
{
  TaSessionList *sessions;

  if (self->programme == NULL || self->pairing_id == 0 || self->sessions != NULL)
    return;

  /* The programme's own list, shared with the other pages. */
  sessions = ta_programme_get_sessions (self->programme);
  if (sessions == NULL)
    return;

  self->sessions = g_object_ref (sessions);

  gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (self->sessions));
}

/**
 * ta_pair_session_list_set_programme:
 * @self: a #TaPairSessionList
 * @programme: (nullable): the open programme, which holds the sessions
 */
void
ta_pair_session_list_set_programme (TaPairSessionList *self,
                                    TaProgramme       *programme)
{
  g_return_if_fail (TA_IS_PAIR_SESSION_LIST (self));
  g_return_if_fail (!programme || TA_IS_PROGRAMME (programme));

  if (self->programme == programme)
    return;

  g_set_object (&self->programme, programme);
  gtk_filter_list_model_set_model (self->filtered, NULL);
  g_clear_object (&self->sessions);
  ta_pair_session_list_load (self);
}

/**
 * ta_pair_session_list_set_pairing:
 * @self: a #TaPairSessionList
 * @pairing: (nullable): the pair whose sessions to show
 */
void
ta_pair_session_list_set_pairing (TaPairSessionList *self,
                                  TaPairing         *pairing)
{
  gint64 pairing_id = pairing != NULL ? ta_pairing_get_id (pairing) : 0;

  g_return_if_fail (TA_IS_PAIR_SESSION_LIST (self));

  self->mentor_id = pairing != NULL ? ta_pairing_get_mentor_id (pairing) : 0;
  self->mentee_id = pairing != NULL ? ta_pairing_get_mentee_id (pairing) : 0;
  if (self->pairing_id == pairing_id)
    return;

  self->pairing_id = pairing_id;
  ta_pair_session_list_load (self);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

GListModel *
ta_pair_session_list_get_model (TaPairSessionList *self)
{
  g_return_val_if_fail (TA_IS_PAIR_SESSION_LIST (self), NULL);

  return G_LIST_MODEL (self->sorted);
}

static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  if (GTK_IS_LABEL (widget))
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, gtk_label_get_label (GTK_LABEL (widget)));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text);
}

char *
ta_pair_session_list_describe_row (TaPairSessionList *self,
                                   guint              position)
{
  GtkListBoxRow *row;
  GString *text;

  g_return_val_if_fail (TA_IS_PAIR_SESSION_LIST (self), NULL);

  row = gtk_list_box_get_row_at_index (self->list_box, (int) position);
  if (row == NULL)
    return NULL;

  text = g_string_new (NULL);
  collect_labels (GTK_WIDGET (row), text);

  return g_string_free (text, FALSE);
}

/**
 * ta_pair_session_list_activate_row:
 * @self: a #TaPairSessionList
 * @position: a row
 *
 * Activates the row as a click does (for the tests).
 *
 * Returns: whether the row can be activated (a planned session)
 */
gboolean
ta_pair_session_list_activate_row (TaPairSessionList *self,
                                   guint              position)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (TA_IS_PAIR_SESSION_LIST (self), FALSE);

  row = gtk_list_box_get_row_at_index (self->list_box, (int) position);
  if (row == NULL || !gtk_list_box_row_get_activatable (row))
    return FALSE;

  g_signal_emit_by_name (self->list_box, "row-activated", row);
  return TRUE;
}
