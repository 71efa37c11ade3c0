#pragma once

#include "AuditTrail.h"
#include "shared/Result.h"

#include <QList>
#include <QString>

namespace hms::server {

// Publishes audit chain heads outside the database, where its roles cannot
// rewrite them: a log line (category hms.audit) and, when a file is named,
// one appended line per head. Both read as "position=N hash=H", which is what
// `audit verify --anchor` looks for, so a saved service log serves as well as
// the anchor file.
class AuditAnchor
{
public:
    explicit AuditAnchor(QString file = {});

    // Whether the anchor file (if any) can be appended to.
    [[nodiscard]] bool check(QString *error) const;
    // Logs the head and appends it to the anchor file, once per new head.
    void publish(const ChainHead &head);

    // "2026-11-28T11:20:00.123Z position=42 hash=<64 hex digits>"
    static QString line(const ChainHead &head, const QDateTime &at);
    // Every head in a file of anchor lines or of service log lines (text or
    // JSON); lines without a head are skipped.
    static Result<QList<ChainHead>, QString> read(const QString &file);

private:
    QString m_file;
    qint64 m_lastPosition = -1;
    QByteArray m_lastHash;
};

} // namespace hms::server
