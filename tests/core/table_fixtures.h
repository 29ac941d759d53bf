#pragma once

// Small Tables built from literal cells, and whole-table read-backs, for the reader and writer tests that compare
// what goes in with what comes out (SQLite, XLSX, Data Package).

#include "table/column.h"
#include "table/table.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <memory>
#include <string_view>
#include <vector>

namespace table_fixtures {

/// A list of UTF-8 literals: L({"ref", "Café"}).
inline QStringList L(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list << QString::fromUtf8(text);
    return list;
}

/// Rows of UTF-8 literals: R({{"1", "a"}, {"2", "b"}}).
inline QList<QStringList> R(std::initializer_list<std::initializer_list<const char*>> rows)
{
    QList<QStringList> list;
    for (const auto& row : rows)
        list << L(row);
    return list;
}

/// A table named name with header as its column names; a row shorter than the header gets empty cells.
inline std::shared_ptr<plumbline::Table> makeTable(const QString& name, const QStringList& header,
                                                   const QList<QStringList>& rows)
{
    std::vector<plumbline::Column> columns;
    for (int c = 0; c < header.size(); ++c) {
        std::vector<plumbline::ColumnBuilder> chunk(1);
        for (const auto& row : rows) {
            const QByteArray utf8 = row.value(c).toUtf8();
            chunk.front().append(std::string_view(utf8.data(), std::size_t(utf8.size())));
        }
        columns.push_back(plumbline::ColumnBuilder::finish(header[c], std::move(chunk)));
    }
    return std::make_shared<plumbline::Table>(name, std::move(columns));
}

/// All cells of a table (edits applied) as rows of strings, for whole-table comparisons.
inline QList<QStringList> cells(const plumbline::Table& table)
{
    QList<QStringList> rows;
    for (std::size_t r = 0; r < table.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < table.columnCount(); ++c)
            row << table.cellText(r, c);
        rows << row;
    }
    return rows;
}

inline QStringList columnNames(const plumbline::Table& table)
{
    QStringList names;
    for (int c = 0; c < table.columnCount(); ++c)
        names << table.columnName(c);
    return names;
}

} // namespace table_fixtures
