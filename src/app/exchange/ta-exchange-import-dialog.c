/* ta-exchange-import-dialog.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-exchange"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-accessible.h"
#include "ta-exchange-import-dialog.h"
#include "ta-window.h"

/*
 * Opening a .turnabout file: it is read and compared with the programme
 * (ta_programme_exchange_read() writes nothing), and the preview says,
 * per pair, what Apply changes and what the merge rules keep as it is
 * here; a refused file says why, and offers nothing to apply.  Apply is
 * one transaction; a toast on the window says what was done.
 */

struct _TaExchangeImportDialog
{
  AdwWindow          parent_instance;

  /* Widgets */
  GtkWidget         *apply_button;
  GtkWidget         *content;
  GtkLabel          *message_label;

  /* Owned references */
  TaProgramme       *programme;
  TaExchangePreview *preview;
  GString           *text;    /* for the tests */
};

G_DEFINE_FINAL_TYPE (TaExchangeImportDialog, ta_exchange_import_dialog, ADW_TYPE_WINDOW)

static const char *
change_kind_label (TaExchangeChangeKind kind)
{
  switch (kind)
    {
    case TA_EXCHANGE_CHANGE_ADD:
      /* Translators: a preview line's kind: something new is added */
      return C_("exchange preview", "Add");
    case TA_EXCHANGE_CHANGE_UPDATE:
      /* Translators: a preview line's kind: something here changes */
      return C_("exchange preview", "Change");
    case TA_EXCHANGE_CHANGE_KEEP:
    default:
      /* Translators: a preview line's kind: the file differs, and what is here is kept */
      return C_("exchange preview", "Kept");
    }
}

static const char *
change_kind_icon (TaExchangeChangeKind kind)
{
  switch (kind)
    {
    case TA_EXCHANGE_CHANGE_ADD:
      return "list-add-symbolic";
    case TA_EXCHANGE_CHANGE_UPDATE:
      return "document-edit-symbolic";
    case TA_EXCHANGE_CHANGE_KEEP:
    default:
      return "changes-prevent-symbolic";
    }
}

static GtkWidget *
make_change_row (TaExchangeChange *change)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (change_kind_icon (change->kind));
  g_autofree char *accessible = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), change->text);
  if (change->kind == TA_EXCHANGE_CHANGE_KEEP)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                 _("Kept as it is here, by the rules: the pair owns what happened in its "
                                   "sessions, the facilitator owns the pairing"));
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), change_kind_label (change->kind));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  change_kind_label (change->kind), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  /* Translators: how a screen reader says one preview line: "Add: a held session…" */
  accessible = g_strdup_printf (_("%1$s: %2$s"), change_kind_label (change->kind), change->text);
  ta_accessible_set_label (row, accessible);

  return row;
}

static void
ta_exchange_import_dialog_show_message (TaExchangeImportDialog *self,
                                        const char             *message)
{
  gtk_label_set_text (self->message_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
  g_string_append_printf (self->text, "%s\n", message);
}

static void
ta_exchange_import_dialog_fill (TaExchangeImportDialog *self)
{
  GPtrArray *changes = ta_exchange_preview_get_changes (self->preview);
  AdwPreferencesGroup *group = NULL;
  const char *current_pair = NULL;

  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      TaExchangeChange *change = g_ptr_array_index (changes, i);

      /* One group per pair, titled with it. */
      if (group == NULL || g_strcmp0 (current_pair, change->pair) != 0)
        {
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, change->pair != NULL ? change->pair : "");
          gtk_box_append (GTK_BOX (self->content), GTK_WIDGET (group));
          current_pair = change->pair;
        }
      adw_preferences_group_add (group, make_change_row (change));
      g_string_append_printf (self->text, "%s: %s\n", change_kind_label (change->kind), change->text);
    }

  if (ta_exchange_preview_is_empty (self->preview))
    {
      ta_exchange_import_dialog_show_message (self, _("Already applied: nothing changes."));
      gtk_widget_set_visible (self->apply_button, FALSE);
    }
  else if (ta_exchange_preview_makes_personal (self->preview))
    {
      g_autofree char *text = g_strdup_printf ("%s\n\n%s", gtk_label_get_text (self->message_label),
                                               _("This kit makes this programme your own: "
                                                 "My Pairs, your Calendar and Research."));

      ta_exchange_import_dialog_show_message (self, text);
    }
}

