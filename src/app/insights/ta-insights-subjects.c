/* ta-insights-subjects.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-insights-subjects"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-describe.h"
#include "ta-insights-subjects.h"

/*
 * The records behind a figure: named from the programme's live lists
 * (two lookups, no query, for pairs and people; one read for a session
 * or a topic not in a list), listed in a window of their own, each
 * opening where it is edited.
 */

/**
 * ta_insights_open_record:
 * @widget: a widget inside the main window
 * @kind: what @id is
 * @id: the record
 *
 * Shows the record where the window edits it.
 */
void
ta_insights_open_record (GtkWidget     *widget,
                         TaSubjectKind  kind,
                         gint64         id)
{
  const char *action = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  switch (kind)
    {
    case TA_SUBJECT_PARTICIPANTS:
      action = "win.show-participant";
      break;
    case TA_SUBJECT_PAIRINGS:
      action = "win.show-pairing";
      break;
    case TA_SUBJECT_SESSIONS:
      action = "win.show-session";
      break;
    case TA_SUBJECT_TOPICS:
      action = "win.show-topic";
      break;
    case TA_SUBJECT_NONE:
    default:
      return;
    }

  gtk_widget_activate_action (widget, action, "x", id);
}

/**
 * ta_insights_describe_subject:
 * @programme: the programme
 * @kind: what @id is
 * @id: the record
 *
 * Returns: (transfer full): its name: a person's, "Lina & Marc" for a
 *   pair or a one-on-one, a group session's or a topic's title
 */
char *
ta_insights_describe_subject (TaProgramme   *programme,
                              TaSubjectKind  kind,
                              gint64         id)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);

  switch (kind)
    {
    case TA_SUBJECT_PARTICIPANTS:
      {
        TaParticipant *participant = ta_participant_list_lookup (ta_programme_get_participants (programme), id);

        if (participant != NULL)
          return g_strdup (ta_participant_get_name (participant));
        break;
      }
    case TA_SUBJECT_PAIRINGS:
      {
        TaPairing *pairing = ta_pairing_list_lookup (ta_programme_get_pairings (programme), id);

        if (pairing != NULL)
          return ta_describe_pair (pairing, ta_programme_get_participants (programme));
        break;
      }
    case TA_SUBJECT_SESSIONS:
      {
        g_autoptr(TaSession) session = ta_programme_get_session (programme, id, NULL);

        if (session != NULL)
          {
            g_autofree char *name = ta_describe_session (session, programme);
            g_autofree char *day = g_date_time_format (ta_session_get_starts_at (session), "%x");

            /* Translators: a session listed behind a figure: %1$s names
             * it ("Lina & Marc"), %2$s is its day */
            return g_strdup_printf (_("%1$s, %2$s"), name, day);
          }
        break;
      }
    case TA_SUBJECT_TOPICS:
      {
        TaTopic *topic = ta_topic_list_lookup (ta_programme_get_topics (programme), id);

        if (topic != NULL)
          return g_strdup (ta_topic_get_title (topic));
        break;
      }
    case TA_SUBJECT_NONE:
    default:
      break;
    }

  /* Deleted since the figures were computed. */
  return g_strdup (_("(removed)"));
}

static char *
count_subjects (TaSubjectKind kind,
                guint         n)
{
  switch (kind)
    {
    case TA_SUBJECT_PARTICIPANTS:
      return g_strdup_printf (ngettext ("%u participant", "%u participants", n), n);
    case TA_SUBJECT_PAIRINGS:
      return g_strdup_printf (ngettext ("%u pair", "%u pairs", n), n);
    case TA_SUBJECT_SESSIONS:
      return g_strdup_printf (ngettext ("%u session", "%u sessions", n), n);
    case TA_SUBJECT_TOPICS:
      return g_strdup_printf (ngettext ("%u topic", "%u topics", n), n);
    case TA_SUBJECT_NONE:
    default:
      return NULL;
    }
}

