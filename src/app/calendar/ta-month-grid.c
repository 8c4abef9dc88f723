/* ta-month-grid.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-month-grid"

#include "config.h"

#include <glib/gi18n.h>
#include <langinfo.h>

#include "ta-accessible.h"
#include "ta-describe.h"
#include "ta-month-cell.h"
#include "ta-month-grid-private.h"
#include "ta-pairing.h"
#include "ta-session-list.h"

#define N_WEEKS 6
#define N_DAYS (N_WEEKS * 7)

struct _TaMonthGrid
{
  GtkWidget          parent_instance;

  /* Owned references */
  TaProgramme       *programme;
  TaSessionList     *sessions;
  GtkFilter         *filter;  /* nullable: which sessions to show */
  int                first_weekday;   /* 1 Monday … 7 Sunday */
  GDateTime         *date;    /* local midnight of the focused day */
  GDateTime         *first;   /* local midnight of the first cell */

  /* Children */
  GtkWidget         *box;
  GtkWidget         *rows[N_WEEKS];
  int                n_weeks;   /* 5 or 6 (4 for a February from Monday) */
  TaMonthCell       *cells[N_DAYS];
};

G_DEFINE_FINAL_TYPE (TaMonthGrid, ta_month_grid, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

enum {
  DAY_ACTIVATED,
  SESSION_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The first day of the week where the user lives (1 Monday … 7 Sunday),
 * read from the locale as GtkCalendar does: Monday in Belgium, Sunday in
 * the United States. */
static int
locale_first_weekday (void)
{
#ifdef _NL_TIME_FIRST_WEEKDAY
  union { unsigned int word; char *string; } langinfo;
  int week_origin_weekday;   /* 0 Sunday, 1 Monday */
  int first;

  langinfo.string = nl_langinfo (_NL_TIME_FIRST_WEEKDAY);
  first = langinfo.string[0];
  langinfo.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  if (langinfo.word == 19971201)
    week_origin_weekday = 1;
  else if (langinfo.word == 19971130)
    week_origin_weekday = 0;
  else
    return 1;
  if (first < 1 || first > 7)
    return 1;

  /* 0 Sunday … 6 Saturday, then ISO. */
  first = (week_origin_weekday + first - 1) % 7;
  return first == 0 ? 7 : first;
#else
  return 1;
#endif
}

static GDateTime *
local_midnight (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  return g_date_time_new_local (g_date_time_get_year (local),
                                g_date_time_get_month (local),
                                g_date_time_get_day_of_month (local),
                                0, 0, 0);
}

static int
compare_starts (gconstpointer a,
                gconstpointer b)
{
  TaSession *session_a = *(TaSession **) a;
  TaSession *session_b = *(TaSession **) b;

  return g_date_time_compare (ta_session_get_starts_at (session_a),
                              ta_session_get_starts_at (session_b));
}

static void
ta_month_grid_fill (TaMonthGrid *self)
{
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) sorted = NULL;
  GListModel *model;
  guint n;

  g_assert (TA_IS_MONTH_GRID (self));

  today = local_midnight (now);

  for (int i = 0; i < N_DAYS; i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (self->first, i);
      TaMonthCell *cell = self->cells[i];
      g_autofree char *number = g_strdup_printf ("%d", g_date_time_get_day_of_month (day));
      /* Translators: a day of the month grid for a screen reader, in
       * the locale's order, see g_date_time_format() */
      g_autofree char *name = g_date_time_format (day, C_("month grid day", "%A %-e %B %Y"));

      ta_month_cell_set_day_number (cell, number);
      ta_month_cell_clear (cell);

      if (g_date_time_get_month (day) != g_date_time_get_month (self->date))
        gtk_widget_add_css_class (GTK_WIDGET (cell), "other-month");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (cell), "other-month");

      if (g_date_time_equal (day, today))
        gtk_widget_add_css_class (GTK_WIDGET (cell), "today");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (cell), "today");

      if (g_date_time_equal (day, self->date))
        gtk_widget_add_css_class (GTK_WIDGET (cell), "selected");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (cell), "selected");

      ta_accessible_set_label (GTK_WIDGET (cell), name);
      /* GTK 4.8 cannot read an accessible label back; the tests can. */
      g_object_set_data_full (G_OBJECT (cell), "accessible-label", g_steal_pointer (&name), g_free);
    }

  if (self->sessions == NULL)
    return;

  /* The list is in the order of ids; a day shows its sessions by time. */
  model = G_LIST_MODEL (self->sessions);
  n = g_list_model_get_n_items (model);
  sorted = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (model, i));
  g_ptr_array_sort (sorted, compare_starts);

  for (guint i = 0; i < n; i++)
    {
      TaSession *session = g_ptr_array_index (sorted, i);
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GDateTime) day = NULL;
      g_autofree char *who = NULL;
      g_autofree char *time = NULL;
      g_autofree char *text = NULL;
      GTimeSpan span;
      int index;

      if (self->filter != NULL && !gtk_filter_match (self->filter, session))
        continue;

      start = g_date_time_to_local (ta_session_get_starts_at (session));
      day = local_midnight (start);
      span = g_date_time_difference (day, self->first);
      /* Days are not all 24 hours long: round to the nearest. */
      index = (int) ((span + G_TIME_SPAN_DAY / 2) / G_TIME_SPAN_DAY);
      if (index < 0 || index >= self->n_weeks * 7)
        continue;

      who = ta_describe_session (session, self->programme);
      time = g_date_time_format (start, "%H:%M");

      /* Translators: a session in the month grid: its time, then who meets */
      text = g_strdup_printf (C_("month grid chip", "%1$s %2$s"), time, who);
      ta_month_cell_add (self->cells[index], text, session);
    }

  for (int i = 0; i < N_DAYS; i++)
    ta_month_cell_finish (self->cells[i]);
}

