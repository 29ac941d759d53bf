#pragma once

#include "findings/severity.h"

#include <QIcon>
#include <QStyledItemDelegate>

namespace plumbline {

/// The findings panel's first column: the severity's icon (icons::severity, one shape per severity, so the list
/// reads without colour as the grid does) before its name, or, on a group's row, the icon of the group's worst
/// finding before the group's name and count.
class SeverityDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeverityDelegate)

public:
    /// severityRole: the model's role giving a row's Severity as int.
    explicit SeverityDelegate(int severityRole, QObject* parent = nullptr);

    static QIcon icon(Severity severity);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace plumbline
