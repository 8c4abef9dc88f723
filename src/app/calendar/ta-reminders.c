/* ta-reminders.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-reminders"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-describe.h"
#include "ta-reminders.h"

/*
 * While the app runs, a desktop notification (GNotification) a set time
 * before each planned session of the open programme.  The calendar is
 * looked at every half minute: cheap (an indexed range of the sessions
 * table), and right even after the computer slept or a session moved.
 * A session is reminded of once per start time, so moving it to later
 * gives a new reminder.
 */

#define CHECK_SECONDS 30

struct _TaReminders
{
  GObject            parent_instance;

  TaProgramme       *programme;
  GHashTable        *reminded;     /* "id@start" */
  int                lead_minutes; /* 0: no reminders */
  guint              timeout_id;
};

G_DEFINE_FINAL_TYPE (TaReminders, ta_reminders, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LEAD_MINUTES,
  N_PROPS
};

enum {
  REMIND,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
ta_reminders_real_remind (TaReminders   *self,
                          TaSession     *session,
                          GNotification *notification)
{
  GApplication *application = g_application_get_default ();
  g_autofree char *id = NULL;

  if (application == NULL || !g_application_get_is_registered (application))
    return;

  id = g_strdup_printf ("session-%" G_GINT64_FORMAT, ta_session_get_id (session));
  g_application_send_notification (application, id, notification);
}

static GNotification *
new_notification (TaReminders *self,
                  TaSession   *session)
{
  g_autoptr(GDateTime) start = g_date_time_to_local (ta_session_get_starts_at (session));
  g_autofree char *who = ta_describe_session (session, self->programme);
  g_autofree char *time = g_date_time_format (start, "%H:%M");
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  const char *location = ta_session_get_location (session);
  GNotification *notification;

  /* Translators: the title of a reminder; %s is who meets, or the title of a group session */
  title = g_strdup_printf (_("Session Soon: %s"), who);
  if (location != NULL && location[0] != '\0')
    /* Translators: a reminder of a session: its start time, then its place or link */
    body = g_strdup_printf (_("Starts at %1$s · %2$s"), time, location);
  else
    /* Translators: a reminder of a session: its start time */
    body = g_strdup_printf (_("Starts at %s"), time);

  notification = g_notification_new (title);
  g_notification_set_body (notification, body);
  g_notification_set_default_action (notification, "app.show-calendar");

  return notification;
}

guint
ta_reminders_check (TaReminders *self,
                    GDateTime   *now)
{
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  guint count = 0;

  g_return_val_if_fail (TA_IS_REMINDERS (self), 0);

  if (self->lead_minutes <= 0)
    return 0;

  from = now != NULL ? g_date_time_to_utc (now) : g_date_time_new_now_utc ();
  to = g_date_time_add_minutes (from, self->lead_minutes);
  /* Starting at the minute @from is still worth a reminder. */
  {
    g_autoptr(GDateTime) earlier = g_date_time_add_seconds (from, -CHECK_SECONDS);
    sessions = ta_programme_list_sessions_between (self->programme,
                                                   earlier, to, &error);
  }
  if (sessions == NULL)
    {
      g_warning ("Could not look for sessions to remind of: %s", error->message);
      return 0;
    }

  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);
      g_autoptr(GNotification) notification = NULL;
      g_autofree char *start = NULL;
      char *key;

      if (ta_session_get_status (session) != TA_SESSION_STATUS_PLANNED)
        continue;

      start = ta_time_to_utc_string (ta_session_get_starts_at (session));
      key = g_strdup_printf ("%" G_GINT64_FORMAT "@%s", ta_session_get_id (session), start);
      if (!g_hash_table_add (self->reminded, key))
        continue;

      notification = new_notification (self, session);
      g_signal_emit (self, signals[REMIND], 0, session, notification);
      count++;
    }

  return count;
}

static gboolean
check_cb (gpointer user_data)
{
  ta_reminders_check (TA_REMINDERS (user_data), NULL);
  return G_SOURCE_CONTINUE;
}

static void
ta_reminders_dispose (GObject *object)
{
  TaReminders *self = TA_REMINDERS (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_object (&self->programme);

  G_OBJECT_CLASS (ta_reminders_parent_class)->dispose (object);
}

static void
ta_reminders_finalize (GObject *object)
{
  TaReminders *self = TA_REMINDERS (object);

  g_clear_pointer (&self->reminded, g_hash_table_unref);

  G_OBJECT_CLASS (ta_reminders_parent_class)->finalize (object);
}

static void
ta_reminders_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TaReminders *self = TA_REMINDERS (object);

  switch (prop_id)
    {
    case PROP_LEAD_MINUTES:
      g_value_set_int (value, self->lead_minutes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_reminders_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TaReminders *self = TA_REMINDERS (object);

  switch (prop_id)
    {
    case PROP_LEAD_MINUTES:
      ta_reminders_set_lead_minutes (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_reminders_class_init (TaRemindersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ta_reminders_dispose;
  object_class->finalize = ta_reminders_finalize;
  object_class->get_property = ta_reminders_get_property;
  object_class->set_property = ta_reminders_set_property;

  /**
   * TaReminders:lead-minutes:
   *
   * How long before a session its reminder comes; 0 for none.
   */
  properties[PROP_LEAD_MINUTES] =
    g_param_spec_int ("lead-minutes", NULL, NULL,
                      0, TA_REMINDERS_MAX_MINUTES, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TaReminders::remind:
   * @self: the reminders
   * @session: the session starting soon
   * @notification: what is shown
   *
   * The default handler sends @notification through the application.
   */
  signals[REMIND] =
    g_signal_new_class_handler ("remind",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                G_CALLBACK (ta_reminders_real_remind),
                                NULL, NULL, NULL,
                                G_TYPE_NONE, 2, TA_TYPE_SESSION, G_TYPE_NOTIFICATION);
}

static void
ta_reminders_init (TaReminders *self)
{
  self->reminded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * ta_reminders_new:
 * @programme: the programme
 *
 * Returns: (transfer full): reminders of the programme's sessions, off
 *   until the lead time is set
 */
TaReminders *
ta_reminders_new (TaProgramme *programme)
{
  TaReminders *self;

  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);

  self = g_object_new (TA_TYPE_REMINDERS, NULL);
  self->programme = g_object_ref (programme);

  return self;
}

int
ta_reminders_get_lead_minutes (TaReminders *self)
{
  g_return_val_if_fail (TA_IS_REMINDERS (self), 0);
  return self->lead_minutes;
}

void
ta_reminders_set_lead_minutes (TaReminders *self,
                               int          minutes)
{
  g_return_if_fail (TA_IS_REMINDERS (self));

  minutes = CLAMP (minutes, 0, TA_REMINDERS_MAX_MINUTES);
  if (self->lead_minutes == minutes)
    return;

  self->lead_minutes = minutes;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (minutes > 0 && self->programme != NULL)
    {
      self->timeout_id = g_timeout_add_seconds (CHECK_SECONDS, check_cb, self);
      ta_reminders_check (self, NULL);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEAD_MINUTES]);
}
