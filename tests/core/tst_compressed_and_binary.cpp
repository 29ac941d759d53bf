// Files that are not plain text: gzip-compressed CSV is read transparently (.csv.gz, or compressed under any
// name), and images, archives, databases or programs renamed .csv are refused, saying what they are, instead of
// being read as a table of garbage.
#include "io/binary_signature.h"
#include "io/csv/csv_reader.h"
#include "io/dataset_reader.h"
#include "io/dataset_writer.h"
#include "io/formats.h"
#include "io/gzip_file.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <zlib.h>

using namespace plumbline;

namespace {

QByteArray gzip(const QByteArray& data)
{
    z_stream stream{};
    deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))) + 64, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray registerCsv(int rows)
{
    QByteArray csv = "reference,decision\n";
    for (int i = 0; i < rows; ++i)
        csv += "24/" + QByteArray::number(i) + "/FUL,Approved\n";
    return csv;
}

} // namespace

class TestCompressedAndBinary : public QObject
{
    Q_OBJECT
private slots:
    void gzipIsReadTransparently_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("table");
        QTest::newRow(".csv.gz") << QStringLiteral("register.csv.gz") << QStringLiteral("register");
        QTest::newRow(".CSV.GZ") << QStringLiteral("REGISTER.CSV.GZ") << QStringLiteral("REGISTER");
        QTest::newRow("compressed, named .csv") << QStringLiteral("register.csv") << QStringLiteral("register");
        QTest::newRow("compressed, named .gz") << QStringLiteral("register.gz") << QStringLiteral("register");
    }

    void gzipIsReadTransparently()
    {
        QFETCH(QString, name);
        QFETCH(QString, table);
        QTemporaryDir dir;
        const QByteArray csv = registerCsv(3000);
        const QString path = writeFile(dir, name, gzip(csv));
        NullProgress progress;
        const auto read = readDataset(path, ReadOptions{}, progress);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
        const Dataset& dataset = read.value();
        QCOMPARE(dataset.tables.size(), std::size_t(1));
        QCOMPARE(dataset.tables[0]->name(), table);
        QCOMPARE(dataset.tables[0]->rowCount(), std::size_t(3000));
        QCOMPARE(dataset.tables[0]->cellText(2999, 0), QStringLiteral("24/2999/FUL"));
        QCOMPARE(dataset.source.compression, QStringLiteral("gzip"));
        QCOMPARE(dataset.source.format, QStringLiteral("csv"));
        QVERIFY(!dataset.tables[0]->layout()); // offsets into the unpacked text cannot be copied from the file

        // A faithful export re-writes the rows (it cannot copy compressed bytes) and says why.
        QString warning;
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(!exportDataset(dataset, out, ExportOptions{}, progress, &warning));
        QVERIFY2(warning.contains(QLatin1String("gzip-compressed")), qPrintable(warning));
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), csv);
    }

    void concatenatedMembersAreOneFile()
    {
        // `cat a.gz b.gz > c.gz` is valid gzip: every member is read, as gunzip does.
        QTemporaryDir dir;
        const QString path =
            writeFile(dir, QStringLiteral("joined.csv.gz"), gzip("a,b\n1,2\n") + gzip("3,4\n") + gzip(""));
        NullProgress progress;
        const auto read = readCsvFile(path, {}, progress);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
        QCOMPARE(read.value().tables[0]->rowCount(), std::size_t(2));
        QCOMPARE(read.value().tables[0]->cellText(1, 1), QStringLiteral("4"));
    }

    void damagedGzipIsAnError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray whole = gzip(registerCsv(500));
        QTest::newRow("truncated") << whole.left(whole.size() / 2) << "truncated";
        QByteArray corrupt = whole;
        corrupt[20] = char(corrupt[20] ^ 0x55);
        corrupt[21] = char(corrupt[21] ^ 0x55);
        QTest::newRow("corrupt") << corrupt << "cannot be unpacked";
        QTest::newRow("header only") << whole.left(10) << "truncated";
    }

    void damagedGzipIsAnError()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("bad.csv.gz"), bytes);
        NullProgress progress;
        const auto read = readDataset(path, ReadOptions{}, progress);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().file, path);
        QVERIFY2(read.error().message.contains(reason), qPrintable(read.error().message));
    }

    void aGzipBombStopsAtTheLimit()
    {
        // 64 MB of zeros compress to about 64 KB; with a 1 MB limit the unpacking stops at the limit.
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("bomb.csv.gz"), gzip(QByteArray(64 << 20, '0')));
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        NullProgress progress;
        const auto failed = gunzipFile(path, sink, 1 << 20, progress);
        QVERIFY(failed);
        QVERIFY2(failed->message.contains(QLatin1String("more than 1 MB")), qPrintable(failed->message));
        QVERIFY(sink.size() <= (2 << 20));
        QCOMPARE(gunzipLimit(1000), qint64(1) << 30);
        QCOMPARE(gunzipLimit(qint64(100) << 20), qint64(10000) << 20);
    }

    void binaryFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("what");
        QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "a PNG image";
        QTest::newRow("JPEG") << QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10) << "a JPEG image";
        QTest::newRow("PDF") << QByteArray("%PDF-1.7\n%\xe2\xe3") << "a PDF document";
        QTest::newRow("old Excel") << QByteArray("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0", 10) << "an old Excel";
        QTest::newRow("SQLite") << QByteArray("SQLite format 3\0\x10\0", 18) << "an SQLite database";
        QTest::newRow("bzip2") << QByteArray("BZh91AY&SY\x01\x02") << "bzip2-compressed data";
        QTest::newRow("xz") << QByteArray("\xfd"
                                          "7zXZ\0\0\x04",
                                          8)
                            << "xz-compressed data";
        QTest::newRow("program") << QByteArray("\x7f"
                                               "ELF\x02\x01\x01")
                                 << "a program";
    }

    void binaryFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, what);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("register.csv"), bytes + QByteArray(4000, 'x'));
        NullProgress progress;
        const auto read = readDataset(path, ReadOptions{}, progress);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(what), qPrintable(read.error().message));
        QVERIFY(read.error().message.contains(QLatin1String("not CSV or other text")));
        const auto fromBytes = readCsvBytes(bytes, QStringLiteral("pasted"), {}, progress);
        QVERIFY(!fromBytes.ok());
    }

    void textThatLooksAlikeIsStillRead_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("header BZh") << QByteArray("BZh,GIF\n1,2\n");
        QTest::newRow("header PK") << QByteArray("PK,name\n1,2\n");
        QTest::newRow("UTF-16 with BOM") << QByteArray("\xff\xfe"
                                                       "a\0,\0b\0\n\0",
                                                       10);
    }

    void textThatLooksAlikeIsStillRead()
    {
        QFETCH(QByteArray, bytes);
        NullProgress progress;
        const auto read = readCsvBytes(bytes, QStringLiteral("t.csv"), {}, progress);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
        QCOMPARE(binarySignature(std::string_view(bytes.constData(), std::size_t(bytes.size()))), QString());
    }

    void compressedNamesAreReadOnly()
    {
        QCOMPARE(FileFormat::forPath(QStringLiteral("/x/list.csv.gz")).id, QStringLiteral("csv"));
        QCOMPARE(FileFormat::forPath(QStringLiteral("/x/list.tsv.gz")).id, QStringLiteral("tsv"));
        QVERIFY(FileFormat::openFilters().contains(QLatin1String("*.csv.gz")));
        // Exporting to .csv.gz would write plain text under a compressed name: refused.
        Dataset dataset;
        QTemporaryDir dir;
        NullProgress progress;
        const auto refused = exportDataset(dataset, dir.filePath(QStringLiteral("out.csv.gz")), {}, progress);
        QVERIFY(refused);
        QVERIFY2(refused->message.contains(QLatin1String("cannot export")), qPrintable(refused->message));
    }
};

QTEST_APPLESS_MAIN(TestCompressedAndBinary)
#include "tst_compressed_and_binary.moc"
