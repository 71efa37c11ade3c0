#pragma once

#include <QByteArray>
#include <QString>

namespace hms::server {

// Logs go to stderr, or appended to a file: human-readable on a terminal,
// JSON lines otherwise (or as format says: "auto", "json", "text").
// Returns false with a reason when the log file cannot be opened.
bool installLogHandler(const QString &format, const QString &file = QString(), QString *error = nullptr);

// Reopens the log file under its name (after logrotate moved it away);
// a no-op when logging to stderr. Safe while other threads log.
bool reopenLogFile(QString *error = nullptr);

// One request, as a log line with its own JSON fields (never patient data).
struct RequestLogLine
{
    QByteArray method;
    QString route; // the route pattern, never the concrete path or query
    int status = 0;
    double milliseconds = 0;
    QString requestId;
    qint64 userId = 0; // 0: anonymous
};
void logRequest(const RequestLogLine &line);

} // namespace hms::server
