#include "l10n/ui_language.h"

#include "settings/app_settings.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QTranslator>

namespace plumbline::l10n {

namespace {

const QString kQmDirectory = QStringLiteral(":/plumbline/translations");

QString& languageInUse()
{
    static QString language = QStringLiteral("en");
    return language;
}

/// The translators installTranslators() installed, so that a second call replaces them.
QList<QPointer<QTranslator>>& installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

bool isAvailable(const QString& code)
{
    for (const UiLanguage& language : availableLanguages())
        if (language.code == code)
            return true;
    return false;
}

/// "cy-GB", "cy_GB.UTF-8" → "cy"; the code of the first of languages Plumbline has, else empty.
QString firstAvailable(const QStringList& languages)
{
    for (const QString& name : languages) {
        const QString code = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isAvailable(code))
            return code;
    }
    return {};
}

} // namespace

QList<UiLanguage> availableLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("cy"), QStringLiteral("Cymraeg")}};
}

QString installTranslators(QCoreApplication* app)
{
    const QString chosen = AppSettings().language.value();
    QString code = isAvailable(chosen) ? chosen : firstAvailable(QLocale::system().uiLanguages());
    if (code.isEmpty())
        code = QStringLiteral("en"); // English source texts, with the English plural forms
    if (isAvailable(chosen))
        QLocale::setDefault(QLocale(chosen)); // dates and numbers follow a language chosen in the menu
    for (const QPointer<QTranslator>& translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator.data();
        }
    }
    installed().clear();

    // English also has a translation: the plural forms of "%n row(s)" ("1 row", "2 rows").
    auto* own = new QTranslator(app);
    if (own->load(QStringLiteral("plumbline_") + code, kQmDirectory)) {
        QCoreApplication::installTranslator(own);
        installed() << own;
    } else
        delete own; // a build without translations still runs, in English
    if (code != QLatin1String("en")) {
        auto* qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            installed() << qt;
        } else
            delete qt; // Qt has no translation for it: its few own texts stay English
    }
    languageInUse() = code;
    return code;
}

QString currentLanguage()
{
    return languageInUse();
}

QMenu* createLanguageMenu(QWidget* parent)
{
    auto* menu = new QMenu(QCoreApplication::translate("plumbline::l10n", "&Language"), parent);
    menu->setObjectName(QStringLiteral("menuLanguage"));
    auto* group = new QActionGroup(menu);
    const QString chosen = AppSettings().language.value();
    auto add = [&](const QString& text, const QString& code) {
        QAction* action = menu->addAction(text);
        action->setObjectName(QStringLiteral("actionLanguage_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        group->addAction(action);
    };
    add(QCoreApplication::translate("plumbline::l10n", "&System Default"), QString());
    menu->addSeparator();
    for (const UiLanguage& language : availableLanguages())
        add(QLatin1Char('&') + language.nativeName, language.code);
    QObject::connect(group, &QActionGroup::triggered, menu, [parent](QAction* action) {
        const QString code = action->data().toString();
        if (code == AppSettings().language.value())
            return;
        if (code.isEmpty())
            AppSettings().language.reset();
        else
            AppSettings().language.setValue(code);
        QMessageBox::information(parent, QCoreApplication::translate("plumbline::l10n", "Language"),
                                 QCoreApplication::translate("plumbline::l10n",
                                                             "Plumbline will use the new language the next time "
                                                             "it starts."));
    });
    return menu;
}

} // namespace plumbline::l10n
