#include "settings/app_settings.h"

namespace plumbline {

AppSettings::AppSettings()
    : recentFiles(QStringLiteral("files/recent")), lastOpenDirectory(QStringLiteral("files/lastOpenDirectory")),
      lastExportDirectory(QStringLiteral("files/lastExportDirectory")),
      lastExportFilter(QStringLiteral("files/lastExportFilter")),
      validateAfterLoad(QStringLiteral("validation/afterLoad"), true), rulePack(QStringLiteral("validation/rulePack")),
      userRulePacks(QStringLiteral("validation/userRulePacks")),
      specificationFolder(QStringLiteral("validation/specificationFolder")),
      disabledRules(QStringLiteral("validation/disabledRules")),
      severityOverrides(QStringLiteral("validation/severityOverrides")),
      theme(QStringLiteral("appearance/theme"), QStringLiteral("system")),
      freezeKeyColumn(QStringLiteral("grid/freezeKeyColumn"), true),
      showInvisibles(QStringLiteral("grid/showInvisibles"), false),
      findingsGrouping(QStringLiteral("findings/grouping"), QStringLiteral("rule")),
      language(QStringLiteral("ui/language")), mainWindowGeometry(QStringLiteral("mainWindow/geometry")),
      mainWindowState(QStringLiteral("mainWindow/state"))
{
}

} // namespace plumbline
