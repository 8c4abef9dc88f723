/* ta-tag-entry.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-tag-entry"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ta-accessible.h"
#include "ta-tag-entry.h"

/* What ends a tag as it is typed or pasted.  A semicolon too: it separates
 * the items of a list in the CSV files. */
#define SEPARATORS ",;"

#define MAX_SUGGESTIONS 8

struct _TaTagEntry
{
  GtkWidget   parent_instance;

  /* Template widgets */
  GtkWidget  *box;
  GtkFlowBox *flow_box;
  GtkEntry   *entry;
  GtkPopover *popover;
  GtkListBox *completion_list;

  /* Owned memory */
  GPtrArray  *tags;        /* NULL-terminated, of char * */
  GStrv       vocabulary;

  guint       max_tags;
  guint       splitting : 1;
};

G_DEFINE_FINAL_TYPE (TaTagEntry, ta_tag_entry, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TAGS,
  PROP_VOCABULARY,
  PROP_PLACEHOLDER_TEXT,
  PROP_MAX_TAGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
same_tag (const char *a,
          const char *b)
{
  g_autofree char *folded_a = g_utf8_casefold (a, -1);
  g_autofree char *folded_b = g_utf8_casefold (b, -1);

  return g_strcmp0 (folded_a, folded_b) == 0;
}

static gboolean
ta_tag_entry_has_tag (TaTagEntry *self,
                      const char *tag)
{
  g_assert (TA_IS_TAG_ENTRY (self));

  for (guint i = 0; i < self->tags->len; i++)
    {
      if (same_tag (g_ptr_array_index (self->tags, i), tag))
        return TRUE;
    }

  return FALSE;
}

static void ta_tag_entry_remove_clicked (TaTagEntry *self,
                                         GtkButton  *button);

static void
ta_tag_entry_rebuild_chips (TaTagEntry *self)
{
  GtkWidget *child;

  g_assert (TA_IS_TAG_ENTRY (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->flow_box))) != NULL)
    gtk_flow_box_remove (self->flow_box, child);

  for (guint i = 0; i < self->tags->len; i++)
    {
      const char *tag = g_ptr_array_index (self->tags, i);
      g_autofree char *remove_label = NULL;
      GtkWidget *chip;
      GtkWidget *label;
      GtkWidget *button;

      chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
      gtk_widget_add_css_class (chip, "ta-chip");

      label = gtk_label_new (tag);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (chip), label);

      /* Translators: the tooltip of the button that removes a tag; %s is the tag */
      remove_label = g_strdup_printf (_("Remove “%s”"), tag);
      button = gtk_button_new_from_icon_name ("window-close-symbolic");
      gtk_widget_set_tooltip_text (button, remove_label);
      ta_accessible_set_label (GTK_WIDGET (button), remove_label);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "circular");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (button), "ta-tag", g_strdup (tag), g_free);
      g_signal_connect_object (button, "clicked",
                               G_CALLBACK (ta_tag_entry_remove_clicked),
                               self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (chip), button);

      gtk_flow_box_append (self->flow_box, chip);
      gtk_widget_set_focusable (gtk_widget_get_parent (chip), FALSE);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->flow_box), self->tags->len > 0);
}

static gboolean
ta_tag_entry_add_tag_internal (TaTagEntry *self,
                               const char *tag)
{
  g_autofree char *stripped = NULL;

  g_assert (TA_IS_TAG_ENTRY (self));

  if (tag == NULL)
    return FALSE;

  stripped = g_strstrip (g_strdup (tag));
  if (stripped[0] == '\0'
      || !g_utf8_validate (stripped, -1, NULL)
      || ta_tag_entry_has_tag (self, stripped)
      || (self->max_tags > 0 && self->tags->len >= self->max_tags))
    return FALSE;

  g_ptr_array_add (self->tags, g_steal_pointer (&stripped));

  return TRUE;
}

