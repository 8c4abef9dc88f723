/* ta-participant-editor.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-languages.h"
#include "ta-participant-editor-internal.h"
#include "ta-person-choices.h"
#include "ta-record-changes.h"
#include "ta-tag-entry.h"
#include "ta-text-sorter.h"
#include "ta-week-grid.h"

G_DEFINE_FINAL_TYPE (TaParticipantEditor, ta_participant_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_PROGRAMME,
  PROP_PARTICIPANT,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Loading and saving */

static gboolean
is_other_participant (gpointer item,
                      gpointer user_data)
{
  const gint64 *id = user_data;

  return ta_participant_get_id (item) != *id;
}

static void
ta_participant_editor_setup_reports_to (TaParticipantEditor *self,
                                        gint64               own_id,
                                        gint64               reports_to)
{
  g_autoptr(GListModel) choices = NULL;
  g_autoptr(GtkExpression) name = ta_person_choices_expression ();
  GtkCustomFilter *filter;

  g_assert (TA_IS_PARTICIPANT_EDITOR (self));

  filter = gtk_custom_filter_new (is_other_participant,
                                  g_memdup2 (&own_id, sizeof own_id),
                                  g_free);
  choices = ta_person_choices_new (self->participants, _("Nobody"), GTK_FILTER (filter));
  gtk_drop_down_set_expression (self->reports_to_dropdown, name);
  gtk_drop_down_set_model (self->reports_to_dropdown, choices);
  gtk_drop_down_set_selected (self->reports_to_dropdown, ta_person_choices_find (choices, reports_to));
}

/* Languages are chosen by name ("French") and stored as codes ("fr"):
 * ta_participant_set_languages() turns the names back into codes. */
static void
ta_participant_editor_show_languages (TaParticipantEditor *self,
                                      const char * const  *codes)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (gsize i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      g_autofree char *name = ta_language_dup_display_name (codes[i]);

      g_strv_builder_add (names, name);
    }

  strv = g_strv_builder_end (names);
  ta_tag_entry_set_tags (self->languages_entry, (const char * const *) strv);
}

