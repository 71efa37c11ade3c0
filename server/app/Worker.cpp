#include "Worker.h"

#include "api/AppointmentsApi.h"
#include "api/AuthApi.h"
#include "api/OperationsApi.h"
#include "api/PatientsApi.h"
#include "api/RecordsApi.h"
#include "api/Routes.h"
#include "api/UsersApi.h"
#include "audit/AuditTrail.h"
#include "config/ServerConfig.h"
#include "http/ApiHttpServer.h"
#include "http/Dispatcher.h"
#include "http/IdleTimeoutTcpServer.h"
#include "http/ListeningSocket.h"
#include "http/Router.h"
#include "services/AppointmentService.h"
#include "services/AuthService.h"
#include "services/PatientService.h"
#include "services/RecordService.h"
#include "services/StaffService.h"
#include "services/StatsService.h"
#include "storage/Database.h"

#include <QHostAddress>

namespace hms::server {

// Everything one worker owns, in dependency order.
struct WorkerParts
{
    WorkerParts(const DatabaseUrl &url, int index, const ServerConfig &config, PasswordHasher &hasher,
                Metrics &metrics)
        : db(url, QStringLiteral("hms-worker-%1").arg(index))
        , readLog(url, QStringLiteral("hms-worker-%1-reads").arg(index), Database::Durability::Relaxed)
        , patients(db, &readLog)
        , appointments(db, &readLog)
        , records(db, &readLog)
        , auth(db, hasher, config.sessions)
        , staff(db, hasher)
        , stats(db)
        , audit(db)
        , authApi(auth)
        , patientsApi(patients, appointments, records)
        , appointmentsApi(appointments)
        , recordsApi(records)
        , operationsApi(db, metrics, staff, stats)
        , usersApi(staff, audit)
        , dispatcher(router, config.http, auth, audit, db, metrics)
    {
        registerRoutes(router,
                       Apis{authApi, patientsApi, appointmentsApi, recordsApi, operationsApi, usersApi});
    }

    Database db;
    Database readLog; // the audit entries of reads
    PatientService patients;
    AppointmentService appointments;
    RecordService records;
    AuthService auth;
    StaffService staff;
    StatsService stats;
    AuditTrail audit;
    AuthApi authApi;
    PatientsApi patientsApi;
    AppointmentsApi appointmentsApi;
    RecordsApi recordsApi;
    OperationsApi operationsApi;
    UsersApi usersApi;
    Router router;
    Dispatcher dispatcher;
    std::unique_ptr<ApiHttpServer> http;
    IdleTimeoutTcpServer *tcp = nullptr; // owned by http
};

Worker::Worker(int index, const ServerConfig &config, PasswordHasher &hasher, Metrics &metrics,
               std::optional<QSslConfiguration> tls)
    : m_index(index)
    , m_config(config)
    , m_hasher(hasher)
    , m_metrics(metrics)
    , m_tls(std::move(tls))
{}

Worker::~Worker() = default;

Result<quint16, QString> Worker::start(quint16 port)
{
    const auto url = DatabaseUrl::parse(m_config.databaseUrl);
    if (!url)
        return url.error();
    m_parts = std::make_unique<WorkerParts>(url.value(), m_index, m_config, m_hasher, m_metrics);
    QString error;
    if (!m_parts->db.open(&error))
        return QString(QStringLiteral("cannot open the database: ") + error);
    if (!m_parts->readLog.open(&error))
        return QString(QStringLiteral("cannot open the database: ") + error);

    const auto descriptor = openListeningSocket(QHostAddress(m_config.listen), port);
    if (!descriptor)
        return QStringLiteral("cannot listen on %1:%2: %3")
            .arg(m_config.listen)
            .arg(port)
            .arg(descriptor.error());
    m_parts->http = std::make_unique<ApiHttpServer>(m_parts->dispatcher);
    m_parts->tcp = new IdleTimeoutTcpServer(m_config.http.idleTimeoutSeconds, m_tls);
    if (!m_parts->tcp->setSocketDescriptor(descriptor.value())) {
        delete m_parts->tcp;
        return QStringLiteral("cannot use the listening socket");
    }
    m_parts->http->bind(m_parts->tcp);
    return boundPort(descriptor.value());
}

void Worker::stopAccepting()
{
    if (m_parts && m_parts->tcp)
        m_parts->tcp->close();
}

void Worker::shutdown()
{
    m_parts.reset(); // closes connections and the database in this thread
}

void Worker::reloadTls(const QSslConfiguration &tls)
{
    m_tls = tls;
    if (m_parts && m_parts->tcp)
        m_parts->tcp->setTlsConfiguration(tls);
}

} // namespace hms::server
