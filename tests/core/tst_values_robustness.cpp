// Bad input never crashes, hangs or breaks a contract: every models/values function is fed the same
// deterministic stream of random byte strings (biased towards the characters the parsers care about) and
// the contracts stated in the headers are asserted on each result.

#include "values/codelist.h"
#include "values/geometry.h"
#include "values/identifiers.h"
#include "values/imprecise_date.h"
#include "values/person_name.h"
#include "values/text_hygiene.h"
#include "values/web_identifiers.h"

#include <QRandomGenerator>
#include <QTest>

using namespace plumbline::values;

namespace {

/// Random strings from an alphabet of digits, separators, letters, UTF-8 fragments and raw high bytes.
std::vector<std::string> corpus(int count)
{
    static const std::vector<std::string> atoms = {"0",
                                                   "1",
                                                   "2",
                                                   "9",
                                                   "-",
                                                   "/",
                                                   ":",
                                                   ".",
                                                   ",",
                                                   ";",
                                                   "|",
                                                   " ",
                                                   "  ",
                                                   "\t",
                                                   "\n",
                                                   "T",
                                                   "Z",
                                                   "+",
                                                   "@",
                                                   "Q",
                                                   "q",
                                                   "E",
                                                   "e",
                                                   "http",
                                                   "://",
                                                   "www.",
                                                   "mailto:",
                                                   "(",
                                                   ")",
                                                   "{",
                                                   "}",
                                                   "[",
                                                   "]",
                                                   "\"",
                                                   "POINT",
                                                   "POLYGON",
                                                   "Dr",
                                                   "MAJ GEN",
                                                   "(rtd)",
                                                   "Ã",
                                                   "©",
                                                   "â€™",
                                                   "Â",
                                                   "\xC2\xA0",
                                                   "\xE2\x80\x8B",
                                                   "\xEF\xBF\xBD",
                                                   "\x92",
                                                   "\xC3",
                                                   "\xE2\x82",
                                                   "\xF0\x9F\x98\x80",
                                                   "\xFF",
                                                   std::string(1, '\0'),
                                                   "x",
                                                   "abc",
                                                   "SW8",
                                                   "1AH"};
    QRandomGenerator rng(20240515);
    std::vector<std::string> out;
    for (int i = 0; i < count; ++i) {
        std::string s;
        const int parts = int(rng.bounded(12));
        for (int k = 0; k < parts; ++k)
            s += atoms[rng.bounded(int(atoms.size()))];
        out.push_back(std::move(s));
    }
    return out;
}

bool checkSuggestionContract(Verdict v, const std::string& suggestion)
{
    // untouched on Valid; always set on NonCanonical
    if (v == Verdict::Valid)
        return suggestion == "untouched";
    if (v == Verdict::NonCanonical)
        return suggestion != "untouched";
    return true;
}

} // namespace

class TestValuesRobustness : public QObject
{
    Q_OBJECT

private slots:
    void identifiersKeepTheirContract()
    {
        using Check = Verdict (*)(std::string_view, std::string*);
        const std::pair<const char*, Check> checks[] = {
            {"integer", [](std::string_view s, std::string* o) { return checkInteger(s, o); }},
            {"decimal", [](std::string_view s, std::string* o) { return checkDecimal(s, o); }},
            {"boolean", [](std::string_view s, std::string* o) { return checkBoolean(s, BoolStyle::YesNo, o); }},
            {"curie", [](std::string_view s, std::string* o) { return checkCurie(s, o); }},
            {"uprn", [](std::string_view s, std::string* o) { return checkUprn(s, o); }},
            {"postcode", [](std::string_view s, std::string* o) { return checkPostcode(s, o); }},
            {"gss", [](std::string_view s, std::string* o) { return checkGssCode(s, o); }},
            {"qid", [](std::string_view s, std::string* o) { return checkWikidataId(s, o); }},
            {"url", [](std::string_view s, std::string* o) { return checkUrl(s, o); }},
            {"email", [](std::string_view s, std::string* o) { return checkEmail(s, o); }},
            {"twitter", [](std::string_view s, std::string* o) { return checkTwitter(s, HandleForm::Url, o); }},
            {"facebook", [](std::string_view s, std::string* o) { return checkFacebook(s, HandleForm::Url, o); }},
        };
        for (const std::string& s : corpus(20000)) {
            for (const auto& [name, check] : checks) {
                std::string suggestion = "untouched";
                const Verdict v = check(s, &suggestion);
                QVERIFY2(checkSuggestionContract(v, suggestion), name);
                // A canonical suggestion is itself valid (idempotence of the repair).
                if (v == Verdict::NonCanonical)
                    QVERIFY2(check(suggestion, nullptr) == Verdict::Valid, (std::string(name) + ": " + s).c_str());
            }
        }
    }

    void datesKeepTheirContract()
    {
        for (const std::string& s : corpus(20000)) {
            const DateParse r = parseDate(s);
            if (!r.ok()) {
                QVERIFY(!describeDateError(s, r.error).isEmpty());
                continue;
            }
            QVERIFY(r.date.earliest <= r.date.latest);
            const DateParse again = parseDate(toIsoString(r.date));
            QVERIFY2(again.ok() && again.date.earliest == r.date.earliest && again.date.latest == r.date.latest,
                     s.c_str());
            QCOMPARE(compare(r.date, CompareOp::LessEqual, r.date) == Truth::Never, false);
        }
    }

    void textFunctionsKeepTheirContract()
    {
        for (const std::string& s : corpus(20000)) {
            const TextScan scan = scanText(s);
            const std::string clean = cleanText(s);
            QVERIFY(isValidUtf8(clean));
            QVERIFY2((scanText(clean).issues & ~std::uint32_t(TextIssue::ReplacementChar)) == 0,
                     QByteArray::fromStdString(s).toHex(' ').constData());
            if (scan.clean())
                QCOMPARE(clean, s);
            std::string repaired;
            if (isValidUtf8(s) && repairMojibake(s, &repaired))
                QVERIFY(isValidUtf8(repaired));
            (void)nameKey(s);
            (void)titleCaseName(s);
            (void)nameCase(s);
            const HonorificSplit split = splitHonorific(s);
            QVERIFY(split.name.size() <= s.size());
        }
    }

    void codelistAndGeometrySurviveNoise()
    {
        const Codelist list{"full", "outline-some", "lbc"};
        int parsed = 0;
        for (const std::string& s : corpus(5000)) {
            const CodeMatch m = list.match(s);
            QVERIFY(m.kind != CodeMatchKind::Exact || m.canonical == s);
            (void)matchMultiValue(list, s, ";|");
            parsed += inspectGeometry(s).ok();
            (void)classifyCoordinate(double(s.size()) * 1e5, -double(s.size()) * 3e4);
        }
        QVERIFY(parsed >= 0);
    }
};

QTEST_APPLESS_MAIN(TestValuesRobustness)
#include "tst_values_robustness.moc"
