/* ta-session-editor-series.c - the session editor and recurring series
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-session-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-ical.h"
#include "ta-session-editor-private.h"

/*
 * What the session editor does with a series: the Repeat and Ends rows
 * and the rule they make, the rows of an existing series, and the save of
 * one of its sessions, which asks whether the change is for this session
 * only or for this one and all that follow (TaSeriesScope).
 */

/* What the Repeat row says of an existing series. */
static TaRepeatChoice
repeat_of_rule (const TaRecurrence *rule)
{
  if (rule->frequency == TA_RECURRENCE_MONTHLY)
    return TA_REPEAT_MONTHLY;

  switch (rule->interval)
    {
    case 1:
      return TA_REPEAT_WEEKLY;
    case 2:
      return TA_REPEAT_TWO_WEEKS;
    default:
      return TA_REPEAT_FOUR_WEEKS;
    }
}

/* The zone a new series keeps its wall-clock time in: this computer's,
 * when it has a name the calendars of others understand. */
static char *
series_time_zone (void)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  const char *identifier = g_time_zone_get_identifier (local);
  g_autoptr(GTimeZone) named = NULL;

  if (identifier != NULL && identifier[0] != '/' && identifier[0] != ':' &&
      g_strcmp0 (identifier, "Local") != 0 &&
      (named = g_time_zone_new_identifier (identifier)) != NULL)
    return g_strdup (identifier);

  return g_strdup (TA_ICAL_DEFAULT_TIME_ZONE);
}

/* The rule for @repeat from the local day and time of @start. */
static TaRecurrence *
rule_for (TaRepeatChoice repeat,
          GDateTime *start);

/* The rule of the form, with the end it says, or NULL (with the reason
 * shown) when the end is not a date. */
TaRecurrence *
_ta_session_editor_rule (TaSessionEditor *self,
                        TaRepeatChoice    repeat,
                        GDateTime       *start)
{
  g_autoptr(TaRecurrence) rule = rule_for (repeat, start);

  if (rule == NULL)
    return NULL;

  switch ((TaEndChoice) adw_combo_row_get_selected (self->end_row))
    {
    case TA_END_UNTIL:
      if (ta_date_entry_get_date (self->until_entry) == NULL)
        {
          _ta_session_editor_show_error (self, _("Write the last date of the series, or choose one from the calendar."));
          return NULL;
        }
      rule->until_date = g_date_time_format (ta_date_entry_get_date (self->until_entry), "%Y-%m-%d");
      break;
    case TA_END_COUNT:
      rule->count = gtk_spin_button_get_value_as_int (self->count_spin);
      break;
    case TA_END_NEVER:
    default:
      break;
    }

  return g_steal_pointer (&rule);
}

static TaRecurrence *
rule_for (TaRepeatChoice repeat,
          GDateTime *start)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (start);
  g_autofree char *first_date = g_date_time_format (local, "%Y-%m-%d");
  g_autofree char *local_time = g_date_time_format (local, "%H:%M");
  g_autofree char *zone = series_time_zone ();
  int day = g_date_time_get_day_of_month (local);
  int week;

  switch (repeat)
    {
    case TA_REPEAT_WEEKLY:
      return ta_recurrence_new_weekly (first_date, 1, local_time, zone);
    case TA_REPEAT_TWO_WEEKS:
      return ta_recurrence_new_weekly (first_date, 2, local_time, zone);
    case TA_REPEAT_FOUR_WEEKS:
      return ta_recurrence_new_weekly (first_date, 4, local_time, zone);
    case TA_REPEAT_MONTHLY:
      /* The weekday's place in the month, "last" for a fifth one. */
      week = (day - 1) / 7 + 1;
      return ta_recurrence_new_monthly (first_date, week >= 5 ? TA_RECURRENCE_LAST_WEEK : week,
                                        local_time, zone);
    case TA_REPEAT_NONE:
    default:
      return NULL;
    }
}

/* Shows how the series of @session repeats and ends. */
void
_ta_session_editor_load_series (TaSessionEditor *self,
                                TaSession       *session)
{
  g_autoptr(TaRecurrence) rule = ta_programme_get_series (self->programme,
                                                          ta_session_get_series_id (session),
                                                          NULL, NULL, NULL, NULL);

  _ta_session_editor_set_start (self, ta_session_get_starts_at (session));
  self->series_repeat = rule != NULL ? repeat_of_rule (rule) : TA_REPEAT_NONE;
  adw_combo_row_set_selected (self->repeat_row, self->series_repeat);
  if (rule != NULL && rule->until_date != NULL)
    {
      g_autoptr(GDateTime) until = ta_date_entry_parse (rule->until_date);

      self->series_end = TA_END_UNTIL;
      self->series_until = g_strdup (rule->until_date);
      ta_date_entry_set_date (self->until_entry, until);
    }
  else if (rule != NULL && rule->count > 0)
    {
      self->series_end = TA_END_COUNT;
      self->series_count = rule->count;
      gtk_spin_button_set_value (self->count_spin, rule->count);
    }
  adw_combo_row_set_selected (self->end_row, self->series_end);
}

