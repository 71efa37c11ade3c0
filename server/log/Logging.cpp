#include "Logging.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QThread>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace hms::server {

namespace {
Q_LOGGING_CATEGORY(lcRequestLog, "hms.request")

bool g_json = false;
QString g_file;
// Where lines go. Reopening swaps the file under this descriptor with dup2(),
// which is atomic, so writers on other threads never see a closed descriptor.
int g_fd = STDERR_FILENO;
// The request being logged on this thread, so its fields become JSON fields.
thread_local const RequestLogLine *t_request = nullptr;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

void writeLine(const QByteArray &line)
{
    // One write() per line: with O_APPEND, lines from several threads or
    // processes never interleave.
    const char *data = line.constData();
    qsizetype left = line.size();
    while (left > 0) {
        const ssize_t written = ::write(g_fd, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return;
        data += written;
        left -= written;
    }
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QByteArray line;
    if (g_json) {
        QJsonObject object{
            {QStringLiteral("ts"), time},
            {QStringLiteral("level"), QLatin1String(levelName(type))},
            {QStringLiteral("category"), QLatin1String(context.category ? context.category : "")},
            {QStringLiteral("thread"), QThread::currentThread()->objectName()},
            {QStringLiteral("msg"), message}};
        if (const RequestLogLine *request = t_request) {
            object.insert(QStringLiteral("method"), QString::fromLatin1(request->method));
            object.insert(QStringLiteral("route"), request->route);
            object.insert(QStringLiteral("status"), request->status);
            object.insert(QStringLiteral("duration_ms"), qRound(request->milliseconds * 100) / 100.0);
            object.insert(QStringLiteral("request_id"), request->requestId);
            if (request->userId > 0)
                object.insert(QStringLiteral("user_id"), request->userId);
        }
        line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    } else {
        line = time.toUtf8() + ' ' + QByteArray(levelName(type)).leftJustified(7, ' ') + ' ' +
            QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
    }
    writeLine(line);
    if (type == QtFatalMsg)
        std::abort();
}

int openLogFile(const QString &path, QString *error)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
    if (fd < 0 && error)
        *error =
            QStringLiteral("cannot open '%1': %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    return fd;
}
} // namespace

bool installLogHandler(const QString &format, const QString &file, QString *error)
{
    if (!file.isEmpty()) {
        const int fd = openLogFile(file, error);
        if (fd < 0)
            return false;
        g_fd = fd;
        g_file = file;
    }
    g_json = format == QLatin1String("json") || (format != QLatin1String("text") && !::isatty(g_fd));
    qInstallMessageHandler(handler);
    return true;
}

bool reopenLogFile(QString *error)
{
    if (g_file.isEmpty())
        return true;
    const int fd = openLogFile(g_file, error);
    if (fd < 0)
        return false;
    ::dup2(fd, g_fd);
    ::close(fd);
    return true;
}

void logRequest(const RequestLogLine &line)
{
    t_request = &line;
    qCInfo(lcRequestLog, "%s %s %d %.2fms id=%s user=%lld", line.method.constData(),
           qUtf8Printable(line.route), line.status, line.milliseconds, qUtf8Printable(line.requestId),
           line.userId);
    t_request = nullptr;
}

} // namespace hms::server
