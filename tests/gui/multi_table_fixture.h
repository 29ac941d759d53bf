// A small Popolo-shaped dataset built in memory for the GUI tests: persons, organizations and memberships
// that point at both, with one dangling person reference.
#pragma once

#include "table/column.h"
#include "table/dataset.h"

#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace plumbline::testing {

inline std::shared_ptr<Table> makeTable(const QString& name, const QStringList& header,
                                        const std::vector<std::vector<std::string>>& rows)
{
    std::vector<Column> columns;
    for (int c = 0; c < header.size(); ++c) {
        std::vector<ColumnBuilder> chunk(1);
        for (const auto& row : rows)
            chunk.front().append(row[std::size_t(c)]);
        columns.push_back(ColumnBuilder::finish(header[c], std::move(chunk)));
    }
    return std::make_shared<Table>(name, std::move(columns));
}

/// persons (5 rows), organizations (3), memberships (6); memberships.person_id → persons.id,
/// memberships.on_behalf_of_id → organizations.id. Membership row 4 (0-based 3) names person "p-404", who
/// does not exist; membership row 6 has no organization.
inline std::shared_ptr<Dataset> popoloDataset(const QString& path = QStringLiteral("/tmp/fixture-popolo.json"))
{
    auto dataset = std::make_shared<Dataset>();
    dataset->source.path = path;
    dataset->source.format = QStringLiteral("popolo");
    dataset->tables.push_back(makeTable(QStringLiteral("persons"), {QStringLiteral("id"), QStringLiteral("name")},
                                        {{"p-1", "Ada Lovelace"},
                                         {"p-2", "Mary Seacole"},
                                         {"p-3", "Florence Nightingale"},
                                         {"p-4", "Elizabeth Garrett Anderson"},
                                         {"p-5", "Millicent Fawcett"}}));
    dataset->tables.push_back(
        makeTable(QStringLiteral("organizations"), {QStringLiteral("id"), QStringLiteral("name")},
                  {{"party/lab", "Labour"}, {"party/con", "Conservative"}, {"party/ld", "Liberal Democrat"}}));
    dataset->tables.push_back(
        makeTable(QStringLiteral("memberships"),
                  {QStringLiteral("person_id"), QStringLiteral("on_behalf_of_id"), QStringLiteral("start_date")},
                  {{"p-3", "party/con", "2010-05-06"},
                   {"p-1", "party/lab", "2015-05-07"},
                   {"p-5", "party/ld", "2015-05-07"},
                   {"p-404", "party/lab", "2017-06-08"},
                   {"p-2", "party/lab", "2017-06-08"},
                   {"p-4", "", "2019-12-12"}}));
    dataset->relations.push_back(Relation{QStringLiteral("memberships"), QStringLiteral("person_id"),
                                          QStringLiteral("persons"), QStringLiteral("id")});
    dataset->relations.push_back(Relation{QStringLiteral("memberships"), QStringLiteral("on_behalf_of_id"),
                                          QStringLiteral("organizations"), QStringLiteral("id")});
    return dataset;
}

} // namespace plumbline::testing
