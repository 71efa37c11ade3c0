#pragma once

#include "widgets/MessageWidget.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace hms {
class ValidationErrors;
}

namespace hms::client {

// The frame of every edit dialog: a message area at the top for validation,
// conflict and progress messages (it keeps its room, so the form never
// moves), the form, and Save / Cancel. Save emits saveRequested(); the dialog
// decides when to accept.
class EditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EditDialog(QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    QPushButton *saveButton() const { return m_save; }
    MessageWidget *messageWidget() const { return m_message; }

    void showMessage(const QString &text, MessageWidget::Type type = MessageWidget::Type::Error);
    void hideMessage();
    QString message() const;

    // A form row whose field has an error line under it, named error_<key>.
    void addFieldRow(const QString &label, QWidget *field, const QString &key);
    // Shows each field's messages under it; clears the others.
    void showFieldErrors(const ValidationErrors &errors);
    QString fieldError(const QString &key) const;

Q_SIGNALS:
    void saveRequested();

private:
    MessageWidget *m_message;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    QHash<QString, QLabel *> m_fieldErrors;
};

} // namespace hms::client
