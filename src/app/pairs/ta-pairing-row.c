/* ta-pairing-row.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-pairs"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ta-accessible.h"
#include "ta-pairing-row.h"
#include "ta-score-part-row.h"

struct _TaPairingRow
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkStack          *stack;
  GtkLabel          *heading_label;
  GtkLabel          *count_label;
  GtkLabel          *title_label;
  GtkLabel          *detail_label;
  GtkLabel          *score_label;
  GtkLabel          *flag_label;

  /* Owned references */
  TaPairing         *pairing;
  TaParticipantList *participants;
  /* Whether the pair is flagged "not a fit" (issue 14), followed through
   * changed::check-ins. */
  TaProgramme       *programme;
  gulong             check_ins_id;
};

G_DEFINE_FINAL_TYPE (TaPairingRow, ta_pairing_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PAIRING,
  PROP_PARTICIPANTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * ta_pairing_format_date:
 * @date: (nullable): a day, "YYYY-MM-DD"
 *
 * Returns: (transfer full) (nullable): @date as people read it here, or
 *   %NULL if it is not a valid day
 */
char *
ta_pairing_format_date (const char *date)
{
  g_autoptr(GDateTime) time = NULL;
  int year;
  int month;
  int day;

  if (date == NULL || sscanf (date, "%d-%d-%d", &year, &month, &day) != 3)
    return NULL;

  time = g_date_time_new_local (year, month, day, 0, 0, 0);
  if (time == NULL)
    return NULL;

  /* Translators: how a day is written, see g_date_time_format(); the
   * month names come from the locale */
  return g_date_time_format (time, C_("date format", "%-d %b %Y"));
}

/**
 * ta_pairing_format_title:
 * @pairing: a pairing
 * @participants: (nullable): where the names are looked up
 *
 * Returns: (transfer full): "mentor → mentee"
 */
char *
ta_pairing_format_title (TaPairing         *pairing,
                         TaParticipantList *participants)
{
  TaParticipant *mentor = NULL;
  TaParticipant *mentee = NULL;

  g_return_val_if_fail (TA_IS_PAIRING (pairing), NULL);

  if (participants != NULL)
    {
      mentor = ta_participant_list_lookup (participants, ta_pairing_get_mentor_id (pairing));
      mentee = ta_participant_list_lookup (participants, ta_pairing_get_mentee_id (pairing));
    }

  /* Translators: a pair: %1$s is the mentor, %2$s the mentee */
  return g_strdup_printf (_("%1$s → %2$s"),
                          mentor != NULL ? ta_participant_get_name (mentor) : _("Unknown"),
                          mentee != NULL ? ta_participant_get_name (mentee) : _("Unknown"));
}

static void
ta_pairing_row_refresh (TaPairingRow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autofree char *when = NULL;
  g_autofree char *goals_text = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *score = NULL;
  g_autofree char *score_accessible = NULL;
  GListModel *goals;
  guint n_goals;
  guint n_done = 0;
  gboolean flagged;

  g_assert (TA_IS_PAIRING_ROW (self));

  if (self->pairing == NULL)
    return;

  gtk_stack_set_visible_child_name (self->stack, "pairing");
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);

  title = ta_pairing_format_title (self->pairing, self->participants);
  gtk_label_set_label (self->title_label, title);

  date = ta_pairing_format_date (ta_pairing_get_started_on (self->pairing));
  if (date != NULL)
    /* Translators: %s is the day a pairing started */
    when = g_strdup_printf (_("Started %s"), date);
  else
    when = g_strdup (_("Not started"));

  goals = G_LIST_MODEL (ta_pairing_get_goals (self->pairing));
  n_goals = g_list_model_get_n_items (goals);
  for (guint i = 0; i < n_goals; i++)
    {
      g_autoptr(TaGoal) goal = g_list_model_get_item (goals, i);

      if (ta_goal_get_done (goal))
        n_done++;
    }

  if (n_goals == 0)
    goals_text = g_strdup (_("no goals"));
  else
    /* Translators: %1$u goals of %2$u are done */
    goals_text = g_strdup_printf (ngettext ("%1$u of %2$u goal done",
                                            "%1$u of %2$u goals done",
                                            n_goals),
                                  n_done, n_goals);

  /* Translators: when a pair started, then how far its goals are, as in
   * "Started 3 Mar 2026 · 2 of 4 goals done" */
  detail = g_strdup_printf (_("%1$s · %2$s"), when, goals_text);
  gtk_label_set_label (self->detail_label, detail);

  /* A pair formed by hand may have no score. */
  if (ta_pairing_get_explanation (self->pairing) != NULL || ta_pairing_get_score (self->pairing) > 0)
    {
      score = ta_score_format_total (ta_pairing_get_score (self->pairing));
      /* Translators: a compatibility score for a screen reader */
      score_accessible = g_strdup_printf (_("Score %s out of 100"), score);
    }
  gtk_label_set_label (self->score_label, score != NULL ? score : "");
  ta_accessible_set_label (GTK_WIDGET (self->score_label), score_accessible != NULL ? score_accessible : "");

  flagged = self->programme != NULL &&
            ta_programme_is_pairing_flagged (self->programme, ta_pairing_get_id (self->pairing));
  gtk_widget_set_visible (GTK_WIDGET (self->flag_label), flagged);

  /* The whole row in one phrase for a screen reader, which otherwise
   * announces the widget's type name. */
  {
    g_autofree char *summary = g_strjoin (", ", title, detail,
                                          flagged ? gtk_label_get_label (self->flag_label) : score_accessible,
                                          flagged ? score_accessible : NULL, NULL);

    ta_accessible_set_label (GTK_WIDGET (self), summary);
  }
}

