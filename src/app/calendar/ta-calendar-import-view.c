/* ta-calendar-import-view.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-calendar-import"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-accessible.h"
#include "ta-calendar-import-view-private.h"
#include "ta-describe.h"

/*
 * What importing a calendar file does, event by event, before anything
 * is written: the start date (the import takes the sessions from that
 * day on; changing it reads the file again, in a thread), then three
 * lists: the sessions it imports or updates, the events it skips (with
 * those already up to date) and those it refuses, each with its reason.
 * A calendar can hold thousands of events: the lists are GtkListViews,
 * which make widgets for the rows in sight only.
 */

struct _TaCalendarImportView
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkWidget         *box;
  GtkSpinner        *spinner;
  GtkMenuButton     *from_button;
  GtkCalendar       *calendar;
  GtkLabel          *note_label;
  GtkExpander       *import_expander;
  GtkLabel          *import_label;
  GtkListView       *import_list;
  GtkNoSelection    *import_selection;
  GtkExpander       *skipped_expander;
  GtkLabel          *skipped_label;
  GtkListView       *skipped_list;
  GtkNoSelection    *skipped_selection;
  GtkExpander       *refused_expander;
  GtkLabel          *refused_label;
  GtkListView       *refused_list;
  GtkNoSelection    *refused_selection;

  /* Owned references */
  TaProgramme       *programme;
  GBytes            *contents;
  TaIcalResult      *result;
  GDateTime         *from;
  GCancellable      *reading;   /* the file read again for another date */
  GtkStringList     *rows[3];   /* TaCalendarImportGroup → rows */
};

