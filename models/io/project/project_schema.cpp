#include "io/project/project_schema.h"

namespace plumbline {

const char* projectSchemaSql()
{
    // Record ids are stored as integers; -1 stands for "no record" (a finding about a whole table). Cell values
    // are TEXT; NULL in journal_cell.before/after means "not edited" (the loaded value shows).
    return R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE source (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE dataset_extra (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE base_table (table_no INTEGER PRIMARY KEY, name TEXT NOT NULL, rows INTEGER NOT NULL,
                         columns INTEGER NOT NULL);
CREATE TABLE base_column (table_no INTEGER NOT NULL, column_no INTEGER NOT NULL, name TEXT NOT NULL,
                          code_width INTEGER NOT NULL, PRIMARY KEY (table_no, column_no)) WITHOUT ROWID;
CREATE TABLE base_blob (id INTEGER PRIMARY KEY, table_no INTEGER NOT NULL, column_no INTEGER NOT NULL,
                        part TEXT NOT NULL, size INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE rule_snapshot (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, content TEXT NOT NULL);
CREATE TABLE journal (seq INTEGER PRIMARY KEY, epoch INTEGER NOT NULL, kind INTEGER NOT NULL,
                      position INTEGER NOT NULL, target INTEGER NOT NULL, text TEXT NOT NULL, user TEXT NOT NULL,
                      time TEXT NOT NULL);
CREATE TABLE journal_op (seq INTEGER NOT NULL, op_no INTEGER NOT NULL, kind INTEGER NOT NULL,
                         table_no INTEGER NOT NULL, forward INTEGER NOT NULL, name TEXT, positions BLOB, records BLOB,
                         PRIMARY KEY (seq, op_no)) WITHOUT ROWID;
CREATE TABLE journal_cell (seq INTEGER NOT NULL, op_no INTEGER NOT NULL, cell_no INTEGER NOT NULL,
                           table_no INTEGER NOT NULL, record INTEGER NOT NULL, column_no INTEGER NOT NULL,
                           before TEXT, after TEXT, rule TEXT,
                           PRIMARY KEY (seq, op_no, cell_no)) WITHOUT ROWID;
CREATE INDEX journal_cell_at ON journal_cell (table_no, record, column_no);
CREATE TABLE triage (rule TEXT NOT NULL, table_name TEXT NOT NULL, record INTEGER NOT NULL, columns TEXT NOT NULL,
                     value TEXT NOT NULL, state TEXT NOT NULL, reason TEXT NOT NULL, user TEXT NOT NULL,
                     time TEXT NOT NULL, PRIMARY KEY (rule, table_name, record, columns, value)) WITHOUT ROWID;
CREATE TABLE triage_log (id INTEGER PRIMARY KEY, rule TEXT NOT NULL, table_name TEXT NOT NULL,
                         record INTEGER NOT NULL, columns TEXT NOT NULL, value TEXT NOT NULL, state TEXT NOT NULL,
                         reason TEXT NOT NULL, user TEXT NOT NULL, time TEXT NOT NULL);
CREATE TABLE run (id INTEGER PRIMARY KEY, time TEXT NOT NULL, user TEXT NOT NULL, packs TEXT NOT NULL,
                  total INTEGER NOT NULL, errors INTEGER NOT NULL, warnings INTEGER NOT NULL,
                  notices INTEGER NOT NULL, infos INTEGER NOT NULL, new INTEGER NOT NULL,
                  resolved INTEGER NOT NULL, hidden INTEGER NOT NULL, by_rule TEXT NOT NULL);
CREATE TABLE run_keys (run INTEGER PRIMARY KEY, keys BLOB NOT NULL);
)sql";
}

QStringList projectTableNames()
{
    return {QStringLiteral("meta"),          QStringLiteral("source"),      QStringLiteral("dataset_extra"),
            QStringLiteral("base_table"),    QStringLiteral("base_column"), QStringLiteral("base_blob"),
            QStringLiteral("rule_snapshot"), QStringLiteral("journal"),     QStringLiteral("journal_op"),
            QStringLiteral("journal_cell"),  QStringLiteral("triage"),      QStringLiteral("triage_log"),
            QStringLiteral("run"),           QStringLiteral("run_keys")};
}

} // namespace plumbline