static void
ta_participant_editor_load (TaParticipantEditor *self)
{
  g_autoptr(TaParticipant) blank = NULL;
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_auto(GStrv) vocabulary = NULL;
  g_auto(GStrv) language_names = NULL;
  TaParticipant *p;
  int birth_year;

  g_assert (TA_IS_PARTICIPANT_EDITOR (self));

  /* Filling the fields is not typing in them. */
  self->loading = TRUE;

  /* A new participant starts from the model's defaults. */
  p = self->values_to_show != NULL ? self->values_to_show : self->participant;
  if (p == NULL)
    p = blank = ta_participant_new ();
  else if (self->values_to_show == NULL)
    {
      g_clear_object (&self->original);
      self->original = ta_participant_copy (p);
    }

  for (guint i = 0; i < TA_N_ROLES; i++)
    gtk_string_list_append (roles, ta_role_get_label (i));
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (roles));

  for (guint i = 0; i < TA_N_PARTICIPANT_STATUSES; i++)
    gtk_string_list_append (statuses, ta_participant_status_get_label (i));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  gtk_string_list_append (levels, ta_career_level_get_label (0));
  for (int level = TA_CAREER_LEVEL_MIN; level <= TA_CAREER_LEVEL_MAX; level++)
    gtk_string_list_append (levels, ta_career_level_get_label (level));
  adw_combo_row_set_model (self->career_level_row, G_LIST_MODEL (levels));

  vocabulary = ta_programme_list_vocabulary (self->programme, NULL);
  ta_tag_entry_set_vocabulary (self->offers_entry, (const char * const *) vocabulary);
  ta_tag_entry_set_vocabulary (self->seeks_entry, (const char * const *) vocabulary);
  language_names = ta_languages_list_names ();
  ta_tag_entry_set_vocabulary (self->languages_entry, (const char * const *) language_names);

  gtk_spin_button_set_range (self->birth_year_spin,
                             TA_PARTICIPANT_MIN_BIRTH_YEAR - 1,
                             g_date_time_get_year (now));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), ta_participant_get_name (p));
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), ta_participant_get_email (p));
  adw_combo_row_set_selected (self->role_row, ta_participant_get_role (p));
  adw_combo_row_set_selected (self->status_row, ta_participant_get_status (p));
  gtk_spin_button_set_value (self->capacity_spin, ta_participant_get_capacity (p));
  gtk_editable_set_text (GTK_EDITABLE (self->department_row), ta_participant_get_department (p));
  gtk_editable_set_text (GTK_EDITABLE (self->job_title_row), ta_participant_get_job_title (p));
  adw_combo_row_set_selected (self->career_level_row, MAX (0, ta_participant_get_career_level (p)));
  gtk_editable_set_text (GTK_EDITABLE (self->location_row), ta_participant_get_location (p));
  birth_year = ta_participant_get_birth_year (p);
  gtk_spin_button_set_value (self->birth_year_spin,
                             birth_year > 0 ? birth_year : TA_PARTICIPANT_MIN_BIRTH_YEAR - 1);
  ta_participant_editor_show_languages (self, ta_participant_get_languages (p));
  ta_tag_entry_set_tags (self->offers_entry, ta_participant_get_offers (p));
  ta_tag_entry_set_tags (self->seeks_entry, ta_participant_get_seeks (p));
  ta_week_grid_set_availability (self->availability_grid, ta_participant_get_availability (p));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            ta_participant_get_notes (p), -1);

  ta_participant_editor_setup_reports_to (self,
                                          ta_participant_get_id (p),
                                          ta_participant_get_reports_to (p));

  if (self->participant != NULL)
    {
      adw_window_title_set_title (self->window_title, _("Edit Participant"));
      /* What screen readers announce the window as. */
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Participant"));
      adw_window_title_set_subtitle (self->window_title, ta_participant_get_name (p));
      gtk_button_set_label (self->save_button, _("_Save"));

      /* What is already wrong is said at once. */
      for (guint i = 0; i < N_FIELDS; i++)
        self->fields[i].shown = TRUE;
    }
  else
    {
      adw_window_title_set_title (self->window_title, _("New Participant"));
      gtk_window_set_title (GTK_WINDOW (self), _("New Participant"));
      gtk_button_set_label (self->save_button, _("_Add"));
    }

  self->loading = FALSE;
  ta_participant_editor_validate (self);

  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->name_row));
}

static char *
get_stripped_text (gpointer editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));
}

