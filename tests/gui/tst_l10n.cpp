// The GUI in Welsh: started the way the application starts (l10n::installTranslators) with LANGUAGE=cy, the
// menus, their actions and the panels speak Welsh; English loads its plural forms; a language chosen in
// View → Language overrides the system's.
#include "keyboard_routes.h"

#include "itemmodels/findings_tree_model.h"
#include "l10n/ui_language.h"
#include "panels/findings/findings_dock.h"
#include "settings/app_settings.h"
#include "shell/main_window.h"
#include "validation/finding_navigator.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

using namespace plumbline;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(PLUMBLINE_TEST_DATA "/gui/editing/") + name;
}

} // namespace

class TestL10n : public QObject
{
    Q_OBJECT

private slots:
    void theSystemLanguageIsWelsh();
    void menusAreWelsh_data();
    void menusAreWelsh();
    void menuBarMnemonicsAreUnique();
    void findingsShowRuleTextsAndSeverityInWelsh();
    void englishHasItsPluralForms();
    void qtStandardButtonsAreWelsh();
    void aChosenLanguageOverridesTheSystems();
};

void TestL10n::theSystemLanguageIsWelsh()
{
    // main() set LANGUAGE=cy before the application object existed and installed the translators.
    QCOMPARE(l10n::currentLanguage(), QStringLiteral("cy"));
}

void TestL10n::menusAreWelsh_data()
{
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<QString>("welsh");
    QTest::newRow("File") << "menuFile"
                          << "&Ffeil";
    QTest::newRow("Edit") << "menuEdit"
                          << "&Golygu";
    QTest::newRow("View") << "menuView"
                          << "G&weld";
    QTest::newRow("Go") << "menuGo"
                        << "&Mynd";
    QTest::newRow("Validate") << "menuValidate"
                              << "&Dilysu";
    QTest::newRow("Help") << "menuHelp"
                          << "&Cymorth";
    QTest::newRow("Open Recent") << "menuRecent"
                                 << "Agor Di&weddar";
    QTest::newRow("Language") << "menuLanguage"
                              << "I&aith";
    QTest::newRow("Open") << "actionOpen"
                          << "&Agor\u2026";
    QTest::newRow("Export") << "actionExport"
                            << "A&llforio\u2026";
    QTest::newRow("Quit") << "actionQuit"
                          << "&Gadael";
    QTest::newRow("Undo") << "actionUndo"
                          << "&Dadwneud";
    QTest::newRow("Redo") << "actionRedo"
                          << "&Ailwneud";
    QTest::newRow("About") << "actionAbout"
                           << "&Ynghylch Plumbline";
    QTest::newRow("History") << "actionShowHistory"
                             << "&Hanes";
    QTest::newRow("Findings") << "actionShowFindings"
                              << "Dangos &Canfyddiadau";
}

void TestL10n::menusAreWelsh()
{
    QFETCH(QString, objectName);
    QFETCH(QString, welsh);
    MainWindow window;
    if (auto* menu = window.findChild<QMenu*>(objectName))
        QCOMPARE(menu->title(), welsh);
    else if (auto* action = window.findChild<QAction*>(objectName))
        QCOMPARE(action->text(), welsh);
    else
        QFAIL(qPrintable(QStringLiteral("no menu or action named %1").arg(objectName)));
}

void TestL10n::menuBarMnemonicsAreUnique()
{
    // The translation chose its own letters: Alt+letter opens one menu, each command in a menu has its own.
    MainWindow window;
    const QStringList missing = testing::missingKeyboardRoutes(window.menuBar());
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no keyboard route:\n  ") + missing.join(u"\n  ")));
}

