#pragma once

#include "api/ClinicApi.h"

#include <QWidget>
#include <functional>

class QDialog;

namespace hms::client {

// What every workspace tab shares: the typed API, the notices it sends to the
// window, and the one way to open a dialog and, once it is accepted, say so
// and reload.
class ListTab : public QWidget
{
    Q_OBJECT

public:
    ListTab(ApiClient &api, QWidget *parent = nullptr);

Q_SIGNALS:
    void notify(const QString &message, bool error);
    void dialogOpened(QDialog *dialog); // for tests

protected:
    // Opens `dialog` (deleted on close); on accept, notifies with what
    // `message` says and calls `reload`.
    void openDialog(QDialog *dialog, const std::function<QString()> &message,
                    const std::function<void()> &reload);
    // Tells the user how a call ended: `success` or the server's message.
    void report(const ApiResult &result, const QString &success);

    ClinicApi m_api;
};

} // namespace hms::client