static void
ta_tag_entry_tags_changed (TaTagEntry *self)
{
  g_assert (TA_IS_TAG_ENTRY (self));

  ta_tag_entry_rebuild_chips (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

static void
ta_tag_entry_remove_clicked (TaTagEntry *self,
                             GtkButton  *button)
{
  const char *tag = g_object_get_data (G_OBJECT (button), "ta-tag");

  g_assert (TA_IS_TAG_ENTRY (self));

  for (guint i = 0; i < self->tags->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (self->tags, i), tag) == 0)
        {
          g_ptr_array_remove_index (self->tags, i);
          break;
        }
    }

  /* The button goes away with its chip: keep the focus in the widget. */
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  ta_tag_entry_tags_changed (self);
}

/* Completion */

static void
ta_tag_entry_hide_completion (TaTagEntry *self)
{
  g_assert (TA_IS_TAG_ENTRY (self));

  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    gtk_popover_popdown (self->popover);
}

static void
ta_tag_entry_add_suggestion (TaTagEntry *self,
                             const char *tag)
{
  GtkWidget *label;
  GtkWidget *row;

  label = gtk_label_new (tag);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  /* The focus stays in the entry; the arrow keys move the selection. */
  gtk_widget_set_focusable (row, FALSE);
  g_object_set_data_full (G_OBJECT (row), "ta-tag", g_strdup (tag), g_free);

  gtk_list_box_append (self->completion_list, row);
}

static void
ta_tag_entry_update_completion (TaTagEntry *self)
{
  g_autofree char *folded = NULL;
  g_autofree char *text = NULL;
  GtkWidget *child;
  guint n_suggestions = 0;

  g_assert (TA_IS_TAG_ENTRY (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->completion_list))) != NULL)
    gtk_list_box_remove (self->completion_list, child);

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
  if (text[0] == '\0'
      || self->vocabulary == NULL
      || !(gtk_widget_get_state_flags (GTK_WIDGET (self->entry)) & GTK_STATE_FLAG_FOCUS_WITHIN))
    {
      ta_tag_entry_hide_completion (self);
      return;
    }

  folded = g_utf8_casefold (text, -1);

  /* Words that start with what was typed come first, then the others that
   * contain it. */
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; self->vocabulary[i] != NULL && n_suggestions < MAX_SUGGESTIONS; i++)
        {
          g_autofree char *word = g_utf8_casefold (self->vocabulary[i], -1);
          const char *found = strstr (word, folded);

          if (found == NULL
              || (pass == 0) != (found == word)
              || ta_tag_entry_has_tag (self, self->vocabulary[i]))
            continue;

          ta_tag_entry_add_suggestion (self, self->vocabulary[i]);
          n_suggestions++;
        }
    }

  if (n_suggestions == 0)
    {
      ta_tag_entry_hide_completion (self);
      return;
    }

  if (!gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    {
      graphene_rect_t bounds;

      if (gtk_widget_compute_bounds (GTK_WIDGET (self->entry), GTK_WIDGET (self), &bounds))
        gtk_popover_set_pointing_to (self->popover,
                                     &(GdkRectangle) {
                                       bounds.origin.x, bounds.origin.y,
                                       bounds.size.width, bounds.size.height
                                     });
      gtk_widget_set_size_request (GTK_WIDGET (self->popover),
                                   gtk_widget_get_width (GTK_WIDGET (self->entry)), -1);
      gtk_popover_popup (self->popover);
    }
}

static void
ta_tag_entry_move_selection (TaTagEntry *self,
                             int         direction)
{
  GtkListBoxRow *row;
  int index = -1;

  g_assert (TA_IS_TAG_ENTRY (self));

  row = gtk_list_box_get_selected_row (self->completion_list);
  if (row != NULL)
    index = gtk_list_box_row_get_index (row);

  row = gtk_list_box_get_row_at_index (self->completion_list, MAX (0, index + direction));
  if (row != NULL)
    gtk_list_box_select_row (self->completion_list, row);
}

static void
ta_tag_entry_accept_suggestion (TaTagEntry    *self,
                                GtkListBoxRow *row)
{
  g_assert (TA_IS_TAG_ENTRY (self));

  if (ta_tag_entry_add_tag_internal (self, g_object_get_data (G_OBJECT (row), "ta-tag")))
    ta_tag_entry_tags_changed (self);

  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  ta_tag_entry_hide_completion (self);
}

