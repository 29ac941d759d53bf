// The planning sample generator: determinism, shape, clean-data invariants and injected defects.
// The invariants are checked by an independent checker here (own CSV splitter, QDate, QRegularExpression), so a
// defect the generator reports must break at least one invariant and a clean row must break none.
#include "sample/planning_sample_generator.h"
#include "sample/planning_sample_vocabulary.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <string>
#include <vector>

using namespace plumbline;
using namespace plumbline::planningsample;

namespace {

using Record = std::vector<QByteArray>;

/// A plain RFC 4180 splitter, independent of the project's reader.
std::vector<Record> parseCsv(const QByteArray& bytes)
{
    std::vector<Record> records;
    Record record;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (quoted) {
            if (c == '"' && i + 1 < bytes.size() && bytes[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            record.push_back(field);
            field.clear();
        } else if (c == '\n') {
            record.push_back(field);
            field.clear();
            records.push_back(std::move(record));
            record.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.empty()) {
        record.push_back(field);
        records.push_back(std::move(record));
    }
    return records;
}

QByteArray sv(std::string_view v)
{
    return QByteArray(v.data(), qsizetype(v.size()));
}

template <class List>
bool contains(const List& list, const QByteArray& value)
{
    for (const auto& item : list)
        if (sv(item) == value)
            return true;
    return false;
}

/// The platform's England polygon: POLYGON((2.95 56, 2.95 49.5, -7 49.5, -7 53.4, -4 53.4, -4 56, 2.95 56)).
bool insideEngland(double lon, double lat)
{
    if (lon < -7 || lon > 2.95 || lat < 49.5 || lat > 56)
        return false;
    return !(lon < -4 && lat > 53.4);
}

/// Checks clean-data invariants across rows; violations() names each broken invariant as "kind:column".
class InvariantChecker
{
public:
    explicit InvariantChecker(const Record& header)
    {
        for (std::size_t i = 0; i < header.size(); ++i)
            m_index.insert(header[i], int(i));
    }

    QStringList violations(const Record& row)
    {
        QStringList out;
        if (row.size() != std::size_t(m_index.size())) {
            out << QStringLiteral("shape:row");
            return out;
        }
        const auto at = [&](const char* name) { return row[std::size_t(m_index.value(QByteArray(name)))]; };
        const auto flag = [&](const char* kind, const char* column) {
            out << QLatin1String(kind) + QLatin1Char(':') + QLatin1String(column);
        };

        for (const char* column : {"reference", "organisation", "description", "address-text", "start-date", "point"})
            if (at(column).isEmpty())
                flag("required", column);
        const QByteArray reference = at("reference");
        if (!reference.isEmpty()) {
            if (m_references.contains(reference))
                flag("unique", "reference");
            m_references.insert(reference);
        }
        if (at("name") == reference && !reference.isEmpty())
            flag("compare", "name");

        QDate dates[4];
        const char* dateColumns[4] = {"start-date", "decision-date", "end-date", "entry-date"};
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        for (int i = 0; i < 4; ++i) {
            const QString text = QString::fromUtf8(at(dateColumns[i]));
            if (text.isEmpty())
                continue;
            dates[i] = QDate::fromString(text, Qt::ISODate);
            if (!iso.match(text).hasMatch() || !dates[i].isValid())
                flag("date", dateColumns[i]);
            else if (dates[i] < QDate(2017, 1, 1) || dates[i] > QDate(2026, 10, 31))
                flag("range", dateColumns[i]);
        }
        if (dates[0].isValid() && dates[1].isValid() && dates[1] < dates[0])
            flag("order", "decision-date");
        if (dates[0].isValid() && dates[2].isValid() && dates[2] < dates[0])
            flag("order", "end-date");
        for (int i = 0; i < 3; ++i)
            if (dates[i].isValid() && dates[3].isValid() && dates[3] < dates[i])
                flag("order", "entry-date");

        const QByteArray organisation = at("organisation");
        bool knownOrganisation = false;
        for (const auto& o : organisations()) {
            if (sv(o.curie) != organisation)
                continue;
            knownOrganisation = true;
            const qint64 start = dates[0].isValid() ? QDate(1970, 1, 1).daysTo(dates[0]) : -1;
            if (start >= 0 && ((o.endDays && start > o.endDays) || start < o.startDays))
                flag("active", "organisation");
        }
        if (!organisation.isEmpty() && !knownOrganisation)
            flag("codelist", "organisation");

        if (!contains(kApplicationTypes, at("planning-application-type")))
            flag("codelist", "planning-application-type");
        const QByteArray status = at("planning-application-status");
        if (!contains(kStatuses, status))
            flag("codelist", "planning-application-status");
        if (!at("planning-decision").isEmpty() && !contains(kDecisions, at("planning-decision")))
            flag("codelist", "planning-decision");
        if (!at("planning-decision-type").isEmpty() && !contains(kDecisionTypes, at("planning-decision-type")))
            flag("codelist", "planning-decision-type");
        const bool hasDecision = !at("planning-decision").isEmpty() || !at("decision-date").isEmpty();
        const bool fullDecision = !at("planning-decision").isEmpty() && !at("decision-date").isEmpty() &&
                                  !at("planning-decision-type").isEmpty();
        if (((status == "withdrawn" || status == "pending") && hasDecision) ||
            ((status == "decided" || status == "appealed") && !fullDecision))
            flag("conditional", "planning-application-status");

        static const QRegularExpression postcode(
            QStringLiteral("^(GIR ?0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?|[0-9][A-HJKPS-UW]) "
                           "?[0-9][ABD-HJLNP-UW-Z]{2})$"),
            QRegularExpression::CaseInsensitiveOption);
        if (!postcode.match(QString::fromUtf8(at("postcode"))).hasMatch())
            flag("pattern", "postcode");
        static const QRegularExpression uprn(QStringLiteral("^(\\d{11,12})?$"));
        if (!uprn.match(QString::fromUtf8(at("uprn"))).hasMatch())
            flag("pattern", "uprn");

        static const QRegularExpression point(QStringLiteral("^POINT \\((-?\\d+\\.\\d{6}) (-?\\d+\\.\\d{6})\\)$"));
        if (!at("point").isEmpty()) {
            const auto m = point.match(QString::fromUtf8(at("point")));
            if (!m.hasMatch() || !insideEngland(m.captured(1).toDouble(), m.captured(2).toDouble()))
                flag("geometry", "point");
        }

        for (const auto& [name, index] : m_index.asKeyValueRange()) {
            const QByteArray& value = row[std::size_t(index)];
            if (value.startsWith(' ') || value.endsWith(' ') || value.contains("  ") || value.contains("\xC2\xA0"))
                out << QStringLiteral("whitespace:") + QString::fromUtf8(name);
            if (value.contains("\xC3\xA2\xE2\x82\xAC") || value.contains("\xC3\x83"))
                out << QStringLiteral("encoding:") + QString::fromUtf8(name);
        }
        return out;
    }

private:
    QHash<QByteArray, int> m_index;
    QSet<QByteArray> m_references;
};

/// The invariant each defect kind must break (a prefix of the violation id).
QString expectedViolation(PlanningDefect defect)
{
    switch (defect) {
    case PlanningDefect::MissingReference:
        return QStringLiteral("required:reference");
    case PlanningDefect::DuplicateReference:
        return QStringLiteral("unique:reference");
    case PlanningDefect::NameIsReference:
        return QStringLiteral("compare:name");
    case PlanningDefect::DecisionBeforeStart:
        return QStringLiteral("order:decision-date");
    case PlanningDefect::DayFirstDate:
        return QStringLiteral("date:start-date");
    case PlanningDefect::ImpossibleDate:
        return QStringLiteral("date:decision-date");
    case PlanningDefect::FarFutureDate:
        return QStringLiteral("range:decision-date");
    case PlanningDefect::StatusNotInCodelist:
        return QStringLiteral("codelist:planning-application-status");
    case PlanningDefect::DecisionSynonym:
        return QStringLiteral("codelist:planning-decision");
    case PlanningDefect::CodelistCase:
        return QStringLiteral("codelist:planning-");
    case PlanningDefect::TrailingSpace:
        return QStringLiteral("whitespace:planning-");
    case PlanningDefect::WithdrawnWithDecision:
        return QStringLiteral("conditional:planning-application-status");
    case PlanningDefect::UnknownOrganisation:
        return QStringLiteral("codelist:organisation");
    case PlanningDefect::AbolishedOrganisation:
        return QStringLiteral("active:organisation");
    case PlanningDefect::MalformedPostcode:
        return QStringLiteral("pattern:postcode");
    case PlanningDefect::LatLonSwapped:
    case PlanningDefect::OutsideEngland:
    case PlanningDefect::OsgbInWgs84:
        return QStringLiteral("geometry:point");
    case PlanningDefect::StrayWhitespace:
    case PlanningDefect::NonBreakingSpace:
        return QStringLiteral("whitespace:address-text");
    case PlanningDefect::Mojibake:
        return QStringLiteral("encoding:description");
    case PlanningDefect::EmptyRequiredField:
        return QStringLiteral("required:");
    case PlanningDefect::UprnExponent:
        return QStringLiteral("pattern:uprn");
    }
    return {};
}

PlanningSampleOptions options(qint64 rows, quint64 seed, double rate)
{
    PlanningSampleOptions o;
    o.rows = rows;
    o.seed = seed;
    o.defectRate = rate;
    return o;
}

} // namespace

class TestPlanningSample : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameBytes_data();
    void sameSeedSameBytes();
    void differentSeedDifferentBytes();
    void shapeAndHeader_data();
    void shapeAndHeader();
    void cleanRowsKeepEveryInvariant();
    void defectsBreakTheirInvariant_data();
    void defectsBreakTheirInvariant();
    void averageRowSize();
    void fileMatchesBytesAndCancelLeavesNothing();
    void rejectsBadOptions();
    void lateDecisionShare_data();
    void lateDecisionShare();
    void vocabularyIsConsistent();
    void bundledSampleIsCurrent();
};

void TestPlanningSample::sameSeedSameBytes_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<double>("rate");
    QTest::newRow("seed 1, default defects") << quint64(1) << 0.01;
    QTest::newRow("seed 42, clean") << quint64(42) << 0.0;
    QTest::newRow("seed 2^63, many defects") << (quint64(1) << 63) << 0.3;
}

