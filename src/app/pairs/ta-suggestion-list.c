/* ta-suggestion-list.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-suggestions"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-score-part-row.h"
#include "ta-suggestion-item.h"
#include "ta-suggestion-list-private.h"
#include "ta-suggestion-row.h"
#include "ta-toast.h"
#include "ta-undo-toast.h"

/*
 * The result of "Suggest Pairs": the pairs to accept or reject, then the
 * people left without a partner and why.  A programme of thousands gives
 * thousands of suggestions, so they are a list view of reused rows; and
 * since a GTK 4.8 list view makes a couple of hundred rows at once, the
 * suggestions are handed to it a few at a time, between frames, so that
 * showing them does not stall the window either.
 */

/* Suggestions handed to the list view at a time; past the rows it makes
 * at once, the rest cost nothing to show and come together. */
#define CHUNK_SIZE 25
#define ROWS_MADE_AT_ONCE 250

struct _TaSuggestionList
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkLabel          *title_label;
  GtkLabel          *summary_label;
  GtkButton         *close_button;
  GtkStack          *list_stack;
  GtkListView       *list_view;
  GtkFlattenListModel *flatten;
  AdwStatusPage     *done_page;

  /* Owned references */
  TaProgramme       *programme;
  GListStore        *sections;
  GListStore        *pairs;
  GListStore        *unpaired_heading;
  GListStore        *unpaired;
  GPtrArray         *later;           /* TaSuggestionItem pairs not in the list yet */
  GPtrArray         *later_unpaired;  /* and the people unpaired, shown after them */

  /* Weak references */
  AdwToast          *toast;

  double             average;
  guint              n_pending;
  guint              later_source;
  guint              has_results : 1;
};

G_DEFINE_FINAL_TYPE (TaSuggestionList, ta_suggestion_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROGRAMME,
  PROP_HAS_RESULTS,
  PROP_N_PENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What an Undo toast needs to take back an accepted or rejected pair. */
typedef struct
{
  GPtrArray        *items;        /* TaSuggestionItem, back in the list on undo */
  GArray           *pairing_ids;  /* gint64: the pairings formed, or empty */
  guint             position;
  gboolean          rejected;
} Decision;

static void
decision_free (gpointer data)
{
  Decision *decision = data;

  g_clear_pointer (&decision->items, g_ptr_array_unref);
  g_clear_pointer (&decision->pairing_ids, g_array_unref);
  g_free (decision);
}

static const char *
name_of (TaSuggestionList *self,
         gint64            id)
{
  TaParticipant *participant = NULL;

  if (self->programme != NULL)
    participant = ta_participant_list_lookup (ta_programme_get_participants (self->programme), id);

  /* Translators: in place of the name of someone no longer in the programme */
  return participant != NULL ? ta_participant_get_name (participant) : _("Unknown");
}

static void
ta_suggestion_list_update (TaSuggestionList *self)
{
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *average = NULL;
  guint n_pending;
  guint n_unpaired;

  g_assert (TA_IS_SUGGESTION_LIST (self));

  n_pending = g_list_model_get_n_items (G_LIST_MODEL (self->pairs)) + self->later->len;
  n_unpaired = g_list_model_get_n_items (G_LIST_MODEL (self->unpaired)) + self->later_unpaired->len;
  average = ta_score_format_total (self->average);

  if (n_pending > 0)
    {
      title = g_strdup_printf (ngettext ("%u Suggested Pair", "%u Suggested Pairs", n_pending),
                               n_pending);
      /* Translators: %s is an average compatibility score out of 100 */
      summary = g_strdup_printf (_("The best pairing of everyone not yet paired, with an average score of %s. "
                                   "Accept the pairs you want; a rejected pair is not suggested again."),
                                 average);
    }
  else if (self->has_results && n_unpaired > 0)
    {
      title = g_strdup (_("No More Pairs to Suggest"));
      summary = g_strdup (_("The people below have no partner yet. Find one for each of them by hand, "
                            "or change the pairing preferences and suggest again."));
    }
  else
    {
      title = g_strdup (_("No More Pairs to Suggest"));
      summary = g_strdup (_("Everyone who can take part is paired."));
    }

  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->summary_label, summary);
  gtk_button_set_label (self->close_button, n_pending > 0 ? _("_Discard") : _("_Close"));
  gtk_stack_set_visible_child_name (self->list_stack,
                                    n_pending + n_unpaired > 0 ? "list" : "done");
  adw_status_page_set_title (self->done_page, _("All Suggestions Handled"));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "suggestions.accept-all", n_pending > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "suggestions.discard", self->has_results);

  if (self->n_pending != n_pending)
    {
      self->n_pending = n_pending;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PENDING]);
    }
}

