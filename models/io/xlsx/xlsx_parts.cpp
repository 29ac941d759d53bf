#include "io/xlsx/xlsx_parts.h"

#include "io/xlsx/xlsx_archive.h"

#include <QHash>
#include <QUrl>
#include <QXmlStreamReader>

#include <map>

namespace plumbline {

namespace {

struct Relationship
{
    QString type;   // the last path segment of the Type URI: "worksheet", "sharedStrings", ...
    QString target; // resolved zip entry name
};

QString directoryOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash + 1);
}

/// Resolves a relationship target against the directory of the part that holds the relationship.
QString resolveTarget(const QString& sourceDirectory, QString target)
{
    target = QUrl::fromPercentEncoding(target.toUtf8());
    QString path = target.startsWith(QLatin1Char('/')) ? target.mid(1) : sourceDirectory + target;
    QStringList out;
    for (const QString& segment : path.split(QLatin1Char('/'))) {
        if (segment == QLatin1String("..")) {
            if (!out.isEmpty())
                out.removeLast();
        } else if (!segment.isEmpty() && segment != QLatin1String(".")) {
            out.append(segment);
        }
    }
    return out.join(QLatin1Char('/'));
}

Error xmlError(const QString& file, const QString& part, const QXmlStreamReader& xml)
{
    return Error{file, 0, 0,
                 QStringLiteral("%1 is not valid XML at line %2, column %3: %4")
                     .arg(part)
                     .arg(xml.lineNumber())
                     .arg(xml.columnNumber())
                     .arg(xml.errorString())};
}

/// Reads the next token, refusing DTDs: OOXML never has one and they are how entity bombs start.
bool nextToken(QXmlStreamReader& xml)
{
    xml.readNext();
    if (xml.tokenType() == QXmlStreamReader::DTD)
        xml.raiseError(QStringLiteral("document type declarations are not allowed"));
    return !xml.atEnd();
}

/// The relationships part of part ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"), keyed by Id.
Result<QHash<QString, Relationship>> readRelationships(XlsxArchive& archive, const QString& file, const QString& part)
{
    const QString relsPart =
        directoryOf(part) + QStringLiteral("_rels/") + part.mid(directoryOf(part).size()) + QStringLiteral(".rels");
    QHash<QString, Relationship> rels;
    if (!archive.contains(relsPart))
        return rels;
    auto bytes = archive.readAll(relsPart);
    if (!bytes)
        return bytes.error();
    QXmlStreamReader xml(bytes.value());
    while (nextToken(xml)) {
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
            const auto attrs = xml.attributes();
            if (attrs.value(QLatin1String("TargetMode")) == QLatin1String("External"))
                continue;
            const QString type = attrs.value(QLatin1String("Type")).toString();
            rels.insert(
                attrs.value(QLatin1String("Id")).toString(),
                Relationship{type.mid(type.lastIndexOf(QLatin1Char('/')) + 1),
                             resolveTarget(directoryOf(part), attrs.value(QLatin1String("Target")).toString())});
        }
    }
    if (xml.hasError())
        return xmlError(file, relsPart, xml);
    return rels;
}

bool isTrue(QStringView value)
{
    return value == QLatin1String("1") || value == QLatin1String("true");
}

std::optional<Error> readWorkbook(XlsxArchive& archive, const QString& file, const QString& part,
                                  const QHash<QString, Relationship>& rels, XlsxWorkbookInfo& info)
{
    auto bytes = archive.readAll(part);
    if (!bytes)
        return bytes.error();
    QXmlStreamReader xml(bytes.value());
    while (nextToken(xml)) {
        if (!xml.isStartElement())
            continue;
        const auto attrs = xml.attributes();
        if (xml.name() == QLatin1String("workbookPr")) {
            info.date1904 = isTrue(attrs.value(QLatin1String("date1904")));
        } else if (xml.name() == QLatin1String("sheet")) {
            QString id;
            for (const auto& attr : attrs)
                if (attr.name() == QLatin1String("id") && !attr.namespaceUri().isEmpty())
                    id = attr.value().toString();
            const auto rel = rels.constFind(id);
            if (rel == rels.cend() || rel->type != QLatin1String("worksheet"))
                continue; // chart sheets, dialog sheets and dangling ids hold no cells
            const QString state = attrs.value(QLatin1String("state")).toString();
            info.sheets.push_back(
                XlsxSheetRef{attrs.value(QLatin1String("name")).toString(), rel->target,
                             state == QLatin1String("hidden") || state == QLatin1String("veryHidden")});
        }
    }
    if (xml.hasError())
        return xmlError(file, part, xml);
    return std::nullopt;
}

std::optional<Error> readStyles(XlsxArchive& archive, const QString& file, const QString& part, XlsxWorkbookInfo& info)
{
    auto bytes = archive.readAll(part);
    if (!bytes)
        return bytes.error();
    std::map<int, ExcelDateKind> customKinds;
    QXmlStreamReader xml(bytes.value());
    bool inCellXfs = false;
    while (nextToken(xml)) {
        if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (!xml.isStartElement())
            continue;
        const auto attrs = xml.attributes();
        if (xml.name() == QLatin1String("numFmt")) {
            const QByteArray code = attrs.value(QLatin1String("formatCode")).toUtf8();
            customKinds[attrs.value(QLatin1String("numFmtId")).toInt()] =
                formatCodeDateKind(std::string_view(code.data(), std::size_t(code.size())));
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
            const int id = attrs.value(QLatin1String("numFmtId")).toInt();
            const auto custom = customKinds.find(id);
            info.styleDateKinds.push_back(custom != customKinds.end() ? custom->second : builtinDateKind(id));
        }
    }
    if (xml.hasError())
        return xmlError(file, part, xml);
    return std::nullopt;
}

} // namespace

Result<XlsxWorkbookInfo> readXlsxWorkbookInfo(XlsxArchive& archive, const QString& file)
{
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    auto packageRels = readRelationships(archive, file, QString());
    if (!packageRels)
        return packageRels.error();
    for (const auto& rel : packageRels.value())
        if (rel.type == QLatin1String("officeDocument"))
            workbookPart = rel.target;
    if (!archive.contains(workbookPart))
        return Error{file, 0, 0,
                     QStringLiteral("This zip file is not an Excel workbook: it has no %1.").arg(workbookPart)};

    auto rels = readRelationships(archive, file, workbookPart);
    if (!rels)
        return rels.error();
    XlsxWorkbookInfo info;
    for (const auto& rel : rels.value()) {
        if (rel.type == QLatin1String("sharedStrings"))
            info.sharedStringsPart = rel.target;
        else if (rel.type == QLatin1String("styles"))
            info.stylesPart = rel.target;
    }
    if (auto failed = readWorkbook(archive, file, workbookPart, rels.value(), info))
        return *failed;
    if (!info.stylesPart.isEmpty() && archive.contains(info.stylesPart))
        if (auto failed = readStyles(archive, file, info.stylesPart, info))
            return *failed;
    if (!info.sharedStringsPart.isEmpty() && !archive.contains(info.sharedStringsPart))
        info.sharedStringsPart.clear();
    return info;
}

} // namespace plumbline
