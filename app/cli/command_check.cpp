#include "cli_command.h"

namespace plumbline::cli {

// Placeholder until the check command lands; returns a usage error so nothing mistakes it for success.
int runCheck(const QStringList&)
{
    return fail(QStringLiteral("'check' is not implemented yet"));
}

} // namespace plumbline::cli
