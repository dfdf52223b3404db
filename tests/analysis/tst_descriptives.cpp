// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedata.h"

#include "fairstart/analysis/descriptives.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace fairstart::analysis;
using namespace fairstart::analysis::testing;

class TestDescriptives : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mergedSitesEqualR();
    void chanMergeIsStable();
    void histogramEdgesAndMerge();
    void quantileErrorWithinBinWidth();
    void twoWayTablesMergeByName();
    void errors();
};

void TestDescriptives::mergedSitesEqualR()
{
    ReferenceCase ref;
    for (const ReferenceCase &c : readReferences()) {
        if (c.name == "sim_descriptives")
            ref = c;
    }
    QVERIFY(!ref.name.empty());
    Csv csv;
    QVERIFY(readCsv(QString::fromStdString(ref.get("data")), csv));
    const int sites = std::stoi(ref.get("sites"));
    std::vector<DataTable> tables;
    for (int s = 0; s < sites; ++s)
        tables.push_back(siteTable(csv, s, sites));
    int checked = 0;
    for (const auto &line : ref.lines) {
        if (line[0] == "describe") {
            NumericSummary merged;
            for (const DataTable &t : tables) {
                auto s = describeNumeric(t, line[1]);
                QVERIFY(s.ok());
                merged += *s;
            }
            double count = 0, missing = 0, mean = 0, sd = 0;
            QVERIFY(parseNumber(line[2], count) && parseNumber(line[3], missing)
                    && parseNumber(line[4], mean) && parseNumber(line[5], sd));
            QCOMPARE(merged.moments.count, count);
            QCOMPARE(merged.missing, missing);
            QVERIFY(close(merged.moments.mean, mean, 1e-13));
            QVERIFY(close(merged.moments.sd(), sd, 1e-12));
            ++checked;
        } else if (line[0] == "quantile") {
            // A fine histogram on a catalogue-style range [0, 100] with 20000 bins.
            const auto edges = evenEdges(0, 100, 20000);
            Histogram merged;
            for (const DataTable &t : tables) {
                auto s = describeNumeric(t, line[1], { edges });
                QVERIFY(s.ok());
                merged += s->histograms.front();
            }
            double q = 0, expected = 0;
            QVERIFY(parseNumber(line[2], q) && parseNumber(line[3], expected));
            // The bound of descriptives.h: one bin width plus the gap between the order
            // statistics around the quantile, here at most the data's rounding (age: 0.1).
            const double width = 100.0 / 20000;
            const double gap = line[1] == "age" ? 0.1 : 0.01;
            QVERIFY2(std::abs(histogramQuantile(merged, q) - expected) <= width + gap,
                     (line[1] + " " + line[2]).c_str());
            ++checked;
        } else if (line[0] == "table") {
            TwoWayTable merged;
            for (const DataTable &t : tables)
                merged += *crossTabulate(t, line[1], line[2]);
            const auto r = std::find(merged.rowLevels.begin(), merged.rowLevels.end(), line[3])
                - merged.rowLevels.begin();
            const auto c
                = std::find(merged.columnLevels.begin(), merged.columnLevels.end(), line[4])
                - merged.columnLevels.begin();
            // A level R counted but the merged table lacks is a failure, not an out-of-range read.
            QVERIFY2(static_cast<std::size_t>(r) < merged.rowLevels.size(), line[3].c_str());
            QVERIFY2(static_cast<std::size_t>(c) < merged.columnLevels.size(), line[4].c_str());
            double expected = 0;
            QVERIFY(parseNumber(line[5], expected));
            QCOMPARE(merged.at(static_cast<std::size_t>(r), static_cast<std::size_t>(c)), expected);
            ++checked;
        }
    }
    QCOMPARE(checked, 4 * 6 + 8);
}

void TestDescriptives::chanMergeIsStable()
{
    // Values around 1e9 with SD 1: subtracting sums of squares would lose every digit.
    std::vector<double> a, b;
    for (int i = 0; i < 1000; ++i)
        (i % 2 ? a : b).push_back(1e9 + (i % 7) - 3);
    Moments m = momentsOf(a.data(), a.size());
    m += momentsOf(b.data(), b.size());
    std::vector<double> all = a;
    all.insert(all.end(), b.begin(), b.end());
    double mean = 0;
    for (double v : all)
        mean += v - 1e9;
    mean = mean / static_cast<double>(all.size()) + 1e9;
    double ss = 0;
    for (double v : all)
        ss += (v - mean) * (v - mean);
    QVERIFY(std::abs(m.variance() - ss / (static_cast<double>(all.size()) - 1)) < 1e-9);
    QVERIFY(std::abs(m.mean - mean) < 1e-6);
    Moments empty;
    empty += Moments();
    QCOMPARE(empty.count, 0.0);
    QCOMPARE(empty.variance(), 0.0);
}

