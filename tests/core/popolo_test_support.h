#pragma once
// Shared by the popolo rule-pack tests: read a Popolo file, choose packs as `plumbline-cli check` does, validate,
// and look findings up by rule, table and record id. Golden cases live in tests/data/popolo-rules/<case>/:
// input.json (a small Popolo file), optional pack.json (else the packs are chosen automatically), and
// expected.json {"rules": ["REF-"], "findings": [...]} — the findings of the rules whose ids start with one of
// the prefixes. Set PLUMBLINE_UPDATE_GOLDEN=1 to rewrite the findings from the current output, then review the diff.

#include "check_test_support.h"

#include "io/dataset_reader.h"
#include "packs/pack_catalog.h"

#include <QDir>

#include <set>

namespace plumbline::testing {

struct PopoloRun
{
    Dataset dataset;
    ValidationResult result;
    QStringList packs;
    QString error; ///< empty when the file was read and validated

    /// The record's own id (JSON tables with an id column), else its stable record id as text.
    QString recordOf(std::size_t i) const
    {
        const auto& store = result.findings;
        const auto& r = store.record(i);
        if (r.record == kNoRecord)
            return {};
        const auto table = store.tables()[r.table].table;
        const int id = table ? table->columnIndex(QStringLiteral("id")) : -1;
        const auto row = table ? table->rowOf(r.record) : -1;
        if (id >= 0 && row >= 0 && !table->cell(std::size_t(row), id).empty())
            return table->cellText(std::size_t(row), id);
        return QString::number(r.record);
    }
    /// Indexes of the findings of a rule (optionally on one table).
    std::vector<std::size_t> of(const QString& rule, const QString& table = {}) const
    {
        std::vector<std::size_t> out;
        const auto& store = result.findings;
        for (std::size_t i = 0; i < store.size(); ++i) {
            const auto& r = store.record(i);
            if (store.rules()[r.rule].id == rule && (table.isEmpty() || store.tables()[r.table].name == table))
                out.push_back(i);
        }
        return out;
    }
    std::size_t count(const QString& rule) const { return of(rule).size(); }
    /// The own ids (or record ids) of the records a rule reports.
    std::set<QString> records(const QString& rule) const
    {
        std::set<QString> out;
        for (const std::size_t i : of(rule))
            out.insert(recordOf(i));
        return out;
    }
    /// The values a rule reports.
    std::set<QString> values(const QString& rule) const
    {
        std::set<QString> out;
        for (const std::size_t i : of(rule))
            out.insert(result.findings.qtext(result.findings.record(i).value));
        return out;
    }
    QStringList messages(const QString& rule) const
    {
        QStringList out;
        for (const std::size_t i : of(rule))
            out << result.findings.message(i);
        return out;
    }
    std::size_t countAtLeast(const QString& rule, Severity severity) const
    {
        std::size_t n = 0;
        for (const std::size_t i : of(rule))
            n += result.findings.record(i).severity >= severity ? 1 : 0;
        return n;
    }
};

/// Reads path and validates it with the named packs (built-in names or .json paths), or with the packs the
/// CLI would choose when none are named.
inline PopoloRun runPopolo(const QString& path, const QStringList& packs = {})
{
    PopoloRun run;
    NullProgress progress;
    auto dataset = readDataset(path, ReadOptions{}, progress);
    if (!dataset) {
        run.error = dataset.error().toString();
        return run;
    }
    run.dataset = std::move(dataset).value();
    RulePackLoader loader(testEnv());
    auto rules = PackCatalog::forDataset(run.dataset, packs, loader);
    if (!rules) {
        run.error = rules.error().toString();
        return run;
    }
    const Validator validator(std::move(rules).value(), testEnv());
    run.packs = validator.rules().packs;
    run.result = validator.validate(run.dataset, progress);
    return run;
}

/// The findings of the rules with one of the id prefixes, as the golden files hold them.
inline QJsonArray popoloFindingsJson(const PopoloRun& run, const QStringList& prefixes)
{
    QJsonArray out;
    const auto& store = run.result.findings;
    for (std::size_t i = 0; i < store.size(); ++i) {
        const Finding f = store.finding(i);
        if (std::none_of(prefixes.begin(), prefixes.end(), [&](const QString& p) { return f.rule.startsWith(p); }))
            continue;
        QJsonObject o;
        o.insert(QStringLiteral("rule"), f.rule);
        o.insert(QStringLiteral("severity"), severityName(f.severity));
        o.insert(QStringLiteral("table"), f.table);
        o.insert(QStringLiteral("row"), f.row);
        o.insert(QStringLiteral("record"), run.recordOf(i));
        o.insert(QStringLiteral("column"), f.columns.join(QLatin1Char(',')));
        o.insert(QStringLiteral("message"), f.message);
        if (f.hasSuggestion)
            o.insert(QStringLiteral("suggestion"), f.suggestion);
        out.append(o);
    }
    return out;
}

inline void runPopoloGoldenCase(const QString& dir)
{
    const QString packPath = dir + QStringLiteral("/pack.json");
    const PopoloRun run = runPopolo(dir + QStringLiteral("/input.json"),
                                    QFileInfo::exists(packPath) ? QStringList{packPath} : QStringList{});
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QVERIFY2(run.packs.contains(QStringLiteral("popolo")) || QFileInfo::exists(packPath),
             qPrintable(run.packs.join(u',')));
    for (const auto& outcome : run.result.outcomes)
        QVERIFY2(!outcome.skipped.contains(QLatin1String("needs")),
                 qPrintable(outcome.rule + QStringLiteral(": ") + outcome.skipped));
    const QString expectedPath = dir + QStringLiteral("/expected.json");
    QFile expectedFile(expectedPath);
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedPath));
    QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
    expectedFile.close();
    QStringList prefixes;
    for (const auto& p : expected.value(QLatin1String("rules")).toArray())
        prefixes << p.toString();
    QVERIFY2(!prefixes.isEmpty(), "expected.json names no rule prefixes");
    const QJsonArray actual = popoloFindingsJson(run, prefixes);
    if (qEnvironmentVariableIsSet("PLUMBLINE_UPDATE_GOLDEN")) {
        expected.insert(QStringLiteral("findings"), actual);
        QVERIFY(expectedFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        expectedFile.write(QJsonDocument(expected).toJson(QJsonDocument::Indented));
        return;
    }
    const QJsonArray want = expected.value(QLatin1String("findings")).toArray();
    for (qsizetype i = 0; i < std::min(want.size(), actual.size()); ++i)
        QCOMPARE(QString::fromUtf8(QJsonDocument(actual[i].toObject()).toJson(QJsonDocument::Compact)),
                 QString::fromUtf8(QJsonDocument(want[i].toObject()).toJson(QJsonDocument::Compact)));
    QCOMPARE(actual.size(), want.size());
}

} // namespace plumbline::testing
