#include "style/severity_colors.h"

#include "style/theme.h"

namespace plumbline::severitycolors {

QColor tint(Severity severity)
{
    // Dark palettes get deep tints under light text; light palettes pale tints under dark text. Both keep the
    // text's contrast above 7:1.
    if (theme::isDark()) {
        switch (severity) {
        case Severity::Error:
            return QColor(0x5a, 0x22, 0x24);
        case Severity::Warning:
            return QColor(0x55, 0x40, 0x12);
        case Severity::Notice:
            return QColor(0x1d, 0x35, 0x5c);
        case Severity::Info:
            return QColor(0x3a, 0x3c, 0x40);
        }
        return {};
    }
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
