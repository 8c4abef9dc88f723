/* ta-record-list.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Only a name here: a view that includes a list does not get the store. */
typedef struct _TaStore TaStore;

#define TA_TYPE_RECORD_LIST (ta_record_list_get_type ())

/*
 * The live lists' common part: a GListModel of the records of one kind in
 * a store, that follows the store's signals for that kind and emits
 * items-changed itself, updating the objects views hold in place.  The
 * subclasses (TaParticipantList, TaPairingList, TaSessionList,
 * TaTopicList) say which records; see ta-record-list-private.h.
 */
G_DECLARE_DERIVABLE_TYPE (TaRecordList, ta_record_list, TA, RECORD_LIST, GObject)

/*
 * Declares a subclass for a public header: like G_DECLARE_FINAL_TYPE
 * (..., TaRecordList), but the class structure is TaRecordListClass
 * itself (a subclass adds no class members), which is private to the
 * lists: it is in ta-record-list-private.h, like sysprof's
 * SYSPROF_DECLARE_INTERNAL_TYPE, so a view cannot reach the vfuncs.
 */
#define TA_DECLARE_RECORD_LIST(ModuleObjName, module_obj_name, MODULE, OBJ_NAME)           \
  GType module_obj_name##_get_type (void);                                                 \
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS                                                         \
  typedef struct _##ModuleObjName ModuleObjName;                                           \
  typedef struct _TaRecordListClass ModuleObjName##Class;                                  \
                                                                                           \
  _GLIB_DEFINE_AUTOPTR_CHAINUP (ModuleObjName, TaRecordList)                               \
  G_DEFINE_AUTOPTR_CLEANUP_FUNC (ModuleObjName##Class, g_type_class_unref)                 \
                                                                                           \
  G_GNUC_UNUSED static inline ModuleObjName *MODULE##_##OBJ_NAME (gpointer ptr) {          \
    return G_TYPE_CHECK_INSTANCE_CAST (ptr, module_obj_name##_get_type (), ModuleObjName); } \
  G_GNUC_UNUSED static inline gboolean MODULE##_IS_##OBJ_NAME (gpointer ptr) {             \
    return G_TYPE_CHECK_INSTANCE_TYPE (ptr, module_obj_name##_get_type ()); }              \
  G_GNUC_END_IGNORE_DEPRECATIONS

TaStore  *ta_record_list_get_store (TaRecordList  *self);
gpointer  ta_record_list_lookup    (TaRecordList  *self,
                                    gint64         id);
gboolean  ta_record_list_reload    (TaRecordList  *self,
                                    GError       **error);

G_END_DECLS