static void
ta_pairing_row_dispose (GObject *object)
{
  TaPairingRow *self = TA_PAIRING_ROW (object);
  GtkWidget *child;

  ta_pairing_row_set_pairing (self, NULL);
  ta_pairing_row_set_participants (self, NULL);
  ta_pairing_row_set_programme (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_PAIRING_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ta_pairing_row_parent_class)->dispose (object);
}

static void
ta_pairing_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TaPairingRow *self = TA_PAIRING_ROW (object);

  switch (prop_id)
    {
    case PROP_PAIRING:
      g_value_set_object (value, self->pairing);
      break;

    case PROP_PARTICIPANTS:
      g_value_set_object (value, self->participants);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_pairing_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TaPairingRow *self = TA_PAIRING_ROW (object);

  switch (prop_id)
    {
    case PROP_PAIRING:
      ta_pairing_row_set_pairing (self, g_value_get_object (value));
      break;

    case PROP_PARTICIPANTS:
      ta_pairing_row_set_participants (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_pairing_row_class_init (TaPairingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_pairing_row_dispose;
  object_class->get_property = ta_pairing_row_get_property;
  object_class->set_property = ta_pairing_row_set_property;

  properties[PROP_PAIRING] =
    g_param_spec_object ("pairing", NULL, NULL,
                         TA_TYPE_PAIRING,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaPairingRow:participants: (nullable)
   *
   * Where the names of the mentor and the mentee are looked up.
   */
  properties[PROP_PARTICIPANTS] =
    g_param_spec_object ("participants", NULL, NULL,
                         TA_TYPE_PARTICIPANT_LIST,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ta-pairing-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TaPairingRow, stack);
  gtk_widget_class_bind_template_child (widget_class, TaPairingRow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, TaPairingRow, count_label);
  gtk_widget_class_bind_template_child (widget_class, TaPairingRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, TaPairingRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, TaPairingRow, flag_label);
  gtk_widget_class_bind_template_child (widget_class, TaPairingRow, score_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pairingrow");
}

static void
ta_pairing_row_init (TaPairingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ta_pairing_row_new:
 *
 * Returns: a new row, empty until a pairing or a heading is set
 */
GtkWidget *
ta_pairing_row_new (void)
{
  return g_object_new (TA_TYPE_PAIRING_ROW, NULL);
}

/**
 * ta_pairing_row_get_pairing:
 * @self: a #TaPairingRow
 *
 * Returns: (transfer none) (nullable): the pairing shown
 */
TaPairing *
ta_pairing_row_get_pairing (TaPairingRow *self)
{
  g_return_val_if_fail (TA_IS_PAIRING_ROW (self), NULL);

  return self->pairing;
}

/**
 * ta_pairing_row_set_pairing:
 * @self: a #TaPairingRow
 * @pairing: (nullable): the pairing to show, kept up to date as it changes
 */
void
ta_pairing_row_set_pairing (TaPairingRow *self,
                            TaPairing    *pairing)
{
  g_return_if_fail (TA_IS_PAIRING_ROW (self));
  g_return_if_fail (!pairing || TA_IS_PAIRING (pairing));

  if (self->pairing == pairing)
    return;

  if (self->pairing != NULL)
    g_signal_handlers_disconnect_by_func (self->pairing, ta_pairing_row_refresh, self);

  g_set_object (&self->pairing, pairing);

  if (self->pairing != NULL)
    g_signal_connect_swapped (self->pairing, "notify",
                              G_CALLBACK (ta_pairing_row_refresh), self);

  ta_pairing_row_refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIRING]);
}

/**
 * ta_pairing_row_get_participants:
 * @self: a #TaPairingRow
 *
 * Returns: (transfer none) (nullable): where names are looked up
 */
TaParticipantList *
ta_pairing_row_get_participants (TaPairingRow *self)
{
  g_return_val_if_fail (TA_IS_PAIRING_ROW (self), NULL);

  return self->participants;
}

void
ta_pairing_row_set_participants (TaPairingRow      *self,
                                 TaParticipantList *participants)
{
  g_return_if_fail (TA_IS_PAIRING_ROW (self));
  g_return_if_fail (!participants || TA_IS_PARTICIPANT_LIST (participants));

  if (self->participants == participants)
    return;

  /* A renamed mentor is shown with the new name. */
  if (self->participants != NULL)
    g_signal_handlers_disconnect_by_func (self->participants, ta_pairing_row_refresh, self);

  g_set_object (&self->participants, participants);

  if (self->participants != NULL)
    g_signal_connect_swapped (self->participants, "items-changed",
                              G_CALLBACK (ta_pairing_row_refresh), self);

  ta_pairing_row_refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANTS]);
}

/**
 * ta_pairing_row_set_heading:
 * @self: a #TaPairingRow
 * @heading: the name of a status
 * @count: how many pairs have it
 *
 * Shows a heading instead of a pairing.
 */
void
ta_pairing_row_set_heading (TaPairingRow *self,
                            const char   *heading,
                            guint         count)
{
  g_autofree char *count_text = NULL;

  g_return_if_fail (TA_IS_PAIRING_ROW (self));
  g_return_if_fail (heading != NULL);

  ta_pairing_row_set_pairing (self, NULL);

  count_text = g_strdup_printf ("%u", count);
  gtk_label_set_label (self->heading_label, heading);
  gtk_label_set_label (self->count_label, count_text);
  gtk_stack_set_visible_child_name (self->stack, "heading");

  {
    g_autofree char *summary = g_strjoin (", ", heading, count_text, NULL);

    ta_accessible_set_label (GTK_WIDGET (self), summary);
  }

  /* The arrow keys go through a heading: in GTK 4.8 they stop at a list
   * item that is not selectable unless something in it takes the focus. */
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
}

/**
 * ta_pairing_row_set_programme:
 * @self: a #TaPairingRow
 * @programme: (nullable): the open programme, which says whether the pair
 *   is flagged "not a fit"
 */
void
ta_pairing_row_set_programme (TaPairingRow *self,
                              TaProgramme  *programme)
{
  g_return_if_fail (TA_IS_PAIRING_ROW (self));

  if (self->programme == programme)
    return;

  if (self->programme != NULL)
    g_clear_signal_handler (&self->check_ins_id, self->programme);
  g_set_object (&self->programme, programme);
  if (programme != NULL)
    self->check_ins_id = g_signal_connect_swapped (programme, "changed::check-ins",
                                                   G_CALLBACK (ta_pairing_row_refresh), self);

  ta_pairing_row_refresh (self);
}

/* Whether the row shows the pair as flagged "not a fit" (for the tests). */
gboolean
ta_pairing_row_get_flagged (TaPairingRow *self)
{
  g_return_val_if_fail (TA_IS_PAIRING_ROW (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self->flag_label));
}
