/* ta-participant-detail.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-languages.h"
#include "ta-participant-detail.h"
#include "ta-person-pairs.h"
#include "ta-week-grid.h"

struct _TaParticipantDetail
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkStack          *stack;
  AdwAvatar         *avatar;
  GtkLabel          *name_label;
  GtkLabel          *headline_label;
  GtkWidget         *find_partner_button;
  AdwActionRow      *role_row;
  AdwActionRow      *status_row;
  AdwActionRow      *capacity_row;
  AdwActionRow      *reports_to_row;
  AdwActionRow      *email_row;
  AdwActionRow      *department_row;
  AdwActionRow      *job_title_row;
  AdwActionRow      *career_level_row;
  AdwActionRow      *generation_row;
  AdwActionRow      *location_row;
  AdwActionRow      *languages_row;
  GtkFlowBox        *offers_box;
  GtkFlowBox        *seeks_box;
  TaWeekGrid        *availability_grid;
  GtkLabel          *notes_label;
  TaPersonPairs     *person_pairs;

  /* Owned references */
  TaParticipant     *participant;
  TaProgramme       *programme;
  TaParticipantList *participants;  /* the programme's */
};

G_DEFINE_FINAL_TYPE (TaParticipantDetail, ta_participant_detail, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PARTICIPANT,
  PROP_PROGRAMME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_row_value (AdwActionRow *row,
               const char   *value)
{
  if (value == NULL || value[0] == '\0')
    {
      adw_action_row_set_subtitle (row, _("Not set"));
      gtk_widget_add_css_class (GTK_WIDGET (row), "ta-unset");
    }
  else
    {
      adw_action_row_set_subtitle (row, value);
      gtk_widget_remove_css_class (GTK_WIDGET (row), "ta-unset");
    }
}

static void
fill_chips (GtkFlowBox         *box,
            const char * const *items)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_flow_box_remove (box, child);

  if (items == NULL || items[0] == NULL)
    {
      GtkWidget *label = gtk_label_new (_("None"));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_flow_box_append (box, label);
    }
  else
    {
      for (guint i = 0; items[i] != NULL; i++)
        {
          GtkWidget *label = gtk_label_new (items[i]);

          gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
          gtk_widget_add_css_class (label, "ta-chip");
          gtk_flow_box_append (box, label);
        }
    }

  /* Chips are read, not chosen. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
}

static void
ta_participant_detail_refresh (TaParticipantDetail *self)
{
  TaParticipant *p = self->participant;
  g_autofree char *headline = NULL;
  g_autofree char *capacity = NULL;
  g_autofree char *generation = NULL;
  g_autofree char *languages = NULL;
  const char *job_title;
  const char *department;
  const char *reports_to = NULL;
  int level;
  int birth_year;
  TaRole role;

  g_assert (TA_IS_PARTICIPANT_DETAIL (self));

  ta_person_pairs_set_participant_id (self->person_pairs, p != NULL ? ta_participant_get_id (p) : 0);

  if (p == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "participant");

  adw_avatar_set_text (self->avatar, ta_participant_get_name (p));
  gtk_label_set_label (self->name_label, ta_participant_get_name (p));

  job_title = ta_participant_get_job_title (p);
  department = ta_participant_get_department (p);
  if (job_title != NULL && job_title[0] != '\0' && department != NULL && department[0] != '\0')
    /* Translators: a job title and a department, as in "Data Analyst · Finance" */
    headline = g_strdup_printf (_("%1$s · %2$s"), job_title, department);
  else if (job_title != NULL && job_title[0] != '\0')
    headline = g_strdup (job_title);
  else if (department != NULL)
    headline = g_strdup (department);
  gtk_label_set_label (self->headline_label, headline);
  gtk_widget_set_visible (GTK_WIDGET (self->headline_label), headline != NULL && headline[0] != '\0');

  /* The target first: the window's action takes the participant's id. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->find_partner_button),
                                          g_variant_new_int64 (ta_participant_get_id (p)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->find_partner_button), "win.find-partner");
  gtk_widget_set_visible (self->find_partner_button,
                          ta_participant_get_status (p) != TA_PARTICIPANT_STATUS_LEFT);

  role = ta_participant_get_role (p);
  set_row_value (self->role_row, ta_role_get_label (role));
  set_row_value (self->status_row, ta_participant_status_get_label (ta_participant_get_status (p)));

  /* Capacity is how many mentees a mentor takes on. */
  gtk_widget_set_visible (GTK_WIDGET (self->capacity_row), role != TA_ROLE_MENTEE);
  if (ta_participant_get_capacity (p) > 0)
    capacity = g_strdup_printf (ngettext ("Up to %d mentee", "Up to %d mentees",
                                          ta_participant_get_capacity (p)),
                                ta_participant_get_capacity (p));
  else
    capacity = g_strdup (_("No mentees for now"));
  set_row_value (self->capacity_row, capacity);

  if (ta_participant_get_reports_to (p) == 0)
    reports_to = _("Nobody");
  else if (self->participants != NULL)
    {
      TaParticipant *manager;

      manager = ta_participant_list_lookup (self->participants, ta_participant_get_reports_to (p));
      if (manager != NULL)
        reports_to = ta_participant_get_name (manager);
    }
  set_row_value (self->reports_to_row, reports_to);

  set_row_value (self->email_row, ta_participant_get_email (p));
  set_row_value (self->department_row, department);
  set_row_value (self->job_title_row, job_title);

  level = ta_participant_get_career_level (p);
  set_row_value (self->career_level_row,
                 level >= TA_CAREER_LEVEL_MIN && level <= TA_CAREER_LEVEL_MAX
                 ? ta_career_level_get_label (level) : NULL);

  birth_year = ta_participant_get_birth_year (p);
  if (birth_year > 0)
    /* Translators: %1$s is a generation ("Millennial"), %2$d a year of birth */
    generation = g_strdup_printf (_("%1$s, born %2$d"),
                                  ta_generation_get_label (ta_participant_get_generation (p)),
                                  birth_year);
  set_row_value (self->generation_row, generation);

  set_row_value (self->location_row, ta_participant_get_location (p));

  /* By name: "French, Lingala", not "fr, ln". */
  languages = ta_languages_join_names (ta_participant_get_languages (p));
  set_row_value (self->languages_row, languages);

  fill_chips (self->offers_box, ta_participant_get_offers (p));
  fill_chips (self->seeks_box, ta_participant_get_seeks (p));

  ta_week_grid_set_availability (self->availability_grid, ta_participant_get_availability (p));

  if (ta_participant_get_notes (p) != NULL && ta_participant_get_notes (p)[0] != '\0')
    {
      gtk_label_set_label (self->notes_label, ta_participant_get_notes (p));
      gtk_widget_remove_css_class (GTK_WIDGET (self->notes_label), "dim-label");
    }
  else
    {
      gtk_label_set_label (self->notes_label, _("No notes"));
      gtk_widget_add_css_class (GTK_WIDGET (self->notes_label), "dim-label");
    }
}

