#pragma once

#include <QStyledItemDelegate>

namespace plumbline {

/// Paints a cell with findings on a background tint of its worst severity (TableModel::Role::FindingSeverity),
/// then a small triangle in the top-right corner in the severity's marker colour, so that a finding stays
/// visible when the cell is selected or the tint is faint on a screen or in a screenshot. The colours live
/// here, in the GUI, not in the model.
class FindingCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingCellDelegate)

public:
    explicit FindingCellDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace plumbline