G_DEFINE_FINAL_TYPE (TaCalendarImportView, ta_calendar_import_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RESULT,
  PROP_FROM,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "Mon 9 Mar 2026, 17:00" */
static char *
format_when (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  /* Translators: when a session starts, see g_date_time_format() */
  return g_date_time_format (local, C_("import preview", "%a %-d %b %Y, %H:%M"));
}

/* "Sun 6 Dec 2026", as the date field shows it */
static char *
format_day (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  /* Translators: the start date of an import, see g_date_time_format() */
  return g_date_time_format (local, C_("import from", "%a %-d %b %Y"));
}

static char *
describe_session (TaCalendarImportView *self,
                  const TaIcalEntry    *entry)
{
  g_autofree char *when = format_when (ta_session_get_starts_at (entry->session));
  g_autofree char *who = ta_describe_session (entry->session, self->programme);

  if (entry->outcome == TA_ICAL_OUTCOME_UPDATED)
    /* Translators: a session an import changes: %1$s when it is, %2$s
     * whose it is (“Lina Haddad and Marc Dubois”), %3$s what changes
     * (“moved, from 2026-03-10 14:00”) */
    return g_strdup_printf (_("%1$s: %2$s (update: %3$s)"), when, who, entry->reason);

  /* Translators: a session an import adds: %1$s when it is, %2$s whose
   * it is (“Lina Haddad and Marc Dubois”) */
  return g_strdup_printf (_("%1$s: %2$s"), when, who);
}

static char *
describe_event (const TaIcalEntry *entry)
{
  g_autofree char *name = NULL;
  g_autofree char *reason = NULL;
  GDateTime *time = entry->recurrence_id != NULL ? entry->recurrence_id : entry->starts_at;

  if (entry->summary != NULL)
    /* Translators: an event's title, in quotes */
    name = g_strdup_printf (_("“%s”"), entry->summary);
  else
    name = g_strdup (entry->uid != NULL ? entry->uid : _("an event without UID"));

  if (time != NULL && entry->count == 1)
    {
      g_autofree char *when = format_when (time);
      g_autofree char *named = g_steal_pointer (&name);

      /* Translators: an event, %1$s its title (or UID), %2$s when it is */
      name = g_strdup_printf (_("%1$s on %2$s"), named, when);
    }

  if (entry->property != NULL)
    reason = g_strdup_printf ("%s: %s", entry->property, entry->reason != NULL ? entry->reason : "");
  else
    reason = g_strdup (entry->reason != NULL ? entry->reason : "");

  if (entry->line > 0)
    /* Translators: an event an import leaves out: %1$u its line in the
     * file, %2$s the event, %3$s why */
    return g_strdup_printf (_("Line %1$u, %2$s: %3$s"), entry->line, name, reason);

  /* Translators: an event an import leaves out: %1$s the event, %2$s why */
  return g_strdup_printf (_("%1$s: %2$s"), name, reason);
}

static void
set_group (TaCalendarImportView *self,
           TaCalendarImportGroup group,
           GPtrArray            *lines,
           const char           *label)
{
  GtkNoSelection *selections[] = { self->import_selection, self->skipped_selection, self->refused_selection };
  GtkLabel *labels[] = { self->import_label, self->skipped_label, self->refused_label };
  GtkExpander *expanders[] = { self->import_expander, self->skipped_expander, self->refused_expander };
  GtkListView *lists[] = { self->import_list, self->skipped_list, self->refused_list };

  /* A new list, filled before the view sees it: one items-changed for
   * all of them rather than one each. */
  g_ptr_array_add (lines, NULL);
  g_clear_object (&self->rows[group]);
  self->rows[group] = gtk_string_list_new ((const char * const *) lines->pdata);
  gtk_no_selection_set_model (selections[group], G_LIST_MODEL (self->rows[group]));
  gtk_label_set_label (labels[group], label);
  ta_accessible_set_label (GTK_WIDGET (lists[group]), label);
  gtk_widget_set_visible (GTK_WIDGET (expanders[group]), lines->len > 1);
}

static void
show_result (TaCalendarImportView *self)
{
  g_autoptr(GPtrArray) import = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) skipped = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) refused = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *import_label = NULL;
  g_autofree char *skipped_label = NULL;
  g_autofree char *refused_label = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autofree char *note = NULL;
  guint n_import, n_skipped, n_refused, n_converted, n_earlier;

  for (guint i = 0; i < ta_ical_result_get_n_entries (self->result); i++)
    {
      const TaIcalEntry *entry = ta_ical_result_get_entry (self->result, i);

      switch (entry->outcome)
        {
        case TA_ICAL_OUTCOME_NEW:
        case TA_ICAL_OUTCOME_UPDATED:
          g_ptr_array_add (import, describe_session (self, entry));
          break;
        case TA_ICAL_OUTCOME_UNCHANGED:
        case TA_ICAL_OUTCOME_SKIPPED:
          g_ptr_array_add (skipped, describe_event (entry));
          break;
        case TA_ICAL_OUTCOME_REFUSED:
        default:
          g_ptr_array_add (refused, describe_event (entry));
          break;
        }
    }

  n_import = ta_ical_result_count (self->result, TA_ICAL_OUTCOME_NEW) +
             ta_ical_result_count (self->result, TA_ICAL_OUTCOME_UPDATED);
  n_skipped = ta_ical_result_count (self->result, TA_ICAL_OUTCOME_SKIPPED) +
              ta_ical_result_count (self->result, TA_ICAL_OUTCOME_UNCHANGED);
  n_refused = ta_ical_result_count (self->result, TA_ICAL_OUTCOME_REFUSED);

  /* Translators: the heading of the list of sessions an import adds or
   * changes; %'u is how many, with the digits grouped as the locale does */
  import_label = g_strdup_printf (ngettext ("%'u session to import", "%'u sessions to import", n_import), n_import);
  /* Translators: the heading of the list of events an import leaves out,
   * each with its reason */
  skipped_label = g_strdup_printf (ngettext ("%'u skipped", "%'u skipped", n_skipped), n_skipped);
  /* Translators: the heading of the list of events an import cannot
   * take, each with its reason */
  refused_label = g_strdup_printf (ngettext ("%'u refused", "%'u refused", n_refused), n_refused);

  set_group (self, TA_CALENDAR_IMPORT_GROUP_IMPORT, import, import_label);
  set_group (self, TA_CALENDAR_IMPORT_GROUP_SKIPPED, skipped, skipped_label);
  set_group (self, TA_CALENDAR_IMPORT_GROUP_REFUSED, refused, refused_label);

  /* What needs a look first is open. */
  gtk_expander_set_expanded (self->refused_expander, n_refused > 0);
  gtk_expander_set_expanded (self->import_expander, n_refused == 0 && n_import > 0);
  gtk_expander_set_expanded (self->skipped_expander, n_refused == 0 && n_import == 0);

  /* Said where it shows even with the lists closed: a long series cut
   * at the start date, and text read in another encoding. */
  notes = g_ptr_array_new_with_free_func (g_free);
  n_earlier = ta_ical_result_get_n_earlier (self->result);
  if (n_earlier > 0)
    {
      g_autofree char *day = format_day (ta_ical_result_get_from (self->result));

      g_ptr_array_add (notes,
                       /* Translators: %1$u is a number of occurrences, %2$s a date (Sun 6 Dec 2026) */
                       g_strdup_printf (ngettext ("%1$u earlier occurrence of repeating events, before %2$s, "
                                                  "is skipped.",
                                                  "%1$u earlier occurrences of repeating events, before %2$s, "
                                                  "are skipped.",
                                                  n_earlier),
                                        n_earlier, day));
    }
  n_converted = ta_ical_result_get_n_converted_lines (self->result);
  if (n_converted > 0)
    g_ptr_array_add (notes,
                     g_strdup_printf (ngettext ("%u line of the file was not UTF-8 and was read as "
                                                "Windows-1252 (Western European).",
                                                "%u lines of the file were not UTF-8 and were read as "
                                                "Windows-1252 (Western European).",
                                                n_converted),
                                      n_converted));
  g_ptr_array_add (notes, NULL);
  note = g_strjoinv ("\n", (char **) notes->pdata);
  gtk_label_set_label (self->note_label, note);
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), *note != '\0');
}

