/* ta-partner-finder.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-finder"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-match.h"
#include "ta-participant-filter.h"
#include "ta-partner-finder-private.h"
#include "ta-suggestion-item.h"
#include "ta-suggestion-row.h"
#include "ta-text-sorter.h"
#include "ta-toast.h"
#include "ta-undo-toast.h"

/*
 * "Find a Partner": the best candidates for one participant, ranked, with
 * the same breakdown as the suggestions, to pair by hand; pins ("pair
 * these two first") and blocks ("never pair them") are set from here.
 * Scoring one person against everyone is quick, so it is done at once on
 * a fresh snapshot of the programme after every change.
 */

/* Enough to choose from; forbidden ones come after the allowed ones. */
#define MAX_CANDIDATES 100

struct _TaPartnerFinder
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkWidget           *back_button;
  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  GtkSearchEntry      *search_entry;
  GtkStack            *people_stack;
  GtkListView         *people_view;
  GtkNoSelection      *people_selection;
  GtkFilterListModel  *people_filter_model;
  TaParticipantFilter *people_filter;
  GtkSortListModel    *people_sort_model;
  GtkLabel            *intro_label;
  GtkWidget           *direction_box;
  GtkToggleButton     *find_mentor_button;
  GtkToggleButton     *find_mentee_button;
  GtkStack            *candidates_stack;
  GtkListView         *candidates_view;
  AdwStatusPage       *no_candidates_page;

  /* Owned references */
  TaProgramme         *programme;
  TaParticipantList   *participants;  /* the programme's */
  GListStore          *candidates;

  gint64               participant_id;
};

