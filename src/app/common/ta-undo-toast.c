/* ta-undo-toast.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-toast"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-toast.h"
#include "ta-undo-toast.h"

/*
 * Every "… deleted  Undo" toast of the app: the toast keeps the programme
 * and what the caller needs to take the change back, and outlives the
 * widget that showed it (a pane closed meanwhile); a failed undo is said
 * in a toast of its own, while the widget is still there to show it.
 */

typedef struct
{
  GWeakRef        widget;
  TaProgramme    *programme;
  TaUndoFunc      undo;
  TaUndoDoneFunc  done;
  gpointer        data;
  GDestroyNotify  data_free;
} UndoClosure;

static void
undo_closure_free (gpointer  user_data,
                   GClosure *closure)
{
  UndoClosure *undo = user_data;

  g_weak_ref_clear (&undo->widget);
  g_clear_object (&undo->programme);
  if (undo->data_free != NULL)
    undo->data_free (undo->data);
  g_free (undo);
}

static void
undo_clicked (AdwToast    *toast,
              UndoClosure *undo)
{
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&undo->widget);
  g_autoptr(GError) error = NULL;
  gboolean undone;

  undone = undo->undo (undo->programme, undo->data, &error);
  if (widget == NULL)
    return;

  if (!undone && error != NULL)
    /* Translators: a notification; %s says why */
    ta_toast_add_error (widget, _("Cannot undo: %s"), error->message);

  if (undo->done != NULL)
    undo->done (widget, undone, undo->data);
}

/**
 * ta_undo_toast_new:
 * @widget: the widget that shows the toast
 * @programme: the programme the change was made in
 * @title: the toast's title (markup)
 * @undo: takes the change back
 * @done: (nullable): called afterwards while @widget lives
 * @data: (transfer full): for @undo and @done
 * @data_free: (nullable): frees @data with the toast
 *
 * A toast with an Undo button; add it with ta_toast_add().
 *
 * Returns: (transfer full): the toast
 */
AdwToast *
ta_undo_toast_new (GtkWidget      *widget,
                   TaProgramme    *programme,
                   const char     *title,
                   TaUndoFunc      undo,
                   TaUndoDoneFunc  done,
                   gpointer        data,
                   GDestroyNotify  data_free)
{
  UndoClosure *closure;
  AdwToast *toast;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (undo != NULL, NULL);

  closure = g_new0 (UndoClosure, 1);
  g_weak_ref_init (&closure->widget, widget);
  closure->programme = g_object_ref (programme);
  closure->undo = undo;
  closure->done = done;
  closure->data = data;
  closure->data_free = data_free;

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked),
                         closure, undo_closure_free, 0);

  return toast;
}