static void
ta_exchange_import_dialog_apply_clicked (TaExchangeImportDialog *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (_ta_exchange_import_dialog_apply (self) != NULL)
    return;

  if (TA_IS_WINDOW (parent))
    {
      g_autofree char *message = NULL;

      if (ta_exchange_preview_get_kind (self->preview) == TA_EXCHANGE_PAIR_KIT)
        /* Translators: %s is the pair, in words */
        message = g_strdup_printf (_("Pair kit applied: %s"), ta_exchange_preview_get_pair (self->preview));
      else
        /* Translators: %s is the pair, in words */
        message = g_strdup_printf (_("Update applied: %s"), ta_exchange_preview_get_pair (self->preview));
      ta_window_add_toast (TA_WINDOW (parent), message);
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
ta_exchange_import_dialog_dispose (GObject *object)
{
  TaExchangeImportDialog *self = TA_EXCHANGE_IMPORT_DIALOG (object);

  g_clear_object (&self->preview);
  g_clear_object (&self->programme);

  G_OBJECT_CLASS (ta_exchange_import_dialog_parent_class)->dispose (object);
}

static void
ta_exchange_import_dialog_finalize (GObject *object)
{
  TaExchangeImportDialog *self = TA_EXCHANGE_IMPORT_DIALOG (object);

  g_string_free (self->text, TRUE);

  G_OBJECT_CLASS (ta_exchange_import_dialog_parent_class)->finalize (object);
}

static void
ta_exchange_import_dialog_class_init (TaExchangeImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_exchange_import_dialog_dispose;
  object_class->finalize = ta_exchange_import_dialog_finalize;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ta_exchange_import_dialog_init (TaExchangeImportDialog *self)
{
  self->text = g_string_new (NULL);
}

static void
ta_exchange_import_dialog_build (TaExchangeImportDialog *self,
                                 const char             *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  self->apply_button = gtk_button_new_with_mnemonic (_("_Apply"));
  gtk_widget_add_css_class (self->apply_button, "suggested-action");
  g_signal_connect_swapped (self->apply_button, "clicked", G_CALLBACK (ta_exchange_import_dialog_apply_clicked), self);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->apply_button);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, NULL));
  gtk_box_append (GTK_BOX (box), header);

  self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_top (self->content, 18);
  gtk_widget_set_margin_bottom (self->content, 18);
  gtk_widget_set_margin_start (self->content, 12);
  gtk_widget_set_margin_end (self->content, 12);

  self->message_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message_label, TRUE);
  gtk_label_set_wrap_mode (self->message_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->message_label, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);
  gtk_box_append (GTK_BOX (self->content), GTK_WIDGET (self->message_label));

  adw_clamp_set_child (ADW_CLAMP (clamp), self->content);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);

  adw_window_set_content (ADW_WINDOW (self), box);
}

/**
 * ta_exchange_import_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @programme: the programme the file goes into
 * @path: the .turnabout file
 *
 * Reads @path against @programme and shows what applying it would do, or
 * why it is refused.
 *
 * Returns: (transfer none): a new modal dialog, not yet shown
 */
TaExchangeImportDialog *
ta_exchange_import_dialog_new (GtkWindow   *parent,
                               TaProgramme *programme,
                               const char  *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  TaExchangeImportDialog *self;
  const char *title;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (TA_TYPE_EXCHANGE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "default-width", 560,
                       "default-height", 600,
                       NULL);
  self->programme = g_object_ref (programme);
  self->preview = ta_programme_exchange_read (programme, path, &error);

  if (self->preview == NULL)
    title = _("Cannot Open This File");
  else if (ta_exchange_preview_get_kind (self->preview) == TA_EXCHANGE_PAIR_KIT)
    title = _("Pair Kit");
  else
    title = _("Pair Update");
  gtk_window_set_title (GTK_WINDOW (self), title);
  ta_exchange_import_dialog_build (self, title);

  if (self->preview == NULL)
    {
      ta_exchange_import_dialog_show_message (self, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
      gtk_widget_set_visible (self->apply_button, FALSE);
    }
  else
    {
      g_autoptr(GDateTime) written = g_date_time_to_local (ta_exchange_preview_get_written_at (self->preview));
      /* Translators: when an exchange file was written, see g_date_time_format() */
      g_autofree char *when = g_date_time_format (written, _("%-d %B %Y, %H:%M"));
      g_autofree char *intro = NULL;

      name = g_path_get_basename (path);
      /* Translators: %1$s is a file name, %2$s when it was written */
      intro = g_strdup_printf (_("“%1$s”, written %2$s. Applying it changes this:"), name, when);
      ta_exchange_import_dialog_show_message (self, intro);
      ta_exchange_import_dialog_fill (self);
    }

  ta_accessible_fix_tree (GTK_WIDGET (self));

  return self;
}

char *
_ta_exchange_import_dialog_describe (TaExchangeImportDialog *self)
{
  g_return_val_if_fail (TA_IS_EXCHANGE_IMPORT_DIALOG (self), NULL);
  return g_strdup (self->text->str);
}

gboolean
_ta_exchange_import_dialog_can_apply (TaExchangeImportDialog *self)
{
  g_return_val_if_fail (TA_IS_EXCHANGE_IMPORT_DIALOG (self), FALSE);
  return self->preview != NULL && gtk_widget_get_visible (self->apply_button);
}

const char *
_ta_exchange_import_dialog_apply (TaExchangeImportDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TA_IS_EXCHANGE_IMPORT_DIALOG (self), NULL);

  if (self->preview == NULL)
    return gtk_label_get_text (self->message_label);

  if (!ta_exchange_preview_is_empty (self->preview)
      && !ta_programme_exchange_apply (self->programme, self->preview, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not apply the file: %s"), error->message);

      gtk_label_set_text (self->message_label, message);
      gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
      gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
      return gtk_label_get_text (self->message_label);
    }

  return NULL;
}