void TestPlanningSample::sameSeedSameBytes()
{
    QFETCH(quint64, seed);
    QFETCH(double, rate);
    const QByteArray a = generatePlanningSample(options(3000, seed, rate));
    const QByteArray b = generatePlanningSample(options(3000, seed, rate));
    QVERIFY(!a.isEmpty());
    QCOMPARE(a, b);
}

void TestPlanningSample::differentSeedDifferentBytes()
{
    const QByteArray a = generatePlanningSample(options(500, 1, 0.01));
    const QByteArray b = generatePlanningSample(options(500, 2, 0.01));
    QVERIFY(a != b);
    // The header is the same; the rows differ from the first one on.
    QCOMPARE(a.left(a.indexOf('\n')), b.left(b.indexOf('\n')));
    QVERIFY(a.mid(a.indexOf('\n'), 200) != b.mid(b.indexOf('\n'), 200));
    // A seed fixes the bytes across versions too: this digest is part of the contract (docs/sample-data.md).
    // If a deliberate change to the generator alters it, update the digest, the bundled sample and the docs.
    QCOMPARE(QCryptographicHash::hash(generatePlanningSample(options(1000, 1, 0.01)), QCryptographicHash::Sha256)
                 .toHex()
                 .left(16),
             QByteArray("aabf65434e679107"));
}

