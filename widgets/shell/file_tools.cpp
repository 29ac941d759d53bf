#include "shell/file_tools.h"

#include "dialogs/compare/compare_dialog.h"
#include "diff/compare_versions.h"
#include "document/document.h"
#include "io/dataset_reader.h"
#include "io/formats.h"
#include "reports/fix_list_writer.h"
#include "tasks/task_progress_widget.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>

namespace plumbline {

namespace {

/// What a background job gives back: its data, or the reason it failed.
struct CompareOutcome
{
    std::shared_ptr<const Comparison> comparison;
    QString error;
};

struct FixListOutcome
{
    QString error; ///< empty: written
};

void compareWorker(QPromise<CompareOutcome>& promise, QString path, std::shared_ptr<const Dataset> current,
                   CompareOptions options)
{
    PromiseProgress<CompareOutcome> progress(promise);
    auto other = readDataset(path, ReadOptions{}, progress);
    if (progress.canceled())
        return;
    if (!other) {
        promise.addResult(CompareOutcome{nullptr, other.error().toString()});
        return;
    }
    auto compared =
        compareVersions(std::make_shared<const Dataset>(std::move(other).value()), current, options, progress);
    if (progress.canceled())
        return;
    if (!compared)
        promise.addResult(CompareOutcome{nullptr, compared.error().toString()});
    else
        promise.addResult(CompareOutcome{std::make_shared<const Comparison>(std::move(compared).value()), {}});
}

void fixListWorker(QPromise<FixListOutcome>& promise, QString path, std::shared_ptr<const Dataset> dataset,
                   std::shared_ptr<const FindingStore> findings)
{
    PromiseProgress<FixListOutcome> progress(promise);
    const auto error = writeFixList(path, *dataset, *findings, progress);
    if (progress.canceled())
        return;
    promise.addResult(FixListOutcome{error ? error->toString() : QString()});
}

QString fileName(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).fileName());
}

} // namespace

CompareDialog* FileTools::compareDialog() const
{
    return m_compareDialog;
}

FileTools::FileTools(QMainWindow* window) : QObject(window), m_window(window)
{
    m_compare = new QAction(tr("Co&mpare With\u2026"), this);
    m_compare->setObjectName(QStringLiteral("actionCompareWith"));
    m_compare->setStatusTip(tr("Compare the data on screen with another version of it: records added, removed and "
                               "changed, findings new and gone"));
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_exportFixList = new QAction(tr("Export Fi&x List\u2026"), this);
    m_exportFixList->setObjectName(QStringLiteral("actionExportFixList"));
    m_exportFixList->setStatusTip(tr("Write the data with its problems beside each cell, and a summary by rule, as "
                                     "an Excel workbook or CSV for whoever fixes the source"));
    m_exportFixList->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X));
    connect(m_compare, &QAction::triggered, this, &FileTools::showCompareDialog);
    connect(m_exportFixList, &QAction::triggered, this, &FileTools::showExportFixListDialog);
    window->addActions({m_compare, m_exportFixList});

    m_progress = new TaskProgressWidget(QStringLiteral("fileToolsProgress"), tr("Stop and change nothing"), window);
    m_progress->hide();
    connect(m_progress, &TaskProgressWidget::cancelRequested, this, &FileTools::cancel);
    connect(&m_task, &BackgroundTask::progressChanged, m_progress, &TaskProgressWidget::setProgress);
    connect(&m_task, &BackgroundTask::canceled, this, [this] {
        m_progress->hide();
        updateActions();
        emit statusMessage(tr("Canceled; nothing was written or changed."), 5000);
    });
    updateActions();
}

void FileTools::setDocument(Document* document)
{
    if (m_document != document)
        m_task.abandon(); // a job for another file's data is of no use now
    m_progress->setVisible(m_task.isRunning());
    m_document = document;
    updateActions();
}

void FileTools::updateActions()
{
    m_compare->setEnabled(m_document && !m_task.isRunning());
    m_exportFixList->setEnabled(m_document && !m_task.isRunning());
}

void FileTools::cancel()
{
    m_task.cancel();
}

