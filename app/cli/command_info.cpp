#include "cli_command.h"

namespace plumbline::cli {

// Placeholder until the info command lands; returns a usage error so nothing mistakes it for success.
int runInfo(const QStringList&)
{
    return fail(QStringLiteral("'info' is not implemented yet"));
}

} // namespace plumbline::cli
