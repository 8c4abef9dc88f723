/* ta-window-side.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-accessible.h"
#include "ta-board-view-private.h"
#include "ta-check-in-reminders.h"
#include "ta-exchange-import-dialog.h"
#include "ta-exchange-send-dialog.h"
#include "ta-exchange.h"
#include "ta-person-dialog.h"
#include "ta-toast.h"
#include "ta-window-internal.h"

/*
 * Whose Turnabout this is (docs/exchange.md, "Sides").  An undecided
 * programme (new, empty) shows the first-start choice instead of the
 * pages; a facilitator's shows the five pages; a personal one shows My
 * Pairs, the Calendar and the Board as Research, filtered to the topics
 * "me" researches.  And the exchange files, both ways: Send to Pair… /
 * Send Update… on a pair, Open Exchange File… and files opened from the
 * desktop.
 */

static void
ta_window_keep_dialog (TaWindow  *self,
                       GtkWindow *dialog)
{
  g_set_weak_pointer (&self->exchange_dialog, dialog);
  gtk_window_present (dialog);
}

/* "I run a programme" */
static void
ta_window_choose_facilitator_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  TaWindow *self = TA_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->programme == NULL)
    return;

  if (!ta_programme_set_facilitator_side (self->programme, &error))
    ta_window_add_toast (self, error->message);
  ta_window_update_side (self);
}

static void
ta_window_person_dialog_destroyed (TaWindow *self)
{
  ta_window_update_side (self);
}

/* "I keep my own mentoring": who I am first. */
static void
ta_window_choose_personal_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  TaWindow *self = TA_WINDOW (widget);
  TaPersonDialog *dialog;

  if (self->programme == NULL)
    return;

  dialog = ta_person_dialog_new (GTK_WINDOW (self), self->programme, TA_PERSON_DIALOG_ME);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (ta_window_person_dialog_destroyed),
                           self, G_CONNECT_SWAPPED);
  ta_window_keep_dialog (self, GTK_WINDOW (dialog));
}

/* Send to Pair… (a kit) or Send Update… (an update) on a pair */
static void
ta_window_send_exchange_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  TaWindow *self = TA_WINDOW (widget);
  TaExchangeSendDialog *dialog;

  if (self->programme == NULL)
    return;

  dialog = ta_exchange_send_dialog_new (GTK_WINDOW (self), self->programme, g_variant_get_int64 (parameter));
  ta_window_keep_dialog (self, GTK_WINDOW (dialog));
}

static void
ta_window_open_exchange_response (GtkNativeDialog *chooser,
                                  int              response,
                                  TaWindow        *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file != NULL)
    ta_window_open_exchange_file (self, file);
  g_object_unref (self);
}

/* Open Exchange File…, and Open a Pair Kit… of the first start */
static void
ta_window_open_exchange_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  TaWindow *self = TA_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open an Exchange File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Turnabout exchange files"));
  gtk_file_filter_add_mime_type (filter, TA_EXCHANGE_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "turnabout");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (ta_window_open_exchange_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* A large choice: a title, what it means, the whole of it one button. */
static GtkWidget *
make_choice (const char *icon_name,
             const char *title,
             const char *description,
             const char *action_name)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *title_label = gtk_label_new (title);
  GtkWidget *description_label = gtk_label_new (description);
  g_autofree char *accessible = g_strdup_printf ("%s. %s", title, description);

  gtk_image_set_icon_size (GTK_IMAGE (icon), GTK_ICON_SIZE_LARGE);
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (title_label, "heading");
  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (description_label), 0);
  gtk_label_set_wrap (GTK_LABEL (description_label), TRUE);
  gtk_widget_add_css_class (description_label, "dim-label");
  gtk_box_append (GTK_BOX (labels), title_label);
  gtk_box_append (GTK_BOX (labels), description_label);
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "card");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  ta_accessible_set_label (button, accessible);

  return button;
}

void
ta_window_side_init (TaWindow *self)
{
  GtkWidget *open_kit;

  gtk_box_append (self->choose_box,
                  make_choice ("system-users-symbolic", _("I run a programme"),
                               _("Pair people across generations, plan their sessions, follow the topics "
                                 "and see how the programme does."),
                               "win.choose-facilitator"));
  gtk_box_append (self->choose_box,
                  make_choice ("system-switch-user-symbolic", _("I keep my own mentoring"),
                               _("I am a mentor or a mentee: my pairs, our sessions, our goals and what "
                                 "we learn, on this computer."),
                               "win.choose-personal"));

  open_kit = gtk_button_new_with_mnemonic (_("Open a _Pair Kit…"));
  gtk_widget_set_halign (open_kit, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (open_kit, 12);
  gtk_widget_add_css_class (open_kit, "pill");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (open_kit), "win.open-exchange");
  gtk_widget_set_tooltip_text (open_kit, _("The file your facilitator sent you"));
  gtk_box_append (self->choose_box, open_kit);

  self->side = TA_PROGRAMME_SIDE_FACILITATOR;
}

void
ta_window_side_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, TaWindow, choose_box);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, my_pairs_view);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, directory_page);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, pairs_page);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, my_pairs_page);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, board_page);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, insights_page);

  gtk_widget_class_install_action (widget_class, "win.choose-facilitator", NULL,
                                   ta_window_choose_facilitator_action);
  gtk_widget_class_install_action (widget_class, "win.choose-personal", NULL,
                                   ta_window_choose_personal_action);
  gtk_widget_class_install_action (widget_class, "win.send-exchange", "x", ta_window_send_exchange_action);
  gtk_widget_class_install_action (widget_class, "win.open-exchange", NULL, ta_window_open_exchange_action);
}

