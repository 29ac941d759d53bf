#pragma once
// Shared by the rule-engine tests: build tables from CSV text, load packs, run the validator and compare
// findings with golden files (tests/data/checks/<kind>/<case>/{input.csv,pack.json,expected.json}).
// Set PLUMBLINE_UPDATE_GOLDEN=1 to (re)write expected.json from the current output, then review the diff.

#include "core/progress.h"
#include "findings/finding_store.h"
#include "packs/rule_pack_loader.h"
#include "rules/codelist_repository.h"
#include "rules/rule_set.h"
#include "table/column.h"
#include "table/dataset.h"
#include "table/table.h"
#include "validator/validator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <memory>

namespace plumbline::testing {

/// The fixed "today" of every rule test, so relative bounds give stable results.
inline QDate testToday()
{
    return QDate(2026, 1, 15);
}

/// A one-table Dataset from CSV text (RFC 4180, first line = header). Rows with another field count are
/// recorded as ragged; all-empty rows as blank, as the reader does.
inline Dataset datasetFromCsv(const QByteArray& csv, const QString& name = QStringLiteral("input"))
{
    auto parsed = CodelistRepository::parse(csv, name, name);
    Dataset dataset;
    if (!parsed)
        return dataset;
    const CodelistTable& t = *parsed.value();
    std::vector<ColumnBuilder> builders(std::size_t(t.header.size()));
    std::vector<RaggedRow> ragged;
    std::vector<std::uint32_t> blank;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const auto& row = t.rows[r];
        if (row.size() != builders.size())
            ragged.push_back({std::uint32_t(r), std::uint32_t(row.size())});
        bool allEmpty = true;
        for (std::size_t c = 0; c < builders.size(); ++c) {
            const std::string_view cell = c < row.size() ? std::string_view(row[c]) : std::string_view();
            allEmpty = allEmpty && cell.empty();
            builders[c].append(cell);
        }
        if (allEmpty)
            blank.push_back(std::uint32_t(r));
    }
    std::vector<Column> columns;
    for (std::size_t c = 0; c < builders.size(); ++c) {
        std::vector<ColumnBuilder> chunks;
        chunks.push_back(std::move(builders[c]));
        columns.push_back(ColumnBuilder::finish(t.header[qsizetype(c)], std::move(chunks)));
    }
    auto table = std::make_shared<Table>(name, std::move(columns));
    table->setRaggedRows(std::move(ragged));
    table->setBlankRows(std::move(blank));
    dataset.tables.push_back(table);
    dataset.source.path = name;
    return dataset;
}

inline CheckEnv testEnv()
{
    CheckEnv env;
    env.codelists = std::make_shared<CodelistRepository>();
    env.today = testToday();
    return env;
}

/// Findings as JSON objects (the CLI's fields, minus table and record), for golden comparison.
inline QJsonArray findingsJson(const FindingStore& store)
{
    QJsonArray out;
    for (std::size_t i = 0; i < store.size(); ++i) {
        const Finding f = store.finding(i);
        QJsonObject o;
        o.insert(QStringLiteral("rule"), f.rule);
        o.insert(QStringLiteral("severity"), severityName(f.severity));
        o.insert(QStringLiteral("row"), f.row);
        o.insert(QStringLiteral("column"), f.columns.join(QLatin1Char(',')));
        o.insert(QStringLiteral("value"), f.value);
        o.insert(QStringLiteral("message"), f.message);
        if (f.hasSuggestion)
            o.insert(QStringLiteral("suggestion"), f.suggestion);
        out.append(o);
    }
    return out;
}

/// Runs one golden case folder and compares with expected.json (or writes it when updating).
inline void runGoldenCase(const QString& dir)
{
    QFile input(dir + QStringLiteral("/input.csv"));
    QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(dir));
    const Dataset dataset = datasetFromCsv(input.readAll());
    QVERIFY(!dataset.tables.empty());
    RulePackLoader loader(testEnv());
    auto pack = loader.loadFile(dir + QStringLiteral("/pack.json"));
    QVERIFY2(pack.ok(), pack.ok() ? "" : qPrintable(pack.error().toString()));
    const Validator validator(RuleSet::fromPacks({pack.value()}), testEnv());
    NullProgress progress;
    const ValidationResult result = validator.validate(dataset, progress);
    for (const auto& outcome : result.outcomes)
        QVERIFY2(outcome.skipped.isEmpty(), qPrintable(outcome.rule + QStringLiteral(": ") + outcome.skipped));
    const QJsonArray actual = findingsJson(result.findings);
    const QString expectedPath = dir + QStringLiteral("/expected.json");
    if (qEnvironmentVariableIsSet("PLUMBLINE_UPDATE_GOLDEN")) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
        return;
    }
    QFile expectedFile(expectedPath);
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedPath));
    const QJsonArray expected = QJsonDocument::fromJson(expectedFile.readAll()).array();
    for (qsizetype i = 0; i < std::min(expected.size(), actual.size()); ++i)
        QCOMPARE(QString::fromUtf8(QJsonDocument(actual[i].toObject()).toJson(QJsonDocument::Compact)),
                 QString::fromUtf8(QJsonDocument(expected[i].toObject()).toJson(QJsonDocument::Compact)));
    QCOMPARE(actual.size(), expected.size());
}

/// Adds one data row per case folder under tests/data/checks/<kind>/.
inline void addGoldenCases(const QString& kind)
{
    QTest::addColumn<QString>("dir");
    const QDir root(QStringLiteral(PLUMBLINE_TEST_DATA "/checks/") + kind);
    const auto cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(!cases.isEmpty(), qPrintable(QStringLiteral("no golden cases in ") + root.path()));
    for (const auto& c : cases)
        QTest::newRow(qPrintable(c)) << root.filePath(c);
}

} // namespace plumbline::testing