void TestL10n::findingsShowRuleTextsAndSeverityInWelsh()
{
    // The fixture pack has a Welsh translation beside it (pack.cy.json).
    AppSettings().rulePack.setValue(fixture(QStringLiteral("pack.json")));
    MainWindow window;
    QSignalSpy validated(&window, &MainWindow::validationFinished);
    window.openFile(fixture(QStringLiteral("register.csv")));
    QVERIFY(validated.wait(60000));
    QVERIFY(validated.first().first().toBool());
    QAbstractItemModel* findings = window.findingNavigator()->dock()->model();
    QTRY_VERIFY(findings->rowCount() > 0); // arranged off the GUI thread
    // The first column names the group and, on a finding's row, its severity.
    QCOMPARE(findings->headerData(FindingsTreeModel::SeverityColumn, Qt::Horizontal).toString(),
             QStringLiteral("Gr\u0175p / Difrifoldeb"));
    QStringList messages;
    QSet<QString> severities;
    // The findings under each group (or the top level when ungrouped).
    const auto read = [&](const QModelIndex& parent) {
        for (int row = 0; row < findings->rowCount(parent); ++row) {
            if (findings->index(row, 0, parent).data(int(FindingsTreeModel::Role::IsGroup)).toBool())
                continue;
            messages << findings->index(row, FindingsTreeModel::MessageColumn, parent).data().toString();
            severities << findings->index(row, FindingsTreeModel::SeverityColumn, parent).data().toString();
        }
    };
    read({});
    for (int group = 0; group < findings->rowCount(); ++group)
        read(findings->index(group, 0));
    // Severity in words, in Welsh; only what the fixture yields.
    QVERIFY2(severities.contains(QStringLiteral("gwall")), qPrintable(QStringList(severities.values()).join(u',')));
    QVERIFY(!severities.contains(QStringLiteral("error")));
    // E-REQ's message is translated; the codelist check's own sentence for a synonym is not (it stays English).
    QVERIFY2(messages.filter(QStringLiteral("Mae'r penderfyniad ar goll")).size() > 0,
             qPrintable(messages.join(u'\n')));
    QVERIFY2(messages.filter(QStringLiteral("it means 'granted'")).size() > 0, qPrintable(messages.join(u'\n')));
    QVERIFY(messages.filter(QStringLiteral("Decision is missing")).isEmpty());
    window.close();
    AppSettings().rulePack.reset();
}

void TestL10n::englishHasItsPluralForms()
{
    // Without an English translation "%n row(s)" would show as "1 row(s)".
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/plumbline/translations/plumbline_en")));
    QCOMPARE(english.translate("plumbline::MainWindow", "%Ln edited cell(s)", nullptr, 1),
             QStringLiteral("%Ln edited cell"));
    QCOMPARE(english.translate("plumbline::MainWindow", "%Ln edited cell(s)", nullptr, 2),
             QStringLiteral("%Ln edited cells"));
    QCoreApplication::installTranslator(&english);
    QCOMPARE(QCoreApplication::translate("InsertRowsCommand", "Insert %n row(s)", nullptr, 1),
             QStringLiteral("Insert 1 row"));
    QCoreApplication::removeTranslator(&english);
    // And Welsh has five forms; after a numeral the noun stays singular.
    QCOMPARE(QCoreApplication::translate("InsertRowsCommand", "Insert %n row(s)", nullptr, 3),
             QStringLiteral("Mewnosod 3 rhes"));
}

void TestL10n::qtStandardButtonsAreWelsh()
{
    // Qt has no Welsh of its own: Plumbline's translation carries its standard buttons.
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Ok)->text().remove(u'&'), QStringLiteral("Iawn"));
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'), QStringLiteral("Diddymu"));
}

void TestL10n::aChosenLanguageOverridesTheSystems()
{
    AppSettings settings;
    settings.language.setValue(QStringLiteral("en"));
    QCOMPARE(l10n::installTranslators(qApp), QStringLiteral("en"));
    {
        MainWindow window;
        QCOMPARE(window.findChild<QMenu*>(QStringLiteral("menuFile"))->title(), QStringLiteral("&File"));
        QAction* english = window.findChild<QAction*>(QStringLiteral("actionLanguage_en"));
        QVERIFY(english);
        QVERIFY(english->isChecked());
    }
    settings.language.reset();
    QCOMPARE(l10n::installTranslators(qApp), QStringLiteral("cy")); // LANGUAGE again
}

int main(int argc, char** argv)
{
    // As a user's session would have it, before Qt reads the environment.
    qputenv("LANGUAGE", "cy");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location, never the user's
    QCoreApplication::setOrganizationName(QStringLiteral("PlumblineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_l10n"));
    AppSettings().language.reset();
    l10n::installTranslators(&app);
    TestL10n test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_l10n.moc"
