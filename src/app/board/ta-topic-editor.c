/* ta-topic-editor.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-topic-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ta-accessible.h"
#include "ta-date-entry.h"
#include "ta-person-choices.h"
#include "ta-tag-entry.h"
#include "ta-time-entry.h"
#include "ta-toast.h"
#include "ta-undo-toast.h"
#include "ta-topic-card.h"
#include "ta-topic-editor-private.h"

/*
 * Everything about a topic of the board in one window: what it is, who
 * researches it and who wants to learn it, its sources, its presentation
 * (Schedule Presentation… plans the lunch-and-learn in the calendar with
 * the researchers and interested seniors invited) and, afterwards, its
 * outcome.  Nothing is written until Save: a presentation planned with
 * Schedule Presentation… waits with the rest of the form and is written
 * with it in one transaction (ta_programme_save_topic()), its invitations
 * going to the people on screen; Cancel writes nothing.
 */

G_DEFINE_FINAL_TYPE (TaTopicEditor, ta_topic_editor, ADW_TYPE_WINDOW)

static void
ta_topic_editor_clear_error (TaTopicEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

void
_ta_topic_editor_show_error (TaTopicEditor *self,
                            const char    *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static char *
text_view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static const char *
person_name (TaTopicEditor *self,
             gint64         id)
{
  TaParticipant *participant = ta_participant_list_lookup (self->participants, id);

  return participant != NULL ? ta_participant_get_name (participant) : "?";
}

/* People: researchers and interested seniors */

static void ta_topic_editor_fill_people (TaTopicEditor *self,
                                         gboolean       researchers);

static void
remove_person_clicked_cb (GtkButton     *button,
                          TaTopicEditor *self)
{
  gboolean researchers = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "researchers"));
  gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "person-id"));
  GArray *ids = researchers ? self->researchers : self->interested;

  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        g_array_remove_index (ids, i);
        break;
      }
  ta_topic_editor_fill_people (self, researchers);
}

void
_ta_topic_editor_add_person (TaTopicEditor *self,
                             gboolean       researchers,
                             gint64         participant_id)
{
  GArray *ids = researchers ? self->researchers : self->interested;

  g_return_if_fail (TA_IS_TOPIC_EDITOR (self));

  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == participant_id)
      return;
  g_array_append_val (ids, participant_id);
  ta_topic_editor_fill_people (self, researchers);
}

static void
add_person_clicked_cb (GtkButton     *button,
                       TaTopicEditor *self)
{
  gboolean researchers = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "researchers"));
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (button), "dropdown");
  guint position = gtk_drop_down_get_selected (dropdown);

  if (position == GTK_INVALID_LIST_POSITION)
    return;

  _ta_topic_editor_add_person (self, researchers, ta_person_choices_get_id (self->people, position));
}

static void
ta_topic_editor_fill_people (TaTopicEditor *self,
                             gboolean       researchers)
{
  GtkListBox *list = researchers ? self->researchers_list : self->interested_list;
  GArray *ids = researchers ? self->researchers : self->interested;
  GtkWidget *child;
  GtkWidget *add_row;
  GtkWidget *dropdown;
  GtkWidget *add_button;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      const char *name = person_name (self, id);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      g_autofree char *accessible = NULL;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), adw_avatar_new (32, name, TRUE));
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      /* Translators: a button for a screen reader; %s is a person */
      accessible = g_strdup_printf (_("Remove %s"), name);
      gtk_widget_set_tooltip_text (remove, accessible);
      ta_accessible_set_label (GTK_WIDGET (remove), accessible);
      g_object_set_data (G_OBJECT (remove), "researchers", GINT_TO_POINTER (researchers));
      g_object_set_data (G_OBJECT (remove), "person-id", GSIZE_TO_POINTER ((gsize) id));
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_person_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (list, row);
    }

  /* The last row adds somebody. */
  add_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add_row),
                                 researchers ? _("Add a Researcher") : _("Add an Interested Senior"));
  /* Both taken over by the drop-down. */
  dropdown = gtk_drop_down_new (g_object_ref (self->people), ta_person_choices_expression ());
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  ta_accessible_set_label (GTK_WIDGET (dropdown), researchers ? _("Researcher to add") : _("Senior to add"));
  add_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_set_valign (add_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (add_button, researchers ? _("Add a Researcher") : _("Add an Interested Senior"));
  ta_accessible_set_label (GTK_WIDGET (add_button), researchers ? _("Add a Researcher") : _("Add an Interested Senior"));
  g_object_set_data (G_OBJECT (add_button), "researchers", GINT_TO_POINTER (researchers));
  g_object_set_data (G_OBJECT (add_button), "dropdown", dropdown);
  g_signal_connect (add_button, "clicked", G_CALLBACK (add_person_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (add_row), dropdown);
  adw_action_row_add_suffix (ADW_ACTION_ROW (add_row), add_button);
  gtk_list_box_append (list, add_row);
}

/* Sources */

static void ta_topic_editor_fill_sources (TaTopicEditor *self);

static void
remove_source_clicked_cb (GtkButton     *button,
                          TaTopicEditor *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));

  if (index < self->sources->len)
    g_ptr_array_remove_index (self->sources, index);
  ta_topic_editor_fill_sources (self);
}