G_DEFINE_FINAL_TYPE (TaPartnerFinder, ta_partner_finder, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_PROGRAMME,
  PROP_PARTICIPANT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What an Undo toast needs. */
typedef struct
{
  gint64    mentor_id;
  gint64    mentee_id;
  gint64    pairing_id;   /* a pair formed, or 0 for a rule set */
} FinderUndo;

static TaParticipant *
ta_partner_finder_lookup (TaPartnerFinder *self,
                          gint64           id)
{
  return self->participants != NULL ? ta_participant_list_lookup (self->participants, id) : NULL;
}

static const char *
name_of (TaPartnerFinder *self,
         gint64           id)
{
  TaParticipant *participant = ta_partner_finder_lookup (self, id);

  return participant != NULL ? ta_participant_get_name (participant) : _("Unknown");
}

static char *
headline_of (TaParticipant *participant)
{
  const char *job_title = ta_participant_get_job_title (participant);
  const char *department = ta_participant_get_department (participant);
  gboolean has_job = job_title != NULL && job_title[0] != '\0';
  gboolean has_department = department != NULL && department[0] != '\0';

  if (has_job && has_department)
    /* Translators: a job title and a department, as in "Data Analyst · Finance" */
    return g_strdup_printf (_("%1$s · %2$s"), job_title, department);
  if (has_job)
    return g_strdup (job_title);
  if (has_department)
    return g_strdup (department);

  return NULL;
}

/* The finder is a window of its own, with its own toasts. */
static void
ta_partner_finder_toast (TaPartnerFinder *self,
                         AdwToast        *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

#define ta_partner_finder_toast_error(self, ...) \
  ta_toast_add_error (GTK_WIDGET ((self)->toast_overlay), __VA_ARGS__)

/* Whether candidates are mentees (the participant mentors them). */
static gboolean
ta_partner_finder_as_mentor (TaPartnerFinder *self,
                             TaParticipant   *participant)
{
  switch (ta_participant_get_role (participant))
    {
    case TA_ROLE_MENTOR:
      return TRUE;
    case TA_ROLE_MENTEE:
      return FALSE;
    case TA_ROLE_BOTH:
    default:
      return gtk_toggle_button_get_active (self->find_mentee_button);
    }
}

static void
ta_partner_finder_rank (TaPartnerFinder *self)
{
  g_autoptr(TaMatcher) matcher = NULL;
  g_autoptr(GArray) ranked = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *intro = NULL;
  g_autofree char *none = NULL;
  TaParticipant *participant;
  gboolean as_mentor;
  const char *name;

  g_assert (TA_IS_PARTNER_FINDER (self));

  participant = ta_partner_finder_lookup (self, self->participant_id);
  if (participant == NULL || self->programme == NULL)
    {
      g_list_store_remove_all (self->candidates);
      return;
    }

  name = ta_participant_get_name (participant);
  as_mentor = ta_partner_finder_as_mentor (self, participant);
  adw_window_title_set_subtitle (self->window_title, name);
  gtk_widget_set_visible (self->direction_box, ta_participant_get_role (participant) == TA_ROLE_BOTH);

  if (as_mentor)
    /* Translators: %s is the name of a mentor */
    intro = g_strdup_printf (_("The mentees who would learn most from %s, best first. "
                               "Those who cannot be paired with them come last, with the reason."),
                             name);
  else
    /* Translators: %s is the name of a mentee */
    intro = g_strdup_printf (_("The mentors who could teach %s most, best first. "
                               "Those who cannot be paired with them come last, with the reason."),
                             name);
  gtk_label_set_label (self->intro_label, intro);

  /* A fresh snapshot: pairs, pins and blocks may have changed. */
  matcher = ta_programme_new_matcher (self->programme, &error);
  if (matcher != NULL)
    ranked = ta_matcher_rank_partners (matcher, self->participant_id, as_mentor, MAX_CANDIDATES, &error);
  if (ranked == NULL)
    {
      /* Translators: a notification; %s says why */
      ta_partner_finder_toast_error (self, _("Cannot rank partners: %s"), error->message);
      g_list_store_remove_all (self->candidates);
      ranked = g_array_new (FALSE, FALSE, sizeof (TaSuggestion));
    }

  items = g_ptr_array_new_full (ranked->len, g_object_unref);
  for (guint i = 0; i < ranked->len; i++)
    {
      const TaSuggestion *candidate = &g_array_index (ranked, TaSuggestion, i);
      gint64 other_id = as_mentor ? candidate->mentee_id : candidate->mentor_id;
      TaParticipant *other = ta_partner_finder_lookup (self, other_id);
      TaSuggestionItem *item;
      g_autofree char *subtitle = NULL;

      if (candidate->score.forbidden)
        subtitle = g_strdup (candidate->score.forbidden_reason);
      else if (candidate->pinned)
        subtitle = g_strdup (_("Pinned to be paired"));
      else if (other != NULL)
        subtitle = headline_of (other);

      item = ta_suggestion_item_new_pair (candidate, name_of (self, other_id), subtitle);
      ta_suggestion_item_set_names (item,
                                    name_of (self, candidate->mentor_id),
                                    name_of (self, candidate->mentee_id));
      g_ptr_array_add (items, item);
    }

  g_list_store_splice (self->candidates, 0, g_list_model_get_n_items (G_LIST_MODEL (self->candidates)),
                       items->pdata, items->len);

  if (as_mentor)
    /* Translators: %s is the name of a mentor */
    none = g_strdup_printf (_("No mentee in the programme can be paired with %s now."), name);
  else
    /* Translators: %s is the name of a mentee */
    none = g_strdup_printf (_("No mentor in the programme can be paired with %s now."), name);
  adw_status_page_set_description (self->no_candidates_page, none);
  gtk_stack_set_visible_child_name (self->candidates_stack, items->len > 0 ? "list" : "none");
}

/* Choosing the participant */

static char *
ta_partner_finder_person_detail (gpointer  this,
                                 GObject  *item)
{
  TaParticipant *participant;
  g_autofree char *headline = NULL;

  if (!TA_IS_PARTICIPANT (item))
    return g_strdup ("");

  participant = TA_PARTICIPANT (item);
  headline = headline_of (participant);
  if (headline == NULL)
    return g_strdup (ta_role_get_label (ta_participant_get_role (participant)));

  /* Translators: a role and a job, as in "Mentor · Data Analyst · Finance" */
  return g_strdup_printf (_("%1$s · %2$s"),
                          ta_role_get_label (ta_participant_get_role (participant)),
                          headline);
}

static void
ta_partner_finder_update_people (TaPartnerFinder *self)
{
  gtk_stack_set_visible_child_name (self->people_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->people_filter_model)) > 0
                                    ? "list" : "none");
}

