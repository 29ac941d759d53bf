#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace plumbline {

/// "Exporting x.xlsx… 40%" with a progress bar and a Cancel button, for the status bar while a background
/// task (load, export, validation) runs. Hidden when idle.
class TaskProgressWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskProgressWidget)

public:
    /// objectName names the widget and (with a "Cancel" suffix) its button, for tests.
    TaskProgressWidget(const QString& objectName, const QString& cancelToolTip, QWidget* parent = nullptr);

    /// Resets to 0% with activity ("Exporting x.csv") and shows the widget.
    void start(const QString& activity);
    /// Changes the activity text while the task runs, keeping its progress.
    void setActivity(const QString& activity);
    /// The progress bar's maximum width in pixels (default 120).
    void setBarWidth(int pixels);
    /// permille: 0..1000, as reported by PromiseProgress.
    void setProgress(int permille);
    /// "Exporting x.csv… 40%".
    QString text() const;

signals:
    void cancelRequested();

private:
    void updateText();

    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QToolButton* m_cancel = nullptr;
    QString m_activity;
    int m_permille = 0;
};

} // namespace plumbline
