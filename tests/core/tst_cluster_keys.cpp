// Key-collision keyers (fingerprint, n-gram, phonetic), Metaphone and the bounded Levenshtein distance.
#include "cluster/cluster_keys.h"
#include "cluster/levenshtein.h"
#include "cluster/metaphone.h"

#include <QtTest>

using namespace plumbline::cluster;

namespace {

std::string u8(const char* s)
{
    return std::string(s);
}

} // namespace

class TstClusterKeys : public QObject
{
    Q_OBJECT
private slots:
    void fingerprint_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("key");
        QTest::newRow("case and order") << "Kenya Ford"
                                        << "ford kenya";
        QTest::newRow("edge and double spaces") << "  Ford   Kenya "
                                                << "ford kenya";
        QTest::newRow("punctuation removed, not split") << "Forum-For the Restoration, of Democracy!"
                                                        << "democracy forumfor of restoration the";
        QTest::newRow("repeated words once") << "the the end"
                                             << "end the";
        QTest::newRow("accents folded") << "Café Crème"
                                        << "cafe creme";
        QTest::newRow("special Latin letters") << "Straße Łódź Ørsted Æsir"
                                               << "aesir lodz orsted strasse";
        QTest::newRow("typographic quote and dash") << "Abigenga Mizero y’Abarundi – party"
                                                    << "abigenga mizero party yabarundi";
        QTest::newRow("NBSP separates words") << "High\u00a0Street"
                                              << "high street";
        QTest::newRow("tab and line break separate") << "a\tb\nc"
                                                     << "a b c";
        QTest::newRow("control character dropped") << "ab\x01"
                                                      "c"
                                                   << "abc";
        QTest::newRow("ligature decomposed") << "ﬁle"
                                             << "file";
        QTest::newRow("other scripts kept, lower-cased") << "Ελλάδα МОСКВА"
                                                         << "ελλαδα москва";
        QTest::newRow("MALE with trailing space") << "MALE "
                                                  << "male";
        QTest::newRow("only punctuation: empty") << " -- ,. "
                                                 << "";
        QTest::newRow("blank: empty") << "   "
                                      << "";
        QTest::newRow("symbols are punctuation in ASCII") << "A+B=C"
                                                          << "abc";
        QTest::newRow("digits kept") << "12 High St, SW8 1AH"
                                     << "12 1ah high st sw8";
    }
    void fingerprint()
    {
        QFETCH(QString, value);
        QFETCH(QString, key);
        const QByteArray utf8 = value.toUtf8();
        QCOMPARE(QString::fromStdString(fingerprintKey(std::string_view(utf8.data(), std::size_t(utf8.size())))), key);
    }

    void invalidUtf8DoesNotCrash()
    {
        const std::string bad = u8("caf\xc3") + u8("\xff") + " x";
        QVERIFY(!fingerprintKey(bad).empty());
        QVERIFY(!ngramKey(bad).empty());
        (void)phoneticKey(bad);
    }

    void ngram_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("key");
        QTest::newRow("paris") << "Paris" << 2 << "arispari";
        QTest::newRow("spaces and case ignored") << "PA RIS" << 2 << "arispari";
        QTest::newRow("repeated grams once") << "aaaa" << 2 << "aa";
        QTest::newRow("shorter than n") << "a" << 2 << "a";
        QTest::newRow("n = 3") << "abcd" << 3 << "abcbcd";
        QTest::newRow("accent folded before grams") << "Éa" << 2 << "ea";
        QTest::newRow("grams never cut a code point") << "αβγ" << 2 << "αββγ";
        QTest::newRow("blank") << " " << 2 << "";
    }
    void ngram()
    {
        QFETCH(QString, value);
        QFETCH(int, n);
        QFETCH(QString, key);
        const QByteArray utf8 = value.toUtf8();
        QCOMPARE(QString::fromStdString(ngramKey(std::string_view(utf8.data(), std::size_t(utf8.size())), n)), key);
    }

    void ngramJoinsSpacingVariants()
    {
        QCOMPARE(ngramKey("Mill Lane"), ngramKey("Mil lLane"));
        QVERIFY(fingerprintKey("Mill Lane") != fingerprintKey("Mil lLane"));
    }

    void metaphone_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("code");
        // Philips' phrase, as Commons Codec encodes it.
        QTest::newRow("the") << "The"
                             << "0";
        QTest::newRow("quick") << "quick"
                               << "KK";
        QTest::newRow("brown") << "brown"
                               << "BRN";
        QTest::newRow("fox") << "fox"
                             << "FKS";
        QTest::newRow("jumped") << "jumped"
                                << "JMPT";
        QTest::newRow("over") << "over"
                              << "OFR";
        QTest::newRow("lazy") << "lazy"
                              << "LS";
        QTest::newRow("dogs") << "dogs"
                              << "TKS";
        // Initial transforms.
        QTest::newRow("kn") << "knight"
                            << "NT";
        QTest::newRow("wr") << "Wright"
                            << "RT";
        QTest::newRow("wh") << "White"
                            << "WT";
        QTest::newRow("x") << "Xavier"
                           << "SFR";
        QTest::newRow("ae") << "Aeneas"
                            << "ENS";
        // Letters in context.
        QTest::newRow("mb at the end") << "lamb"
                                       << "LM";
        QTest::newRow("ph") << "Philips"
                            << "FLPS";
        QTest::newRow("sch") << "school"
                             << "SKL";
        QTest::newRow("ch before a vowel") << "Charles"
                                           << "XRLS";
        QTest::newRow("ch before a consonant") << "Christine"
                                               << "KRSTN";
        QTest::newRow("tion") << "nation"
                              << "NXN";
        QTest::newRow("dge") << "edge"
                             << "EJ";
        QTest::newRow("gh silent") << "night"
                                   << "NT";
        QTest::newRow("doubled letters once") << "Anne"
                                              << "AN";
        QTest::newRow("cc is not doubled") << "accident"
                                           << "AKSTNT";
        QTest::newRow("non-letters dropped") << "O'Neill"
                                             << "ONL";
        QTest::newRow("one letter") << "a"
                                    << "A";
        QTest::newRow("no letter") << "123"
                                   << "";
        QTest::newRow("smith") << "Smith"
                               << "SM0";
        QTest::newRow("smyth") << "Smyth"
                               << "SM0";
    }
    void metaphone()
    {
        QFETCH(QString, word);
        QFETCH(QString, code);
        QCOMPARE(QString::fromStdString(plumbline::cluster::metaphone(word.toStdString())), code);
    }

    void phonetic_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("jon/john smith/smyth") << "Jon Smith"
                                              << "John Smyth" << true;
        QTest::newRow("accent folded") << "José"
                                       << "Jose" << true;
        QTest::newRow("word order") << "Smith, John"
                                    << "John Smith" << true;
        QTest::newRow("house numbers differ") << "12 High St"
                                              << "14 High St" << false;
        QTest::newRow("different names") << "Angela Smith"
                                         << "Alan Williams" << false;
        QTest::newRow("other script kept") << "Москва"
                                           << "Киев" << false;
    }
    void phonetic()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(phoneticKey(a.toStdString()) == phoneticKey(b.toStdString()), same);
        QVERIFY(!phoneticKey(a.toStdString()).empty());
    }

    void levenshtein_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("max");
        QTest::addColumn<int>("distance");
        QTest::newRow("equal") << "kitten"
                               << "kitten" << 2 << 0;
        QTest::newRow("kitten/sitting") << "kitten"
                                        << "sitting" << 3 << 3;
        QTest::newRow("kitten/sitting beyond max") << "kitten"
                                                   << "sitting" << 2 << 3;
        QTest::newRow("one insert") << "Ford Kenya"
                                    << "Ford Kenyaa" << 1 << 1;
        QTest::newRow("empty") << ""
                               << "abc" << 3 << 3;
        QTest::newRow("length gap beyond max") << "a"
                                               << "abcd" << 2 << 3;
        QTest::newRow("code points, not bytes") << "café"
                                                << "cafe" << 1 << 1;
        QTest::newRow("transposition is two edits") << "ab"
                                                    << "ba" << 2 << 2;
    }
    void levenshtein()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, max);
        QFETCH(int, distance);
        const auto ua = a.toStdU32String(), ub = b.toStdU32String();
        QCOMPARE(boundedLevenshtein(ua, ub, max), distance);
        QCOMPARE(boundedLevenshtein(ub, ua, max), distance);
    }
};

QTEST_APPLESS_MAIN(TstClusterKeys)
#include "tst_cluster_keys.moc"
