#include "style/icons.h"

#include "rules/builtin_resources.h"

#include <QFile>
#include <QHash>

namespace plumbline::icons {

QIcon named(const char* name)
{
    static QHash<QByteArray, QIcon> cache;
    const QByteArray key(name);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    ensureBuiltinResources();
    const QString path = QStringLiteral(":/plumbline/icons/actions/%1.svg").arg(QLatin1String(name));
    const QIcon icon = QFile::exists(path) ? QIcon(path) : QIcon();
    cache.insert(key, icon);
    return icon;
}

QIcon severity(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return named("severity-error");
    case Severity::Warning:
        return named("severity-warning");
    case Severity::Notice:
        return named("severity-notice");
    case Severity::Info:
        return named("severity-info");
    }
    return {};
}

} // namespace plumbline::icons
