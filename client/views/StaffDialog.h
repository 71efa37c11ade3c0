#pragma once

#include "EditDialog.h"
#include "api/ClinicApi.h"

class QComboBox;
class QLineEdit;

namespace hms::client {

// A new staff account: username, full name, role and initial password, each
// checked by the server's own rules as the form is saved. The role has no
// default: the administrator chooses one, and saving without it is refused on
// that field.
class StaffDialog : public EditDialog
{
    Q_OBJECT

public:
    StaffDialog(ApiClient &api, QWidget *parent = nullptr);

    QComboBox *roleBox() const { return m_role; }
    // The account made, once saved.
    User added() const { return m_added; }
    void save();

private:
    ClinicApi m_api;
    QLineEdit *m_username;
    QLineEdit *m_fullName;
    QComboBox *m_role;
    QLineEdit *m_password;
    User m_added;
};

} // namespace hms::client