/* The Repeat choices follow the day chosen. */
void
_ta_session_editor_update_repeats (TaSessionEditor *self)
{
  GDateTime *day = ta_date_entry_get_date (self->date_entry);
  guint selected = adw_combo_row_get_selected (self->repeat_row);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDateTime) today = NULL;

  if (day == NULL)
    {
      if (g_list_model_get_n_items (G_LIST_MODEL (self->repeat_names)) > 0)
        return;
      day = today = g_date_time_new_now_local ();
    }

  for (guint i = 0; i < TA_N_REPEATS; i++)
    g_ptr_array_add (labels, _ta_session_editor_describe_repeat (i, day));
  g_ptr_array_add (labels, NULL);

  gtk_string_list_splice (self->repeat_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->repeat_names)),
                          (const char * const *) labels->pdata);
  adw_combo_row_set_selected (self->repeat_row, selected < TA_N_REPEATS ? selected : TA_REPEAT_NONE);
}

void
_ta_session_editor_update_series_rows (TaSessionEditor *self)
{
  gboolean repeats = gtk_widget_get_visible (GTK_WIDGET (self->repeat_row)) &&
                     adw_combo_row_get_selected (self->repeat_row) != TA_REPEAT_NONE;
  TaEndChoice end = adw_combo_row_get_selected (self->end_row);

  gtk_widget_set_visible (GTK_WIDGET (self->end_row), repeats);
  gtk_widget_set_visible (self->until_row, repeats && end == TA_END_UNTIL);
  gtk_widget_set_visible (self->count_row, repeats && end == TA_END_COUNT);
  /* A series keeps no notes of its own (each session has its own): a new
   * one offers none rather than dropping them. */
  gtk_widget_set_visible (self->notes_group, !(repeats && self->session == NULL));
}

/* "This and all future sessions": the series carries on from here with
 * what the form says, or stops here when it no longer repeats. */
static void
ta_session_editor_update_future (TaSessionEditor *self,
                                 TaSession       *session)
{
  TaRepeatChoice repeat = adw_combo_row_get_selected (self->repeat_row);
  g_autoptr(TaRecurrence) rule = NULL;
  g_autoptr(GError) error = NULL;

  if (repeat != TA_REPEAT_NONE)
    {
      rule = _ta_session_editor_rule (self, repeat, ta_session_get_starts_at (session));
      if (rule == NULL)
        return;
    }

  if (!ta_programme_update_series (self->programme, session, TA_SERIES_SCOPE_THIS_AND_FUTURE, rule, &error))
    {
      _ta_session_editor_show_error (self, error->message);
      return;
    }
  _ta_session_editor_saved (self, rule != NULL ? _("This and all future sessions changed")
                                               : _("The series ends here"));
}

static void
scope_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   TaSessionEditor  *self)
{
  g_autoptr(TaSession) session = _ta_session_editor_read_form (self);

  if (session == NULL)
    return;

  if (g_strcmp0 (response, "one") == 0)
    _ta_session_editor_update_one (self, session);
  else if (g_strcmp0 (response, "future") == 0)
    ta_session_editor_update_future (self, session);
}

/* Whether the repeat or the end of the series differ from the stored. */
static gboolean
ta_session_editor_series_changed (TaSessionEditor *self)
{
  TaEndChoice end = adw_combo_row_get_selected (self->end_row);
  g_autofree char *until = NULL;

  if ((TaRepeatChoice) adw_combo_row_get_selected (self->repeat_row) != self->series_repeat ||
      end != self->series_end)
    return TRUE;

  if (end == TA_END_COUNT)
    return gtk_spin_button_get_value_as_int (self->count_spin) != self->series_count;
  if (end == TA_END_UNTIL)
    {
      GDateTime *last = ta_date_entry_get_date (self->until_entry);

      until = last != NULL ? g_date_time_format (last, "%Y-%m-%d") : NULL;
      return g_strcmp0 (until, self->series_until) != 0;
    }

  return FALSE;
}

/* Asks what the change of a session of a series is for, and saves it so. */
void
_ta_session_editor_ask_scope (TaSessionEditor *self)
{
  AdwMessageDialog *dialog;
  gboolean series_changed;

  /* A changed repeat or end can only mean the sessions ahead. */
  series_changed = ta_session_editor_series_changed (self);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Change a Recurring Session"),
                                                       _("Change only this session, or this one and all that follow?")));
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  if (!series_changed)
    adw_message_dialog_add_response (dialog, "one", _("_Only This Session"));
  adw_message_dialog_add_response (dialog, "future", _("This and _Future Sessions"));
  adw_message_dialog_set_response_appearance (dialog, "future", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, !series_changed ? "one" : "future");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (scope_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
