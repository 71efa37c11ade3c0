#pragma once

#include "EditDialog.h"
#include "api/ClinicApi.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace hms::client {

class DateField;

// Add or edit a patient. Validates with the shared validators as the user
// types, shows the server's errors on the right field, saves with If-Match and
// offers a field-by-field merge when someone else saved first.
class PatientDialog : public EditDialog
{
    Q_OBJECT

public:
    // `patient` with id 0 registers a new one.
    PatientDialog(ApiClient &api, const Patient &patient, QWidget *parent = nullptr);

    Patient formValues() const;
    Patient saved() const { return m_saved; }
    void save();

Q_SIGNALS:
    void mergeOffered(QDialog *dialog); // for tests: the merge dialog about to run

private:
    void validate();
    void setFormValues(const Patient &patient);

    ClinicApi m_api;
    Patient m_original;
    int m_version = 0;
    QLineEdit *m_name;
    DateField *m_dateOfBirth;
    QComboBox *m_sex;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QPlainTextEdit *m_address;
    QComboBox *m_bloodGroup;
    Patient m_saved;
};

} // namespace hms::client
