/*
 * ledger.c — the SQLite ledger of a drop folder (see ledger.h, docs/ledger.md).
 *
 * Why SQLite: the ledger is the journal that makes `zeef run` safe to kill.
 * Every step that changes the file system (claiming a file by rename, moving
 * the original to processed/ or failed/) is first written to the ledger as
 * an intention ("claiming", "moving" with the chosen destination) and
 * committed, then done, then marked done.  A transaction either happened or
 * it did not, so after a kill -9 the next run reads the intentions back and
 * finishes or undoes each one (ingest.c, recover()).  SQLite gives us that
 * atomicity with its write-ahead log; synchronous=FULL makes the commit
 * durable across a power cut too (an fsync of the WAL per commit).
 *
 * The schema is versioned with PRAGMA user_version.  Version 1 is below; a
 * later version adds an upgrade step in ledger_open().  A ledger written by a
 * newer zeef is refused rather than misread.
 *
 * Error handling: the helpers die() (exit 2) on any SQLite error, naming the
 * statement's first words and SQLite's message.  A run that dies leaves its
 * runs row in state "running"; the next run marks it "interrupted".  Busy
 * waits: a reader (zeef status) and the one writer (the run, which holds the
 * drop folder's lock) coexist under WAL; a busy timeout of 10 s covers the
 * short moments of a checkpoint.
 */
#include "ledger.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util.h"

struct ledger {
    sqlite3 *db;
    char *path;
};

static const char schema_v1[] =
    "CREATE TABLE meta (\n"
    "    key   TEXT PRIMARY KEY,\n"
    "    value TEXT\n"
    ");\n"
    "CREATE TABLE runs (\n"
    "    id             INTEGER PRIMARY KEY AUTOINCREMENT,\n"
    "    started_at     TEXT NOT NULL,\n"
    "    finished_at    TEXT,\n"
    "    state          TEXT NOT NULL CHECK (state IN ('running','done','interrupted','error')),\n"
    "    exit_code      INTEGER,\n"
    "    pid            INTEGER NOT NULL,\n"
    "    rules_version  TEXT NOT NULL,\n"
    "    profile_sha256 TEXT NOT NULL,\n"
    "    claimed        INTEGER NOT NULL DEFAULT 0,\n"
    "    extracted      INTEGER NOT NULL DEFAULT 0,\n"
    "    processed      INTEGER NOT NULL DEFAULT 0,\n"
    "    failed         INTEGER NOT NULL DEFAULT 0,\n"
    "    summary        TEXT\n"
    ");\n"
    "CREATE TABLE documents (\n"
    "    sha256     TEXT PRIMARY KEY,\n"
    "    size       INTEGER NOT NULL,\n"
    "    first_seen TEXT NOT NULL,\n"
    "    attempts   INTEGER NOT NULL DEFAULT 0,\n"
    "    purged_at  TEXT\n"
    ");\n"
    "CREATE TABLE arrivals (\n"
    "    id         INTEGER PRIMARY KEY AUTOINCREMENT,\n"
    "    name       TEXT,\n"
    "    state      TEXT NOT NULL CHECK (state IN ('claiming','claimed','moving','done','lost')),\n"
    "    claimed_at TEXT NOT NULL,\n"
    "    claim_run  INTEGER NOT NULL REFERENCES runs(id),\n"
    "    size       INTEGER,\n"
    "    mtime      INTEGER,\n"
    "    sha256     TEXT REFERENCES documents(sha256),\n"
    "    outcome    TEXT CHECK (outcome IN ('processed','failed')),\n"
    "    dest       TEXT,\n"
    "    done_at    TEXT,\n"
    "    done_run   INTEGER REFERENCES runs(id),\n"
    "    purged_at  TEXT\n"
    ");\n"
    "CREATE INDEX arrivals_state ON arrivals(state);\n"
    "CREATE INDEX arrivals_sha256 ON arrivals(sha256);\n"
    "CREATE TABLE results (\n"
    "    sha256         TEXT NOT NULL REFERENCES documents(sha256),\n"
    "    rules_version  TEXT NOT NULL,\n"
    "    profile_sha256 TEXT NOT NULL,\n"
    "    run            INTEGER NOT NULL REFERENCES runs(id),\n"
    "    created_at     TEXT NOT NULL,\n"
    "    status         TEXT NOT NULL CHECK (status IN ('ok','error')),\n"
    "    error_code     TEXT,\n"
    "    decision       TEXT NOT NULL CHECK (decision IN ('pass','review','fail','error')),\n"
    "    decisions      TEXT,\n"
    "    record         TEXT,\n"
    "    PRIMARY KEY (sha256, rules_version, profile_sha256)\n"
    ");\n";

