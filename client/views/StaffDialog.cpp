#include "StaffDialog.h"

#include "shared/Labels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace hms::client {

namespace {
const QString RoleKey = QStringLiteral("role");
}

StaffDialog::StaffDialog(ApiClient &api, QWidget *parent)
    : EditDialog(parent)
    , m_api(api)
    , m_username(new QLineEdit(this))
    , m_fullName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_password(new QLineEdit(this))
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add staff member"));
    m_username->setObjectName(QStringLiteral("newUsername"));
    m_username->setAccessibleName(tr("Username"));
    m_username->setMaxLength(user::UsernameMaxLength);
    m_fullName->setObjectName(QStringLiteral("newFullName"));
    m_fullName->setAccessibleName(tr("Full name"));
    m_fullName->setMaxLength(user::FullNameMaxLength);
    m_role->setObjectName(QStringLiteral("newRole"));
    m_role->setAccessibleName(tr("Role"));
    for (const labels::Choice &choice : labels::roles())
        m_role->addItem(choice.label, choice.value);
    m_role->setPlaceholderText(tr("Choose a role…"));
    m_role->setCurrentIndex(-1);
    m_role->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setAccessibleName(tr("Initial password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least %n character(s)", nullptr, user::PasswordMinLength));
    form()->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addFieldRow(tr("&Username"), m_username, QStringLiteral("username"));
    addFieldRow(tr("&Full name"), m_fullName, QStringLiteral("full_name"));
    addFieldRow(tr("&Role"), m_role, RoleKey);
    addFieldRow(tr("Initial &password"), m_password, QStringLiteral("password"));
    saveButton()->setObjectName(QStringLiteral("saveUserButton"));
    // Wide enough for a full name of fifty characters and the field errors under each field.
    setMinimumWidth(520);
    connect(this, &EditDialog::saveRequested, this, &StaffDialog::save);
    m_username->setFocus();
}

void StaffDialog::save()
{
    ValidationErrors errors = validateUsername(normalizeUsername(m_username->text()));
    errors.merge(validateFullName(m_fullName->text()));
    const std::optional<Role> role = roleFromName(m_role->currentData().toString());
    if (m_role->currentIndex() < 0 || !role)
        errors.add(RoleKey, tr("Choose a role."));
    errors.merge(validatePassword(m_password->text()));
    showFieldErrors(errors);
    if (!errors.isEmpty()) {
        showMessage(tr("Correct the fields marked below."));
        return;
    }
    User user;
    user.username = m_username->text().trimmed();
    user.fullName = m_fullName->text().trimmed();
    user.role = *role;
    hideMessage();
    saveButton()->setEnabled(false);
    m_api.createUser(user, m_password->text(), this, [this](const Reply<User> &reply) {
        saveButton()->setEnabled(true);
        if (!reply.ok()) {
            showFieldErrors(reply.result.fieldErrors);
            showMessage(reply.message());
            return;
        }
        m_added = reply.value;
        accept();
    });
}

} // namespace hms::client
