#include "cli_command.h"

namespace plumbline::cli {

// Placeholder until the export command lands; returns a usage error so nothing mistakes it for success.
int runExport(const QStringList&)
{
    return fail(QStringLiteral("'export' is not implemented yet"));
}

} // namespace plumbline::cli
