// WCAG 2.1 AA contrast of the GUI's colours, computed with the relative-luminance formula: text on the light and
// dark palettes and on every severity tint at least 4.5:1; severity markers (graphics) at least 3:1 against the
// tint they sit on and against the base.
#include "style/readable_palette.h"
#include "style/severity_colors.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <cmath>
#include <memory>

using namespace plumbline;

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

/// Relative luminance (WCAG 2.1): 0 for black, 1 for white.
double luminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// Fusion's light palette as Plumbline shows it on a desktop without a theme (main() makes it readable).
QPalette lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return style::readablePalette(fusion->standardPalette());
}

/// A dark palette as dark desktop themes give Qt applications (the colours of the common Fusion dark scheme).
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::AlternateBase, QColor(0x42, 0x42, 0x42));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

const Severity kSeverities[] = {Severity::Error, Severity::Warning, Severity::Notice, Severity::Info};

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void formulaMatchesKnownValues();
    void paletteText_data();
    void paletteText();
    void textOnSeverityTints_data();
    void textOnSeverityTints();
    void severityMarkers_data();
    void severityMarkers();
    void tintsFollowTheApplicationPalette();
    void readablePaletteKeepsWhatPasses();
};

void TestContrast::formulaMatchesKnownValues()
{
    QCOMPARE(qRound(contrast(Qt::black, Qt::white) * 100), 2100); // 21:1
    QCOMPARE(qRound(contrast(Qt::white, Qt::white) * 100), 100);
    QCOMPARE(qRound(contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454); // the lightest AA grey on white
}

void TestContrast::paletteText_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("text");
    QTest::addColumn<int>("background");
    const std::pair<const char*, QPalette> palettes[] = {{"light", lightPalette()}, {"dark", darkPalette()}};
    const std::tuple<const char*, QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {"window text", QPalette::WindowText, QPalette::Window},
        {"text", QPalette::Text, QPalette::Base},
        {"text on alternate rows", QPalette::Text, QPalette::AlternateBase},
        {"button text", QPalette::ButtonText, QPalette::Button},
        {"selected text", QPalette::HighlightedText, QPalette::Highlight},
        {"tooltip", QPalette::ToolTipText, QPalette::ToolTipBase},
    };
    for (const auto& [paletteName, palette] : palettes)
        for (const auto& [pairName, text, background] : pairs)
            QTest::addRow("%s: %s", paletteName, pairName) << palette << int(text) << int(background);
}

void TestContrast::paletteText()
{
    QFETCH(QPalette, palette);
    QFETCH(int, text);
    QFETCH(int, background);
    const QColor fg = palette.color(QPalette::Active, QPalette::ColorRole(text));
    const QColor bg = palette.color(QPalette::Active, QPalette::ColorRole(background));
    const double ratio = contrast(fg, bg);
    QVERIFY2(ratio >= 4.5,
             qPrintable(QStringLiteral("%1 on %2: %3:1").arg(fg.name(), bg.name()).arg(ratio, 0, 'f', 2)));
}

void TestContrast::textOnSeverityTints_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("severityValue");
    for (const auto& [name, palette] : {std::pair{"light", lightPalette()}, std::pair{"dark", darkPalette()}})
        for (Severity severity : kSeverities)
            QTest::addRow("%s: %s", name, qPrintable(severityName(severity))) << palette << int(severity);
}

void TestContrast::textOnSeverityTints()
{
    QFETCH(QPalette, palette);
    QFETCH(int, severityValue);
    const auto severity = Severity(severityValue);
    const QColor tint = severitycolors::tint(severity, palette);
    // The grid draws the palette's text on the tint, on plain and on alternate rows alike.
    const QColor text = palette.color(QPalette::Text);
    const double ratio = contrast(text, tint);
    QVERIFY2(ratio >= 4.5,
             qPrintable(QStringLiteral("%1 on %2: %3:1").arg(text.name(), tint.name()).arg(ratio, 0, 'f', 2)));
}

void TestContrast::severityMarkers_data()
{
    textOnSeverityTints_data();
}

void TestContrast::severityMarkers()
{
    QFETCH(QPalette, palette);
    QFETCH(int, severityValue);
    const auto severity = Severity(severityValue);
    const QColor marker = severitycolors::marker(severity, palette);
    for (const QColor& background : {severitycolors::tint(severity, palette), palette.color(QPalette::Base)}) {
        const double ratio = contrast(marker, background);
        QVERIFY2(
            ratio >= 3.0,
            qPrintable(
                QStringLiteral("marker %1 on %2: %3:1").arg(marker.name(), background.name()).arg(ratio, 0, 'f', 2)));
    }
}

void TestContrast::tintsFollowTheApplicationPalette()
{
    const QPalette before = QApplication::palette();
    QApplication::setPalette(darkPalette());
    QCOMPARE(severitycolors::tint(Severity::Error), severitycolors::tint(Severity::Error, darkPalette()));
    QVERIFY(luminance(severitycolors::tint(Severity::Error)) < 0.2);
    QApplication::setPalette(lightPalette());
    QVERIFY(luminance(severitycolors::tint(Severity::Error)) > 0.6);
    QApplication::setPalette(before);
}

void TestContrast::readablePaletteKeepsWhatPasses()
{
    // The dark palette passes as it is: nothing changes. Fusion's light selection (white on #308cc6, 3.7:1) is
    // darkened, its hue kept.
    QCOMPARE(style::readablePalette(darkPalette()), darkPalette());
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette raw = fusion->standardPalette();
    const QPalette readable = style::readablePalette(raw);
    QCOMPARE(readable.color(QPalette::Base), raw.color(QPalette::Base));
    QCOMPARE(readable.color(QPalette::Text), raw.color(QPalette::Text));
    if (contrast(raw.color(QPalette::HighlightedText), raw.color(QPalette::Highlight)) < 4.5) {
        QVERIFY(readable.color(QPalette::Highlight) != raw.color(QPalette::Highlight));
        QCOMPARE(readable.color(QPalette::Highlight).hsvHue(), raw.color(QPalette::Highlight).hsvHue());
    }
}

QTEST_MAIN(TestContrast)

#include "tst_contrast.moc"
