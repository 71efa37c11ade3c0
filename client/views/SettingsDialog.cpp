#include "SettingsDialog.h"

#include "app/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace hms::client {

SettingsDialog::SettingsDialog(const ClientSettings &current, int maxIdleMinutes, QWidget *parent)
    : QDialog(parent)
    , m_maxIdleMinutes(std::max(1, maxIdleMinutes))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_idleLabel(new QLabel(this))
    , m_idle(new QSpinBox(this))
    , m_idleHint(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_serverHint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setMinimumWidth(440);

    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const Language &language : supportedLanguages())
        m_language->addItem(language.name, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    m_languageLabel->setBuddy(m_language);

    m_idle->setObjectName(QStringLiteral("idleLockSpin"));
    m_idle->setRange(1, m_maxIdleMinutes);
    m_idle->setValue(effectiveIdleLockMinutes(current.idleLockMinutes, m_maxIdleMinutes));
    m_idleLabel->setBuddy(m_idle);
    m_idleHint->setObjectName(QStringLiteral("idleLockHint"));
    m_idleHint->setWordWrap(true);

    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setText(current.server.toString());
    m_serverLabel->setBuddy(m_server);
    m_serverHint->setWordWrap(true);

    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->hide();

    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveSettingsButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_idleLabel, m_idle);
    form->addRow(QString(), m_idleHint);
    form->addRow(m_serverLabel, m_server);
    form->addRow(QString(), m_serverHint);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    retranslate();
    m_language->setFocus();
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language"));
    m_idleLabel->setText(tr("&Lock after"));
    m_idle->setSuffix(tr(" min without activity"));
    m_idleHint->setText(tr("At most %n minute(s): the server ends a session left idle for longer.", nullptr,
                           m_maxIdleMinutes));
    m_serverLabel->setText(tr("&Server address"));
    m_serverHint->setText(tr("A new server address is used from the next sign-in."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

ClientSettings SettingsDialog::settings() const
{
    ClientSettings s;
    s.language = m_language->currentData().toString();
    s.idleLockMinutes = m_idle->value();
    s.server = QUrl::fromUserInput(m_server->text().trimmed());
    return s;
}

void SettingsDialog::accept()
{
    const ClientSettings chosen = settings();
    if (!chosen.server.isValid() || chosen.server.host().isEmpty() ||
        (chosen.server.scheme() != QLatin1String("http") &&
         chosen.server.scheme() != QLatin1String("https"))) {
        m_error->setText(tr("Enter the server address, e.g. https://hms.clinic.example"));
        m_error->show();
        m_server->setFocus();
        m_server->selectAll();
        return;
    }
    m_error->hide();
    chosen.save();
    if (chosen.language != currentLanguage())
        applyLanguage(chosen.language);
    Q_EMIT applied(chosen);
    QDialog::accept();
}

} // namespace hms::client