static void
show_from (TaCalendarImportView *self)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (self->from);
  g_autofree char *label = format_day (self->from);

  gtk_menu_button_set_label (self->from_button, label);
  gtk_calendar_select_day (self->calendar, local);
}

static void
set_busy (TaCalendarImportView *self,
          gboolean              busy)
{
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_expander), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->skipped_expander), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->refused_expander), !busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *async_result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaCalendarImportView) self = user_data;
  g_autoptr(TaIcalResult) result = ta_programme_read_calendar_finish (TA_PROGRAMME (source), async_result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->reading);

  if (result == NULL)
    {
      /* The file was read once already: what changed is the programme,
       * which the import will say too.  Keep showing the last reading. */
      g_warning ("Could not read the calendar again: %s", error->message);
      set_busy (self, FALSE);
      return;
    }

  g_set_object (&self->result, result);
  show_result (self);
  set_busy (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}

static void
day_selected_cb (TaCalendarImportView *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autoptr(GDateTime) from = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                                     g_date_time_get_day_of_month (day), 0, 0, 0);
  GtkPopover *popover = gtk_menu_button_get_popover (self->from_button);

  if (gtk_widget_get_visible (GTK_WIDGET (popover)))
    gtk_popover_popdown (popover);
  ta_calendar_import_view_set_from (self, from);
}

static void
ta_calendar_import_view_dispose (GObject *object)
{
  TaCalendarImportView *self = TA_CALENDAR_IMPORT_VIEW (object);

  if (self->reading != NULL)
    g_cancellable_cancel (self->reading);
  g_clear_object (&self->reading);

  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_CALENDAR_IMPORT_VIEW);
  g_clear_object (&self->programme);
  g_clear_object (&self->result);
  for (guint i = 0; i < G_N_ELEMENTS (self->rows); i++)
    g_clear_object (&self->rows[i]);

  G_OBJECT_CLASS (ta_calendar_import_view_parent_class)->dispose (object);
}

static void
ta_calendar_import_view_finalize (GObject *object)
{
  TaCalendarImportView *self = TA_CALENDAR_IMPORT_VIEW (object);

  g_clear_pointer (&self->contents, g_bytes_unref);
  g_clear_pointer (&self->from, g_date_time_unref);

  G_OBJECT_CLASS (ta_calendar_import_view_parent_class)->finalize (object);
}

