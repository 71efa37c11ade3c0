#include "StatsService.h"

#include "Clock.h"
#include "shared/Instant.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QTimeZone>

namespace hms::server {

StatsService::StatsService(Database &db)
    : m_db(db)
    , m_patients(db)
    , m_appointments(db)
    , m_records(db)
{}

Outcome<QJsonObject> StatsService::dashboard(const Actor &actor, int utcOffsetMinutes)
{
    const QTimeZone zone = QTimeZone(utcOffsetMinutes * 60);
    const QDate today = utcNow().toTimeZone(zone).date();
    auto startOf = [&zone](const QDate &day) { return QDateTime(day, QTime(0, 0), zone).toUTC(); };

    Transaction tx(m_db, Transaction::Mode::Read);
    if (!tx.isActive())
        return ServiceError::fromStorage(m_db.lastError());
    const auto patients = m_patients.countActive();
    if (!patients)
        return ServiceError::fromStorage(patients.error());
    const auto byStatus = m_appointments.countByStatus(startOf(today), startOf(today.addDays(1)));
    if (!byStatus)
        return ServiceError::fromStorage(byStatus.error());
    const auto starts = m_appointments.startTimes(startOf(today.addDays(-7)), startOf(today.addDays(8)));
    if (!starts)
        return ServiceError::fromStorage(starts.error());

    QJsonObject todayCounts;
    for (const QString &status : appointmentStatusNames())
        todayCounts.insert(status, 0);
    for (const auto &[status, count] : byStatus.value())
        todayCounts.insert(status, count);

    QMap<QDate, int> perDay;
    for (const QDateTime &start : starts.value())
        ++perDay[start.toTimeZone(zone).date()];
    QJsonArray byDay;
    for (int offset = -7; offset <= 7; ++offset) {
        const QDate day = today.addDays(offset);
        byDay.append(QJsonObject{{QStringLiteral("date"), formatDate(day)},
                                 {QStringLiteral("count"), perDay.value(day)}});
    }

    QJsonObject result{{QStringLiteral("patients_total"), patients.value()},
                       {QStringLiteral("appointments_today"), todayCounts},
                       {QStringLiteral("appointments_by_day"), byDay}};
    if (actor.role == Role::Doctor) {
        const auto records = m_records.countSince(today.addDays(-6), actor.userId);
        if (!records)
            return ServiceError::fromStorage(records.error());
        result.insert(QStringLiteral("records_last_7_days"), records.value());
    }
    return result;
}

} // namespace hms::server
