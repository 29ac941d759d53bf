#include "grid/grid_delegate.h"

#include "document/column_vocabulary.h"
#include "document/document.h"
#include "grid/date_cell_editor.h"
#include "grid/grid_models.h"
#include "style/icons.h"
#include "style/severity_colors.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPolygon>
#include <QUndoStack>

namespace plumbline {

namespace {

const TableModel* tableModel(const QModelIndex& index)
{
    return tableModelOf(index.model());
}

std::string utf8(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    return std::string(bytes.constData(), std::size_t(bytes.size()));
}

/// Asks whether references to a key that is being changed should follow it; applies the edit and, if so, the
/// references as one undo step. False when the user canceled the edit.
bool setKeyWithReferences(const TableModel& model, const QModelIndex& gridIndex, const QString& value)
{
    const QModelIndex index = tableIndexOf(gridIndex);
    Document* doc = model.document();
    const Table& table = doc->table(model.tableIndex());
    const std::string oldValue(table.cell(std::size_t(index.row()), index.column()));
    const auto uses = referencesTo(doc->dataset(), table.name(), table.columnName(index.column()), oldValue);
    const std::string newValue = utf8(value);
    if (uses.empty() || newValue == oldValue)
        return false;
    QStringList where;
    std::size_t count = 0;
    for (const auto& use : uses) {
        where << QCoreApplication::translate("GridDelegate", "%Ln in %1.%2", nullptr, qlonglong(use.records.size()))
                     .arg(use.table, use.column);
        count += use.records.size();
    }
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("GridDelegate", "Update References"),
                    QCoreApplication::translate("GridDelegate", "%Ln row(s) refer to \u201c%1\u201d: %2.", nullptr,
                                                qlonglong(count))
                        .arg(QString::fromStdString(oldValue), where.join(QStringLiteral(", "))),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    box.setObjectName(QStringLiteral("updateReferencesBox"));
    box.setInformativeText(
        QCoreApplication::translate("GridDelegate", "Change them to \u201c%1\u201d too?").arg(value));
    box.setDefaultButton(QMessageBox::Yes);
    const int answer = box.exec();
    if (answer == QMessageBox::Cancel)
        return true; // nothing changes
    if (answer == QMessageBox::No)
        return false; // the key alone
    doc->undoStack()->beginMacro(QCoreApplication::translate("GridDelegate", "Change %1 and its references")
                                     .arg(table.columnName(index.column())));
    doc->setCell(model.tableIndex(), table.recordId(std::size_t(index.row())), index.column(), newValue);
    for (const auto& use : uses) {
        const int t = doc->tableIndex(use.table);
        const int c = doc->table(t).columnIndex(use.column);
        CellChanges changes;
        for (RecordId r : use.records)
            changes.push_back({r, c, newValue});
        doc->applyChanges(t, changes, QCoreApplication::translate("GridDelegate", "Update references"));
    }
    doc->undoStack()->endMacro();
    return true;
}

} // namespace

GridDelegate::GridDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QColor GridDelegate::editedMarker()
{
    return QColor(0x00, 0x7a, 0x7a); // teal: apart from every severity colour
}

void GridDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant severity = index.data(int(TableModel::Role::FindingSeverity));
    if (!severity.isValid())
        return;
    option->backgroundBrush = severitycolors::tint(Severity(severity.toInt()));
    // The severity's icon beside the text: its shape says the severity without the colour.
    const int side = std::clamp(option->rect.height() - 8, 8, 14);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = icons::severity(Severity(severity.toInt()));
    option->decorationSize = QSize(side, side);
    option->decorationPosition = QStyleOptionViewItem::Right;
    option->decorationAlignment = Qt::AlignRight | Qt::AlignVCenter;
}

void GridDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const bool edited = index.data(int(TableModel::Role::IsEdited)).toBool();
    if (!edited)
        return;
    const int size = std::max(5, option.rect.height() / 3);
    const QRect& r = option.rect;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(editedMarker());
    painter->drawPolygon(QPolygon({QPoint(r.left(), r.bottom() + 1), QPoint(r.left() + size, r.bottom() + 1),
                                   QPoint(r.left(), r.bottom() + 1 - size)}));
    painter->restore();
}

QWidget* GridDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const TableModel* model = tableModel(index);
    if (model && model->document()) {
        const QStringList values = model->document()->codelistValues(model->tableIndex(), index.column());
        if (!values.isEmpty()) {
            auto* combo = new QComboBox(parent);
            combo->setObjectName(QStringLiteral("codelistCellEditor"));
            combo->setAccessibleName(tr("Value from the codelist"));
            combo->setEditable(true);
            combo->setInsertPolicy(QComboBox::NoInsert);
            combo->addItems(values);
            combo->completer()->setFilterMode(Qt::MatchContains);
            combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
            combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
            combo->setToolTip(tr("One of the codelist's values; other text is kept as typed and flagged"));
            return combo;
        }
        const auto type = ColumnType(
            model->headerData(index.column(), Qt::Horizontal, int(TableModel::Role::ColumnTypeValue)).toInt());
        if (type == ColumnType::Date)
            return new DateCellEditor(parent);
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void GridDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QString text = index.data(Qt::EditRole).toString();
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setEditText(text);
        combo->lineEdit()->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void GridDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    QString value;
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        value = combo->currentText();
    else if (auto* date = qobject_cast<DateCellEditor*>(editor))
        value = date->isoText();
    else if (auto* line = qobject_cast<QLineEdit*>(editor))
        value = line->text();
    else {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    const TableModel* table = tableModel(index);
    if (table && table->document() && setKeyWithReferences(*table, index, value))
        return;
    model->setData(index, value, Qt::EditRole);
}

} // namespace plumbline