void TestDescriptives::histogramEdgesAndMerge()
{
    const std::vector<double> v {
        -1, 0, 0.5, 1, 2, 3, 4, std::numeric_limits<double>::quiet_NaN()
    };
    auto h = histogramOf(v.data(), v.size(), { 0, 1, 2, 3 });
    QVERIFY(h.ok());
    const std::vector<double> counts { 2, 1, 2 }; // [0,1) [1,2) [2,3] with 3 in the last bin
    QCOMPARE(h->counts, counts);
    QCOMPARE(h->below, 1.0);
    QCOMPARE(h->above, 1.0);
    Histogram sum = *h;
    sum += *h;
    QCOMPARE(sum.total(), 14.0);
    Histogram other = *histogramOf(v.data(), v.size(), { 0, 2, 3 });
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sum += other);
    QVERIFY(!histogramOf(v.data(), v.size(), { 0, 0, 1 }).ok());
    QVERIFY(!histogramOf(v.data(), v.size(), { 0 }).ok());
    QVERIFY(std::isnan(histogramQuantile(Histogram(), 0.5)));
}

void TestDescriptives::quantileErrorWithinBinWidth()
{
    std::vector<double> v;
    for (int i = 0; i < 10001; ++i)
        v.push_back(std::sqrt(static_cast<double>(i)));
    auto h = histogramOf(v.data(), v.size(), evenEdges(0, 101, 1010));
    QVERIFY(h.ok());
    for (double q : { 0.01, 0.25, 0.5, 0.9, 0.999 }) {
        const double exact = std::sqrt(q * 10000.0);
        QVERIFY(std::abs(histogramQuantile(*h, q) - exact) <= 0.1);
    }
}

void TestDescriptives::twoWayTablesMergeByName()
{
    DataTable a, b;
    (void)a.addText("s", { "f", "m", "f" });
    (void)a.addNumeric("y", { 0, 1, std::numeric_limits<double>::quiet_NaN() });
    (void)b.addText("s", { "x", "m" });
    (void)b.addNumeric("y", { 1, 1 });
    TwoWayTable t = *crossTabulate(a, "s", "y");
    t += *crossTabulate(b, "s", "y");
    const std::vector<std::string> rows { "f", "m", "x" };
    QCOMPARE(t.rowLevels, rows);
    QCOMPARE(t.at(1, 1), 2.0);
    QCOMPARE(t.at(0, 0), 1.0);
    QCOMPARE(t.at(2, 1), 1.0);
    QCOMPARE(t.missing, 1.0);
    CategoricalSummary c = *describeCategorical(a, "s");
    c += *describeCategorical(b, "s");
    QCOMPARE(c.levelCounts.at("m"), 2.0);
    QCOMPARE(c.levelCounts.at("x"), 1.0);
}

void TestDescriptives::errors()
{
    DataTable t;
    (void)t.addNumeric("x", { 1, 2, 3 });
    (void)t.addText("s", { "a", "b", "a" });
    QCOMPARE(describeNumeric(t, "nope").error().code, ErrorCode::UnknownVariable);
    QCOMPARE(describeNumeric(t, "s").error().code, ErrorCode::WrongColumnType);
    QCOMPARE(describeCategorical(t, "x").error().code, ErrorCode::WrongColumnType);
    QCOMPARE(crossTabulate(t, "s", "x").error().code, ErrorCode::WrongColumnType);
    const std::vector<std::uint8_t> mask { 1 };
    QCOMPARE(describeNumeric(t, "x", {}, &mask).error().code, ErrorCode::InvalidArgument);
    DataTable inf;
    (void)inf.addNumeric("x", { 1, std::numeric_limits<double>::infinity() });
    QCOMPARE(describeNumeric(inf, "x").error().code, ErrorCode::NonFinite);
}

QTEST_GUILESS_MAIN(TestDescriptives)
#include "tst_descriptives.moc"
