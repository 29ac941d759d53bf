#include "quality/quality_level.h"

#include "quality/platform_issue_types.h"
#include "values/text_util.h"

#include <QJsonArray>

#include <algorithm>
#include <map>
#include <set>

namespace plumbline {

namespace {

const char* kInvalidOrganisation = "invalid organisation";

QString plural(std::uint64_t n, const QString& word)
{
    return QStringLiteral("%1 %2%3").arg(n).arg(word, n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace

QString qualityLevelLabel(QualityLevel level)
{
    switch (level) {
    case QualityLevel::NoData:
        return QStringLiteral("no data");
    case QualityLevel::SomeData:
        return QStringLiteral("some data");
    case QualityLevel::Authoritative:
        return QStringLiteral("authoritative data from the LPA");
    case QualityLevel::GoodForOdp:
        return QStringLiteral("data that is good for ODP");
    case QualityLevel::Trustworthy:
        return QStringLiteral("data that is trustworthy");
    }
    return {};
}

bool parseQualityLevel(const QString& text, QualityLevel* level)
{
    static const QStringList names{QStringLiteral("none"), QStringLiteral("some"), QStringLiteral("authoritative"),
                                   QStringLiteral("odp"), QStringLiteral("trustworthy")};
    const QString t = text.trimmed().toLower();
    bool number = false;
    int n = t.toInt(&number);
    if (!number)
        n = int(names.indexOf(t));
    if (n < 0 || n > 4)
        return false;
    *level = QualityLevel(n);
    return true;
}

QString QualityReason::describe() const
{
    const PlatformIssueType* type = findPlatformIssueType(issueType);
    const QString word = severityName(type ? type->severity : Severity::Error);
    return QStringLiteral("%1 (%2)").arg(plural(count, QStringLiteral("'%1' %2").arg(issueType, word)),
                                         rules.join(QLatin1String(", ")));
}

std::vector<QualityReason> QualityAssessment::blockers() const
{
    std::vector<QualityReason> out;
    for (const auto& r : reasons)
        if (r.level == level)
            out.push_back(r);
    return out;
}

QString QualityAssessment::summary() const
{
    QString text = QStringLiteral("level %1 of 4 (%2)").arg(int(level)).arg(label());
    if (level == QualityLevel::NoData)
        return text + QStringLiteral(": the file has no records.");
    if (reasons.empty())
        return text + QStringLiteral(": no finding holds it lower.");
    // Group the reasons by the level they hold the dataset at, lowest first.
    std::map<int, std::pair<QStringList, std::uint64_t>> byLevel;
    for (const auto& r : reasons) {
        auto& [items, count] = byLevel[int(r.level)];
        items << (r.level == QualityLevel::SomeData ? r.criteria : r.describe());
        count += r.level == QualityLevel::SomeData ? 1 : r.count;
    }
    QStringList parts;
    for (const auto& [l, group] : byLevel) {
        const QString verb = parts.isEmpty() ? (group.second == 1 ? QStringLiteral("keeps") : QStringLiteral("keep"))
                                             : QStringLiteral("would then keep");
        parts << QStringLiteral("%1 %2 it at level %3").arg(group.first.join(QLatin1String("; ")), verb).arg(l);
    }
    return text + QStringLiteral(": ") + parts.join(QLatin1String("; ")) + QLatin1Char('.');
}

QJsonObject QualityAssessment::toJson() const
{
    QJsonArray list;
    for (const auto& r : reasons) {
        QJsonObject o;
        o.insert(QStringLiteral("level"), int(r.level));
        o.insert(QStringLiteral("issue_type"), r.issueType);
        o.insert(QStringLiteral("criteria"), r.criteria);
        o.insert(QStringLiteral("count"), qint64(r.count));
        o.insert(QStringLiteral("rules"), QJsonArray::fromStringList(r.rules));
        list.append(o);
    }
    QJsonObject o;
    o.insert(QStringLiteral("level"), int(level));
    o.insert(QStringLiteral("label"), label());
    o.insert(QStringLiteral("summary"), summary());
    o.insert(QStringLiteral("reasons"), list);
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    return o;
}

QualityAssessment assessQuality(const FindingStore& store, const Dataset& dataset)
{
    QualityAssessment a;
    std::size_t rows = 0;
    for (const auto& t : dataset.tables)
        rows += t->rowCount();
    if (rows == 0) {
        a.level = QualityLevel::NoData;
        return a;
    }
    std::vector<const PlatformIssueType*> typeOf(store.rules().size(), nullptr);
    for (std::size_t i = 0; i < typeOf.size(); ++i)
        if (!store.rules()[i].issueType.isEmpty())
            typeOf[i] = findPlatformIssueType(store.rules()[i].issueType);

    // One reason per issue type, in the specification's order; rule ids in rule order.
    std::map<const PlatformIssueType*, std::pair<std::uint64_t, std::set<std::uint32_t>>> found;
    std::map<std::pair<std::uint16_t, int>, std::set<RecordId>> badOrganisation; // (table, column) → records
    std::set<std::uint32_t> organisationRules;
    std::uint64_t columnFindings = 0;
    for (std::size_t i = 0; i < store.size(); ++i) {
        const FindingRecord& r = store.record(i);
        const PlatformIssueType* type = typeOf[r.rule];
        if (!type || r.severity < type->severity)
            continue;
        // The platform raises issues for values of entries; a column missing from the file is not one.
        if (r.record == kNoRecord) {
            columnFindings += type->qualityLevel > 0;
            continue;
        }
        if (type->qualityLevel > 0) {
            auto& [count, rules] = found[type];
            ++count;
            rules.insert(r.rule);
        }
        if (qstrcmp(type->name, kInvalidOrganisation) == 0 && r.record != kNoRecord && r.column >= 0) {
            badOrganisation[{r.table, r.column}].insert(r.record);
            organisationRules.insert(r.rule);
        }
    }
    // Authoritative unless every organisation value the packs checked is not a planning authority (a compilation
    // from another source). A column with one good value is the LPA's own data.
    bool authoritative = true;
    std::uint64_t badValues = 0;
    if (!badOrganisation.empty()) {
        authoritative = false;
        for (const auto& [key, records] : badOrganisation) {
            if (key.first >= dataset.tables.size())
                continue;
            const Table& table = *dataset.tables[key.first];
            std::uint64_t filled = 0;
            for (std::size_t row = 0; row < table.rowCount(); ++row)
                filled += !textutil::isBlank(table.cell(row, key.second));
            badValues += records.size();
            if (filled > records.size())
                authoritative = true;
        }
    }
    if (!authoritative) {
        QualityReason r;
        r.level = QualityLevel::SomeData;
        r.issueType = QString::fromLatin1(kInvalidOrganisation);
        r.criteria = QStringLiteral("none of the %1 organisation values is a planning authority, so the data is "
                                    "not the LPA's own")
                         .arg(badValues);
        r.count = badValues;
        for (const auto rule : organisationRules)
            r.rules << store.rules()[rule].id;
        a.reasons.push_back(r);
    }
    for (const auto& type : platformIssueTypes()) {
        const auto it = found.find(&type);
        if (it == found.end())
            continue;
        QualityReason r;
        r.level = QualityLevel(type.qualityLevel);
        r.issueType = QString::fromLatin1(type.name);
        r.criteria = QString::fromLatin1(type.criteria);
        r.count = it->second.first;
        for (const auto rule : it->second.second)
            r.rules << store.rules()[rule].id;
        a.reasons.push_back(r);
    }
    if (columnFindings)
        a.notes << QStringLiteral("%1 about whole columns (a required column missing from the file) not counted: "
                                  "the platform reports the values of records, not columns.")
                       .arg(plural(columnFindings, QStringLiteral("finding")));
    std::stable_sort(a.reasons.begin(), a.reasons.end(),
                     [](const QualityReason& x, const QualityReason& y) { return int(x.level) < int(y.level); });
    a.level = a.reasons.empty() ? QualityLevel::Trustworthy : a.reasons.front().level;
    return a;
}

} // namespace plumbline
