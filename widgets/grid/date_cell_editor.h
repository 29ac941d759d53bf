#pragma once

#include <QLineEdit>

class QCalendarWidget;

namespace plumbline {

/// The grid's editor for date columns: a line edit (any text may be typed and is kept) with a calendar button
/// whose choice is written as ISO 8601. isoText() turns what was typed into ISO when it is a date in a notation
/// the checks read (25/12/2020, 2020/12/25, 2020-12-25), else returns it unchanged.
class DateCellEditor final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateCellEditor)

public:
    explicit DateCellEditor(QWidget* parent = nullptr);

    /// The text to store: ISO for a date in any notation the checks read, else the text as typed.
    QString isoText() const;
    static QString toIso(const QString& text);

    /// Opens the calendar under the editor (also Alt+Down).
    void showCalendar();
    QCalendarWidget* calendar() const { return m_calendar; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QCalendarWidget* m_calendar = nullptr;
};

} // namespace plumbline
