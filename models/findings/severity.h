#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>

namespace plumbline {

/// How bad a finding is, in increasing order so that comparisons mean "at least as bad as".
/// The names are the platform's levels (planning.data.gov.uk issue types) plus "notice".
enum class Severity : std::uint8_t { Info = 0, Notice = 1, Warning = 2, Error = 3 };

constexpr int kSeverityCount = 4;

/// "error", "warning", "notice", "info".
QString severityName(Severity severity);
/// Parses the lowercase name; false if unknown.
bool parseSeverity(QStringView name, Severity* severity);

} // namespace plumbline
