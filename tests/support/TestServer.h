#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

namespace hms::test {

// A real hms-server process on an ephemeral loopback port.
class TestServer
{
public:
    explicit TestServer(QString databaseUrl);
    ~TestServer();

    // Starts `hms-server serve --port 0` with extra arguments and waits until it listens.
    bool start(const QStringList &extraArguments = {}, const QProcessEnvironment &extraEnvironment = {});
    // SIGTERM, then waits; returns the exit code (or -1 if it had to be killed).
    int stop();
    void kill();

    QUrl url(const QString &path = QString()) const;
    quint16 port() const { return m_port; }
    QString databaseUrl() const { return m_databaseUrl; }
    QString output() const { return m_output; }
    QProcess &process() { return m_process; }

    // Runs another hms-server command against the same database (migrate, user add, ...).
    struct CommandResult
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static CommandResult
    run(const QStringList &arguments, const QByteArray &input = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    CommandResult addUser(const QString &username, const QString &role, const QString &password,
                          const QString &fullName = QString());

    static QString executable();
    // A loopback port nothing listens on right now (for servers that need a fixed one).
    static quint16 freePort();

private:
    QString m_databaseUrl;
    QProcess m_process;
    QString m_output;
    quint16 m_port = 0;
};

} // namespace hms::test
