#pragma once

#include "ApiClient.h"
#include "ApiResult.h"
#include "shared/Appointment.h"
#include "shared/AuditEntry.h"
#include "shared/MedicalRecord.h"
#include "shared/Patient.h"
#include "shared/User.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <functional>
#include <optional>

namespace hms::client {

// One page of a cursor-paged list.
template<typename T> struct Page
{
    QList<T> items;
    QString nextCursor; // empty: the end of the list
    std::optional<qint64> total; // when asked for (include_total)
};

// The answer to a typed call: the outcome (status, message, field errors) and,
// on success, the decoded value. On 412 `current` holds what the server has
// now; on a booking conflict (409) `conflictingId` names the booking in the way.
template<typename T> struct Reply
{
    ApiResult result;
    T value{};
    std::optional<T> current;
    qint64 conflictingId = 0;

    bool ok() const { return result.ok(); }
    QString message() const { return result.message; }
};

template<typename T> using Handler = std::function<void(const Reply<T> &)>;

struct PageRequest
{
    QString cursor;
    int limit = 50;
    bool includeTotal = false;
};

struct AppointmentFilter
{
    QDateTime from; // inclusive; invalid: open
    QDateTime to; // exclusive; invalid: open
    qint64 doctorId = 0;
    qint64 patientId = 0;
    QList<AppointmentStatus> statuses; // any of these; empty: every status
};

struct AuditFilter
{
    qint64 userId = 0;
    qint64 patientId = 0;
    QString action;
    QDateTime from;
    QDateTime to;
};

struct Stats
{
    qint64 patientsTotal = 0;
    QMap<AppointmentStatus, int> today;
    QList<QPair<QDate, int>> byDay;
    std::optional<int> recordsLast7Days; // doctors only
};

// Who is signed in, as login and /api/auth/me tell it.
struct Session
{
    User user;
    std::optional<int> sessionIdleMinutes;

    static Session fromJson(const QJsonObject &object);
};

// The HMS API in the clinic's terms, over the transport of ApiClient (token,
// reachability, 401): requests are built from the shared types and answers
// decoded into them with the shared JSON mapping. Every handler runs on the
// GUI thread and is dropped if `context` is destroyed first.
class ClinicApi
{
public:
    explicit ClinicApi(ApiClient &transport)
        : m_api(transport)
    {}

    ApiClient &transport() const { return m_api; }

    void me(QObject *context, Handler<Session> handler) const;

    void patients(const QString &query, const PageRequest &page, QObject *context,
                  Handler<Page<Patient>> handler) const;
    void patient(qint64 id, QObject *context, Handler<Patient> handler) const;
    void createPatient(const Patient &patient, QObject *context, Handler<Patient> handler) const;
    void updatePatient(const Patient &patient, int version, QObject *context, Handler<Patient> handler) const;
    void archivePatient(qint64 id, QObject *context, ApiClient::Callback handler) const;

    void appointments(const AppointmentFilter &filter, const PageRequest &page, QObject *context,
                      Handler<Page<Appointment>> handler) const;
    void appointment(qint64 id, QObject *context, Handler<Appointment> handler) const;
    void book(const Appointment &appointment, QObject *context, Handler<Appointment> handler) const;
    // Doctor, time, duration and reason of an existing appointment.
    void updateAppointment(const Appointment &appointment, int version, QObject *context,
                           Handler<Appointment> handler) const;
    // One move of the status machine; `reason` is sent when given (required
    // for cancelled and no-show by servers that ask for it).
    void moveAppointment(qint64 id, int version, AppointmentStatus status, const QString &reason,
                         QObject *context, Handler<Appointment> handler) const;
    void cancelAppointment(qint64 id, int version, const QString &reason, QObject *context,
                           Handler<Appointment> handler) const;
    void markNoShow(qint64 id, int version, const QString &reason, QObject *context,
                    Handler<Appointment> handler) const;

    void records(qint64 patientId, const PageRequest &page, QObject *context,
                 Handler<Page<MedicalRecord>> handler) const;
    void record(qint64 id, QObject *context, Handler<MedicalRecord> handler) const;
    void createRecord(const MedicalRecord &record, QObject *context, Handler<MedicalRecord> handler) const;
    void amendRecord(const MedicalRecord &record, int version, const QString &reason, QObject *context,
                     Handler<MedicalRecord> handler) const;
    void recordHistory(qint64 id, QObject *context, Handler<QList<MedicalRecord>> handler) const;

    void users(const PageRequest &page, QObject *context, Handler<Page<User>> handler) const;
    void createUser(const User &user, const QString &password, QObject *context, Handler<User> handler) const;
    // Full name, role and active.
    void updateUser(const User &user, int version, QObject *context, Handler<User> handler) const;
    void changeRole(qint64 id, int version, Role role, QObject *context, Handler<User> handler) const;
    void deactivateUser(qint64 id, int version, const QString &reason, QObject *context,
                        Handler<User> handler) const;
    void reactivateUser(qint64 id, int version, QObject *context, Handler<User> handler) const;
    void resetPassword(qint64 id, const QString &password, QObject *context,
                       ApiClient::Callback handler) const;
    void doctors(QObject *context, Handler<QList<User>> handler) const;

    void audit(const AuditFilter &filter, const PageRequest &page, QObject *context,
               Handler<Page<AuditEntry>> handler) const;
    void stats(int utcOffsetMinutes, QObject *context, Handler<Stats> handler) const;

    // The writable fields of each type, as a request body.
    static QJsonObject patientBody(const Patient &patient);
    static QJsonObject appointmentBody(const Appointment &appointment);
    static QJsonObject recordBody(const MedicalRecord &record);
    // An amendment's body: the record's fields and, when given, why it is amended.
    static QJsonObject amendmentBody(const MedicalRecord &record, const QString &reason);

private:
    ApiClient &m_api;
};

} // namespace hms::client
