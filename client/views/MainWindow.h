#pragma once

#include <QMainWindow>
#include <QUrl>

class QLabel;
class QNetworkAccessManager;

namespace hms::client {

// The application window. For now it shows which server it talks to and
// whether that server is ready; the workspaces come with the client issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QUrl &server, QWidget *parent = nullptr);

    void checkServer();

private:
    QUrl m_server;
    QNetworkAccessManager *m_network;
    QLabel *m_status;
};

} // namespace hms::client