static void
ta_participant_editor_fill (TaParticipantEditor *self,
                            TaParticipant       *p)
{
  g_autofree char *name = get_stripped_text (self->name_row);
  g_autofree char *email = get_stripped_text (self->email_row);
  g_autofree char *department = get_stripped_text (self->department_row);
  g_autofree char *job_title = get_stripped_text (self->job_title_row);
  g_autofree char *location = get_stripped_text (self->location_row);
  g_autofree char *notes = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start;
  GtkTextIter end;
  TaParticipant *manager;
  int capacity = 0;

  g_assert (TA_IS_PARTICIPANT_EDITOR (self));

  buffer = gtk_text_view_get_buffer (self->notes_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  ta_participant_editor_parse_number (gtk_editable_get_text (GTK_EDITABLE (self->capacity_spin)), &capacity);
  manager = gtk_drop_down_get_selected_item (self->reports_to_dropdown);

  ta_participant_set_name (p, name);
  ta_participant_set_email (p, email);
  ta_participant_set_role (p, adw_combo_row_get_selected (self->role_row));
  ta_participant_set_status (p, adw_combo_row_get_selected (self->status_row));
  ta_participant_set_capacity (p, capacity);
  ta_participant_set_reports_to (p, manager != NULL ? ta_participant_get_id (manager) : 0);
  ta_participant_set_department (p, department);
  ta_participant_set_job_title (p, job_title);
  ta_participant_set_career_level (p, adw_combo_row_get_selected (self->career_level_row));
  ta_participant_set_location (p, location);
  ta_participant_set_birth_year (p, MAX (0, ta_participant_editor_get_birth_year (self)));
  ta_participant_set_languages (p, ta_tag_entry_get_tags (self->languages_entry));
  ta_participant_set_offers (p, ta_tag_entry_get_tags (self->offers_entry));
  ta_participant_set_seeks (p, ta_tag_entry_get_tags (self->seeks_entry));
  ta_participant_set_availability (p, ta_week_grid_get_availability (self->availability_grid));
  ta_participant_set_notes (p, notes);
}

static void
ta_participant_editor_focus_first_error (TaParticipantEditor *self)
{
  for (guint i = 0; i < N_FIELDS; i++)
    {
      if (self->fields[i].error != NULL || self->fields[i].store_error != NULL)
        {
          gtk_widget_grab_focus (self->fields[i].row);
          return;
        }
    }
}

static void
reload_response_cb (AdwMessageDialog    *dialog,
                    const char          *response,
                    TaParticipantEditor *self)
{
  TaParticipant *edited = g_object_get_data (G_OBJECT (dialog), "edited");
  g_autoptr(TaParticipant) stored = NULL;
  g_autoptr(TaParticipant) merged = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "reload") != 0)
    return;

  stored = ta_programme_get_participant (self->programme,
                                         ta_participant_get_id (self->original), &error);
  if (stored == NULL)
    {
      AdwMessageDialog *gone;

      gone = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                         _("Cannot Save the Participant"),
                                                         error->message));
      adw_message_dialog_add_response (gone, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (gone));
      return;
    }

  /* The stored values with this user's changes on top; saving again
   * then writes exactly what they see. */
  merged = ta_participant_copy (stored);
  ta_record_apply_changes (G_OBJECT (merged), G_OBJECT (self->original), G_OBJECT (edited));
  g_set_object (&self->original, stored);
  self->values_to_show = merged;
  ta_participant_editor_load (self);
  self->values_to_show = NULL;
}

/* Someone else changed the person since the fields were filled: nothing
 * was saved.  Offer to show their version with the user's changes on top. */
