// docs/issue-types.md against the built-in packs and the platform issue-type table of the quality code: every rule
// the document names exists, every rule in the "Rules" column carries that issue type, and every planning rule's
// issue type is one the document lists. A rule renamed, or an issue type misspelt in a pack, fails here.
#include "packs/pack_catalog.h"
#include "quality/platform_issue_types.h"
#include "rules/codelist_repository.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QtTest>

using namespace plumbline;

namespace {

struct Row
{
    QString issueType;
    QString severity;
    QString level;
    QStringList rules;
    QStringList also;
    int line = 0;
};

QStringList ids(const QString& cell)
{
    QStringList out;
    for (const auto& part : cell.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

/// The rows of the document's two tables (header and separator lines skipped).
QList<Row> readTable()
{
    QFile file(QStringLiteral(PLUMBLINE_TEST_DATA "/../../docs/issue-types.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Row> rows;
    int line = 0;
    for (const QByteArray& raw : file.readAll().split('\n')) {
        ++line;
        const QString text = QString::fromUtf8(raw).trimmed();
        if (!text.startsWith(QLatin1Char('|')) || text.startsWith(QLatin1String("|---")) ||
            text.startsWith(QLatin1String("| Issue type")))
            continue;
        const QStringList cells = text.mid(1, text.size() - 2).split(QLatin1Char('|'));
        if (cells.size() != 6)
            return {}; // a malformed row fails the test through the row count
        rows.append({cells[0].trimmed(), cells[1].trimmed(), cells[2].trimmed(), ids(cells[3]), ids(cells[4]), line});
    }
    return rows;
}

QHash<QString, Rule> builtinRules()
{
    CheckEnv env;
    env.codelists = std::make_shared<CodelistRepository>();
    RulePackLoader loader(env);
    QHash<QString, Rule> rules;
    auto packs = PackCatalog::loadBuiltins(loader);
    if (!packs)
        return rules;
    for (const auto& pack : packs.value())
        for (const auto& rule : RuleSet::fromPacks({pack}).rules)
            rules.insert(rule.id, rule);
    return rules;
}

} // namespace

class TstIssueTypes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_rows = readTable();
        m_rules = builtinRules();
        QVERIFY2(m_rows.size() >= 40, "docs/issue-types.md: fewer rows than the specification has issue types");
        QVERIFY(!m_rules.isEmpty());
    }

    /// Every issue type and expectation of the quality code's table is in the document, once, with the same
    /// severity and level — the document and the scoring cannot drift apart.
    void documentMatchesPlatformTable()
    {
        QSet<QString> seen;
        for (const auto& row : m_rows) {
            QVERIFY2(!seen.contains(row.issueType), qPrintable(QStringLiteral("listed twice: ") + row.issueType));
            seen.insert(row.issueType);
            const PlatformIssueType* type = findPlatformIssueType(row.issueType);
            QVERIFY2(type, qPrintable(QStringLiteral("line %1: '%2' is not a platform issue type the quality code "
                                                     "knows")
                                          .arg(row.line)
                                          .arg(row.issueType)));
            QCOMPARE(row.severity, severityName(type->severity));
            QCOMPARE(row.level, type->qualityLevel ? QString::number(type->qualityLevel) : QStringLiteral("—"));
        }
        for (const auto& type : platformIssueTypes())
            QVERIFY2(seen.contains(QString::fromLatin1(type.name)),
                     qPrintable(QStringLiteral("missing from the document: ") + QString::fromLatin1(type.name)));
    }

    void listedRulesExistAndCarryTheIssueType()
    {
        int checked = 0;
        for (const auto& row : m_rows) {
            for (const auto& id : row.rules) {
                QVERIFY2(m_rules.contains(id),
                         qPrintable(QStringLiteral("line %1: no built-in rule %2").arg(row.line).arg(id)));
                QVERIFY2(m_rules[id].issueType == row.issueType,
                         qPrintable(QStringLiteral("line %1: %2 carries '%3', not '%4'")
                                        .arg(row.line)
                                        .arg(id, m_rules[id].issueType, row.issueType)));
                ++checked;
            }
            for (const auto& id : row.also)
                QVERIFY2(m_rules.contains(id),
                         qPrintable(QStringLiteral("line %1: no built-in rule %2").arg(row.line).arg(id)));
        }
        QVERIFY(checked >= 40);
    }

    /// The reverse: a rule that names an issue type is in that type's row, so the document lists every rule
    /// that speaks the platform's words.
    void everyRuleWithAnIssueTypeIsListed()
    {
        QHash<QString, QStringList> listed;
        for (const auto& row : m_rows)
            listed[row.issueType] += row.rules;
        for (const auto& rule : std::as_const(m_rules)) {
            if (rule.issueType.isEmpty())
                continue;
            QVERIFY2(
                listed.contains(rule.issueType),
                qPrintable(
                    QStringLiteral("%1 names '%2', which the document does not list").arg(rule.id, rule.issueType)));
            QVERIFY2(listed[rule.issueType].contains(rule.id),
                     qPrintable(QStringLiteral("%1 ('%2') is missing from its row").arg(rule.id, rule.issueType)));
        }
    }

    /// The new platform issue types this work adds are reported by at least one rule.
    void newIssueTypesHaveRules_data()
    {
        QTest::addColumn<QString>("issueType");
        for (const char* t : {"combined-value", "entity number out of range",
                              "reference value contains reference_prefix", "missing associated entity",
                              "unknown entity - missing reference", "name is a code", "name is a placeholder"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }
    void newIssueTypesHaveRules()
    {
        QFETCH(QString, issueType);
        bool found = false;
        for (const auto& rule : std::as_const(m_rules))
            found = found || rule.issueType == issueType;
        QVERIFY(found);
    }

private:
    QList<Row> m_rows;
    QHash<QString, Rule> m_rules;
};

QTEST_GUILESS_MAIN(TstIssueTypes)
#include "tst_issue_types.moc"
