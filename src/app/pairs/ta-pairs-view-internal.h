/* ta-pairs-view-internal.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-pair-filter.h"
#include "ta-pairs-view-private.h"

G_BEGIN_DECLS

/*
 * Shared by the files of TaPairsView only: the list and its pair
 * (ta-pairs-view.c) and Suggest Pairs (ta-pairs-view-suggest.c).  The
 * widget tests use ta-pairs-view-private.h.
 */
struct _TaPairsView
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkRevealer         *progress_revealer;
  GtkLabel            *progress_label;
  GtkProgressBar      *progress_bar;
  GtkStack            *stack;
  AdwStatusPage       *empty_page;
  AdwLeaflet          *leaflet;
  GtkRevealer         *pending_revealer;
  GtkLabel            *pending_label;
  GtkStack            *list_stack;
  GtkListView         *list_view;
  GtkStack            *detail_stack;
  TaPairingDetail     *detail;
  TaSuggestionList    *suggestion_list;
  GtkSingleSelection  *selection;
  GtkFlattenListModel *flatten;
  GtkWidget           *suggest_button;
  GtkWidget           *find_button;
  GtkSearchEntry      *search_entry;

  /* Owned references */
  TaProgramme         *programme;
  TaParticipantList   *participants;  /* the programme's */
  TaPairingList       *pairings;      /* the programme's, once shown */
  GtkSortListModel    *sorted;
  GtkFilterListModel  *searched;
  TaPairFilter        *pair_filter;
  GListStore          *sections;
  GtkFilterListModel  *by_status[TA_N_PAIRING_STATUSES];
  GListStore          *headings[TA_N_PAIRING_STATUSES];
  GCancellable        *cancellable;
  gint                *progress;      /* per mille, shared with the thread */

  guint                counts[TA_N_PAIRING_STATUSES];
  guint                progress_source;
  gint64               selected_id;

  guint                updating : 1;
  guint                disposed : 1;
  /* The pairings are read when the page is first shown, not at start-up:
   * a large programme's pairs would otherwise delay the window's first
   * frame for a page nobody looks at yet. */
  guint                load_pending : 1;
};

void ta_pairs_view_update_state            (TaPairsView *self);
void ta_pairs_view_notify_busy             (TaPairsView *self);

/* ta-pairs-view-suggest.c */
void ta_pairs_view_stop_progress           (TaPairsView *self);
void ta_pairs_view_suggest_action          (GtkWidget   *widget,
                                            const char  *action_name,
                                            GVariant    *parameter);
void ta_pairs_view_cancel_suggest_action   (GtkWidget   *widget,
                                            const char  *action_name,
                                            GVariant    *parameter);
void ta_pairs_view_show_suggestions_action (GtkWidget   *widget,
                                            const char  *action_name,
                                            GVariant    *parameter);

G_END_DECLS
