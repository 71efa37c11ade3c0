#pragma once

#include <QDate>
#include <QLineEdit>

class QAction;
class QCalendarWidget;

namespace hms::client {

// A date that may be blank: typed in the locale's short format
// (formats::dateFormat()) or picked from a calendar (the field's button, or
// Alt+Down / F4). Unlike QDateEdit it never holds a date nobody entered.
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    // The date typed or picked; invalid while blank or not a date.
    QDate date() const;
    void setDate(const QDate &date);
    bool isBlank() const;
    void setDateRange(const QDate &minimum, const QDate &maximum);
    // An example in the expected format, for messages ("31/12/1980").
    QString example() const;
    QCalendarWidget *calendar() const { return m_calendar; }
    void showCalendar();

Q_SIGNALS:
    void dateChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QCalendarWidget *m_calendar;
    QAction *m_pick;
};

} // namespace hms::client