void FileTools::showError(const QString& title, const QString& text, const QString& detail)
{
    if (m_errorBox)
        m_errorBox->close();
    // Window-modal and non-blocking, like the load error.
    m_errorBox = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    m_errorBox->setObjectName(QStringLiteral("fileToolsErrorBox"));
    m_errorBox->setInformativeText(detail);
    m_errorBox->setAttribute(Qt::WA_DeleteOnClose);
    m_errorBox->open();
}

void FileTools::showCompareDialog()
{
    if (!m_document)
        return;
    const QString start = QFileInfo(m_document->dataset().source.path).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Compare With Another Version"), start, FileFormat::openFilters());
    if (!path.isEmpty())
        compareWith(path);
}

bool FileTools::compareWith(const QString& path, const QString& table, const QStringList& key)
{
    if (!m_document || path.isEmpty() || m_task.isRunning())
        return false;
    CompareOptions options;
    options.table = table;
    options.key = key;
    options.setup = m_document->validationSetup();
    options.setup.keepIndexes = false; // a one-off check of each version
    options.setup.only = nullptr;
    m_progress->start(tr("Comparing with %1").arg(fileName(path)));
    m_task.start(
        [this, path](const CompareOutcome& outcome) {
            m_progress->hide();
            updateActions();
            if (!outcome.comparison) {
                showError(tr("Could not compare"), tr("Plumbline could not compare with %1.").arg(fileName(path)),
                          outcome.error);
                emit compareFinished(false);
                return;
            }
            // Compared again with another key: the same dialog shows the new result where the user left it.
            if (m_compareDialog && m_comparedPath != path)
                m_compareDialog->close();
            if (!m_compareDialog) {
                auto* dialog = new CompareDialog(m_window);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->setWindowTitle(tr("Compare With %1").arg(fileName(path)));
                connect(dialog, &CompareDialog::recompareRequested, this,
                        [this, path](const QString& chosenTable, const QStringList& chosenKey) {
                            compareWith(path, chosenTable, chosenKey);
                        });
                m_compareDialog = dialog;
                m_comparedPath = path;
            }
            CompareDialog* dialog = m_compareDialog;
            dialog->setComparison(outcome.comparison);
            dialog->show();
            emit statusMessage(dialog->summaryText(), 8000);
            emit compareFinished(true);
        },
        compareWorker, path, m_document->snapshot(), options);
    updateActions();
    return true;
}

void FileTools::showExportFixListDialog()
{
    if (!m_document)
        return;
    const QFileInfo source(m_document->dataset().source.path);
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV, summary beside it (*.csv)");
    QString filter = xlsx;
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Fix List"),
        source.absoluteDir().filePath(tr("%1-fix-list.xlsx").arg(source.completeBaseName())),
        xlsx + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        path += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    exportFixList(path);
}

bool FileTools::exportFixList(const QString& path)
{
    if (!m_document || path.isEmpty() || m_task.isRunning())
        return false;
    const auto findings = m_document->findings();
    if (!findings || !m_document->lastRun()) {
        showError(
            tr("Nothing to export"), tr("The data has not been validated yet."),
            tr("Validate it first (Validate \u2192 Validate); the fix list lists the findings beside each cell."));
        emit fixListExported(false);
        return false;
    }
    m_progress->start(tr("Writing %1").arg(fileName(path)));
    // The worker gets copies: the user may go on editing, which changes the live findings.
    m_task.start(
        [this, path](const FixListOutcome& outcome) {
            m_progress->hide();
            updateActions();
            if (!outcome.error.isEmpty()) {
                showError(tr("Could not export the fix list"), tr("Plumbline could not write %1.").arg(fileName(path)),
                          outcome.error);
                emit fixListExported(false);
                return;
            }
            emit statusMessage(tr("Fix list written to %1").arg(QDir::toNativeSeparators(path)), 8000);
            emit fixListExported(true);
        },
        fixListWorker, path, m_document->snapshot(), std::make_shared<const FindingStore>(*findings));
    updateActions();
    return true;
}

} // namespace plumbline