static void
ta_participant_editor_ask_reload (TaParticipantEditor *self,
                                  TaParticipant       *edited)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Changed Elsewhere"),
                                                       _("Someone changed this participant in another window or program since you opened it, so nothing was saved. Reload to see their version with your changes on top, then save again.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "reload", _("_Reload"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "reload", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "reload");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "edited", g_object_ref (edited), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (reload_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ta_participant_editor_save_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  TaParticipantEditor *self = TA_PARTICIPANT_EDITOR (widget);
  g_autoptr(TaParticipant) participant = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  /* Text typed in a tag entry but not entered yet is meant to be kept. */
  ta_tag_entry_commit (self->languages_entry);
  ta_tag_entry_commit (self->offers_entry);
  ta_tag_entry_commit (self->seeks_entry);

  for (guint i = 0; i < N_FIELDS; i++)
    self->fields[i].shown = TRUE;
  if (!ta_participant_editor_validate (self))
    {
      ta_participant_editor_focus_first_error (self);
      return;
    }

  /* Edits go to a copy of what the fields were filled from: the
   * participant in the list changes only once the store has taken them. */
  if (self->original != NULL)
    participant = ta_participant_copy (self->original);
  else
    participant = ta_participant_new ();
  ta_participant_editor_fill (self, participant);

  if (self->participant != NULL)
    saved = ta_programme_update_participant (self->programme, participant, &error);
  else
    saved = ta_programme_add_participant (self->programme, participant, &error);

  if (!saved)
    {
      Field field = N_FIELDS;

      if (g_error_matches (error, TA_STORE_ERROR, TA_STORE_ERROR_DUPLICATE))
        field = FIELD_EMAIL;
      else if (g_error_matches (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_NAME))
        field = FIELD_NAME;
      else if (g_error_matches (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_EMAIL))
        field = FIELD_EMAIL;
      else if (g_error_matches (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_CAPACITY))
        field = FIELD_CAPACITY;
      else if (g_error_matches (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_BIRTH_YEAR))
        field = FIELD_BIRTH_YEAR;

      if (g_error_matches (error, TA_STORE_ERROR, TA_STORE_ERROR_CHANGED))
        {
          ta_participant_editor_ask_reload (self, participant);
          return;
        }

      if (field < N_FIELDS)
        {
          g_free (self->fields[field].store_error);
          self->fields[field].store_error = g_strdup (error->message);
          ta_participant_editor_validate (self);
          gtk_widget_grab_focus (self->fields[field].row);
        }
      else
        {
          AdwMessageDialog *dialog;

          dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                               _("Cannot Save the Participant"),
                                                               error->message));
          adw_message_dialog_add_response (dialog, "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, participant);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
ta_participant_editor_cancel_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* GObject */

static void
ta_participant_editor_constructed (GObject *object)
{
  TaParticipantEditor *self = TA_PARTICIPANT_EDITOR (object);

  G_OBJECT_CLASS (ta_participant_editor_parent_class)->constructed (object);

  g_assert (self->programme != NULL);

  ta_participant_editor_load (self);
}

static void
ta_participant_editor_dispose (GObject *object)
{
  TaParticipantEditor *self = TA_PARTICIPANT_EDITOR (object);

  g_clear_handle_id (&self->pause_source, g_source_remove);
  g_clear_object (&self->participants);
  g_clear_object (&self->programme);
  g_clear_object (&self->participant);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (ta_participant_editor_parent_class)->dispose (object);
}

static void
ta_participant_editor_finalize (GObject *object)
{
  TaParticipantEditor *self = TA_PARTICIPANT_EDITOR (object);

  for (guint i = 0; i < N_FIELDS; i++)
    {
      g_clear_pointer (&self->fields[i].error, g_free);
      g_clear_pointer (&self->fields[i].store_error, g_free);
    }

  G_OBJECT_CLASS (ta_participant_editor_parent_class)->finalize (object);
}

static void
ta_participant_editor_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TaParticipantEditor *self = TA_PARTICIPANT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROGRAMME:
      g_value_set_object (value, self->programme);
      break;

    case PROP_PARTICIPANT:
      g_value_set_object (value, self->participant);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_participant_editor_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TaParticipantEditor *self = TA_PARTICIPANT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PROGRAMME:
      self->programme = g_value_dup_object (value);
      self->participants = g_object_ref (ta_programme_get_participants (self->programme));
      break;

    case PROP_PARTICIPANT:
      self->participant = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_participant_editor_class_init (TaParticipantEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ta_participant_editor_constructed;
  object_class->dispose = ta_participant_editor_dispose;
  object_class->finalize = ta_participant_editor_finalize;
  object_class->get_property = ta_participant_editor_get_property;
  object_class->set_property = ta_participant_editor_set_property;

  /**
   * TaParticipantEditor:programme:
   *
   * The open programme, which the editor saves to.
   */
  properties[PROP_PROGRAMME] =
    g_param_spec_object ("programme", NULL, NULL,
                         TA_TYPE_PROGRAMME,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * TaParticipantEditor:participant: (nullable)
   *
   * The participant being edited, or %NULL to add one.
   */
  properties[PROP_PARTICIPANT] =
    g_param_spec_object ("participant", NULL, NULL,
                         TA_TYPE_PARTICIPANT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TaParticipantEditor::saved:
   * @self: the editor
   * @participant: the participant as saved, with its id
   *
   * Emitted when the store took the participant, just before the editor
   * closes.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TA_TYPE_PARTICIPANT);

  g_type_ensure (TA_TYPE_TAG_ENTRY);
  g_type_ensure (TA_TYPE_WEEK_GRID);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ta-participant-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, page);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, name_error_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, name_error_label);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, email_error_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, email_error_label);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, role_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, capacity_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, capacity_spin);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, capacity_error_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, capacity_error_label);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, reports_to_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, department_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, job_title_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, career_level_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, location_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, birth_year_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, birth_year_spin);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, birth_year_error_row);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, birth_year_error_label);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, languages_entry);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, offers_entry);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, seeks_entry);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, availability_grid);
  gtk_widget_class_bind_template_child (widget_class, TaParticipantEditor, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, ta_participant_editor_changed);
  gtk_widget_class_bind_template_callback (widget_class, ta_participant_editor_role_changed);
  gtk_widget_class_bind_template_callback (widget_class, ta_participant_editor_birth_year_input);
  gtk_widget_class_bind_template_callback (widget_class, ta_participant_editor_birth_year_output);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL,
                                   ta_participant_editor_save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL,
                                   ta_participant_editor_cancel_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

