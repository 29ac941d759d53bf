#include "values/web_identifiers.h"
#include "values_test_support.h"

#include <QTest>

using namespace plumbline::values;

Q_DECLARE_METATYPE(Verdict)
Q_DECLARE_METATYPE(HandleForm)

namespace {

std::string_view view(const QByteArray& b)
{
    return {b.constData(), std::size_t(b.size())};
}

constexpr auto V = Verdict::Valid;
constexpr auto N = Verdict::NonCanonical;
constexpr auto I = Verdict::Invalid;

void addColumns()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<HandleForm>("form");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QByteArray>("suggestion");
}

void row(const char* name, const char* input, Verdict v, const char* suggestion = "", HandleForm f = HandleForm::Bare)
{
    QTest::newRow(name) << QByteArray(input) << f << v << QByteArray(suggestion);
}

/// Runs `check` on the row; an empty suggestion column means "not touched".
template <class Check>
void verify(Check check)
{
    QFETCH(QByteArray, input);
    QFETCH(HandleForm, form);
    QFETCH(Verdict, verdict);
    QFETCH(QByteArray, suggestion);
    std::string out = "untouched";
    QCOMPARE(check(view(input), form, &out), verdict);
    QCOMPARE(QByteArray::fromStdString(out), suggestion.isEmpty() ? QByteArray("untouched") : suggestion);
    if (verdict == Verdict::NonCanonical)
        QCOMPARE(check(view(suggestion), form, nullptr), Verdict::Valid);
}

} // namespace

class TestWebIdentifiers : public QObject
{
    Q_OBJECT

private slots:
    void url_data()
    {
        addColumns();
        row("https",
            "https://planning.lambeth.gov.uk/online-applications/"
            "applicationDetails.do?activeTab=documents&keyVal=P1641SBOJ8S00",
            V);
        row("http with port", "http://example.org:8080/x", V);
        row("host only", "https://www.gov.uk", V);
        row("IDN bytes in host",
            "https://b\xC3\xBC"
            "cher.de/",
            V);
        row("userinfo", "https://user@example.org/", V);
        row("upper-case scheme", "HTTP://Example.ORG/Path", N, "http://example.org/Path");
        row("padded (Melton OrganisationURI)", "http://opendatacommunities.org/doc/district-council/melton ", N,
            "http://opendatacommunities.org/doc/district-council/melton");
        row("space inside (PA-30)", "https://www.example.org/a b", I, "https://www.example.org/ab");
        row("newline inside", "https://pa.melton.gov.uk/online-applications/\napplicationDetails.do", I,
            "https://pa.melton.gov.uk/online-applications/applicationDetails.do");
        row("bare domain (PA-08)", "www.liverpool.gov.uk", I, "https://www.liverpool.gov.uk");
        row("bare domain with path", "example.com/page", I, "https://example.com/page");
        row("page number (PA-30)", "P7", I);
        row("prose (PA-30)", "Click here to go to the city council entry", I);
        row("No appraisal document", "No appraisal document", I);
        row("file name is not a domain", "report.pdf", I);
        row("ftp", "ftp://example.org/file", I);
        row("no host dot", "http://localhost/", I);
        row("empty label", "http://example..org/", I);
        row("bad port", "http://example.org:http/", I);
        row("DC http;// typo", "http://http;//www.facebook.com/francisoppler", I);
        row("quote inside", "https://example.org/\"x\"", I);
        row("empty", "", I);
    }
    void url()
    {
        verify([](std::string_view s, HandleForm, std::string* o) { return checkUrl(s, o); });
    }

    void urlParts()
    {
        UrlParts p;
        QVERIFY(parseHttpUrl("https://user@www.Example.org:8443/a?b#c", &p));
        QCOMPARE(p.scheme, std::string_view("https"));
        QCOMPARE(p.host, std::string_view("www.Example.org"));
        QCOMPARE(p.rest, std::string_view("/a?b#c"));
    }

