#include "AdminTab.h"

#include "ReasonDialog.h"
#include "StaffDialog.h"
#include "app/Formats.h"
#include "models/TableModels.h"
#include "shared/Labels.h"
#include "widgets/DataTable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QInputDialog>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <memory>

namespace hms::client {

namespace {
// Entries asked for per request while exporting: the API's largest page.
constexpr int ExportPageSize = 200;

// One CSV field (RFC 4180): quoted when it holds a separator, a quote or a
// line break. Text that a spreadsheet would run as a formula starts with a
// quote mark, so a reason typed as "=..." stays text.
QString csvField(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted.append(csvField(field));
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

// An instant as ISO 8601 in UTC, whatever the locale: 2026-11-24T09:30:00Z.
QString isoInstant(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

struct Export
{
    QString fileName;
    AuditFilter filter;
    QList<AuditEntry> entries;
};
} // namespace

AdminTab::AdminTab(ApiClient &api, qint64 myUserId, QWidget *parent)
    : ListTab(api, parent)
    , m_me(myUserId)
    , m_users(new UserTableModel(api, this))
    , m_audit(new AuditTableModel(api, this))
    , m_filterDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("adminTab"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("adminTabs"));
    tabs->addTab(buildStaff(), QIcon(QStringLiteral(":/icons/users.svg")), tr("Staff"));
    tabs->addTab(buildAudit(), QIcon(QStringLiteral(":/icons/clipboard-list.svg")), tr("Audit log"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    connect(m_users, &CursorTableModel::pageLoaded, this, &AdminTab::usersLoaded);
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
    m_userTable->setAccessibleName(tr("Staff"));
    m_userTable->setStretchColumn(UserTableModel::FullName);
    m_userTable->setCountText([](qint64 total) { return tr("%n staff member(s)", nullptr, int(total)); });
    auto *add =
        new QPushButton(QIcon(QStringLiteral(":/icons/user-plus.svg")), tr("&Add staff member"), page);
    add->setObjectName(QStringLiteral("addUserButton"));
    m_role = new QPushButton(QIcon(QStringLiteral(":/icons/shield.svg")), tr("Change &role"), page);
    m_role->setObjectName(QStringLiteral("changeRoleButton"));
    m_active = new QPushButton(QIcon(QStringLiteral(":/icons/user-x.svg")), tr("&Deactivate…"), page);
    m_active->setObjectName(QStringLiteral("toggleActiveButton"));
    m_reset = new QPushButton(QIcon(QStringLiteral(":/icons/key-round.svg")), tr("Reset &password"), page);
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_details = new QLabel(page);
    m_details->setObjectName(QStringLiteral("staffDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("Selected staff member"));
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
    layout->addWidget(m_details);
    connect(add, &QPushButton::clicked, this, &AdminTab::newStaff);
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
    m_auditUser->setAccessibleName(tr("User"));
    m_auditUser->addItem(tr("Anyone"), 0);
    m_auditPatient = new QLineEdit(page);
    m_auditPatient->setObjectName(QStringLiteral("auditPatient"));
    m_auditPatient->setAccessibleName(tr("Patient id"));
    m_auditPatient->setPlaceholderText(tr("Patient id"));
    m_auditPatient->setValidator(new QIntValidator(1, 2147483647, m_auditPatient));
    m_auditPatient->setMaximumWidth(110);
    m_auditAction = new QComboBox(page);
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    m_auditAction->setAccessibleName(tr("Action"));
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
    m_auditFrom->setAccessibleName(tr("From"));
    m_auditTo->setObjectName(QStringLiteral("auditTo"));
    m_auditTo->setAccessibleName(tr("To"));
    auto *refresh = new QPushButton(QIcon(QStringLiteral(":/icons/refresh-cw.svg")), tr("&Refresh"), page);
    refresh->setObjectName(QStringLiteral("auditRefresh"));
    refresh->setToolTip(tr("Load the newest entries (F5)"));
    m_export = new QPushButton(QIcon(QStringLiteral(":/icons/file-text.svg")), tr("&Export CSV…"), page);
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_export->setToolTip(tr("Save every entry of this filter, all pages, as CSV"));
    auto *userLabel = new QLabel(tr("&User"), page);
    userLabel->setBuddy(m_auditUser);
    auto *fromLabel = new QLabel(tr("&From"), page);
    fromLabel->setBuddy(m_auditFrom);
    auto *toLabel = new QLabel(tr("&to"), page);
    toLabel->setBuddy(m_auditTo);
    auto *filters = new QHBoxLayout;
    filters->addWidget(userLabel);
    filters->addWidget(m_auditUser);
    filters->addWidget(m_auditPatient);
    filters->addWidget(m_auditAction);
    filters->addWidget(fromLabel);
    filters->addWidget(m_auditFrom);
    filters->addWidget(toLabel);
    filters->addWidget(m_auditTo);
    filters->addStretch();
    filters->addWidget(refresh);
    filters->addWidget(m_export);
    m_auditTable = new DataTable(QStringLiteral("auditTable"), page);
    m_auditTable->setListModel(m_audit);
    m_auditTable->setAccessibleName(tr("Audit log"));
    m_auditTable->setStretchColumn(AuditTableModel::Reason);
    m_auditTable->setCountText([](qint64 total) { return tr("%n entries", nullptr, int(total)); });
    m_audit->setCountsTotal(true);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_auditTable, 1);
    layout->addWidget(m_auditTable->statusLine());
    // Every change of the filter shows its entries; typing a patient id waits for a pause.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    connect(m_filterDelay, &QTimer::timeout, this, &AdminTab::applyAuditFilter);
    for (QComboBox *box : {m_auditUser, m_auditAction})
        connect(box, &QComboBox::activated, this, &AdminTab::applyAuditFilter);
    for (QDateEdit *edit : {m_auditFrom, m_auditTo})
        connect(edit, &QDateEdit::dateChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_auditPatient, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_auditPatient, &QLineEdit::returnPressed, this, &AdminTab::applyAuditFilter);
    connect(refresh, &QPushButton::clicked, this, &AdminTab::reload);
    connect(m_export, &QPushButton::clicked, this, &AdminTab::exportAudit);
    return page;
}

void AdminTab::usersLoaded()
{
    const QVariant current = m_auditUser->currentData();
    m_auditUser->clear();
    m_auditUser->addItem(tr("Anyone"), 0);
    QHash<qint64, QString> names;
    for (const User &user : m_users->rows()) {
        m_auditUser->addItem(tr("%1 (%2)").arg(user.fullName, user.username), user.id);
        names.insert(user.id, user.fullName);
    }
    m_auditUser->setCurrentIndex(qMax(0, m_auditUser->findData(current)));
    m_audit->setUserNames(names);
    updateActions();
}

void AdminTab::setAuditAction(const QString &action)
{
    m_auditAction->setCurrentIndex(qMax(0, m_auditAction->findData(action)));
}

AuditFilter AdminTab::currentAuditFilter() const
{
    AuditFilter filter;
    filter.userId = m_auditUser->currentData().toLongLong();
    filter.patientId = m_auditPatient->text().toLongLong();
    filter.action = m_auditAction->currentData().toString();
    filter.from = QDateTime(m_auditFrom->date(), QTime(0, 0));
    filter.to = QDateTime(m_auditTo->date().addDays(1), QTime(0, 0));
    return filter;
}

void AdminTab::applyAuditFilter()
{
    m_filterDelay->stop();
    m_audit->setFilter(currentAuditFilter());
}

void AdminTab::reload()
{
    // The staff list too: it names the people in the log, those added since included.
    m_users->reload();
    m_audit->reload();
}

void AdminTab::exportAudit()
{
    auto *dialog = new QFileDialog(this, tr("Export audit log"));
    dialog->setObjectName(QStringLiteral("auditExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(QStringLiteral("audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    connect(dialog, &QFileDialog::fileSelected, this, &AdminTab::exportAuditTo);
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void AdminTab::exportAuditTo(const QString &fileName)
{
    if (fileName.isEmpty() || m_exporting)
        return;
    m_exporting = true;
    m_export->setEnabled(false);
    Q_EMIT notify(tr("Exporting the audit log…"), false);
    auto state = std::make_shared<Export>();
    state->fileName = fileName;
    state->filter = currentAuditFilter();
    auto finish = [this, state](const QString &error) {
        m_exportNext.reset();
        m_exporting = false;
        m_export->setEnabled(true);
        if (!error.isEmpty()) {
            Q_EMIT notify(error, true);
            Q_EMIT auditExported(state->fileName, -1);
            return;
        }
        QSaveFile file(state->fileName);
        if (!file.open(QIODevice::WriteOnly)) {
            Q_EMIT notify(tr("Could not write %1: %2")
                              .arg(QDir::toNativeSeparators(state->fileName), file.errorString()),
                          true);
            Q_EMIT auditExported(state->fileName, -1);
            return;
        }
        file.write(
            csvLine({tr("Time (UTC)"), tr("User id"), tr("Username"), tr("Full name"), tr("Action"),
                     tr("Action code"), tr("Resource"), tr("Resource id"), tr("Patient id"), tr("Patient"),
                     tr("Outcome"), tr("Reason"), tr("Client address"), tr("Request id")}));
        const QHash<qint64, QString> names = [this] {
            QHash<qint64, QString> all;
            for (const User &user : m_users->rows())
                all.insert(user.id, user.fullName);
            return all;
        }();
        for (const AuditEntry &e : std::as_const(state->entries))
            file.write(csvLine({isoInstant(e.at), e.userId > 0 ? QString::number(e.userId) : QString(),
                                e.username, names.value(e.userId), labels::auditAction(e.action), e.action,
                                e.resource, e.resourceId > 0 ? QString::number(e.resourceId) : QString(),
                                e.patientId > 0 ? QString::number(e.patientId) : QString(), e.patientName,
                                labels::auditOutcome(e.outcome), e.reason, e.clientAddress, e.requestId}));
        if (!file.commit()) {
            Q_EMIT notify(tr("Could not write %1: %2")
                              .arg(QDir::toNativeSeparators(state->fileName), file.errorString()),
                          true);
            Q_EMIT auditExported(state->fileName, -1);
            return;
        }
        const int count = int(state->entries.size());
        Q_EMIT notify(tr("Exported %n audit entries to %1.", nullptr, count)
                          .arg(QDir::toNativeSeparators(state->fileName)),
                      false);
        Q_EMIT auditExported(state->fileName, count);
    };
    // Page after page until the list ends; `next` keeps itself alive through the shared state.
    auto next = std::make_shared<std::function<void(const QString &)>>();
    *next = [this, state, finish, weak = std::weak_ptr(next)](const QString &cursor) {
        PageRequest page;
        page.cursor = cursor;
        page.limit = ExportPageSize;
        m_api.audit(state->filter, page, this, [state, finish, weak](const Reply<Page<AuditEntry>> &reply) {
            if (!reply.ok()) {
                finish(reply.message());
                return;
            }
            state->entries.append(reply.value.items);
            const auto again = weak.lock();
            if (reply.value.nextCursor.isEmpty() || !again)
                finish({});
            else
                (*again)(reply.value.nextCursor);
        });
    };
    m_exportNext = next;
    (*next)({});
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
    m_active->setText(!user || user->active ? tr("&Deactivate…") : tr("Re&activate"));
    if (!user) {
        m_details->clear();
        return;
    }
    QString text =
        tr("%1 (%2), %3, %4")
            .arg(user->fullName, user->username, labels::role(user->role), labels::active(user->active));
    if (!user->active && !user->deactivationReason.isEmpty())
        text += QLatin1Char('\n') + tr("Reason for deactivation: %1").arg(user->deactivationReason);
    m_details->setText(text);
}

void AdminTab::newStaff()
{
    auto *dialog = new StaffDialog(m_api.transport(), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_userTable->selectId(dialog->added().id); });
    openDialog(
        dialog, [dialog] { return tr("Added %1.").arg(dialog->added().username); },
        [this] { m_users->reload(); });
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
    auto done = [this](const QString &success) {
        return [this, success](const Reply<User> &reply) {
            report(reply.result, success);
            m_users->reload();
        };
    };
    if (!user->active) {
        m_api.reactivateUser(user->id, user->version, this, done(tr("Reactivated.")));
        return;
    }
    auto *dialog = new ReasonDialog(
        tr("Deactivate %1").arg(user->fullName),
        tr("Deactivate %1 (%2)? They are signed out everywhere and cannot sign in until reactivated.")
            .arg(user->fullName, user->username),
        tr("&Deactivate"), this);
    dialog->setObjectName(QStringLiteral("deactivateDialog"));
    const qint64 id = user->id;
    const int version = user->version;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, version, done] {
        m_api.deactivateUser(id, version, dialog->reason(), this,
                             done(tr("Deactivated; their sessions have ended.")));
    });
    openDialog(dialog, {}, {});
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
