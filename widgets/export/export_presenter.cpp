#include "export/export_presenter.h"

#include "export/export_controller.h"
#include "export/export_options_dialog.h"
#include "io/formats.h"
#include "settings/app_settings.h"
#include "tasks/task_progress_widget.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>

namespace plumbline {

ExportPresenter::ExportPresenter(QWidget* window) : QObject(window), m_window(window)
{
    m_controller = new ExportController(this);
    m_progress = new TaskProgressWidget(QStringLiteral("exportProgress"),
                                        tr("Stop exporting; an earlier file of that name is left as it was"), window);
    connect(m_progress, &TaskProgressWidget::cancelRequested, this, &ExportPresenter::cancel);
    connect(m_controller, &ExportController::progressChanged, m_progress, &TaskProgressWidget::setProgress);
    connect(m_controller, &ExportController::succeeded, this, &ExportPresenter::onSucceeded);
    connect(m_controller, &ExportController::failed, this, &ExportPresenter::onFailed);
    connect(m_controller, &ExportController::canceled, this, &ExportPresenter::onCanceled);
}

QMessageBox* ExportPresenter::resultBox() const
{
    return m_box;
}

bool ExportPresenter::isRunning() const
{
    return m_controller->isRunning();
}

QString ExportPresenter::suggestedPath(const QString& sourcePath, const QString& directory, const QString& table,
                                       const QString& extension)
{
    const QFileInfo source(sourcePath);
    QString base = source.completeBaseName();
    if (base.isEmpty())
        base = tr("export");
    if (!table.isEmpty())
        base += QLatin1Char('-') + table;
    // A new name, so that accepting the proposal never overwrites the file the data came from.
    return QDir(directory).filePath(tr("%1 (fixed).%2").arg(base, extension));
}

void ExportPresenter::showDialog(const std::shared_ptr<const Dataset>& dataset, const QString& currentTable)
{
    if (!dataset || isRunning())
        return;
    AppSettings settings;
    const QFileInfo source(dataset->source.path);
    QString directory = settings.lastExportDirectory.value();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = source.absolutePath();
    QString filter = settings.lastExportFilter.value();
    const QString filters = FileFormat::saveFilters();
    if (!filters.split(QStringLiteral(";;")).contains(filter))
        filter = FileFormat::writable().value(0).filter();
    const QString extension = FileFormat::writable().value(0).extensions.value(0);
    const QString suggested = suggestedPath(dataset->source.path, directory,
                                            dataset->tables.size() > 1 ? currentTable : QString(), extension);

    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Dataset"), suggested, filters, &filter);
    if (path.isEmpty())
        return;
    FileFormat format = FileFormat::forPath(path);
    FileFormat chosen;
    for (const FileFormat& info : FileFormat::writable())
        if (info.filter() == filter)
            chosen = info;
    if (!chosen.fileName.isEmpty() || format.label.isEmpty()) {
        // A Data Package is named by its descriptor; a name without a known extension takes the filter's.
        format = chosen.label.isEmpty() ? FileFormat::writable().value(0) : chosen;
        path = format.completePath(path);
    }
    settings.lastExportDirectory.setValue(QFileInfo(path).absolutePath());
    settings.lastExportFilter.setValue(format.filter());

    ExportOptions options;
    if (ExportOptionsDialog::needed(format, int(dataset->tables.size()))) {
        QStringList tables;
        for (const auto& table : dataset->tables)
            tables << table->name();
        ExportOptionsDialog dialog(format, QFileInfo(path).fileName(), tables, currentTable, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        options = dialog.options();
    }
    startExport(dataset, path, options);
}

bool ExportPresenter::startExport(const std::shared_ptr<const Dataset>& dataset, const QString& path,
                                  const ExportOptions& options)
{
    if (!m_controller->start(dataset, path, options))
        return false;
    if (m_box)
        m_box->close();
    m_progress->start(tr("Exporting %1").arg(QFileInfo(path).fileName()));
    emit runningChanged(true);
    return true;
}

void ExportPresenter::cancel()
{
    m_controller->cancel();
}

void ExportPresenter::onSucceeded(const QString& path, const QString& warning, qint64 milliseconds)
{
    m_progress->hide();
    emit runningChanged(false);
    const QString name = QDir::toNativeSeparators(path);
    emit statusMessage(tr("Exported to %1 in %2 s.").arg(name, QLocale().toString(milliseconds / 1000.0, 'f', 2)),
                       8000);
    if (!warning.isEmpty())
        showBox(int(QMessageBox::Information), QStringLiteral("exportWarningBox"), tr("Exported, with a note"),
                tr("%1 was written.").arg(QFileInfo(path).fileName()), warning);
    emit finished(true);
}

void ExportPresenter::onFailed(const Error& error)
{
    m_progress->hide();
    emit runningChanged(false);
    showBox(
        int(QMessageBox::Warning), QStringLiteral("exportErrorBox"), tr("Could not export"),
        tr("Plumbline could not export to %1. Nothing was written.").arg(QFileInfo(m_controller->path()).fileName()),
        error.toString());
    emit finished(false);
}

void ExportPresenter::onCanceled()
{
    m_progress->hide();
    emit runningChanged(false);
    emit statusMessage(tr("Export canceled; nothing was written."), 5000);
    emit finished(false);
}

void ExportPresenter::showBox(int icon, const QString& objectName, const QString& title, const QString& text,
                              const QString& details)
{
    if (m_box)
        m_box->close();
    // Window-modal and non-blocking: the event loop (and any test driving it) keeps running.
    m_box = new QMessageBox(QMessageBox::Icon(icon), title, text, QMessageBox::Ok, m_window);
    m_box->setObjectName(objectName);
    m_box->setInformativeText(details);
    m_box->setAttribute(Qt::WA_DeleteOnClose);
    m_box->open();
}

} // namespace plumbline
