#include "grid/date_cell_editor.h"

#include "values/imprecise_date.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QPainter>
#include <QPixmap>

namespace plumbline {

namespace {

/// A small calendar glyph drawn with the palette's text colour (no icon theme is needed).
QIcon calendarIcon(const QColor& colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(colour);
    p.drawRect(2, 3, 11, 10);
    p.fillRect(2, 3, 12, 3, colour);
    for (int x : {5, 8, 11})
        for (int y : {8, 11})
            p.drawPoint(x, y);
    return QIcon(pixmap);
}

} // namespace

DateCellEditor::DateCellEditor(QWidget* parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("dateCellEditor"));
    setPlaceholderText(tr("YYYY-MM-DD"));
    setAccessibleName(tr("Date"));
    setToolTip(tr("A date, written as YYYY-MM-DD (25/12/2020 is turned into 2020-12-25); Alt+Down opens a "
                  "calendar. Other text is kept as typed."));
    QAction* open = addAction(calendarIcon(palette().color(QPalette::Text)), QLineEdit::TrailingPosition);
    open->setObjectName(QStringLiteral("actionCalendar"));
    open->setToolTip(tr("Choose from a calendar (Alt+Down)"));
    connect(open, &QAction::triggered, this, &DateCellEditor::showCalendar);

    m_calendar = new QCalendarWidget(this);
    m_calendar->setWindowFlags(Qt::Popup);
    m_calendar->setGridVisible(true);
    m_calendar->setAccessibleName(tr("Calendar"));
    connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate date) {
        setText(date.toString(Qt::ISODate));
        m_calendar->hide();
        setFocus();
    });
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate date) {
        setText(date.toString(Qt::ISODate));
        m_calendar->hide();
        setFocus();
    });
}

QString DateCellEditor::toIso(const QString& text)
{
    const QByteArray utf8 = text.trimmed().toUtf8();
    const values::DateParse parsed = values::parseDate(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    if (!parsed.ok())
        return text; // kept as typed; the checks will say what is wrong with it
    return QString::fromStdString(values::toIsoString(parsed.date));
}

QString DateCellEditor::isoText() const
{
    return toIso(text());
}

void DateCellEditor::showCalendar()
{
    const QString iso = isoText();
    const QDate current = QDate::fromString(iso, Qt::ISODate);
    m_calendar->setSelectedDate(current.isValid() ? current : QDate::currentDate());
    m_calendar->move(mapToGlobal(QPoint(0, height())));
    m_calendar->show();
    m_calendar->setFocus();
}

void DateCellEditor::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Down && (event->modifiers() & Qt::AltModifier)) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace plumbline
