#pragma once

#include <QStringList>

#include <cstdint>

namespace plumbline {

/// A project file (.plumbline) is one SQLite database. PRAGMA application_id marks it as ours ("PLMB"), PRAGMA
/// user_version is the format version: a file with a higher version was written by a newer Plumbline and is
/// read only as far as its tables still mean what this version thinks (never written). docs/projects.md
/// describes every table.
inline constexpr std::int32_t kProjectApplicationId = 0x504C4D42;
inline constexpr int kProjectFormatVersion = 1;
inline constexpr const char* kProjectExtension = "plumbline";

/// SQL that creates every table of an empty project (run inside a transaction on a fresh file).
const char* projectSchemaSql();

/// The tables a project must have (a file lacking one is damaged or not a project).
QStringList projectTableNames();

} // namespace plumbline