void TestPlanningSample::shapeAndHeader_data()
{
    QTest::addColumn<qint64>("rows");
    QTest::newRow("no rows") << qint64(0);
    QTest::newRow("one row") << qint64(1);
    QTest::newRow("2,500 rows") << qint64(2500);
}

void TestPlanningSample::shapeAndHeader()
{
    QFETCH(qint64, rows);
    const QByteArray bytes = generatePlanningSample(options(rows, 1, 0.05));
    QVERIFY(bytes.endsWith('\n'));
    const auto records = parseCsv(bytes);
    QCOMPARE(qint64(records.size()), rows + 1);
    const QList<QByteArray> expected =
        QByteArrayLiteral("reference,organisation,name,description,planning-application-type,"
                          "address-text,postcode,uprn,point,ground-area,start-date,decision-date,"
                          "end-date,planning-application-status,planning-decision,"
                          "planning-decision-type,documentation-url,entry-date")
            .split(',');
    QCOMPARE(QList<QByteArray>(records[0].begin(), records[0].end()), expected);
    for (const auto& record : records)
        QCOMPARE(record.size(), std::size_t(18));
}

void TestPlanningSample::cleanRowsKeepEveryInvariant()
{
    PlanningSampleReport report;
    const auto records = parseCsv(generatePlanningSample(options(20000, 9, 0.0), &report));
    QCOMPARE(report.defects.size(), std::size_t(0));
    QCOMPARE(report.rows, qint64(20000));
    InvariantChecker checker(records[0]);
    for (std::size_t i = 1; i < records.size(); ++i) {
        const QStringList broken = checker.violations(records[i]);
        if (!broken.isEmpty())
            QFAIL(qPrintable(
                QStringLiteral("row %1 breaks %2: %3")
                    .arg(i - 1)
                    .arg(broken.join(QLatin1Char(' ')), QString::fromUtf8(records[i][0] + ',' + records[i][1]))));
    }
}

