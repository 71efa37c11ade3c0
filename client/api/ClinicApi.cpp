#include "ClinicApi.h"

#include "shared/ApiPaths.h"
#include "shared/Instant.h"
#include "shared/JsonFields.h"

#include <QJsonArray>
#include <QUrl>

namespace hms::client {

namespace {

QString path(QLatin1StringView base, qint64 id = 0, const char *tail = nullptr)
{
    QString result = base;
    if (id > 0)
        result += QLatin1Char('/') + QString::number(id);
    if (tail)
        result += QLatin1Char('/') + QLatin1StringView(tail);
    return result;
}

// A query string with every value percent-encoded ("+" as %2B, so a phone
// number search keeps its plus).
class Query
{
public:
    void addQueryItem(const QString &key, const QString &value) { m_items.append({key, value}); }

    QString toString() const
    {
        QStringList parts;
        for (const auto &[key, value] : m_items)
            parts.append(key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value)));
        return parts.join(QLatin1Char('&'));
    }

private:
    QList<QPair<QString, QString>> m_items;
};

QString withQuery(const QString &base, const Query &query)
{
    const QString text = query.toString();
    return text.isEmpty() ? base : base + QLatin1Char('?') + text;
}

void addPage(Query &query, const PageRequest &page)
{
    query.addQueryItem(QStringLiteral("limit"), QString::number(page.limit));
    if (!page.cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), page.cursor);
    if (page.includeTotal)
        query.addQueryItem(QStringLiteral("include_total"), QStringLiteral("true"));
}

void addInstant(Query &query, const QString &key, const QDateTime &instant)
{
    // UTC with "Z": no "+" that a query string would read as a space.
    if (instant.isValid())
        query.addQueryItem(key, formatInstant(instant.toUTC()));
}

// Decodes the answer with `decode` and hands it on as a Reply<T>.
template<typename T, typename Decode> ApiClient::Callback typed(Handler<T> handler, Decode decode)
{
    return [handler = std::move(handler), decode = std::move(decode)](const ApiResult &result) {
        Reply<T> reply;
        reply.result = result;
        if (result.ok()) {
            reply.value = decode(result.json);
        } else if (result.status == 412) {
            const QJsonValue current = result.json.value(QStringLiteral("current"));
            if (current.isObject())
                reply.current = decode(current.toObject());
        }
        reply.conflictingId = result.json.value(QStringLiteral("conflicting_id")).toInteger();
        handler(reply);
    };
}

template<typename T> T decodeOne(const QJsonObject &object)
{
    return T::fromJson(object);
}

template<typename T> QList<T> decodeItems(const QJsonObject &object)
{
    QList<T> items;
    const QJsonArray array = object.value(QStringLiteral("items")).toArray();
    items.reserve(array.size());
    for (const QJsonValue value : array)
        items.append(T::fromJson(value.toObject()));
    return items;
}

template<typename T> Page<T> decodePage(const QJsonObject &object)
{
    Page<T> page;
    page.items = decodeItems<T>(object);
    page.nextCursor = json::text(object, QStringLiteral("next_cursor"));
    if (const QJsonValue total = object.value(QStringLiteral("total")); total.isDouble())
        page.total = total.toInteger();
    return page;
}

Stats decodeStats(const QJsonObject &object)
{
    Stats stats;
    stats.patientsTotal = object.value(QStringLiteral("patients_total")).toInteger();
    const QJsonObject today = object.value(QStringLiteral("appointments_today")).toObject();
    for (const AppointmentStatusInfo &info : appointmentStatuses())
        stats.today.insert(info.status, today.value(info.name).toInt());
    for (const QJsonValue value : object.value(QStringLiteral("appointments_by_day")).toArray()) {
        const QJsonObject day = value.toObject();
        stats.byDay.append({parseDate(json::text(day, QStringLiteral("date"))).value_or(QDate()),
                            day.value(QStringLiteral("count")).toInt()});
    }
    if (const QJsonValue records = object.value(QStringLiteral("records_last_7_days")); records.isDouble())
        stats.recordsLast7Days = records.toInt();
    return stats;
}

} // namespace

