#pragma once

#include "core/background_task.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMessageBox;

namespace plumbline {

class CompareDialog;
class Document;
class TaskProgressWidget;

/// File → Compare With… and File → Export Fix List…: both run in the background (a BackgroundTask with progress
/// and Cancel in the status bar) on a snapshot of the document on screen, so the user can go on working.
///  - Compare With… reads the other version with the ordinary readers, compares it (as the old version) with the
///    document (as the new one) by compareVersions() with the document's packs, and shows a CompareDialog.
///  - Export Fix List… writes writeFixList() of the document's data and current findings (.xlsx or .csv by the
///    name's extension).
/// A failure shows a message box naming the file and the reason; a cancel changes nothing. One job at a time.
class FileTools final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileTools)

public:
    explicit FileTools(QMainWindow* window);

    QAction* compareAction() const { return m_compare; }
    QAction* exportFixListAction() const { return m_exportFixList; }
    TaskProgressWidget* progressWidget() const { return m_progress; }
    /// The comparison shown last, while its dialog is open; else null.
    CompareDialog* compareDialog() const;
    /// The last failure's message box while it is open; else null.
    QMessageBox* errorBox() const { return m_errorBox; }
    bool isRunning() const { return m_task.isRunning(); }

    /// The document on screen (null: none; the actions are disabled).
    void setDocument(Document* document);

public slots:
    /// Asks for the other version, then compareWith().
    void showCompareDialog();
    /// Compares path (the other, older version) with the document in the background; false if it cannot start.
    /// table and key choose what is compared and how records are matched (empty: the packs' key, the first shared
    /// table); the dialog's "Compare Again" comes back here with the user's choice.
    bool compareWith(const QString& path, const QString& table = {}, const QStringList& key = {});
    /// Asks where to write the fix list, then exportFixList().
    void showExportFixListDialog();
    /// Writes the fix list of the document to path in the background; false if it cannot start (not validated).
    bool exportFixList(const QString& path);
    void cancel();

signals:
    void statusMessage(const QString& message, int timeoutMs);
    /// A comparison ended: ok when its dialog is on screen.
    void compareFinished(bool ok);
    /// A fix list export ended: ok when the file was written.
    void fixListExported(bool ok);

private:
    void updateActions();
    void showError(const QString& title, const QString& text, const QString& detail);

    QMainWindow* m_window;
    Document* m_document = nullptr;
    QAction* m_compare = nullptr;
    QAction* m_exportFixList = nullptr;
    TaskProgressWidget* m_progress = nullptr;
    BackgroundTask m_task;
    QPointer<CompareDialog> m_compareDialog;
    QString m_comparedPath; ///< the other version m_compareDialog shows
    QPointer<QMessageBox> m_errorBox;
};

} // namespace plumbline
