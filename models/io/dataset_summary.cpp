#include "io/dataset_summary.h"

#include "io/formats.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace plumbline {

namespace {

QString delimiterName(char delimiter)
{
    return delimiter == '\t' ? QStringLiteral("tab") : QStringLiteral("'%1'").arg(QLatin1Char(delimiter));
}

QString formatted(qint64 n)
{
    // Group digits with commas whatever the user's locale, so output is stable for scripts and tests.
    QString digits = QString::number(n < 0 ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return n < 0 ? QLatin1Char('-') + digits : digits;
}

} // namespace

QJsonObject summariseDataset(const Dataset& dataset)
{
    const SourceInfo& source = dataset.source;
    const bool text = isDelimitedText(source.format);
    QJsonObject out;
    out.insert(QStringLiteral("file"), source.path);
    out.insert(QStringLiteral("format"), source.format);
    out.insert(QStringLiteral("encoding"), textEncodingName(source.encoding));
    out.insert(QStringLiteral("bom"), source.bom);
    out.insert(QStringLiteral("delimiter"), text ? QJsonValue(QString(QLatin1Char(source.delimiter))) : QJsonValue());
    out.insert(QStringLiteral("line_endings"), text ? QJsonValue(lineEndingName(source.lineEnding)) : QJsonValue());
    out.insert(QStringLiteral("header"), text ? QJsonValue(source.hasHeader) : QJsonValue());
    out.insert(QStringLiteral("size_bytes"), source.size);
    out.insert(QStringLiteral("load_seconds"), std::round(source.loadSeconds * 1000.0) / 1000.0);

    QJsonArray tables;
    for (const auto& table : dataset.tables) {
        QJsonObject t;
        t.insert(QStringLiteral("name"), table->name());
        t.insert(QStringLiteral("rows"), qint64(table->rowCount()));
        QJsonArray columns;
        for (int c = 0; c < table->columnCount(); ++c)
            columns.append(QJsonObject{{QStringLiteral("name"), table->columnName(c)},
                                       {QStringLiteral("type"), columnTypeName(table->columnType(c))}});
        t.insert(QStringLiteral("columns"), columns);
        t.insert(QStringLiteral("ragged_rows"), qint64(table->raggedRows().size()));
        t.insert(QStringLiteral("blank_rows"), qint64(table->blankRows().size()));
        QJsonArray renamed;
        for (const int c : table->renamedHeaders())
            if (c >= 0 && c < table->columnCount())
                renamed.append(table->columnName(c));
        t.insert(QStringLiteral("renamed_headers"), renamed);
        tables.append(t);
    }
    out.insert(QStringLiteral("tables"), tables);
    return out;
}

QString describeDataset(const Dataset& dataset)
{
    const SourceInfo& source = dataset.source;
    QString out;
    out += QStringLiteral("File:     %1\n").arg(source.path);
    QString format = source.format.toUpper();
    QStringList details{textEncodingName(source.encoding),
                        source.bom ? QStringLiteral("BOM") : QStringLiteral("no BOM")};
    if (isDelimitedText(source.format)) {
        details << QStringLiteral("delimiter %1").arg(delimiterName(source.delimiter))
                << QStringLiteral("%1 line endings").arg(lineEndingName(source.lineEnding))
                << (source.hasHeader ? QStringLiteral("header row") : QStringLiteral("no header row"));
    }
    out += QStringLiteral("Format:   %1 (%2)\n").arg(format, details.join(QStringLiteral(", ")));
    out += QStringLiteral("Size:     %1 bytes, loaded in %2 s\n")
               .arg(formatted(source.size), QString::number(source.loadSeconds, 'f', 3));
    for (const auto& table : dataset.tables) {
        out += QStringLiteral("\nTable %1: %2 rows x %3 columns\n")
                   .arg(table->name(), formatted(qint64(table->rowCount())), QString::number(table->columnCount()));
        int width = 4;
        for (int c = 0; c < table->columnCount(); ++c)
            width = std::max(width, int(table->columnName(c).size()));
        for (int c = 0; c < table->columnCount(); ++c)
            out += QStringLiteral("  %1  %2  %3\n")
                       .arg(c + 1, 3)
                       .arg(table->columnName(c).leftJustified(width), columnTypeName(table->columnType(c)));
        QStringList renamed;
        for (const int c : table->renamedHeaders())
            if (c >= 0 && c < table->columnCount())
                renamed << table->columnName(c);
        out += QStringLiteral("  Ragged rows: %1   Blank rows: %2   Renamed headers: %3\n")
                   .arg(formatted(qint64(table->raggedRows().size())), formatted(qint64(table->blankRows().size())),
                        renamed.isEmpty() ? QStringLiteral("none") : renamed.join(QStringLiteral(", ")));
    }
    return out;
}

} // namespace plumbline
