#include "grid/typed_header_view.h"

#include "itemmodels/table_model.h"
#include "style/icons.h"

#include <QItemSelectionModel>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionHeader>

#include <algorithm>

namespace plumbline {

TypedHeaderView::TypedHeaderView(QWidget* parent) : QHeaderView(Qt::Horizontal, parent)
{
    setObjectName(QStringLiteral("typedHeader"));
}

void TypedHeaderView::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const
{
    if (!rect.isValid() || !model())
        return;
    const QString name = model()->headerData(logicalIndex, orientation(), int(TableModel::Role::ColumnName)).toString();
    const QString type =
        model()->headerData(logicalIndex, orientation(), int(TableModel::Role::ColumnTypeName)).toString();
    if (type.isEmpty()) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }

    QStyleOptionHeader option;
    initStyleOption(&option);
    initStyleOptionForIndex(&option, logicalIndex);
    option.rect = rect;
    option.text.clear(); // the style draws the section; the two lines are ours
    // CE_Header ends by restoring the painter's previous clip region; with no clip set that is an empty
    // region that would hide everything drawn afterwards. Isolate it.
    painter->save();
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    painter->restore();
    painter->save();
    painter->setClipRect(rect);

    const QRect textRect = style()->subElementRect(QStyle::SE_HeaderLabel, &option, this);
    QFont nameFont = painter->font();
    // Like QHeaderView: the name of a column that holds selected cells is bold.
    if (highlightSections() && selectionModel() &&
        selectionModel()->columnIntersectsSelection(logicalIndex, rootIndex()))
        nameFont.setBold(true);
    QFont typeFont = painter->font();
    typeFont.setPointSizeF(typeFont.pointSizeF() * 0.85);

    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics typeMetrics(typeFont);
    const int total = nameMetrics.height() + typeMetrics.height();
    const int top = textRect.top() + std::max(0, (textRect.height() - total) / 2);
    QRect nameRect(textRect.left(), top, textRect.width(), nameMetrics.height());
    const QRect typeRect(textRect.left(), top + nameMetrics.height(), textRect.width(), typeMetrics.height());

    // The column's findings: the worst severity's icon and the count, at the right of the type line.
    const qulonglong findings =
        model()->headerData(logicalIndex, orientation(), int(TableModel::Role::FindingCount)).toULongLong();
    const QVariant worst = model()->headerData(logicalIndex, orientation(), int(TableModel::Role::FindingSeverity));
    int countWidth = 0;
    if (findings > 0 && worst.isValid()) {
        const QString count = QLocale().toString(findings);
        const int side = std::min(typeMetrics.height(), 14);
        countWidth = side + 3 + typeMetrics.horizontalAdvance(count);
        if (countWidth < typeRect.width()) {
            const int x = typeRect.right() - countWidth + 1;
            icons::severity(Severity(worst.toInt()))
                .paint(painter, QRect(x, typeRect.top() + (typeRect.height() - side) / 2, side, side));
            painter->setFont(typeFont);
            painter->setPen(option.palette.color(QPalette::ButtonText));
            painter->drawText(QRect(x + side + 3, typeRect.top(), countWidth - side - 3, typeRect.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, count);
        } else
            countWidth = 0;
    }

    painter->setFont(nameFont);
    painter->setPen(option.palette.color(QPalette::ButtonText));
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, textElideMode(), nameRect.width()));
    painter->setFont(typeFont);
    painter->setPen(option.palette.color(QPalette::PlaceholderText));
    const int typeWidth = std::max(0, typeRect.width() - (countWidth ? countWidth + 4 : 0));
    painter->drawText(typeRect.adjusted(0, 0, typeWidth - typeRect.width(), 0), Qt::AlignLeft | Qt::AlignVCenter,
                      typeMetrics.elidedText(type, textElideMode(), typeWidth));
    painter->restore();
}

} // namespace plumbline
