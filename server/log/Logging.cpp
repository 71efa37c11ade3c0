#include "Logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <cstdio>
#include <unistd.h>

namespace hms::server {

namespace {
bool g_json = false;

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

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QByteArray line;
    if (g_json) {
        const QJsonObject object{
            {QStringLiteral("ts"), time},
            {QStringLiteral("level"), QLatin1String(levelName(type))},
            {QStringLiteral("category"), QLatin1String(context.category ? context.category : "")},
            {QStringLiteral("thread"), QThread::currentThread()->objectName()},
            {QStringLiteral("msg"), message}};
        line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    } else {
        line = time.toUtf8() + ' ' + QByteArray(levelName(type)).leftJustified(7, ' ') + ' ' +
            QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
    }
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
    if (type == QtFatalMsg)
        std::abort();
}
} // namespace

void installLogHandler(const QString &format)
{
    g_json = format == QLatin1String("json") || (format != QLatin1String("text") && !::isatty(STDERR_FILENO));
    qInstallMessageHandler(handler);
}

} // namespace hms::server
