#include "values/text_hygiene.h"
#include "values_test_support.h"

#include <QTest>

using namespace plumbline::values;

namespace {

std::string_view view(const QByteArray& b)
{
    return {b.constData(), std::size_t(b.size())};
}

constexpr std::uint32_t bit(TextIssue i)
{
    return std::uint32_t(i);
}
constexpr std::uint32_t kLeading = bit(TextIssue::LeadingWhitespace);
constexpr std::uint32_t kTrailing = bit(TextIssue::TrailingWhitespace);
constexpr std::uint32_t kRepeated = bit(TextIssue::RepeatedSpaces);
constexpr std::uint32_t kNbsp = bit(TextIssue::NoBreakSpace);
constexpr std::uint32_t kUnicodeSpace = bit(TextIssue::UnicodeSpace);
constexpr std::uint32_t kInvisible = bit(TextIssue::Invisible);
constexpr std::uint32_t kTab = bit(TextIssue::Tab);
constexpr std::uint32_t kLineBreak = bit(TextIssue::LineBreak);
constexpr std::uint32_t kNul = bit(TextIssue::Nul);
constexpr std::uint32_t kControl = bit(TextIssue::ControlChar);
constexpr std::uint32_t kInvalid = bit(TextIssue::InvalidUtf8);
constexpr std::uint32_t kReplacement = bit(TextIssue::ReplacementChar);
constexpr std::uint32_t kMojibake = bit(TextIssue::Mojibake);

constexpr int kAllowLines = 1;
constexpr int kAllowTabs = 2;

QString names(std::uint32_t issues)
{
    QStringList out;
    for (std::uint32_t b = 1; b <= kMojibake; b <<= 1)
        if (issues & b) {
            const std::string_view n = textIssueName(TextIssue(b));
            out << QString::fromLatin1(n.data(), qsizetype(n.size()));
        }
    return out.join(QStringLiteral(", "));
}

} // namespace

