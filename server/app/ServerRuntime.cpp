#include "ServerRuntime.h"

#include "Worker.h"
#include "config/ServerConfig.h"
#include "http/Metrics.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcServer, "hms.server")

namespace hms::server {

namespace {
int g_signalPipe[2] = {-1, -1};

std::function<void()> g_onHangup;

void onSignal(int number)
{
    const char byte = char(number);
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}
} // namespace

void handleSignals(std::function<void()> onHangup)
{
    g_onHangup = std::move(onHangup);
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    auto *notifier =
        new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char byte = 0;
        if (::read(g_signalPipe[0], &byte, 1) != 1)
            return;
        if (byte == SIGHUP) {
            qCInfo(lcServer, "SIGHUP received; reopening the log file and reloading the TLS certificate");
            if (g_onHangup)
                g_onHangup();
            return;
        }
        qCInfo(lcServer, "termination signal received; shutting down");
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
}

namespace {
// The connections the process can hold: --max-connections, lowered if the
// descriptor limit cannot make room for them beside the database connections
// and each worker's own descriptors.
int connectionCap(const ServerConfig &config)
{
    const rlim_t reserved = rlim_t(config.workers) * 8 + 64;
    const rlim_t wanted = rlim_t(config.http.maxConnections) + reserved;
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return config.http.maxConnections;
    if (limit.rlim_cur < wanted) {
        limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? wanted : std::min(wanted, limit.rlim_max);
        (void)::setrlimit(RLIMIT_NOFILE, &limit);
        (void)::getrlimit(RLIMIT_NOFILE, &limit);
    }
    if (limit.rlim_cur >= wanted)
        return config.http.maxConnections;
    const int cap = limit.rlim_cur > reserved + 16 ? int(limit.rlim_cur - reserved) : 16;
    qCWarning(lcServer,
              "the descriptor limit (%llu) leaves room for %d connections, not --max-connections %d",
              static_cast<unsigned long long>(limit.rlim_cur), cap, config.http.maxConnections);
    return cap;
}
} // namespace

ServerRuntime::ServerRuntime(const ServerConfig &config, PasswordHasher &hasher, Metrics &metrics,
                             std::optional<QSslConfiguration> tls, Clock clock)
    : m_config(config)
    , m_hasher(hasher)
    , m_metrics(metrics)
    , m_gate(connectionCap(config), config.http.maxConnectionsPerAddress, config.http.trustedProxies)
    , m_tls(std::move(tls))
    , m_clock(std::move(clock))
{
    m_metrics.setConnectionGate(&m_gate);
}

ServerRuntime::~ServerRuntime()
{
    stop();
}

quint16 ServerRuntime::start()
{
    quint16 port = m_config.port;
    for (int i = 0; i < m_config.workers; ++i) {
        auto *slot = new Slot;
        slot->thread = std::make_unique<QThread>();
        slot->thread->setObjectName(QStringLiteral("hms-worker-%1").arg(i));
        slot->worker = std::make_unique<Worker>(i, m_config, m_hasher, m_metrics, m_gate, m_tls, m_clock);
        slot->worker->moveToThread(slot->thread.get());
        slot->thread->start();
        m_slots.append(slot);

        std::optional<Result<quint16, QString>> started;
        QMetaObject::invokeMethod(
            slot->worker.get(), [&] { started = slot->worker->start(port); }, Qt::BlockingQueuedConnection);
        if (!started || !started->ok()) {
            qCCritical(lcServer, "worker %d failed to start: %s", i,
                       started ? qUtf8Printable(started->error()) : "unknown error");
            stop();
            return 0;
        }
        // The first worker may have picked a free port (--port 0); the others join it.
        port = started->value();
    }
    return port;
}

void ServerRuntime::reloadTls(const QSslConfiguration &tls)
{
    m_tls = tls;
    for (Slot *slot : std::as_const(m_slots)) {
        // Qt deletes the slot object that invokeMethod allocates, which the analyzer does not see.
        // NOLINTNEXTLINE(clang-analyzer-cplusplus.NewDeleteLeaks)
        QMetaObject::invokeMethod(slot->worker.get(), [slot, tls] { slot->worker->reloadTls(tls); });
    }
}

void ServerRuntime::stop()
{
    if (m_slots.isEmpty())
        return;
    for (Slot *slot : std::as_const(m_slots))
        QMetaObject::invokeMethod(
            slot->worker.get(), [slot] { slot->worker->stopAccepting(); }, Qt::BlockingQueuedConnection);
    // Each blocking call above returned only after the worker finished the
    // request it was handling. Give requests already received a moment to drain.
    const int drainMs = qMin(m_config.shutdownGraceSeconds * 1000, 300);
    for (Slot *slot : std::as_const(m_slots)) {
        QMetaObject::invokeMethod(
            slot->worker.get(),
            [slot, drainMs] {
                QCoreApplication::processEvents(QEventLoop::AllEvents, drainMs);
                slot->worker->shutdown();
            },
            Qt::BlockingQueuedConnection);
        slot->thread->quit();
        if (!slot->thread->wait(static_cast<unsigned long>(std::max(1, m_config.shutdownGraceSeconds)) *
                                1000))
            qCWarning(lcServer, "a worker did not stop within the grace period");
    }
    qDeleteAll(m_slots);
    m_slots.clear();
}

} // namespace hms::server
