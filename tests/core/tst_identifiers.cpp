#include "values/identifiers.h"
#include "values_test_support.h"

#include <QTest>

#include <array>

using namespace plumbline::values;

Q_DECLARE_METATYPE(Verdict)
Q_DECLARE_METATYPE(BoolStyle)

namespace {

std::string_view view(const QByteArray& b)
{
    return {b.constData(), std::size_t(b.size())};
}

// Every check: (name, input, verdict, suggestion). The suggestion column is only compared when the
// verdict is not Valid; for Valid the test asserts the suggestion string was not touched.
void addColumns()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QByteArray>("suggestion");
}

void row(const char* name, const char* input, Verdict v, const char* suggestion = "")
{
    QTest::newRow(name) << QByteArray(input) << v << QByteArray(suggestion);
}

template <class Check>
void verify(Check check)
{
    QFETCH(QByteArray, input);
    QFETCH(Verdict, verdict);
    QFETCH(QByteArray, suggestion);
    std::string out = "untouched";
    QCOMPARE(check(view(input), &out), verdict);
    if (verdict == Verdict::Valid || (verdict == Verdict::Invalid && suggestion.isEmpty()))
        QCOMPARE(out, std::string("untouched"));
    else
        QCOMPARE(QByteArray::fromStdString(out), suggestion);
    // The suggestion, when given for a repair, is itself Valid.
    if (verdict != Verdict::Valid && !suggestion.isEmpty())
        QCOMPARE(check(view(suggestion), nullptr), Verdict::Valid);
}

constexpr auto V = Verdict::Valid;
constexpr auto N = Verdict::NonCanonical;
constexpr auto I = Verdict::Invalid;

} // namespace

class TestIdentifiers : public QObject
{
    Q_OBJECT

private slots:
    void integer_data()
    {
        addColumns();
        row("plain", "410", V);
        row("negative", "-12", V);
        row("zero", "0", V);
        row("18 digits", "123456789012345678", V);
        row("19 digits overflow risk", "1234567890123456789", I);
        row("plus sign", "+5", N, "5");
        row("trailing .0 (PA-31)", "44003382.0", N, "44003382");
        row("thousands", "1,234,567", N, "1234567");
        row("pound and thousands",
            "\xC2\xA3"
            "1,250",
            N, "1250");
        row("surrounding spaces", " 56 ", N, "56");
        row("fraction", "0.08", I);
        row("European decimal comma", "1,5", I);
        row("bad grouping", "12,34", I);
        row("exponent", "1.00023E+11", I);
        row("prose (PA-31)", "700 (200 net)", I);
        row("comparison (PA-31)", ">1", I);
        row("empty", "", I);
        row("sign only", "-", I);
    }
    void integer()
    {
        verify([](std::string_view s, std::string* o) { return checkInteger(s, o); });
    }

    void decimal_data()
    {
        addColumns();
        row("integer", "20696", V);
        row("fraction (GroundArea)", "0.08", V);
        row("leading dot", ".5", V);
        row("trailing dot", "5.", V);
        row("negative coordinate", "-59185.9921", V);
        row("plus", "+1.5", N, "1.5");
        row("thousands with fraction", "1,234.50", N, "1234.50");
        row("pound",
            "\xC2\xA3"
            "12.50",
            N, "12.50");
        row("exponent (PA-24)", "6.0997E+5", N, "609970");
        row("small exponent", "1e-3", N, "0.001");
        row("spaces", "0.3 ", N, "0.3");
        row("dot only", ".", I);
        row("inf", "inf", I);
        row("nan", "nan", I);
        row("hex", "0x1A", I);
        row("two dots", "1.2.3", I);
        row("prose", "about 3", I);
    }
    void decimal()
    {
        verify([](std::string_view s, std::string* o) { return checkDecimal(s, o); });
    }

    void decimalValues()
    {
        double v = 0;
        QVERIFY(parseDecimal("3868174.295", &v));
        QCOMPARE(v, 3868174.295);
        QVERIFY(parseDecimal("-215452.8607", &v));
        QCOMPARE(v, -215452.8607);
        QVERIFY(parseDecimal(".5", &v));
        QCOMPARE(v, 0.5);
        QVERIFY(parseDecimal("+2", &v));
        QCOMPARE(v, 2.0);
        QVERIFY(!parseDecimal("1e5", &v));
        std::int64_t i = 0;
        QVERIFY(parseInteger("-42", &i));
        QCOMPARE(i, std::int64_t(-42));
    }

