#include "itemmodels/change_preview_model.h"

#include "values/text_util.h"

namespace plumbline {

namespace {

/// A cell for one line of a table view: line breaks and tabs shown as symbols, long text cut.
QString oneLine(const std::string& text)
{
    constexpr qsizetype kShown = 200;
    QString s = textutil::toQString(text);
    if (s.size() > kShown)
        s = s.left(kShown - 1) + QChar(0x2026);
    s.replace(QLatin1Char('\n'), QChar(0x21B5));
    s.replace(QLatin1Char('\r'), QString());
    s.replace(QLatin1Char('\t'), QChar(0x2192));
    return s;
}

} // namespace

ChangePreviewModel::ChangePreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void ChangePreviewModel::setPreview(std::vector<CellPreview> cells, QStringList columnNames, QStringList newColumnNames)
{
    beginResetModel();
    m_cells = std::move(cells);
    m_columns = std::move(columnNames);
    m_newColumns = std::move(newColumnNames);
    endResetModel();
}

int ChangePreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

int ChangePreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangePreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CellPreview& c = m_cells[std::size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const bool full = role == Qt::ToolTipRole;
        switch (index.column()) {
        case RowColumn:
            return qlonglong(c.row + 1);
        case ColumnColumn:
            if (c.column < m_columns.size())
                return m_columns[c.column];
            return m_newColumns.value(c.column - int(m_columns.size()), tr("(new column)"));
        case BeforeColumn:
            return full ? textutil::toQString(c.before) : oneLine(c.before);
        case AfterColumn:
            return full ? textutil::toQString(c.after) : oneLine(c.after);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == RowColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ChangePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case ColumnColumn:
        return tr("Column");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}

} // namespace plumbline