void
_ta_topic_editor_add_source (TaTopicEditor *self,
                             const char    *url,
                             const char    *note)
{
  g_autoptr(TaTopicSource) source = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *clean_url = g_strstrip (g_strdup (url));
  g_autofree char *clean_note = g_strstrip (g_strdup (note != NULL ? note : ""));

  g_return_if_fail (TA_IS_TOPIC_EDITOR (self));

  source = ta_topic_source_new (clean_url, clean_note[0] != '\0' ? clean_note : NULL);
  if (!ta_topic_source_validate (source, &error))
    {
      _ta_topic_editor_show_error (self, error->message);
      return;
    }
  g_ptr_array_add (self->sources, g_steal_pointer (&source));
  ta_topic_editor_fill_sources (self);
}

static void
add_source_clicked_cb (GtkButton     *button,
                       TaTopicEditor *self)
{
  GtkEditable *url = g_object_get_data (G_OBJECT (button), "url");
  GtkEditable *note = g_object_get_data (G_OBJECT (button), "note");

  _ta_topic_editor_add_source (self, gtk_editable_get_text (url), gtk_editable_get_text (note));
}

static void
ta_topic_editor_fill_sources (TaTopicEditor *self)
{
  GtkWidget *child;
  GtkWidget *add_row;
  GtkWidget *url;
  GtkWidget *note;
  GtkWidget *add_button;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sources_list))) != NULL)
    gtk_list_box_remove (self->sources_list, child);

  for (guint i = 0; i < self->sources->len; i++)
    {
      TaTopicSource *source = g_ptr_array_index (self->sources, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *open = gtk_link_button_new_with_label (source->url, _("Open"));
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      g_autofree char *accessible = NULL;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), source->url);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
      if (source->note != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), source->note);
      gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      /* Translators: a button for a screen reader; %s is a link */
      accessible = g_strdup_printf (_("Remove %s"), source->url);
      gtk_widget_set_tooltip_text (remove, accessible);
      ta_accessible_set_label (GTK_WIDGET (remove), accessible);
      g_object_set_data (G_OBJECT (remove), "index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_source_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->sources_list, row);
    }

  add_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_start (add_row, 12);
  gtk_widget_set_margin_end (add_row, 6);
  gtk_widget_set_margin_top (add_row, 6);
  gtk_widget_set_margin_bottom (add_row, 6);
  url = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (url), "https://…");
  gtk_entry_set_input_purpose (GTK_ENTRY (url), GTK_INPUT_PURPOSE_URL);
  gtk_widget_set_hexpand (url, TRUE);
  ta_accessible_set_label (GTK_WIDGET (url), _("Link of a new source"));
  note = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (note), _("Note"));
  gtk_widget_set_hexpand (note, TRUE);
  ta_accessible_set_label (GTK_WIDGET (note), _("Note on the new source"));
  add_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_set_tooltip_text (add_button, _("Add Source"));
  ta_accessible_set_label (GTK_WIDGET (add_button), _("Add Source"));
  g_object_set_data (G_OBJECT (add_button), "url", url);
  g_object_set_data (G_OBJECT (add_button), "note", note);
  g_signal_connect (add_button, "clicked", G_CALLBACK (add_source_clicked_cb), self);
  gtk_box_append (GTK_BOX (add_row), url);
  gtk_box_append (GTK_BOX (add_row), note);
  gtk_box_append (GTK_BOX (add_row), add_button);
  gtk_list_box_append (self->sources_list, add_row);
  gtk_list_box_row_set_activatable (gtk_list_box_get_row_at_index (self->sources_list, (int) self->sources->len),
                                    FALSE);
}