static void
ta_participant_detail_dispose (GObject *object)
{
  TaParticipantDetail *self = TA_PARTICIPANT_DETAIL (object);

  if (self->participant != NULL)
    g_signal_handlers_disconnect_by_func (self->participant,
                                          ta_participant_detail_refresh,
                                          self);
  g_clear_object (&self->participant);
  g_clear_object (&self->participants);
  g_clear_object (&self->programme);

  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_PARTICIPANT_DETAIL);

  G_OBJECT_CLASS (ta_participant_detail_parent_class)->dispose (object);
}

static void
ta_participant_detail_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TaParticipantDetail *self = TA_PARTICIPANT_DETAIL (object);

  switch (prop_id)
    {
    case PROP_PARTICIPANT:
      g_value_set_object (value, self->participant);
      break;

    case PROP_PROGRAMME:
      g_value_set_object (value, self->programme);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_participant_detail_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TaParticipantDetail *self = TA_PARTICIPANT_DETAIL (object);

  switch (prop_id)
    {
    case PROP_PARTICIPANT:
      ta_participant_detail_set_participant (self, g_value_get_object (value));
      break;

    case PROP_PROGRAMME:
      ta_participant_detail_set_programme (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_participant_detail_class_init (TaParticipantDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_participant_detail_dispose;
  object_class->get_property = ta_participant_detail_get_property;
  object_class->set_property = ta_participant_detail_set_property;

  properties[PROP_PARTICIPANT] =
    g_param_spec_object ("participant", NULL, NULL,
                         TA_TYPE_PARTICIPANT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaParticipantDetail:programme:
   *
   * The open programme, where the manager of the participant is looked
   * up, with their pairs and sessions.
   */
  properties[PROP_PROGRAMME] =
    g_param_spec_object ("programme", NULL, NULL,
                         TA_TYPE_PROGRAMME,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TA_TYPE_WEEK_GRID);
  g_type_ensure (TA_TYPE_PERSON_PAIRS);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ta-participant-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, TaParticipantDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantDetail, avatar);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantDetail, headline_label);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantDetail, find_partner_button);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantDetail, role_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantDetail, status_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantDetail, capacity_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantDetail, reports_to_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantDetail, email_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantDetail, department_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantDetail, job_title_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantDetail, career_level_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantDetail, generation_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantDetail, location_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantDetail, languages_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantDetail, offers_box);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantDetail, seeks_box);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantDetail, availability_grid);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantDetail, notes_label);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantDetail, person_pairs);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "participantdetail");
}

