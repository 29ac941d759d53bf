#include "fixes/fix_builders.h"

#include "checks/support/geo_support.h"
#include "checks/support/text_issues.h"
#include "rules/column_resolver.h"
#include "values/geometry.h"
#include "values/person_name.h"
#include "values/text_hygiene.h"
#include "values/text_util.h"

namespace plumbline::fixes {

namespace {

QString quoted(std::string_view text)
{
    constexpr std::size_t kShown = 60;
    QString s = textutil::toQString(text.substr(0, kShown));
    if (text.size() > kShown)
        s += QChar(0x2026);
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

} // namespace

std::string_view FindingContext::cell() const
{
    if (row < 0 || record.column < 0 || record.column >= table.columnCount())
        return {};
    return table.cell(std::size_t(row), record.column);
}

bool FindingContext::valueIsCurrent() const
{
    return row >= 0 && store.text(record.value) == cell();
}

FixPlan FindingContext::emptyPlan(const QString& description, bool safe) const
{
    FixPlan plan;
    plan.rule = rule ? rule->id : store.rules()[record.rule].id;
    plan.finding = index;
    plan.table = tableIndex;
    plan.record = record.record;
    plan.description = description;
    plan.safe = safe;
    return plan;
}

std::optional<FixPlan> setCellPlan(const FindingContext& f, std::string value, const QString& description, bool safe)
{
    if (f.row < 0 || f.record.column < 0 || value == f.cell())
        return std::nullopt;
    FixPlan plan = f.emptyPlan(description, safe);
    plan.changes.push_back(CellChange{f.record.record, f.record.column, std::move(value)});
    return plan;
}

std::optional<FixPlan> whitespacePlan(const FindingContext& f)
{
    if (f.row < 0)
        return std::nullopt;
    // Recomputed from the cell, so a long description (whose stored suggestion is shortened) is cleaned whole.
    values::TextScanOptions options;
    if (f.rule) {
        options.allowLineBreaks = f.rule->params.value(QLatin1String("allow-line-breaks")).toBool(false);
        options.allowTabs = f.rule->params.value(QLatin1String("allow-tabs")).toBool(false);
    }
    const QString detail = f.store.qtext(f.record.detail);
    return setCellPlan(f, values::cleanText(f.cell(), options),
                       detail.isEmpty() ? QStringLiteral("Clean up the spaces")
                                        : QStringLiteral("Clean up the spaces (%1)").arg(detail),
                       true);
}

std::optional<FixPlan> encodingPlan(const FindingContext& f)
{
    if (f.row < 0)
        return std::nullopt; // the file's encoding: a table-level finding, fixed by exporting as UTF-8
    const std::string_view cell = f.cell();
    const std::uint32_t issues = values::scanText(cell, {true, true}).issues & kEncodingIssues;
    std::string repaired;
    if (issues & std::uint32_t(values::TextIssue::InvalidUtf8))
        repaired = values::decodeWindows1252(cell);
    else if (!(issues & std::uint32_t(values::TextIssue::Mojibake)) || !values::repairMojibake(cell, &repaired))
        return std::nullopt;
    return setCellPlan(f, std::move(repaired), QStringLiteral("Repair the encoding"), true);
}

std::optional<FixPlan> suggestionPlan(const FindingContext& f, bool kindSuggests, bool kindSafe)
{
    if (f.row < 0)
        return std::nullopt;
    const Fix* fix = f.rule && !f.rule->fix.isNone() ? &f.rule->fix : nullptr;
    const std::optional<std::string> fixed = fix ? fix->apply(f.cell()) : std::nullopt;
    const bool fromCheck = kindSuggests && f.record.hasSuggestion() && !(fixed && f.suggestion() == *fixed);
    if (fromCheck) {
        if (!f.valueIsCurrent())
            return std::nullopt; // edited since, or too long to have kept the suggestion whole
        std::string value = f.suggestion();
        QString description =
            value.empty() ? QStringLiteral("Blank the cell") : QStringLiteral("Set to %1").arg(quoted(value));
        if (f.record.isTentative())
            description += QStringLiteral(" (a likely repair: check it)");
        return setCellPlan(f, std::move(value), description, kindSafe && !f.record.isTentative());
    }
    if (!fixed)
        return std::nullopt;
    QString description = fix->describe();
    if (!description.isEmpty())
        description[0] = description[0].toUpper();
    return setCellPlan(f, *fixed, description, fix->isSafe());
}

std::optional<FixPlan> coordinatesPlan(const FindingContext& f)
{
    if (f.row < 0 || f.record.column < 0 || f.record.column2 < 0)
        return std::nullopt;
    const std::string_view xs = f.table.cell(std::size_t(f.row), f.record.column);
    const std::string_view ys = f.table.cell(std::size_t(f.row), f.record.column2);
    double x = 0;
    double y = 0;
    if (!geo::parseNumber(xs, &x) || !geo::parseNumber(ys, &y))
        return std::nullopt;
    const values::CoordinateKind kind = values::classifyCoordinate(x, y).kind;
    if (kind != values::CoordinateKind::Wgs84Flipped && kind != values::CoordinateKind::OsgbFlipped &&
        kind != values::CoordinateKind::WebMercatorFlipped)
        return std::nullopt;
    FixPlan plan = f.emptyPlan(QStringLiteral("Swap %1 and %2 (%3)")
                                   .arg(f.columnName(f.record.column), f.columnName(f.record.column2),
                                        kind == values::CoordinateKind::Wgs84Flipped
                                            ? QStringLiteral("latitude and longitude were exchanged")
                                            : QStringLiteral("the northing came first")),
                               true);
    plan.changes.push_back(CellChange{f.record.record, f.record.column, std::string(ys)});
    plan.changes.push_back(CellChange{f.record.record, f.record.column2, std::string(xs)});
    return plan;
}

std::optional<FixPlan> honorificPlan(const FindingContext& f)
{
    if (f.row < 0)
        return std::nullopt;
    // A rule that suggests nothing (a candidate list: names as registered) has nothing to fix.
    if (f.rule && !f.rule->params.value(QLatin1String("suggest")).toBool(true))
        return std::nullopt;
    const values::HonorificSplit split = values::splitHonorific(f.cell());
    if (split.honorific.empty() || split.name.empty())
        return std::nullopt;
    // A person's name as they gave it (a candidate's as registered) is theirs to change: never safe.
    const QString target = f.rule ? f.rule->fix.targetColumn() : QString();
    const int prefixColumn = target.isEmpty() ? -1 : ColumnResolver(f.table, f.rules.synonyms).resolve(target);
    if (prefixColumn < 0 || prefixColumn == f.record.column)
        return setCellPlan(f, std::string(split.name),
                           QStringLiteral("Remove the title %1 from the name").arg(quoted(split.honorific)), false);
    const std::string_view prefix = textutil::trim(f.table.cell(std::size_t(f.row), prefixColumn));
    auto bare = [](std::string_view s) {
        std::string out = textutil::asciiLower(textutil::trim(s));
        std::erase(out, '.');
        return out;
    };
    if (!prefix.empty() && bare(prefix) != bare(split.honorific))
        return std::nullopt; // the column holds another title: which to keep is a person's call
    FixPlan plan = f.emptyPlan(
        QStringLiteral("Move the title %1 to %2").arg(quoted(split.honorific), f.columnName(prefixColumn)), false);
    plan.changes.push_back(CellChange{f.record.record, f.record.column, std::string(split.name)});
    if (prefix.empty())
        plan.changes.push_back(CellChange{f.record.record, prefixColumn, std::string(split.honorific)});
    return plan;
}

} // namespace plumbline::fixes
