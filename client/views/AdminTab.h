#pragma once

#include "ListTab.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace hms::client {

class AuditTableModel;
class DataTable;
class UserTableModel;

// Staff accounts (add, change role, deactivate, reset password) and the audit
// log with its filters, for administrators.
class AdminTab : public ListTab
{
    Q_OBJECT

public:
    AdminTab(ApiClient &api, qint64 myUserId, QWidget *parent = nullptr);

    UserTableModel *users() const { return m_users; }
    AuditTableModel *audit() const { return m_audit; }
    DataTable *usersTable() const { return m_userTable; }
    DataTable *auditTable() const { return m_auditTable; }
    void applyAuditFilter();
    void setAuditAction(const QString &action);

private:
    QWidget *buildStaff();
    QWidget *buildAudit();
    std::optional<User> selectedUser() const;
    void addUser();
    void changeRole();
    void toggleActive();
    void resetPassword();
    void updateActions();

    qint64 m_me;
    UserTableModel *m_users;
    AuditTableModel *m_audit;
    DataTable *m_userTable = nullptr;
    DataTable *m_auditTable = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_active = nullptr;
    QPushButton *m_reset = nullptr;
    QComboBox *m_auditUser = nullptr;
    QLineEdit *m_auditPatient = nullptr;
    QComboBox *m_auditAction = nullptr;
    QDateEdit *m_auditFrom = nullptr;
    QDateEdit *m_auditTo = nullptr;
};

} // namespace hms::client
