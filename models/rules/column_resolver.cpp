#include "rules/column_resolver.h"

#include "table/table.h"
#include "values/text_util.h"

namespace plumbline {

namespace {

QStringList headersOf(const Table& table)
{
    QStringList out;
    for (int c = 0; c < table.columnCount(); ++c)
        out << table.columnName(c);
    return out;
}

} // namespace

ColumnResolver::ColumnResolver(const QStringList& headers, QHash<QString, QStringList> synonyms)
    : m_headers(headers), m_synonyms(std::move(synonyms))
{
    for (const auto& h : m_headers)
        m_folded << textutil::foldKey(h);
}

ColumnResolver::ColumnResolver(const Table& table, QHash<QString, QStringList> synonyms)
    : ColumnResolver(headersOf(table), std::move(synonyms))
{
}

int ColumnResolver::resolve(const QString& name) const
{
    const int exact = int(m_headers.indexOf(name));
    if (exact >= 0)
        return exact;
    const int folded = int(m_folded.indexOf(textutil::foldKey(name)));
    if (folded >= 0)
        return folded;
    const auto it = m_synonyms.constFind(name);
    if (it == m_synonyms.constEnd())
        return -1;
    for (const auto& synonym : *it) {
        const int i = int(m_folded.indexOf(textutil::foldKey(synonym)));
        if (i >= 0)
            return i;
    }
    return -1;
}

std::vector<int> ColumnResolver::resolveAll(const QString& name) const
{
    std::vector<int> out;
    if (name == QLatin1String("*")) {
        for (int c = 0; c < m_headers.size(); ++c)
            out.push_back(c);
    } else if (const int c = resolve(name); c >= 0) {
        out.push_back(c);
    }
    return out;
}

QString ColumnResolver::logicalNameOf(int column) const
{
    if (column < 0 || column >= m_headers.size())
        return {};
    // A logical name spelled like the header wins; otherwise the first in sorted order (QHash order varies
    // from run to run, and reports must not).
    QStringList names = m_synonyms.keys();
    names.sort();
    for (const auto& name : names)
        if (textutil::foldKey(name) == m_folded[column] && resolve(name) == column)
            return name;
    for (const auto& name : names)
        if (resolve(name) == column)
            return name;
    return {};
}

QStringList ColumnResolver::unmappedHeaders() const
{
    QStringList out;
    for (int c = 0; c < m_headers.size(); ++c)
        if (logicalNameOf(c).isEmpty())
            out << m_headers[c];
    return out;
}

} // namespace plumbline
