#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace plumbline {

/// Waive…: asks why findings are accepted as they are. The reason is required (OK stays disabled while it is
/// blank); it goes into the project's triage decisions and the review report.
class WaiveDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaiveDialog)

public:
    /// count: how many findings; summary: what they are ("PA-18 on reference PA/24/0012").
    WaiveDialog(int count, const QString& summary, QWidget* parent = nullptr);

    /// The reason typed, trimmed.
    QString reason() const;
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    QPlainTextEdit* m_reason = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace plumbline
