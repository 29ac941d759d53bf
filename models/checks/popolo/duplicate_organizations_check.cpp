#include "checks/popolo/duplicate_organizations_check.h"

#include "rules/codelist_repository.h"
#include "rules/column_resolver.h"
#include "table/table.h"
#include "values/text_util.h"

#include <algorithm>
#include <set>
#include <unordered_set>

namespace plumbline {

namespace {

std::string joined(const std::vector<std::string>& words)
{
    std::string out;
    for (const auto& w : words) {
        if (!out.empty())
            out.push_back(' ');
        out += w;
    }
    return out;
}

bool isIgnored(const std::string& word)
{
    static const std::unordered_set<std::string> ignored = {"the", "of", "and", "for", "party", "de",   "du",
                                                            "des", "la", "le",  "les", "et",    "pour", "parti"};
    return ignored.count(word) != 0;
}

} // namespace

std::vector<std::string> DuplicateOrganizationsCheck::words(std::string_view name, std::vector<std::string>* allWords)
{
    const QString folded = textutil::toQString(name).normalized(QString::NormalizationForm_KD).toCaseFolded();
    std::vector<std::string> out;
    QString word;
    auto flush = [&] {
        if (word.isEmpty())
            return;
        const std::string w = word.toStdString();
        if (allWords)
            allWords->push_back(w);
        if (!isIgnored(w))
            out.push_back(w);
        word.clear();
    };
    for (const QChar c : folded) {
        if (c.isMark())
            continue;
        if (c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC))
            continue; // Y’ABARUNDI = YABARUNDI
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    return out;
}

std::unique_ptr<Check> DuplicateOrganizationsCheck::create(ParamReader& params, const Rule&, const CheckEnv& env)
{
    auto check = std::make_unique<DuplicateOrganizationsCheck>();
    check->m_groupName = params.string("group");
    const QString aliases = params.string("aliases");
    if (aliases.isEmpty() || !env.codelists)
        return check;
    auto loaded = env.codelists->load(aliases, env.baseDir);
    if (!loaded) {
        params.fail(QStringLiteral("aliases"), loaded.error().toString());
        return check;
    }
    const CodelistTable& t = *loaded.value();
    const int name = t.column(QStringLiteral("name")), synonyms = t.column(QStringLiteral("synonyms"));
    for (std::size_t row = 0; row < t.rows.size(); ++row) {
        const int entry = int(check->m_aliasNames.size());
        check->m_aliasNames.emplace_back(name >= 0 ? t.cell(row, name) : t.cell(row, 0));
        QStringList names{textutil::toQString(t.cell(row, 0)), textutil::toQString(t.cell(row, name))};
        names += textutil::toQString(t.cell(row, synonyms)).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        for (const auto& n : names) {
            std::vector<std::string> all;
            words(n.toStdString(), &all);
            const std::string key = joined(all);
            if (!key.empty())
                check->m_aliases.emplace(key, entry);
        }
    }
    return check;
}

QString DuplicateOrganizationsCheck::bind(const BindContext& context)
{
    if (QString reason = Check::bind(context); !reason.isEmpty())
        return reason;
    m_group = m_groupName.isEmpty() ? -1 : context.resolver.resolve(m_groupName);
    return {};
}

void DuplicateOrganizationsCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    const int nameColumn = column(0), idColumn = column(1);
    struct Org
    {
        std::string group;
        std::vector<std::string> words;
        std::string key;
        std::string initials;      // of every word, ignored ones included: "The National Alliance" → tna
        std::string shortInitials; // without the ignored words
        int entry = -1;
        bool acronym = false;
    };
    std::vector<Org> orgs(table.rowCount());
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        const auto name = textutil::trim(table.cell(row, nameColumn));
        Org& o = orgs[row];
        std::vector<std::string> all;
        o.words = words(name, &all);
        // Equal names and aliases compare every word: "The Independent Party" is not "Independent".
        o.key = joined(all);
        o.group = m_group >= 0 ? std::string(textutil::trim(table.cell(row, m_group))) : std::string();
        if (const auto it = m_aliases.find(o.key); it != m_aliases.end())
            o.entry = it->second;
        for (const auto& w : all)
            o.initials += QString::fromStdString(w).left(1).toStdString();
        for (const auto& w : o.words)
            o.shortInitials += QString::fromStdString(w).left(1).toStdString();
        const bool upper =
            !name.empty() && std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        o.acronym = upper && all.size() == 1 && all.front().size() >= 2 && all.front().size() <= 8;
    }
    if (progress.canceled())
        return;
    std::vector<std::int32_t> other(orgs.size(), -1);
    std::vector<QString> why(orgs.size());
    auto pair = [&](std::size_t a, std::size_t b, const QString& reason) {
        if (a == b || orgs[a].group != orgs[b].group || orgs[a].key.empty() || orgs[b].key.empty())
            return;
        if (orgs[a].entry >= 0 && orgs[b].entry >= 0 && orgs[a].entry != orgs[b].entry)
            return; // the codelist knows them as two organizations
        for (const auto& [self, o] : {std::pair{a, b}, std::pair{b, a}})
            if (other[self] < 0 || std::int32_t(o) < other[self]) {
                other[self] = std::int32_t(o);
                why[self] = reason;
            }
    };
    std::unordered_map<std::string, std::vector<std::size_t>> byKey, byInitials, byWord;
    std::unordered_map<int, std::vector<std::size_t>> byEntry;
    for (std::size_t i = 0; i < orgs.size(); ++i) {
        const Org& o = orgs[i];
        if (o.key.empty())
            continue;
        byKey[o.group + '\x1f' + o.key].push_back(i);
        if (o.entry >= 0)
            byEntry[o.entry].push_back(i);
        if (o.words.size() >= 2) {
            byInitials[o.group + '\x1f' + o.initials].push_back(i);
            if (o.shortInitials != o.initials)
                byInitials[o.group + '\x1f' + o.shortInitials].push_back(i);
        }
        for (const auto& w : std::set<std::string>(o.words.begin(), o.words.end()))
            byWord[o.group + '\x1f' + w].push_back(i);
    }
    for (const auto& [unused, rows] : byKey)
        for (std::size_t i = 1; i < rows.size(); ++i)
            pair(rows[0], rows[i], QStringLiteral("the same name"));
    for (const auto& [entry, rows] : byEntry)
        for (std::size_t i = 1; i < rows.size(); ++i)
            pair(rows[0], rows[i],
                 QStringLiteral("both are names of %1 (aliases codelist)")
                     .arg(QString::fromStdString(m_aliasNames[std::size_t(entry)])));
    for (std::size_t i = 0; i < orgs.size(); ++i) {
        const Org& a = orgs[i];
        if (a.acronym)
            if (const auto it = byInitials.find(a.group + '\x1f' + a.key); it != byInitials.end())
                for (const std::size_t b : it->second)
                    pair(i, b, QStringLiteral("one is the initials of the other"));
        if (a.words.size() < 2)
            continue;
        // Every word of a in b: look only at the rows that have a's rarest word.
        const std::vector<std::size_t>* rarest = nullptr;
        for (const auto& w : a.words) {
            const auto& rows = byWord.at(a.group + '\x1f' + w); // every word of a row is indexed above
            if (!rarest || rows.size() < rarest->size())
                rarest = &rows;
        }
        const std::set<std::string> mine(a.words.begin(), a.words.end());
        for (const std::size_t b : *rarest) {
            const std::set<std::string> theirs(orgs[b].words.begin(), orgs[b].words.end());
            if (b != i && theirs.size() > mine.size() &&
                std::includes(theirs.begin(), theirs.end(), mine.begin(), mine.end()))
                pair(i, b, QStringLiteral("every word of one name is in the other"));
        }
    }
    for (std::size_t row = 0; row < orgs.size(); ++row) {
        if (other[row] < 0)
            continue;
        const std::size_t o = std::size_t(other[row]);
        const std::string detail = QStringLiteral("'%1' (%2, row %3): %4")
                                       .arg(textutil::toQString(textutil::trim(table.cell(o, nameColumn))),
                                            textutil::toQString(textutil::trim(table.cell(o, idColumn))))
                                       .arg(o + 1)
                                       .arg(why[row])
                                       .toStdString();
        sink.add(row, nameColumn, table.cell(row, nameColumn), FindingExtra().withDetail(detail).withColumn2(idColumn));
    }
}

} // namespace plumbline
