/* ta-exchange-send-dialog.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-exchange"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>

#include "ta-accessible.h"
#include "ta-exchange-send-dialog.h"
#include "ta-exchange.h"
#include "ta-mail.h"
#include "ta-window.h"

/*
 * Send to Pair… (a facilitator's pair kit) and Send Update… (a pair's
 * update): first what the file holds, line by line, in words, exactly as
 * ta_programme_exchange_describe() says; then the desktop's e-mail with
 * the file attached, or Save As… (some mail clients drop a portal's
 * attachment).  The e-mailed file is written into a folder of its own
 * under the user's runtime directory, readable by nobody else.
 */

struct _TaExchangeSendDialog
{
  AdwWindow      parent_instance;

  /* Widgets */
  GtkListBox    *lines;
  GtkLabel      *message_label;
  GtkWidget     *mail_button;
  GtkWidget     *save_button;

  /* Owned references */
  TaProgramme   *programme;
  GCancellable  *cancellable;
  GStrv          description;
  GStrv          recipients;
  char          *mail_path;

  gint64         pairing_id;
  gboolean       kit;
};

G_DEFINE_FINAL_TYPE (TaExchangeSendDialog, ta_exchange_send_dialog, ADW_TYPE_WINDOW)

static void
ta_exchange_send_dialog_show_message (TaExchangeSendDialog *self,
                                      const char           *message,
                                      gboolean              error)
{
  gtk_label_set_text (self->message_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");
}

static void
ta_exchange_send_dialog_mail_cb (GObject      *source,
                                 GAsyncResult *result,
                                 gpointer      user_data)
{
  g_autoptr(TaExchangeSendDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWindow *parent;

  gtk_widget_set_sensitive (self->mail_button, TRUE);
  if (!ta_mail_compose_finish (result, &error))
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      if (g_error_matches (error, TA_MAIL_ERROR, TA_MAIL_ERROR_NO_PORTAL))
        message = g_strdup (_("This desktop offers no e-mail from applications. "
                              "Save the file with Save As… and attach it to an e-mail yourself."));
      else
        /* Translators: %s says why the e-mail could not be written */
        message = g_strdup_printf (_("Could not write the e-mail: %s. "
                                     "Save the file with Save As… and attach it to an e-mail yourself."),
                                   error->message);
      ta_exchange_send_dialog_show_message (self, message, TRUE);
      return;
    }

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (TA_IS_WINDOW (parent))
    ta_window_add_toast (TA_WINDOW (parent), _("The e-mail is ready in your mail application"));
  gtk_window_destroy (GTK_WINDOW (self));
}

/* A folder of our own, 0700, for the attachment: the mail application
 * reads it after this dialog is gone. */
static char *
ta_exchange_send_dialog_mail_file (TaExchangeSendDialog  *self,
                                   GError               **error)
{
  g_autofree char *template = g_build_filename (g_get_user_runtime_dir (), "turnabout-XXXXXX", NULL);
  g_autofree char *name = ta_programme_exchange_suggest_name (self->programme, self->pairing_id);
  g_autofree char *path = NULL;

  if (g_mkdtemp_full (template, 0700) == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s", g_strerror (saved_errno));
      return NULL;
    }

  path = g_build_filename (template, name, NULL);
  if (!ta_programme_exchange_export (self->programme, self->pairing_id, path, error))
    {
      g_rmdir (template);
      return NULL;
    }

  return g_steal_pointer (&path);
}

static void
ta_exchange_send_dialog_mail_clicked (TaExchangeSendDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *subject = NULL;
  const char *body;

  g_free (self->mail_path);
  self->mail_path = ta_exchange_send_dialog_mail_file (self, &error);
  if (self->mail_path == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not write the file: %s"), error->message);

      ta_exchange_send_dialog_show_message (self, message, TRUE);
      return;
    }

  if (self->kit)
    {
      subject = g_strdup (_("Your pair kit for Turnabout"));
      body = _("Hello,\n\nAttached is the kit of your mentoring pair: open it with Turnabout "
               "to keep your sessions, goals and check-ins on your own computer.\n");
    }
  else
    {
      subject = g_strdup (_("An update from our mentoring pair"));
      body = _("Hello,\n\nAttached is our pair's update: open it with Turnabout to see "
               "our sessions and what we chose to share.\n");
    }

  gtk_widget_set_sensitive (self->mail_button, FALSE);
  ta_mail_compose_async (GTK_WINDOW (self), (const char * const *) self->recipients, subject, body,
                         self->mail_path, self->cancellable,
                         ta_exchange_send_dialog_mail_cb, g_object_ref (self));
}

static void
ta_exchange_send_dialog_save_response (GtkNativeDialog      *chooser,
                                       int                   response,
                                       TaExchangeSendDialog *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file != NULL ? g_file_get_path (file) : NULL;
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (path != NULL && _ta_exchange_send_dialog_save_to (self, path))
    {
      GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
      g_autofree char *name = g_path_get_basename (path);
      /* Translators: %s is a file name */
      g_autofree char *message = g_strdup_printf (_("Saved “%s”"), name);

      if (TA_IS_WINDOW (parent))
        ta_window_add_toast (TA_WINDOW (parent), message);
      gtk_window_destroy (GTK_WINDOW (self));
    }
  g_object_unref (self);
}

static void
ta_exchange_send_dialog_save_clicked (TaExchangeSendDialog *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = ta_programme_exchange_suggest_name (self->programme, self->pairing_id);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (self->kit ? _("Save the Pair Kit") : _("Save the Update"),
                                         GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Turnabout exchange files"));
  gtk_file_filter_add_mime_type (filter, TA_EXCHANGE_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "turnabout");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (ta_exchange_send_dialog_save_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
ta_exchange_send_dialog_dispose (GObject *object)
{
  TaExchangeSendDialog *self = TA_EXCHANGE_SEND_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->programme);
  g_clear_pointer (&self->description, g_strfreev);
  g_clear_pointer (&self->recipients, g_strfreev);
  g_clear_pointer (&self->mail_path, g_free);

  G_OBJECT_CLASS (ta_exchange_send_dialog_parent_class)->dispose (object);
}

static void
ta_exchange_send_dialog_class_init (TaExchangeSendDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_exchange_send_dialog_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ta_exchange_send_dialog_init (TaExchangeSendDialog *self)
{
  self->cancellable = g_cancellable_new ();
}

static GtkWidget *
make_line_row (const char *text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  ta_accessible_set_label (row, text);

  return row;
}

/* The header and the preview; buttons at the bottom, wrapping labels so
 * that the dialog holds at 360 px. */
static void
ta_exchange_send_dialog_build (TaExchangeSendDialog *self,
                               const GError         *error)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *intro = gtk_label_new (NULL);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  const char *title = self->kit ? _("Send to Pair") : _("Send Update");

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, NULL));
  gtk_box_append (GTK_BOX (box), header);

  gtk_label_set_text (GTK_LABEL (intro),
                      self->kit
                      ? _("The file holds exactly this, and nothing else of the directory:")
                      : _("The file holds exactly this. Session notes and the learnings you did not "
                          "share never leave this computer."));
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_box_append (GTK_BOX (content), intro);

  self->lines = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->lines, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->lines), "boxed-list");
  ta_accessible_set_label (GTK_WIDGET (self->lines), _("What the file contains"));
  for (guint i = 0; self->description != NULL && self->description[i] != NULL; i++)
    gtk_list_box_append (self->lines, make_line_row (self->description[i]));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->lines));

  self->message_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message_label, TRUE);
  gtk_label_set_xalign (self->message_label, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->message_label));

  self->mail_button = gtk_button_new_with_mnemonic (_("Send by _E-mail…"));
  gtk_widget_add_css_class (self->mail_button, "suggested-action");
  gtk_widget_add_css_class (self->mail_button, "pill");
  g_signal_connect_swapped (self->mail_button, "clicked", G_CALLBACK (ta_exchange_send_dialog_mail_clicked), self);
  self->save_button = gtk_button_new_with_mnemonic (_("Save _As…"));
  gtk_widget_add_css_class (self->save_button, "pill");
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (ta_exchange_send_dialog_save_clicked), self);
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (buttons), self->mail_button);
  gtk_box_append (GTK_BOX (buttons), self->save_button);
  gtk_box_append (GTK_BOX (content), buttons);

  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);

  adw_window_set_content (ADW_WINDOW (self), box);

  if (error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Cannot write this pair's file: %s"), error->message);

      ta_exchange_send_dialog_show_message (self, message, TRUE);
      gtk_widget_set_sensitive (self->mail_button, FALSE);
      gtk_widget_set_sensitive (self->save_button, FALSE);
    }
  else if (self->recipients == NULL || self->recipients[0] == NULL)
    ta_exchange_send_dialog_show_message (self,
                                          self->kit
                                          ? _("Neither person of the pair has an e-mail address: "
                                              "type one in the e-mail, or save the file and hand it over.")
                                          : _("Turnabout does not know your facilitator's e-mail address "
                                              "(it comes with a pair kit): type it in the e-mail, or save "
                                              "the file and hand it over."),
                                          FALSE);
}

