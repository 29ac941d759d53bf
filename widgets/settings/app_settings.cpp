#include "settings/app_settings.h"

namespace plumbline {

AppSettings::AppSettings()
    : recentFiles(QStringLiteral("files/recent")),
      lastOpenDirectory(QStringLiteral("files/lastOpenDirectory")),
      mainWindowGeometry(QStringLiteral("mainWindow/geometry")),
      mainWindowState(QStringLiteral("mainWindow/state"))
{
}

} // namespace plumbline
