#pragma once

#include <QLatin1StringView>

// The API's paths, shared by the server's route table and the client.
namespace hms::api {
inline constexpr QLatin1StringView Health("/health");
inline constexpr QLatin1StringView Ready("/ready");
inline constexpr QLatin1StringView Metrics("/metrics");
inline constexpr QLatin1StringView Login("/api/auth/login");
inline constexpr QLatin1StringView Logout("/api/auth/logout");
inline constexpr QLatin1StringView Me("/api/auth/me");
inline constexpr QLatin1StringView Password("/api/auth/password");
inline constexpr QLatin1StringView Users("/api/users");
inline constexpr QLatin1StringView Doctors("/api/doctors");
inline constexpr QLatin1StringView Patients("/api/patients");
inline constexpr QLatin1StringView Appointments("/api/appointments");
inline constexpr QLatin1StringView Records("/api/records");
inline constexpr QLatin1StringView Audit("/api/audit");
inline constexpr QLatin1StringView Stats("/api/stats");
} // namespace hms::api
