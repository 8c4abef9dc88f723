/* ta-cli.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-csv.h"
#include "ta-store.h"

G_BEGIN_DECLS

/* Exit statuses of turnabout-cli. */
#define TA_CLI_EXIT_OK      0
#define TA_CLI_EXIT_FAILURE 1  /* the command ran and found problems, or failed */
#define TA_CLI_EXIT_USAGE   2  /* the command line itself was wrong */

typedef struct _TaCliCommand TaCliCommand;

/* (*@argv)[0] is the command's name; the options are still in it, for
 * ta_cli_parse() to take out.  Returns the exit status. */
typedef int (*TaCliCommandFunc) (const TaCliCommand *command,
                                 GStrv              *argv);

/*
 * One entry of the command table in turnabout-cli.c: adding a subcommand
 * is adding an entry and its function.
 */
struct _TaCliCommand
{
  const char       *name;
  const char       *parameter_string;  /* N_(), shown after [OPTION…], or NULL */
  const char       *summary;           /* N_(), one line */
  TaCliCommandFunc  run;
};

/* At most this many problems of a failed import or check are printed. */
#define TA_CLI_MAX_PROBLEMS 100

/* The options every command takes. */
typedef struct
{
  char     *database;
  gboolean  help;
} TaCliCommon;

void            ta_cli_common_clear   (TaCliCommon         *common);
GOptionContext *ta_cli_context_new    (const TaCliCommand  *command,
                                       const GOptionEntry  *entries,
                                       TaCliCommon         *common);
gboolean        ta_cli_parse          (GOptionContext      *context,
                                       TaCliCommon         *common,
                                       GStrv               *argv,
                                       int                 *out_status);
int             ta_cli_usage_error    (const char          *format,
                                       ...) G_GNUC_PRINTF (1, 2);
int             ta_cli_error          (const char          *format,
                                       ...) G_GNUC_PRINTF (1, 2);
TaStore        *ta_cli_open_store     (TaCliCommon         *common,
                                       TaStoreOpenFlags     flags);
void            ta_cli_set_global_database (const char    *path);

/* Standard output, checked: every command's output goes through these,
 * and ta_cli_finish() turns a failed write into exit status 1. */
gboolean        ta_cli_print          (const char          *format,
                                       ...) G_GNUC_PRINTF (1, 2);
gboolean        ta_cli_write          (const char          *data,
                                       gsize                length);
void            ta_cli_print_problems (GPtrArray           *problems,
                                       gboolean             to_stderr);
/* Standard error, in the same character set as ta_cli_print(). */
void            ta_cli_printerr       (const char          *format,
                                       ...) G_GNUC_PRINTF (1, 2);

/* JSON for the --json outputs (UTF-8, written with ta_cli_write()). */
void            ta_cli_json_string    (GString             *out,
                                       const char          *text);
void            ta_cli_json_person    (GString             *out,
                                       TaParticipant       *participant,
                                       gint64               id);
int             ta_cli_finish         (int                  status);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TaCliCommon, ta_cli_common_clear)

/* What `import` was given (ta-cli-import.c), for the importer of the
 * file's kind. */
typedef struct
{
  TaCliCommon *common;
  const char  *path;       /* as typed */
  const char  *display;    /* for messages, as FILE:LINE: */
  const char  *data;       /* the file's bytes */
  gsize        length;
  gboolean     dry_run;
  const char  *separator;  /* --separator, or NULL: detect */
  const char  *encoding;   /* --encoding, or NULL: detect */
  const char  *from;       /* --from, or NULL: today */
  TaCsvFormat  csv_format; /* --separator and --encoding, checked; unset fields detect */
} TaCliImport;

/* What `export` was given (ta-cli-participants.c), for the exporter of
 * the kind named. */
typedef struct
{
  TaCliCommon *common;
  const char  *path;       /* as typed */
  gboolean     excel;      /* --excel */
} TaCliExport;

/* Participants: ta-cli-participants.c */
int ta_cli_demo   (const TaCliCommand *command,
                   GStrv              *argv);
int ta_cli_import (const TaCliCommand *command,
                   GStrv              *argv);
int ta_cli_import_participants (TaCliImport *import);
int ta_cli_import_calendar     (TaCliImport *import);
void ta_cli_print_csv_format   (TaCliImport       *import,
                                const TaCsvFormat *format);
int ta_cli_export (const TaCliCommand *command,
                   GStrv              *argv);
void ta_cli_print_export_format (TaCliExport *export);
int ta_cli_check  (const TaCliCommand *command,
                   GStrv              *argv);

/* Pairs as a spreadsheet: ta-cli-pairs.c */
int ta_cli_import_pairs (TaCliImport *import);
int ta_cli_export_pairs (TaCliExport *export);

/* The raw assignment solver: ta-cli-assign.c */
int ta_cli_assign (const TaCliCommand *command,
                   GStrv              *argv);

/* Pairing suggestions: ta-cli-pairing.c */
int ta_cli_suggest (const TaCliCommand *command,
                    GStrv              *argv);

/* iCalendar export: ta-cli-ics.c; `export sessions` and its alias `ics` */
int ta_cli_ics (const TaCliCommand *command,
                GStrv              *argv);
int ta_cli_export_sessions (TaCliCommon *common,
                            const char  *path,
                            gint64       pairing_id,
                            gint64       participant_id);

/* Ids, names and e-mails, for scripts: ta-cli-list.c */
int ta_cli_list (const TaCliCommand *command,
                 GStrv              *argv);

/* Exchange files, kits and updates: ta-cli-exchange.c */
int ta_cli_exchange (const TaCliCommand *command,
                     GStrv              *argv);

/* Invitations by e-mail (iTIP): ta-cli-invite.c; `invite`, and the
 * METHOD:REPLY files `import` is given */
int ta_cli_invite (const TaCliCommand *command,
                   GStrv              *argv);
int ta_cli_import_reply (TaCliImport *import);

/* The figures of Insights: ta-cli-report.c */
int ta_cli_report (const TaCliCommand *command,
                   GStrv              *argv);

G_END_DECLS
