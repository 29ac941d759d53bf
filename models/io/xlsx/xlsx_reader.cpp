#include "io/xlsx/xlsx_reader.h"

#include "core/regular_file.h"

#include "io/xlsx/xlsx_archive.h"
#include "io/xlsx/xlsx_parts.h"
#include "io/xlsx/xlsx_shared_strings.h"
#include "io/xlsx/xlsx_sheet_reader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace plumbline {

namespace {

Result<Dataset> readWorkbook(QIODevice& device, const QString& name, const XlsxReadOptions& options, Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    XlsxArchive archive(name, &device, options.maxUncompressedBytes);
    if (auto failed = archive.open())
        return *failed;
    auto info = readXlsxWorkbookInfo(archive, name);
    if (!info)
        return info.error();

    std::vector<XlsxSheetRef> sheets;
    for (const auto& sheet : info.value().sheets)
        if (options.sheets.isEmpty() || options.sheets.contains(sheet.name))
            sheets.push_back(sheet);
    for (const QString& wanted : options.sheets) {
        const bool found =
            std::any_of(sheets.begin(), sheets.end(), [&](const XlsxSheetRef& sheet) { return sheet.name == wanted; });
        if (!found)
            return Error{name, 0, 0, QStringLiteral("The workbook has no worksheet named \"%1\".").arg(wanted)};
    }

    qint64 total = archive.declaredSize(info.value().sharedStringsPart);
    for (const auto& sheet : sheets)
        total += archive.declaredSize(sheet.part);

    qint64 budget = options.maxUncompressedBytes;
    XlsxSharedStrings strings;
    if (!info.value().sharedStringsPart.isEmpty())
        if (auto failed =
                readXlsxSharedStrings(archive, name, info.value().sharedStringsPart, strings, budget, progress))
            return *failed;

    Dataset dataset;
    qint64 base = archive.declaredSize(info.value().sharedStringsPart);
    for (const auto& sheet : sheets) {
        auto table = readXlsxSheet(archive, name, sheet, info.value(), strings, budget, progress, base, total);
        if (!table)
            return table.error();
        dataset.tables.push_back(std::move(table).value());
        base += archive.declaredSize(sheet.part);
    }
    dataset.source.path = name;
    dataset.source.format = QStringLiteral("xlsx");
    dataset.source.hasHeader = true;
    dataset.source.loadSeconds = double(timer.nsecsElapsed()) / 1e9;
    return dataset;
}

} // namespace

Result<Dataset> readXlsxFile(const QString& path, const XlsxReadOptions& options, Progress& progress)
{
    if (auto notAFile = checkRegularFile(path))
        return *notAFile;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, 0, 0, QStringLiteral("Cannot open the file: %1").arg(file.errorString())};
    auto dataset = readWorkbook(file, path, options, progress);
    if (dataset) {
        const QFileInfo fileInfo(path);
        dataset.value().source.size = fileInfo.size();
        dataset.value().source.modified = fileInfo.lastModified();
    }
    return dataset;
}

Result<Dataset> readXlsxBytes(QByteArrayView bytes, const QString& name, const XlsxReadOptions& options,
                              Progress& progress)
{
    QByteArray copy = bytes.toByteArray();
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    auto dataset = readWorkbook(buffer, name, options, progress);
    if (dataset)
        dataset.value().source.size = bytes.size();
    return dataset;
}

} // namespace plumbline
