#pragma once

#include "app/ClientSettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hms::client {

// The client's settings: language, minutes without activity before the lock
// (at most what the server keeps an idle session, `maxIdleMinutes`), and the
// server's address. OK validates, remembers them (QSettings), switches the
// language at once and emits `applied` for the rest to follow.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const ClientSettings &current, int maxIdleMinutes, QWidget *parent = nullptr);

    ClientSettings settings() const;
    void accept() override;

Q_SIGNALS:
    void applied(const ClientSettings &settings);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    int m_maxIdleMinutes;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_idleLabel;
    QSpinBox *m_idle;
    QLabel *m_idleHint;
    QLabel *m_serverLabel;
    QLineEdit *m_server;
    QLabel *m_serverHint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace hms::client