static void
ta_partner_finder_search_changed (TaPartnerFinder *self,
                                  GtkSearchEntry  *entry)
{
  ta_participant_filter_set_search (self->people_filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
ta_partner_finder_person_activated (TaPartnerFinder *self,
                                    guint            position)
{
  g_autoptr(TaParticipant) participant = NULL;

  participant = g_list_model_get_item (G_LIST_MODEL (self->people_selection), position);
  if (participant != NULL)
    ta_partner_finder_set_participant_id (self, ta_participant_get_id (participant));
}

static void
ta_partner_finder_search_activate (TaPartnerFinder *self,
                                   GtkSearchEntry  *entry)
{
  /* Enter takes the first match. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->people_selection)) > 0)
    ta_partner_finder_person_activated (self, 0);
}

static void
ta_partner_finder_direction_toggled (TaPartnerFinder *self)
{
  if (self->participant_id != 0)
    ta_partner_finder_rank (self);
}

static void
ta_partner_finder_choose_another_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  ta_partner_finder_set_participant_id (TA_PARTNER_FINDER (widget), 0);
}

/* Pairing, pinning, blocking */

static gboolean
ta_partner_finder_undo (TaProgramme  *programme,
                        gpointer      data,
                        GError      **error)
{
  FinderUndo *undo = data;
  g_autoptr(GArray) ids = NULL;

  if (undo->pairing_id == 0)
    return ta_programme_clear_pair_rule (programme, undo->mentor_id, undo->mentee_id, error);

  /* A pair started meanwhile is not taken back. */
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (ids, undo->pairing_id);
  return ta_programme_take_back_pairings (programme, ids, error);
}

static void
ta_partner_finder_undone (GtkWidget *widget,
                          gboolean   undone,
                          gpointer   data)
{
  GtkWidget *finder = gtk_widget_get_ancestor (widget, TA_TYPE_PARTNER_FINDER);

  if (finder != NULL)
    ta_partner_finder_rank (TA_PARTNER_FINDER (finder));
}

static void
ta_partner_finder_undo_toast (TaPartnerFinder *self,
                              const char      *title,
                              gint64           mentor_id,
                              gint64           mentee_id,
                              gint64           pairing_id)
{
  FinderUndo *undo;
  AdwToast *toast;

  undo = g_new0 (FinderUndo, 1);
  undo->mentor_id = mentor_id;
  undo->mentee_id = mentee_id;
  undo->pairing_id = pairing_id;

  /* Said in the finder's own overlay, failures included. */
  toast = ta_undo_toast_new (GTK_WIDGET (self->toast_overlay), self->programme, title,
                             ta_partner_finder_undo, ta_partner_finder_undone,
                             undo, g_free);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  ta_partner_finder_toast (self, toast);
}

static TaSuggestionItem *
ta_partner_finder_find_candidate (TaPartnerFinder *self,
                                  gint64           mentor_id,
                                  gint64           mentee_id)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->candidates));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TaSuggestionItem) item = g_list_model_get_item (G_LIST_MODEL (self->candidates), i);

      if (ta_suggestion_item_is_pair (item, mentor_id, mentee_id))
        return g_steal_pointer (&item);
    }

  return NULL;
}

