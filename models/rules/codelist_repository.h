#pragma once

#include "core/result.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace plumbline {

/// A small lookup table (a codelist or a reference table such as organisations), kept as UTF-8 strings.
/// By convention the first column is the canonical value ("reference"); a "synonyms" column lists other
/// spellings separated by '|'; other columns (name, end-date, …) serve foreign-key checks.
struct CodelistTable
{
    QString name;
    QString origin;
    QStringList header;
    std::vector<std::vector<std::string>> rows;

    /// Index of a header (exact, then case-insensitive), or -1.
    int column(const QString& name) const;
    std::string_view cell(std::size_t row, int column) const
    {
        const auto& r = rows[row];
        return column >= 0 && std::size_t(column) < r.size() ? std::string_view(r[std::size_t(column)])
                                                             : std::string_view();
    }
};

/// Loads codelist tables once and shares them between rules and threads (thread-safe).
class CodelistRepository
{
public:
    /// nameOrPath: a built-in name ("planning-decision" → planning-decision.csv in builtinResourceDir) or a
    /// path to a CSV file, absolute or relative to baseDir (the directory of the pack that names it).
    Result<std::shared_ptr<const CodelistTable>> load(const QString& nameOrPath, const QString& baseDir);
    /// Parses CSV bytes into a table; errors name origin and line.
    static Result<std::shared_ptr<const CodelistTable>> parse(const QByteArray& bytes, const QString& name,
                                                              const QString& origin);
    /// Names of the built-in codelists.
    static QStringList builtinNames();

private:
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<const CodelistTable>> m_cache;
};

} // namespace plumbline
