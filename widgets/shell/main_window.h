#pragma once

#include "grid/data_grid_view.h"
#include "table/dataset.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QMessageBox;

namespace plumbline {

class DatasetLoader;
class LoadProgressWidget;
class RecentFiles;
class SourceStatusWidget;
class StallMeter;
class TableModel;
struct Error;

/// Plumbline's main window: File (Open, Open Recent, Quit), Edit (Copy), Help (About), the data grid in the
/// centre and the source facts in the status bar. Files load in the background through DatasetLoader; a
/// failed or canceled load never replaces what is open.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    DataGridView* grid() const { return m_grid; }
    TableModel* tableModel() const { return m_model; }
    DatasetLoader* loader() const { return m_loader; }
    RecentFiles* recentFiles() const { return m_recent; }
    /// The fully loaded dataset on screen, or null (a preview is not committed until its load finishes).
    const std::shared_ptr<const Dataset>& dataset() const { return m_committed; }
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
    void showOpenDialog();
    void cancelLoad();
    void showAbout();

signals:
    /// The first rows of a load are on screen (preview: only the head of the file so far).
    void firstRowsShown(qint64 milliseconds, bool preview);
    /// A load ended: ok is true when its data is on screen, false when it failed or was canceled.
    void loadFinished(bool ok);
    void loadFailed(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void createStatusBar();
    void showDataset(const std::shared_ptr<const Dataset>& dataset, bool preview);
    void restoreCommitted();
    void noteFirstRows(bool preview);
    void onPreviewReady(const std::shared_ptr<const Dataset>& dataset);
    void onLoaded(const std::shared_ptr<const Dataset>& dataset);
    void onFailed(const Error& error);
    void onCanceled();

    TableModel* m_model = nullptr;
    DataGridView* m_grid = nullptr;
    DatasetLoader* m_loader = nullptr;
    RecentFiles* m_recent = nullptr;
    LoadProgressWidget* m_progress = nullptr;
    SourceStatusWidget* m_sourceStatus = nullptr;
    StallMeter* m_stallMeter = nullptr; // runs only when the load timing log is on
    QPointer<QMessageBox> m_errorBox;

    std::shared_ptr<const Dataset> m_committed;
    bool m_showingPreview = false;
    DataGridView::ViewState m_stateBeforePreview;
    QElapsedTimer m_openClock;
    qint64 m_firstRowsMs = -1;
    bool m_firstRowsNoted = false;
};

} // namespace plumbline