static void
ta_tag_entry_row_activated (TaTagEntry    *self,
                            GtkListBoxRow *row)
{
  ta_tag_entry_accept_suggestion (self, row);
}

/* Entry */

static void
ta_tag_entry_changed (TaTagEntry *self)
{
  const char *text;
  gsize length;

  g_assert (TA_IS_TAG_ENTRY (self));

  if (self->splitting)
    return;

  /* A comma ends a tag, also in pasted text. */
  text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  length = strcspn (text, SEPARATORS);
  if (text[length] != '\0')
    {
      g_auto(GStrv) parts = g_strsplit_set (text, SEPARATORS, -1);
      g_autofree char *rest = g_strdup (parts[g_strv_length (parts) - 1]);
      gboolean changed = FALSE;

      for (guint i = 0; parts[i + 1] != NULL; i++)
        changed |= ta_tag_entry_add_tag_internal (self, parts[i]);

      self->splitting = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->entry), g_strchug (rest));
      gtk_editable_set_position (GTK_EDITABLE (self->entry), -1);
      self->splitting = FALSE;

      if (changed)
        ta_tag_entry_tags_changed (self);
    }

  ta_tag_entry_update_completion (self);
}

static void
ta_tag_entry_activate (TaTagEntry *self)
{
  ta_tag_entry_commit (self);
}

