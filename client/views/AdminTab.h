#pragma once

#include "ListTab.h"

#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace hms::client {

class AuditTableModel;
class DataTable;
class UserTableModel;

// Staff accounts (add, change role, deactivate with a reason, reactivate,
// reset password) and the audit log with its filters, refresh and CSV export,
// for administrators.
class AdminTab : public ListTab
{
    Q_OBJECT

public:
    AdminTab(ApiClient &api, qint64 myUserId, QWidget *parent = nullptr);

    UserTableModel *users() const { return m_users; }
    AuditTableModel *audit() const { return m_audit; }
    DataTable *usersTable() const { return m_userTable; }
    DataTable *auditTable() const { return m_auditTable; }
    QLabel *staffDetails() const { return m_details; }
    void applyAuditFilter();
    void setAuditAction(const QString &action);
    // Opens the add-staff dialog.
    void newStaff();
    // Reloads the staff list and the audit log (F5), keeping the selections.
    void reload();
    // Asks where to save the entries of the current filter as CSV, then saves them.
    void exportAudit();
    // Saves every entry of the current filter (all pages) to `fileName` as CSV.
    void exportAuditTo(const QString &fileName);

Q_SIGNALS:
    void auditExported(const QString &fileName, int entries); // also on failure, with -1

private:
    QWidget *buildStaff();
    QWidget *buildAudit();
    std::optional<User> selectedUser() const;
    void changeRole();
    void toggleActive();
    void resetPassword();
    void updateActions();
    void usersLoaded();
    AuditFilter currentAuditFilter() const;

    qint64 m_me;
    UserTableModel *m_users;
    AuditTableModel *m_audit;
    DataTable *m_userTable = nullptr;
    DataTable *m_auditTable = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_active = nullptr;
    QPushButton *m_reset = nullptr;
    QComboBox *m_auditUser = nullptr;
    QLineEdit *m_auditPatient = nullptr;
    QComboBox *m_auditAction = nullptr;
    QDateEdit *m_auditFrom = nullptr;
    QDateEdit *m_auditTo = nullptr;
    QPushButton *m_export = nullptr;
    QTimer *m_filterDelay = nullptr;
    bool m_exporting = false;
    // The export's next page request, kept while the export runs.
    std::shared_ptr<std::function<void(const QString &)>> m_exportNext;
};

} // namespace hms::client
