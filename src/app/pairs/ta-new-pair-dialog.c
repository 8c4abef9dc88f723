/* ta-new-pair-dialog.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-pairs"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ta-accessible.h"
#include "ta-match-private.h"
#include "ta-new-pair-dialog.h"
#include "ta-toast.h"

/*
 * Two searchable drop-downs (mentors, mentees: active or paused people of
 * that role), each person listed with what stops them, if anything (a
 * mentor at their capacity, a mentee who has a mentor); the pair's own
 * problem (a reporting line) is said once both are chosen.  The reasons
 * come from a TaMatcher snapshot taken when the dialog opens and again
 * before saving; the store checks again inside its transaction.
 */

struct _TaNewPairDialog
{
  AdwWindow          parent_instance;

  GtkDropDown       *mentor_drop_down;
  GtkDropDown       *mentee_drop_down;
  GtkCheckButton    *start_check;
  GtkLabel          *message_label;
  GtkWidget         *create_button;

  TaProgramme       *programme;
  TaParticipantList *participants;  /* the programme's */
  TaMatcher         *matcher;
  GtkWidget         *toast_widget;
};

G_DEFINE_FINAL_TYPE (TaNewPairDialog, ta_new_pair_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
refresh_matcher (TaNewPairDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->matcher);
  self->matcher = ta_programme_new_matcher (self->programme, &error);
  if (self->matcher == NULL)
    g_warning ("Cannot read the programme: %s", error->message);
}

/* What stops @participant on their side, or NULL. */
static char *
person_problem (TaNewPairDialog *self,
                TaParticipant   *participant,
                gboolean         as_mentor)
{
  if (self->matcher == NULL)
    return NULL;

  if (as_mentor)
    return _ta_matcher_capacity_problem (self->matcher, ta_participant_get_id (participant));

  if (_ta_matcher_has_mentor (self->matcher, ta_participant_get_id (participant)))
    /* Translators: %s is a person's name */
    return g_strdup_printf (_("%s already has a mentor"), ta_participant_get_name (participant));

  return NULL;
}

static TaParticipant *
chosen (GtkDropDown *drop_down)
{
  gpointer item = gtk_drop_down_get_selected_item (drop_down);

  return TA_IS_PARTICIPANT (item) ? item : NULL;
}

static void
set_message (TaNewPairDialog *self,
             const char      *message)
{
  gtk_label_set_label (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL && message[0] != '\0');
}

/* The problem of the pair chosen, or NULL. */
static char *
pair_problem (TaNewPairDialog *self)
{
  TaParticipant *mentor = chosen (self->mentor_drop_down);
  TaParticipant *mentee = chosen (self->mentee_drop_down);

  if (mentor == NULL || mentee == NULL || self->matcher == NULL)
    return NULL;

  return _ta_matcher_pair_problem (self->matcher,
                                   ta_participant_get_id (mentor),
                                   ta_participant_get_id (mentee));
}

static void
ta_new_pair_dialog_update (TaNewPairDialog *self)
{
  g_autofree char *problem = pair_problem (self);
  gboolean both = chosen (self->mentor_drop_down) != NULL && chosen (self->mentee_drop_down) != NULL;

  set_message (self, problem);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "new-pair.create", both);
}

static void
ta_new_pair_dialog_create_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  TaNewPairDialog *self = TA_NEW_PAIR_DIALOG (widget);
  TaParticipant *mentor = chosen (self->mentor_drop_down);
  TaParticipant *mentee = chosen (self->mentee_drop_down);
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  g_autofree char *title = NULL;
  gboolean start_now;

  if (mentor == NULL || mentee == NULL)
    return;

  /* The programme as it is now, not as it was when the dialog opened. */
  refresh_matcher (self);
  problem = pair_problem (self);
  if (problem != NULL)
    {
      set_message (self, problem);
      gtk_widget_error_bell (widget);
      return;
    }

  start_now = gtk_check_button_get_active (self->start_check);
  pairing = ta_pairing_new (ta_participant_get_id (mentor), ta_participant_get_id (mentee));
  ta_pairing_set_status (pairing, start_now ? TA_PAIRING_STATUS_ACTIVE : TA_PAIRING_STATUS_PROPOSED);
  if (start_now)
    {
      g_autofree char *today = ta_date_today ();

      ta_pairing_set_started_on (pairing, today);
    }

  if (!ta_programme_add_pairing (self->programme, pairing, &error))
    {
      set_message (self, error->message);
      gtk_widget_error_bell (widget);
      return;
    }

  /* Translators: a notification; %1$s is a mentor, %2$s a mentee */
  title = g_markup_printf_escaped (_("%1$s and %2$s paired"),
                                   ta_participant_get_name (mentor), ta_participant_get_name (mentee));
  if (self->toast_widget != NULL)
    ta_toast_add (self->toast_widget, adw_toast_new (title));

  g_signal_emit (self, signals[SIGNAL_CREATED], 0, ta_pairing_get_id (pairing));
  gtk_window_close (GTK_WINDOW (self));
}

