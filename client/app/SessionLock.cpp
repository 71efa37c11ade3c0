#include "SessionLock.h"

#include "views/LoginDialog.h"

#include <QApplication>
#include <QChildEvent>
#include <QDeadlineTimer>
#include <QDialog>
#include <QEvent>
#include <QKeyEvent>
#include <QTimer>
#include <QToolTip>
#include <QWidget>
#include <utility>

namespace hms::client {

namespace {
// A blank panel over the whole of a window while the application is locked.
// Kept the size of its window and above anything added to it meanwhile.
class LockCover : public QWidget
{
public:
    explicit LockCover(QWidget *window)
        : QWidget(window)
    {
        setObjectName(QStringLiteral("lockCover"));
        setAutoFillBackground(true);
        setFocusPolicy(Qt::NoFocus);
        setGeometry(window->rect());
        window->installEventFilter(this);
        show();
        raise();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent()) {
            if (event->type() == QEvent::Resize)
                setGeometry(parentWidget()->rect());
            else if (event->type() == QEvent::ChildAdded || event->type() == QEvent::ChildPolished ||
                     event->type() == QEvent::LayoutRequest)
                raise();
        }
        return QWidget::eventFilter(watched, event);
    }
};

constexpr int GiveBackMilliseconds = 1000;

bool isPopupOrTip(const QWidget *window)
{
    const Qt::WindowType type = window->windowType();
    return type == Qt::Popup || type == Qt::ToolTip;
}
} // namespace

SessionLock::SessionLock(ApiClient &api, QString username, QWidget *window)
    : QObject(window)
    , m_api(api)
    , m_username(std::move(username))
    , m_window(window)
    , m_idle(new QTimer(this))
    , m_giveBackFocus(new QTimer(this))
{
    m_giveBackFocus->setSingleShot(true);
    m_giveBackFocus->setInterval(0);
    connect(m_giveBackFocus, &QTimer::timeout, this, &SessionLock::giveBackFocus);
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, [this] { lock(); });
    qApp->installEventFilter(this);
}

SessionLock::~SessionLock()
{
    qApp->removeEventFilter(this);
    for (const Covered &covered : std::as_const(m_covered))
        delete covered.cover.data();
}

QKeySequence SessionLock::shortcut()
{
    return QKeySequence(Qt::CTRL | Qt::Key_L);
}

void SessionLock::setIdleSeconds(int seconds)
{
    m_idle->setInterval(qMax(1, seconds) * 1000);
    if (!m_locked)
        m_idle->start();
}

int SessionLock::idleSeconds() const
{
    return m_idle->interval() / 1000;
}

bool SessionLock::belongsToLock(const QWidget *widget) const
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w == m_dialog.data())
            return true;
    }
    return false;
}

bool SessionLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress: {
        // The lock shortcut works in every window: a shortcut of the main
        // window alone is blocked while a dialog is open, and the password
        // typed next would land in the dialog's fields.
        const auto *key = static_cast<QKeyEvent *>(event);
        if (QKeySequence(key->keyCombination()) == shortcut()) {
            lock();
            return true;
        }
        if (!m_locked) {
            m_idle->start();
            m_givingBackUntil = QDeadlineTimer(0);
        }
        break;
    }
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        m_givingBackUntil = QDeadlineTimer(0);
        if (!m_locked)
            m_idle->start();
        break;
    case QEvent::MouseMove:
        if (!m_locked)
            m_idle->start();
        break;
    case QEvent::WindowActivate:
        if (!m_locked && !m_givingBackUntil.hasExpired() && watched != m_activeWindow && m_activeWindow &&
            m_activeWindow->isVisible())
            m_giveBackFocus->start();
        break;
    case QEvent::Show:
        // A window that opens while locked (an answer arriving, a message) is covered too.
        if (m_locked && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget->isWindow() && !belongsToLock(widget))
                cover(widget);
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionLock::cover(QWidget *window)
{
    for (const Covered &covered : std::as_const(m_covered)) {
        if (covered.window == window)
            return;
    }
    m_covered.append({window, new LockCover(window), window->windowTitle()});
    window->setWindowTitle(tr("HMS — locked"));
}

void SessionLock::lock(const QString &reason)
{
    if (m_locked) {
        if (m_dialog && !reason.isEmpty())
            m_dialog->setReason(reason);
        return;
    }
    m_locked = true;
    m_idle->stop();
    m_activeWindow = QApplication::activeWindow();
    m_focus = QApplication::focusWidget();
    QToolTip::hideText();
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (!window->isVisible() || window->windowType() == Qt::Desktop)
            continue;
        if (isPopupOrTip(window))
            window->hide(); // an open drop-down, completer or tooltip is closed, not kept
        else
            cover(window);
    }

    auto *dialog = new LoginDialog(m_api, LoginDialog::Mode::Unlock, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUsername(m_username);
    if (!reason.isEmpty())
        dialog->setReason(reason);
    connect(dialog, &LoginDialog::passwordAccepted, this, &SessionLock::unlock);
    connect(dialog, &LoginDialog::signOutConfirmed, this, &SessionLock::signOutConfirmed);
    m_dialog = dialog;
    // Application modal: no other window of HMS takes a click or a key until unlocked.
    dialog->setWindowModality(Qt::ApplicationModal);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    Q_EMIT locked(dialog);
}

void SessionLock::unlock()
{
    m_locked = false;
    const QString lockedTitle = tr("HMS — locked");
    for (const Covered &covered : std::as_const(m_covered)) {
        if (covered.window && covered.window->windowTitle() == lockedTitle)
            covered.window->setWindowTitle(covered.title);
        delete covered.cover.data();
    }
    m_covered.clear();
    m_idle->start();
    Q_EMIT unlocked();
    // The keyboard goes back where it was. The window system moves activation
    // as the lock dialog closes, to whichever window it picks: for a moment,
    // until the user types or clicks, the window that was active takes it back.
    m_givingBackUntil.setRemainingTime(GiveBackMilliseconds);
    m_giveBackFocus->start();
}

void SessionLock::giveBackFocus()
{
    if (m_locked)
        return;
    if (m_activeWindow && m_activeWindow->isVisible()) {
        m_activeWindow->raise();
        m_activeWindow->activateWindow();
        QApplication::setActiveWindow(m_activeWindow);
    }
    if (m_focus && m_focus->isVisible())
        m_focus->setFocus(Qt::OtherFocusReason);
}

} // namespace hms::client
