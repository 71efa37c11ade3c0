#pragma once

#include "EditDialog.h"

#include <optional>

class QLabel;
class QLineEdit;

namespace hms::client {

// Asks to confirm a change that cannot be taken back lightly (cancelling an
// appointment, marking a no-show, deactivating a staff account) and why: the
// reason is required, checked by the server's own rule (shared/ChangeReason),
// stored with the change and written into its audit entry. The confirming
// button names the change; Cancel, Esc or closing keeps everything as it was.
class ReasonDialog : public EditDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString &title, const QString &question, const QString &confirmText,
                 QWidget *parent = nullptr);

    QLineEdit *reasonEdit() const { return m_reason; }
    // The reason as typed, trimmed.
    QString reason() const;

    // Runs the dialog; the reason when confirmed, nothing when not.
    static std::optional<QString> ask(QWidget *parent, const QString &title, const QString &question,
                                      const QString &confirmText);

private:
    void confirm();

    QLabel *m_question;
    QLineEdit *m_reason;
};

} // namespace hms::client