void TestPlanningSample::defectsBreakTheirInvariant_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<qint64>("rows");
    QTest::newRow("default 1%") << 0.01 << qint64(30000);
    QTest::newRow("10%") << 0.10 << qint64(10000);
    QTest::newRow("every row") << 1.0 << qint64(5000);
}

void TestPlanningSample::defectsBreakTheirInvariant()
{
    QFETCH(double, rate);
    QFETCH(qint64, rows);
    PlanningSampleReport report;
    const auto records = parseCsv(generatePlanningSample(options(rows, 3, rate), &report));
    QCOMPARE(qint64(records.size()), rows + 1);

    // Roughly the requested rate: within 5 standard deviations of the binomial mean.
    const double mean = double(rows) * rate;
    const double sigma = std::sqrt(double(rows) * rate * (1 - rate));
    QVERIFY2(std::abs(double(report.defects.size()) - mean) <= 5 * sigma + 1,
             qPrintable(QStringLiteral("%1 defects for an expected %2").arg(report.defects.size()).arg(mean)));
    for (int kind = 0; kind < kPlanningDefectCount; ++kind)
        // With every row defective there is no clean reference to duplicate.
        if (rate < 1.0 || PlanningDefect(kind) != PlanningDefect::DuplicateReference)
            QVERIFY2(report.counts[std::size_t(kind)] > 0, planningDefectInfo(PlanningDefect(kind)).id);

    InvariantChecker checker(records[0]);
    std::size_t next = 0;
    for (qint64 row = 0; row < rows; ++row) {
        const QStringList broken = checker.violations(records[std::size_t(row) + 1]);
        const bool defective = next < report.defects.size() && report.defects[next].row == row;
        if (!defective) {
            QVERIFY2(broken.isEmpty(),
                     qPrintable(QStringLiteral("clean row %1 breaks %2").arg(row).arg(broken.join(QLatin1Char(' ')))));
            continue;
        }
        const PlanningDefect defect = report.defects[next++].defect;
        const QString expected = expectedViolation(defect);
        const bool found =
            std::any_of(broken.begin(), broken.end(), [&](const QString& v) { return v.startsWith(expected); });
        QVERIFY2(found,
                 qPrintable(QStringLiteral("row %1 has defect %2 but breaks only [%3]")
                                .arg(row)
                                .arg(QLatin1String(planningDefectInfo(defect).id), broken.join(QLatin1Char(' ')))));
    }
    QCOMPARE(next, report.defects.size());
}

void TestPlanningSample::averageRowSize()
{
    PlanningSampleReport report;
    const QByteArray bytes = generatePlanningSample(options(50000, 1, 0.01), &report);
    QCOMPARE(report.bytes, qint64(bytes.size()));
    const double perRow = double(bytes.size()) / 50000.0;
    QVERIFY2(perRow > 300 && perRow < 360, qPrintable(QString::number(perRow)));
}

void TestPlanningSample::fileMatchesBytesAndCancelLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("register.csv"));
    NullProgress progress;
    QVERIFY(!writePlanningSample(path, options(40000, 5, 0.02), progress).has_value());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), generatePlanningSample(options(40000, 5, 0.02)));

    const QString canceledPath = dir.filePath(QStringLiteral("canceled.csv"));
    FlagProgress canceled;
    canceled.cancel();
    const auto error = writePlanningSample(canceledPath, options(100000, 5, 0.02), canceled);
    QVERIFY(error.has_value());
    QCOMPARE(error->file, canceledPath);
    QVERIFY(error->message.contains(QLatin1String("canceled")));
    QVERIFY(!QFile::exists(canceledPath));

    const auto unwritable =
        writePlanningSample(dir.filePath(QStringLiteral("missing/dir/x.csv")), options(10, 1, 0.0), progress);
    QVERIFY(unwritable.has_value());
    QVERIFY(unwritable->toString().contains(QLatin1String("missing/dir/x.csv")));
}

