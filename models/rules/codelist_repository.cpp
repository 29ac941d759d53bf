#include "rules/codelist_repository.h"

#include "core/regular_file.h"
#include "rules/builtin_resources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace plumbline {

int CodelistTable::column(const QString& name) const
{
    const int exact = int(header.indexOf(name));
    if (exact >= 0)
        return exact;
    for (int i = 0; i < header.size(); ++i)
        if (header[i].compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

namespace {

// RFC 4180 records from a small UTF-8 file: quoted fields, doubled quotes, CRLF or LF. Codelists are written
// by us or by pack authors, so anything more exotic is an error rather than a dialect to sniff.
bool splitCsv(const QByteArray& bytes, std::vector<std::vector<std::string>>& records, qint64* badLine)
{
    std::vector<std::string> record;
    std::string field;
    bool quoted = false;
    bool fieldStarted = false;
    qint64 line = 1;
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    auto endRecord = [&] {
        record.push_back(std::move(field));
        field.clear();
        if (!(record.size() == 1 && record[0].empty()))
            records.push_back(std::move(record));
        record.clear();
        fieldStarted = false;
    };
    for (; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < bytes.size() && bytes[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == '"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == ',') {
            record.push_back(std::move(field));
            field.clear();
            fieldStarted = false;
        } else if (c == '\r') {
            continue;
        } else if (c == '\n') {
            endRecord();
            ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *badLine = line;
        return false;
    }
    if (fieldStarted || !record.empty())
        endRecord();
    return true;
}

} // namespace

Result<std::shared_ptr<const CodelistTable>> CodelistRepository::parse(const QByteArray& bytes, const QString& name,
                                                                       const QString& origin)
{
    std::vector<std::vector<std::string>> records;
    qint64 badLine = 0;
    if (!splitCsv(bytes, records, &badLine))
        return Error{origin, badLine, 0, QStringLiteral("A quoted field is not closed.")};
    if (records.empty())
        return Error{origin, 1, 0, QStringLiteral("The codelist has no header row.")};
    auto table = std::make_shared<CodelistTable>();
    table->name = name;
    table->origin = origin;
    for (const auto& h : records.front())
        table->header << QString::fromStdString(h);
    table->rows.assign(std::make_move_iterator(records.begin() + 1), std::make_move_iterator(records.end()));
    return std::shared_ptr<const CodelistTable>(std::move(table));
}

Result<std::shared_ptr<const CodelistTable>> CodelistRepository::load(const QString& nameOrPath, const QString& baseDir)
{
    ensureBuiltinResources();
    const bool isPath = nameOrPath.contains(QLatin1Char('/')) || nameOrPath.endsWith(QLatin1String(".csv"));
    QString path;
    if (!isPath) {
        path = QStringLiteral("%1/%2.csv").arg(builtinResourceDir(u"codelists"), nameOrPath);
    } else {
        path =
            QFileInfo(nameOrPath).isAbsolute() || baseDir.isEmpty() ? nameOrPath : QDir(baseDir).filePath(nameOrPath);
    }
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_cache.constFind(path); it != m_cache.constEnd())
            return *it;
    }
    QFile file(path);
    if ((isPath && checkRegularFile(path)) || !file.open(QIODevice::ReadOnly)) {
        if (!isPath)
            return Error{QString(), 0, 0,
                         QStringLiteral("There is no built-in codelist named '%1' (built-in: %2).")
                             .arg(nameOrPath, builtinNames().join(QLatin1String(", ")))};
        if (auto notAFile = checkRegularFile(path))
            return *notAFile;
        return Error{path, 0, 0, QStringLiteral("Cannot open the codelist: %1.").arg(file.errorString())};
    }
    auto parsed = parse(file.readAll(), QFileInfo(path).completeBaseName(), path);
    if (!parsed)
        return parsed;
    QMutexLocker lock(&m_mutex);
    m_cache.insert(path, parsed.value());
    return parsed;
}

QStringList CodelistRepository::builtinNames()
{
    ensureBuiltinResources();
    QStringList names;
    const auto entries = QDir(builtinResourceDir(u"codelists")).entryList({QStringLiteral("*.csv")}, QDir::Files);
    for (const auto& e : entries)
        names << QFileInfo(e).completeBaseName();
    return names;
}

} // namespace plumbline