    void boolean_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<BoolStyle>("style");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QByteArray>("suggestion");
        const auto r = [](const char* name, const char* in, BoolStyle s, Verdict v, const char* sug) {
            QTest::newRow(name) << QByteArray(in) << s << v << QByteArray(sug);
        };
        r("flag yes", "yes", BoolStyle::YesNo, V, "");
        r("flag Y (platform accepts y)", "Y", BoolStyle::YesNo, N, "yes");
        r("flag n", "n", BoolStyle::YesNo, N, "no");
        r("flag TRUE", "TRUE", BoolStyle::YesNo, N, "yes");
        r("flag 0", "0", BoolStyle::YesNo, N, "no");
        r("flag Developable (brownfield)", "Developable", BoolStyle::YesNo, I, "");
        r("true", "true", BoolStyle::TrueFalse, V, "");
        r("PPA true in title style", "true", BoolStyle::TrueFalseTitle, N, "True");
        r("DC elected False", "False", BoolStyle::TrueFalseTitle, V, "");
        r("Yes as true", "Yes", BoolStyle::TrueFalse, N, "true");
        r("padded no", " no ", BoolStyle::YesNo, N, "no");
        r("one", "1", BoolStyle::OneZero, V, "");
        r("no as 0", "No", BoolStyle::OneZero, N, "0");
        r("empty", "", BoolStyle::YesNo, I, "");
        r("maybe", "maybe", BoolStyle::TrueFalse, I, "");
        r("yes please", "yes please", BoolStyle::YesNo, I, "");
    }
    void boolean()
    {
        QFETCH(QByteArray, input);
        QFETCH(BoolStyle, style);
        QFETCH(Verdict, verdict);
        QFETCH(QByteArray, suggestion);
        std::string out = "untouched";
        QCOMPARE(checkBoolean(view(input), style, &out), verdict);
        QCOMPARE(QByteArray::fromStdString(out), suggestion.isEmpty() ? QByteArray("untouched") : suggestion);
    }

    void curie_data()
    {
        addColumns();
        row("local-authority-eng:BIR", "local-authority-eng:BIR", V);
        row("planning authority (MHCLG file)", "local-authority:MAN", V);
        row("national park QID reference", "national-park-authority:Q27159704", V);
        row("reference may contain colon later", "prefix:a:b", V);
        row("upper-case prefix", "Local-Authority:BIR", N, "local-authority:BIR");
        row("padded", " local-authority:CMD", N, "local-authority:CMD");
        row("name (PA-08)", "Wigan Council", I);
        row("host (PA-08)", "www.liverpool.gov.uk", I);
        row("URL is not a CURIE", "http://opendatacommunities.org/id/district-council/melton", I);
        row("reference starts with colon", "local-authority::BIR", I);
        row("space in reference", "local-authority:B IR", I);
        row("empty reference", "local-authority:", I);
        row("empty prefix", ":BIR", I);
        row("underscore in prefix", "local_authority:BIR", I);
    }
    void curie()
    {
        verify([](std::string_view s, std::string* o) { return checkCurie(s, o); });
    }

    void curieParts()
    {
        Curie c;
        QVERIFY(splitCurie("local-authority:BST", &c));
        QCOMPARE(c.prefix, std::string_view("local-authority"));
        QCOMPARE(c.reference, std::string_view("BST"));
    }

    void uprn_data()
    {
        addColumns();
        row("12 digits", "100021234567", V);
        row("short", "10023", V);
        row("one digit", "7", V);
        row("label (PA-28)", "UPRN: 100021234567", N, "100021234567");
        row("lower-case label", "uprn 100021234567", N, "100021234567");
        row("inner space (PA-28)", "10023 4567", N, "100234567");
        row("trailing .0", "100021234567.0", N, "100021234567");
        row("leading zero", "0010023", N, "10023");
        row("padded", "100021234567 ", N, "100021234567");
        row("exponent loses digits (PA-28)", "1.00023E+11", I);
        row("13 digits", "1000212345678", I);
        row("zero", "0", I);
        row("letters", "ABC123", I);
        row("negative", "-5", I);
        row("fraction", "12.5", I);
        row("empty", "", I);
    }
    void uprn()
    {
        verify([](std::string_view s, std::string* o) { return checkUprn(s, o); });
    }

    void usrn_data()
    {
        addColumns();
        row("8 digits", "21001234", V);
        row("label", "USRN 21001234", N, "21001234");
        row("9 digits", "210012345", I);
        row("UPRN label is not a USRN label", "UPRN 21001234", I);
    }
    void usrn()
    {
        verify([](std::string_view s, std::string* o) { return checkUsrn(s, o); });
    }

    void postcode_data()
    {
        addColumns();
        row("A9 9AA", "M1 1AE", V);
        row("A99 9AA", "B33 8TH", V);
        row("AA9 9AA", "SO16 8AD", V);
        row("AA99 9AA", "GU51 4EB", V);
        row("A9A 9AA", "W1A 0AX", V);
        row("AA9A 9AA", "EC1A 1BB", V);
        row("Lambeth SW8 1AH", "SW8 1AH", V);
        row("GIR 0AA", "GIR 0AA", V);
        row("BFPO", "BFPO 1234", V);
        row("lower, no space (PA-29)", "sw81ah", N, "SW8 1AH");
        row("double space and dot (PA-29)", "SW8  1AH.", N, "SW8 1AH");
        row("GIR without space", "gir0aa", N, "GIR 0AA");
        row("BFPO without space", "BFPO123", N, "BFPO 123");
        row("padded", " RG29 1SH ", N, "RG29 1SH");
        row("Q cannot start", "QA1 1AA", I);
        row("inward C not allowed", "SW8 1AC", I);
        row("second letter I not allowed", "AI1 1AA", I);
        row("too short", "SW8", I);
        row("outward code only", "SW1A", I);
        row("too long", "SW1AA 1AA", I);
        row("punctuation inside", "SW8-1AH", I);
        row("place name", "Eastleigh", I);
        row("overseas territory", "ASCN 1ZZ", I);
    }
    void postcode()
    {
        verify([](std::string_view s, std::string* o) { return checkPostcode(s, o); });
    }

    void gss_data()
    {
        addColumns();
        row("unitary authority", "E06000047", V);
        row("non-met district", "E07000110", V);
        row("Westminster constituency E14", "E14000530", V);
        row("Welsh constituency W07", "W07000049", V);
        row("Scottish council area", "S12000033", V);
        row("NI constituency N06", "N06000001", V);
        row("lower case", "e06000047", N, "E06000047");
        row("label (PA-10)", "Maidstone E07000110", N, "E07000110");
        row("URI (PA-08)", "http://opendatacommunities.org/geography/administration/ua/E06000007", N, "E06000007");
        row("missing zero (PA-10)", "E7000110", I, "E07000110");
        row("unknown entity", "E99000001", I);
        row("too long", "E060000471", I);
        row("letter inside", "E06A00047", I);
        row("embedded in a longer token", "XE06000047", I);
        row("empty", "", I);
    }
    void gss()
    {
        verify([](std::string_view s, std::string* o) { return checkGssCode(s, o); });
    }

    void gssAllowedEntities()
    {
        static constexpr std::array<std::string_view, 6> lpa{"E06", "E07", "E08", "E09", "E10", "E60"};
        std::string out;
        QCOMPARE(checkGssCode("E07000110", &out, lpa), Verdict::Valid);
        QCOMPARE(checkGssCode("E14000530", &out, lpa), Verdict::Invalid);
        QCOMPARE(checkGssCode("E60000001", &out, lpa), Verdict::Valid);
        QCOMPARE(gssEntityName("E06"), std::string_view("unitary authority"));
        QVERIFY(gssEntityName("E99").empty());
    }

    void wikidata_data()
    {
        addColumns();
        row("QID", "Q258473", V);
        row("Q1", "Q1", V);
        row("lower-case q (ID-02)", "q20067765", N, "Q20067765");
        row("entity URL (ID-02)", "http://www.wikidata.org/entity/Q42", N, "Q42");
        row("wiki URL", "https://www.wikidata.org/wiki/Q16345653", N, "Q16345653");
        row("wd prefix", "wd:Q42", N, "Q42");
        row("property (ID-02)", "P39", I);
        row("digit first (ID-02)", "2Q0067765", I);
        row("leading zero", "Q012", I);
        row("Q0", "Q0", I);
        row("Q alone", "Q", I);
        row("letters", "Qabc", I);
    }
    void wikidata()
    {
        verify([](std::string_view s, std::string* o) { return checkWikidataId(s, o); });
    }

    // Democracy Club 2015: every gss_code is a Westminster constituency of one of the four nations.
    void realDemocracyClubGssCodes()
    {
        bool found = false;
        const std::string csv = values_test::readShared("political/democracyclub-ge2015-candidates.csv", &found);
        if (!found)
            QSKIP("shared data folder absent: " PLUMBLINE_SHARED_DATA);
        const auto rows = values_test::parseCsv(csv);
        const int c = values_test::columnIndex(rows.front(), "gss_code");
        static constexpr std::array<std::string_view, 4> westminster{"E14", "W07", "S14", "N06"};
        int valid = 0;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            QVERIFY2(checkGssCode(rows[i][c], nullptr, westminster) == Verdict::Valid, rows[i][c].c_str());
            ++valid;
        }
        QCOMPARE(valid, 3971);
        // `elected` is True, False or empty: the non-empty ones are valid title-case booleans.
        const int e = values_test::columnIndex(rows.front(), "elected");
        int booleans = 0;
        for (std::size_t i = 1; i < rows.size(); ++i)
            if (!rows[i][e].empty())
                booleans += checkBoolean(rows[i][e], BoolStyle::TrueFalseTitle) == Verdict::Valid;
        QCOMPARE(booleans, 144);
    }

    // Hampshire LocationText ends in a postcode in 23 of 25 rows (two end in a place name).
    void realHampshirePostcodes()
    {
        bool found = false;
        const std::string csv = values_test::readShared("planning/example-planning-applications.csv", &found);
        if (!found)
            QSKIP("shared data folder absent: " PLUMBLINE_SHARED_DATA);
        const auto rows = values_test::parseCsv(csv);
        const int c = values_test::columnIndex(rows.front(), "LocationText");
        int postcodes = 0;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const std::string& text = rows[i][c];
            const std::size_t last = text.rfind(' ');
            const std::size_t before = last == std::string::npos ? last : text.rfind(' ', last - 1);
            if (before == std::string::npos)
                continue;
            postcodes += checkPostcode(std::string_view(text).substr(before + 1)) == Verdict::Valid;
        }
        QCOMPARE(postcodes, 23);
    }

    // Every Wikidata-looking identifier in the three EP Popolo files is a valid QID.
    void realPopoloQids()
    {
        int count = 0;
        for (const char* file :
             {"political/burundi-assembly-ep-popolo-v1.0.json", "political/kenya-assembly-ep-popolo-v1.0.json",
              "political/uk-commons-ep-popolo-v1.0.json"}) {
            bool found = false;
            const std::string json = values_test::readShared(file, &found);
            if (!found)
                QSKIP("shared data folder absent: " PLUMBLINE_SHARED_DATA);
            for (const std::string& v : values_test::jsonStringValues(json, "identifier")) {
                if (v.empty() || (v[0] != 'Q' && v[0] != 'q'))
                    continue;
                QVERIFY2(checkWikidataId(v) == Verdict::Valid, v.c_str());
                ++count;
            }
        }
        QCOMPARE(count, 792);
    }

    // The MHCLG planning-application file: planning-authority is a CURIE (one row is blank).
    void realPlanningAuthorityCuries()
    {
        bool found = false;
        const std::string csv = values_test::readShared("planning/planning-application.csv", &found);
        if (!found)
            QSKIP("shared data folder absent: " PLUMBLINE_SHARED_DATA);
        auto rows = values_test::parseCsv(csv);
        if (rows.front().front().starts_with("\xEF\xBB\xBF"))
            rows.front().front().erase(0, 3);
        const int c = values_test::columnIndex(rows.front(), "planning-authority");
        QVERIFY(c >= 0);
        int curies = 0, blank = 0;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            if (rows[i][c].empty())
                ++blank;
            else
                curies += checkCurie(rows[i][c]) == Verdict::Valid;
        }
        QCOMPARE(curies, 20);
        QCOMPARE(blank, 1);
    }
};

QTEST_APPLESS_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
