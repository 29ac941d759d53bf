#pragma once

#include "findings/severity.h"

#include <QIcon>
#include <QStyledItemDelegate>

namespace plumbline {

/// The findings list's severity column: the severity's coloured dot (the grid's corner-marker colour) before
/// its name, so the list and the grid read alike.
class SeverityDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeverityDelegate)

public:
    explicit SeverityDelegate(QObject* parent = nullptr);

    /// The dot for a severity (shared; GUI thread only).
    static QIcon icon(Severity severity);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace plumbline
