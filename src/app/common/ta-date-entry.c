/* ta-date-entry.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-date-entry"

#include "config.h"

#include <glib/gi18n.h>
#include <langinfo.h>
#include <string.h>

#include "ta-accessible.h"
#include "ta-date-entry.h"

struct _TaDateEntry
{
  GtkWidget    parent_instance;

  GtkWidget   *box;
  GtkEntry    *entry;
  GtkWidget   *button;
  GtkCalendar *calendar;

  GDateTime   *date;       /* NULL when the text is not a date */
  gboolean     updating;   /* the entry or calendar follows a set date */
};

G_DEFINE_FINAL_TYPE (TaDateEntry, ta_date_entry, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The locale's date format ("%x"), with a four-digit year: a two-digit
 * one is ambiguous in a planner that also shows past years.  The C
 * locale's US order (%m/%d/%y) is nobody's: it becomes ISO. */
static char *
display_format (void)
{
  const char *d_fmt = nl_langinfo (D_FMT);
  GString *format;

  if (d_fmt == NULL || d_fmt[0] == '\0' || strcmp (d_fmt, "%m/%d/%y") == 0 ||
      !g_utf8_validate (d_fmt, -1, NULL))
    return g_strdup ("%Y-%m-%d");

  format = g_string_new (d_fmt);
  g_string_replace (format, "%y", "%Y", 0);
  return g_string_free (format, FALSE);
}

/**
 * ta_date_entry_format:
 * @date: a day (its local day is shown)
 *
 * Returns: (transfer full): @date as the entry shows it: the locale's
 *   order with a four-digit year ("11/12/2026" in Belgium, "12.11.2026"
 *   in Germany), ISO under the C locale
 */
char *
ta_date_entry_format (GDateTime *date)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *format = display_format ();

  g_return_val_if_fail (date != NULL, NULL);

  local = g_date_time_to_local (date);
  return g_date_time_format (local, format);
}

/* Where day, month and year come in the locale's format: order[0] is
 * 'd', 'm' or 'y' for the first number, and so on. */
static void
locale_order (char order[3])
{
  g_autoptr(GDateTime) probe = g_date_time_new_local (2003, 11, 22, 0, 0, 0);
  g_autofree char *text = ta_date_entry_format (probe);
  const char *day = strstr (text, "22");
  const char *month = strstr (text, "11");
  const char *year = strstr (text, "2003");

  if (day == NULL || month == NULL || year == NULL)
    {
      memcpy (order, "ymd", 3);
      return;
    }

  order[0] = order[1] = order[2] = 0;
  for (int i = 0; i < 3; i++)
    {
      const char *first = NULL;
      char which = 0;

      if (memchr (order, 'd', 3) == NULL && (first == NULL || day < first))
        first = day, which = 'd';
      if (memchr (order, 'm', 3) == NULL && (first == NULL || month < first))
        first = month, which = 'm';
      if (memchr (order, 'y', 3) == NULL && (first == NULL || year < first))
        first = year, which = 'y';
      order[i] = which;
    }
}

/**
 * ta_date_entry_parse:
 * @text: what was typed
 *
 * Reads three numbers separated by anything that is not a digit: year,
 * month and day when the first has four digits (ISO, "2026-12-11"),
 * otherwise in the order of the locale's date format ("11/12/2026" is
 * 11 December in Belgium, November 12 in the US).  A two-digit year is
 * in this century.
 *
 * Returns: (transfer full) (nullable): local midnight of the day, or
 *   %NULL when @text is no valid date
 */
GDateTime *
ta_date_entry_parse (const char *text)
{
  guint64 numbers[3];
  guint lengths[3];
  guint n = 0;
  char order[3];
  int day = 0, month = 0, year = 0;

  g_return_val_if_fail (text != NULL, NULL);

  for (const char *p = text; *p != '\0';)
    {
      const char *start = p;

      if (!g_ascii_isdigit (*p))
        {
          p++;
          continue;
        }
      if (n == 3)
        return NULL;
      while (g_ascii_isdigit (*p))
        p++;
      if (p - start > 4)
        return NULL;
      numbers[n] = g_ascii_strtoull (start, NULL, 10);
      lengths[n] = p - start;
      n++;
    }

  /* Letters (a month name) are not read: refuse rather than guess. */
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isalpha (*p))
      return NULL;

  if (n != 3)
    return NULL;

  if (lengths[0] == 4)
    memcpy (order, "ymd", 3);
  else
    locale_order (order);

  for (guint i = 0; i < 3; i++)
    {
      int value = (int) numbers[i];

      switch (order[i])
        {
        case 'd':
          day = value;
          break;
        case 'm':
          month = value;
          break;
        default:
          if (lengths[i] == 2)
            value += 2000;
          else if (lengths[i] != 4)
            return NULL;
          year = value;
          break;
        }
    }

  if (!g_date_valid_dmy (day, month, year))
    return NULL;

  return g_date_time_new_local (year, month, day, 0, 0, 0);
}

static void
ta_date_entry_set_valid (TaDateEntry *self,
                         gboolean     valid)
{
  if (valid)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->entry),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_FALSE, -1);
    }
  else
    {
      g_autoptr(GDateTime) today = g_date_time_new_now_local ();
      g_autofree char *example = ta_date_entry_format (today);
      g_autofree char *iso = g_date_time_format (today, "%Y-%m-%d");
      /* Translators: said of a date entry holding no date; %1$s is today
       * in the locale's format, %2$s today as YYYY-MM-DD */
      g_autofree char *description = g_strdup_printf (_("Not a date: write it as %1$s or %2$s"),
                                                      example, iso);

      gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->entry),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
}

