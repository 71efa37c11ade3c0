#include "DateField.h"

#include "app/Formats.h"

#include <QAction>
#include <QCalendarWidget>
#include <QIcon>
#include <QKeyEvent>
#include <QLocale>

namespace hms::client {

DateField::DateField(QWidget *parent)
    : QLineEdit(parent)
    , m_calendar(new QCalendarWidget(this))
    , m_pick(addAction(QIcon(QStringLiteral(":/icons/calendar-days.svg")), QLineEdit::TrailingPosition))
{
    // Clearly blank, not a grey date that could pass for one.
    setPlaceholderText(tr("Not entered (type like %1)").arg(example()));
    m_pick->setToolTip(tr("Pick a date (Alt+Down)"));
    m_pick->setText(tr("Pick a date"));
    m_calendar->setObjectName(QStringLiteral("dateFieldCalendar"));
    m_calendar->setAccessibleName(tr("Calendar"));
    m_calendar->setWindowFlags(Qt::Popup);
    m_calendar->hide();
    connect(m_pick, &QAction::triggered, this, &DateField::showCalendar);
    connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate picked) {
        setDate(picked);
        m_calendar->hide();
        setFocus();
    });
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate picked) {
        setDate(picked);
        m_calendar->hide();
        setFocus();
    });
    connect(this, &QLineEdit::textChanged, this, &DateField::dateChanged);
}

QDate DateField::date() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return {};
    const QDate date = QLocale().toDate(typed, formats::dateFormat());
    return date.isValid() ? date : QLocale().toDate(typed, QLocale::ShortFormat);
}

void DateField::setDate(const QDate &date)
{
    setText(date.isValid() ? QLocale().toString(date, formats::dateFormat()) : QString());
}

bool DateField::isBlank() const
{
    return text().trimmed().isEmpty();
}

void DateField::setDateRange(const QDate &minimum, const QDate &maximum)
{
    m_calendar->setDateRange(minimum, maximum);
}

QString DateField::example() const
{
    return QLocale().toString(QDate(1980, 12, 31), formats::dateFormat());
}

void DateField::showCalendar()
{
    const QDate current = date();
    m_calendar->setSelectedDate(current.isValid() ? current : QDate::currentDate().addYears(-30));
    m_calendar->adjustSize();
    m_calendar->move(mapToGlobal(QPoint(0, height())));
    m_calendar->show();
    m_calendar->setFocus();
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier) ||
        event->key() == Qt::Key_F4) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace hms::client
