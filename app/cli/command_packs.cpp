#include "cli_command.h"

namespace plumbline::cli {

// Placeholder until the packs command lands; returns a usage error so nothing mistakes it for success.
int runPacks(const QStringList&)
{
    return fail(QStringLiteral("'packs' is not implemented yet"));
}

} // namespace plumbline::cli
