// The per-cell checks of models/values must not allocate on valid input (the rule engine may call them
// for every cell of a high-cardinality column). This suite counts global operator new calls around each
// happy-path call, and reports the time per call with QBENCHMARK (run with -iterations N to measure).

#include "values/codelist.h"
#include "values/identifiers.h"
#include "values/imprecise_date.h"
#include "values/text_hygiene.h"
#include "values/web_identifiers.h"

#include <QTest>

#include <atomic>
#include <cstdlib>
#include <functional>
#include <new>

namespace {
std::atomic<long> g_allocations{0};
}

void* operator new(std::size_t size)
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept
{
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept
{
    std::free(p);
}

using namespace plumbline::values;

namespace {

/// Allocations made by `f`.
template <class F>
long allocationsOf(F&& f)
{
    const long before = g_allocations.load();
    f();
    return g_allocations.load() - before;
}

} // namespace

class TestValuesHotPath : public QObject
{
    Q_OBJECT

private slots:
    void noAllocationOnValidValues()
    {
        const Codelist types{"full", "outline-some", "reserved-matters", "lbc"};
        std::string suggestion;
        volatile int sink = 0;
        // Each lambda returns true when the value was accepted; both conditions are asserted.
        const std::pair<const char*, std::function<bool()>> checks[] = {
            {"parseDate day", [] { return parseDate("1954-09-23").ok(); }},
            {"parseDate year", [] { return parseDate("1954").ok(); }},
            {"parseDate datetime", [] { return parseDate("2013-06-04T10:30:15+01:00").ok(); }},
            {"parseDate UK", [] { return parseDate("23/09/1954").ok(); }},
            {"compare",
             [] {
                 return compare(parseDate("1954").date, CompareOp::Less, parseDate("1955-01").date) ==
                        Truth::Definitely;
             }},
            {"formatIso",
             [] {
                 char buffer[32];
                 return formatIso(parseDate("1954-09-23").date, buffer) == 10;
             }},
            {"checkInteger", [&] { return checkInteger("20696", &suggestion) == Verdict::Valid; }},
            {"checkDecimal", [&] { return checkDecimal("-59185.9921", &suggestion) == Verdict::Valid; }},
            {"parseDecimal",
             [] {
                 double v = 0;
                 return parseDecimal("3868174.295", &v) && v > 0;
             }},
            {"checkBoolean", [&] { return checkBoolean("yes", BoolStyle::YesNo, &suggestion) == Verdict::Valid; }},
            {"checkCurie", [&] { return checkCurie("local-authority-eng:BIR", &suggestion) == Verdict::Valid; }},
            {"checkUprn", [&] { return checkUprn("100021234567", &suggestion) == Verdict::Valid; }},
            {"checkPostcode", [&] { return checkPostcode("SW8 1AH", &suggestion) == Verdict::Valid; }},
            {"checkGssCode", [&] { return checkGssCode("E06000047", &suggestion) == Verdict::Valid; }},
            {"checkWikidataId", [&] { return checkWikidataId("Q258473", &suggestion) == Verdict::Valid; }},
            {"checkUrl",
             [&] {
                 return checkUrl("https://planning.lambeth.gov.uk/online-applications/applicationDetails.do",
                                 &suggestion) == Verdict::Valid;
             }},
            {"checkEmail", [&] { return checkEmail("adam.afriyie.mp@parliament.uk", &suggestion) == Verdict::Valid; }},
            {"checkTwitter",
             [&] { return checkTwitter("AdamAfriyie", HandleForm::Bare, &suggestion) == Verdict::Valid; }},
            {"checkFacebook",
             [&] {
                 return checkFacebook("https://www.facebook.com/holloway.adam", HandleForm::Url, &suggestion) ==
                        Verdict::Valid;
             }},
            {"scanText ASCII", [] { return scanText("Hellen Sambili").clean(); }},
            {"scanText UTF-8", [] { return scanText("Amélie Müller-Lüdenscheidt – Top O’ T’ Town").clean(); }},
            {"codelist exact", [&] { return types.match("outline-some").exact(); }},
            {"codelist folded", [&] { return types.match(" Reserved Matters ").resolved(); }},
        };
        for (const auto& [name, check] : checks) {
            bool accepted = false;
            const long n = allocationsOf([&] { accepted = check(); });
            QVERIFY2(accepted, name);
            QVERIFY2(n == 0, qPrintable(QStringLiteral("%1 allocated %2 times").arg(QLatin1String(name)).arg(n)));
            sink = sink + 1;
        }
        QVERIFY(suggestion.empty()); // never written on a valid value
    }

    void allocationCounterWorks()
    {
        // Guard against a counter that cannot fail: building a long suggestion does allocate.
        std::string suggestion;
        QCOMPARE(checkUrl("www.liverpool.gov.uk/a/rather/long/path/to/exceed/the/small/string/buffer", &suggestion),
                 Verdict::Invalid);
        suggestion.clear();
        suggestion.shrink_to_fit();
        QVERIFY(allocationsOf([&] {
                    checkUrl("www.liverpool.gov.uk/a/rather/long/path/to/exceed/the/small/string/buffer", &suggestion);
                }) > 0);
    }

    void benchmarkParseDate()
    {
        int ok = 0;
        QBENCHMARK
        {
            ok += parseDate("1954-09-23").ok();
        }
        QVERIFY(ok > 0);
    }

    void benchmarkScanText()
    {
        int clean = 0;
        QBENCHMARK
        {
            clean += scanText("Rownhams St Johns C of E Primary School, Bakers Drove, Rownhams Southampton SO16 8AD")
                         .clean();
        }
        QVERIFY(clean > 0);
    }

    void benchmarkCodelist()
    {
        const Codelist types{"full", "outline-some", "reserved-matters", "lbc", "hh", "pip", "s73"};
        int resolved = 0;
        QBENCHMARK
        {
            resolved += types.match("Reserved Matters").resolved();
        }
        QVERIFY(resolved > 0);
    }
};

QTEST_APPLESS_MAIN(TestValuesHotPath)
#include "tst_values_hot_path.moc"