static void
ta_month_grid_items_changed (TaMonthGrid *self)
{
  ta_month_grid_fill (self);
}

static void
ta_month_grid_update_range (TaMonthGrid *self)
{
  g_autoptr(GDateTime) first_of_month = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GError) error = NULL;
  int offset;

  first_of_month = g_date_time_new_local (g_date_time_get_year (self->date),
                                          g_date_time_get_month (self->date),
                                          1, 0, 0, 0);
  /* Weeks start on the locale's first weekday. */
  offset = (g_date_time_get_day_of_week (first_of_month) - self->first_weekday + 7) % 7;
  g_clear_pointer (&self->first, g_date_time_unref);
  {
    g_autoptr(GDateTime) back = g_date_time_add_days (first_of_month, -offset);
    self->first = local_midnight (back);
  }
  /* As many weeks as the month touches. */
  {
    g_autoptr(GDateTime) next_month = g_date_time_add_months (first_of_month, 1);
    GTimeSpan span = g_date_time_difference (next_month, self->first);
    int days = (int) ((span + G_TIME_SPAN_DAY / 2) / G_TIME_SPAN_DAY);

    self->n_weeks = (days + 6) / 7;
  }
  for (int week = 0; week < N_WEEKS; week++)
    gtk_widget_set_visible (self->rows[week], week < self->n_weeks);
  end = g_date_time_add_days (self->first, self->n_weeks * 7);

  if (self->sessions != NULL &&
      !ta_session_list_set_range (self->sessions, self->first, end, &error))
    g_warning ("Could not list the sessions of the month: %s", error->message);

  ta_month_grid_fill (self);
}

static void
ta_month_grid_focus_date (TaMonthGrid *self)
{
  GTimeSpan span = g_date_time_difference (self->date, self->first);
  int index = (int) ((span + G_TIME_SPAN_DAY / 2) / G_TIME_SPAN_DAY);

  if (index >= 0 && index < N_DAYS)
    gtk_widget_grab_focus (GTK_WIDGET (self->cells[index]));
}

static void
ta_month_grid_move (TaMonthGrid *self,
                    int          days)
{
  g_autoptr(GDateTime) moved = g_date_time_add_days (self->date, days);

  /* Keys only reach the grid when one of its days has the focus. */
  ta_month_grid_set_date (self, moved);
  ta_month_grid_focus_date (self);
}

