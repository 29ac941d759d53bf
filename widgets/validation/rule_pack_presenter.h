#pragma once

#include "core/result.h"
#include "table/dataset.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMainWindow;
class QMessageBox;

namespace plumbline {

class Document;
class FindingsDock;
class RulePackMenu;
class TableTabs;
class TaskProgressWidget;

/// Validation in the main window: the Validate action (F5), automatic validation after every load, the rule
/// pack choice (RulePackMenu), progress and Cancel in the status bar, and the results — the document's findings
/// (which the grids show through their models) listed in the findings dock and kept current as the user edits.
/// Activating a finding selects its cell in the right tab. Validation runs in the Document; a new document
/// (another file) drops the old one's run.
class ValidationPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidationPresenter)

public:
    /// Adds the findings dock to window (bottom). window and tabs must outlive the presenter.
    ValidationPresenter(QMainWindow* window, TableTabs* tabs);

    QAction* validateAction() const { return m_validate; }
    QAction* validateAfterLoadAction() const { return m_afterLoad; }
    RulePackMenu* packMenu() const { return m_packs; }
    FindingsDock* dock() const { return m_dock; }
    TaskProgressWidget* progressWidget() const { return m_progress; }
    /// The document on screen, or null.
    Document* document() const { return m_document; }
    bool isRunning() const;
    /// Table Schema files whose packs the following validations add (a loaded schema belongs to its file).
    const QStringList& schemaFiles() const { return m_schemaFiles; }
    void setSchemaFiles(const QStringList& files) { m_schemaFiles = files; }

    /// The data on screen changed: a document (a completed load) or null (nothing, or a preview while loading).
    /// Validates the document now if validation after load is on and it has no findings yet.
    void setDocument(Document* document);

public slots:
    /// Validates the dataset on screen with the chosen pack.
    void validate();
    void cancel();
    /// Selects the finding's cell: the table's tab, the record's row, the column (or the row's first cell).
    void showFinding(const QString& table, plumbline::RecordId record, int column);

signals:
    void statusMessage(const QString& message, int timeoutMs);
    /// A run ended: ok when its findings are on screen.
    void finished(bool ok);

private:
    void onFinished(bool ok);
    void onFailed(const Error& error);
    void onFindingsChanged();
    void loadUserPack();
    void loadTableSchema();
    /// Asks for a specification folder and dataset, writes the generated pack among the user's packs, uses it.
    void packFromSpecification();
    /// Makes path the chosen user pack, remembers it, and validates with it.
    void useUserPack(const QString& path);

    QMainWindow* m_window = nullptr;
    TableTabs* m_tabs = nullptr;
    Document* m_document = nullptr;
    QList<QMetaObject::Connection> m_documentConnections;
    QStringList m_schemaFiles;
    bool m_refreshQueued = false;
    TaskProgressWidget* m_progress = nullptr;
    FindingsDock* m_dock = nullptr;
    RulePackMenu* m_packs = nullptr;
    QAction* m_validate = nullptr;
    QAction* m_afterLoad = nullptr;
    QPointer<QMessageBox> m_errorBox;
    QString m_previousPack; // to fall back to when a user's pack fails to load
};

} // namespace plumbline
