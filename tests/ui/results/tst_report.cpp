// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report laid out on A4 as it prints: charts inside the text area, tables inside the
// page, numbers never broken over two lines, readable term names with reference rows.
#include "fairstart/ui/report/tripodreport.h"

#include "simulatedreport.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>
#include <QtTest>

#include <memory>

using namespace fairstart;
using namespace fairstart::ui;

class tst_Report : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fitsTheA4Page_data();
    void fitsTheA4Page();
    void readableTerms();
    void labelledPredictorsAndMissing();
    void writesPages();
    void tableHeadersRepeatOnPageBreaks();
    void versionWithoutTheLibraries();

private:
    testing::SimulatedFederation m_fed;
};

void tst_Report::initTestCase()
{
    m_fed = testing::simulateFederation(500);
}

void tst_Report::fitsTheA4Page_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("English") << QStringLiteral("en_GB");
    QTest::newRow("Dutch") << QStringLiteral("nl_NL");
}

void tst_Report::fitsTheA4Page()
{
    QFETCH(QString, locale);
    QLocale::setDefault(QLocale(locale));
    // A long variable name in the missing-data table and the coefficient table: the cells that
    // used to run off the page.
    protocol::FitReport r = m_fed.report;
    r.sites[0].counts.missingByVariable["maternal_education_level_at_birth_of_the_child"] = 120;

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpReportPage(&writer);
    // A label of several words over a missing-data column broke inside a word
    // ("Developmen|tal delay at 2 years").
    ReportOptions options = reportOptionsFor(r);
    options.labels.insert(QString::fromStdString(r.design.spec.outcome.variable),
                          QStringLiteral("Developmental delay at 2 years"));
    std::unique_ptr<QTextDocument> doc(buildTripodReport(r, options, &writer));
    const qreal dpi = writer.logicalDpiX();
    const QRectF body = writer.pageLayout().paintRectPixels(int(dpi));
    QVERIFY(doc->pageSize().isValid());
    QCOMPARE(doc->pageSize().width(), body.width());
    QVERIFY(doc->pageSize().height() < body.height()); // a line for the page number
    QVERIFY(doc->pageCount() >= 2);
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    QCOMPARE(layout->paintDevice(), &writer);

    const qreal pageWidth = doc->pageSize().width();
    const QRegularExpression numeric(QStringLiteral("^[−\\-<≈ ]*[0-9][0-9.,  ]*$"));
    int images = 0;
    int numericCells = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const QRectF rect = layout->blockBoundingRect(block);
        QTextLayout *lines = block.layout();
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            // An unbreakable piece (an image, a long word) wider than its line runs off the page.
            QVERIFY2(rect.left() + line.x() + line.naturalTextWidth() <= pageWidth + 0.5,
                     qPrintable(block.text().left(60)));
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat()) {
                ++images;
                const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
                // width is in 1/96 inch; on the page it is scaled to the device's resolution.
                QVERIFY(image.width() > 0 && image.height() > 0);
                QVERIFY2(rect.left() + image.width() * dpi / 96.0 <= pageWidth,
                         qPrintable(image.name()));
                // A chart taller than a page would be cut at the page's foot.
                QVERIFY(image.height() * dpi / 96.0 < doc->pageSize().height() / 2);
            }
        }
        const QTextCursor cursor(block);
        if (QTextTable *table = cursor.currentTable()) {
            const QRectF frame = layout->frameBoundingRect(table);
            // The table's outer border line sits on its edge: half a millimetre of tolerance,
            // inside the 15 mm page margin. A cell that does not fit pushes far more.
            QVERIFY2(frame.right() <= pageWidth + dpi * 0.5 / 25.4,
                     qPrintable(QStringLiteral("%1: table right %2, page %3")
                                    .arg(block.text())
                                    .arg(frame.right())
                                    .arg(pageWidth)));
            if (numeric.match(block.text().trimmed()).hasMatch()) {
                ++numericCells;
                QVERIFY2(lines->lineCount() == 1, qPrintable(block.text()));
            }
            // No word of a cell is broken letter by letter ("Ter|m", "111.6|64", "Developmen|tal
            // delay" over a missing-data column): a line may only start after a space or a
            // hyphen (or the zero-width space the report puts after a name's hyphen or
            // underscore, "umc-\u200Bgroningen", to allow the break there). Header cells too.
            for (int i = 1; i < lines->lineCount(); ++i) {
                const int start = lines->lineAt(i).textStart();
                const QChar before = block.text().at(start - 1);
                const bool afterHyphen = before == QChar(0x200B) && start >= 2
                    && QStringLiteral("-_").contains(block.text().at(start - 2));
                QVERIFY2(before.isSpace() || afterHyphen
                             || QStringLiteral("-/–,;").contains(before),
                         qPrintable(block.text()));
            }
        }
    }
    QCOMPARE(images, 3); // forest plot, ROC, calibration
    // The PDF engine draws an image with a device pixel ratio of 2 as its top-left quarter.
    for (const char *name :
         { "fairstart:forest.png", "fairstart:roc.png", "fairstart:calibration.png" }) {
        const QImage image
            = doc->resource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(name)))
                  .value<QImage>();
        QVERIFY2(!image.isNull(), name);
        QCOMPARE(image.devicePixelRatio(), 1.0);
    }
    QVERIFY(numericCells > 20);
    QLocale::setDefault(QLocale::c());
}