static void
entry_changed_cb (TaDateEntry *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autoptr(GDateTime) date = NULL;

  if (self->updating)
    return;

  date = ta_date_entry_parse (text);
  ta_date_entry_set_valid (self, date != NULL || text[0] == '\0');

  if (date == NULL && self->date == NULL)
    return;
  if (date != NULL && self->date != NULL && g_date_time_equal (date, self->date))
    return;

  g_clear_pointer (&self->date, g_date_time_unref);
  self->date = g_steal_pointer (&date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

static void
day_selected_cb (TaDateEntry *self)
{
  g_autoptr(GDateTime) picked = NULL;

  if (self->updating)
    return;

  picked = gtk_calendar_get_date (self->calendar);
  ta_date_entry_set_date (self, picked);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->button));
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static void
popover_show_cb (TaDateEntry *self)
{
  g_autoptr(GDateTime) today = NULL;

  self->updating = TRUE;
  if (self->date != NULL)
    gtk_calendar_select_day (self->calendar, self->date);
  else
    gtk_calendar_select_day (self->calendar, (today = g_date_time_new_now_local ()));
  self->updating = FALSE;
}

static void
ta_date_entry_dispose (GObject *object)
{
  TaDateEntry *self = TA_DATE_ENTRY (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->date, g_date_time_unref);

  G_OBJECT_CLASS (ta_date_entry_parent_class)->dispose (object);
}

static void
ta_date_entry_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TaDateEntry *self = TA_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_date_entry_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TaDateEntry *self = TA_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      ta_date_entry_set_date (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
ta_date_entry_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (TA_DATE_ENTRY (widget)->entry));
}

static void
ta_date_entry_class_init (TaDateEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_date_entry_dispose;
  object_class->get_property = ta_date_entry_get_property;
  object_class->set_property = ta_date_entry_set_property;
  widget_class->grab_focus = ta_date_entry_grab_focus;

  /**
   * TaDateEntry:date: (type GLib.DateTime)
   *
   * Local midnight of the day shown, or %NULL while the text is empty or
   * not a date.  Setting it takes the local day of any #GDateTime.
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ta-date-entry");
}

static void
ta_date_entry_init (TaDateEntry *self)
{
  GtkWidget *popover;

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->box, "linked");
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), 10);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (self->entry), 12);
  gtk_widget_set_hexpand (GTK_WIDGET (self->entry), TRUE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->entry));
  g_signal_connect_swapped (self->entry, "changed", G_CALLBACK (entry_changed_cb), self);

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self);
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  g_signal_connect_swapped (popover, "show", G_CALLBACK (popover_show_cb), self);

  self->button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->button), "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->button), popover);
  gtk_widget_set_tooltip_text (self->button, _("Choose From a Calendar"));
  ta_accessible_set_label (GTK_WIDGET (self->button), _("Choose From a Calendar"));
  gtk_box_append (GTK_BOX (self->box), self->button);

  ta_date_entry_set_accessible_label (self, _("Date"));
}

/**
 * ta_date_entry_new:
 *
 * Returns: (transfer floating): an empty date entry
 */
GtkWidget *
ta_date_entry_new (void)
{
  return g_object_new (TA_TYPE_DATE_ENTRY, NULL);
}

/**
 * ta_date_entry_get_date:
 * @self: a #TaDateEntry
 *
 * Returns: (transfer none) (nullable): local midnight of the day shown,
 *   or %NULL when the text is empty or not a date
 */
GDateTime *
ta_date_entry_get_date (TaDateEntry *self)
{
  g_return_val_if_fail (TA_IS_DATE_ENTRY (self), NULL);
  return self->date;
}

/**
 * ta_date_entry_set_date:
 * @self: a #TaDateEntry
 * @date: (nullable): a time on the day to show (its local day is taken),
 *   or %NULL to empty the entry
 *
 * Shows @date in the locale's format (see ta_date_entry_format()).
 */
void
ta_date_entry_set_date (TaDateEntry *self,
                        GDateTime   *date)
{
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (TA_IS_DATE_ENTRY (self));

  if (date != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (date);

      day = g_date_time_new_local (g_date_time_get_year (local), g_date_time_get_month (local),
                                   g_date_time_get_day_of_month (local), 0, 0, 0);
      text = ta_date_entry_format (day);
    }

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text != NULL ? text : "");
  self->updating = FALSE;
  ta_date_entry_set_valid (self, TRUE);

  if (day == NULL && self->date == NULL)
    return;
  if (day != NULL && self->date != NULL && g_date_time_equal (day, self->date))
    return;

  g_clear_pointer (&self->date, g_date_time_unref);
  self->date = g_steal_pointer (&day);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * ta_date_entry_set_accessible_label:
 * @self: a #TaDateEntry
 * @label: what screen readers call the entry, without mnemonic underscore
 */
void
ta_date_entry_set_accessible_label (TaDateEntry *self,
                                    const char  *label)
{
  g_return_if_fail (TA_IS_DATE_ENTRY (self));
  g_return_if_fail (label != NULL);

  ta_accessible_set_label (GTK_WIDGET (self->entry), label);
}

/**
 * ta_date_entry_get_editable:
 * @self: a #TaDateEntry
 *
 * Returns: (transfer none): the text field
 */
GtkEditable *
ta_date_entry_get_editable (TaDateEntry *self)
{
  g_return_val_if_fail (TA_IS_DATE_ENTRY (self), NULL);
  return GTK_EDITABLE (self->entry);
}
