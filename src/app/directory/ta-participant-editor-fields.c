/* ta-participant-editor-fields.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-participant-editor-internal.h"

/*
 * The participant editor's checked fields (name, e-mail, capacity, birth
 * year): what is wrong is said under the field once it was left, or after
 * a pause in typing, and Save waits until nothing is.
 */

/* Parses a whole number typed in a spin button; FALSE unless it is one. */
gboolean
ta_participant_editor_parse_number (const char *text,
                                    int        *out_value)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  char *end = NULL;
  gint64 value;

  if (stripped[0] == '\0')
    return FALSE;

  value = g_ascii_strtoll (stripped, &end, 10);
  if (*end != '\0' || value < G_MININT || value > G_MAXINT)
    return FALSE;

  *out_value = (int) value;
  return TRUE;
}

/* The birth year: 0 when not set, -1 when what was typed is not a year. */
int
ta_participant_editor_get_birth_year (TaParticipantEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->birth_year_spin));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  int year;

  if (stripped[0] == '\0' || g_strcmp0 (stripped, _("Not set")) == 0)
    return 0;

  if (!ta_participant_editor_parse_number (stripped, &year) || year < 0)
    return -1;

  return year;
}

/* Validation */

static void
ta_participant_editor_show_field (TaParticipantEditor *self,
                                  Field                field)
{
  FieldState *state = &self->fields[field];
  const char *message;
  gboolean show;

  message = state->store_error != NULL ? state->store_error : state->error;
  show = message != NULL && state->shown;

  if (show)
    {
      gtk_label_set_label (state->error_label, message);
      gtk_widget_add_css_class (state->row, "error");
    }
  else
    {
      gtk_widget_remove_css_class (state->row, "error");
    }
  gtk_widget_set_visible (state->error_row, show);

  gtk_accessible_update_state (GTK_ACCESSIBLE (state->row),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               show ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

static void
ta_participant_editor_set_error (TaParticipantEditor *self,
                                 Field                field,
                                 const GError        *error)
{
  FieldState *state = &self->fields[field];

  g_clear_pointer (&state->error, g_free);
  if (error != NULL)
    state->error = g_strdup (error->message);
}

gboolean
ta_participant_editor_validate (TaParticipantEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *email = NULL;
  gboolean valid = TRUE;
  int capacity;
  int birth_year;

  g_assert (TA_IS_PARTICIPANT_EDITOR (self));

  ta_validate_name (gtk_editable_get_text (GTK_EDITABLE (self->name_row)), &error);
  ta_participant_editor_set_error (self, FIELD_NAME, error);
  g_clear_error (&error);

  email = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->email_row))));
  if (ta_validate_email (email, &error)
      && (self->participant == NULL
          || !ta_email_equal (email, ta_participant_get_email (self->participant)))
      && ta_programme_has_email (self->programme, email, NULL))
    g_set_error_literal (&error, TA_STORE_ERROR, TA_STORE_ERROR_DUPLICATE,
                         _("Someone in the programme already has this e-mail address"));
  ta_participant_editor_set_error (self, FIELD_EMAIL, error);
  g_clear_error (&error);

  if (!ta_participant_editor_parse_number (gtk_editable_get_text (GTK_EDITABLE (self->capacity_spin)), &capacity))
    g_set_error_literal (&error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_CAPACITY,
                         _("Enter how many mentees, such as 2"));
  else if (ta_validate_capacity (capacity, &error))
    ta_validate_mentor_capacity (adw_combo_row_get_selected (self->role_row),
                                 adw_combo_row_get_selected (self->status_row),
                                 capacity, &error);
  ta_participant_editor_set_error (self, FIELD_CAPACITY, error);
  g_clear_error (&error);

  birth_year = ta_participant_editor_get_birth_year (self);
  if (birth_year < 0)
    g_set_error_literal (&error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_BIRTH_YEAR,
                         _("Enter a year, such as 1990, or leave it empty"));
  else
    ta_validate_birth_year (birth_year, &error);
  ta_participant_editor_set_error (self, FIELD_BIRTH_YEAR, error);
  g_clear_error (&error);

  for (guint i = 0; i < N_FIELDS; i++)
    {
      if (self->fields[i].error != NULL || self->fields[i].store_error != NULL)
        valid = FALSE;
      ta_participant_editor_show_field (self, i);
    }

  self->valid = valid;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", valid);

  return valid;
}