/* The drop-downs */

static gboolean
is_mentor_choice (gpointer item,
                  gpointer user_data)
{
  TaParticipant *participant = item;
  TaRole role = ta_participant_get_role (participant);
  TaParticipantStatus status = ta_participant_get_status (participant);

  return (role == TA_ROLE_MENTOR || role == TA_ROLE_BOTH) && status != TA_PARTICIPANT_STATUS_LEFT;
}

static gboolean
is_mentee_choice (gpointer item,
                  gpointer user_data)
{
  TaParticipant *participant = item;
  TaRole role = ta_participant_get_role (participant);
  TaParticipantStatus status = ta_participant_get_status (participant);

  return (role == TA_ROLE_MENTEE || role == TA_ROLE_BOTH) && status != TA_PARTICIPANT_STATUS_LEFT;
}

static char *
participant_name (TaParticipant *participant)
{
  return g_strdup (participant != NULL ? ta_participant_get_name (participant) : "");
}

static void
setup_choice (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *reason = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (reason), 0);
  gtk_label_set_wrap (GTK_LABEL (reason), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (reason), PANGO_WRAP_WORD);
  gtk_label_set_max_width_chars (GTK_LABEL (reason), 36);
  gtk_widget_add_css_class (reason, "dim-label");
  gtk_widget_add_css_class (reason, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), reason);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_choice (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             TaNewPairDialog          *self)
{
  TaParticipant *participant = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *reason = gtk_widget_get_next_sibling (name);
  gboolean as_mentor = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "ta-as-mentor"));
  g_autofree char *problem = person_problem (self, participant, as_mentor);
  const char *status = ta_participant_get_status (participant) == TA_PARTICIPANT_STATUS_PAUSED
                       ? ta_participant_status_get_label (TA_PARTICIPANT_STATUS_PAUSED) : NULL;
  g_autofree char *detail = NULL;

  gtk_label_set_label (GTK_LABEL (name), ta_participant_get_name (participant));
  if (problem != NULL && status != NULL)
    /* Translators: %1$s is a status ("Paused"), %2$s a reason */
    detail = g_strdup_printf (_("%1$s · %2$s"), status, problem);
  else
    detail = g_strdup (problem != NULL ? problem : status);
  gtk_label_set_label (GTK_LABEL (reason), detail != NULL ? detail : "");
  gtk_widget_set_visible (reason, detail != NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return strcmp (ta_participant_get_sort_key ((TaParticipant *) a),
                 ta_participant_get_sort_key ((TaParticipant *) b));
}

static GtkDropDown *
new_drop_down (TaNewPairDialog *self,
               gboolean         as_mentor)
{
  GtkFilterListModel *model;
  GtkSortListModel *sorted;
  GtkListItemFactory *factory;
  GtkExpression *expression;
  GtkDropDown *drop_down;

  model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->participants)),
                                     GTK_FILTER (gtk_custom_filter_new (as_mentor ? is_mentor_choice
                                                                                  : is_mentee_choice,
                                                                        NULL, NULL)));
  /* By name, as the Directory lists them. */
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (model),
                                    GTK_SORTER (gtk_custom_sorter_new (compare_names, NULL, NULL)));
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (participant_name), NULL, NULL);
  drop_down = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (sorted), expression));
  gtk_drop_down_set_enable_search (drop_down, TRUE);
  gtk_drop_down_set_selected (drop_down, GTK_INVALID_LIST_POSITION);

  /* The list says why someone cannot be chosen; the button shows the
   * name only. */
  factory = gtk_signal_list_item_factory_new ();
  g_object_set_data (G_OBJECT (factory), "ta-as-mentor", GINT_TO_POINTER (as_mentor));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_choice), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_choice), self);
  gtk_drop_down_set_list_factory (drop_down, factory);
  g_object_unref (factory);

  g_signal_connect_object (drop_down, "notify::selected",
                           G_CALLBACK (ta_new_pair_dialog_update), self, G_CONNECT_SWAPPED);

  return drop_down;
}

static GtkWidget *
labelled (const char  *text,
          GtkWidget   *widget)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), widget);

  return box;
}

static void
ta_new_pair_dialog_dispose (GObject *object)
{
  TaNewPairDialog *self = TA_NEW_PAIR_DIALOG (object);

  g_clear_object (&self->matcher);
  g_clear_object (&self->participants);
  g_clear_object (&self->programme);
  g_clear_weak_pointer (&self->toast_widget);

  G_OBJECT_CLASS (ta_new_pair_dialog_parent_class)->dispose (object);
}