void tst_Report::readableTerms()
{
    ReportOptions options = reportOptionsFor(m_fed.report);
    options.labels.insert(QStringLiteral("smoking"), QStringLiteral("Mother smokes"));
    const QString html = tripodReportHtml(m_fed.report, options);
    QVERIFY(html.contains(QStringLiteral("OR [95% CI]")));
    // Reference rows and labels instead of design columns.
    QVERIFY(html.contains(QStringLiteral("Mother smokes: no (reference)")));
    QVERIFY(html.contains(QStringLiteral("Mother smokes: yes")));
    QVERIFY(!html.contains(QStringLiteral(">smokingyes<")));
}

// Sections 4 (predictors) and 6 (missing data) name variables by their catalogue labels as the
// coefficients do; section 4 keeps the design's name after the label.
void tst_Report::labelledPredictorsAndMissing()
{
    protocol::FitReport r = m_fed.report;
    r.sites[0].counts.missingByVariable["maternal_education_level_at_birth_of_the_child"] = 120;
    ReportOptions options = reportOptionsFor(r);
    options.labels.insert(QStringLiteral("smoking"), QStringLiteral("Mother smokes"));
    options.labels.insert(QStringLiteral("maternal_education_level_at_birth_of_the_child"),
                          QStringLiteral("Mother's education"));
    const QString html = tripodReportHtml(r, options);
    const auto predictors = html.indexOf(QStringLiteral("<h2>4 ")),
               missing = html.indexOf(QStringLiteral("<h2>6 ")),
               specification = html.indexOf(QStringLiteral("<h2>7 "));
    QVERIFY(predictors > 0 && missing > predictors && specification > missing);
    const QString section4 = html.mid(predictors, missing - predictors);
    const QString section6 = html.mid(missing, specification - missing);
    QVERIFY2(section4.contains(QStringLiteral("Mother smokes (smoking)")), qPrintable(section4));
    QVERIFY2(section6.contains(QStringLiteral("Mother&#39;s education"))
                 || section6.contains(QStringLiteral("Mother's education")),
             qPrintable(section6));
    QVERIFY(!section6.contains(QStringLiteral("maternal_education_level_at_birth")));
    // The title and the page footers name the outcome by its label too.
    const QString outcome = QString::fromStdString(r.design.spec.outcome.variable);
    options.labels.insert(outcome, QStringLiteral("The outcome's label"));
    options.charts = false;
    std::unique_ptr<QTextDocument> doc(buildTripodReport(r, options, nullptr));
    QCOMPARE(doc->metaInformation(QTextDocument::DocumentTitle),
             QStringLiteral("Prediction model for The outcome's label"));
}

void tst_Report::writesPages()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QCOMPARE(writeTripodReport(m_fed.report, path), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type /Page/")
            >= 2);
}

// A per-site table longer than a page repeats its header row on the next page (issue 17): every
// table of the report has one header row, and the printed PDF shows the per-site header on more
// than one page.
void tst_Report::tableHeadersRepeatOnPageBreaks()
{
    protocol::FitReport r = m_fed.report;
    const protocol::SitePerformance first = r.perSite.first();
    const protocol::SiteRecord site = r.sites.first();
    for (int i = 0; i < 90; ++i) {
        protocol::SitePerformance p = first;
        p.site = QStringLiteral("extra-site-%1").arg(i, 2, 10, QLatin1Char('0'));
        r.perSite << p;
        protocol::SiteRecord s = site;
        s.name = p.site;
        r.sites << s;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpReportPage(&writer);
    std::unique_ptr<QTextDocument> doc(buildTripodReport(r, reportOptionsFor(r), &writer));
    int tables = 0;
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            ++tables;
            QCOMPARE(table->format().headerRowCount(), 1);
        }
    }
    QVERIFY(tables >= 3);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    QCOMPARE(writeTripodReport(r, path, reportOptionsFor(r)), QString());
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               { QStringLiteral("-layout"), path, QStringLiteral("-") });
    QVERIFY2(text.waitForFinished(60000) && text.exitCode() == 0, "pdftotext failed");
    const QStringList pages = QString::fromUtf8(text.readAllStandardOutput()).split(u'\f');
    const QRegularExpression perSiteHeader(
        QStringLiteral("Site\\s+Apparent AUC\\s+95% CI\\s+Brier"));
    int pagesWithHeader = 0;
    for (const QString &page : pages)
        pagesWithHeader += page.contains(perSiteHeader) ? 1 : 0;
    QVERIFY2(pagesWithHeader >= 2, qPrintable(QString::number(pagesWithHeader)));
}

// The opening sentence names Fairstart's version, not the client's libraries (seen on the demo
// run's report: "Produced by Fairstart fairstart-client 0.1.0 (libcurl/7.88.1 OpenSSL/3.0.19 …").
void tst_Report::versionWithoutTheLibraries()
{
    protocol::FitReport report = m_fed.report;
    report.clientVersion = QStringLiteral(
        "fairstart-client 0.1.0 (libcurl/7.88.1 OpenSSL/3.0.19 zlib/1.2.13 brotli/1.0.9)");
    const QString html = tripodReportHtml(report, reportOptionsFor(report));
    QVERIFY2(html.contains(QStringLiteral("Produced by Fairstart 0.1.0 on")),
             qPrintable(html.left(800)));
    QVERIFY(!html.contains(QStringLiteral("libcurl")));
}

QTEST_MAIN(tst_Report)
#include "tst_report.moc"
