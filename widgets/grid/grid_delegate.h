#pragma once

#include <QStyledItemDelegate>

namespace plumbline {

/// How the grid paints and edits cells.
///
/// Painting: a cell with findings is tinted by its worst severity (TableModel::Role::FindingSeverity) and shows
/// the severity's icon at its right edge (icons::severity: four shapes), so a finding reads without colour and
/// stays visible when the cell is selected; an edited cell (Role::IsEdited) gets a triangle in the bottom-left
/// corner. The colours live here, in the GUI, not in the model.
///
/// Editing is type-aware: a column with a codelist gets an editable combo box of its values (typing filters
/// them), a date column a date field with a calendar that writes ISO 8601, any other column a line edit.
/// Whatever is typed is kept as typed — a non-date in a date column is stored and the checks flag it; nothing
/// is refused. Changing a key that other tables refer to offers to change the references too, in the same
/// undo step.
class GridDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GridDelegate)

public:
    explicit GridDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    /// The colour of the edited-cell marker.
    static QColor editedMarker();

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace plumbline
