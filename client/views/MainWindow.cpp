#include "MainWindow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QVBoxLayout>

namespace hms::client {

MainWindow::MainWindow(const QUrl &server, QWidget *parent)
    : QMainWindow(parent)
    , m_server(server)
    , m_network(new QNetworkAccessManager(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("HMS"));
    m_status->setObjectName(QStringLiteral("serverStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setText(tr("Connecting to %1…").arg(m_server.toDisplayString()));
    setCentralWidget(m_status);
    resize(800, 500);
    checkServer();
}

void MainWindow::checkServer()
{
    QUrl url = m_server;
    url.setPath(QStringLiteral("/ready"));
    QNetworkReply *reply = m_network->get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (body.value(QStringLiteral("status")).toString() == QLatin1String("ready"))
            m_status->setText(tr("Server %1 is ready.").arg(m_server.toDisplayString()));
        else
            m_status->setText(tr("Server %1 is not reachable.").arg(m_server.toDisplayString()));
    });
}

} // namespace hms::client