static gboolean
ta_suggestion_list_find (TaSuggestionList  *self,
                         gint64             mentor_id,
                         gint64             mentee_id,
                         guint             *out_position)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->pairs));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TaSuggestionItem) item = g_list_model_get_item (G_LIST_MODEL (self->pairs), i);

      if (ta_suggestion_item_is_pair (item, mentor_id, mentee_id))
        {
          *out_position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static TaPairing *
pairing_from_item (TaSuggestionItem *item)
{
  const TaScore *score = ta_suggestion_item_get_score (item);
  g_autofree char *explanation = ta_score_to_explanation (score);
  TaPairing *pairing;

  pairing = ta_pairing_new (ta_suggestion_item_get_mentor_id (item),
                            ta_suggestion_item_get_mentee_id (item));
  ta_pairing_set_status (pairing, TA_PAIRING_STATUS_PROPOSED);
  ta_pairing_set_score (pairing, score->total);
  ta_pairing_set_explanation (pairing, explanation);

  return pairing;
}

/* Handing suggestions to the list view */

static void
ta_suggestion_list_show_unpaired (TaSuggestionList *self)
{
  g_autofree char *count = NULL;
  g_autoptr(TaSuggestionItem) heading = NULL;
  guint n_unpaired;

  g_list_store_remove_all (self->unpaired_heading);
  g_list_store_remove_all (self->unpaired);

  n_unpaired = self->later_unpaired->len;
  if (n_unpaired == 0)
    return;

  count = g_strdup_printf ("%u", n_unpaired);
  heading = ta_suggestion_item_new_heading (_("Not Paired"), count);
  g_list_store_append (self->unpaired_heading, heading);
  g_list_store_splice (self->unpaired, 0, 0, self->later_unpaired->pdata, n_unpaired);
  g_ptr_array_set_size (self->later_unpaired, 0);
}

/* Shows @n_items more suggestions, and the people unpaired after the last. */
static void
ta_suggestion_list_show_more (TaSuggestionList *self,
                              guint             n_items)
{
  n_items = MIN (n_items, self->later->len);

  g_list_store_splice (self->pairs, g_list_model_get_n_items (G_LIST_MODEL (self->pairs)), 0,
                       self->later->pdata, n_items);
  g_ptr_array_remove_range (self->later, 0, n_items);

  if (self->later->len == 0)
    ta_suggestion_list_show_unpaired (self);
}

static gboolean
ta_suggestion_list_show_later (gpointer user_data)
{
  TaSuggestionList *self = user_data;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->pairs)) >= ROWS_MADE_AT_ONCE)
    ta_suggestion_list_show_more (self, self->later->len);
  else
    ta_suggestion_list_show_more (self, CHUNK_SIZE);
  ta_suggestion_list_update (self);

  if (self->later->len > 0)
    return G_SOURCE_CONTINUE;

  self->later_source = 0;
  return G_SOURCE_REMOVE;
}

/* Undo */

static gboolean
ta_suggestion_list_undo (TaProgramme  *programme,
                         gpointer      data,
                         GError      **error)
{
  Decision *decision = data;
  TaSuggestionItem *item = g_ptr_array_index (decision->items, 0);

  if (decision->rejected)
    return ta_programme_clear_pair_rule (programme,
                                         ta_suggestion_item_get_mentor_id (item),
                                         ta_suggestion_item_get_mentee_id (item),
                                         error);

  /* Only pairs nobody has started yet are taken back, all at once. */
  return ta_programme_take_back_pairings (programme, decision->pairing_ids, error);
}

static void
ta_suggestion_list_undone (GtkWidget *widget,
                           gboolean   undone,
                           gpointer   data)
{
  TaSuggestionList *self = TA_SUGGESTION_LIST (widget);
  Decision *decision = data;

  if (!undone || !self->has_results)
    return;

  g_list_store_splice (self->pairs,
                       MIN (decision->position, g_list_model_get_n_items (G_LIST_MODEL (self->pairs))),
                       0,
                       decision->items->pdata, decision->items->len);
  ta_suggestion_list_update (self);
}

