/* ta-directory-view-internal.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-directory-view-private.h"
#include "ta-participant-detail.h"
#include "ta-participant-filter-popover.h"
#include "ta-participant-transfer.h"

G_BEGIN_DECLS

/*
 * Shared by the files of TaDirectoryView only (the view, its cells and its
 * delete-with-undo flow), as sysprof shares a class struct in a private
 * header; the widget tests use ta-directory-view-private.h instead.
 */
struct _TaDirectoryView
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkStack            *stack;
  AdwLeaflet          *leaflet;
  GtkSearchEntry      *search_entry;
  GtkMenuButton       *filter_button;
  GtkLabel            *count_label;
  GtkRevealer         *import_revealer;
  GtkSpinner          *import_spinner;
  GtkLabel            *import_label;
  GtkStack            *results_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *department_column;
  GtkColumnViewColumn *level_column;
  GtkColumnViewColumn *generation_column;
  GtkColumnViewColumn *languages_column;
  GtkColumnViewColumn *skills_column;
  TaParticipantDetail *detail;
  GtkSingleSelection  *selection;
  GtkFilterListModel  *filter_model;
  TaParticipantFilter *filter;
  GtkSortListModel    *sort_model;

  /* Owned references */
  TaProgramme         *programme;
  TaParticipantList   *participants;  /* the programme's */
  TaParticipantTransfer *transfer;
  TaParticipantFilterPopover *filter_popover;

  /* Weak references */
  TaParticipantEditor *editor;
  AdwToast            *undo_toast;
  AdwMessageDialog    *delete_dialog;

  guint                paired_idle;

  guint                empty : 1;
  guint                editor_adds : 1;
};

GtkWindow *ta_directory_view_get_window        (TaDirectoryView *self);
gboolean   ta_directory_view_select_id         (TaDirectoryView *self,
                                                gint64           id);

/* ta-directory-view-delete.c: the directory.delete action and the Delete key */
void       ta_directory_view_delete_action     (GtkWidget       *widget,
                                                const char      *action_name,
                                                GVariant        *parameter);
gboolean   ta_directory_view_delete_key        (GtkWidget       *widget,
                                                GVariant        *args,
                                                gpointer         user_data);

/* ta-directory-view-cells.c: the template's column factories */
char      *ta_directory_view_role_label        (gpointer            this,
                                                int                 role);
int        ta_directory_view_role_key          (gpointer            this,
                                                int                 role);
char      *ta_directory_view_level_label       (gpointer            this,
                                                int                 level);
int        ta_directory_view_level_key         (gpointer            this,
                                                int                 level);
char      *ta_directory_view_generation_label  (gpointer            this,
                                                int                 generation);
int        ta_directory_view_birth_year_key    (gpointer            this,
                                                int                 birth_year);
char      *ta_directory_view_join_list         (gpointer            this,
                                                const char * const *list);
char      *ta_directory_view_languages_label   (gpointer            this,
                                                const char * const *languages);

G_END_DECLS
