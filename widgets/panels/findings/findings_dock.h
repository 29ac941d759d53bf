#pragma once

#include "findings/finding_store.h"
#include "findings/severity.h"
#include "table/edit_overlay.h"

#include <QDockWidget>

#include <array>
#include <memory>

class QLabel;
class QTableView;
class QToolButton;

namespace plumbline {

class FindingsFilterModel;
class FindingsModel;

/// The findings pane: one row per finding (severity, rule, row, column, value, message, suggestion) over
/// FindingsModel, a toggle button per severity that filters the list (FindingsFilterModel, fast at millions
/// of findings), the counts by severity in the title, and activation (double-click or Enter) that asks to
/// jump to the finding's cell.
class FindingsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsDock)

public:
    explicit FindingsDock(QWidget* parent = nullptr);

    /// Shows a run's findings (null: none yet). One model reset.
    void setFindings(std::shared_ptr<const FindingStore> store);
    /// Says that there is nothing to show because no validation has run on the data on screen.
    void setNotValidated(const QString& why);

    FindingsModel* model() const { return m_model; }
    FindingsFilterModel* filter() const { return m_filter; }
    QTableView* view() const { return m_view; }
    QToolButton* severityButton(Severity severity) const { return m_buttons[std::size_t(severity)]; }

    /// Selects the row-th finding shown (after the filter) and activates it, as Enter would. False if none.
    bool activateRow(int row);

    /// "3 errors, 12 warnings, 1 notice, no info", or "no findings".
    static QString countsText(const FindingStore& store);

signals:
    /// A finding was activated: its table, record (kNoRecord for a table-level finding) and column (-1:
    /// none).
    void findingActivated(const QString& table, plumbline::RecordId record, int column);

private:
    void updateCounts();
    void onActivated(const QModelIndex& index);
    void applyFilter();

    FindingsModel* m_model = nullptr;
    FindingsFilterModel* m_filter = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    std::array<QToolButton*, kSeverityCount> m_buttons{};
};

} // namespace plumbline
