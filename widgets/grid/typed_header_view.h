#pragma once

#include <QHeaderView>

namespace plumbline {

/// A horizontal header that paints each column's name and, on a second line in a smaller, muted font, its
/// inferred type (TableModel::Role::ColumnName and ColumnTypeName). Models without those roles get the plain
/// QHeaderView painting. Sizes come from the model's two-line DisplayRole text, so both lines always fit.
class TypedHeaderView final : public QHeaderView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypedHeaderView)

public:
    explicit TypedHeaderView(QWidget* parent = nullptr);

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
};

} // namespace plumbline