static gboolean
ta_month_grid_key_pressed (TaMonthGrid           *self,
                           guint                  keyval,
                           guint                  keycode,
                           GdkModifierType        state,
                           GtkEventControllerKey *controller)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      ta_month_grid_move (self, rtl ? 1 : -1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      ta_month_grid_move (self, rtl ? -1 : 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      ta_month_grid_move (self, -7);
      return GDK_EVENT_STOP;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      ta_month_grid_move (self, 7);
      return GDK_EVENT_STOP;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
      g_signal_emit (self, signals[DAY_ACTIVATED], 0, self->date);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
ta_month_grid_session_activated (TaMonthGrid *self,
                                 TaSession   *session)
{
  g_signal_emit (self, signals[SESSION_ACTIVATED], 0, session);
}

static void
ta_month_grid_cell_pressed (GtkGestureClick *gesture,
                            int              n_press,
                            double           x,
                            double           y,
                            TaMonthCell     *cell)
{
  TaMonthGrid *self = TA_MONTH_GRID (gtk_widget_get_ancestor (GTK_WIDGET (cell), TA_TYPE_MONTH_GRID));
  g_autoptr(GDateTime) day = g_date_time_add_days (self->first, ta_month_cell_get_index (cell));

  ta_month_grid_set_date (self, day);
  gtk_widget_grab_focus (GTK_WIDGET (cell));
  if (n_press == 2)
    g_signal_emit (self, signals[DAY_ACTIVATED], 0, self->date);
}

static void
ta_month_grid_dispose (GObject *object)
{
  TaMonthGrid *self = TA_MONTH_GRID (object);

  if (self->sessions != NULL)
    g_signal_handlers_disconnect_by_func (self->sessions, ta_month_grid_items_changed, self);
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, ta_month_grid_items_changed, self);
  g_clear_object (&self->sessions);
  g_clear_object (&self->filter);
  g_clear_object (&self->programme);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (ta_month_grid_parent_class)->dispose (object);
}

static void
ta_month_grid_finalize (GObject *object)
{
  TaMonthGrid *self = TA_MONTH_GRID (object);

  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->first, g_date_time_unref);

  G_OBJECT_CLASS (ta_month_grid_parent_class)->finalize (object);
}

