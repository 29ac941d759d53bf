#include "rules/builtin_resources.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtGlobal>

#include <mutex>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initPlumblineResources()
{
    Q_INIT_RESOURCE(plumbline_resources);
}

namespace plumbline {

void ensureBuiltinResources()
{
    static std::once_flag once;
    std::call_once(once, initPlumblineResources);
}

QString builtinResourceDir(QStringView kind)
{
    ensureBuiltinResources();
    // applicationDirPath() needs an application object; without one (fuzz targets) the compiled-in copy serves.
    if (QCoreApplication::instance()) {
        const QString installed =
            QCoreApplication::applicationDirPath() + QLatin1String("/../share/plumbline/") + kind.toString();
        if (QFileInfo(installed).isDir())
            return QFileInfo(installed).canonicalFilePath();
    }
    return QLatin1String(":/plumbline/") + kind.toString();
}

} // namespace plumbline
