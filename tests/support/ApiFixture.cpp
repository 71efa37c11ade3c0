#include "ApiFixture.h"

#include <QTimeZone>

namespace hms::test {

QString ApiFixture::setUp(const QStringList &serverArguments, const QProcessEnvironment &environment)
{
    if (!database.isValid())
        return QStringLiteral("no test database: ") + database.error();
    // The schema's owner migrates; the server and the CLI run as the server's role.
    if (QString error = database.migrate(); !error.isEmpty())
        return error;
    server = std::make_unique<TestServer>(database.url());
    // The CLI creates the staff.
    const struct
    {
        const char *username;
        const char *role;
        qint64 *id;
    } staff[] = {{"admin", "admin", &adminId},
                 {"doc", "doctor", &doctorId},
                 {"doc2", "doctor", &doctor2Id},
                 {"front", "receptionist", &receptionId}};
    for (const auto &member : staff) {
        const auto result = server->addUser(QString::fromLatin1(member.username),
                                            QString::fromLatin1(member.role), QString::fromLatin1(Password));
        if (result.exitCode != 0)
            return QStringLiteral("user add %1 failed (%2): %3")
                .arg(QString::fromLatin1(member.username))
                .arg(result.exitCode)
                .arg(result.err);
    }
    if (!server->start(serverArguments, environment))
        return QStringLiteral("server did not start: ") + server->output();
    admin = signIn(QStringLiteral("admin"));
    doctor = signIn(QStringLiteral("doc"));
    doctor2 = signIn(QStringLiteral("doc2"));
    reception = signIn(QStringLiteral("front"));
    if (admin->token().isEmpty() || doctor->token().isEmpty() || doctor2->token().isEmpty() ||
        reception->token().isEmpty())
        return QStringLiteral("sign-in failed: ") + server->output();
    for (auto [client, id] : {std::pair{admin.get(), &adminId}, std::pair{doctor.get(), &doctorId},
                              std::pair{doctor2.get(), &doctor2Id}, std::pair{reception.get(), &receptionId}})
        *id = client->get(QStringLiteral("/api/auth/me")).json().value(QStringLiteral("id")).toInteger();
    return {};
}

std::unique_ptr<ApiClient> ApiFixture::client()
{
    return std::make_unique<ApiClient>(server->url());
}

std::unique_ptr<ApiClient> ApiFixture::signIn(const QString &username, const QString &password)
{
    auto api = client();
    api->login(username, password);
    return api;
}

ApiFixture::Staff ApiFixture::addStaff(const QString &username, const QString &role)
{
    Staff staff;
    if (server->addUser(username, role, QLatin1String(Password)).exitCode != 0)
        return staff;
    staff.client = signIn(username);
    staff.id =
        staff.client->get(QStringLiteral("/api/auth/me")).json().value(QStringLiteral("id")).toInteger();
    return staff;
}

qint64 ApiFixture::createPatient(const QString &name, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("name"), name);
    if (!body.contains(QStringLiteral("date_of_birth")))
        body.insert(QStringLiteral("date_of_birth"), QStringLiteral("1980-05-17"));
    const Reply reply = reception->post(QStringLiteral("/api/patients"), body);
    return reply.status == 201 ? reply.json().value(QStringLiteral("id")).toInteger() : 0;
}

QString ApiFixture::slot(int minutesAhead)
{
    const QDateTime base(QDate::currentDate().addDays(3), QTime(8, 0), QTimeZone::utc());
    return base.addSecs(qint64(minutesAhead) * 60).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace hms::test
