#include "version_text.h"

#include "huge_page_malloc.h"

#include <QStringList>
#include <QtGlobal>

#include <geos_c.h>
#include <proj.h>
#include <sqlite3.h>
#include <xlsxwriter.h>

namespace plumbline {

QString versionText(const QString& program)
{
    QStringList lines{QStringLiteral("%1 %2").arg(program, QLatin1String(PLUMBLINE_VERSION))};
    const QLatin1String builtQt(QT_VERSION_STR);
    const QLatin1String runQt(qVersion());
    lines << (runQt == builtQt ? QStringLiteral("Qt %1").arg(runQt)
                               : QStringLiteral("Qt %1 (built with %2)").arg(runQt, builtQt));
    // GEOSversion() reads "3.11.1-CAPI-1.17.1": the part before "-CAPI" is the library's release.
    lines << QStringLiteral("GEOS %1").arg(QString::fromLatin1(GEOSversion()).section(QLatin1Char('-'), 0, 0));
    const PJ_INFO proj = proj_info();
    lines << QStringLiteral("PROJ %1.%2.%3").arg(proj.major).arg(proj.minor).arg(proj.patch);
    lines << QStringLiteral("SQLite %1").arg(QLatin1String(sqlite3_libversion()));
    lines << QStringLiteral("libxlsxwriter %1").arg(QLatin1String(lxw_version()));
    // simdjson and uchardet have no call that tells their version: the ones built with, from CMake.
    lines << QStringLiteral("simdjson %1").arg(QLatin1String(PLUMBLINE_SIMDJSON_VERSION));
    lines << QStringLiteral("uchardet %1").arg(QLatin1String(PLUMBLINE_UCHARDET_VERSION));
    // Not a library, but it changes how fast large files load: worth knowing in a bug report.
    if (hugePageMallocOn())
        lines << QStringLiteral("malloc: transparent huge pages for large blocks (glibc.malloc.hugetlb=1)");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace plumbline
