#include "cli_command.h"

namespace plumbline::cli {

// Placeholder until the sample command lands; returns a usage error so nothing mistakes it for success.
int runSample(const QStringList&)
{
    return fail(QStringLiteral("'sample' is not implemented yet"));
}

} // namespace plumbline::cli
