#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace plumbline {

/// A non-modal banner above the grid: one sentence, up to two buttons and a close button. It never takes the
/// focus on its own and is hidden until show*() is called; the window goes on working while it is up.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind { Information, Warning };

    /// objectName names the bar for tests and screen readers' paths; the buttons are "<name>Accept" and
    /// "<name>Reject", the close button "<name>Close".
    MessageBar(const QString& objectName, QWidget* parent = nullptr);

    /// Shows text; accept / reject label the buttons (empty: that button is not shown).
    void showMessage(const QString& text, Kind kind = Kind::Information, const QString& accept = {},
                     const QString& reject = {});
    /// Enables or disables the accept button (a feature not there yet is shown, not offered).
    void setAcceptEnabled(bool enabled);
    QString text() const;
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* rejectButton() const { return m_reject; }

signals:
    void accepted();
    void rejected();

private:
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_reject = nullptr;
    QToolButton* m_close = nullptr;
};

} // namespace plumbline
