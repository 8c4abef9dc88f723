/* ta-record-list-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-record-list.h"

G_BEGIN_DECLS

typedef gpointer  (*TaRecordCopyFunc)   (gpointer record);
typedef void      (*TaRecordAssignFunc) (gpointer ours,
                                         gpointer theirs);

/* A further store signal a list follows, and its handler: called swapped
 * (the list first, then the signal's arguments, then the store). */
typedef struct
{
  const char *signal;
  GCallback   callback;
} TaRecordListSignal;

/* Reads the gint64 at @offset in @record (an id or a revision). */
#define TA_RECORD_FIELD(record, offset) G_STRUCT_MEMBER (gint64, record, offset)

/*
 * What a live list of one record kind says about its records.  A subclass
 * sets the fields in its class_init; the base class does the rest: the
 * items (sorted by id unless the change handling is overridden), the
 * GListModel, lookup, reload (merge by id) and following the store.
 */
struct _TaRecordListClass
{
  GObjectClass parent_class;

  /* The GListModel's item type. */
  GType        item_type;
  /* The store's name for the kind: "participant" follows participant-added,
   * participant-updated, participant-removed and participants-reset. */
  const char  *kind;
  /* (array zero-terminated=1) (nullable): store signals of other kinds
   * after which the list reloads: changes the store makes to this kind
   * without announcing them as such (a cascade). */
  const char * const *reload_on;
  /* (array zero-terminated=1) (nullable): further store signals the list
   * handles itself. */
  const TaRecordListSignal *follows;

  /* G_STRUCT_OFFSET() of the record's gint64 id and revision: read
   * directly, as the binary search reads ids in a tight loop. */
  glong        id_offset;
  glong        revision_offset;
  /* The list's own copy of a record a signal carries, so later edits of
   * the store's copy cannot reach views. */
  TaRecordCopyFunc    copy;
  /* Updates @ours, which views hold, to what @theirs says. */
  TaRecordAssignFunc  assign;
  /* (nullable): the store's function listing every record of the kind,
   * for the default load. */
  GPtrArray *(*list_all)       (TaStore       *store,
                                GError       **error);

  /* (transfer full) (element-type the item type): the records the list
   * shows, as the store has them now, in any order.  The default calls
   * list_all. */
  GPtrArray *(*load)           (TaRecordList  *self,
                                GError       **error);
  /* (nullable): whether @record belongs in the list (a range shown); a
   * record the store changed so that it no longer does leaves the list.
   * NULL for every record. */
  gboolean   (*accepts)        (TaRecordList  *self,
                                gpointer       record);

  /* The change handling.  The defaults keep the items sorted by id; a list
   * in another order (the board: by stage, then position) overrides all
   * five, keeps the items of _ta_record_list_get_items() in that order and
   * announces its changes with _ta_record_list_items_changed(); it need
   * not set id_offset, revision_offset, copy and assign, which only the
   * defaults read. */
  gpointer   (*lookup)         (TaRecordList  *self,
                                gint64         id);
  void       (*record_added)   (TaRecordList  *self,
                                gpointer       record);
  void       (*record_updated) (TaRecordList  *self,
                                gpointer       record);
  void       (*record_removed) (TaRecordList  *self,
                                gint64         id);
  /* Brings the items to @fresh (the result of load), keeping the objects
   * views hold. */
  void       (*merge)          (TaRecordList  *self,
                                GPtrArray     *fresh);
};

gpointer   _ta_record_list_new            (GType          type,
                                           TaStore       *store,
                                           GError       **error);
gboolean   _ta_record_list_start          (TaRecordList  *self,
                                           TaStore       *store,
                                           GError       **error);
GPtrArray *_ta_record_list_get_items      (TaRecordList  *self);
void       _ta_record_list_items_changed  (TaRecordList  *self,
                                           guint          position,
                                           guint          removed,
                                           guint          added);
void       _ta_record_list_connect        (TaRecordList  *self,
                                           const char    *signal,
                                           GCallback      callback);
void       _ta_record_list_reload_or_warn (TaRecordList  *self);

/*
 * Defines a subclass declared with TA_DECLARE_RECORD_LIST(), and its
 * typed front, the same for every list: module_obj_name_new() (every
 * record of the kind, following the store), _get_store(), _lookup() and
 * _reload(), which forward to the base class (documented there).  The
 * subclass writes its instance structure, its class_init (setting the
 * TaRecordListClass fields) and its init.
 */
#define TA_RECORD_LIST_DEFINE(ModuleObjName, module_obj_name, ItemName)                 \
  G_DEFINE_FINAL_TYPE (ModuleObjName, module_obj_name, TA_TYPE_RECORD_LIST)             \
                                                                                        \
  ModuleObjName *                                                                       \
  module_obj_name##_new (TaStore  *store,                                               \
                         GError  **error)                                               \
  {                                                                                     \
    return _ta_record_list_new (module_obj_name##_get_type (), store, error);           \
  }                                                                                     \
                                                                                        \
  TaStore *                                                                             \
  module_obj_name##_get_store (ModuleObjName *self)                                     \
  {                                                                                     \
    return ta_record_list_get_store (TA_RECORD_LIST (self));                            \
  }                                                                                     \
                                                                                        \
  ItemName *                                                                            \
  module_obj_name##_lookup (ModuleObjName *self,                                        \
                            gint64         id)                                          \
  {                                                                                     \
    return ta_record_list_lookup (TA_RECORD_LIST (self), id);                           \
  }                                                                                     \
                                                                                        \
  gboolean                                                                              \
  module_obj_name##_reload (ModuleObjName  *self,                                       \
                            GError        **error)                                      \
  {                                                                                     \
    return ta_record_list_reload (TA_RECORD_LIST (self), error);                        \
  }

G_END_DECLS
