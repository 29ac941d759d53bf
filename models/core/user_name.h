#pragma once

#include <QString>

namespace plumbline {

/// Who is working, for the audit trail and triage decisions: $PLUMBLINE_USER when set (a shared account, a
/// test), else the login name ($USER, $LOGNAME, $USERNAME), else "unknown".
inline QString currentUserName()
{
    for (const char* variable : {"PLUMBLINE_USER", "USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

} // namespace plumbline