Session Session::fromJson(const QJsonObject &object)
{
    Session session;
    // Sign-in nests the user; /api/auth/me is the user itself.
    const QJsonValue nested = object.value(QStringLiteral("user"));
    session.user = User::fromJson(nested.isObject() ? nested.toObject() : object);
    // The server's idle limit, at the top level or in `user`: whole minutes
    // up to a day; anything else is taken as not announced.
    for (const QJsonObject &source : {object, nested.toObject()}) {
        const QJsonValue idle = source.value(QStringLiteral("session_idle_minutes"));
        if (!idle.isDouble())
            continue;
        const double minutes = idle.toDouble();
        if (minutes >= 1 && minutes <= 24 * 60 && minutes == double(qint64(minutes))) {
            session.sessionIdleMinutes = int(minutes);
            break;
        }
    }
    return session;
}

QJsonObject ClinicApi::patientBody(const Patient &p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("date_of_birth"), formatDate(p.dateOfBirth)},
            {QStringLiteral("sex"), json::textOrNull(p.sex)},
            {QStringLiteral("email"), json::textOrNull(p.email)},
            {QStringLiteral("phone"), json::textOrNull(p.phone)},
            {QStringLiteral("address"), json::textOrNull(p.address)},
            {QStringLiteral("blood_group"), json::textOrNull(p.bloodGroup)}};
}

QJsonObject ClinicApi::appointmentBody(const Appointment &a)
{
    QJsonObject body{{QStringLiteral("doctor_id"), a.doctorId},
                     {QStringLiteral("appointment_datetime"), formatInstant(a.start.toUTC())},
                     {QStringLiteral("duration_minutes"), a.durationMinutes},
                     {QStringLiteral("reason"), json::textOrNull(a.reason)}};
    if (a.patientId > 0)
        body.insert(QStringLiteral("patient_id"), a.patientId);
    if (!a.notes.isEmpty())
        body.insert(QStringLiteral("notes"), a.notes);
    return body;
}

QJsonObject ClinicApi::recordBody(const MedicalRecord &r)
{
    QJsonObject body{{QStringLiteral("patient_id"), r.patientId},
                     {QStringLiteral("diagnosis"), r.diagnosis},
                     {QStringLiteral("prescription"), json::textOrNull(r.prescription)},
                     {QStringLiteral("notes"), json::textOrNull(r.notes)}};
    if (r.recordDate.isValid())
        body.insert(QStringLiteral("record_date"), formatDate(r.recordDate));
    if (r.appointmentId > 0)
        body.insert(QStringLiteral("appointment_id"), r.appointmentId);
    return body;
}

QJsonObject ClinicApi::amendmentBody(const MedicalRecord &record, const QString &reason)
{
    QJsonObject body = recordBody(record);
    if (!reason.trimmed().isEmpty())
        body.insert(QStringLiteral("amendment_reason"), reason.trimmed());
    return body;
}

void ClinicApi::me(QObject *context, Handler<Session> handler) const
{
    m_api.get(api::Me, context, typed<Session>(std::move(handler), &Session::fromJson));
}

void ClinicApi::patients(const QString &text, const PageRequest &page, QObject *context,
                         Handler<Page<Patient>> handler) const
{
    Query query;
    if (!text.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("q"), text.trimmed());
    addPage(query, page);
    m_api.get(withQuery(api::Patients, query), context,
              typed<Page<Patient>>(std::move(handler), &decodePage<Patient>));
}

void ClinicApi::patient(qint64 id, QObject *context, Handler<Patient> handler) const
{
    m_api.get(path(api::Patients, id), context, typed<Patient>(std::move(handler), &decodeOne<Patient>));
}

void ClinicApi::createPatient(const Patient &patient, QObject *context, Handler<Patient> handler) const
{
    m_api.post(api::Patients, patientBody(patient), context,
               typed<Patient>(std::move(handler), &decodeOne<Patient>));
}

void ClinicApi::updatePatient(const Patient &patient, int version, QObject *context,
                              Handler<Patient> handler) const
{
    m_api.put(path(api::Patients, patient.id), patientBody(patient), version, context,
              typed<Patient>(std::move(handler), &decodeOne<Patient>));
}

void ClinicApi::archivePatient(qint64 id, QObject *context, ApiClient::Callback handler) const
{
    m_api.del(path(api::Patients, id), context, std::move(handler));
}

