#include "ListTab.h"

#include <QDialog>

namespace hms::client {

ListTab::ListTab(ApiClient &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
{}

void ListTab::openDialog(QDialog *dialog, const std::function<QString()> &message,
                         const std::function<void()> &reload)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, message, reload] {
        if (message)
            Q_EMIT notify(message(), false);
        if (reload)
            reload();
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void ListTab::report(const ApiResult &result, const QString &success)
{
    Q_EMIT notify(result.ok() ? success : result.message, !result.ok());
}

} // namespace hms::client
