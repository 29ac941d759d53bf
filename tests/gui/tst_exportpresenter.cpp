// Specification of File → Export…: every format the core writes is offered, CSV can be normalised, a table is
// chosen for one-table formats from a multi-table dataset, the export runs in the background with progress
// and Cancel, errors show Error::toString() in a box and warnings show after success. Runs under
// QT_QPA_PLATFORM=offscreen.
#include "multi_table_fixture.h"

#include "export/export_controller.h"
#include "export/export_options_dialog.h"
#include "export/export_presenter.h"
#include "io/dataset_writer.h"
#include "io/formats.h"
#include "shell/main_actions.h"
#include "shell/main_window.h"
#include "tables/table_tabs.h"
#include "tasks/task_progress_widget.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace plumbline;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(PLUMBLINE_TEST_DATA "/gui/") + QLatin1String(name);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool openAndWait(MainWindow& window, const QString& path)
{
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    QSignalSpy validated(&window, &MainWindow::validationFinished);
    window.openFile(path);
    if (!finished.wait(60000) || !finished.first().first().toBool())
        return false;
    // The validation that follows a load ends with its own status message: let it, so that it cannot replace
    // the export's message on a slow machine.
    return !window.isValidating() || !validated.isEmpty() || validated.wait(60000);
}

/// Starts an export and waits for it; returns exportFinished's ok.
bool exportAndWait(MainWindow& window, const QString& path, const ExportOptions& options = {})
{
    QSignalSpy finished(&window, &MainWindow::exportFinished);
    if (!window.exportTo(path, options))
        return false;
    return finished.wait(60000) && finished.first().first().toBool();
}

} // namespace

class TestExportPresenter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void everyCoreFormatHasAFilter();
    void exportIsEnabledOnceADatasetIsOpen();
    void faithfulCsvKeepsTheSourceBytes();
    void normalisedCsvIsUtf8CommaLf();
    void oneTableOfAMultiTableDataset();
    void errorsShowTheCoreMessage_data();
    void errorsShowTheCoreMessage();
    void aWarningIsShownAfterSuccess();
    void cancelWritesNothing();
    void optionsDialogAsksOnlyWhatMatters();
    void aDataPackageIsNamedByItsDescriptor();
    void theDialogsDriveTheWholeExport();
    void theProposedNameIsNeverTheSource_data();
    void theProposedNameIsNeverTheSource();

private:
    QTemporaryDir m_dir;
};

void TestExportPresenter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PlumblineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportpresenter"));
    QVERIFY(m_dir.isValid());
}

void TestExportPresenter::init()
{
    QSettings().clear();
}

void TestExportPresenter::everyCoreFormatHasAFilter()
{
    const QString filters = FileFormat::saveFilters();
    for (const QString& extension : exportFormats())
        QVERIFY2(filters.contains(QStringLiteral("*.") + extension), qPrintable(extension));
    QVERIFY(filters.startsWith(QStringLiteral("CSV (comma-separated values) (*.csv)")));
    const FileFormat csv = FileFormat::forExtension(QStringLiteral("CSV"));
    QVERIFY(csv.canNormalise);
    QVERIFY(!csv.holdsManyTables);
    QVERIFY(FileFormat::forExtension(QStringLiteral("nope")).label.isEmpty());
}

void TestExportPresenter::exportIsEnabledOnceADatasetIsOpen()
{
    MainWindow window;
    QAction* action = window.actions()->exportAs();
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QVERIFY(!action->isEnabled());
    QVERIFY(!window.exportTo(m_dir.filePath(QStringLiteral("nothing.csv"))));
    QVERIFY(openAndWait(window, fixture("applications.csv")));
    QVERIFY(action->isEnabled());
}

