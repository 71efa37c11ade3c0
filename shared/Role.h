#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace hms {

enum class Role { Admin, Doctor, Receptionist };

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);
QStringList roleNames();

} // namespace hms