class TestTextHygiene : public QObject
{
    Q_OBJECT

private slots:
    void scanAndClean_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("options");
        QTest::addColumn<uint>("issues");
        QTest::addColumn<QByteArray>("cleaned");
        const auto row = [](const char* name, QByteArray in, int options, std::uint32_t issues, QByteArray out) {
            QTest::newRow(name) << in << options << uint(issues) << out;
        };
        row("clean ASCII", "Hellen Sambili", 0, 0, "Hellen Sambili");
        row("empty", "", 0, 0, "");
        row("trailing space (DC 2015)", "Matthew Williams ", 0, kTrailing, "Matthew Williams");
        row("trailing space (Hampshire Status)", "Live ", 0, kTrailing, "Live");
        row("leading space", " Live", 0, kLeading, "Live");
        row("leading run is not repeated", "   x", 0, kLeading, "x");
        row("double inner space", "Hellen  Sambili", 0, kRepeated, "Hellen Sambili");
        row("three inner spaces and edges", " a   b ", 0, kLeading | kTrailing | kRepeated, "a b");
        row("NBSP inside", "Hellen\u00A0Sambili", 0, kNbsp, "Hellen Sambili");
        row("NBSP at the end", "Sambili\u00A0", 0, kNbsp | kTrailing, "Sambili");
        row("NBSP next to a space", "a \u00A0b", 0, kNbsp | kRepeated, "a b");
        row("narrow NBSP", "10\u202Fkm", 0, kNbsp, "10 km");
        row("em space", "a\u2003b", 0, kUnicodeSpace, "a b");
        row("ideographic space", "a\u3000b", 0, kUnicodeSpace, "a b");
        row("zero-width space", "Sam\u200Bbili", 0, kInvisible, "Sambili");
        row("BOM at start", "\uFEFFreference", 0, kInvisible, "reference");
        row("soft hyphen", "Kier\u00ADkegaard", 0, kInvisible, "Kierkegaard");
        row("left-to-right mark", "Pri\u200Ebo", 0, kInvisible, "Pribo");
        row("ZWNJ is legitimate (Persian)", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", 0, 0,
            "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645");
        row("tab", "a\tb", 0, kTab, "a b");
        row("tab allowed", "a\tb", kAllowTabs, 0, "a\tb");
        row("CRLF in a single-line field (PA-04)", "line1\r\nline2", 0, kLineBreak, "line1 line2");
        row("line breaks allowed (description)", "line1\r\nline2", kAllowLines, 0, "line1\r\nline2");
        row("spaces before an allowed line break", "line1  \nline2", kAllowLines, 0, "line1\nline2");
        row("PlanningHistory url|newline url", "https://a.example/x|\nhttps://b.example/y", 0, kLineBreak,
            "https://a.example/x| https://b.example/y");
        row("trailing newline", "x\n", 0, kLineBreak | kTrailing, "x");
        row("line separator", "a\u2028b", 0, kLineBreak, "a b");
        row("NUL", QByteArray("a\0b", 3), 0, kNul, "ab");
        row("bell",
            "a\x07"
            "b",
            0, kControl, "ab");
        row("DEL",
            "a\x7F"
            "b",
            0, kControl, "ab");
        row("C1 control NEL", "a\u0085b", 0, kControl, "ab");
        row("windows-1252 0x92 (PA-01, conservation areas)", "Top O\x92 T\x92 Town", 0, kInvalid, "Top O’ T’ Town");
        row("windows-1252 en dash 0x96", "Fleet \x96 Hampshire", 0, kInvalid, "Fleet – Hampshire");
        row("truncated sequence", "caf\xC3", 0, kInvalid, "cafÃ");
        row("overlong slash", "\xC0\xAF", 0, kInvalid, "À¯");
        row("encoded surrogate", "\xED\xA0\x80", 0, kInvalid, "í €");
        row("replacement character", "Si\uFFFDn", 0, kReplacement, "Si\uFFFDn");
        row("mojibake â (parlparse#177)", "SiÃ¢n Berry", 0, kMojibake, "Siân Berry");
        row("mojibake pound", "Â£5", 0, kMojibake, "£5");
        row("mojibake apostrophe", "Storeyâ€™s Way", 0, kMojibake, "Storey’s Way");
        row("mojibake é and è", "Ã©tÃ¨", 0, kMojibake, "étè");
        row("mojibake of NBSP", "a\u00C2\u00A0b", 0, kMojibake | kNbsp, "a b");
        row("double mojibake", "Ã¢â‚¬â„¢", 0, kMojibake, "’");
        row("Arabic mojibake", "Ø¬Ù…Ù‡ÙˆØ±ÙŠØ©", 0, kMojibake, "جمهورية");
        row("legitimate Siân", "Siân Berry", 0, 0, "Siân Berry");
        row("legitimate accents", "Amélie Müller-Lüdenscheidt", 0, 0, "Amélie Müller-Lüdenscheidt");
        row("legitimate curly quotes", "Top O’ T’ Town", 0, 0, "Top O’ T’ Town");
        row("legitimate bullets", "• one – two … three", 0, 0, "• one – two … three");
        row("legitimate Greek", "Αθήνα", 0, 0, "Αθήνα");
    }

    void scanAndClean()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, options);
        QFETCH(uint, issues);
        QFETCH(QByteArray, cleaned);
        TextScanOptions o;
        o.allowLineBreaks = options & kAllowLines;
        o.allowTabs = options & kAllowTabs;
        const TextScan scan = scanText(view(input), o);
        QCOMPARE(names(scan.issues), names(issues));
        QCOMPARE(QByteArray::fromStdString(cleanText(view(input), o)), cleaned);
        // The clean value is clean, except for what cannot be repaired.
        const std::uint32_t left = scanText(view(cleaned), o).issues & ~kReplacement;
        QCOMPARE(names(left), QString());
        QCOMPARE(isValidUtf8(view(input)), !(issues & kInvalid));
        QCOMPARE(hasMojibake(view(input)), bool(issues & kMojibake));
    }

    void repairLeavesCleanTextAlone()
    {
        std::string out = "untouched";
        QVERIFY(!repairMojibake("Siân Berry", &out));
        QCOMPARE(out, std::string("untouched"));
        QVERIFY(repairMojibake("SiÃ¢n", &out));
        QCOMPARE(out, std::string("Siân"));
    }

    void windows1252Decoding()
    {
        QCOMPARE(decodeWindows1252("\x80\x92\x9F\xA3\xE9"), std::string("€’Ÿ£é"));
        QCOMPARE(decodeWindows1252("\x81"), std::string("\u0081"));
        QCOMPARE(decodeWindows1252("plain"), std::string("plain"));
    }

    // The conservation-area compilation is windows-1252: not UTF-8 as a whole, valid after re-decoding, and
    // the two known names are repaired by cleanText.
    void realWindows1252File()
    {
        bool found = false;
        const std::string bytes = values_test::readShared("planning/Existing_NoDups_NotLessThanZero.csv", &found);
        if (!found)
            QSKIP("shared data folder absent: " PLUMBLINE_SHARED_DATA);
        QVERIFY(!isValidUtf8(bytes));
        QVERIFY(isValidUtf8(decodeWindows1252(bytes)));
        const auto rows = values_test::parseCsv(bytes);
        int invalid = 0;
        bool topOTTown = false, storeys = false;
        for (const auto& r : rows)
            for (const std::string& cell : r) {
                if (!scanText(cell, {true, true}).has(TextIssue::InvalidUtf8))
                    continue;
                ++invalid;
                const std::string clean = cleanText(cell, {true, true});
                QVERIFY(isValidUtf8(clean));
                topOTTown |= clean == "Top O’ T’ Town";
                storeys |= clean.find("Storey’s Way") != std::string::npos;
            }
        QVERIFY(invalid > 0);
        QVERIFY(topOTTown);
        QVERIFY(storeys);
    }

    // No false mojibake on real UTF-8 text: curly quotes, bullets and long descriptions in the planning
    // conditions, and every string in the UK Commons Popolo file.
    void realNoFalseMojibake()
    {
        bool found = false;
        const std::string conditions = values_test::readShared("planning/planning-condition.csv", &found);
        if (!found)
            QSKIP("shared data folder absent: " PLUMBLINE_SHARED_DATA);
        QVERIFY(isValidUtf8(conditions));
        int cells = 0;
        for (const auto& r : values_test::parseCsv(conditions))
            for (const std::string& cell : r) {
                const TextScan scan = scanText(cell, {true, false});
                QVERIFY2(!scan.has(TextIssue::Mojibake) && !scan.has(TextIssue::InvalidUtf8), cell.c_str());
                ++cells;
            }
        QVERIFY(cells > 1000);
        const std::string json = values_test::readShared("political/uk-commons-ep-popolo-v1.0.json", &found);
        QVERIFY(isValidUtf8(json));
        QVERIFY(!hasMojibake(json));
    }

    // Democracy Club 2015 names: 9 have a trailing space, none a leading one.
    void realDemocracyClubNames()
    {
        bool found = false;
        const std::string csv = values_test::readShared("political/democracyclub-ge2015-candidates.csv", &found);
        if (!found)
            QSKIP("shared data folder absent: " PLUMBLINE_SHARED_DATA);
        const auto rows = values_test::parseCsv(csv);
        const int c = values_test::columnIndex(rows.front(), "name");
        int trailing = 0, leading = 0;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const TextScan scan = scanText(rows[i][c]);
            trailing += scan.has(TextIssue::TrailingWhitespace);
            leading += scan.has(TextIssue::LeadingWhitespace);
        }
        QCOMPARE(trailing, 9);
        QCOMPARE(leading, 0);
    }
};

QTEST_APPLESS_MAIN(TestTextHygiene)
#include "tst_text_hygiene.moc"
