#include "project/message_bar.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace plumbline {

MessageBar::MessageBar(const QString& objectName, QWidget* parent) : QFrame(parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(objectName + QStringLiteral("Text"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_accept = new QPushButton(this);
    m_accept->setObjectName(objectName + QStringLiteral("Accept"));
    m_reject = new QPushButton(this);
    m_reject->setObjectName(objectName + QStringLiteral("Reject"));
    m_close = new QToolButton(this);
    m_close->setObjectName(objectName + QStringLiteral("Close"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAccessibleName(tr("Close this message"));
    m_close->setToolTip(tr("Close this message"));
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_accept);
    layout->addWidget(m_reject);
    layout->addWidget(m_close);
    connect(m_accept, &QPushButton::clicked, this, [this] {
        hide();
        emit accepted();
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        hide();
        emit rejected();
    });
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString& text, Kind kind, const QString& accept, const QString& reject)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()
            ->standardIcon(kind == Kind::Warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation)
            .pixmap(size, size));
    m_text->setText(text);
    setAccessibleName(text);
    m_accept->setText(accept);
    m_accept->setAccessibleName(QString(accept).remove(QLatin1Char('&')));
    m_accept->setVisible(!accept.isEmpty());
    m_accept->setEnabled(true);
    m_reject->setText(reject);
    m_reject->setAccessibleName(QString(reject).remove(QLatin1Char('&')));
    m_reject->setVisible(!reject.isEmpty());
    show();
}

void MessageBar::setAcceptEnabled(bool enabled)
{
    m_accept->setEnabled(enabled);
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace plumbline
