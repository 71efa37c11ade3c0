#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableView;

namespace hms::client {

class ApiClient;
class AuditTableModel;
class UserTableModel;

// Staff accounts (add, change role, deactivate, reset password) and the audit
// log with its filters, for administrators.
class AdminTab : public QWidget
{
    Q_OBJECT

public:
    AdminTab(ApiClient &api, qint64 myUserId, QWidget *parent = nullptr);

    UserTableModel *users() const { return m_users; }
    AuditTableModel *audit() const { return m_audit; }
    void applyAuditFilter();
    void setAuditAction(const QString &action);

Q_SIGNALS:
    void notify(const QString &message, bool error);
    void dialogOpened(QDialog *dialog);

private:
    QWidget *buildStaff();
    QWidget *buildAudit();
    QJsonObject selectedUser() const;
    void addUser();
    void changeRole();
    void toggleActive();
    void resetPassword();
    void updateActions();

    ApiClient &m_api;
    qint64 m_me;
    UserTableModel *m_users;
    AuditTableModel *m_audit;
    QTableView *m_userTable = nullptr;
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