    void urlIdentity_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("http vs https") << QByteArray("http://www.parliament.uk/biographies/commons/x/1")
                                       << QByteArray("https://www.parliament.uk/biographies/commons/x/1") << true;
        QTest::newRow("www and case") << QByteArray("https://WWW.Example.org/a") << QByteArray("https://example.org/a")
                                      << true;
        QTest::newRow("trailing slash and fragment")
            << QByteArray("https://example.org/a/#top") << QByteArray("https://example.org/a") << true;
        QTest::newRow("default port") << QByteArray("https://example.org:443/a") << QByteArray("http://example.org/a")
                                      << true;
        QTest::newRow("path case matters")
            << QByteArray("https://example.org/A") << QByteArray("https://example.org/a") << false;
        QTest::newRow("other port") << QByteArray("https://example.org:8443/a") << QByteArray("https://example.org/a")
                                    << false;
        QTest::newRow("query matters") << QByteArray("https://example.org/a?id=1")
                                       << QByteArray("https://example.org/a?id=2") << false;
    }
    void urlIdentity()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, same);
        QCOMPARE(urlIdentityKey(view(a)) == urlIdentityKey(view(b)), same);
    }

    void email_data()
    {
        addColumns();
        row("plain", "adam.afriyie.mp@parliament.uk", V);
        row("Kenya .go.ke", "budalangi@parliament.go.ke", V);
        row("plus tag", "first+tag@example.co.uk", V);
        row("trailing spaces (DC 2015)", "info@chrisyork.co.uk  ", N, "info@chrisyork.co.uk");
        row("mailto prefix", "mailto:someone@example.org", N, "someone@example.org");
        row("Kenya glued by mailto (VOC-02)",
            "ababumtumwa@yahoo.commailto:budalangi@parliament.go.kemailto:namwambaa@gmail.com", I,
            "ababumtumwa@yahoo.com;budalangi@parliament.go.ke;namwambaa@gmail.com");
        row("two with semicolon", "a@example.org; b@example.org", I, "a@example.org;b@example.org");
        row("glued without separator", "a@x.comb@y.ke", I);
        row("no at", "example.org", I);
        row("no domain dot", "someone@localhost", I);
        row("numeric tld", "someone@example.123", I);
        row("double dot", "some..one@example.org", I);
        row("leading dot", ".someone@example.org", I);
        row("hyphen-edged label", "someone@-example.org", I);
        row("space inside", "some one@example.org", I);
        row("empty", "", I);
    }
    void email()
    {
        verify([](std::string_view s, HandleForm, std::string* o) { return checkEmail(s, o); });
    }

    void emailSplit()
    {
        const auto pieces = splitEmailList("hmsk@wananchi.commailto:adendualle@gmail.com");
        QCOMPARE(pieces.size(), std::size_t(2));
        QCOMPARE(pieces[0], std::string_view("hmsk@wananchi.com"));
        QCOMPARE(pieces[1], std::string_view("adendualle@gmail.com"));
        QCOMPARE(splitEmailList(" a@b.org , c@d.org;").size(), std::size_t(2));
    }

    void twitter_data()
    {
        addColumns();
        const auto U = HandleForm::Url;
        const auto A = HandleForm::At;
        row("bare (EP CSV)", "AdamAfriyie", V);
        row("underscore", "Adrian_BaileyMP", V);
        row("at sign", "@AdamAfriyie", N, "AdamAfriyie");
        row("URL to bare", "https://twitter.com/AdamAfriyie", N, "AdamAfriyie");
        row("hashbang URL (VOC-03)", "https://twitter.com/#!/AdamAfriyie", N, "AdamAfriyie");
        row("mobile and query", "http://mobile.twitter.com/alanduncanmp?lang=en", N, "alanduncanmp");
        row("x.com", "https://x.com/alanbrownsnp/status/1", N, "alanbrownsnp");
        row("schemeless", "twitter.com/alancampbellmp", N, "alancampbellmp");
        row("URL form valid (EP Popolo)", "https://twitter.com/AdamAfriyie", V, "", U);
        row("bare to URL", "AdamAfriyie", N, "https://twitter.com/AdamAfriyie", U);
        row("http to https URL", "http://www.twitter.com/AdamAfriyie", N, "https://twitter.com/AdamAfriyie", U);
        row("at form", "@AdamAfriyie", V, "", A);
        row("bare to at", "AdamAfriyie", N, "@AdamAfriyie", A);
        row("too long", "ThisHandleIsTooLong", I);
        row("intent URL", "https://twitter.com/intent/tweet?text=x", I);
        row("other host", "https://facebook.com/AdamAfriyie", I);
        row("lookalike host", "https://nottwitter.com/AdamAfriyie", I);
        row("space", "Adam Afriyie", I);
        row("empty", "", I);
    }
    void twitter() { verify(checkTwitter); }

    void facebook_data()
    {
        addColumns();
        const auto U = HandleForm::Url;
        row("page name (EP docs)", "AdamAfriyie", V);
        row("dotted name", "holloway.adam", V);
        row("URL to name", "https://www.facebook.com/holloway.adam", N, "holloway.adam");
        row("pages path gives the id", "https://www.facebook.com/pages/Alan-Duncan/150454050066?fref=ts", N,
            "150454050066");
        row("profile.php gives the id", "https://www.facebook.com/profile.php?id=100004", N, "100004");
        row("URL form valid", "https://www.facebook.com/AlanMakHavant", V, "", U);
        row("query dropped", "https://www.facebook.com/alec.shelbrooke?fref=ts", N,
            "https://www.facebook.com/alec.shelbrooke", U);
        row("trailing slash", "https://www.facebook.com/AlisonThewlissSNP/", N,
            "https://www.facebook.com/AlisonThewlissSNP", U);
        row("post path reduced to page", "https://www.facebook.com/ChrisforGlasgowSouthWest/posts/1574899609449857", N,
            "https://www.facebook.com/ChrisforGlasgowSouthWest", U);
        row("pages path kept in URL form", "https://www.facebook.com/pages/Alan-Duncan/150454050066?fref=ts", N,
            "https://www.facebook.com/pages/Alan-Duncan/150454050066", U);
        row("group is not a page", "https://www.facebook.com/groups/fabiancampaign/", I, "", U);
        row("group is not a page (bare)", "https://www.facebook.com/groups/238615108278/", I);
        row("event is not a page", "https://www.facebook.com/events/123", I);
        row("event occurrence is not a page", "https://www.facebook.com/events/805434832874601/806087049476046/", I, "",
            U);
        row("photo.php is not a page", "https://www.facebook.com/photo.php?fbid=10153&set=a.1", I);
        row("photo path is not a page", "https://www.facebook.com/photo/?fbid=10153", I);
        row("watch is not a page", "https://www.facebook.com/watch/?v=42", I);
        row("share.php is not a page", "https://www.facebook.com/share.php?u=x", I);
        row("home.php is not a page", "https://www.facebook.com/home.php#!/profile.php?id=1", I);
        row("pg path gives the page", "https://www.facebook.com/pg/AlanMakHavant/about/", N, "AlanMakHavant");
        row("pg path in URL form", "https://www.facebook.com/pg/AlanMakHavant/about/", N,
            "https://www.facebook.com/AlanMakHavant", U);
        row("profile.php without id", "https://www.facebook.com/profile.php", I);
        row("profile.php with a non-numeric id", "https://www.facebook.com/profile.php?id=abc", I);
        row("http bare host", "http://facebook.com/alanwhiteheadmp", N, "https://www.facebook.com/alanwhiteheadmp", U);
        row("en-gb subdomain", "https://en-gb.facebook.com/alasdair.mcdonnell", N,
            "https://www.facebook.com/alasdair.mcdonnell", U);
        row("fb.com", "http://fb.com/DavidMundellMP", N, "https://www.facebook.com/DavidMundellMP", U);
        row("schemeless www", "www.facebook.com/CalumKerrSNP", N, "https://www.facebook.com/CalumKerrSNP", U);
        row("name to URL", "PennyMordauntMP", N, "https://www.facebook.com/PennyMordauntMP", U);
        row("profile URL form", "https://www.facebook.com/profile.php?id=100004&ref=x", N,
            "https://www.facebook.com/profile.php?id=100004", U);
        row("profile URL valid", "https://www.facebook.com/profile.php?id=100004", V, "", U);
        row("sharer", "https://www.facebook.com/sharer.php?u=x", I);
        row("other host", "https://twitter.com/AdamAfriyie", I);
        row("lookalike host", "https://facebook.com.evil.org/x", I);
        row("host only", "https://www.facebook.com/", I);
        row("DC http;// typo", "http://http;//www.facebook.com/francisoppler", I);
        row("name with space", "Adam Afriyie", I);
    }
    void facebook() { verify(checkFacebook); }

    // Kenya term 11: 273 e-mails, 54 of them several addresses glued with "mailto:"; all others valid.
    void realKenyaEmails()
    {
        bool found = false;
        const std::string csv = values_test::readShared("political/kenya-assembly-term-11.csv", &found);
        if (!found)
            QSKIP("shared data folder absent: " PLUMBLINE_SHARED_DATA);
        const auto rows = values_test::parseCsv(csv);
        const int c = values_test::columnIndex(rows.front(), "email");
        int valid = 0, glued = 0, other = 0;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            if (rows[i][c].empty())
                continue;
            std::string suggestion;
            const Verdict v = checkEmail(rows[i][c], &suggestion);
            if (v == Verdict::Valid)
                ++valid;
            else if (v == Verdict::Invalid && suggestion.find(';') != std::string::npos)
                ++glued;
            else
                ++other;
        }
        QCOMPARE(glued, 54);
        QCOMPARE(valid, 273 - 54);
        QCOMPARE(other, 0);
    }

    // UK term 56: 584 bare Twitter handles; 235 Facebook values (231 URLs, 2 schemeless, 2 page names), of
    // which all but the 2 group URLs (groups/fabiancampaign, groups/238615108278) resolve to a page; the
    // canonical URL form is already used by most of them.
    void realUkSocial()
    {
        bool found = false;
        const std::string csv = values_test::readShared("political/uk-commons-term-56.csv", &found);
        if (!found)
            QSKIP("shared data folder absent: " PLUMBLINE_SHARED_DATA);
        const auto rows = values_test::parseCsv(csv);
        const int tw = values_test::columnIndex(rows.front(), "twitter");
        const int fb = values_test::columnIndex(rows.front(), "facebook");
        int handles = 0, pages = 0, canonicalUrls = 0, total = 0;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            if (!rows[i][tw].empty())
                handles += checkTwitter(rows[i][tw], HandleForm::Bare) == Verdict::Valid;
            if (!rows[i][fb].empty()) {
                ++total;
                const Verdict v = checkFacebook(rows[i][fb], HandleForm::Url);
                pages += v != Verdict::Invalid;
                canonicalUrls += v == Verdict::Valid;
            }
        }
        QCOMPARE(handles, 584);
        QCOMPARE(total, 235);
        QCOMPARE(pages, 233);
        QVERIFY2(canonicalUrls > 100 && canonicalUrls < 214, QByteArray::number(canonicalUrls).constData());
    }

    // Democracy Club 2015: URL columns are valid URLs except the one `http://http;//` typo; one e-mail has
    // trailing spaces.
    void realDemocracyClubUrlsAndEmails()
    {
        bool found = false;
        const std::string csv = values_test::readShared("political/democracyclub-ge2015-candidates.csv", &found);
        if (!found)
            QSKIP("shared data folder absent: " PLUMBLINE_SHARED_DATA);
        const auto rows = values_test::parseCsv(csv);
        int invalidUrls = 0, urls = 0;
        for (const char* column : {"homepage_url", "wikipedia_url", "facebook_page_url", "facebook_personal_url",
                                   "linkedin_url", "party_ppc_page_url"}) {
            const int c = values_test::columnIndex(rows.front(), column);
            QVERIFY(c >= 0);
            for (std::size_t i = 1; i < rows.size(); ++i) {
                if (rows[i][c].empty())
                    continue;
                ++urls;
                invalidUrls += checkUrl(rows[i][c]) == Verdict::Invalid;
            }
        }
        QCOMPARE(urls, 1853 + 790 + 1291 + 896 + 354 + 2374);
        QCOMPARE(invalidUrls, 1);
        const int e = values_test::columnIndex(rows.front(), "email");
        int padded = 0, bad = 0;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            if (rows[i][e].empty())
                continue;
            const Verdict v = checkEmail(rows[i][e]);
            padded += v == Verdict::NonCanonical;
            bad += v == Verdict::Invalid;
        }
        QCOMPARE(padded, 1);
        QCOMPARE(bad, 0);
    }
};

QTEST_APPLESS_MAIN(TestWebIdentifiers)
#include "tst_web_identifiers.moc"