static void fail(ledger *l, const char *what)
{
    die("ledger %s: %s: %s", l->path, what, sqlite3_errmsg(l->db));
}

/* The first words of a statement, for messages. */
static const char *stmt_name(const char *sql, char buf[48])
{
    snprintf(buf, 48, "%s", sql);
    for (char *p = buf; *p; p++)
        if (*p == '\n')
            *p = ' ';
    return buf;
}

ledger *ledger_open(const char *path, bool readonly, char **err)
{
    ledger *l = xcalloc(1, sizeof *l);
    l->path = xstrdup(path);
    int flags = readonly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    int rc = sqlite3_open_v2(path, &l->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        *err = xasprintf("cannot open ledger %s: %s", path, l->db ? sqlite3_errmsg(l->db) : sqlite3_errstr(rc));
        goto fail;
    }
    sqlite3_busy_timeout(l->db, 10000);
    sqlite3_extended_result_codes(l->db, 1);
    char *msg = NULL;
    const char *pragmas = readonly ? "PRAGMA foreign_keys=ON;"
                                   : "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
                                     "PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;";
    if (sqlite3_exec(l->db, pragmas, NULL, NULL, &msg) != SQLITE_OK) {
        *err = xasprintf("ledger %s: %s", path, msg ? msg : sqlite3_errmsg(l->db));
        sqlite3_free(msg);
        goto fail;
    }
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(l->db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK ||
        sqlite3_step(st) != SQLITE_ROW) {
        *err = xasprintf("ledger %s: not a zeef ledger: %s", path, sqlite3_errmsg(l->db));
        sqlite3_finalize(st);
        goto fail;
    }
    int version = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    if (version > LEDGER_SCHEMA_VERSION) {
        *err = xasprintf("ledger %s has schema version %d; this zeef knows up to %d", path, version,
                         LEDGER_SCHEMA_VERSION);
        goto fail;
    }
    if (version == 0) {
        if (readonly) {
            *err = xasprintf("ledger %s is empty", path);
            goto fail;
        }
        /* A new ledger: the schema and the version in one transaction. */
        strbuf sb = STRBUF_INIT;
        sb_adds(&sb, "BEGIN IMMEDIATE;\n");
        sb_adds(&sb, schema_v1);
        sb_addf(&sb, "PRAGMA user_version=%d;\nCOMMIT;\n", LEDGER_SCHEMA_VERSION);
        rc = sqlite3_exec(l->db, sb.data, NULL, NULL, &msg);
        sb_free(&sb);
        if (rc != SQLITE_OK) {
            *err = xasprintf("ledger %s: cannot create the schema: %s", path, msg ? msg : "?");
            sqlite3_free(msg);
            goto fail;
        }
    }
    return l;
fail:
    ledger_close(l);
    return NULL;
}

void ledger_close(ledger *l)
{
    if (!l)
        return;
    if (l->db && sqlite3_close(l->db) != SQLITE_OK)
        warnx_("ledger %s: close: %s", l->path, sqlite3_errmsg(l->db));
    free(l->path);
    free(l);
}