static gboolean
ta_tag_entry_key_pressed (TaTagEntry      *self,
                          guint            keyval,
                          guint            keycode,
                          GdkModifierType  state)
{
  gboolean completing;
  GtkListBoxRow *row;

  g_assert (TA_IS_TAG_ENTRY (self));

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return GDK_EVENT_PROPAGATE;

  completing = gtk_widget_get_visible (GTK_WIDGET (self->popover));
  row = completing ? gtk_list_box_get_selected_row (self->completion_list) : NULL;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (!completing)
        return GDK_EVENT_PROPAGATE;
      ta_tag_entry_move_selection (self, 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (!completing)
        return GDK_EVENT_PROPAGATE;
      ta_tag_entry_move_selection (self, -1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_Tab:
      if (row == NULL)
        return GDK_EVENT_PROPAGATE;
      ta_tag_entry_accept_suggestion (self, row);
      return GDK_EVENT_STOP;

    case GDK_KEY_Escape:
      /* Only closes the suggestions, not the window around. */
      if (!completing)
        return GDK_EVENT_PROPAGATE;
      ta_tag_entry_hide_completion (self);
      return GDK_EVENT_STOP;

    case GDK_KEY_BackSpace:
      if (gtk_editable_get_text (GTK_EDITABLE (self->entry))[0] != '\0' || self->tags->len == 0)
        return GDK_EVENT_PROPAGATE;
      g_ptr_array_remove_index (self->tags, self->tags->len - 1);
      ta_tag_entry_tags_changed (self);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
ta_tag_entry_focus_leave (TaTagEntry *self)
{
  ta_tag_entry_hide_completion (self);
}

/* GtkWidget */

static void
ta_tag_entry_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  TaTagEntry *self = TA_TAG_ENTRY (widget);

  gtk_widget_measure (self->box, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static GtkSizeRequestMode
ta_tag_entry_get_request_mode (GtkWidget *widget)
{
  /* The chips wrap: the height depends on the width. */
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ta_tag_entry_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  TaTagEntry *self = TA_TAG_ENTRY (widget);

  gtk_widget_allocate (self->box, width, height, baseline, NULL);
  gtk_popover_present (self->popover);
}

static gboolean
ta_tag_entry_grab_focus (GtkWidget *widget)
{
  TaTagEntry *self = TA_TAG_ENTRY (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

/* GObject */

static void
ta_tag_entry_dispose (GObject *object)
{
  TaTagEntry *self = TA_TAG_ENTRY (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_TAG_ENTRY);

  G_OBJECT_CLASS (ta_tag_entry_parent_class)->dispose (object);
}

static void
ta_tag_entry_finalize (GObject *object)
{
  TaTagEntry *self = TA_TAG_ENTRY (object);

  g_clear_pointer (&self->tags, g_ptr_array_unref);
  g_clear_pointer (&self->vocabulary, g_strfreev);

  G_OBJECT_CLASS (ta_tag_entry_parent_class)->finalize (object);
}

static void
ta_tag_entry_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TaTagEntry *self = TA_TAG_ENTRY (object);

  switch (prop_id)
    {
    case PROP_TAGS:
      g_value_set_boxed (value, ta_tag_entry_get_tags (self));
      break;

    case PROP_VOCABULARY:
      g_value_set_boxed (value, self->vocabulary);
      break;

    case PROP_PLACEHOLDER_TEXT:
      g_value_set_string (value, ta_tag_entry_get_placeholder_text (self));
      break;

    case PROP_MAX_TAGS:
      g_value_set_uint (value, self->max_tags);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_tag_entry_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TaTagEntry *self = TA_TAG_ENTRY (object);

  switch (prop_id)
    {
    case PROP_TAGS:
      ta_tag_entry_set_tags (self, g_value_get_boxed (value));
      break;

    case PROP_VOCABULARY:
      ta_tag_entry_set_vocabulary (self, g_value_get_boxed (value));
      break;

    case PROP_PLACEHOLDER_TEXT:
      ta_tag_entry_set_placeholder_text (self, g_value_get_string (value));
      break;

    case PROP_MAX_TAGS:
      ta_tag_entry_set_max_tags (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_tag_entry_class_init (TaTagEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_tag_entry_dispose;
  object_class->finalize = ta_tag_entry_finalize;
  object_class->get_property = ta_tag_entry_get_property;
  object_class->set_property = ta_tag_entry_set_property;

  widget_class->get_request_mode = ta_tag_entry_get_request_mode;
  widget_class->measure = ta_tag_entry_measure;
  widget_class->size_allocate = ta_tag_entry_size_allocate;
  widget_class->grab_focus = ta_tag_entry_grab_focus;

  /**
   * TaTagEntry:tags:
   *
   * The tags, in the order they were added, without duplicates (ignoring
   * case).
   */
  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaTagEntry:vocabulary:
   *
   * The known tags, offered as completions.
   */
  properties[PROP_VOCABULARY] =
    g_param_spec_boxed ("vocabulary", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLACEHOLDER_TEXT] =
    g_param_spec_string ("placeholder-text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaTagEntry:max-tags:
   *
   * How many tags can be added, or 0 for no limit.
   */
  properties[PROP_MAX_TAGS] =
    g_param_spec_uint ("max-tags", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ta-tag-entry.ui");
  gtk_widget_class_bind_template_child (widget_class, TaTagEntry, box);
  gtk_widget_class_bind_template_child (widget_class, TaTagEntry, flow_box);
  gtk_widget_class_bind_template_child (widget_class, TaTagEntry, entry);
  gtk_widget_class_bind_template_child (widget_class, TaTagEntry, popover);
  gtk_widget_class_bind_template_child (widget_class, TaTagEntry, completion_list);
  gtk_widget_class_bind_template_callback (widget_class, ta_tag_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, ta_tag_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, ta_tag_entry_key_pressed);
  gtk_widget_class_bind_template_callback (widget_class, ta_tag_entry_focus_leave);
  gtk_widget_class_bind_template_callback (widget_class, ta_tag_entry_row_activated);

  gtk_widget_class_set_css_name (widget_class, "tagentry");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ta_tag_entry_init (TaTagEntry *self)
{
  self->tags = g_ptr_array_new_null_terminated (4, g_free, TRUE);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The entry is named by whatever names the whole widget. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self, NULL,
                                  -1);
}

/**
 * ta_tag_entry_new:
 *
 * Returns: a new, empty tag entry
 */
GtkWidget *
ta_tag_entry_new (void)
{
  return g_object_new (TA_TYPE_TAG_ENTRY, NULL);
}

/**
 * ta_tag_entry_get_tags:
 * @self: a #TaTagEntry
 *
 * Returns: (transfer none) (array zero-terminated=1): the tags
 */
const char * const *
ta_tag_entry_get_tags (TaTagEntry *self)
{
  static const char * const no_tags[] = { NULL };

  g_return_val_if_fail (TA_IS_TAG_ENTRY (self), NULL);

  /* An empty array may have no storage at all. */
  if (self->tags->pdata == NULL)
    return no_tags;

  return (const char * const *) self->tags->pdata;
}

/**
 * ta_tag_entry_set_tags:
 * @self: a #TaTagEntry
 * @tags: (nullable) (array zero-terminated=1): the tags
 *
 * Replaces the tags; empty ones and duplicates are dropped.
 */
void
ta_tag_entry_set_tags (TaTagEntry         *self,
                       const char * const *tags)
{
  g_return_if_fail (TA_IS_TAG_ENTRY (self));

  if (tags == NULL ? self->tags->len == 0
                   : g_strv_equal (ta_tag_entry_get_tags (self), tags))
    return;

  g_ptr_array_set_size (self->tags, 0);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    ta_tag_entry_add_tag_internal (self, tags[i]);

  ta_tag_entry_tags_changed (self);
}

/**
 * ta_tag_entry_add_tag:
 * @self: a #TaTagEntry
 * @tag: a tag
 *
 * Adds @tag unless it is empty, already there, or one too many.
 */
void
ta_tag_entry_add_tag (TaTagEntry *self,
                      const char *tag)
{
  g_return_if_fail (TA_IS_TAG_ENTRY (self));
  g_return_if_fail (tag != NULL);

  if (ta_tag_entry_add_tag_internal (self, tag))
    ta_tag_entry_tags_changed (self);
}

/**
 * ta_tag_entry_commit:
 * @self: a #TaTagEntry
 *
 * Turns what was typed but not yet entered into a tag, as Enter does.
 */
void
ta_tag_entry_commit (TaTagEntry *self)
{
  const char *text;

  g_return_if_fail (TA_IS_TAG_ENTRY (self));

  text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  if (text[0] == '\0')
    return;

  ta_tag_entry_add_tag (self, text);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  ta_tag_entry_hide_completion (self);
}

/**
 * ta_tag_entry_get_vocabulary:
 * @self: a #TaTagEntry
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the known tags
 */
const char * const *
ta_tag_entry_get_vocabulary (TaTagEntry *self)
{
  g_return_val_if_fail (TA_IS_TAG_ENTRY (self), NULL);

  return (const char * const *) self->vocabulary;
}

/**
 * ta_tag_entry_set_vocabulary:
 * @self: a #TaTagEntry
 * @vocabulary: (nullable) (array zero-terminated=1): the known tags, or
 *   %NULL for no completion
 */
void
ta_tag_entry_set_vocabulary (TaTagEntry         *self,
                             const char * const *vocabulary)
{
  g_return_if_fail (TA_IS_TAG_ENTRY (self));

  if (vocabulary == (const char * const *) self->vocabulary)
    return;

  g_strfreev (self->vocabulary);
  self->vocabulary = g_strdupv ((char **) vocabulary);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOCABULARY]);
}

const char *
ta_tag_entry_get_placeholder_text (TaTagEntry *self)
{
  g_return_val_if_fail (TA_IS_TAG_ENTRY (self), NULL);

  return gtk_entry_get_placeholder_text (self->entry);
}

void
ta_tag_entry_set_placeholder_text (TaTagEntry *self,
                                   const char *placeholder_text)
{
  g_return_if_fail (TA_IS_TAG_ENTRY (self));

  if (g_strcmp0 (placeholder_text, gtk_entry_get_placeholder_text (self->entry)) == 0)
    return;

  gtk_entry_set_placeholder_text (self->entry, placeholder_text);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACEHOLDER_TEXT]);
}

guint
ta_tag_entry_get_max_tags (TaTagEntry *self)
{
  g_return_val_if_fail (TA_IS_TAG_ENTRY (self), 0);

  return self->max_tags;
}

void
ta_tag_entry_set_max_tags (TaTagEntry *self,
                           guint       max_tags)
{
  g_return_if_fail (TA_IS_TAG_ENTRY (self));

  if (self->max_tags == max_tags)
    return;

  self->max_tags = max_tags;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_TAGS]);
}
