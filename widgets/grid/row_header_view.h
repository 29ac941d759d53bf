#pragma once

#include <QHeaderView>

namespace plumbline {

/// The grid's row numbers. A row with findings gets its number on the tint of its worst severity
/// (TableModel::Role::FindingSeverity in the vertical header), so rows with findings stand out even when the
/// cells concerned are scrolled out of view, and the severity's icon before it (the shape, not only the colour).
class RowHeaderView final : public QHeaderView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowHeaderView)

public:
    explicit RowHeaderView(QWidget* parent = nullptr);

protected:
    void initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const override;
    /// Room for the severity icon beside every number, so the width does not jump as rows scroll by.
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

} // namespace plumbline
