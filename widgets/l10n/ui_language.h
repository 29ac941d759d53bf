#pragma once

#include <QList>
#include <QString>

class QCoreApplication;
class QMenu;
class QWidget;

namespace plumbline::l10n {

/// A language the GUI ships a translation for.
struct UiLanguage
{
    QString code;       ///< "en", "cy": the suffix of the .qm file and of a rule pack's translation file
    QString nativeName; ///< "English", "Cymraeg": how the menu shows it, never translated
};

/// The languages Plumbline's GUI is translated into, English (the source language) first.
QList<UiLanguage> availableLanguages();

/// Installs the GUI's translators on app: Plumbline's own strings and, when Qt ships them for that language,
/// Qt's (standard buttons, file dialogs). The language is the one chosen in View → Language (AppSettings::
/// language), else the first of the system's UI languages Plumbline has (QLocale::system().uiLanguages(), which
/// follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG), else English. Call once, after the application object exists
/// (its names locate the settings) and before the first widget is made: widgets translate their texts when they
/// are built. A second call replaces the translators of the first (widgets built before keep their texts). GUI
/// thread only. Returns the language code in use.
QString installTranslators(QCoreApplication* app);

/// The language installTranslators() chose ("en" before it ran). Rule packs' titles and messages use it too.
QString currentLanguage();

/// View → Language: "System Default" and one checkable entry per available language. Choosing one stores it;
/// it takes effect at the next start (the windows are not rebuilt), which a message says.
QMenu* createLanguageMenu(QWidget* parent);

} // namespace plumbline::l10n
