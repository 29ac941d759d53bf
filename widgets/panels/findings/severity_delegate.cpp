#include "panels/findings/severity_delegate.h"

#include "style/icons.h"

namespace plumbline {

SeverityDelegate::SeverityDelegate(int severityRole, QObject* parent)
    : QStyledItemDelegate(parent), m_role(severityRole)
{
}

QIcon SeverityDelegate::icon(Severity severity)
{
    return icons::severity(severity);
}

void SeverityDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant severity = index.data(m_role);
    if (!severity.isValid())
        return;
    option->icon = icon(Severity(severity.toInt()));
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(14, 14);
}

} // namespace plumbline