void TestExportPresenter::faithfulCsvKeepsTheSourceBytes()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, fixture("semicolon-crlf.csv")));
    const QString out = m_dir.filePath(QStringLiteral("faithful.csv"));
    QSignalSpy running(window.exporter(), &ExportPresenter::runningChanged);
    QVERIFY(exportAndWait(window, out));
    QCOMPARE(readAll(out), readAll(fixture("semicolon-crlf.csv")));
    QCOMPARE(running.count(), 2); // on, then off
    QVERIFY(!window.exporter()->progressWidget()->isVisible());
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Exported to")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(!window.exporter()->resultBox()); // no warning, no box
}

void TestExportPresenter::normalisedCsvIsUtf8CommaLf()
{
    MainWindow window;
    QVERIFY(openAndWait(window, fixture("semicolon-crlf.csv")));
    const QString out = m_dir.filePath(QStringLiteral("normalised.csv"));
    ExportOptions options;
    options.normalise = true;
    QVERIFY(exportAndWait(window, out, options));
    QCOMPARE(readAll(out), QByteArray("ref,decision,notes\nA/1,Granted,semi;colon\nA/2,Refused,plain\n"));
}

void TestExportPresenter::oneTableOfAMultiTableDataset()
{
    MainWindow window;
    window.openDataset(testing::popoloDataset());
    const QString out = m_dir.filePath(QStringLiteral("organizations.csv"));
    ExportOptions options;
    options.table = QStringLiteral("organizations");
    QVERIFY(exportAndWait(window, out, options));
    QCOMPARE(readAll(out), QByteArray("id,name\nparty/lab,Labour\nparty/con,Conservative\n"
                                      "party/ld,Liberal Democrat\n"));
}

void TestExportPresenter::errorsShowTheCoreMessage_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("says");
    QTest::newRow("no table chosen") << QStringLiteral("all.csv") << QString()
                                     << QStringLiteral("persons, organizations, memberships");
    QTest::newRow("unknown extension") << QStringLiteral("out.docx") << QStringLiteral("persons")
                                       << QStringLiteral("cannot export");
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/out.csv") << QStringLiteral("persons")
                                    << QStringLiteral("no/such/folder");
}

void TestExportPresenter::errorsShowTheCoreMessage()
{
    QFETCH(QString, fileName);
    QFETCH(QString, table);
    QFETCH(QString, says);
    MainWindow window;
    window.show();
    window.openDataset(testing::popoloDataset());
    const QString out = m_dir.filePath(fileName);
    ExportOptions options;
    options.table = table;
    QSignalSpy finished(window.exporter(), &ExportPresenter::finished);
    QSignalSpy failed(window.exporter()->controller(), &ExportController::failed);
    QVERIFY(!exportAndWait(window, out, options));
    QCOMPARE(failed.count(), 1);
    const Error error = failed.first().first().value<Error>();
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("exportErrorBox"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QCOMPARE(box->informativeText(), error.toString());
    QVERIFY2(box->informativeText().contains(says), qPrintable(box->informativeText()));
    QVERIFY(box->text().contains(QFileInfo(out).fileName()));
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(window.actions()->exportAs()->isEnabled()); // ready for another try
    box->close();
}

void TestExportPresenter::aWarningIsShownAfterSuccess()
{
    // A faithful export copies the source's bytes; with the source gone it re-writes every row and says so.
    const QString source = m_dir.filePath(QStringLiteral("vanishing.csv"));
    QVERIFY(QFile::copy(fixture("semicolon-crlf.csv"), source));
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, source));
    QVERIFY(QFile::remove(source));
    const QString out = m_dir.filePath(QStringLiteral("rewritten.csv"));
    QVERIFY(exportAndWait(window, out));
    QVERIFY(QFileInfo::exists(out));
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("exportWarningBox"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY2(box->informativeText().contains(QStringLiteral("no longer available")),
             qPrintable(box->informativeText()));
    box->close();
}