/**
 * ta_exchange_send_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @programme: the programme; a facilitator's sends a kit, a personal one
 *   an update
 * @pairing_id: the pair
 *
 * Returns: (transfer none): a new modal dialog, not yet shown
 */
TaExchangeSendDialog *
ta_exchange_send_dialog_new (GtkWindow   *parent,
                             TaProgramme *programme,
                             gint64       pairing_id)
{
  g_autoptr(GError) error = NULL;
  TaExchangeSendDialog *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);

  self = g_object_new (TA_TYPE_EXCHANGE_SEND_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "default-width", 520,
                       "default-height", 560,
                       NULL);
  self->programme = g_object_ref (programme);
  self->pairing_id = pairing_id;
  self->kit = ta_programme_get_side (programme) != TA_PROGRAMME_SIDE_PERSONAL;
  gtk_window_set_title (GTK_WINDOW (self), self->kit ? _("Send to Pair") : _("Send Update"));
  self->description = ta_programme_exchange_describe (programme, pairing_id, &error);
  self->recipients = ta_programme_exchange_list_recipients (programme, pairing_id);
  ta_exchange_send_dialog_build (self, error);
  ta_accessible_fix_tree (GTK_WIDGET (self));

  return self;
}

char *
_ta_exchange_send_dialog_describe (TaExchangeSendDialog *self)
{
  g_return_val_if_fail (TA_IS_EXCHANGE_SEND_DIALOG (self), NULL);

  return self->description != NULL ? g_strjoinv ("\n", self->description) : g_strdup ("");
}

gboolean
_ta_exchange_send_dialog_save_to (TaExchangeSendDialog *self,
                                  const char           *path)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TA_IS_EXCHANGE_SEND_DIALOG (self), FALSE);

  if (!ta_programme_exchange_export (self->programme, self->pairing_id, path, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not save the file: %s"), error->message);

      ta_exchange_send_dialog_show_message (self, message, TRUE);
      return FALSE;
    }

  return TRUE;
}