static AdwToast *
ta_suggestion_list_undo_toast (TaSuggestionList *self,
                               const char       *title,
                               Decision         *decision)
{
  AdwToast *toast;

  toast = ta_undo_toast_new (GTK_WIDGET (self), self->programme, title,
                             ta_suggestion_list_undo, ta_suggestion_list_undone,
                             decision, decision_free);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_set_weak_pointer (&self->toast, toast);

  return toast;
}

/* Actions */

static void
ta_suggestion_list_accept_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  TaSuggestionList *self = TA_SUGGESTION_LIST (widget);
  g_autoptr(TaSuggestionItem) item = NULL;
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  Decision *decision;
  gint64 mentor_id;
  gint64 mentee_id;
  gint64 id;
  guint position;

  g_variant_get (parameter, "(xx)", &mentor_id, &mentee_id);
  if (self->programme == NULL ||
      !ta_suggestion_list_find (self, mentor_id, mentee_id, &position))
    return;

  item = g_list_model_get_item (G_LIST_MODEL (self->pairs), position);
  pairing = pairing_from_item (item);
  if (!ta_programme_add_pairing (self->programme, pairing, &error))
    {
      /* Translators: a notification; %s says why */
      ta_toast_add_error (GTK_WIDGET (self), _("Cannot form the pair: %s"), error->message);
      return;
    }

  g_list_store_remove (self->pairs, position);
  ta_suggestion_list_update (self);

  id = ta_pairing_get_id (pairing);
  decision = g_new0 (Decision, 1);
  decision->items = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (decision->items, g_object_ref (item));
  decision->pairing_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (decision->pairing_ids, id);
  decision->position = position;

  /* Translators: a notification; %1$s is a mentor, %2$s a mentee */
  title = g_markup_printf_escaped (_("%1$s and %2$s proposed as a pair"),
                                   name_of (self, mentor_id), name_of (self, mentee_id));
  ta_toast_add (GTK_WIDGET (self), ta_suggestion_list_undo_toast (self, title, decision));
}

static void
ta_suggestion_list_reject_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  TaSuggestionList *self = TA_SUGGESTION_LIST (widget);
  g_autoptr(TaSuggestionItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  Decision *decision;
  gint64 mentor_id;
  gint64 mentee_id;
  guint position;

  g_variant_get (parameter, "(xx)", &mentor_id, &mentee_id);
  if (self->programme == NULL ||
      !ta_suggestion_list_find (self, mentor_id, mentee_id, &position))
    return;

  if (!ta_programme_set_pair_rule (self->programme,
                                   mentor_id, mentee_id, TA_PAIR_RULE_BLOCK, &error))
    {
      /* Translators: a notification; %s says why */
      ta_toast_add_error (GTK_WIDGET (self), _("Cannot reject the pair: %s"), error->message);
      return;
    }

  item = g_list_model_get_item (G_LIST_MODEL (self->pairs), position);
  g_list_store_remove (self->pairs, position);
  ta_suggestion_list_update (self);

  decision = g_new0 (Decision, 1);
  decision->items = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (decision->items, g_object_ref (item));
  decision->pairing_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  decision->position = position;
  decision->rejected = TRUE;

  /* Translators: a notification; %1$s is a mentor, %2$s a mentee */
  title = g_markup_printf_escaped (_("%1$s and %2$s will not be suggested together"),
                                   name_of (self, mentor_id), name_of (self, mentee_id));
  ta_toast_add (GTK_WIDGET (self), ta_suggestion_list_undo_toast (self, title, decision));
}

