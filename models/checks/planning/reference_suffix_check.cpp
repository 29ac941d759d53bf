#include "checks/planning/reference_suffix_check.h"

#include "rules/codelist_repository.h"
#include "table/table.h"
#include "values/ascii_scan.h"
#include "values/text_util.h"

#include <QJsonArray>
#include <QJsonObject>

#include <re2/re2.h>

#include <algorithm>

namespace plumbline {

namespace {

/// PA-07: the suffixes most registers use, with the platform's type codes.
const std::vector<std::pair<const char*, std::vector<const char*>>>& builtInMap()
{
    static const std::vector<std::pair<const char*, std::vector<const char*>>> map{
        {"FUL", {"full"}},
        {"OUT", {"outline", "outline-all", "outline-some"}},
        {"HOU", {"hh"}},
        {"HH", {"hh"}},
        {"LBC", {"lbc"}},
        {"ADV", {"advertising"}},
        {"REM", {"reserved-matters"}},
        {"RM", {"reserved-matters"}},
        {"NMA", {"non-material-amendment"}},
        {"PIP", {"pip"}},
        {"DRC", {"approval-condition"}},
        {"DOC", {"approval-condition"}},
        {"ROC", {"s73"}},
        {"VAR", {"s73"}},
        {"S73", {"s73"}},
        {"TPO", {"consent-under-tpo"}},
    };
    return map;
}

using values::ascii::isDigit;
bool isAlpha(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/// Rows in file order with no edits: cells and dictionary codes can be read from the columns directly.
bool directAccess(const Table& table)
{
    return table.overlay().isEmpty() && table.rowCount() == table.baseRowCount() &&
           (table.rowCount() == 0 ||
            (table.recordId(0) == 0 && table.recordId(table.rowCount() - 1) == table.rowCount() - 1));
}

} // namespace

std::uint64_t ReferenceSuffixCheck::packSuffix(std::string_view suffix)
{
    std::uint64_t key = 0;
    for (std::size_t i = 0; i < suffix.size() && i < 8; ++i) {
        const char c = suffix[i] >= 'a' && suffix[i] <= 'z' ? char(suffix[i] - 'a' + 'A') : suffix[i];
        key |= std::uint64_t(std::uint8_t(c)) << (8 * i);
    }
    return key;
}

std::string_view ReferenceSuffixCheck::defaultSuffix(std::string_view reference)
{
    std::string_view s = textutil::trim(reference);
    // Walk the segments from the end: skip all-digit (or empty) ones, stop at the first other one.
    while (!s.empty()) {
        const std::size_t cut = s.find_last_of("/-");
        const std::string_view segment = cut == std::string_view::npos ? s : s.substr(cut + 1);
        if (!std::all_of(segment.begin(), segment.end(), isDigit)) {
            if (!isAlpha(segment.front()))
                return {};
            for (char c : segment)
                if (!isAlpha(c) && !isDigit(c))
                    return {};
            return segment;
        }
        if (cut == std::string_view::npos)
            return {};
        s = s.substr(0, cut);
    }
    return {};
}

std::unique_ptr<Check> ReferenceSuffixCheck::create(ParamReader& params, const Rule&, const CheckEnv& env)
{
    auto check = std::make_unique<ReferenceSuffixCheck>();
    check->m_codelist = LoadedCodelist::load(params, env, QStringLiteral("planning-application-type"));
    check->m_separators = params.string("separators", QStringLiteral(";|,")).toStdString();
    const QString pattern = params.string("pattern");
    if (!pattern.isEmpty()) {
        re2::RE2::Options options;
        options.set_log_errors(false);
        auto re = std::make_shared<re2::RE2>(pattern.toStdString(), options);
        if (!re->ok())
            params.fail(QStringLiteral("pattern"),
                        QStringLiteral("not a valid RE2 expression: %1").arg(QString::fromStdString(re->error())));
        else if (re->NumberOfCapturingGroups() != 1)
            params.fail(QStringLiteral("pattern"), QStringLiteral("needs exactly one capture group (the suffix)"));
        check->m_re = std::move(re);
    }

    // Suffix → types: the built-in map (unless switched off), then the pack's entries on top.
    std::vector<std::pair<std::string, std::vector<std::string>>> map;
    if (params.boolean("default-map", true))
        for (const auto& [suffix, types] : builtInMap())
            map.emplace_back(suffix, std::vector<std::string>(types.begin(), types.end()));
    const QJsonObject extra = params.object("map");
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        std::vector<std::string> types;
        if (it.value().isString()) {
            if (!it.value().toString().isEmpty())
                types.push_back(it.value().toString().toStdString());
        } else if (it.value().isArray()) {
            for (const auto& t : it.value().toArray())
                types.push_back(t.toString().toStdString());
        } else {
            params.fail(QStringLiteral("map.%1").arg(it.key()), QStringLiteral("expected a type or an array of types"));
            return check;
        }
        const std::string suffix = textutil::asciiUpper(it.key().toStdString());
        if (suffix.empty() || suffix.size() > 8) {
            params.fail(QStringLiteral("map.%1").arg(it.key()), QStringLiteral("a suffix has 1 to 8 characters"));
            return check;
        }
        map.erase(std::remove_if(map.begin(), map.end(), [&](const auto& e) { return e.first == suffix; }), map.end());
        if (!types.empty())
            map.emplace_back(suffix, std::move(types));
    }

