#pragma once

#include <QString>

namespace plumbline {

/// What `--version` prints: "<program> <version>" on the first line, then one line per library that tells
/// its version (at run time where it can, else as built against).
QString versionText(const QString& program);

} // namespace plumbline