void TestPlanningSample::rejectsBadOptions()
{
    NullProgress progress;
    QTemporaryDir dir;
    QVERIFY(writePlanningSample(dir.filePath(QStringLiteral("a.csv")), options(-1, 1, 0.0), progress).has_value());
    QVERIFY(writePlanningSample(dir.filePath(QStringLiteral("b.csv")), options(10, 1, 1.5), progress).has_value());
    QVERIFY(generatePlanningSample(options(10, 1, -0.1)).isEmpty());
}

void TestPlanningSample::lateDecisionShare_data()
{
    QTest::addColumn<double>("late");
    QTest::newRow("none late") << 0.0;
    QTest::newRow("40% late") << 0.4;
    QTest::newRow("all late") << 1.0;
}

void TestPlanningSample::lateDecisionShare()
{
    QFETCH(double, late);
    PlanningSampleOptions o = options(20000, 4, 0.0);
    o.lateDecisionRate = late;
    const auto records = parseCsv(generatePlanningSample(o));
    QCOMPARE(records.size(), std::size_t(20001));
    InvariantChecker checker(records[0]);
    int decided = 0;
    int overran = 0;
    for (std::size_t i = 1; i < records.size(); ++i) {
        const QStringList broken = checker.violations(records[i]);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char(' '))));
        const auto start = QDate::fromString(QString::fromLatin1(records[i][StartDate]), Qt::ISODate);
        const auto decision = QDate::fromString(QString::fromLatin1(records[i][DecisionDate]), Qt::ISODate);
        if (!decision.isValid())
            continue;
        ++decided;
        overran += start.daysTo(decision) > 56 ? 1 : 0;
    }
    // Decisions forced into the past by the extract date are the only ones that may miss the draw.
    const double share = double(overran) / double(decided);
    QVERIFY2(std::abs(share - late) < 0.02,
             qPrintable(QStringLiteral("%1 of %2 decisions late").arg(overran).arg(decided)));
    o.lateDecisionRate = 1.5;
    QVERIFY(generatePlanningSample(o).isEmpty());
}

void TestPlanningSample::vocabularyIsConsistent()
{
    static const QRegularExpression outward(
        QStringLiteral("^[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?|[0-9][A-HJKPS-UW])$"));
    static const QRegularExpression curie(QStringLiteral("^[a-z0-9-]+:[^\\s:][^\\s]*$"));
    for (const auto& authority : authorities()) {
        QVERIFY(curie.match(QLatin1String(authority.curie)).hasMatch());
        QVERIFY(!authority.localities.empty());
        for (const auto& locality : authority.localities) {
            for (const char* code : locality.outward)
                if (code)
                    QVERIFY2(outward.match(QLatin1String(code)).hasMatch(), code);
            // Points are spread +-0.012 degrees of latitude and +-0.018 of longitude around the centre.
            for (const int dLat : {-12000, 12000})
                for (const int dLon : {-18000, 18000})
                    QVERIFY2(insideEngland((locality.lonE6 + dLon) / 1e6, (locality.latE6 + dLat) / 1e6),
                             locality.name);
            QCOMPARE(locality.predecessor != nullptr, authority.startDays > 0);
        }
    }
    // Organisations are unique and every predecessor ended before its successor began.
    QSet<QByteArray> seen;
    for (const auto& o : organisations()) {
        QVERIFY(!seen.contains(sv(o.curie)));
        seen.insert(sv(o.curie));
    }
    QCOMPARE(kPlanningDefectCount, int(PlanningDefect::UprnExponent) + 1);
}

void TestPlanningSample::bundledSampleIsCurrent()
{
    // resources/sample/planning-register.csv is `plumbline-cli sample planning --rows 1000 --seed 1 --out ...`
    // with the default defect rate; regenerate it when the generator changes on purpose.
    QFile bundled(QDir::cleanPath(QStringLiteral(PLUMBLINE_TEST_DATA "/../../resources/sample/planning-register.csv")));
    QVERIFY2(bundled.open(QIODevice::ReadOnly), qPrintable(bundled.fileName()));
    QVERIFY(bundled.readAll() == generatePlanningSample(options(1000, 1, 0.01)));
}

QTEST_APPLESS_MAIN(TestPlanningSample)
#include "tst_planningsample.moc"
