/* ta-session-editor-choices.c - what the session editor's choices say
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-session-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-session-editor-private.h"

/* Drop-down items that wrap at word boundaries instead of widening the
 * dialog past a phone's width. */
static void
wrapping_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
wrapping_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       string != NULL ? gtk_string_object_get_string (string) : "");
}

/* (transfer full): items of a GtkStringList as labels that wrap at word
 * boundaries instead of widening the dialog past a phone's width */
GtkListItemFactory *
_ta_session_editor_wrapping_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (wrapping_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (wrapping_bind_cb), NULL);
  return factory;
}

/**
 * _ta_session_editor_describe_repeat:
 * @choice: a position of the Repeat row
 * @day: the day of the first session
 *
 * Returns: (transfer full): the choice, naming @day's weekday and, for a
 *   monthly one, which of the month's such weekdays it is
 */
char *
_ta_session_editor_describe_repeat (guint      choice,
                                    GDateTime *day)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (day);
  /* Translators: a weekday's name as it stands mid-sentence ("on Friday"),
   * see g_date_time_format() */
  g_autofree char *weekday = g_date_time_format (local, C_("repeat", "%A"));
  int week = (g_date_time_get_day_of_month (local) - 1) / 7 + 1;

  switch ((TaRepeatChoice) choice)
    {
    case TA_REPEAT_WEEKLY:
      /* Translators: %1$s is a weekday's name */
      return g_strdup_printf (_("Every week on %1$s"), weekday);
    case TA_REPEAT_TWO_WEEKS:
    case TA_REPEAT_FOUR_WEEKS:
      {
        int n = choice == TA_REPEAT_TWO_WEEKS ? 2 : 4;

        /* Translators: %1$s is a weekday's name, %2$d a number of weeks (2 or 4) */
        return g_strdup_printf (ngettext ("Every %2$d week on %1$s", "Every %2$d weeks on %1$s", n),
                                weekday, n);
      }
    case TA_REPEAT_MONTHLY:
      switch (week)
        {
        case 1:
          /* Translators: %1$s is a weekday's name; each position is a sentence of its own */
          return g_strdup_printf (_("Monthly on the first %1$s"), weekday);
        case 2:
          /* Translators: %1$s is a weekday's name */
          return g_strdup_printf (_("Monthly on the second %1$s"), weekday);
        case 3:
          /* Translators: %1$s is a weekday's name */
          return g_strdup_printf (_("Monthly on the third %1$s"), weekday);
        case 4:
          /* Translators: %1$s is a weekday's name */
          return g_strdup_printf (_("Monthly on the fourth %1$s"), weekday);
        default:
          /* Translators: %1$s is a weekday's name; the fifth in a month is the last */
          return g_strdup_printf (_("Monthly on the last %1$s"), weekday);
        }
    case TA_REPEAT_NONE:
    case TA_N_REPEATS:
    default:
      return g_strdup (_("Does Not Repeat"));
    }
}

/**
 * _ta_session_editor_next_lunch:
 * @reference: the day opened on, or now
 *
 * Returns: (transfer full): 12:00 local on the first weekday (Monday to
 *   Friday) from @reference's day whose noon is not before @reference
 */
GDateTime *
_ta_session_editor_next_lunch (GDateTime *reference)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (reference);
  g_autoptr(GDateTime) noon = g_date_time_new_local (g_date_time_get_year (local),
                                                     g_date_time_get_month (local),
                                                     g_date_time_get_day_of_month (local),
                                                     12, 0, 0);

  while (g_date_time_get_day_of_week (noon) > 5 || g_date_time_compare (noon, local) < 0)
    {
      GDateTime *next = g_date_time_add_days (noon, 1);

      g_date_time_unref (noon);
      noon = next;
    }

  return g_steal_pointer (&noon);
}

