/* ta-person-dialog.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-personal"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-accessible.h"
#include "ta-person-dialog.h"
#include "ta-window.h"

/*
 * A personal programme knows only two people per pair, so one small
 * dialog asks for either: who I am (first start, "I keep my own
 * mentoring"), or my partner (New Pair).  Name, e-mail and role, nothing
 * of the directory.
 */

struct _TaPersonDialog
{
  AdwWindow           parent_instance;

  /* Widgets */
  AdwEntryRow        *name_row;
  AdwEntryRow        *email_row;
  AdwComboRow        *role_row;
  GtkLabel           *error_label;
  GtkWidget          *confirm_button;

  /* Owned references */
  TaProgramme        *programme;

  TaPersonDialogKind  kind;
};

G_DEFINE_FINAL_TYPE (TaPersonDialog, ta_person_dialog, ADW_TYPE_WINDOW)

/* The combo's rows, in order */
static const TaRole roles[] = { TA_ROLE_MENTOR, TA_ROLE_MENTEE };

static void
ta_person_dialog_show_error (TaPersonDialog *self,
                             const char     *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static gboolean
ta_person_dialog_save (TaPersonDialog *self)
{
  g_autoptr(TaParticipant) person = ta_participant_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autofree char *email = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->email_row))));
  guint selected = adw_combo_row_get_selected (self->role_row);

  ta_participant_set_name (person, name);
  ta_participant_set_email (person, email);
  ta_participant_set_role (person, roles[MIN (selected, G_N_ELEMENTS (roles) - 1)]);

  if (self->kind == TA_PERSON_DIALOG_ME)
    {
      if (!ta_programme_make_personal (self->programme, person, &error))
        {
          ta_person_dialog_show_error (self, error->message);
          return FALSE;
        }
    }
  else
    {
      g_autoptr(TaPairing) pairing = ta_programme_add_personal_pair (self->programme, person, &error);

      if (pairing == NULL)
        {
          ta_person_dialog_show_error (self, error->message);
          return FALSE;
        }
    }

  ta_person_dialog_show_error (self, NULL);
  return TRUE;
}

static void
ta_person_dialog_confirm_cb (TaPersonDialog *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (!ta_person_dialog_save (self))
    return;

  if (self->kind == TA_PERSON_DIALOG_PARTNER && TA_IS_WINDOW (parent))
    ta_window_add_toast (TA_WINDOW (parent), _("Pair added"));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
ta_person_dialog_changed_cb (TaPersonDialog *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));

  gtk_widget_set_sensitive (self->confirm_button, name != NULL && *name != '\0');
}

static void
ta_person_dialog_dispose (GObject *object)
{
  TaPersonDialog *self = TA_PERSON_DIALOG (object);

  g_clear_object (&self->programme);

  G_OBJECT_CLASS (ta_person_dialog_parent_class)->dispose (object);
}

static void
ta_person_dialog_class_init (TaPersonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_person_dialog_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ta_person_dialog_init (TaPersonDialog *self)
{
}

static GtkWidget *
ta_person_dialog_build (TaPersonDialog *self)
{
  g_autoptr(GtkStringList) role_names = gtk_string_list_new (NULL);
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  gboolean me = self->kind == TA_PERSON_DIALOG_ME;

  self->confirm_button = gtk_button_new_with_mnemonic (me ? _("_Start") : _("_Add Pair"));
  gtk_widget_add_css_class (self->confirm_button, "suggested-action");
  gtk_widget_set_sensitive (self->confirm_button, FALSE);
  g_signal_connect_swapped (self->confirm_button, "clicked", G_CALLBACK (ta_person_dialog_confirm_cb), self);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->confirm_button);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (me ? _("About You") : _("New Pair"), NULL));
  gtk_box_append (GTK_BOX (toolbar), header);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), me ? _("Who You Are") : _("Your Partner"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         me ? _("Your pairs, sessions and notes stay on this computer. "
                                                "What you share with a facilitator, you choose item by item.")
                                            : _("Only a name, an e-mail address and a role: "
                                                "your partner's details stay in your own Turnabout."));

  self->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), me ? _("Your name") : _("Their name"));
  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (ta_person_dialog_changed_cb), self);
  g_signal_connect_swapped (self->name_row, "entry-activated", G_CALLBACK (ta_person_dialog_confirm_cb), self);
  adw_entry_row_set_activates_default (self->name_row, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->name_row));

  self->email_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->email_row),
                                 me ? _("Your e-mail address") : _("Their e-mail address"));
  adw_entry_row_set_input_purpose (self->email_row, GTK_INPUT_PURPOSE_EMAIL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->email_row));

  /* Translators: the role of "me" or of my partner in a personal programme */
  gtk_string_list_append (role_names, me ? _("I am the mentor (the junior side)") : _("Mentor (the junior side)"));
  gtk_string_list_append (role_names, me ? _("I am the mentee (the senior side)") : _("Mentee (the senior side)"));
  self->role_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->role_row), me ? _("Your role") : _("Their role"));
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (role_names));
  /* The choice under the title, where it wraps: beside it, "I am the
   * mentor (the junior side)" is cut short at 360 px. */
  adw_combo_row_set_use_subtitle (self->role_row, TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->role_row));

  /* My partner takes the other role. */
  if (!me)
    {
      g_autoptr(TaParticipant) myself = ta_programme_get_participant (self->programme,
                                                                      ta_programme_get_me (self->programme),
                                                                      NULL);

      if (myself != NULL && ta_participant_get_role (myself) == TA_ROLE_MENTEE)
        adw_combo_row_set_selected (self->role_row, 0);
      else
        adw_combo_row_set_selected (self->role_row, 1);
    }

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_margin_top (GTK_WIDGET (self->error_label), 12);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->error_label));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (toolbar), page);

  return toolbar;
}

/**
 * ta_person_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @programme: an undecided programme (for %TA_PERSON_DIALOG_ME) or a
 *   personal one (for %TA_PERSON_DIALOG_PARTNER)
 * @kind: whom it asks for
 *
 * Returns: (transfer none): a new modal dialog, not yet shown
 */
TaPersonDialog *
ta_person_dialog_new (GtkWindow          *parent,
                      TaProgramme        *programme,
                      TaPersonDialogKind  kind)
{
  TaPersonDialog *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);

  self = g_object_new (TA_TYPE_PERSON_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "default-width", 440,
                       "default-height", 480,
                       "title", kind == TA_PERSON_DIALOG_ME ? _("About You") : _("New Pair"),
                       NULL);
  self->programme = g_object_ref (programme);
  self->kind = kind;
  adw_window_set_content (ADW_WINDOW (self), ta_person_dialog_build (self));
  ta_accessible_fix_tree (GTK_WIDGET (self));

  return self;
}

const char *
_ta_person_dialog_confirm (TaPersonDialog *self,
                           const char     *name,
                           const char     *email,
                           TaRole          role)
{
  g_return_val_if_fail (TA_IS_PERSON_DIALOG (self), NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), email);
  adw_combo_row_set_selected (self->role_row, role == TA_ROLE_MENTEE ? 1 : 0);
  if (!ta_person_dialog_save (self))
    return gtk_label_get_text (self->error_label);

  return NULL;
}