/* The presentation */

void
_ta_topic_editor_show_presentation (TaTopicEditor *self)
{
  gint64 session_id = self->topic != NULL ? ta_topic_get_session_id (self->topic) : 0;
  g_autoptr(TaSession) session = NULL;

  if (self->pending_start != NULL)
    {
      g_autoptr(GDateTime) start = g_date_time_to_local (self->pending_start);
      g_autofree char *when = g_date_time_format (start, C_("topic presentation", "%A %-d %B %Y, %H:%M"));
      /* Translators: %s is when the presentation is; it is written when the topic is saved */
      g_autofree char *text = g_strdup_printf (_("%s, planned on Save"), when);

      adw_action_row_set_subtitle (self->presentation_row, text);
      return;
    }

  if (self->topic == NULL)
    {
      adw_action_row_set_subtitle (self->presentation_row, _("Not planned yet"));
      return;
    }

  if (session_id != 0)
    session = ta_programme_get_session (self->programme, session_id, NULL);
  if (session != NULL)
    {
      g_autoptr(GDateTime) start = g_date_time_to_local (ta_session_get_starts_at (session));
      /* Translators: when a topic is presented, see g_date_time_format() */
      g_autofree char *when = g_date_time_format (start, C_("topic presentation", "%A %-d %B %Y, %H:%M"));

      adw_action_row_set_subtitle (self->presentation_row, when);
    }
  else
    {
      adw_action_row_set_subtitle (self->presentation_row, _("Not planned yet"));
    }
}

/* The due date, typed in the locale's order or chosen in the calendar
 * popover, as the store keeps it (YYYY-MM-DD); "" for none, NULL when the
 * text is not a date. */
char *
_ta_topic_editor_dup_due_date (TaTopicEditor *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->due_row))));
  g_autoptr(GDateTime) day = NULL;

  if (text[0] == '\0')
    return g_strdup ("");

  day = ta_date_entry_parse (text);
  return day != NULL ? g_date_time_format (day, "%Y-%m-%d") : NULL;
}

static void
due_day_selected_cb (GtkCalendar   *calendar,
                     TaTopicEditor *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (calendar);
  g_autofree char *text = ta_date_entry_format (day);

  gtk_editable_set_text (GTK_EDITABLE (self->due_row), text);
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER)));
}

static void
due_calendar_show_cb (GtkCalendar *calendar)
{
  TaTopicEditor *self = g_object_get_data (G_OBJECT (calendar), "editor");
  g_autofree char *due = _ta_topic_editor_dup_due_date (self);
  g_autoptr(GDateTime) day = due != NULL && due[0] != '\0' ? ta_date_entry_parse (due) : NULL;

  g_signal_handlers_block_by_func (calendar, due_day_selected_cb, self);
  if (day != NULL)
    gtk_calendar_select_day (calendar, day);
  g_signal_handlers_unblock_by_func (calendar, due_day_selected_cb, self);
}

/* A calendar at the end of the due date row, opening on the date typed. */
static void
ta_topic_editor_add_due_calendar (TaTopicEditor *self)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Choose From a Calendar"));
  ta_accessible_set_label (button, _("Choose From a Calendar"));
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (due_day_selected_cb), self);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (due_calendar_show_cb), calendar);
  g_object_set_data (G_OBJECT (calendar), "editor", self);
  adw_entry_row_add_suffix (self->due_row, button);
}

/* Saving */