static void
ta_suggestion_list_accept_all_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  TaSuggestionList *self = TA_SUGGESTION_LIST (widget);
  g_autoptr(GPtrArray) pairings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  Decision *decision;
  guint shown;
  guint n_items;

  shown = g_list_model_get_n_items (G_LIST_MODEL (self->pairs));
  n_items = shown + self->later->len;
  if (self->programme == NULL || n_items == 0)
    return;

  /* Those not shown yet too: all means all. */
  items = g_ptr_array_new_full (n_items, g_object_unref);
  for (guint i = 0; i < shown; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (self->pairs), i));
  for (guint i = 0; i < self->later->len; i++)
    g_ptr_array_add (items, g_object_ref (g_ptr_array_index (self->later, i)));

  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (pairings, pairing_from_item (g_ptr_array_index (items, i)));

  /* All or none. */
  if (!ta_programme_add_pairings (self->programme, pairings, &error))
    {
      AdwMessageDialog *dialog;
      g_autofree char *body = NULL;
      GtkRoot *root = gtk_widget_get_root (widget);

      /* Translators: %s says why the pairs could not be formed */
      body = g_strdup_printf (_("%s. No pair was formed; accept the pairs one by one to see which can be."),
                              error->message);
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                           _("Cannot Accept All Pairs"), body));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      adw_message_dialog_set_default_response (dialog, "close");
      adw_message_dialog_set_close_response (dialog, "close");
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  decision = g_new0 (Decision, 1);
  decision->items = g_steal_pointer (&items);
  decision->pairing_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_items);
  for (guint i = 0; i < n_items; i++)
    {
      gint64 id = ta_pairing_get_id (g_ptr_array_index (pairings, i));

      g_array_append_val (decision->pairing_ids, id);
    }

  g_clear_handle_id (&self->later_source, g_source_remove);
  g_ptr_array_set_size (self->later, 0);
  ta_suggestion_list_show_unpaired (self);
  g_list_store_remove_all (self->pairs);
  ta_suggestion_list_update (self);

  title = g_strdup_printf (ngettext ("%u pair proposed", "%u pairs proposed", n_items), n_items);
  ta_toast_add (GTK_WIDGET (self), ta_suggestion_list_undo_toast (self, title, decision));
}

static void
ta_suggestion_list_discard_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  ta_suggestion_list_clear (TA_SUGGESTION_LIST (widget));
}

/* GtkWidget */

static gboolean
ta_suggestion_list_grab_focus (GtkWidget *widget)
{
  TaSuggestionList *self = TA_SUGGESTION_LIST (widget);

  /* The first suggestion, where the keys act. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->list_stack), "list") == 0)
    return gtk_widget_grab_focus (GTK_WIDGET (self->list_view));

  return gtk_widget_grab_focus (GTK_WIDGET (self->close_button));
}

/* GObject */

static void
ta_suggestion_list_dispose (GObject *object)
{
  TaSuggestionList *self = TA_SUGGESTION_LIST (object);
  GtkWidget *child;

  g_clear_handle_id (&self->later_source, g_source_remove);
  g_clear_weak_pointer (&self->toast);
  g_clear_object (&self->programme);

  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_SUGGESTION_LIST);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->sections);
  g_clear_object (&self->pairs);
  g_clear_object (&self->unpaired_heading);
  g_clear_object (&self->unpaired);
  g_clear_pointer (&self->later, g_ptr_array_unref);
  g_clear_pointer (&self->later_unpaired, g_ptr_array_unref);

  G_OBJECT_CLASS (ta_suggestion_list_parent_class)->dispose (object);
}

