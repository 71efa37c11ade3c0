#pragma once

#include "CursorTableModel.h"

#include <QHash>

namespace hms::client {

class PatientTableModel : public TypedCursorModel<Patient>
{
    Q_OBJECT
public:
    enum Column { Mrn, Name, DateOfBirth, Sex, Phone, Email, ColumnCount };
    explicit PatientTableModel(ApiClient &api, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Every patient matching `text` (all of them when empty), by name.
    void search(const QString &text);

protected:
    QVariant cell(const Patient &row, int column, int role) const override;

private:
    ClinicApi m_api;
};

class AppointmentTableModel : public TypedCursorModel<Appointment>
{
    Q_OBJECT
public:
    enum Column { Time, Duration, Patient, Doctor, Status, Reason, ColumnCount };
    explicit AppointmentTableModel(ApiClient &api, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void setFilter(const AppointmentFilter &filter);

protected:
    QVariant cell(const Appointment &row, int column, int role) const override;

private:
    ClinicApi m_api;
};

class RecordTableModel : public TypedCursorModel<MedicalRecord>
{
    Q_OBJECT
public:
    enum Column { Date, Diagnosis, Prescription, Doctor, Version, ColumnCount };
    explicit RecordTableModel(ApiClient &api, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void setPatient(qint64 patientId);

protected:
    QVariant cell(const MedicalRecord &row, int column, int role) const override;

private:
    ClinicApi m_api;
};

class UserTableModel : public TypedCursorModel<User>
{
    Q_OBJECT
public:
    enum Column { Username, FullName, Role, Active, ColumnCount };
    explicit UserTableModel(ApiClient &api, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void showAll();

protected:
    QVariant cell(const User &row, int column, int role) const override;

private:
    ClinicApi m_api;
};

class AuditTableModel : public TypedCursorModel<AuditEntry>
{
    Q_OBJECT
public:
    enum Column { At, User, Action, Resource, Patient, Outcome, Reason, Address, ColumnCount };
    explicit AuditTableModel(ApiClient &api, QObject *parent = nullptr);
    // Full names by user id, to show beside the username an entry carries.
    void setUserNames(const QHash<qint64, QString> &names);
    QString userText(const AuditEntry &entry) const;
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void setFilter(const AuditFilter &filter);

protected:
    QVariant cell(const AuditEntry &row, int column, int role) const override;

private:
    ClinicApi m_api;
    QHash<qint64, QString> m_userNames;
};

} // namespace hms::client
