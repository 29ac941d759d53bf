#include "checks/structure/header_check.h"

#include "rules/column_resolver.h"
#include "table/table.h"
#include "values/text_util.h"

#include <QMap>

namespace plumbline {

std::unique_ptr<Check> HeaderCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<HeaderCheck>();
    const QStringList aspects{QStringLiteral("problems"), QStringLiteral("naming"), QStringLiteral("mapping")};
    check->m_aspect = Aspect(aspects.indexOf(params.choice("check", aspects)));
    check->m_whitespace = params.boolean("whitespace", true);
    const QString unknown = params.string("unknown", QStringLiteral("notice"));
    if (!parseSeverity(unknown, &check->m_unknownSeverity))
        params.fail(QStringLiteral("unknown"), QStringLiteral("expected error, warning, notice or info"));
    return check;
}

QString HeaderCheck::bind(const BindContext& context)
{
    m_mapped.clear();
    m_unknown.clear();
    if (m_aspect != Aspect::Mapping)
        return {};
    for (int c = 0; c < context.resolver.columnCount(); ++c) {
        const QString header = context.resolver.headers()[c];
        const QString logical = context.resolver.logicalNameOf(c);
        if (logical.isEmpty())
            m_unknown << header;
        else if (textutil::foldKey(logical) != textutil::foldKey(header))
            m_mapped << QStringLiteral("%1 → %2").arg(header, logical);
    }
    return {};
}

namespace {

QString namingStyle(const QString& header)
{
    const QString h = header.trimmed();
    const bool upper = h != h.toLower();
    if (h.contains(QLatin1Char(' ')))
        return QStringLiteral("spaced words");
    if (h.contains(QLatin1Char('_')))
        return upper ? QStringLiteral("mixed") : QStringLiteral("snake_case");
    if (h.contains(QLatin1Char('-')))
        return upper ? QStringLiteral("mixed") : QStringLiteral("kebab-case");
    if (upper && h.size() > 1 && h.mid(1) != h.mid(1).toUpper())
        return QStringLiteral("CamelCase");
    return QString(); // one lower-case word fits every style
}

} // namespace

void HeaderCheck::checkSet(const Table& table, FindingSink& sink, Progress&) const
{
    if (m_aspect == Aspect::Naming) {
        QMap<QString, QStringList> styles;
        for (int c = 0; c < table.columnCount(); ++c)
            if (const QString style = namingStyle(table.columnName(c)); !style.isEmpty())
                styles[style] << table.columnName(c);
        if (styles.size() < 2)
            return;
        QStringList parts;
        for (auto it = styles.begin(); it != styles.end(); ++it)
            parts << QStringLiteral("%1 (%2)").arg(it.key(), it.value().mid(0, 3).join(QLatin1String(", ")));
        const std::string message =
            QStringLiteral("The headers mix naming styles: %1.").arg(parts.join(QLatin1String("; "))).toStdString();
        sink.addTableLevel(-1, std::string_view(), FindingExtra().asMessage(message));
        return;
    }
    if (m_aspect == Aspect::Mapping) {
        if (!m_mapped.isEmpty()) {
            const std::string message = QStringLiteral("Headers read as the pack's fields: %1.")
                                            .arg(m_mapped.join(QLatin1String(", ")))
                                            .toStdString();
            sink.addTableLevel(-1, std::string_view(), FindingExtra().asMessage(message));
        }
        if (!m_unknown.isEmpty()) {
            const std::string message = QStringLiteral("%1 header%2 %3 not a field of this dataset: %4.")
                                            .arg(m_unknown.size())
                                            .arg(m_unknown.size() == 1 ? QString() : QStringLiteral("s"))
                                            .arg(m_unknown.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"))
                                            .arg(m_unknown.join(QLatin1String(", ")))
                                            .toStdString();
            sink.addTableLevel(-1, std::string_view(),
                               FindingExtra().asMessage(message).withSeverity(m_unknownSeverity));
        }
        return;
    }
    for (int c : table.renamedHeaders()) {
        const std::string name = table.columnName(c).toStdString();
        const std::string message =
            QStringLiteral("The header of column %1 is blank or repeats another header; it is shown as '%2'.")
                .arg(c + 1)
                .arg(table.columnName(c))
                .toStdString();
        sink.addTableLevel(c, name, FindingExtra().asMessage(message));
    }
    if (!m_whitespace)
        return;
    for (int c = 0; c < table.columnCount(); ++c) {
        const std::string name = table.columnName(c).toStdString();
        if (textutil::trim(name) == std::string_view(name))
            continue;
        const std::string message = QStringLiteral("The header '%1' (column %2) has leading or trailing spaces.")
                                        .arg(table.columnName(c))
                                        .arg(c + 1)
                                        .toStdString();
        sink.addTableLevel(c, name, FindingExtra().suggest(textutil::trim(name)).asMessage(message));
    }
}

} // namespace plumbline