static void
ta_partner_finder_pair_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  TaPartnerFinder *self = TA_PARTNER_FINDER (widget);
  g_autoptr(TaSuggestionItem) item = NULL;
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *explanation = NULL;
  g_autofree char *title = NULL;
  const TaScore *score;
  gint64 mentor_id;
  gint64 mentee_id;

  g_variant_get (parameter, "(xx)", &mentor_id, &mentee_id);
  item = ta_partner_finder_find_candidate (self, mentor_id, mentee_id);
  if (item == NULL || self->programme == NULL)
    return;

  score = ta_suggestion_item_get_score (item);
  if (score->forbidden)
    return;

  explanation = ta_score_to_explanation (score);
  pairing = ta_pairing_new (mentor_id, mentee_id);
  ta_pairing_set_status (pairing, TA_PAIRING_STATUS_PROPOSED);
  ta_pairing_set_score (pairing, score->total);
  ta_pairing_set_explanation (pairing, explanation);

  if (!ta_programme_add_pairing (self->programme, pairing, &error))
    {
      /* Translators: a notification; %s says why */
      ta_partner_finder_toast_error (self, _("Cannot form the pair: %s"), error->message);
      return;
    }

  /* Translators: a notification; %1$s is a mentor, %2$s a mentee */
  title = g_markup_printf_escaped (_("%1$s and %2$s proposed as a pair"),
                                   name_of (self, mentor_id), name_of (self, mentee_id));
  ta_partner_finder_undo_toast (self, title, mentor_id, mentee_id, ta_pairing_get_id (pairing));
  ta_partner_finder_rank (self);
}

static void
ta_partner_finder_set_rule (TaPartnerFinder *self,
                            GVariant        *parameter,
                            TaPairRuleKind   kind)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gint64 mentor_id;
  gint64 mentee_id;

  g_variant_get (parameter, "(xx)", &mentor_id, &mentee_id);
  if (self->programme == NULL)
    return;

  if (!ta_programme_set_pair_rule (self->programme, mentor_id, mentee_id, kind, &error))
    {
      /* Translators: a notification; %s says why */
      ta_partner_finder_toast_error (self, _("Cannot change the rule: %s"), error->message);
      return;
    }

  if (kind == TA_PAIR_RULE_PIN)
    /* Translators: a notification; %1$s is a mentor, %2$s a mentee */
    title = g_markup_printf_escaped (_("%1$s and %2$s will be paired first at the next suggestion"),
                                     name_of (self, mentor_id), name_of (self, mentee_id));
  else
    /* Translators: a notification; %1$s is a mentor, %2$s a mentee */
    title = g_markup_printf_escaped (_("%1$s and %2$s will never be paired"),
                                     name_of (self, mentor_id), name_of (self, mentee_id));

  ta_partner_finder_undo_toast (self, title, mentor_id, mentee_id, 0);
  ta_partner_finder_rank (self);
}

static void
ta_partner_finder_pin_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  ta_partner_finder_set_rule (TA_PARTNER_FINDER (widget), parameter, TA_PAIR_RULE_PIN);
}

static void
ta_partner_finder_block_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  ta_partner_finder_set_rule (TA_PARTNER_FINDER (widget), parameter, TA_PAIR_RULE_BLOCK);
}

/* GObject */

static void
ta_partner_finder_dispose (GObject *object)
{
  TaPartnerFinder *self = TA_PARTNER_FINDER (object);

  if (self->people_filter_model != NULL)
    g_signal_handlers_disconnect_by_data (self->people_filter_model, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_PARTNER_FINDER);

  g_clear_object (&self->candidates);
  g_clear_object (&self->participants);
  g_clear_object (&self->programme);

  G_OBJECT_CLASS (ta_partner_finder_parent_class)->dispose (object);
}

