/*
 * ledger.h — the drop folder's ledger: an embedded SQLite database that
 * remembers every file a supplier dropped, every document (distinct bytes),
 * every run and every result, so that a nightly run processes what is new
 * exactly once and a run killed at any moment can be finished by the next.
 *
 * The schema is documented in docs/ledger.md and created by ledger_open().
 * In short:
 *
 *   runs       one row per `zeef run`: when, by which pid, how it ended,
 *              its counts and its machine-readable summary;
 *   documents  one row per distinct sha256 ever received;
 *   arrivals   one row per file claimed from incoming/: its original name,
 *              its state (claiming, claimed, moving, done, lost), the
 *              document it turned out to be and where the original went;
 *   results    a document's result record (the zeef-check output) per rules
 *              version and profile hash, plus the decisions on their own so
 *              that they survive `zeef purge`.
 *
 * The database runs in WAL mode with synchronous=FULL (a committed
 * transaction survives a power cut, not only a killed process) and
 * secure_delete=ON (purged personal data is overwritten, not left in free
 * pages).  The file and its -wal/-shm companions are created under the
 * caller's umask: zeef sets 077, so they are 0600.
 *
 * Every SQLite error in the middle of a run is fatal (die(), exit 2): the run
 * is written to be killed at any point, so stopping is always safe and the
 * next run finishes the work.  The helpers below therefore never return an
 * error; only ledger_open() does, so a caller can say which ledger is bad.
 */
#ifndef ZEEF_LEDGER_H
#define ZEEF_LEDGER_H

#include <stdbool.h>
#include <sqlite3.h>

#define LEDGER_SCHEMA_VERSION 1
#define LEDGER_FILE "ledger.sqlite"

typedef struct ledger ledger;

/* Opens (read-write: creating the file and schema when missing) or opens
 * read-only.  NULL with *err (malloc'd) on failure. */
ledger *ledger_open(const char *path, bool readonly, char **err);
void ledger_close(ledger *l);

/* Executes one or more statements without results. */
void lg_exec(ledger *l, const char *sql);
void lg_begin(ledger *l);     /* BEGIN IMMEDIATE */
void lg_commit(ledger *l);

/*
 * Prepared statements with bound values.  types names one argument per
 * character: 't' a const char * (NULL binds NULL), 'i' a long long, 'd' a
 * double.  lg_run() executes a statement to its end and returns the number
 * of rows it changed; lg_query() returns the statement for lg_row().
 */
long long lg_run(ledger *l, const char *sql, const char *types, ...);
sqlite3_stmt *lg_query(ledger *l, const char *sql, const char *types, ...);
/* Steps: true while there is a row; finalizes the statement at the end. */
bool lg_row(ledger *l, sqlite3_stmt *st);
/* Finalizes a statement left before its end. */
void lg_done(sqlite3_stmt *st);
/* The first column of the first row as a number (fallback when no row or NULL). */
long long lg_int(ledger *l, long long fallback, const char *sql, const char *types, ...);
/* The first column of the first row as a malloc'd string, NULL when none. */
char *lg_text(ledger *l, const char *sql, const char *types, ...);
long long lg_last_id(ledger *l);

/* Column access (NULL text stays NULL). */
const char *lg_col_text(sqlite3_stmt *st, int i);
long long lg_col_int(sqlite3_stmt *st, int i);
bool lg_col_null(sqlite3_stmt *st, int i);

/* "2025-11-28T02:00:03Z": the current time, UTC, for the ledger. */
void lg_now(char out[32]);

#endif
