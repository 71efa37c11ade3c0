#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace hms {

// One line of the audit trail: who did what to which resource, and how it ended.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    qint64 userId = 0; // 0: nobody signed in (e.g. a failed login)
    QString username;
    QString action; // e.g. patient.read, record.amend, auth.login
    QString resource; // patient, appointment, record, user, session
    qint64 resourceId = 0;
    qint64 patientId = 0;
    QString outcome = QStringLiteral("success"); // success | failure | denied
    QString clientAddress;
    QString requestId;
    // Why the change was made, where it needs a reason (a cancellation, a
    // no-show, a deactivation, an amendment); empty otherwise.
    QString reason;
    // The patient's current name, read with the entry; not part of it.
    QString patientName;

    QJsonObject toJson() const;
    static AuditEntry fromJson(const QJsonObject &object);
};

} // namespace hms
