#pragma once

#include "settings/setting_value.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace plumbline {

/// Every GUI setting Plumbline keeps, with its key and default, in one place.
/// Cheap to construct: make one where needed. Command-line flags override these in main(), never the reverse.
class AppSettings final
{
public:
    AppSettings();

    /// Most recent first; absolute paths. RecentFiles trims it to kMaxRecentFiles and prunes missing files.
    SettingValue<QStringList> recentFiles;
    static constexpr int kMaxRecentFiles = 10;
    /// Where File → Open starts.
    SettingValue<QString> lastOpenDirectory;
    /// Where File → Export… starts, and the filter last chosen there ("Excel workbook (*.xlsx)").
    SettingValue<QString> lastExportDirectory;
    SettingValue<QString> lastExportFilter;
    /// Validate every file once it has loaded.
    SettingValue<bool> validateAfterLoad;
    /// The rule pack chosen in Validate → Rule Pack: empty = chosen from the headers, else a built-in name or
    /// the path of a user's .json pack.
    SettingValue<QString> rulePack;
    /// Users' .json packs loaded with Validate → Rule Pack → Load Rule Pack…, most recent first.
    SettingValue<QStringList> userRulePacks;
    /// The planning.data.gov.uk specification folder last used by Rule Pack → Pack from Specification….
    SettingValue<QString> specificationFolder;
    /// Rule ids switched off in the Rules panel (they stay off for every file until switched on).
    SettingValue<QStringList> disabledRules;
    /// Severities chosen in the Rules panel, as "rule-id=severity" entries.
    SettingValue<QStringList> severityOverrides;
    /// The colour scheme: "system" (the default), "light" or "dark" (theme::name()).
    SettingValue<QString> theme;
    /// Keep the key column (reference, id) in view while scrolling right.
    SettingValue<bool> freezeKeyColumn;
    /// Show spaces at the ends of values and other invisible characters in the grid.
    SettingValue<bool> showInvisibles;
    /// How the findings panel groups: "rule" (the default), "column", "severity" or "none".
    SettingValue<QString> findingsGrouping;
    /// The GUI's language ("cy", "en"); empty = the system's (View → Language).
    SettingValue<QString> language;
    /// QMainWindow::saveGeometry() / saveState() blobs.
    SettingValue<QByteArray> mainWindowGeometry;
    SettingValue<QByteArray> mainWindowState;
};

} // namespace plumbline