/* The topic as the form describes it, or NULL with the reason shown. */
static TaTopic *
ta_topic_editor_read_form (TaTopicEditor *self)
{
  g_autoptr(TaTopic) topic = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  g_autofree char *due = _ta_topic_editor_dup_due_date (self);
  g_autofree char *description = text_view_get_text (self->description_view);
  g_autofree char *outcome = text_view_get_text (self->outcome_view);
  guint follow_up = adw_combo_row_get_selected (self->follow_up_row);

  ta_tag_entry_commit (self->tag_entry);

  if (due == NULL)
    {
      _ta_topic_editor_show_error (self, _("Write a valid date, or choose one from the calendar."));
      gtk_widget_grab_focus (GTK_WIDGET (self->due_row));
      return NULL;
    }

  topic = self->topic != NULL ? ta_topic_copy (self->topic) : ta_topic_new (title);
  ta_topic_set_title (topic, title);
  ta_topic_set_description (topic, description[0] != '\0' ? description : NULL);
  ta_topic_set_tags (topic, ta_tag_entry_get_tags (self->tag_entry));
  ta_topic_set_due_date (topic, due[0] != '\0' ? due : NULL);
  ta_topic_set_researchers (topic, (const gint64 *) self->researchers->data, self->researchers->len);
  ta_topic_set_interested (topic, (const gint64 *) self->interested->data, self->interested->len);
  ta_topic_set_sources (topic, self->sources);
  ta_topic_set_outcome (topic, outcome[0] != '\0' ? outcome : NULL);
  ta_topic_set_follow_up_id (topic, ta_person_choices_get_id (adw_combo_row_get_model (self->follow_up_row),
                                                              follow_up));
  if (self->topic == NULL)
    ta_topic_set_stage (topic, adw_combo_row_get_selected (self->stage_row));

  if (!ta_topic_validate (topic, &error))
    {
      _ta_topic_editor_show_error (self, error->message);
      return NULL;
    }

  return g_steal_pointer (&topic);
}

/* Writes the form and the planned presentation in one transaction; the
 * editor then shows what the store has. */
static gboolean
ta_topic_editor_write (TaTopicEditor *self)
{
  g_autoptr(TaTopic) topic = ta_topic_editor_read_form (self);
  g_autoptr(GError) error = NULL;
  TaTopicStage stage = adw_combo_row_get_selected (self->stage_row);
  TaTopicPresentationPlan plan = { 0, };

  if (topic == NULL)
    return FALSE;

  if (self->pending_start != NULL)
    {
      plan.starts_at = self->pending_start;
      plan.duration_minutes = self->pending_duration;
      plan.location = self->pending_place;
    }

  if (!ta_programme_save_topic (self->programme, topic, self->topic == NULL, stage,
                                self->pending_start != NULL ? &plan : NULL, &error))
    {
      _ta_topic_editor_show_error (self, error->message);
      return FALSE;
    }

  g_clear_pointer (&self->pending_start, g_date_time_unref);
  g_clear_pointer (&self->pending_place, g_free);

  g_clear_object (&self->topic);
  self->topic = ta_programme_get_topic (self->programme, ta_topic_get_id (topic), NULL);
  if (self->topic == NULL)
    self->topic = g_object_ref (topic);

  return TRUE;
}