void lg_exec(ledger *l, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(l->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        char b[48];
        die("ledger %s: %s: %s", l->path, stmt_name(sql, b), msg ? msg : sqlite3_errmsg(l->db));
    }
}

void lg_begin(ledger *l)
{
    lg_exec(l, "BEGIN IMMEDIATE");
}

void lg_commit(ledger *l)
{
    lg_exec(l, "COMMIT");
}

static sqlite3_stmt *prepare(ledger *l, const char *sql, const char *types, va_list ap)
{
    sqlite3_stmt *st;
    char b[48];
    if (sqlite3_prepare_v2(l->db, sql, -1, &st, NULL) != SQLITE_OK)
        fail(l, stmt_name(sql, b));
    for (int i = 0; types && types[i]; i++) {
        int rc;
        switch (types[i]) {
        case 't': {
            const char *s = va_arg(ap, const char *);
            rc = s ? sqlite3_bind_text(st, i + 1, s, -1, SQLITE_TRANSIENT) : sqlite3_bind_null(st, i + 1);
            break;
        }
        case 'i': rc = sqlite3_bind_int64(st, i + 1, va_arg(ap, long long)); break;
        case 'd': rc = sqlite3_bind_double(st, i + 1, va_arg(ap, double)); break;
        default: die("ledger: bad bind type '%c'", types[i]);
        }
        if (rc != SQLITE_OK)
            fail(l, stmt_name(sql, b));
    }
    return st;
}

long long lg_run(ledger *l, const char *sql, const char *types, ...)
{
    va_list ap;
    va_start(ap, types);
    sqlite3_stmt *st = prepare(l, sql, types, ap);
    va_end(ap);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        ;
    if (rc != SQLITE_DONE) {
        char b[48];
        sqlite3_finalize(st);
        fail(l, stmt_name(sql, b));
    }
    sqlite3_finalize(st);
    return sqlite3_changes(l->db);
}

sqlite3_stmt *lg_query(ledger *l, const char *sql, const char *types, ...)
{
    va_list ap;
    va_start(ap, types);
    sqlite3_stmt *st = prepare(l, sql, types, ap);
    va_end(ap);
    return st;
}

bool lg_row(ledger *l, sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        char b[48];
        const char *sql = sqlite3_sql(st);
        stmt_name(sql ? sql : "query", b);
        sqlite3_finalize(st);
        fail(l, b);
    }
    sqlite3_finalize(st);
    return false;
}

void lg_done(sqlite3_stmt *st)
{
    sqlite3_finalize(st);
}

long long lg_int(ledger *l, long long fallback, const char *sql, const char *types, ...)
{
    va_list ap;
    va_start(ap, types);
    sqlite3_stmt *st = prepare(l, sql, types, ap);
    va_end(ap);
    long long v = fallback;
    if (lg_row(l, st)) {
        if (sqlite3_column_type(st, 0) != SQLITE_NULL)
            v = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    return v;
}

char *lg_text(ledger *l, const char *sql, const char *types, ...)
{
    va_list ap;
    va_start(ap, types);
    sqlite3_stmt *st = prepare(l, sql, types, ap);
    va_end(ap);
    char *v = NULL;
    if (lg_row(l, st)) {
        const char *s = (const char *)sqlite3_column_text(st, 0);
        if (s)
            v = xstrdup(s);
        sqlite3_finalize(st);
    }
    return v;
}

long long lg_last_id(ledger *l)
{
    return sqlite3_last_insert_rowid(l->db);
}

const char *lg_col_text(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

long long lg_col_int(sqlite3_stmt *st, int i)
{
    return sqlite3_column_int64(st, i);
}

bool lg_col_null(sqlite3_stmt *st, int i)
{
    return sqlite3_column_type(st, i) == SQLITE_NULL;
}

void lg_now(char out[32])
{
    time_t t = time(NULL);
    struct tm tm;
    if (!gmtime_r(&t, &tm) || !strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm))
        snprintf(out, 32, "1970-01-01T00:00:00Z");
}