static void
ta_participant_editor_init (TaParticipantEditor *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  ta_participant_editor_setup_field (self, FIELD_NAME,
                                     GTK_WIDGET (self->name_row), GTK_WIDGET (self->name_row),
                                     self->name_error_row, self->name_error_label);
  ta_participant_editor_setup_field (self, FIELD_EMAIL,
                                     GTK_WIDGET (self->email_row), GTK_WIDGET (self->email_row),
                                     self->email_error_row, self->email_error_label);
  ta_participant_editor_setup_field (self, FIELD_CAPACITY,
                                     GTK_WIDGET (self->capacity_row), GTK_WIDGET (self->capacity_spin),
                                     self->capacity_error_row, self->capacity_error_label);
  ta_participant_editor_setup_field (self, FIELD_BIRTH_YEAR,
                                     GTK_WIDGET (self->birth_year_row), GTK_WIDGET (self->birth_year_spin),
                                     self->birth_year_error_row, self->birth_year_error_label);

  /* Ctrl+Enter saves from anywhere, the notes included, where a plain
   * Enter starts a new line: hence the capture phase. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Return, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("editor.save")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_KP_Enter, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("editor.save")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

/**
 * ta_participant_editor_new:
 * @parent: (nullable): the window the editor belongs to
 * @programme: the open programme
 * @participant: (nullable): the participant to edit, or %NULL to add one
 *
 * Returns: (transfer none): a new editor, not shown yet
 */
TaParticipantEditor *
ta_participant_editor_new (GtkWindow     *parent,
                           TaProgramme   *programme,
                           TaParticipant *participant)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (!participant || TA_IS_PARTICIPANT (participant), NULL);

  return g_object_new (TA_TYPE_PARTICIPANT_EDITOR,
                       "transient-for", parent,
                       "programme", programme,
                       "participant", participant,
                       NULL);
}

/**
 * ta_participant_editor_get_participants:
 * @self: a #TaParticipantEditor
 *
 * Returns: (transfer none): the programme's participants
 */
TaParticipantList *
ta_participant_editor_get_participants (TaParticipantEditor *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_EDITOR (self), NULL);

  return self->participants;
}

/**
 * ta_participant_editor_get_participant:
 * @self: a #TaParticipantEditor
 *
 * Returns: (transfer none) (nullable): the participant being edited, or
 *   %NULL when adding one
 */
TaParticipant *
ta_participant_editor_get_participant (TaParticipantEditor *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_EDITOR (self), NULL);

  return self->participant;
}

GtkEditable *
_ta_participant_editor_get_name_row (TaParticipantEditor *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_EDITOR (self), NULL);

  return GTK_EDITABLE (self->name_row);
}

GtkEditable *
_ta_participant_editor_get_email_row (TaParticipantEditor *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_EDITOR (self), NULL);

  return GTK_EDITABLE (self->email_row);
}

/* The error shown under @row, or NULL. */
const char *
_ta_participant_editor_get_error (TaParticipantEditor *self,
                                  GtkWidget           *row)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_EDITOR (self), NULL);

  for (guint i = 0; i < N_FIELDS; i++)
    {
      if (self->fields[i].row == row && gtk_widget_get_visible (self->fields[i].error_row))
        return gtk_label_get_label (self->fields[i].error_label);
    }

  return NULL;
}

gboolean
_ta_participant_editor_get_can_save (TaParticipantEditor *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_EDITOR (self), FALSE);

  return self->valid;
}

GtkSpinButton *
_ta_participant_editor_get_capacity (TaParticipantEditor *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_EDITOR (self), NULL);

  return self->capacity_spin;
}

GtkWidget *
_ta_participant_editor_get_languages (TaParticipantEditor *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_EDITOR (self), NULL);

  return GTK_WIDGET (self->languages_entry);
}