void ClinicApi::appointments(const AppointmentFilter &filter, const PageRequest &page, QObject *context,
                             Handler<Page<Appointment>> handler) const
{
    Query query;
    addInstant(query, QStringLiteral("from"), filter.from);
    addInstant(query, QStringLiteral("to"), filter.to);
    if (filter.doctorId > 0)
        query.addQueryItem(QStringLiteral("doctor_id"), QString::number(filter.doctorId));
    if (filter.patientId > 0)
        query.addQueryItem(QStringLiteral("patient_id"), QString::number(filter.patientId));
    if (!filter.statuses.isEmpty()) {
        QStringList names;
        for (AppointmentStatus status : filter.statuses)
            names.append(appointmentStatusName(status));
        query.addQueryItem(QStringLiteral("status"), names.join(QLatin1Char(',')));
    }
    addPage(query, page);
    m_api.get(withQuery(api::Appointments, query), context,
              typed<Page<Appointment>>(std::move(handler), &decodePage<Appointment>));
}

void ClinicApi::appointment(qint64 id, QObject *context, Handler<Appointment> handler) const
{
    m_api.get(path(api::Appointments, id), context,
              typed<Appointment>(std::move(handler), &decodeOne<Appointment>));
}

void ClinicApi::book(const Appointment &appointment, QObject *context, Handler<Appointment> handler) const
{
    m_api.post(api::Appointments, appointmentBody(appointment), context,
               typed<Appointment>(std::move(handler), &decodeOne<Appointment>));
}

void ClinicApi::updateAppointment(const Appointment &appointment, int version, QObject *context,
                                  Handler<Appointment> handler) const
{
    QJsonObject body = appointmentBody(appointment);
    body.remove(QStringLiteral("patient_id")); // fixed once booked
    m_api.put(path(api::Appointments, appointment.id), body, version, context,
              typed<Appointment>(std::move(handler), &decodeOne<Appointment>));
}

void ClinicApi::moveAppointment(qint64 id, int version, AppointmentStatus status, const QString &reason,
                                QObject *context, Handler<Appointment> handler) const
{
    QJsonObject body{{QStringLiteral("status"), appointmentStatusName(status)}};
    if (!reason.trimmed().isEmpty())
        body.insert(QStringLiteral("status_reason"), reason.trimmed());
    m_api.put(path(api::Appointments, id), body, version, context,
              typed<Appointment>(std::move(handler), &decodeOne<Appointment>));
}

void ClinicApi::cancelAppointment(qint64 id, int version, const QString &reason, QObject *context,
                                  Handler<Appointment> handler) const
{
    moveAppointment(id, version, AppointmentStatus::Cancelled, reason, context, std::move(handler));
}

void ClinicApi::markNoShow(qint64 id, int version, const QString &reason, QObject *context,
                           Handler<Appointment> handler) const
{
    moveAppointment(id, version, AppointmentStatus::NoShow, reason, context, std::move(handler));
}

void ClinicApi::records(qint64 patientId, const PageRequest &page, QObject *context,
                        Handler<Page<MedicalRecord>> handler) const
{
    Query query;
    addPage(query, page);
    m_api.get(withQuery(path(api::Patients, patientId, "records"), query), context,
              typed<Page<MedicalRecord>>(std::move(handler), &decodePage<MedicalRecord>));
}

void ClinicApi::record(qint64 id, QObject *context, Handler<MedicalRecord> handler) const
{
    m_api.get(path(api::Records, id), context,
              typed<MedicalRecord>(std::move(handler), &decodeOne<MedicalRecord>));
}

void ClinicApi::createRecord(const MedicalRecord &record, QObject *context,
                             Handler<MedicalRecord> handler) const
{
    m_api.post(api::Records, recordBody(record), context,
               typed<MedicalRecord>(std::move(handler), &decodeOne<MedicalRecord>));
}

void ClinicApi::amendRecord(const MedicalRecord &record, int version, const QString &reason, QObject *context,
                            Handler<MedicalRecord> handler) const
{
    m_api.put(path(api::Records, record.id), amendmentBody(record, reason), version, context,
              typed<MedicalRecord>(std::move(handler), &decodeOne<MedicalRecord>));
}

void ClinicApi::recordHistory(qint64 id, QObject *context, Handler<QList<MedicalRecord>> handler) const
{
    m_api.get(path(api::Records, id, "history"), context,
              typed<QList<MedicalRecord>>(std::move(handler), &decodeItems<MedicalRecord>));
}