static gboolean
ta_participant_editor_typing_paused (gpointer user_data)
{
  TaParticipantEditor *self = user_data;

  self->pause_source = 0;
  self->fields[self->typed_field].shown = TRUE;
  ta_participant_editor_show_field (self, self->typed_field);

  return G_SOURCE_REMOVE;
}

void
ta_participant_editor_changed (TaParticipantEditor *self,
                               GtkEditable         *editable)
{
  g_assert (TA_IS_PARTICIPANT_EDITOR (self));

  if (self->loading)
    return;

  for (guint i = 0; i < N_FIELDS; i++)
    {
      if (self->fields[i].row != GTK_WIDGET (editable)
          && !gtk_widget_is_ancestor (GTK_WIDGET (editable), self->fields[i].row))
        continue;

      /* What the store refused is forgotten as soon as the value changes;
       * what is wrong is said when the field is left, or after a pause in
       * typing, not at every keystroke. */
      g_clear_pointer (&self->fields[i].store_error, g_free);
      self->typed_field = i;
      g_clear_handle_id (&self->pause_source, g_source_remove);
      self->pause_source = g_timeout_add (TYPING_PAUSE_MS, ta_participant_editor_typing_paused, self);
    }

  ta_participant_editor_validate (self);
}

/* The capacity an active mentor needs depends on the role and the
 * status: said at once, on the capacity, when either changes. */
void
ta_participant_editor_role_changed (TaParticipantEditor *self)
{
  g_assert (TA_IS_PARTICIPANT_EDITOR (self));

  if (self->loading)
    return;

  g_clear_pointer (&self->fields[FIELD_CAPACITY].store_error, g_free);
  self->fields[FIELD_CAPACITY].shown = TRUE;
  ta_participant_editor_validate (self);
}

static void
ta_participant_editor_field_left (TaParticipantEditor     *self,
                                  GtkEventControllerFocus *controller)
{
  Field field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (controller), "ta-field"));

  g_assert (TA_IS_PARTICIPANT_EDITOR (self));
  g_assert (field < N_FIELDS);

  self->fields[field].shown = TRUE;
  ta_participant_editor_show_field (self, field);
}

void
ta_participant_editor_setup_field (TaParticipantEditor *self,
                                   Field                field,
                                   GtkWidget           *row,
                                   GtkWidget           *focus_widget,
                                   AdwPreferencesRow   *error_row,
                                   GtkLabel            *error_label)
{
  FieldState *state = &self->fields[field];
  GtkEventController *controller;

  state->row = row;
  state->error_row = GTK_WIDGET (error_row);
  state->error_label = error_label;

  controller = gtk_event_controller_focus_new ();
  g_object_set_data (G_OBJECT (controller), "ta-field", GUINT_TO_POINTER (field));
  g_signal_connect_object (controller, "leave",
                           G_CALLBACK (ta_participant_editor_field_left),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (focus_widget, controller);

  /* A single reference in GTK 4.8, not a NULL-terminated list: an extra
   * NULL here is read as another relation and crashes with a screen
   * reader running. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE, error_label,
                                  -1);
}

/* Birth year: below 1900 reads "Not set" */

int
ta_participant_editor_birth_year_input (TaParticipantEditor *self,
                                        double              *new_value,
                                        GtkSpinButton       *spin)
{
  int year = ta_participant_editor_get_birth_year (self);

  if (year < 0)
    return GTK_INPUT_ERROR;

  *new_value = year == 0 ? TA_PARTICIPANT_MIN_BIRTH_YEAR - 1 : year;
  return TRUE;
}

gboolean
ta_participant_editor_birth_year_output (TaParticipantEditor *self,
                                         GtkSpinButton       *spin)
{
  int year = gtk_spin_button_get_value_as_int (spin);
  g_autofree char *text = NULL;

  if (year < TA_PARTICIPANT_MIN_BIRTH_YEAR)
    text = g_strdup (_("Not set"));
  else
    text = g_strdup_printf ("%d", year);

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}
