#include "AdminTab.h"

#include "EditDialog.h"
#include "app/Formats.h"
#include "models/TableModels.h"
#include "shared/Labels.h"
#include "widgets/DataTable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QInputDialog>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <memory>

namespace hms::client {

AdminTab::AdminTab(ApiClient &api, qint64 myUserId, QWidget *parent)
    : ListTab(api, parent)
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
    connect(m_users, &CursorTableModel::pageLoaded, this, [this] {
        const QVariant current = m_auditUser->currentData();
        m_auditUser->clear();
        m_auditUser->addItem(tr("Anyone"), 0);
        for (const User &user : m_users->rows())
            m_auditUser->addItem(user.username, user.id);
        m_auditUser->setCurrentIndex(qMax(0, m_auditUser->findData(current)));
    });
    for (CursorTableModel *model :
         {static_cast<CursorTableModel *>(m_users), static_cast<CursorTableModel *>(m_audit)})
        connect(model, &CursorTableModel::loadFailed, this,
                [this](const QString &message) { Q_EMIT notify(message, true); });
    m_users->showAll();
    applyAuditFilter();
}

QWidget *AdminTab::buildStaff()
{
    auto *page = new QWidget(this);
    m_userTable = new DataTable(QStringLiteral("usersTable"), page);
    m_userTable->setListModel(m_users);
    m_userTable->setStretchColumn(UserTableModel::FullName);
    m_userTable->setCountText([](qint64 total) { return tr("%n staff member(s)", nullptr, int(total)); });
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
    layout->addWidget(m_userTable, 1);
    layout->addWidget(m_userTable->statusLine());
    connect(add, &QPushButton::clicked, this, &AdminTab::addUser);
    connect(m_role, &QPushButton::clicked, this, &AdminTab::changeRole);
    connect(m_active, &QPushButton::clicked, this, &AdminTab::toggleActive);
    connect(m_reset, &QPushButton::clicked, this, &AdminTab::resetPassword);
    connect(m_userTable, &DataTable::rowActivated, this, &AdminTab::changeRole);
    connect(m_userTable, &DataTable::selectedChanged, this, &AdminTab::updateActions);
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
    for (const labels::Choice &action : labels::auditActions())
        m_auditAction->addItem(action.label, action.value);
    m_auditFrom = new QDateEdit(QDate::currentDate().addDays(-7), page);
    m_auditTo = new QDateEdit(QDate::currentDate(), page);
    for (QDateEdit *edit : {m_auditFrom, m_auditTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(formats::dateFormat());
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
    m_auditTable = new DataTable(QStringLiteral("auditTable"), page);
    m_auditTable->setListModel(m_audit);
    m_auditTable->setCountText([](qint64 total) { return tr("%n entries", nullptr, int(total)); });
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_auditTable, 1);
    layout->addWidget(m_auditTable->statusLine());
    connect(apply, &QPushButton::clicked, this, &AdminTab::applyAuditFilter);
    return page;
}

void AdminTab::setAuditAction(const QString &action)
{
    m_auditAction->setCurrentIndex(qMax(0, m_auditAction->findData(action)));
}

void AdminTab::applyAuditFilter()
{
    AuditFilter filter;
    filter.userId = m_auditUser->currentData().toLongLong();
    filter.patientId = m_auditPatient->text().toLongLong();
    filter.action = m_auditAction->currentData().toString();
    filter.from = QDateTime(m_auditFrom->date(), QTime(0, 0));
    filter.to = QDateTime(m_auditTo->date().addDays(1), QTime(0, 0));
    m_audit->setFilter(filter);
}

std::optional<User> AdminTab::selectedUser() const
{
    const int row = m_userTable->selectedRow();
    return row < 0 ? std::nullopt : std::optional<User>(m_users->row(row));
}

void AdminTab::updateActions()
{
    const std::optional<User> user = selectedUser();
    const bool other = user && user->id != m_me;
    m_role->setEnabled(other);
    m_active->setEnabled(other);
    m_reset->setEnabled(user.has_value());
    m_active->setText(!user || user->active ? tr("&Deactivate") : tr("Re&activate"));
}

void AdminTab::addUser()
{
    auto *dialog = new EditDialog(this);
    dialog->setObjectName(QStringLiteral("addUserDialog"));
    dialog->setWindowTitle(tr("Add staff member"));
    auto *username = new QLineEdit(dialog);
    username->setObjectName(QStringLiteral("newUsername"));
    auto *fullName = new QLineEdit(dialog);
    fullName->setObjectName(QStringLiteral("newFullName"));
    auto *role = new QComboBox(dialog);
    role->setObjectName(QStringLiteral("newRole"));
    for (const labels::Choice &choice : labels::roles())
        role->addItem(choice.label, choice.value);
    auto *password = new QLineEdit(dialog);
    password->setObjectName(QStringLiteral("newPassword"));
    password->setEchoMode(QLineEdit::Password);
    dialog->addFieldRow(tr("&Username"), username, QStringLiteral("username"));
    dialog->addFieldRow(tr("&Full name"), fullName, QStringLiteral("full_name"));
    dialog->form()->addRow(tr("&Role"), role);
    dialog->addFieldRow(tr("Initial &password"), password, QStringLiteral("password"));
    auto added = std::make_shared<QString>();
    connect(dialog, &EditDialog::saveRequested, dialog, [=, this] {
        ValidationErrors errors = validateUsername(normalizeUsername(username->text()));
        errors.merge(validateFullName(fullName->text()));
        errors.merge(validatePassword(password->text()));
        dialog->showFieldErrors(errors);
        if (!errors.isEmpty()) {
            dialog->showMessage(tr("Correct the fields marked below."));
            return;
        }
        User user;
        user.username = username->text().trimmed();
        user.fullName = fullName->text().trimmed();
        user.role = roleFromName(role->currentData().toString()).value_or(Role::Receptionist);
        dialog->hideMessage();
        m_api.createUser(user, password->text(), dialog, [=, this](const Reply<User> &reply) {
            if (!reply.ok()) {
                dialog->showFieldErrors(reply.result.fieldErrors);
                dialog->showMessage(reply.message());
                return;
            }
            *added = reply.value.username;
            m_userTable->selectId(reply.value.id);
            dialog->accept();
        });
    });
    openDialog(
        dialog, [added] { return tr("Added %1.").arg(*added); }, [this] { m_users->reload(); });
}

void AdminTab::changeRole()
{
    const std::optional<User> user = selectedUser();
    if (!user || user->id == m_me)
        return;
    const QList<labels::Choice> roles = labels::roles();
    QStringList names;
    int current = 0;
    for (const labels::Choice &choice : roles) {
        if (choice.value == roleName(user->role))
            current = int(names.size());
        names.append(choice.label);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Change role"), tr("Role of %1:").arg(user->fullName), names, current, false, &ok);
    if (!ok)
        return;
    const Role role = roleFromName(roles.value(int(names.indexOf(chosen))).value).value_or(user->role);
    m_api.changeRole(user->id, user->version, role, this, [this](const Reply<User> &reply) {
        report(reply.result, tr("Role changed."));
        m_users->reload();
    });
}

void AdminTab::toggleActive()
{
    const std::optional<User> user = selectedUser();
    if (!user || user->id == m_me)
        return;
    const bool active = user->active;
    auto done = [this, active](const Reply<User> &reply) {
        report(reply.result, active ? tr("Deactivated; their sessions have ended.") : tr("Reactivated."));
        m_users->reload();
    };
    if (active)
        m_api.deactivateUser(user->id, user->version, {}, this, done);
    else
        m_api.reactivateUser(user->id, user->version, this, done);
}

void AdminTab::resetPassword()
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Reset password"), tr("New password for %1 (at least 12 characters):").arg(user->username),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    m_api.resetPassword(user->id, password, this, [this](const ApiResult &result) {
        QString message = result.message;
        if (!result.fieldErrors.isEmpty())
            message = result.fieldErrors.messages(QStringLiteral("new_password")).join(QStringLiteral("; "));
        Q_EMIT notify(result.ok() ? tr("Password reset; their sessions have ended.") : message, !result.ok());
    });
}

} // namespace hms::client
