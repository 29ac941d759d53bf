#pragma once

#include "core/background_task.h"
#include "fixes/fix_plan.h"

#include <QDialog>
#include <QString>

#include <vector>

class QLabel;
class QPushButton;
class QTableView;

namespace plumbline {

class Document;
class FixPlanModel;

/// Which findings to fix, when the dialog computes the plans itself (on a worker, for a rule with many findings).
struct FixRequest
{
    std::vector<std::size_t> findings; ///< store indexes of the document's current findings
    QString rule;                      ///< or every finding of this rule (when findings is empty)
    // Both empty: every finding of every rule (Quick Fixes…); the safe plans come checked, the others unchecked.
};

/// Shows what quick fixes would do before anything changes: the fixes that need no judgement (checked, before →
/// after for each cell) and, listed one by one, those that need judgement (unchecked until the user checks them),
/// with the count of cells. Apply makes one undoable command of every checked plan; Cancel changes nothing.
///
/// Given plans are shown at once; a FixRequest is planned on a snapshot with a BackgroundTask (the dialog shows
/// "Preparing…" meanwhile). If the document changed since the plans were computed, Apply plans again first.
class FixPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FixPreviewDialog)

public:
    /// plans computed on document's current data (FixPlanner::forDocument).
    FixPreviewDialog(Document* document, std::vector<FixPlan> plans, QWidget* parent = nullptr);
    FixPreviewDialog(Document* document, FixRequest request, QWidget* parent = nullptr);

    FixPlanModel* safeModel() const { return m_safe; }
    FixPlanModel* judgementModel() const { return m_judgement; }
    QPushButton* applyButton() const { return m_apply; }
    /// True while plans are being computed.
    bool isPreparing() const { return m_task.isRunning(); }
    /// Cells changed by the last Apply.
    std::size_t appliedCells() const { return m_applied; }

public slots:
    void apply();

signals:
    /// The plans are on screen (after a worker computed them).
    void ready();

private:
    void build();
    void plan();
    void showPlans(std::vector<FixPlan> plans, quint64 generation);
    void updateCount();

    Document* m_document;
    FixRequest m_request;
    bool m_fromRequest = false;
    quint64 m_generation = 0; // the document's generation the plans were computed on
    FixPlanModel* m_safe = nullptr;
    FixPlanModel* m_judgement = nullptr;
    QTableView* m_safeView = nullptr;
    QTableView* m_judgementView = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_judgementLabel = nullptr;
    QPushButton* m_apply = nullptr;
    BackgroundTask m_task;
    std::size_t m_applied = 0;
};

} // namespace plumbline
