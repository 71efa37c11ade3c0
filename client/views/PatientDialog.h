#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hms::client {

class ApiClient;

// Add or edit a patient. Validates with the shared validators as the user
// types, shows the server's errors on the right field, saves with If-Match and
// offers a field-by-field merge when someone else saved first.
class PatientDialog : public QDialog
{
    Q_OBJECT

public:
    PatientDialog(ApiClient &api, const QJsonObject &patient, QWidget *parent = nullptr);

    QJsonObject formValues() const;
    QJsonObject saved() const { return m_saved; }
    QString fieldError(const QString &field) const;
    void save();

Q_SIGNALS:
    void mergeOffered(QDialog *dialog); // for tests: the merge dialog about to run

private:
    void validate();
    void showErrors(const QHash<QString, QStringList> &errors);
    void setFormValues(const QJsonObject &patient);
    QLabel *errorLabel(const QString &field);

    ApiClient &m_api;
    qint64 m_id = 0;
    int m_version = 0;
    QLineEdit *m_name;
    QDateEdit *m_dateOfBirth;
    QComboBox *m_sex;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QPlainTextEdit *m_address;
    QComboBox *m_bloodGroup;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QHash<QString, QLabel *> m_errors;
    QJsonObject m_saved;
};

} // namespace hms::client