static void
ta_month_grid_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TaMonthGrid *self = TA_MONTH_GRID (object);

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
ta_month_grid_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TaMonthGrid *self = TA_MONTH_GRID (object);

  switch (prop_id)
    {
    case PROP_DATE:
      ta_month_grid_set_date (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_month_grid_class_init (TaMonthGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_month_grid_dispose;
  object_class->finalize = ta_month_grid_finalize;
  object_class->get_property = ta_month_grid_get_property;
  object_class->set_property = ta_month_grid_set_property;

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[DAY_ACTIVATED] =
    g_signal_new ("day-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_DATE_TIME);

  /**
   * TaMonthGrid::session-activated:
   * @self: the grid
   * @session: the session whose chip was clicked or activated
   */
  signals[SESSION_ACTIVATED] =
    g_signal_new ("session-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TA_TYPE_SESSION);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "month-grid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
ta_month_grid_init (TaMonthGrid *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GtkEventController *keys;
  GtkWidget *header;

  self->date = local_midnight (now);
  self->first_weekday = locale_first_weekday ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_box_set_homogeneous (GTK_BOX (header), TRUE);
  gtk_widget_add_css_class (header, "weekdays");
  gtk_box_append (GTK_BOX (self->box), header);
  {
    /* 2024-01-01 was a Monday. */
    g_autoptr(GDateTime) monday = g_date_time_new_local (2024, 1, 1, 0, 0, 0);

    for (int i = 0; i < 7; i++)
      {
        g_autoptr(GDateTime) day = g_date_time_add_days (monday, (self->first_weekday - 1 + i) % 7);
        g_autofree char *name = g_date_time_format (day, "%a");
        GtkWidget *label = gtk_label_new (name);

        gtk_widget_add_css_class (label, "dim-label");
        gtk_widget_add_css_class (label, "caption-heading");
        gtk_box_append (GTK_BOX (header), label);
      }
  }

  for (int week = 0; week < N_WEEKS; week++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      gtk_box_set_homogeneous (GTK_BOX (row), TRUE);
      gtk_widget_set_vexpand (row, TRUE);
      gtk_widget_add_css_class (row, "month-row");
      gtk_box_append (GTK_BOX (self->box), row);
      self->rows[week] = row;

      for (int d = 0; d < 7; d++)
        {
          TaMonthCell *cell = ta_month_cell_new (week * 7 + d);
          GtkGesture *click = gtk_gesture_click_new ();

          g_signal_connect (click, "pressed", G_CALLBACK (ta_month_grid_cell_pressed), cell);
          gtk_widget_add_controller (GTK_WIDGET (cell), GTK_EVENT_CONTROLLER (click));
          g_signal_connect_object (cell, "session-activated", G_CALLBACK (ta_month_grid_session_activated),
                                   self, G_CONNECT_SWAPPED);
          gtk_box_append (GTK_BOX (row), GTK_WIDGET (cell));
          self->cells[week * 7 + d] = cell;
        }
    }

  keys = gtk_event_controller_key_new ();
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (ta_month_grid_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  ta_month_grid_update_range (self);
}

/**
 * ta_month_grid_new:
 *
 * Returns: (transfer floating): a new #TaMonthGrid showing this month
 */
GtkWidget *
ta_month_grid_new (void)
{
  return g_object_new (TA_TYPE_MONTH_GRID, NULL);
}

/**
 * ta_month_grid_set_programme:
 * @self: a #TaMonthGrid
 * @programme: (nullable): the programme whose sessions it shows
 */
void
ta_month_grid_set_programme (TaMonthGrid *self,
                             TaProgramme *programme)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (TA_IS_MONTH_GRID (self));
  g_return_if_fail (!programme || TA_IS_PROGRAMME (programme));

  if (!g_set_object (&self->programme, programme))
    return;

  if (self->sessions != NULL)
    g_signal_handlers_disconnect_by_func (self->sessions, ta_month_grid_items_changed, self);
  g_clear_object (&self->sessions);

  if (programme != NULL)
    {
      g_autoptr(GDateTime) end = g_date_time_add_days (self->first, self->n_weeks * 7);

      self->sessions = ta_programme_new_session_range (programme, self->first, end, &error);
      if (self->sessions == NULL)
        g_warning ("Could not list the sessions: %s", error->message);
      else
        g_signal_connect_swapped (self->sessions, "items-changed",
                                  G_CALLBACK (ta_month_grid_items_changed), self);
    }

  ta_month_grid_fill (self);
}

/**
 * ta_month_grid_set_filter:
 * @self: a #TaMonthGrid
 * @filter: (nullable): which sessions to show; all when %NULL
 */
void
ta_month_grid_set_filter (TaMonthGrid *self,
                          GtkFilter   *filter)
{
  g_return_if_fail (TA_IS_MONTH_GRID (self));
  g_return_if_fail (!filter || GTK_IS_FILTER (filter));

  if (self->filter == filter)
    return;
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, ta_month_grid_items_changed, self);
  g_set_object (&self->filter, filter);
  if (filter != NULL)
    g_signal_connect_swapped (filter, "changed", G_CALLBACK (ta_month_grid_items_changed), self);

  ta_month_grid_fill (self);
}

/**
 * ta_month_grid_get_date:
 * @self: a #TaMonthGrid
 *
 * Returns: (transfer none): local midnight of the focused day
 */
GDateTime *
ta_month_grid_get_date (TaMonthGrid *self)
{
  g_return_val_if_fail (TA_IS_MONTH_GRID (self), NULL);

  return self->date;
}

/**
 * ta_month_grid_set_date:
 * @self: a #TaMonthGrid
 * @date: a day, shown with its month
 */
void
ta_month_grid_set_date (TaMonthGrid *self,
                        GDateTime   *date)
{
  g_autoptr(GDateTime) midnight = NULL;
  gboolean same_month;

  g_return_if_fail (TA_IS_MONTH_GRID (self));
  g_return_if_fail (date != NULL);

  midnight = local_midnight (date);
  if (g_date_time_equal (midnight, self->date))
    return;

  same_month = g_date_time_get_year (midnight) == g_date_time_get_year (self->date) &&
               g_date_time_get_month (midnight) == g_date_time_get_month (self->date);

  g_clear_pointer (&self->date, g_date_time_unref);
  self->date = g_steal_pointer (&midnight);

  if (same_month)
    ta_month_grid_fill (self);
  else
    ta_month_grid_update_range (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

char **
_ta_month_grid_get_day_labels (TaMonthGrid *self,
                               GDateTime   *day)
{
  g_autoptr(GDateTime) midnight = NULL;
  GTimeSpan span;
  int index;

  g_return_val_if_fail (TA_IS_MONTH_GRID (self), NULL);
  g_return_val_if_fail (day != NULL, NULL);

  midnight = local_midnight (day);
  span = g_date_time_difference (midnight, self->first);
  index = (int) ((span + G_TIME_SPAN_DAY / 2) / G_TIME_SPAN_DAY);
  if (span < 0 || index >= self->n_weeks * 7)
    return NULL;

  return ta_month_cell_dup_labels (self->cells[index]);
}

char *
_ta_month_grid_get_day_name (TaMonthGrid *self,
                             GDateTime   *day)
{
  g_autoptr(GDateTime) midnight = NULL;
  GTimeSpan span;
  int index;

  g_return_val_if_fail (TA_IS_MONTH_GRID (self), NULL);
  g_return_val_if_fail (day != NULL, NULL);

  midnight = local_midnight (day);
  span = g_date_time_difference (midnight, self->first);
  index = (int) ((span + G_TIME_SPAN_DAY / 2) / G_TIME_SPAN_DAY);
  if (span < 0 || index >= self->n_weeks * 7)
    return NULL;

  return g_strdup (g_object_get_data (G_OBJECT (self->cells[index]), "accessible-label"));
}
