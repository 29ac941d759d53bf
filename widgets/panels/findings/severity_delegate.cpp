#include "findings/severity_delegate.h"

#include "findings/severity.h"
#include "itemmodels/findings_model.h"
#include "style/severity_colors.h"

#include <QPainter>
#include <QPixmap>

#include <array>

namespace plumbline {

namespace {

const QIcon& dotFor(Severity severity)
{
    static const std::array<QIcon, kSeverityCount> icons = [] {
        std::array<QIcon, kSeverityCount> made;
        for (int s = 0; s < kSeverityCount; ++s) {
            QPixmap pixmap(12, 12);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(severitycolors::marker(Severity(s)));
            painter.drawEllipse(QRectF(1, 1, 10, 10));
            made[std::size_t(s)] = QIcon(pixmap);
        }
        return made;
    }();
    return icons[std::size_t(severity)];
}

} // namespace

SeverityDelegate::SeverityDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QIcon SeverityDelegate::icon(Severity severity)
{
    return dotFor(severity);
}

void SeverityDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant severity = index.data(int(FindingsModel::Role::Severity));
    if (!severity.isValid())
        return;
    option->icon = dotFor(Severity(severity.toInt()));
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(12, 12);
}

} // namespace plumbline
