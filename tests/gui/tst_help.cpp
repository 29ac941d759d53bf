// The Help menu: the user guide compiled in and shown with its pictures, a keyboard shortcut list read from the
// window's actions (a new action shows up without anyone editing a list), and About with the version.
#include "shell/about_dialog.h"
#include "shell/help_windows.h"
#include "shell/main_window.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace plumbline;

class TestHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theHelpMenuHasTheGuideTheShortcutsAndAbout()
    {
        MainWindow window;
        auto* help = window.menuBar()->findChild<QMenu*>(QStringLiteral("menuHelp"));
        QVERIFY(help);
        QStringList names;
        for (const QAction* action : help->actions())
            names << action->objectName();
        QVERIFY(names.contains(QStringLiteral("actionUserGuide")));
        QVERIFY(names.contains(QStringLiteral("actionShortcuts")));
        QVERIFY(names.contains(QStringLiteral("actionAbout")));
        auto* guide = window.findChild<QAction*>(QStringLiteral("actionUserGuide"));
        QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
    }

    void theGuideIsTheOneInDocsWithItsPictures()
    {
        QFile source(QStringLiteral(PLUMBLINE_TEST_DATA "/../../docs/user-guide.md"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(UserGuideWindow::guideMarkdown(), QString::fromUtf8(source.readAll()));
        UserGuideWindow window;
        QVERIFY(window.browser()->toPlainText().contains(QStringLiteral("Opening a file")));
        const QVariant picture = window.browser()->loadResource(QTextDocument::ImageResource,
                                                                QUrl(QStringLiteral("screenshots/main-window.png")));
        QVERIFY(picture.isValid());
    }

    void theShortcutListIsReadFromTheActions()
    {
        MainWindow window;
        const auto rows = ShortcutsWindow::shortcutsOf(&window);
        const auto has = [&](const QString& text, const QKeySequence& key) {
            return std::any_of(rows.begin(), rows.end(), [&](const auto& row) {
                return row.first == text && row.second.contains(key.toString(QKeySequence::NativeText));
            });
        };
        QVERIFY(has(QStringLiteral("Open\u2026"), QKeySequence(Qt::CTRL | Qt::Key_O)));
        QVERIFY(has(QStringLiteral("User Guide"), QKeySequence(QKeySequence::HelpContents)));
        QVERIFY(has(QStringLiteral("Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q)));
        QVERIFY(has(QStringLiteral("Next Finding"), QKeySequence(Qt::Key_F8)));
        // Every action with a shortcut is listed: one added now appears the next time the list opens.
        auto* extra = new QAction(QStringLiteral("&Frobnicate"), &window);
        extra->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
        QVERIFY(!has(QStringLiteral("Frobnicate"), extra->shortcut()));
        ShortcutsWindow list(&window);
        bool listed = false;
        for (int i = 0; i < list.view()->topLevelItemCount(); ++i)
            listed = listed || list.view()->topLevelItem(i)->text(0) == QLatin1String("Frobnicate");
        QVERIFY(listed);
        QCOMPARE(list.view()->topLevelItemCount(), int(ShortcutsWindow::shortcutsOf(&window).size()));
    }

    void aboutNamesTheVersion()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral(PLUMBLINE_VERSION));
        QVERIFY(AboutDialog::aboutText().contains(QStringLiteral("Plumbline " PLUMBLINE_VERSION)));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