gboolean
ta_window_is_personal (TaWindow *self)
{
  return self->programme != NULL && self->side == TA_PROGRAMME_SIDE_PERSONAL;
}

/**
 * ta_window_update_side:
 * @self: a #TaWindow
 *
 * Shows what the programme's side calls for: the first-start choice, the
 * facilitator's five pages, or the personal three.  Called when the
 * programme is set and when its settings or people change.
 */
void
ta_window_update_side (TaWindow *self)
{
  TaProgrammeSide side;
  gboolean personal;
  const char *visible;

  g_return_if_fail (TA_IS_WINDOW (self));

  if (self->programme == NULL)
    {
      adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, TRUE);
      gtk_widget_set_visible (self->switcher_bar, TRUE);
      gtk_widget_set_visible (self->add_button, TRUE);
      return;
    }

  side = ta_programme_get_side (self->programme);
  personal = side == TA_PROGRAMME_SIDE_PERSONAL;
  visible = adw_view_stack_get_visible_child_name (self->view_stack);

  adw_view_stack_page_set_visible (self->directory_page, !personal);
  adw_view_stack_page_set_visible (self->pairs_page, !personal);
  adw_view_stack_page_set_visible (self->insights_page, !personal);
  adw_view_stack_page_set_visible (self->my_pairs_page, personal);
  /* Translators: the Board's title in a personal programme: the topics I research */
  adw_view_stack_page_set_title (self->board_page, personal ? _("Research") : _("Board"));
  ta_my_pairs_view_set_programme (self->my_pairs_view, personal ? self->programme : NULL);
  ta_board_view_set_researcher (self->board_view, personal ? ta_programme_get_me (self->programme) : 0);

  gtk_stack_set_visible_child_name (self->main_stack,
                                    side == TA_PROGRAMME_SIDE_UNDECIDED ? "choose" : "programme");
  /* The choice comes before any page. */
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, side != TA_PROGRAMME_SIDE_UNDECIDED);
  gtk_widget_set_visible (self->switcher_bar, side != TA_PROGRAMME_SIDE_UNDECIDED);
  gtk_widget_set_visible (self->add_button, side != TA_PROGRAMME_SIDE_UNDECIDED);

  if (side != self->side)
    {
      /* The first page of the side, unless the page shown is one of it. */
      if (personal && (g_strcmp0 (visible, "calendar") != 0 && g_strcmp0 (visible, "board") != 0))
        adw_view_stack_set_visible_child_name (self->view_stack, "my-pairs");
      else if (!personal && g_strcmp0 (visible, "my-pairs") == 0)
        adw_view_stack_set_visible_child_name (self->view_stack, "directory");
    }

  /* The check-ins due for me, once a day, when the window shows them. */
  if (personal && self->side != TA_PROGRAMME_SIDE_PERSONAL)
    ta_check_in_reminders_notify (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                                  self->settings, self->programme, NULL);

  self->side = side;
  ta_window_update_actions (self);
  ta_window_update_add_button (self);
}

/**
 * ta_window_open_exchange_file:
 * @self: a #TaWindow
 * @file: a .turnabout file
 *
 * Reads @file into the window's programme and shows the preview (or why
 * it is refused); Apply applies it.  A kit opened in a new, empty
 * programme makes it a personal one.
 */
void
ta_window_open_exchange_file (TaWindow *self,
                              GFile    *file)
{
  g_autofree char *path = NULL;
  TaExchangeImportDialog *dialog;

  g_return_if_fail (TA_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      /* Translators: %s is where a file is */
      ta_toast_add_error (GTK_WIDGET (self->toast_overlay),
                          _("“%s” is not a file on this computer: save it first, then open it"), uri);
      return;
    }
  if (self->programme == NULL)
    {
      ta_toast_add_error (GTK_WIDGET (self->toast_overlay), "%s",
                          _("Open or make a programme first, then open the exchange file"));
      return;
    }

  dialog = ta_exchange_import_dialog_new (GTK_WINDOW (self), self->programme, path);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (ta_window_person_dialog_destroyed),
                           self, G_CONNECT_SWAPPED);
  ta_window_keep_dialog (self, GTK_WINDOW (dialog));
}

/**
 * ta_window_add_toast:
 * @self: a #TaWindow
 * @message: what happened, one sentence
 *
 * Says @message in a toast at the bottom of the window.
 */
void
ta_window_add_toast (TaWindow   *self,
                     const char *message)
{
  g_return_if_fail (TA_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

TaMyPairsView *
_ta_window_get_my_pairs_view (TaWindow *self)
{
  g_return_val_if_fail (TA_IS_WINDOW (self), NULL);
  return self->my_pairs_view;
}

GStrv
_ta_window_list_pages (TaWindow *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GtkSelectionModel) pages = NULL;
  guint n;

  g_return_val_if_fail (TA_IS_WINDOW (self), NULL);

  pages = adw_view_stack_get_pages (self->view_stack);
  n = g_list_model_get_n_items (G_LIST_MODEL (pages));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      if (adw_view_stack_page_get_visible (page))
        g_strv_builder_add (builder, adw_view_stack_page_get_name (page));
    }

  return g_strv_builder_end (builder);
}

GtkWindow *
_ta_window_get_exchange_dialog (TaWindow *self)
{
  g_return_val_if_fail (TA_IS_WINDOW (self), NULL);
  return self->exchange_dialog;
}

const char *
_ta_window_get_main_page (TaWindow *self)
{
  g_return_val_if_fail (TA_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->main_stack);
}
