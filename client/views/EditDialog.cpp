#include "EditDialog.h"

#include "shared/ValidationErrors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hms::client {

EditDialog::EditDialog(QWidget *parent)
    : QDialog(parent)
    , m_message(new MessageWidget(this))
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_save(m_buttons->button(QDialogButtonBox::Save))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(m_form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    // Enter saves: Save is the dialog's default, which it gets back whenever Cancel
    // (an auto-default button while it has the focus) loses the focus.
    m_save->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditDialog::saveRequested);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void EditDialog::showMessage(const QString &text, MessageWidget::Type type)
{
    m_message->showMessage(text, type);
}

void EditDialog::hideMessage()
{
    m_message->hideMessage();
}

QString EditDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void EditDialog::addFieldRow(const QString &label, QWidget *field, const QString &key)
{
    auto *error = new QLabel(this);
    error->setObjectName(QStringLiteral("error_") + key);
    error->setStyleSheet(QStringLiteral("color: #b91c1c; font-size: 9pt;"));
    error->setWordWrap(true);
    error->hide();
    m_fieldErrors.insert(key, error);
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(field);
    box->addWidget(error);
    // A row whose field is a layout gets no buddy from QFormLayout: give the label its
    // field, so that its mnemonic works and no "&" is drawn.
    auto *caption = new QLabel(label, this);
    caption->setBuddy(field);
    m_form->addRow(caption, box);
}

void EditDialog::showFieldErrors(const ValidationErrors &errors)
{
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it) {
        const QStringList messages = errors.messages(it.key());
        it.value()->setText(messages.join(QStringLiteral("; ")));
        it.value()->setVisible(!messages.isEmpty());
    }
}

QString EditDialog::fieldError(const QString &key) const
{
    const QLabel *label = m_fieldErrors.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace hms::client