static void
ta_suggestion_list_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TaSuggestionList *self = TA_SUGGESTION_LIST (object);

  switch (prop_id)
    {
    case PROP_PROGRAMME:
      g_value_set_object (value, self->programme);
      break;

    case PROP_HAS_RESULTS:
      g_value_set_boolean (value, self->has_results);
      break;

    case PROP_N_PENDING:
      g_value_set_uint (value, self->n_pending);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_suggestion_list_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TaSuggestionList *self = TA_SUGGESTION_LIST (object);

  switch (prop_id)
    {
    case PROP_PROGRAMME:
      ta_suggestion_list_set_programme (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_suggestion_list_class_init (TaSuggestionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_suggestion_list_dispose;
  object_class->get_property = ta_suggestion_list_get_property;
  object_class->set_property = ta_suggestion_list_set_property;

  widget_class->grab_focus = ta_suggestion_list_grab_focus;

  /**
   * TaSuggestionList:programme: (nullable)
   *
   * The open programme: the names of the people, and where
   * accepted pairs are kept.
   */
  properties[PROP_PROGRAMME] =
    g_param_spec_object ("programme", NULL, NULL,
                         TA_TYPE_PROGRAMME,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaSuggestionList:has-results:
   *
   * Whether suggestions are shown, until they are discarded.
   */
  properties[PROP_HAS_RESULTS] =
    g_param_spec_boolean ("has-results", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaSuggestionList:n-pending:
   *
   * How many suggested pairs are neither accepted nor rejected.
   */
  properties[PROP_N_PENDING] =
    g_param_spec_uint ("n-pending", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TA_TYPE_SUGGESTION_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ta-suggestion-list.ui");
  gtk_widget_class_bind_template_child (widget_class, TaSuggestionList, title_label);
  gtk_widget_class_bind_template_child (widget_class, TaSuggestionList, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TaSuggestionList, close_button);
  gtk_widget_class_bind_template_child (widget_class, TaSuggestionList, list_stack);
  gtk_widget_class_bind_template_child (widget_class, TaSuggestionList, list_view);
  gtk_widget_class_bind_template_child (widget_class, TaSuggestionList, flatten);
  gtk_widget_class_bind_template_child (widget_class, TaSuggestionList, done_page);

  gtk_widget_class_install_action (widget_class, "suggestions.accept", "(xx)",
                                   ta_suggestion_list_accept_action);
  gtk_widget_class_install_action (widget_class, "suggestions.reject", "(xx)",
                                   ta_suggestion_list_reject_action);
  gtk_widget_class_install_action (widget_class, "suggestions.accept-all", NULL,
                                   ta_suggestion_list_accept_all_action);
  gtk_widget_class_install_action (widget_class, "suggestions.discard", NULL,
                                   ta_suggestion_list_discard_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "suggestionlist");
}

static void
ta_suggestion_list_init (TaSuggestionList *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->later = g_ptr_array_new_with_free_func (g_object_unref);
  self->later_unpaired = g_ptr_array_new_with_free_func (g_object_unref);
  self->pairs = g_list_store_new (TA_TYPE_SUGGESTION_ITEM);
  self->unpaired_heading = g_list_store_new (TA_TYPE_SUGGESTION_ITEM);
  self->unpaired = g_list_store_new (TA_TYPE_SUGGESTION_ITEM);
  self->sections = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (self->sections, self->pairs);
  g_list_store_append (self->sections, self->unpaired_heading);
  g_list_store_append (self->sections, self->unpaired);
  gtk_flatten_list_model_set_model (self->flatten, G_LIST_MODEL (self->sections));

  factory = ta_suggestion_row_new_factory (FALSE);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  ta_suggestion_list_update (self);
}

/**
 * ta_suggestion_list_new:
 *
 * Returns: a new, empty suggestion list
 */
GtkWidget *
ta_suggestion_list_new (void)
{
  return g_object_new (TA_TYPE_SUGGESTION_LIST, NULL);
}

/**
 * ta_suggestion_list_get_programme:
 * @self: a #TaSuggestionList
 *
 * Returns: (transfer none) (nullable): the open programme
 */
TaProgramme *
ta_suggestion_list_get_programme (TaSuggestionList *self)
{
  g_return_val_if_fail (TA_IS_SUGGESTION_LIST (self), NULL);

  return self->programme;
}

void
ta_suggestion_list_set_programme (TaSuggestionList *self,
                                  TaProgramme      *programme)
{
  g_return_if_fail (TA_IS_SUGGESTION_LIST (self));
  g_return_if_fail (!programme || TA_IS_PROGRAMME (programme));

  if (self->programme == programme)
    return;

  /* Suggestions belong to the programme they were made for. */
  ta_suggestion_list_clear (self);
  g_set_object (&self->programme, programme);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRAMME]);
}

/* By score, highest first; equal scores keep the matcher's order (by
 * mentee name), g_ptr_array_sort() being stable. */
static int
compare_by_score (gconstpointer a,
                  gconstpointer b)
{
  TaSuggestionItem *ia = *(TaSuggestionItem **) a;
  TaSuggestionItem *ib = *(TaSuggestionItem **) b;
  double sa = ta_suggestion_item_get_score (ia)->total;
  double sb = ta_suggestion_item_get_score (ib)->total;

  return (sa < sb) - (sa > sb);
}

/**
 * ta_suggestion_list_set_suggestions:
 * @self: a #TaSuggestionList
 * @suggestions: what ta_matcher_suggest() found
 *
 * Shows @suggestions in place of the ones shown before.
 */
void
ta_suggestion_list_set_suggestions (TaSuggestionList *self,
                                    TaSuggestions    *suggestions)
{
  g_autoptr(GPtrArray) pairs = NULL;
  g_autoptr(GPtrArray) unpaired = NULL;
  double sum = 0;

  g_return_if_fail (TA_IS_SUGGESTION_LIST (self));
  g_return_if_fail (suggestions != NULL);

  pairs = g_ptr_array_new_full (suggestions->suggestions->len, g_object_unref);
  for (guint i = 0; i < suggestions->suggestions->len; i++)
    {
      const TaSuggestion *suggestion = &g_array_index (suggestions->suggestions, TaSuggestion, i);
      const char *reason = suggestion->score.parts[TA_CRITERION_TOPIC_FIT].reason;
      TaSuggestionItem *item;
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      /* Translators: a suggested pair: %1$s is the mentor, %2$s the mentee */
      title = g_strdup_printf (_("%1$s → %2$s"),
                               name_of (self, suggestion->mentor_id),
                               name_of (self, suggestion->mentee_id));
      if (suggestion->pinned && reason != NULL && reason[0] != '\0')
        /* Translators: %s says what the mentor offers that the mentee wants */
        subtitle = g_strdup_printf (_("Pinned to be paired · %s"), reason);
      else if (suggestion->pinned)
        subtitle = g_strdup (_("Pinned to be paired"));
      else
        subtitle = g_strdup (reason);

      item = ta_suggestion_item_new_pair (suggestion, title, subtitle);
      ta_suggestion_item_set_names (item,
                                    name_of (self, suggestion->mentor_id),
                                    name_of (self, suggestion->mentee_id));
      g_ptr_array_add (pairs, item);
      sum += suggestion->score.total;
    }

  /* The best first: those are the ones to look at. */
  g_ptr_array_sort (pairs, compare_by_score);

  unpaired = g_ptr_array_new_full (suggestions->unpaired->len, g_object_unref);
  for (guint i = 0; i < suggestions->unpaired->len; i++)
    {
      const TaUnpaired *person = &g_array_index (suggestions->unpaired, TaUnpaired, i);

      g_ptr_array_add (unpaired,
                       ta_suggestion_item_new_unpaired (person, name_of (self, person->participant_id)));
    }

  self->average = pairs->len > 0 ? sum / pairs->len : 0;

  /* A first screenful now, the others between the next frames. */
  g_clear_handle_id (&self->later_source, g_source_remove);
  g_list_store_remove_all (self->pairs);
  g_list_store_remove_all (self->unpaired_heading);
  g_list_store_remove_all (self->unpaired);
  g_ptr_array_set_size (self->later, 0);
  g_ptr_array_extend_and_steal (self->later, g_steal_pointer (&pairs));
  g_ptr_array_set_size (self->later_unpaired, 0);
  g_ptr_array_extend_and_steal (self->later_unpaired, g_steal_pointer (&unpaired));

  ta_suggestion_list_show_more (self, CHUNK_SIZE);
  if (self->later->len > 0)
    self->later_source = g_timeout_add_full (G_PRIORITY_LOW, 16, ta_suggestion_list_show_later, self, NULL);

  if (!self->has_results)
    {
      self->has_results = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_RESULTS]);
    }

  ta_suggestion_list_update (self);

  /* Back to the top for a new round. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->flatten)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
}

/**
 * ta_suggestion_list_clear:
 * @self: a #TaSuggestionList
 *
 * Forgets the suggestions.  Pairs accepted or rejected stay so.
 */
void
ta_suggestion_list_clear (TaSuggestionList *self)
{
  g_return_if_fail (TA_IS_SUGGESTION_LIST (self));

  g_clear_handle_id (&self->later_source, g_source_remove);
  g_ptr_array_set_size (self->later, 0);
  g_ptr_array_set_size (self->later_unpaired, 0);
  g_list_store_remove_all (self->pairs);
  g_list_store_remove_all (self->unpaired_heading);
  g_list_store_remove_all (self->unpaired);
  self->average = 0;

  if (self->has_results)
    {
      self->has_results = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_RESULTS]);
    }

  ta_suggestion_list_update (self);
}

gboolean
ta_suggestion_list_get_has_results (TaSuggestionList *self)
{
  g_return_val_if_fail (TA_IS_SUGGESTION_LIST (self), FALSE);

  return self->has_results;
}

guint
ta_suggestion_list_get_n_pending (TaSuggestionList *self)
{
  g_return_val_if_fail (TA_IS_SUGGESTION_LIST (self), 0);

  return self->n_pending;
}

GListModel *
_ta_suggestion_list_get_pairs (TaSuggestionList *self)
{
  g_return_val_if_fail (TA_IS_SUGGESTION_LIST (self), NULL);

  return G_LIST_MODEL (self->pairs);
}

GListModel *
_ta_suggestion_list_get_unpaired (TaSuggestionList *self)
{
  g_return_val_if_fail (TA_IS_SUGGESTION_LIST (self), NULL);

  return G_LIST_MODEL (self->unpaired);
}

AdwToast *
_ta_suggestion_list_get_toast (TaSuggestionList *self)
{
  g_return_val_if_fail (TA_IS_SUGGESTION_LIST (self), NULL);

  return self->toast;
}