static void
ta_topic_editor_save (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TaTopicEditor *self = TA_TOPIC_EDITOR (widget);
  gboolean is_new = self->topic == NULL;

  if (!ta_topic_editor_write (self))
    return;

  if (self->toast_widget != NULL && is_new)
    {
      /* Translators: %s is a topic */
      g_autofree char *message = g_strdup_printf (_("“%s” added to the board"), ta_topic_get_title (self->topic));

      ta_toast_add (self->toast_widget, adw_toast_new (message));
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
undo_delete (TaProgramme  *programme,
             gpointer      data,
             GError      **error)
{
  return ta_programme_restore_topic (programme, TA_TOPIC (data), error);
}

static void
ta_topic_editor_delete (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TaTopicEditor *self = TA_TOPIC_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (self->topic == NULL)
    return;

  if (!ta_programme_delete_topic (self->programme, ta_topic_get_id (self->topic), &error))
    {
      _ta_topic_editor_show_error (self, error->message);
      return;
    }

  /* Translators: %s is a topic */
  message = g_strdup_printf (_("“%s” deleted"), ta_topic_get_title (self->topic));
  if (self->toast_widget != NULL)
    ta_toast_add (self->toast_widget,
                  ta_undo_toast_new (self->toast_widget, self->programme, message,
                                     undo_delete, NULL, g_object_ref (self->topic), g_object_unref));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
ta_topic_editor_schedule (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  _ta_topic_editor_ask_schedule (TA_TOPIC_EDITOR (widget));
}

/* Set-up */

static void
ta_topic_editor_dispose (GObject *object)
{
  TaTopicEditor *self = TA_TOPIC_EDITOR (object);

  g_clear_object (&self->programme);
  self->participants = NULL;
  g_clear_object (&self->topic);
  g_clear_object (&self->people);
  g_clear_weak_pointer (&self->toast_widget);

  G_OBJECT_CLASS (ta_topic_editor_parent_class)->dispose (object);
}

static void
ta_topic_editor_finalize (GObject *object)
{
  TaTopicEditor *self = TA_TOPIC_EDITOR (object);

  g_clear_pointer (&self->researchers, g_array_unref);
  g_clear_pointer (&self->interested, g_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->pending_start, g_date_time_unref);
  g_clear_pointer (&self->pending_place, g_free);
  g_clear_pointer (&self->now, g_date_time_unref);

  G_OBJECT_CLASS (ta_topic_editor_parent_class)->finalize (object);
}

static void
ta_topic_editor_class_init (TaTopicEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_topic_editor_dispose;
  object_class->finalize = ta_topic_editor_finalize;

  g_type_ensure (TA_TYPE_TAG_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/turnabout/Turnabout/ta-topic-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TaTopicEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TaTopicEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, TaTopicEditor, stage_row);
  gtk_widget_class_bind_template_child (widget_class, TaTopicEditor, stage_names);
  gtk_widget_class_bind_template_child (widget_class, TaTopicEditor, due_row);
  gtk_widget_class_bind_template_child (widget_class, TaTopicEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, TaTopicEditor, tag_entry);
  gtk_widget_class_bind_template_child (widget_class, TaTopicEditor, researchers_list);
  gtk_widget_class_bind_template_child (widget_class, TaTopicEditor, interested_list);
  gtk_widget_class_bind_template_child (widget_class, TaTopicEditor, sources_list);
  gtk_widget_class_bind_template_child (widget_class, TaTopicEditor, presentation_row);
  gtk_widget_class_bind_template_child (widget_class, TaTopicEditor, schedule_button);
  gtk_widget_class_bind_template_child (widget_class, TaTopicEditor, outcome_view);
  gtk_widget_class_bind_template_child (widget_class, TaTopicEditor, follow_up_row);
  gtk_widget_class_bind_template_child (widget_class, TaTopicEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, TaTopicEditor, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, ta_topic_editor_clear_error);

  gtk_widget_class_install_action (widget_class, "topic.save", NULL, ta_topic_editor_save);
  gtk_widget_class_install_action (widget_class, "topic.delete", NULL, ta_topic_editor_delete);
  gtk_widget_class_install_action (widget_class, "topic.schedule", NULL, ta_topic_editor_schedule);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "topic.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ta_topic_editor_init (TaTopicEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ta_topic_editor_add_due_calendar (self);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->presentation_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->presentation_row), _("Lunch-and-Learn"));

  self->researchers = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->interested = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) ta_topic_source_free);

  for (TaTopicStage stage = 0; stage < TA_N_TOPIC_STAGES; stage++)
    gtk_string_list_append (self->stage_names, ta_topic_stage_get_label (stage));
}

static gboolean
is_still_in_programme (gpointer item,
                       gpointer user_data)
{
  return ta_participant_get_status (item) != TA_PARTICIPANT_STATUS_LEFT;
}

/* Everyone still in the programme, by name: for the drop-downs. */
static void
ta_topic_editor_load_people (TaTopicEditor *self)
{
  g_autoptr(GListModel) follow_up = NULL;
  g_autoptr(GtkExpression) name = ta_person_choices_expression ();

  self->people = ta_person_choices_new (self->participants, NULL,
                                        GTK_FILTER (gtk_custom_filter_new (is_still_in_programme, NULL, NULL)));
  follow_up = ta_person_choices_new (self->participants, _("Nobody Yet"),
                                     GTK_FILTER (gtk_custom_filter_new (is_still_in_programme, NULL, NULL)));
  adw_combo_row_set_expression (self->follow_up_row, name);
  adw_combo_row_set_model (self->follow_up_row, follow_up);
}

/**
 * ta_topic_editor_new:
 * @parent: the window it belongs to
 * @toast_widget: (nullable): where the toast of a saved or deleted topic goes
 * @programme: the programme
 * @topic: (nullable): the topic to change; %NULL for a new one
 *
 * Returns: (transfer none): the editor, not shown yet
 */
TaTopicEditor *
ta_topic_editor_new (GtkWindow         *parent,
                     GtkWidget         *toast_widget,
                     TaProgramme       *programme,
                     TaTopic           *topic)
{
  TaTopicEditor *self;
  g_auto(GStrv) vocabulary = NULL;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (!topic || TA_IS_TOPIC (topic), NULL);

  self = g_object_new (TA_TYPE_TOPIC_EDITOR, "transient-for", parent, NULL);
  self->programme = g_object_ref (programme);
  self->participants = ta_programme_get_participants (programme);
  g_set_weak_pointer (&self->toast_widget, toast_widget);
  ta_topic_editor_load_people (self);

  vocabulary = ta_programme_list_vocabulary (self->programme, NULL);
  if (vocabulary != NULL)
    ta_tag_entry_set_vocabulary (self->tag_entry, (const char * const *) vocabulary);
  ta_tag_entry_set_max_tags (self->tag_entry, TA_TOPIC_MAX_TAGS);

  if (topic != NULL)
    {
      const gint64 *ids;
      guint n = 0;
      GPtrArray *sources = ta_topic_get_sources (topic);

      self->topic = ta_topic_copy (topic);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Topic"));
      gtk_widget_set_visible (self->delete_button, TRUE);
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), ta_topic_get_title (topic));
      adw_combo_row_set_selected (self->stage_row, ta_topic_get_stage (topic));
      if (ta_topic_get_due_date (topic) != NULL)
        {
          g_autoptr(GDateTime) due = ta_date_entry_parse (ta_topic_get_due_date (topic));
          g_autofree char *text = due != NULL ? ta_date_entry_format (due) : NULL;

          gtk_editable_set_text (GTK_EDITABLE (self->due_row),
                                 text != NULL ? text : ta_topic_get_due_date (topic));
        }
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view),
                                ta_topic_get_description (topic) ? ta_topic_get_description (topic) : "", -1);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->outcome_view),
                                ta_topic_get_outcome (topic) ? ta_topic_get_outcome (topic) : "", -1);
      if (ta_topic_get_tags (topic) != NULL)
        ta_tag_entry_set_tags (self->tag_entry, ta_topic_get_tags (topic));

      ids = ta_topic_get_researchers (topic, &n);
      g_array_append_vals (self->researchers, ids, n);
      ids = ta_topic_get_interested (topic, &n);
      g_array_append_vals (self->interested, ids, n);
      for (guint i = 0; sources != NULL && i < sources->len; i++)
        g_ptr_array_add (self->sources, ta_topic_source_copy (g_ptr_array_index (sources, i)));

      adw_combo_row_set_selected (self->follow_up_row,
                                  ta_person_choices_find (adw_combo_row_get_model (self->follow_up_row),
                                                          ta_topic_get_follow_up_id (topic)));
    }

  ta_topic_editor_fill_people (self, TRUE);
  ta_topic_editor_fill_people (self, FALSE);
  ta_topic_editor_fill_sources (self);
  _ta_topic_editor_show_presentation (self);
  ta_topic_editor_clear_error (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->title_row));

  return self;
}

GtkEditable *
_ta_topic_editor_get_due_row (TaTopicEditor *self)
{
  g_return_val_if_fail (TA_IS_TOPIC_EDITOR (self), NULL);

  return GTK_EDITABLE (self->due_row);
}

GtkEditable *
_ta_topic_editor_get_title_row (TaTopicEditor *self)
{
  g_return_val_if_fail (TA_IS_TOPIC_EDITOR (self), NULL);
  return GTK_EDITABLE (self->title_row);
}

AdwComboRow *
_ta_topic_editor_get_stage_row (TaTopicEditor *self)
{
  g_return_val_if_fail (TA_IS_TOPIC_EDITOR (self), NULL);
  return self->stage_row;
}

GtkLabel *
_ta_topic_editor_get_error_label (TaTopicEditor *self)
{
  g_return_val_if_fail (TA_IS_TOPIC_EDITOR (self), NULL);
  return self->error_label;
}

AdwComboRow *
_ta_topic_editor_get_follow_up_row (TaTopicEditor *self)
{
  g_return_val_if_fail (TA_IS_TOPIC_EDITOR (self), NULL);
  return self->follow_up_row;
}
