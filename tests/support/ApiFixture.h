#pragma once

#include "ApiClient.h"
#include "TestDatabase.h"
#include "TestServer.h"

#include <QDateTime>
#include <memory>

namespace hms::test {

// A fresh database, a running hms-server on it, and one signed-in client per
// role (staff created with `hms-server user add`).
class ApiFixture
{
public:
    static constexpr const char *Password = "correct horse battery staple";

    // Returns an empty string on success, else what went wrong.
    QString setUp(const QStringList &serverArguments = {}, const QProcessEnvironment &environment = {});

    std::unique_ptr<ApiClient> client(); // not signed in
    std::unique_ptr<ApiClient> signIn(const QString &username,
                                      const QString &password = QLatin1String(Password));

    // A staff account made with `hms-server user add`, signed in, and its id
    // (0 when any step failed).
    struct Staff
    {
        std::unique_ptr<ApiClient> client;
        qint64 id = 0;
    };
    Staff addStaff(const QString &username, const QString &role);
    // Creates a patient as the receptionist and returns its id (0 on failure).
    qint64 createPatient(const QString &name, const QJsonObject &extra = {});
    // A future instant on a whole minute, `minutesAhead` from a base a few days out.
    static QString slot(int minutesAhead);

    TestDatabase database;
    std::unique_ptr<TestServer> server;
    std::unique_ptr<ApiClient> admin;
    std::unique_ptr<ApiClient> doctor;
    std::unique_ptr<ApiClient> doctor2;
    std::unique_ptr<ApiClient> reception;
    qint64 adminId = 0;
    qint64 doctorId = 0;
    qint64 doctor2Id = 0;
    qint64 receptionId = 0;
};

} // namespace hms::test
