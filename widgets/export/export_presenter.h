#pragma once

#include "io/dataset_writer.h"
#include "table/dataset.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QMessageBox;
class QWidget;

namespace plumbline {

class ExportController;
class TaskProgressWidget;
struct Error;

/// File → Export… from dialog to result: the native save dialog with a filter per format, the options
/// dialog when there is something to choose (normalise, which table), the background export with progress
/// and Cancel in the status bar, an error box with Error::toString() on failure, and the writer's warning
/// (if any) in a box after success. Boxes are window-modal and non-blocking.
class ExportPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportPresenter)

public:
    /// window parents the dialogs and boxes; it must outlive the presenter.
    explicit ExportPresenter(QWidget* window);

    ExportController* controller() const { return m_controller; }
    /// For the status bar (hidden while idle).
    TaskProgressWidget* progressWidget() const { return m_progress; }
    bool isRunning() const;
    /// The result box of the last export (error or warning), while it is open.
    QMessageBox* resultBox() const;

    /// Asks where and how, then starts the export. currentTable preselects the table for one-table formats.
    void showDialog(const std::shared_ptr<const Dataset>& dataset, const QString& currentTable);
    /// The path File → Export… proposes: in directory, the source's name with " (fixed)" (and the table's name
    /// when the dataset has several), never the source file itself.
    static QString suggestedPath(const QString& sourcePath, const QString& directory, const QString& table,
                                 const QString& extension);
    /// Starts an export without dialogs (the dialogs' last step; tests).
    bool startExport(const std::shared_ptr<const Dataset>& dataset, const QString& path, const ExportOptions& options);
    void cancel();

signals:
    void statusMessage(const QString& message, int timeoutMs);
    /// An export ended: ok when the file was written.
    void finished(bool ok);
    /// Whether an export is running changed (to enable or disable File → Export…).
    void runningChanged(bool running);

private:
    void onSucceeded(const QString& path, const QString& warning, qint64 milliseconds);
    void onFailed(const Error& error);
    void onCanceled();
    void showBox(int icon, const QString& objectName, const QString& title, const QString& text,
                 const QString& details);

    QWidget* m_window = nullptr;
    ExportController* m_controller = nullptr;
    TaskProgressWidget* m_progress = nullptr;
    QPointer<QMessageBox> m_box;
};

} // namespace plumbline
