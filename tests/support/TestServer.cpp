#include "TestServer.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QThread>

namespace hms::test {

TestServer::TestServer(QString databaseUrl)
    : m_databaseUrl(std::move(databaseUrl))
{}

TestServer::~TestServer()
{
    if (m_process.state() != QProcess::NotRunning)
        stop();
}

QString TestServer::executable()
{
    return QStringLiteral(HMS_SERVER_EXECUTABLE);
}

bool TestServer::start(const QStringList &extraArguments, const QProcessEnvironment &extraEnvironment)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HMS_LOG_FORMAT"), QStringLiteral("text"));
    for (const QString &key : extraEnvironment.keys())
        environment.insert(key, extraEnvironment.value(key));
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_output.clear();
    QStringList arguments{QStringLiteral("serve"),
                          QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1"),
                          QStringLiteral("--port"),
                          QStringLiteral("0"),
                          QStringLiteral("--database"),
                          m_databaseUrl,
                          QStringLiteral("--workers"),
                          QStringLiteral("3")};
    arguments += extraArguments;
    m_process.setReadChannel(QProcess::StandardError);
    m_process.start(executable(), arguments);
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression listening(QStringLiteral(R"(listening on https?://[^:]+:(\d+))"));
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(200) && m_process.state() == QProcess::NotRunning)
            break;
        m_output += QString::fromUtf8(m_process.readAllStandardError());
        const QRegularExpressionMatch match = listening.match(m_output);
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            // Keep draining stderr so the server never blocks on a full pipe.
            QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                             [this] { m_output += QString::fromUtf8(m_process.readAllStandardError()); });
            return true;
        }
    }
    m_output += QString::fromUtf8(m_process.readAllStandardError());
    qWarning("hms-server did not start:\n%s", qUtf8Printable(m_output));
    return false;
}

int TestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    m_process.terminate();
    if (!m_process.waitForFinished(30000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return -1;
    }
    m_output += QString::fromUtf8(m_process.readAllStandardError());
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void TestServer::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

QUrl TestServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

TestServer::CommandResult TestServer::run(const QStringList &arguments, const QByteArray &input,
                                          const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(executable(), arguments);
    CommandResult result;
    if (!process.waitForStarted(10000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

TestServer::CommandResult TestServer::addUser(const QString &username, const QString &role,
                                              const QString &password, const QString &fullName)
{
    return run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"), username,
                QStringLiteral("--role"), role, QStringLiteral("--full-name"),
                fullName.isEmpty() ? QStringLiteral("Test ") + username : fullName,
                QStringLiteral("--password-stdin"), QStringLiteral("--database"), m_databaseUrl},
               password.toUtf8() + '\n');
}

quint16 TestServer::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace hms::test