void TestExportPresenter::cancelWritesNothing()
{
    // A big in-memory table, so that the worker is still writing when Cancel is clicked.
    std::vector<std::vector<std::string>> rows(300'000, {"some value", "another, quoted value", "x"});
    auto dataset = std::make_shared<Dataset>();
    dataset->tables.push_back(testing::makeTable(
        QStringLiteral("big"), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, rows));
    MainWindow window;
    window.show();
    window.openDataset(dataset);
    const QString out = m_dir.filePath(QStringLiteral("canceled.csv"));
    QSignalSpy finished(&window, &MainWindow::exportFinished);
    QSignalSpy canceled(window.exporter()->controller(), &ExportController::canceled);
    QVERIFY(window.exportTo(out));
    TaskProgressWidget* progress = window.exporter()->progressWidget();
    QVERIFY(progress->isVisible());
    QVERIFY(progress->text().startsWith(QStringLiteral("Exporting canceled.csv")));
    QVERIFY(!window.actions()->exportAs()->isEnabled()); // one export at a time
    auto* cancel = progress->findChild<QToolButton*>(QStringLiteral("exportProgressCancel"));
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(canceled.count(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!progress->isVisible());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("canceled")));
    // The worker stops; nothing arrives later and no file is left behind.
    QTest::qWait(1500);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!QFileInfo::exists(out));
}

void TestExportPresenter::optionsDialogAsksOnlyWhatMatters()
{
    const QStringList tables{QStringLiteral("persons"), QStringLiteral("organizations"), QStringLiteral("memberships")};
    const FileFormat csv = FileFormat::forExtension(QStringLiteral("csv"));
    FileFormat many;
    many.label = QStringLiteral("Workbook");
    many.extensions = {QStringLiteral("xlsx")};
    many.holdsManyTables = true;

    // CSV from three tables: pick one (the current tab's by default) and normalise or not.
    QVERIFY(ExportOptionsDialog::needed(csv, 3));
    ExportOptionsDialog forCsv(csv, QStringLiteral("x.csv"), tables, QStringLiteral("memberships"));
    QVERIFY(forCsv.tableBox());
    QCOMPARE(forCsv.tableBox()->count(), 3);
    QCOMPARE(forCsv.tableBox()->currentText(), QStringLiteral("memberships"));
    QVERIFY(forCsv.normaliseBox());
    QVERIFY(forCsv.normaliseBox()->text().contains(QStringLiteral("comma")));
    forCsv.normaliseBox()->setChecked(true);
    QCOMPARE(forCsv.options().table, QStringLiteral("memberships"));
    QVERIFY(forCsv.options().normalise);
    // Formulas are written as they are unless asked (faithful stays the default).
    QVERIFY(forCsv.neutraliseFormulasBox());
    QVERIFY(!forCsv.options().neutraliseFormulas);
    forCsv.neutraliseFormulasBox()->setChecked(true);
    QVERIFY(forCsv.options().neutraliseFormulas);

    // A format that holds every table offers "All tables" first, and takes it by default.
    ExportOptionsDialog forMany(many, QStringLiteral("x.xlsx"), tables, QStringLiteral("memberships"));
    QCOMPARE(forMany.tableBox()->count(), 4);
    QCOMPARE(forMany.tableBox()->currentText(), QStringLiteral("All 3 tables"));
    QVERIFY(forMany.options().table.isEmpty());
    QVERIFY(!forMany.normaliseBox());
    QVERIFY(!forMany.neutraliseFormulasBox());
    QVERIFY(!forMany.options().neutraliseFormulas);

    // One table and a format without options: nothing to ask.
    QVERIFY(!ExportOptionsDialog::needed(many, 1));
    QVERIFY(ExportOptionsDialog::needed(csv, 1));
    ExportOptionsDialog single(csv, QStringLiteral("x.csv"), {QStringLiteral("only")}, QStringLiteral("only"));
    QVERIFY(!single.tableBox());
}

