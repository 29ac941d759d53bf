#pragma once

#include <QFrame>

class QToolButton;

namespace plumbline {

class ChartView;

/// A chart with its Save button (PNG or SVG), for the dashboard and the profile panel.
class ChartCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartCard)

public:
    /// name: the object name of the card ("chart_<name>") and the file name Save proposes.
    ChartCard(const QString& name, const QString& title, QWidget* parent = nullptr);

    ChartView* view() const { return m_view; }
    QToolButton* saveButton() const { return m_save; }
    /// The folder Save starts in (the last one used, by default the documents folder).
    static QString saveFolder();

private:
    ChartView* m_view = nullptr;
    QToolButton* m_save = nullptr;
    QString m_name;
};

} // namespace plumbline
