#pragma once

#include "fixes/fix_plan.h"
#include "table/dataset.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace plumbline {

/// Quick-fix plans for the fix preview: one row per plan with a check box (apply it or not), the row, the
/// column(s), before → after and what the fix does. Before values are read from the dataset the plans were computed
/// on (kept alive here), so data() is an O(1) lookup; a column-level plan shows its cell count and an example.
class FixPlanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FixPlanModel)

public:
    enum Column { ApplyColumn, RowColumn, ColumnColumn, BeforeColumn, AfterColumn, FixColumn, ColumnCount };

    explicit FixPlanModel(QObject* parent = nullptr);

    /// Replaces the plans (one model reset), each checked or not.
    void setPlans(std::vector<FixPlan> plans, std::shared_ptr<const Dataset> dataset, bool checked);
    const std::vector<FixPlan>& plans() const { return m_plans; }
    /// The checked plans, in order.
    std::vector<FixPlan> checkedPlans() const;
    std::size_t checkedCount() const { return m_checkedCount; }
    /// Cells the checked plans change (a column-level plan counts all of its cells).
    std::size_t checkedCells() const { return m_checkedCells; }
    void setAllChecked(bool checked);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// The checked plans changed (a check box, setAllChecked, setPlans).
    void checkedChanged();

private:
    QString cellsText(const FixPlan& plan, int column, bool full) const;

    std::vector<FixPlan> m_plans;
    std::vector<char> m_checked;
    std::shared_ptr<const Dataset> m_dataset;
    std::size_t m_checkedCount = 0;
    std::size_t m_checkedCells = 0;
};

} // namespace plumbline