static void
ta_calendar_import_view_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  TaCalendarImportView *self = TA_CALENDAR_IMPORT_VIEW (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      g_value_set_object (value, self->result);
      break;

    case PROP_FROM:
      g_value_set_boxed (value, self->from);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, ta_calendar_import_view_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_calendar_import_view_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  TaCalendarImportView *self = TA_CALENDAR_IMPORT_VIEW (object);

  switch (prop_id)
    {
    case PROP_FROM:
      ta_calendar_import_view_set_from (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_calendar_import_view_class_init (TaCalendarImportViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_calendar_import_view_dispose;
  object_class->finalize = ta_calendar_import_view_finalize;
  object_class->get_property = ta_calendar_import_view_get_property;
  object_class->set_property = ta_calendar_import_view_set_property;

  /**
   * TaCalendarImportView:result:
   *
   * What the import does from the start date: changes once the file was
   * read again for another date.
   */
  properties[PROP_RESULT] =
    g_param_spec_object ("result", NULL, NULL,
                         TA_TYPE_ICAL_RESULT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * TaCalendarImportView:from:
   *
   * The start date: the import takes the sessions from that day on.
   */
  properties[PROP_FROM] =
    g_param_spec_boxed ("from", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * TaCalendarImportView:busy:
   *
   * Whether the file is being read again for another start date: the
   * result is not that date's yet.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "calendarimport");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/turnabout/Turnabout/ta-calendar-import-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TaCalendarImportView, box);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarImportView, spinner);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarImportView, from_button);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarImportView, calendar);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarImportView, note_label);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarImportView, import_expander);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarImportView, import_label);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarImportView, import_list);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarImportView, import_selection);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarImportView, skipped_expander);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarImportView, skipped_label);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarImportView, skipped_list);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarImportView, skipped_selection);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarImportView, refused_expander);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarImportView, refused_label);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarImportView, refused_list);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarImportView, refused_selection);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
}

static void
ta_calendar_import_view_init (TaCalendarImportView *self)
{
  /* The row template looks the type up by name. */
  g_type_ensure (GTK_TYPE_STRING_OBJECT);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
}

/**
 * ta_calendar_import_view_new:
 * @programme: the programme, to name the pairs and read the file again
 * @contents: the calendar file
 * @result: what importing it from a start date does (ta_programme_read_calendar())
 *
 * Returns: (transfer floating): a new view of @result
 */
GtkWidget *
ta_calendar_import_view_new (TaProgramme          *programme,
                             GBytes            *contents,
                             TaIcalResult      *result)
{
  TaCalendarImportView *self;

  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (contents != NULL, NULL);
  g_return_val_if_fail (TA_IS_ICAL_RESULT (result), NULL);

  self = g_object_new (TA_TYPE_CALENDAR_IMPORT_VIEW, NULL);
  self->programme = g_object_ref (programme);
  self->contents = g_bytes_ref (contents);
  self->result = g_object_ref (result);
  self->from = g_date_time_ref (ta_ical_result_get_from (result));
  show_from (self);
  show_result (self);

  return GTK_WIDGET (self);
}

/**
 * ta_calendar_import_view_get_result:
 * @self: a #TaCalendarImportView
 *
 * Returns: (transfer none): what the import does from the start date
 *   (the previous date's while #TaCalendarImportView:busy)
 */
TaIcalResult *
ta_calendar_import_view_get_result (TaCalendarImportView *self)
{
  g_return_val_if_fail (TA_IS_CALENDAR_IMPORT_VIEW (self), NULL);

  return self->result;
}

/**
 * ta_calendar_import_view_get_contents:
 * @self: a #TaCalendarImportView
 *
 * Returns: (transfer none): the calendar file
 */
GBytes *
ta_calendar_import_view_get_contents (TaCalendarImportView *self)
{
  g_return_val_if_fail (TA_IS_CALENDAR_IMPORT_VIEW (self), NULL);

  return self->contents;
}

/**
 * ta_calendar_import_view_get_from:
 * @self: a #TaCalendarImportView
 *
 * Returns: (transfer none): the start date
 */
GDateTime *
ta_calendar_import_view_get_from (TaCalendarImportView *self)
{
  g_return_val_if_fail (TA_IS_CALENDAR_IMPORT_VIEW (self), NULL);

  return self->from;
}

/**
 * ta_calendar_import_view_set_from:
 * @self: a #TaCalendarImportView
 * @from: the new start date (local midnight)
 *
 * Reads the file again from @from on, in a thread; #TaCalendarImportView:result
 * changes when it is done.
 */
void
ta_calendar_import_view_set_from (TaCalendarImportView *self,
                                  GDateTime            *from)
{

  g_return_if_fail (TA_IS_CALENDAR_IMPORT_VIEW (self));
  g_return_if_fail (from != NULL);

  if (g_date_time_equal (from, self->from))
    return;

  g_date_time_unref (self->from);
  self->from = g_date_time_ref (from);
  show_from (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROM]);

  /* Only the last date asked for counts. */
  if (self->reading != NULL)
    g_cancellable_cancel (self->reading);
  g_clear_object (&self->reading);
  self->reading = g_cancellable_new ();

  ta_programme_read_calendar_async (self->programme, self->contents, from, self->reading,
                                    read_done_cb, g_object_ref (self));
  set_busy (self, TRUE);
}

/**
 * ta_calendar_import_view_get_busy:
 * @self: a #TaCalendarImportView
 *
 * Returns: whether the file is being read again for a new start date
 */
gboolean
ta_calendar_import_view_get_busy (TaCalendarImportView *self)
{
  g_return_val_if_fail (TA_IS_CALENDAR_IMPORT_VIEW (self), FALSE);

  return self->reading != NULL;
}

GListModel *
_ta_calendar_import_view_get_rows (TaCalendarImportView  *self,
                                   TaCalendarImportGroup  group)
{
  g_return_val_if_fail (TA_IS_CALENDAR_IMPORT_VIEW (self), NULL);
  g_return_val_if_fail (group <= TA_CALENDAR_IMPORT_GROUP_REFUSED, NULL);

  return G_LIST_MODEL (self->rows[group]);
}

GtkExpander *
_ta_calendar_import_view_get_expander (TaCalendarImportView  *self,
                                       TaCalendarImportGroup  group)
{
  GtkExpander *expanders[] = { self->import_expander, self->skipped_expander, self->refused_expander };

  g_return_val_if_fail (TA_IS_CALENDAR_IMPORT_VIEW (self), NULL);
  g_return_val_if_fail (group <= TA_CALENDAR_IMPORT_GROUP_REFUSED, NULL);

  return expanders[group];
}

GtkListView *
_ta_calendar_import_view_get_list_view (TaCalendarImportView  *self,
                                        TaCalendarImportGroup  group)
{
  GtkListView *lists[] = { self->import_list, self->skipped_list, self->refused_list };

  g_return_val_if_fail (TA_IS_CALENDAR_IMPORT_VIEW (self), NULL);
  g_return_val_if_fail (group <= TA_CALENDAR_IMPORT_GROUP_REFUSED, NULL);

  return lists[group];
}

GtkCalendar *
_ta_calendar_import_view_get_calendar (TaCalendarImportView *self)
{
  g_return_val_if_fail (TA_IS_CALENDAR_IMPORT_VIEW (self), NULL);

  return self->calendar;
}

GtkMenuButton *
_ta_calendar_import_view_get_from_button (TaCalendarImportView *self)
{
  g_return_val_if_fail (TA_IS_CALENDAR_IMPORT_VIEW (self), NULL);

  return self->from_button;
}

GtkLabel *
_ta_calendar_import_view_get_note_label (TaCalendarImportView *self)
{
  g_return_val_if_fail (TA_IS_CALENDAR_IMPORT_VIEW (self), NULL);

  return self->note_label;
}
