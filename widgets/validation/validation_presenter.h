#pragma once

#include "table/dataset.h"
#include "validation/validation_controller.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMainWindow;
class QMessageBox;

namespace plumbline {

class FindingsDock;
class RulePackMenu;
class TableTabs;
class TaskProgressWidget;

/// Validation in the main window: the Validate action (F5), automatic validation after every load, the rule
/// pack choice (RulePackMenu), progress and Cancel in the status bar, and the results — each tab's model gets
/// its table's findings (cell tints, tooltips) and the findings dock lists them. Activating a finding selects
/// its cell in the right tab. A run is dropped when the dataset it validated is no longer on screen.
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
    ValidationController* controller() const { return m_controller; }
    /// The last run (its results are on screen unless a preview is), or null.
    const std::shared_ptr<const ValidationRun>& lastRun() const { return m_run; }
    bool isRunning() const { return m_controller->isRunning(); }

    /// The dataset on screen changed (a load, a preview, or null): drops the findings and any run in
    /// progress; committed: the load is complete, so validate it now if validation after load is on.
    void setDataset(const std::shared_ptr<const Dataset>& dataset, bool committed);

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
    void onFinished(const std::shared_ptr<const ValidationRun>& run);
    void onFailed(const Error& error);
    void onCanceled();
    void applyToTabs();
    void loadUserPack();
    void loadTableSchema();

    QMainWindow* m_window = nullptr;
    TableTabs* m_tabs = nullptr;
    ValidationController* m_controller = nullptr;
    TaskProgressWidget* m_progress = nullptr;
    FindingsDock* m_dock = nullptr;
    RulePackMenu* m_packs = nullptr;
    QAction* m_validate = nullptr;
    QAction* m_afterLoad = nullptr;
    QPointer<QMessageBox> m_errorBox;
    std::shared_ptr<const Dataset> m_dataset;
    std::shared_ptr<const ValidationRun> m_run;
    QString m_previousPack; // to fall back to when a user's pack fails to load
    bool m_replacing = false;
};

} // namespace plumbline