static void
ta_new_pair_dialog_class_init (TaNewPairDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_new_pair_dialog_dispose;

  /**
   * TaNewPairDialog::created:
   * @self: the dialog
   * @pairing_id: the pairing formed
   */
  signals[SIGNAL_CREATED] =
    g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "new-pair.create", NULL,
                                   ta_new_pair_dialog_create_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ta_new_pair_dialog_init (TaNewPairDialog *self)
{
}

static void
ta_new_pair_dialog_build (TaNewPairDialog *self)
{
  GtkWidget *content;
  GtkWidget *header;
  GtkWidget *cancel;
  GtkWidget *scrolled;
  GtkWidget *clamp;
  GtkWidget *box;
  GtkWidget *intro;

  gtk_window_set_title (GTK_WINDOW (self), _("New Pair"));
  gtk_window_set_default_size (GTK_WINDOW (self), 460, 420);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);

  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);

  self->create_button = gtk_button_new_with_mnemonic (_("C_reate"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->create_button), "new-pair.create");
  gtk_widget_add_css_class (self->create_button, "suggested-action");
  ta_accessible_set_label (GTK_WIDGET (self->create_button), _("Create the pair"));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->create_button);
  gtk_box_append (GTK_BOX (content), header);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);

  intro = gtk_label_new (_("Pair two people you have chosen yourself. "
                           "Scores and topics are not checked; the programme’s rules are."));
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (intro), PANGO_WRAP_WORD);
  gtk_widget_add_css_class (intro, "dim-label");
  gtk_box_append (GTK_BOX (box), intro);

  self->mentor_drop_down = new_drop_down (self, TRUE);
  gtk_box_append (GTK_BOX (box), labelled (_("_Mentor"), GTK_WIDGET (self->mentor_drop_down)));
  /* After the mnemonic label, which would add its name a second time. */
  ta_accessible_set_label (GTK_WIDGET (self->mentor_drop_down), _("Mentor"));

  self->mentee_drop_down = new_drop_down (self, FALSE);
  gtk_box_append (GTK_BOX (box), labelled (_("M_entee"), GTK_WIDGET (self->mentee_drop_down)));
  ta_accessible_set_label (GTK_WIDGET (self->mentee_drop_down), _("Mentee"));

  self->start_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("_Start the pair today")));
  {
    /* A check button's label does not wrap by itself. */
    GtkWidget *label = gtk_widget_get_last_child (GTK_WIDGET (self->start_check));

    if (GTK_IS_LABEL (label))
      {
        gtk_label_set_wrap (GTK_LABEL (label), TRUE);
        gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
      }
  }
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->start_check),
                               _("Otherwise the pair is proposed, and started later"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->start_check));

  self->message_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->message_label, 0);
  gtk_label_set_wrap (self->message_label, TRUE);
  gtk_label_set_wrap_mode (self->message_label, PANGO_WRAP_WORD);
  gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  ta_accessible_set_label (GTK_WIDGET (self->message_label), _("Why the pair cannot be formed"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->message_label));

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 480);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (content), scrolled);

  adw_window_set_content (ADW_WINDOW (self), content);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->create_button);

  refresh_matcher (self);
  ta_new_pair_dialog_update (self);
}

/**
 * ta_new_pair_dialog_new:
 * @parent: (nullable): the window it belongs to, where the toast is shown
 * @programme: the open programme
 *
 * Returns: (transfer none): a new dialog, not shown yet
 */
TaNewPairDialog *
ta_new_pair_dialog_new (GtkWindow   *parent,
                        TaProgramme *programme)
{
  TaNewPairDialog *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);

  self = g_object_new (TA_TYPE_NEW_PAIR_DIALOG, "transient-for", parent, NULL);
  self->programme = g_object_ref (programme);
  self->participants = g_object_ref (ta_programme_get_participants (programme));
  g_set_weak_pointer (&self->toast_widget, parent != NULL ? GTK_WIDGET (parent) : NULL);
  ta_new_pair_dialog_build (self);

  return self;
}

static gboolean
select_id (GtkDropDown *drop_down,
           gint64       id)
{
  GListModel *model = gtk_drop_down_get_model (drop_down);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TaParticipant) participant = g_list_model_get_item (model, i);

      if (ta_participant_get_id (participant) == id)
        {
          gtk_drop_down_set_selected (drop_down, i);
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
_ta_new_pair_dialog_choose (TaNewPairDialog *self,
                            gint64           mentor_id,
                            gint64           mentee_id)
{
  g_return_val_if_fail (TA_IS_NEW_PAIR_DIALOG (self), FALSE);

  return select_id (self->mentor_drop_down, mentor_id) &&
         select_id (self->mentee_drop_down, mentee_id);
}

const char *
_ta_new_pair_dialog_get_message (TaNewPairDialog *self)
{
  g_return_val_if_fail (TA_IS_NEW_PAIR_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->message_label))
         ? gtk_label_get_label (self->message_label) : NULL;
}

void
_ta_new_pair_dialog_set_start_now (TaNewPairDialog *self,
                                   gboolean         start_now)
{
  g_return_if_fail (TA_IS_NEW_PAIR_DIALOG (self));

  gtk_check_button_set_active (self->start_check, start_now);
}
