#include "ReasonDialog.h"

#include "shared/ChangeReason.h"
#include "shared/ValidationErrors.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace hms::client {

namespace {
const QString ReasonKey = QStringLiteral("reason");
}

ReasonDialog::ReasonDialog(const QString &title, const QString &question, const QString &confirmText,
                           QWidget *parent)
    : EditDialog(parent)
    , m_question(new QLabel(question, this))
    , m_reason(new QLineEdit(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("reasonDialog"));
    m_question->setObjectName(QStringLiteral("question"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    form()->addRow(m_question);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaxLength(reason::MaxLength);
    m_reason->setPlaceholderText(tr("Required: kept with the change and in the audit log"));
    m_reason->setAccessibleName(tr("Reason"));
    addFieldRow(tr("&Reason:"), m_reason, ReasonKey);
    saveButton()->setText(confirmText);
    saveButton()->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this] { saveButton()->setEnabled(!m_reason->text().trimmed().isEmpty()); });
    connect(this, &EditDialog::saveRequested, this, &ReasonDialog::confirm);
    setMinimumWidth(440);
    m_reason->setFocus();
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ReasonDialog::confirm()
{
    // The server's own rule, so that the dialog and the server cannot disagree.
    const ValidationErrors errors = reason::check(m_reason->text(), ReasonKey);
    showFieldErrors(errors);
    if (errors.isEmpty())
        accept();
}

std::optional<QString> ReasonDialog::ask(QWidget *parent, const QString &title, const QString &question,
                                         const QString &confirmText)
{
    ReasonDialog dialog(title, question, confirmText, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

} // namespace hms::client