static void
ta_partner_finder_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TaPartnerFinder *self = TA_PARTNER_FINDER (object);

  switch (prop_id)
    {
    case PROP_PROGRAMME:
      g_value_set_object (value, self->programme);
      break;

    case PROP_PARTICIPANT_ID:
      g_value_set_int64 (value, self->participant_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_partner_finder_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TaPartnerFinder *self = TA_PARTNER_FINDER (object);

  switch (prop_id)
    {
    case PROP_PROGRAMME:
      self->programme = g_value_dup_object (value);
      self->participants = g_object_ref (ta_programme_get_participants (self->programme));
      gtk_sort_list_model_set_model (self->people_sort_model, G_LIST_MODEL (self->participants));
      break;

    case PROP_PARTICIPANT_ID:
      ta_partner_finder_set_participant_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_partner_finder_class_init (TaPartnerFinderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_partner_finder_dispose;
  object_class->get_property = ta_partner_finder_get_property;
  object_class->set_property = ta_partner_finder_set_property;

  /**
   * TaPartnerFinder:programme:
   *
   * The open programme: the people to choose from, and where pairs and
   * rules are saved.
   */
  properties[PROP_PROGRAMME] =
    g_param_spec_object ("programme", NULL, NULL,
                         TA_TYPE_PROGRAMME,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * TaPartnerFinder:participant-id:
   *
   * Whom a partner is found for, or 0 to choose someone first.
   */
  properties[PROP_PARTICIPANT_ID] =
    g_param_spec_int64 ("participant-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TA_TYPE_PARTICIPANT);
  g_type_ensure (TA_TYPE_PARTICIPANT_FILTER);
  g_type_ensure (TA_TYPE_TEXT_SORTER);
  g_type_ensure (TA_TYPE_SUGGESTION_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ta-partner-finder.ui");
  gtk_widget_class_bind_template_child (widget_class, TaPartnerFinder, window_title);
  gtk_widget_class_bind_template_child (widget_class, TaPartnerFinder, back_button);
  gtk_widget_class_bind_template_child (widget_class, TaPartnerFinder, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TaPartnerFinder, stack);
  gtk_widget_class_bind_template_child (widget_class, TaPartnerFinder, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TaPartnerFinder, people_stack);
  gtk_widget_class_bind_template_child (widget_class, TaPartnerFinder, people_view);
  gtk_widget_class_bind_template_child (widget_class, TaPartnerFinder, people_selection);
  gtk_widget_class_bind_template_child (widget_class, TaPartnerFinder, people_filter_model);
  gtk_widget_class_bind_template_child (widget_class, TaPartnerFinder, people_filter);
  gtk_widget_class_bind_template_child (widget_class, TaPartnerFinder, people_sort_model);
  gtk_widget_class_bind_template_child (widget_class, TaPartnerFinder, intro_label);
  gtk_widget_class_bind_template_child (widget_class, TaPartnerFinder, direction_box);
  gtk_widget_class_bind_template_child (widget_class, TaPartnerFinder, find_mentor_button);
  gtk_widget_class_bind_template_child (widget_class, TaPartnerFinder, find_mentee_button);
  gtk_widget_class_bind_template_child (widget_class, TaPartnerFinder, candidates_stack);
  gtk_widget_class_bind_template_child (widget_class, TaPartnerFinder, candidates_view);
  gtk_widget_class_bind_template_child (widget_class, TaPartnerFinder, no_candidates_page);
  gtk_widget_class_bind_template_callback (widget_class, ta_partner_finder_person_detail);
  gtk_widget_class_bind_template_callback (widget_class, ta_partner_finder_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, ta_partner_finder_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, ta_partner_finder_person_activated);
  gtk_widget_class_bind_template_callback (widget_class, ta_partner_finder_direction_toggled);

  gtk_widget_class_install_action (widget_class, "finder.pair", "(xx)",
                                   ta_partner_finder_pair_action);
  gtk_widget_class_install_action (widget_class, "finder.pin", "(xx)",
                                   ta_partner_finder_pin_action);
  gtk_widget_class_install_action (widget_class, "finder.block", "(xx)",
                                   ta_partner_finder_block_action);
  gtk_widget_class_install_action (widget_class, "finder.choose-another", NULL,
                                   ta_partner_finder_choose_another_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/* The search entry takes Escape for itself (stop-search), before the
 * window's binding sees it: a query is cleared first, then the window
 * closes, as Escape does in every dialog. */
static void
ta_partner_finder_stop_search (TaPartnerFinder *self,
                               GtkSearchEntry  *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  if (text != NULL && text[0] != '\0')
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
ta_partner_finder_init (TaPartnerFinder *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->candidates = g_list_store_new (TA_TYPE_SUGGESTION_ITEM);
  gtk_list_view_set_model (self->candidates_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->candidates)))));

  factory = ta_suggestion_row_new_factory (TRUE);
  gtk_list_view_set_factory (self->candidates_view, factory);
  g_object_unref (factory);

  g_signal_connect_object (self->people_filter_model, "items-changed",
                           G_CALLBACK (ta_partner_finder_update_people),
                           self, G_CONNECT_SWAPPED);

  /* Typing anywhere on the first page searches. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->people_view));
  g_signal_connect_object (self->search_entry, "stop-search",
                           G_CALLBACK (ta_partner_finder_stop_search),
                           self, G_CONNECT_SWAPPED);

  /* Side by side, the two choices wrap rather than widen the window past
   * 360 px in longer languages. */
  {
    GtkToggleButton *buttons[] = { self->find_mentor_button, self->find_mentee_button };

    for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
      {
        GtkWidget *label = gtk_button_get_child (GTK_BUTTON (buttons[i]));

        if (GTK_IS_LABEL (label))
          {
            gtk_label_set_wrap (GTK_LABEL (label), TRUE);
            gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
            gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
          }
      }
  }

  gtk_widget_set_visible (self->back_button, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "finder.choose-another", FALSE);
}

/**
 * ta_partner_finder_new:
 * @parent: (nullable): the window it belongs to
 * @programme: the open programme
 * @participant_id: whom to find a partner for, or 0 to choose someone first
 *
 * Returns: (transfer none): a new partner finder
 */
TaPartnerFinder *
ta_partner_finder_new (GtkWindow   *parent,
                       TaProgramme *programme,
                       gint64       participant_id)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);

  return g_object_new (TA_TYPE_PARTNER_FINDER,
                       "transient-for", parent,
                       "programme", programme,
                       "participant-id", participant_id,
                       NULL);
}

/**
 * ta_partner_finder_get_participants:
 * @self: a #TaPartnerFinder
 *
 * Returns: (transfer none): the programme's participants
 */
TaParticipantList *
ta_partner_finder_get_participants (TaPartnerFinder *self)
{
  g_return_val_if_fail (TA_IS_PARTNER_FINDER (self), NULL);

  return self->participants;
}

gint64
ta_partner_finder_get_participant_id (TaPartnerFinder *self)
{
  g_return_val_if_fail (TA_IS_PARTNER_FINDER (self), 0);

  return self->participant_id;
}

/**
 * ta_partner_finder_set_participant_id:
 * @self: a #TaPartnerFinder
 * @participant_id: whom to find a partner for, or 0 to choose someone
 */
void
ta_partner_finder_set_participant_id (TaPartnerFinder *self,
                                      gint64           participant_id)
{
  TaParticipant *participant;
  gboolean chosen;

  g_return_if_fail (TA_IS_PARTNER_FINDER (self));

  participant = ta_partner_finder_lookup (self, participant_id);
  if (participant == NULL)
    participant_id = 0;

  chosen = participant_id != 0;
  self->participant_id = participant_id;

  gtk_widget_set_visible (self->back_button, chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "finder.choose-another", chosen);

  if (chosen)
    {
      /* Someone who is both: by default, what they are more likely to need. */
      if (ta_participant_get_role (participant) == TA_ROLE_BOTH &&
          !gtk_toggle_button_get_active (self->find_mentor_button))
        gtk_toggle_button_set_active (self->find_mentor_button, TRUE);
      else
        ta_partner_finder_rank (self);
      gtk_stack_set_visible_child_name (self->stack, "candidates");
      gtk_widget_grab_focus (GTK_WIDGET (self->candidates_view));
    }
  else
    {
      g_list_store_remove_all (self->candidates);
      adw_window_title_set_subtitle (self->window_title, NULL);
      ta_partner_finder_update_people (self);
      gtk_stack_set_visible_child_name (self->stack, "choose");
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANT_ID]);
}

GListModel *
_ta_partner_finder_get_candidates (TaPartnerFinder *self)
{
  g_return_val_if_fail (TA_IS_PARTNER_FINDER (self), NULL);

  return G_LIST_MODEL (self->candidates);
}

GtkSearchEntry *
_ta_partner_finder_get_search_entry (TaPartnerFinder *self)
{
  g_return_val_if_fail (TA_IS_PARTNER_FINDER (self), NULL);

  return self->search_entry;
}
