#pragma once

#include "io/dataset_writer.h"
#include "table/dataset.h"
#include "tables/table_tabs.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QMessageBox;

namespace plumbline {

class DashboardDock;
class DataActions;
class DataGridView;
class FindingNavigator;
class Document;
class DatasetLoader;
class ExportPresenter;
class FileTools;
class HistoryDock;
class TaskProgressWidget;
class MainActions;
class ProfileDock;
class ProjectController;
class TriageActions;
class RowFilterBar;
class RulesDock;
class RulePackPresenter;
class RecentFiles;
class QualityStatus;
class ReferenceNavigator;
class SourceStatusWidget;
class StallMeter;
class TableModel;
struct Error;

/// Plumbline's main window: the menus (MainActions), one tab per table of the dataset (TableTabs), following
/// references between tables (ReferenceNavigator), File → Export… (ExportPresenter) and the source facts in
/// the status bar. Files load in the background through DatasetLoader; a failed or canceled load never
/// replaces what is open.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The current tab's grid and model (there is always one, empty before the first load).
    DataGridView* grid() const;
    TableModel* tableModel() const;
    TableTabs* tabs() const { return m_tabs; }
    MainActions* actions() const { return m_actions; }
    ReferenceNavigator* navigator() const { return m_navigator; }
    ExportPresenter* exporter() const { return m_export; }
    /// Which rules validate and when (F5, the pack menu, progress).
    RulePackPresenter* validation() const { return m_validation; }
    /// The Findings panel and F8 / Shift+F8.
    FindingNavigator* findingNavigator() const { return m_findings; }
    RowFilterBar* filterBar() const { return m_filterBar; }
    ProfileDock* profile() const { return m_profile; }
    DashboardDock* dashboard() const { return m_dashboard; }
    RulesDock* rules() const { return m_rules; }
    /// "12,408 of 1,000,000 rows" in the status bar.
    QString rowsStatusText() const;
    HistoryDock* history() const { return m_history; }
    /// The Data menu, Find and Replace, and the grid's fix items.
    DataActions* dataActions() const { return m_data; }
    /// File → Compare With… and Export Fix List….
    FileTools* fileTools() const { return m_fileTools; }
    QualityStatus* qualityStatus() const { return m_quality; }
    bool isValidating() const;
    DatasetLoader* loader() const { return m_loader; }
    RecentFiles* recentFiles() const { return m_recent; }
    /// The review project of the document on screen (File → New Project…, triage, runs, reports).
    ProjectController* project() const { return m_project; }
    TriageActions* triageActions() const { return m_triage; }
    /// The fully loaded dataset on screen (live: edits show), or null (a preview is not committed until its load
    /// finishes).
    const std::shared_ptr<const Dataset>& dataset() const { return m_committed; }
    /// The document on screen: the committed dataset, its undo stack and findings; null before the first load.
    Document* document() const { return m_document; }
    bool isLoading() const;
    /// The status bar's facts about the table on screen ("25 rows | 36 columns | UTF-8 | comma | LF | ...").
    QString sourceStatusText() const;
    /// The load progress text while loading ("Loading big.csv… 12%"), else empty.
    QString loadProgressText() const;
    /// Milliseconds from openFile() to the first rows painted, for the last load; -1 before any rows.
    qint64 firstRowsMs() const { return m_firstRowsMs; }

public slots:
    /// Opens path in the background: the code path of File → Open, Open Recent, drag and drop and the command
    /// line.
    void openFile(const QString& path);
    /// Shows a dataset that is already in memory as if it had just been loaded (tests; later, projects). The
    /// document edits a copy: dataset itself is never changed.
    void openDataset(std::shared_ptr<const Dataset> dataset);
    /// Shows a project's data (read by the ProjectController, which then replays its journal into the document).
    void showProjectData(std::shared_ptr<Dataset> dataset);
    void showOpenDialog();
    void cancelLoad();
    void showExportDialog();
    /// Exports the dataset on screen in the background (File → Export…'s last step).
    bool exportTo(const QString& path, const ExportOptions& options = ExportOptions());
    void showAbout();

signals:
    /// The first rows of a load are on screen (preview: only the head of the file so far).
    void firstRowsShown(qint64 milliseconds, bool preview);
    /// A load ended: ok is true when its data is on screen, false when it failed or was canceled.
    void loadFinished(bool ok);
    void loadFailed(const QString& message);
    /// An export ended: ok when the file was written.
    void exportFinished(bool ok);
    /// A validation run ended: ok when its findings are on screen.
    void validationFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createStatusBar();
    /// The Profile and Dashboard panels and the View menu's options.
    void createPanels();
    /// Shows a preview (read-only grids while the rest loads) or, with null, nothing.
    void showPreview(const std::shared_ptr<const Dataset>& dataset);
    /// Shows the committed document (sameSource: it is the full read of the preview on screen).
    void showDocument(bool sameSource);
    /// Makes a document of a fully loaded dataset and shows it; the previous document is deleted.
    void commit(std::shared_ptr<Dataset> dataset, bool sameSource);
    void updateWindowTitle();
    /// "12 edited cells" in the status bar.
    void updateEditStatus();
    /// Asks what to do with unexported edits before they would be lost; false: the user wants to keep them.
    bool confirmDiscardEdits(const QString& why);
    void updateSourceStatus();
    void updateNavigationActions();
    void showGridMenu(const QModelIndex& index, const QPoint& globalPos);
    void restoreCommitted();
    void noteFirstRows(bool preview);
    void onPreviewReady(const std::shared_ptr<const Dataset>& dataset);
    void onLoaded(const std::shared_ptr<Dataset>& dataset);
    void onFailed(const Error& error);
    void onCanceled();

    TableTabs* m_tabs = nullptr;
    MainActions* m_actions = nullptr;
    ReferenceNavigator* m_navigator = nullptr;
    ExportPresenter* m_export = nullptr;
    RulePackPresenter* m_validation = nullptr;
    FindingNavigator* m_findings = nullptr;
    RowFilterBar* m_filterBar = nullptr;
    ProfileDock* m_profile = nullptr;
    DashboardDock* m_dashboard = nullptr;
    RulesDock* m_rules = nullptr;
    QLabel* m_rowsStatus = nullptr;
    HistoryDock* m_history = nullptr;
    DataActions* m_data = nullptr;
    FileTools* m_fileTools = nullptr;
    QualityStatus* m_quality = nullptr;
    DatasetLoader* m_loader = nullptr;
    RecentFiles* m_recent = nullptr;
    TaskProgressWidget* m_progress = nullptr;
    SourceStatusWidget* m_sourceStatus = nullptr;
    QLabel* m_editStatus = nullptr;
    StallMeter* m_stallMeter = nullptr; // runs only when the load timing log is on
    QPointer<QMessageBox> m_errorBox;
    ProjectController* m_project = nullptr;
    TriageActions* m_triage = nullptr;

    Document* m_document = nullptr;
    std::shared_ptr<const Dataset> m_committed;
    std::shared_ptr<const Dataset> m_shown; // the committed dataset or a preview
    bool m_showingPreview = false;
    TableTabs::State m_stateBeforePreview;
    QElapsedTimer m_openClock;
    qint64 m_firstRowsMs = -1;
    bool m_firstRowsNoted = false;
};

} // namespace plumbline