static void
ta_participant_detail_init (TaParticipantDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ta_participant_detail_new:
 *
 * Returns: a new detail pane, showing nobody
 */
GtkWidget *
ta_participant_detail_new (void)
{
  return g_object_new (TA_TYPE_PARTICIPANT_DETAIL, NULL);
}

/**
 * ta_participant_detail_get_participant:
 * @self: a #TaParticipantDetail
 *
 * Returns: (transfer none) (nullable): the participant shown
 */
TaParticipant *
ta_participant_detail_get_participant (TaParticipantDetail *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_DETAIL (self), NULL);

  return self->participant;
}

/**
 * ta_participant_detail_set_participant:
 * @self: a #TaParticipantDetail
 * @participant: (nullable): the participant to show
 *
 * Shows @participant, and keeps showing its current state when it changes.
 */
void
ta_participant_detail_set_participant (TaParticipantDetail *self,
                                       TaParticipant       *participant)
{
  g_return_if_fail (TA_IS_PARTICIPANT_DETAIL (self));
  g_return_if_fail (!participant || TA_IS_PARTICIPANT (participant));

  if (self->participant == participant)
    return;

  if (self->participant != NULL)
    g_signal_handlers_disconnect_by_func (self->participant,
                                          ta_participant_detail_refresh,
                                          self);

  g_set_object (&self->participant, participant);

  if (self->participant != NULL)
    g_signal_connect_swapped (self->participant, "notify",
                              G_CALLBACK (ta_participant_detail_refresh),
                              self);

  ta_participant_detail_refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANT]);
}

/**
 * ta_participant_detail_get_programme:
 * @self: a #TaParticipantDetail
 *
 * Returns: (transfer none) (nullable): the open programme
 */
TaProgramme *
ta_participant_detail_get_programme (TaParticipantDetail *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_DETAIL (self), NULL);

  return self->programme;
}

/**
 * ta_participant_detail_set_programme:
 * @self: a #TaParticipantDetail
 * @programme: (nullable): the open programme
 */
void
ta_participant_detail_set_programme (TaParticipantDetail *self,
                                     TaProgramme         *programme)
{
  g_return_if_fail (TA_IS_PARTICIPANT_DETAIL (self));
  g_return_if_fail (!programme || TA_IS_PROGRAMME (programme));

  if (!g_set_object (&self->programme, programme))
    return;

  g_clear_object (&self->participants);
  if (programme != NULL)
    self->participants = g_object_ref (ta_programme_get_participants (programme));
  ta_person_pairs_set_programme (self->person_pairs, programme);
  ta_participant_detail_refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRAMME]);
}

TaPersonPairs *
_ta_participant_detail_get_person_pairs (TaParticipantDetail *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_DETAIL (self), NULL);

  return self->person_pairs;
}
