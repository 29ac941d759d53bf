#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace plumbline {

class Table;

/// Maps logical column names ("reference", "decision-date") to a table's columns through synonym lists, so
/// one pack runs on a planning.data.gov.uk-shaped file and on a legacy LGA export ("CaseReference").
///
/// Matching folds case and drops everything but letters and digits ("Decision Date", "decision_date" and
/// "decision-date" are the same). A logical name is tried first as a header itself, then each synonym in order.
/// "*" stands for every column.
class ColumnResolver
{
public:
    ColumnResolver() = default;
    ColumnResolver(const QStringList& headers, QHash<QString, QStringList> synonyms);
    ColumnResolver(const Table& table, QHash<QString, QStringList> synonyms);

    /// The column index for a logical name or header, or -1.
    int resolve(const QString& name) const;
    /// Every column for "*", else the one column (or nothing).
    std::vector<int> resolveAll(const QString& name) const;
    int columnCount() const { return int(m_headers.size()); }
    const QStringList& headers() const { return m_headers; }
    /// Headers that no logical name of the synonym table reaches (for the "unmapped header" rule).
    QStringList unmappedHeaders() const;
    /// The logical name a header maps to, or an empty string.
    QString logicalNameOf(int column) const;

private:
    QStringList m_headers;
    QStringList m_folded;
    QHash<QString, QStringList> m_synonyms; // logical name → synonyms (as written)
};

} // namespace plumbline
