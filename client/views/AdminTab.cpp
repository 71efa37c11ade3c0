#include "AdminTab.h"

#include "api/ApiClient.h"
#include "models/TableModels.h"
#include "shared/Role.h"
#include "shared/User.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace hms::client {

AdminTab::AdminTab(ApiClient &api, qint64 myUserId, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_me(myUserId)
    , m_users(new UserTableModel(api, this))
    , m_audit(new AuditTableModel(api, this))
{
    setObjectName(QStringLiteral("adminTab"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("adminTabs"));
    tabs->addTab(buildStaff(), QIcon(QStringLiteral(":/icons/users.svg")), tr("Staff"));
    tabs->addTab(buildAudit(), QIcon(QStringLiteral(":/icons/clipboard-list.svg")), tr("Audit log"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    m_users->setSource(QStringLiteral("/api/users"));
    connect(m_users, &CursorTableModel::pageLoaded, this, [this] {
        const QVariant current = m_auditUser->currentData();
        m_auditUser->clear();
        m_auditUser->addItem(tr("Anyone"), 0);
        for (int i = 0; i < m_users->rowCount(); ++i)
            m_auditUser->addItem(m_users->rowObject(i).value(QStringLiteral("username")).toString(),
                                 m_users->rowObject(i).value(QStringLiteral("id")).toInteger());
        m_auditUser->setCurrentIndex(qMax(0, m_auditUser->findData(current)));
    });
    applyAuditFilter();
}

QWidget *AdminTab::buildStaff()
{
    auto *page = new QWidget(this);
    m_userTable = new QTableView(page);
    m_userTable->setObjectName(QStringLiteral("usersTable"));
    m_userTable->setModel(m_users);
    m_userTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_userTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_userTable->verticalHeader()->hide();
    m_userTable->setAlternatingRowColors(true);
    m_userTable->horizontalHeader()->setStretchLastSection(true);
    m_userTable->horizontalHeader()->setSectionResizeMode(UserTableModel::FullName, QHeaderView::Stretch);
    auto *add =
        new QPushButton(QIcon(QStringLiteral(":/icons/user-plus.svg")), tr("&Add staff member"), page);
    add->setObjectName(QStringLiteral("addUserButton"));
    m_role = new QPushButton(QIcon(QStringLiteral(":/icons/shield.svg")), tr("Change &role"), page);
    m_role->setObjectName(QStringLiteral("changeRoleButton"));
    m_active = new QPushButton(QIcon(QStringLiteral(":/icons/user-x.svg")), tr("&Deactivate"), page);
    m_active->setObjectName(QStringLiteral("toggleActiveButton"));
    m_reset = new QPushButton(QIcon(QStringLiteral(":/icons/key-round.svg")), tr("Reset &password"), page);
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch();
    buttons->addWidget(m_role);
    buttons->addWidget(m_active);
    buttons->addWidget(m_reset);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(buttons);
    layout->addWidget(m_userTable);
    connect(add, &QPushButton::clicked, this, &AdminTab::addUser);
    connect(m_role, &QPushButton::clicked, this, &AdminTab::changeRole);
    connect(m_active, &QPushButton::clicked, this, &AdminTab::toggleActive);
    connect(m_reset, &QPushButton::clicked, this, &AdminTab::resetPassword);
    connect(m_userTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AdminTab::updateActions);
    connect(m_users, &QAbstractItemModel::modelReset, this, &AdminTab::updateActions);
    updateActions();
    return page;
}

QWidget *AdminTab::buildAudit()
{
    auto *page = new QWidget(this);
    m_auditUser = new QComboBox(page);
    m_auditUser->setObjectName(QStringLiteral("auditUser"));
    m_auditUser->addItem(tr("Anyone"), 0);
    m_auditPatient = new QLineEdit(page);
    m_auditPatient->setObjectName(QStringLiteral("auditPatient"));
    m_auditPatient->setPlaceholderText(tr("Patient id"));
    m_auditPatient->setValidator(new QIntValidator(1, 2147483647, m_auditPatient));
    m_auditPatient->setMaximumWidth(110);
    m_auditAction = new QComboBox(page);
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    m_auditAction->addItem(tr("Any action"), QString());
    for (const char *action :
         {"patient.read",        "patient.create",       "patient.update",   "patient.archive",
          "patient.list",        "appointment.create",   "appointment.read", "appointment.update",
          "record.create",       "record.read",          "record.amend",     "record.history",
          "auth.login",          "auth.login_throttled", "auth.logout",      "auth.password_change",
          "user.create",         "user.update",          "user.role_change", "user.deactivate",
          "user.password_reset", "access.denied"})
        m_auditAction->addItem(QString::fromLatin1(action), QString::fromLatin1(action));
    m_auditFrom = new QDateEdit(QDate::currentDate().addDays(-7), page);
    m_auditTo = new QDateEdit(QDate::currentDate(), page);
    for (QDateEdit *edit : {m_auditFrom, m_auditTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_auditFrom->setObjectName(QStringLiteral("auditFrom"));
    m_auditTo->setObjectName(QStringLiteral("auditTo"));
    auto *apply = new QPushButton(QIcon(QStringLiteral(":/icons/search.svg")), tr("&Show"), page);
    apply->setObjectName(QStringLiteral("auditApply"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User"), page));
    filters->addWidget(m_auditUser);
    filters->addWidget(m_auditPatient);
    filters->addWidget(m_auditAction);
    filters->addWidget(new QLabel(tr("From"), page));
    filters->addWidget(m_auditFrom);
    filters->addWidget(new QLabel(tr("to"), page));
    filters->addWidget(m_auditTo);
    filters->addWidget(apply);
    filters->addStretch();
    auto *table = new QTableView(page);
    table->setObjectName(QStringLiteral("auditTable"));
    table->setModel(m_audit);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(table);
    connect(apply, &QPushButton::clicked, this, &AdminTab::applyAuditFilter);
    return page;
}

void AdminTab::setAuditAction(const QString &action)
{
    m_auditAction->setCurrentIndex(qMax(0, m_auditAction->findData(action)));
}

void AdminTab::applyAuditFilter()
{
    QUrlQuery query;
    if (const qint64 user = m_auditUser->currentData().toLongLong(); user > 0)
        query.addQueryItem(QStringLiteral("user_id"), QString::number(user));
    if (!m_auditPatient->text().isEmpty())
        query.addQueryItem(QStringLiteral("patient_id"), m_auditPatient->text());
    if (const QString action = m_auditAction->currentData().toString(); !action.isEmpty())
        query.addQueryItem(QStringLiteral("action"), action);
    const QDateTime from(m_auditFrom->date(), QTime(0, 0));
    const QDateTime to(m_auditTo->date().addDays(1), QTime(0, 0));
    query.addQueryItem(QStringLiteral("from"),
                       from.toOffsetFromUtc(from.offsetFromUtc()).toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), to.toOffsetFromUtc(to.offsetFromUtc()).toString(Qt::ISODate));
    m_audit->setSource(QStringLiteral("/api/audit"), query);
}

QJsonObject AdminTab::selectedUser() const
{
    const QModelIndexList rows = m_userTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QJsonObject() : m_users->rowObject(rows.first().row());
}

void AdminTab::updateActions()
{
    const QJsonObject user = selectedUser();
    const bool other = !user.isEmpty() && user.value(QStringLiteral("id")).toInteger() != m_me;
    m_role->setEnabled(other);
    m_active->setEnabled(other);
    m_reset->setEnabled(!user.isEmpty());
    const bool active = user.value(QStringLiteral("active")).toBool(true);
    m_active->setText(active ? tr("&Deactivate") : tr("Re&activate"));
}

void AdminTab::addUser()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("addUserDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add staff member"));
    auto *username = new QLineEdit(dialog);
    username->setObjectName(QStringLiteral("newUsername"));
    auto *fullName = new QLineEdit(dialog);
    fullName->setObjectName(QStringLiteral("newFullName"));
    auto *role = new QComboBox(dialog);
    role->setObjectName(QStringLiteral("newRole"));
    role->addItems(roleNames());
    auto *password = new QLineEdit(dialog);
    password->setObjectName(QStringLiteral("newPassword"));
    password->setEchoMode(QLineEdit::Password);
    auto *problem = new QLabel(dialog);
    problem->setObjectName(QStringLiteral("addUserProblem"));
    problem->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    problem->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Username"), username);
    form->addRow(tr("&Full name"), fullName);
    form->addRow(tr("&Role"), role);
    form->addRow(tr("Initial &password"), password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        ValidationErrors errors = validateUsername(normalizeUsername(username->text()));
        errors.merge(validateFullName(fullName->text()));
        errors.merge(validatePassword(password->text()));
        QStringList messages;
        for (const QString &field : errors.fields())
            messages.append(field + QLatin1Char(' ') + errors.messages(field).join(QStringLiteral("; ")));
        if (!messages.isEmpty()) {
            problem->setText(messages.join(QLatin1Char('\n')));
            return;
        }
        m_api.post(QStringLiteral("/api/users"),
                   {{QStringLiteral("username"), username->text().trimmed()},
                    {QStringLiteral("full_name"), fullName->text().trimmed()},
                    {QStringLiteral("role"), role->currentText()},
                    {QStringLiteral("password"), password->text()}},
                   dialog, [=, this](const ApiResult &result) {
                       if (!result.ok()) {
                           problem->setText(result.message);
                           return;
                       }
                       Q_EMIT notify(
                           tr("Added %1.").arg(result.json.value(QStringLiteral("username")).toString()),
                           false);
                       m_users->reload();
                       dialog->accept();
                   });
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void AdminTab::changeRole()
{
    const QJsonObject user = selectedUser();
    bool ok = false;
    const QString role = QInputDialog::getItem(
        this, tr("Change role"), tr("Role of %1:").arg(user.value(QStringLiteral("full_name")).toString()),
        roleNames(), int(roleNames().indexOf(user.value(QStringLiteral("role")).toString())), false, &ok);
    if (!ok)
        return;
    m_api.put(QStringLiteral("/api/users/%1").arg(user.value(QStringLiteral("id")).toInteger()),
              {{QStringLiteral("role"), role}}, user.value(QStringLiteral("version")).toInt(), this,
              [this](const ApiResult &result) {
                  Q_EMIT notify(result.ok() ? tr("Role changed.") : result.message, !result.ok());
                  m_users->reload();
              });
}

void AdminTab::toggleActive()
{
    const QJsonObject user = selectedUser();
    const bool active = user.value(QStringLiteral("active")).toBool();
    m_api.put(QStringLiteral("/api/users/%1").arg(user.value(QStringLiteral("id")).toInteger()),
              {{QStringLiteral("active"), !active}}, user.value(QStringLiteral("version")).toInt(), this,
              [this, active](const ApiResult &result) {
                  Q_EMIT notify(result.ok() ? (active ? tr("Deactivated; their sessions have ended.")
                                                      : tr("Reactivated."))
                                            : result.message,
                                !result.ok());
                  m_users->reload();
              });
}

void AdminTab::resetPassword()
{
    const QJsonObject user = selectedUser();
    bool ok = false;
    const QString password =
        QInputDialog::getText(this, tr("Reset password"),
                              tr("New password for %1 (at least 12 characters):")
                                  .arg(user.value(QStringLiteral("username")).toString()),
                              QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    m_api.post(
        QStringLiteral("/api/users/%1/password").arg(user.value(QStringLiteral("id")).toInteger()),
        {{QStringLiteral("new_password"), password}}, this, [this](const ApiResult &result) {
            QString message = result.message;
            if (!result.fieldErrors.isEmpty())
                message =
                    result.fieldErrors.messages(QStringLiteral("new_password")).join(QStringLiteral("; "));
            Q_EMIT notify(result.ok() ? tr("Password reset; their sessions have ended.") : message,
                          !result.ok());
        });
}

} // namespace hms::client
