#pragma once

#include "CursorTableModel.h"

namespace hms::client {

class PatientTableModel : public CursorTableModel
{
    Q_OBJECT
public:
    enum Column { Mrn, Name, DateOfBirth, Sex, Phone, Email, ColumnCount };
    using CursorTableModel::CursorTableModel;
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QVariant cellData(const QJsonObject &row, int column, int role) const override;
};

class AppointmentTableModel : public CursorTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Duration, Patient, Doctor, Status, Reason, ColumnCount };
    using CursorTableModel::CursorTableModel;
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    static QString statusLabel(const QString &status);

protected:
    QVariant cellData(const QJsonObject &row, int column, int role) const override;
};

class RecordTableModel : public CursorTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Diagnosis, Prescription, Doctor, Version, ColumnCount };
    using CursorTableModel::CursorTableModel;
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QVariant cellData(const QJsonObject &row, int column, int role) const override;
};

class UserTableModel : public CursorTableModel
{
    Q_OBJECT
public:
    enum Column { Username, FullName, Role, Active, ColumnCount };
    using CursorTableModel::CursorTableModel;
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QVariant cellData(const QJsonObject &row, int column, int role) const override;
};

class AuditTableModel : public CursorTableModel
{
    Q_OBJECT
public:
    enum Column { At, User, Action, Resource, PatientId, Outcome, Address, ColumnCount };
    using CursorTableModel::CursorTableModel;
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QVariant cellData(const QJsonObject &row, int column, int role) const override;
};

// Local display of an API instant ("2026-11-24T09:30:00Z").
QString localDateTimeText(const QString &instant, bool withDate = true);

} // namespace hms::client
