#include "project/waive_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace plumbline {

WaiveDialog::WaiveDialog(int count, const QString& summary, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("waiveDialog"));
    setWindowTitle(tr("Waive Findings"));
    auto* layout = new QVBoxLayout(this);
    auto* what = new QLabel(tr("Accept %n finding(s) as they are:", nullptr, count), this);
    what->setWordWrap(true);
    layout->addWidget(what);
    auto* detail = new QLabel(summary, this);
    detail->setObjectName(QStringLiteral("waiveSummary"));
    detail->setWordWrap(true);
    detail->setTextFormat(Qt::PlainText);
    layout->addWidget(detail);
    auto* prompt =
        new QLabel(tr("&Reason (required; it is kept with the decision and shown in the review report):"), this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("waiveReason"));
    m_reason->setAccessibleName(tr("Reason for waiving"));
    m_reason->setPlaceholderText(tr("For example: confirmed with the case officer; the old reference format is "
                                    "correct for applications before 2004"));
    m_reason->setTabChangesFocus(true);
    prompt->setBuddy(m_reason);
    layout->addWidget(m_reason, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Waive"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(480, 280);
}

QString WaiveDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace plumbline