static void
subject_activated_cb (GtkListBox    *list,
                      GtkListBoxRow *row,
                      GtkWindow     *window)
{
  GtkWindow *parent = gtk_window_get_transient_for (window);
  TaSubjectKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (window), "subject-kind"));
  gint64 *id = g_object_get_data (G_OBJECT (row), "subject-id");

  if (parent == NULL || id == NULL)
    return;

  ta_insights_open_record (GTK_WIDGET (parent), kind, *id);
  gtk_window_close (window);
}

static GtkWidget *
subject_row (TaProgramme   *programme,
             TaSubjectKind  kind,
             gint64         id)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *name = ta_insights_describe_subject (programme, kind, id);
  g_autofree char *escaped = g_markup_escape_text (name, -1);
  gint64 *stored = g_new (gint64, 1);

  *stored = id;
  g_object_set_data_full (G_OBJECT (row), "subject-id", stored, g_free);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

/**
 * ta_insights_subjects_show:
 * @parent: a widget of the main window
 * @programme: the programme
 * @figure: a figure
 *
 * Presents the records behind @figure in a window of their own.
 *
 * Returns: (transfer none): the window
 */
GtkWindow *
ta_insights_subjects_show (GtkWidget   *parent,
                           TaProgramme *programme,
                           TaFigure    *figure)
{
  TaSubjectKind kind;
  const gint64 *ids;
  guint n = 0;
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *header;
  GtkWidget *title;
  GtkWidget *scrolled;
  GtkWidget *content;
  GtkWidget *clamp;
  GtkWidget *list;
  GtkShortcutController *shortcuts;
  g_autofree char *count = NULL;
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (TA_IS_FIGURE (figure), NULL);

  kind = ta_figure_get_subject_kind (figure);
  ids = ta_figure_get_subjects (figure, &n);
  count = count_subjects (kind, n);
  root = gtk_widget_get_root (parent);

  window = adw_window_new ();
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  gtk_window_set_default_size (GTK_WINDOW (window), 420, 560);
  gtk_window_set_title (GTK_WINDOW (window), ta_figure_get_title (figure));
  g_object_set_data (G_OBJECT (window), "subject-kind", GINT_TO_POINTER (kind));

  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, GTK_EVENT_CONTROLLER (shortcuts));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  title = adw_window_title_new (ta_figure_get_title (figure), count);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  gtk_box_append (GTK_BOX (box), header);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 12);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ta_figure_get_title (figure),
                                  -1);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (subject_activated_cb), window, 0);
  for (guint i = 0; i < MIN (n, TA_INSIGHTS_MAX_SUBJECTS); i++)
    gtk_list_box_append (GTK_LIST_BOX (list), subject_row (programme, kind, ids[i]));
  g_object_set_data (G_OBJECT (window), "subject-list", list);

  if (n == 0)
    {
      GtkWidget *empty = adw_status_page_new ();

      adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("Nobody Listed"));
      adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                       _("No participant, pair, session or topic is behind this figure in this period."));
      gtk_widget_set_vexpand (empty, TRUE);
      gtk_box_append (GTK_BOX (content), empty);
    }
  else
    {
      if (n > TA_INSIGHTS_MAX_SUBJECTS)
        {
          g_autofree char *note =
            /* Translators: above a capped list of the records behind a figure */
            g_strdup_printf (ngettext ("The first %1$u of %2$u are listed.",
                                       "The first %1$u of %2$u are listed.", n),
                             TA_INSIGHTS_MAX_SUBJECTS, n);
          GtkWidget *label = gtk_label_new (note);

          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_xalign (GTK_LABEL (label), 0.0);
          gtk_widget_add_css_class (label, "dim-label");
          gtk_box_append (GTK_BOX (content), label);
        }
      gtk_box_append (GTK_BOX (content), list);
    }

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), FALSE);
  gtk_widget_set_vexpand (scrolled, TRUE);
  clamp = adw_clamp_new ();
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (box), scrolled);

  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

/**
 * ta_insights_subjects_get_list:
 * @window: a window from ta_insights_subjects_show()
 *
 * Returns: (transfer none): its list of records
 */
GtkListBox *
ta_insights_subjects_get_list (GtkWindow *window)
{
  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);
  return g_object_get_data (G_OBJECT (window), "subject-list");
}
