#include "findings/severity.h"

namespace plumbline {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Notice:
        return QStringLiteral("notice");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

bool parseSeverity(QStringView name, Severity* severity)
{
    for (int i = 0; i < kSeverityCount; ++i) {
        if (name == severityName(Severity(i))) {
            *severity = Severity(i);
            return true;
        }
    }
    return false;
}

} // namespace plumbline
