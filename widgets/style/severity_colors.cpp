#include "style/severity_colors.h"

#include <QGuiApplication>
#include <QPalette>

namespace plumbline::severitycolors {

// The contrast ratios these colours keep are computed in tests/gui/tst_contrast.cpp.

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < palette.color(QPalette::Text).lightnessF();
}

QColor tint(Severity severity)
{
    return tint(severity, QGuiApplication::palette());
}

QColor tint(Severity severity, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (severity) {
    case Severity::Error:
        return dark ? QColor(0x5a, 0x24, 0x24) : QColor(0xfb, 0xd9, 0xd7);
    case Severity::Warning:
        return dark ? QColor(0x55, 0x3d, 0x0c) : QColor(0xfd, 0xeb, 0xc2);
    case Severity::Notice:
        return dark ? QColor(0x1f, 0x3a, 0x5f) : QColor(0xda, 0xe8, 0xfb);
    case Severity::Info:
        return dark ? QColor(0x3c, 0x3c, 0x3c) : QColor(0xe6, 0xe6, 0xe6);
    }
    return {};
}

QColor marker(Severity severity)
{
    return marker(severity, QGuiApplication::palette());
}

QColor marker(Severity severity, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (severity) {
    case Severity::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    case Severity::Warning:
        // A darker amber than the usual #e08a00, which has only 2.7:1 on white.
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa8, 0x62, 0x00);
    case Severity::Notice:
        return dark ? QColor(0x82, 0xb1, 0xff) : QColor(0x1e, 0x66, 0xd0);
    case Severity::Info:
        return dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x6b, 0x6b, 0x6b);
    }
    return {};
}

} // namespace plumbline::severitycolors
