#include "style/severity_colors.h"

namespace plumbline::severitycolors {

QColor tint(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xfb, 0xd9, 0xd7);
    case Severity::Warning:
        return QColor(0xfd, 0xeb, 0xc2);
    case Severity::Notice:
        return QColor(0xda, 0xe8, 0xfb);
    case Severity::Info:
        return QColor(0xe6, 0xe6, 0xe6);
    }
    return {};
}

QColor marker(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xc6, 0x28, 0x28);
    case Severity::Warning:
        return QColor(0xe0, 0x8a, 0x00);
    case Severity::Notice:
        return QColor(0x1e, 0x66, 0xd0);
    case Severity::Info:
        return QColor(0x80, 0x80, 0x80);
    }
    return {};
}

} // namespace plumbline::severitycolors