void TestExportPresenter::aDataPackageIsNamedByItsDescriptor()
{
    const QString dir = m_dir.filePath(QStringLiteral("package"));
    QVERIFY(QDir().mkpath(dir));
    const FileFormat package = FileFormat::forPath(dir + QStringLiteral("/DataPackage.json"));
    QCOMPARE(package.fileName, QStringLiteral("datapackage.json"));
    QVERIFY(package.holdsManyTables);
    QVERIFY(package.filter().endsWith(QStringLiteral("(datapackage.json)")));
    QCOMPARE(package.completePath(dir + QStringLiteral("/kenya.json")), dir + QStringLiteral("/datapackage.json"));
    QCOMPARE(FileFormat::forPath(QStringLiteral("/x/kenya.json")).label, QStringLiteral("JSON"));
    QCOMPARE(FileFormat::forExtension(QStringLiteral("xlsx")).completePath(QStringLiteral("/x/out")),
             QStringLiteral("/x/out.xlsx"));
    QVERIFY(FileFormat::saveFilters().contains(package.filter()));

    MainWindow window;
    window.openDataset(testing::popoloDataset());
    QVERIFY(exportAndWait(window, package.completePath(dir + QStringLiteral("/anything"))));
    QVERIFY(readAll(dir + QStringLiteral("/datapackage.json")).contains("\"memberships\""));
    QVERIFY(QDir(dir).entryList({QStringLiteral("*.csv")}, QDir::Files).size() >= 3);
}

void TestExportPresenter::theDialogsDriveTheWholeExport()
{
    MainWindow window;
    window.show();
    window.openDataset(testing::popoloDataset());
    window.tabs()->setCurrentIndex(1); // organizations
    const QString out = m_dir.filePath(QStringLiteral("from-dialog.csv"));
    bool sawSaveDialog = false;
    bool sawOptions = false;
    // The save dialog (Qt's own under the offscreen platform), then the options dialog, each modal.
    QTimer::singleShot(100, this, [&] {
        auto* save = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        QVERIFY(save);
        sawSaveDialog = true;
        QVERIFY(save->nameFilters().first().startsWith(QStringLiteral("CSV")));
        // Type the name as a user would (selectFile() races with the dialog's own directory loading).
        auto* name = save->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(out);
        QTimer::singleShot(100, this, [&] {
            auto* options = qobject_cast<ExportOptionsDialog*>(QApplication::activeModalWidget());
            QVERIFY(options);
            sawOptions = true;
            QCOMPARE(options->tableBox()->currentText(), QStringLiteral("organizations"));
            options->normaliseBox()->setChecked(true);
            options->accept();
        });
        QMetaObject::invokeMethod(save, "accept", Qt::DirectConnection);
    });
    QSignalSpy finished(&window, &MainWindow::exportFinished);
    window.actions()->exportAs()->trigger();
    QVERIFY(sawSaveDialog);
    QVERIFY(sawOptions);
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(window.exporter()->controller()->path(), out);
    QVERIFY(readAll(out).startsWith("id,name\nparty/lab,Labour\n"));
    QCOMPARE(QSettings().value(QStringLiteral("files/lastExportDirectory")).toString(), m_dir.path());
}

void TestExportPresenter::theProposedNameIsNeverTheSource_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("directory");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("expected");
    QTest::newRow("same folder") << "/data/register.csv"
                                 << "/data" << QString() << "csv"
                                 << "/data/register (fixed).csv";
    QTest::newRow("last export folder") << "/data/register.csv"
                                        << "/out" << QString() << "xlsx"
                                        << "/out/register (fixed).xlsx";
    QTest::newRow("one table of several") << "/data/kenya.json"
                                          << "/out"
                                          << "persons"
                                          << "csv"
                                          << "/out/kenya-persons (fixed).csv";
}

void TestExportPresenter::theProposedNameIsNeverTheSource()
{
    QFETCH(QString, source);
    QFETCH(QString, directory);
    QFETCH(QString, table);
    QFETCH(QString, extension);
    QFETCH(QString, expected);
    const QString path = ExportPresenter::suggestedPath(source, directory, table, extension);
    QCOMPARE(path, expected);
    QVERIFY(path != source);
}

QTEST_MAIN(TestExportPresenter)
#include "tst_exportpresenter.moc"