    const values::Codelist* codelist = check->m_codelist.matcher.get();
    for (auto& [suffix, types] : map) {
        Entry entry;
        entry.suffix = suffix;
        entry.key = packSuffix(suffix);
        for (const auto& type : types) {
            // Map types are codelist values; a typo would silently disable the suffix, so it is an error.
            if (codelist && !codelist->match(type).exact()) {
                params.fail(
                    QStringLiteral("map.%1").arg(QString::fromStdString(suffix)),
                    QStringLiteral("'%1' is not a value of the type codelist").arg(QString::fromStdString(type)));
                return check;
            }
            entry.types.push_back(type);
        }
        std::string name;
        if (check->m_codelist.table && !entry.types.empty()) {
            const auto row = check->m_codelist.rowOf.find(entry.types.front());
            const int nameColumn = check->m_codelist.table->column(QStringLiteral("name"));
            if (row != check->m_codelist.rowOf.end() && nameColumn >= 0)
                name = std::string(check->m_codelist.table->cell(row->second, nameColumn));
        }
        entry.detail =
            "the suffix " + suffix + " means " + entry.types.front() + (name.empty() ? "" : " (" + name + ")");
        check->m_entries.push_back(std::move(entry));
    }
    return check;
}

int ReferenceSuffixCheck::entryOf(std::string_view reference) const
{
    std::string_view suffix;
    if (m_re) {
        re2::StringPiece captured;
        if (!re2::RE2::PartialMatch(re2::StringPiece(reference.data(), reference.size()), *m_re, &captured))
            return -1;
        suffix = textutil::trim(std::string_view(captured.data(), captured.size()));
    } else {
        suffix = defaultSuffix(reference);
    }
    if (suffix.empty() || suffix.size() > 8)
        return -1; // map suffixes are at most 8 characters (checked at load)
    const std::uint64_t key = packSuffix(suffix);
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].key == key)
            return int(i);
    return -1;
}

bool ReferenceSuffixCheck::disagrees(const Entry& entry, std::string_view type) const
{
    if (!m_codelist.matcher || textutil::isBlank(type))
        return false;
    bool resolved = false;
    for (const auto& item : values::matchMultiValue(*m_codelist.matcher, type, m_separators)) {
        if (!item.match.resolved())
            continue;
        resolved = true;
        if (std::find(entry.types.begin(), entry.types.end(), item.match.canonical) != entry.types.end())
            return false;
    }
    return resolved; // a type outside the codelist is PA-18's finding, not a disagreement
}

QString ReferenceSuffixCheck::bind(const BindContext& context)
{
    if (QString reason = Check::bind(context); !reason.isEmpty())
        return reason;
    m_verdicts.clear();
    m_distinct = 0;
    const Column& type = context.table.column(column(1));
    if (type.isDictionary()) {
        // Cache the verdict of every (suffix, distinct type) pair: the rows then cost a scan and a lookup.
        m_distinct = type.distinctCount();
        m_verdicts.assign(m_entries.size() * m_distinct, 0);
        for (std::size_t e = 0; e < m_entries.size(); ++e)
            for (std::size_t code = 0; code < m_distinct; ++code)
                m_verdicts[e * m_distinct + code] = disagrees(m_entries[e], type.distinctValue(code)) ? 1 : 0;
    }
    return {};
}

void ReferenceSuffixCheck::checkRows(const Table& table, std::size_t first, std::size_t last, FindingSink& sink) const
{
    const int refColumn = column(0);
    const int typeColumn = column(1);
    const Column& refs = table.column(refColumn);
    const Column& types = table.column(typeColumn);
    const bool direct = directAccess(table);
    const bool cached = direct && !m_verdicts.empty();
    for (std::size_t row = first; row < last; ++row) {
        const std::string_view reference = direct ? refs.cell(row) : table.cell(row, refColumn);
        const int e = entryOf(reference);
        if (e < 0)
            continue;
        const Entry& entry = m_entries[std::size_t(e)];
        std::string_view type;
        if (cached) {
            const std::uint32_t code = types.code(row);
            if (!m_verdicts[std::size_t(e) * m_distinct + code])
                continue;
            type = types.distinctValue(code);
        } else {
            type = direct ? types.cell(row) : table.cell(row, typeColumn);
            if (!disagrees(entry, type))
                continue;
        }
        sink.add(row, typeColumn, type,
                 FindingExtra().suggest(entry.types.front()).withDetail(entry.detail).withColumn2(refColumn));
    }
}

} // namespace plumbline
