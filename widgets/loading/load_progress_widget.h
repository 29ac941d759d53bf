#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace plumbline {

/// "Loading example.csv… 12%" with a progress bar and a Cancel button, for the status bar while a file loads.
class LoadProgressWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadProgressWidget)

public:
    explicit LoadProgressWidget(QWidget* parent = nullptr);

    /// Resets to 0% for fileName and shows the widget.
    void start(const QString& fileName);
    /// permille: 0..1000, as reported by PromiseProgress.
    void setProgress(int permille);
    /// Whether a preview of the first rows is on screen (the text says so).
    void setPreviewShown(bool shown);
    QString text() const;

signals:
    void cancelRequested();

private:
    void updateText();

    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QToolButton* m_cancel = nullptr;
    QString m_fileName;
    int m_permille = 0;
    bool m_preview = false;
};

} // namespace plumbline