void ClinicApi::users(const PageRequest &page, QObject *context, Handler<Page<User>> handler) const
{
    Query query;
    addPage(query, page);
    m_api.get(withQuery(api::Users, query), context,
              typed<Page<User>>(std::move(handler), &decodePage<User>));
}

void ClinicApi::createUser(const User &user, const QString &password, QObject *context,
                           Handler<User> handler) const
{
    m_api.post(api::Users,
               {{QStringLiteral("username"), user.username},
                {QStringLiteral("full_name"), user.fullName},
                {QStringLiteral("role"), roleName(user.role)},
                {QStringLiteral("password"), password}},
               context, typed<User>(std::move(handler), &decodeOne<User>));
}

void ClinicApi::updateUser(const User &user, int version, QObject *context, Handler<User> handler) const
{
    QJsonObject body{{QStringLiteral("full_name"), user.fullName},
                     {QStringLiteral("role"), roleName(user.role)},
                     {QStringLiteral("active"), user.active}};
    if (!user.active && !user.deactivationReason.trimmed().isEmpty())
        body.insert(QStringLiteral("deactivation_reason"), user.deactivationReason.trimmed());
    m_api.put(path(api::Users, user.id), body, version, context,
              typed<User>(std::move(handler), &decodeOne<User>));
}

void ClinicApi::changeRole(qint64 id, int version, Role role, QObject *context, Handler<User> handler) const
{
    m_api.put(path(api::Users, id), {{QStringLiteral("role"), roleName(role)}}, version, context,
              typed<User>(std::move(handler), &decodeOne<User>));
}

void ClinicApi::deactivateUser(qint64 id, int version, const QString &reason, QObject *context,
                               Handler<User> handler) const
{
    QJsonObject body{{QStringLiteral("active"), false}};
    if (!reason.trimmed().isEmpty())
        body.insert(QStringLiteral("deactivation_reason"), reason.trimmed());
    m_api.put(path(api::Users, id), body, version, context,
              typed<User>(std::move(handler), &decodeOne<User>));
}

void ClinicApi::reactivateUser(qint64 id, int version, QObject *context, Handler<User> handler) const
{
    m_api.put(path(api::Users, id), {{QStringLiteral("active"), true}}, version, context,
              typed<User>(std::move(handler), &decodeOne<User>));
}

void ClinicApi::resetPassword(qint64 id, const QString &password, QObject *context,
                              ApiClient::Callback handler) const
{
    m_api.post(path(api::Users, id, "password"), {{QStringLiteral("new_password"), password}}, context,
               std::move(handler));
}

void ClinicApi::doctors(QObject *context, Handler<QList<User>> handler) const
{
    m_api.get(api::Doctors, context, typed<QList<User>>(std::move(handler), [](const QJsonObject &object) {
                  QList<User> doctors = decodeItems<User>(object);
                  for (User &doctor : doctors)
                      doctor.role = Role::Doctor;
                  return doctors;
              }));
}

void ClinicApi::audit(const AuditFilter &filter, const PageRequest &page, QObject *context,
                      Handler<Page<AuditEntry>> handler) const
{
    Query query;
    if (filter.userId > 0)
        query.addQueryItem(QStringLiteral("user_id"), QString::number(filter.userId));
    if (filter.patientId > 0)
        query.addQueryItem(QStringLiteral("patient_id"), QString::number(filter.patientId));
    if (!filter.action.isEmpty())
        query.addQueryItem(QStringLiteral("action"), filter.action);
    addInstant(query, QStringLiteral("from"), filter.from);
    addInstant(query, QStringLiteral("to"), filter.to);
    addPage(query, page);
    m_api.get(withQuery(api::Audit, query), context,
              typed<Page<AuditEntry>>(std::move(handler), &decodePage<AuditEntry>));
}

void ClinicApi::stats(int utcOffsetMinutes, QObject *context, Handler<Stats> handler) const
{
    Query query;
    query.addQueryItem(QStringLiteral("utc_offset_minutes"), QString::number(utcOffsetMinutes));
    m_api.get(withQuery(api::Stats, query), context, typed<Stats>(std::move(handler), &decodeStats));
}

} // namespace hms::client
