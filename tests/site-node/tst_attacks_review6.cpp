// SPDX-License-Identifier: GPL-3.0-or-later
// The sixth independent review of rules 1, 2 and 4 (branch `review6`, docs/privacy-rules.md "The
// sixth independent review"): attacks the earlier suites did not run, each as a hostile token
// holder would send it to a real fairstart-node over TLS on its default policy, against a
// synthetic dataset written by the test with a planted record whose values are chosen exactly.
#include "attacksupport.h"
#include "demosites.h"
#include "nodeprocess.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cfloat>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

using namespace fairstart;
using namespace testsupport::attacks;
using testsupport::NodeProcess;
using testsupport::Reply;

namespace {

// One synthetic record; every record consents to research, all but the quality-only ones to
// quality too.
struct Row {
    std::string sex = "female";
    std::string place = "B";
    double score = 20;
    double v = 1; // NaN: missing
    double w = 3000;
    double u = std::nan(""); // present for few records
    int y = 0;
};

QByteArray schemaJson()
{
    QJsonObject columns;
    columns.insert(QStringLiteral("record_id"), schemaColumn(QStringLiteral("id")));
    columns.insert(QStringLiteral("sex"), categoricalColumn({ "female", "male" }));
    columns.insert(QStringLiteral("place"), categoricalColumn({ "B", "C", "D" }));
    for (const char *name : { "score", "v", "w", "u" })
        columns.insert(QLatin1String(name), schemaColumn(QStringLiteral("numeric")));
    columns.insert(QStringLiteral("y"), schemaColumn(QStringLiteral("binary")));
    columns.insert(QStringLiteral("consent_research"), consentColumn(QStringLiteral("research")));
    return schemaDocument(columns, QStringLiteral("Review 6 records"), { QStringLiteral("NA") });
}

QByteArray csvOf(const std::vector<Row> &rows)
{
    QByteArray out = "record_id,sex,place,score,v,w,u,y,consent_research\n";
    auto number = [](double x) {
        return std::isnan(x) ? QByteArray("NA") : QByteArray::number(x, 'g', 10);
    };
    for (std::size_t j = 0; j < rows.size(); ++j) {
        const Row &r = rows[j];
        out += QByteArray::number(qint64(600000 + j)) + ',' + QByteArray::fromStdString(r.sex) + ','
            + QByteArray::fromStdString(r.place) + ',' + number(r.score) + ',' + number(r.v) + ','
            + number(r.w) + ',' + number(r.u) + ',' + QByteArray::number(r.y) + ",1\n";
    }
    return out;
}

// 900 records in places B, C, D (row j in 'B' + j % 3). The planted girl is row 0 (place B): the
// only record of place B without a value of v (the attacker knows it was never measured; twelve
// records of place C lack it too). She has a value of the sparse u (104) when `hasU`, none
// otherwise; place B holds 10 values of u either way (9 others when she has one), so u described
// over place B says 10 present values in both datasets. Place C holds 20 values of u.
std::vector<Row> plantedRows(bool hasU)
{
    std::vector<Row> rows;
    int valuesB = 0;
    int missingC = 0;
    int valuesC = 0;
    for (int j = 0; j < 900; ++j) {
        Row r;
        r.sex = j % 2 ? "male" : "female";
        r.place = std::string(1, char('B' + j % 3));
        r.score = double(j % 41);
        r.v = double(1 + (j * 7) % 30);
        r.w = double(3000 + (j * 37) % 500);
        r.y = j % 10 == 1 ? 1 : 0;
        if (r.place == "B" && j > 0 && j % 9 == 6 && valuesB < (hasU ? 9 : 10))
            r.u = double(100 + valuesB++);
        if (r.place == "C" && j % 10 == 4 && missingC < 12) {
            r.v = std::nan("");
            ++missingC;
        }
        if (r.place == "C" && j % 10 == 7 && valuesC < 20)
            r.u = double(100 + valuesC++ % 10);
        rows.push_back(r);
    }
    Row &her = rows[0];
    her.v = std::nan("");
    if (hasU)
        her.u = 104;
    return rows;
}

// The planted girl's w in the dataset "heavy" (every other w is a whole number in 3000..3499).
constexpr double kHeavyW = 4321.7;

QString answerOf(const Reply &r)
{
    return r.released() ? QStringLiteral("passed") : r.code;
}

} // namespace

class tst_AttacksReview6 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void descriptivesStudyCountRuleAgainstTheLedger();
    void anotherPurposeOnAnOpenJob();
    void hostileNumbersGetClearErrors();
    void auditLogFilledByRefusedBodies();
    void scaleOverflowBisectsMaximum();

private:
    QString importRows(const QString &dataset, const std::vector<Row> &rows);
    // A descriptives study of the node and the pinned colluder (the analyst's keys): opened,
    // armed with both signatures, round 1 relayed. The round's answer, or the first refusal.
    Reply descriptivesStudy(const QString &dataset, const protocol::DescriptivesStudySpec &spec);

    QTemporaryDir m_dir;
    QString m_schema;
    NodeProcess m_node; // the default policy
    QString m_eve; // research
    QString m_eveQuality; // the same user, quality only
    QString m_mallory; // research, her own daily job quota for the bisection
};

QString tst_AttacksReview6::importRows(const QString &dataset, const std::vector<Row> &rows)
{
    return importCsvText(m_node, m_dir, dataset, csvOf(rows), m_schema);
}

Reply tst_AttacksReview6::descriptivesStudy(const QString &dataset,
                                            const protocol::DescriptivesStudySpec &spec)
{
    const testsupport::FakeSite &puppet = colluder();
    protocol::StudyManifest manifest
        = testsupport::makeManifest(analysis::ResolvedDesign {}, { self(), puppet.participant() },
                                    {}, QStringLiteral("masked"));
    manifest.dataset = dataset;
    manifest.kind = protocol::JobKind::Descriptives;
    manifest.designHash = protocol::designHash(manifest.design);
    manifest.fitNullModel = false;
    manifest.maxRounds = 1;
    manifest.descriptives = spec;
    testsupport::StudySite site;
    Reply reply = openWithColluder(m_node, m_eve, manifest, &site);
    if (reply.status == 200) {
        protocol::RoundRelay relay;
        relay.round = 1;
        reply = testsupport::relayRound(site, relay);
    }
    (void)m_node.del(testsupport::jobPath(site), m_eve);
    return reply;
}

void tst_AttacksReview6::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("Review 6 node")));
    m_schema = m_dir.filePath(QStringLiteral("review6.schema.json"));
    VERIFY_NO_ERROR(writeSetupFile(m_schema, schemaJson()));
    VERIFY_NO_ERROR(importRows(QStringLiteral("hasU"), plantedRows(true)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("noU"), plantedRows(false)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("numbers"), plantedRows(true)));
    std::vector<Row> heavy = plantedRows(true);
    heavy[0].w = kHeavyW; // the site's highest w, far above the others (3000..3499)
    VERIFY_NO_ERROR(importRows(QStringLiteral("heavy"), heavy));
    m_eve = m_node.token(QStringLiteral("eve"), QStringLiteral("research"));
    m_eveQuality = m_node.token(QStringLiteral("eve"), QStringLiteral("quality"));
    m_mallory = m_node.token(QStringLiteral("mallory"), QStringLiteral("research"));
    QVERIFY2(!m_mallory.isEmpty(), qPrintable(m_node.error));
    QVERIFY2(!m_eve.isEmpty() && !m_eveQuality.isEmpty(), qPrintable(m_node.error));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_eve));
}

void tst_AttacksReview6::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksReview6::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

// ---- 1: the fifth review's count-rule oracle through a descriptives study --------------------

void tst_AttacksReview6::descriptivesStudyCountRuleAgainstTheLedger()
{
    // Attack. The fifth review closed "a count rule is named on a cohort the ledger refuses" for
    // POST /v1/descriptives and /v1/jobs. A descriptives study (kind "descriptives") runs the
    // same description in its one round, at this node and at the analyst's pinned colluder, and
    // its refusal is answered as the plain request's. Step 1: u over place B (plain, released:
    // 10 present values in both datasets). Step 2: a descriptives study of u over place B with
    // the complete cases of v — place B without her: 9 present values when she has a u
    // (min-cell), 10 when she has none (the ledger: one record from step 1). The two datasets
    // differ only in whether her u was recorded.
    std::map<bool, QString> opened, round;
    for (bool hasU : { true, false }) {
        const QString dataset = hasU ? QStringLiteral("hasU") : QStringLiteral("noU");
        Describe q;
        q.dataset = dataset;
        q.filters = { among("place", { "B" }) };
        q.variables = { variable(QStringLiteral("u")) };
        const Reply first = m_node.post("/v1/descriptives", m_eve, describeBody(q));
        const auto d = described(first);
        QVERIFY2(d && d->numeric.size() == 1, qPrintable(first.describe()));
        QCOMPARE(d->numeric.front().moments.count, 10.0); // the same in both datasets

        protocol::DescriptivesStudySpec spec;
        spec.filters = { among("place", { "B" }) };
        spec.completeCases = { QStringLiteral("v") };
        spec.variables = { { QStringLiteral("u"), {} } };
        const Reply r = descriptivesStudy(dataset, spec);
        QVERIFY2(r.status != 0 && r.status != 500, qPrintable(r.describe()));
        round[hasU] = answerOf(r);
        qInfo("she has %s u: %s", hasU ? "a" : "no", qPrintable(r.describe().left(200)));
    }
    const QString attack = QStringLiteral("u over place B described (10 values), then a "
                                          "descriptives study with the colluder of u over place "
                                          "B with the complete cases of v (without her)");
    if (round[true] != round[false]) {
        const QString detail
            = QStringLiteral("she has a u: %1, none: %2: whether her u was recorded")
                  .arg(round[true], round[false]);
        stillWorks(attack, detail);
        QFAIL(qPrintable(detail));
    }
    note(attack, QStringLiteral("the same answer for both: %1").arg(round[true]));
    QCOMPARE(round[true], QStringLiteral("differencing"));
}

// ---- 2: a job of one purpose driven with a token of another ----------------------------------

void tst_AttacksReview6::anotherPurposeOnAnOpenJob()
{
    // Attack. Jobs belong to a user, tokens to a user and purposes. Eve opens a research study
    // with her research token, then drives it (signatures, round 1, her site fit, its status)
    // with her quality token: a research release to a token not granted research. Every step of
    // the job must check the token's purpose against the job's.
    const QString dataset = QStringLiteral("numbers");
    const auto fit = design("w", analysis::Family::Gaussian, { asIs("score") });
    testsupport::StudySite site { &m_node, m_eve, {}, {}, {}, {}, {} };
    site.info.name = self().name;
    Reply r = testsupport::openStudy(site, manifestFor(dataset, fit));
    QVERIFY2(r.status == 201, qPrintable(r.describe()));
    testsupport::StudySite quality = site;
    quality.token = m_eveQuality;
    protocol::SignatureRelay signatures;
    signatures.signatures = { { self().name, site.manifestSignature } };
    r = testsupport::relaySignatures(quality, signatures);
    EXPECT_REFUSED(QStringLiteral("signatures of a research study with a quality token"), r,
                   { QStringLiteral("purpose") });
    r = testsupport::relaySignatures(site, signatures);
    QVERIFY2(r.status == 200, qPrintable(r.describe()));
    protocol::RoundRelay relay;
    relay.round = 1;
    r = testsupport::relayRound(quality, relay);
    EXPECT_REFUSED(QStringLiteral("round 1 of a research study with a quality token"), r,
                   { QStringLiteral("purpose") });
    QVERIFY(!roundStats(r));
    r = m_node.post(testsupport::jobPath(quality, "/site-fit"), m_eveQuality, QByteArray("{}"));
    QVERIFY2(!r.released() && r.status != 500 && r.status != 0, qPrintable(r.describe()));
    // The research token still drives it: the refusals above did not end it.
    r = testsupport::relayRound(site, relay);
    QVERIFY2(roundStats(r).has_value(), qPrintable(r.describe()));
    (void)m_node.del(testsupport::jobPath(site), m_eve);
    note(QStringLiteral("a research study driven with the same user's quality token"),
         QStringLiteral("refused: purpose at every step; the research token still works"));
}

// ---- 3: hostile numbers in every request ----------------------------------------------------

void tst_AttacksReview6::hostileNumbersGetClearErrors()
{
    // Rule 4. −0.0, the smallest subnormal, ±DBL_MAX, one ulp past an edge, in filter bounds,
    // histogram edges, transforms, ridge, thresholds, a descriptives study's lattice and its
    // fixed-point scale. Every answer a 4xx with a code or a release, within 10 s; no 500, no
    // dropped connection. What a refusal names must not be a data value (only the request's).
    const QString dataset = QStringLiteral("numbers");
    const double tiny = std::numeric_limits<double>::denorm_min();
    const double huge = DBL_MAX;
    const double nz = -0.0;
    QStringList problems;
    auto expectClear = [&](const QString &what, const Reply &r, qint64 ms) {
        const bool clear = r.status != 0 && r.status != 500
            && (r.released() || (!r.code.isEmpty() && r.status >= 400 && r.status < 500));
        qInfo("%s: %s (%lld ms)", qPrintable(what), qPrintable(r.describe().left(160)), ms);
        if (!clear || ms > 10000)
            problems << QStringLiteral("%1: %2 (%3 ms)").arg(what, r.describe().left(200)).arg(ms);
    };
    auto describe = [&](const QString &what, const Describe &q) {
        QElapsedTimer t;
        t.start();
        const Reply r = m_node.post("/v1/descriptives", m_eve, describeBody(q));
        expectClear(what, r, t.elapsed());
    };
    auto check = [&](const QString &what, const analysis::ResolvedDesign &d) {
        QElapsedTimer t;
        t.start();
        const Reply r = m_node.post("/v1/checks", m_eve, jobBody(dataset, d));
        expectClear(what, r, t.elapsed());
    };
    for (double bound : { nz, tiny, -tiny, huge, -huge, std::nextafter(3000.0, 4000.0) }) {
        const QString b = QString::number(bound, 'g', 17);
        Describe q;
        q.dataset = dataset;
        q.filters = { range("w", bound, std::nullopt) };
        q.variables = { variable(QStringLiteral("score")) };
        describe(QStringLiteral("filter w >= %1").arg(b), q);
        q.filters = { range("w", std::nullopt, bound) };
        describe(QStringLiteral("filter w <= %1").arg(b), q);
        q.filters = {};
        q.variables = { variable(QStringLiteral("score"), { { bound, 40.0 } }) };
        describe(QStringLiteral("histogram edges {%1, 40}").arg(b), q);
        q.variables = { variable(QStringLiteral("score"), { { -1.0, bound, huge } }) };
        describe(QStringLiteral("histogram edges {-1, %1, DBL_MAX}").arg(b), q);
        check(QStringLiteral("winsor(score, %1, 40)").arg(b),
              design("w", analysis::Family::Gaussian, { winsor("score", bound, 40) }));
        auto scaled = design("w", analysis::Family::Gaussian,
                             { transformed("score", analysis::Transform::Standardise) });
        scaled.scaling["score"] = { bound, bound };
        check(QStringLiteral("scale(score, %1, %1)").arg(b), scaled);
        auto ridged = design("w", analysis::Family::Gaussian, { asIs("score") });
        ridged.spec.ridgeLambda = bound;
        check(QStringLiteral("ridge %1").arg(b), ridged);
        auto threshold = design("w", analysis::Family::Binomial, { asIs("score") });
        threshold.spec.outcome.threshold = bound;
        check(QStringLiteral("I(w > %1) ~ score").arg(b), threshold);
        // A descriptives study's lattice and scale.
        protocol::DescriptivesStudySpec spec;
        spec.variables = { { QStringLiteral("score"), {} } };
        spec.histograms = { { QStringLiteral("score"), std::abs(bound) > 0 ? std::abs(bound) : 1,
                              0.0, std::abs(bound) > 0 ? std::abs(bound) * 2 : 2 } };
        QElapsedTimer t;
        t.start();
        const Reply study = descriptivesStudy(dataset, spec);
        expectClear(QStringLiteral("descriptives study, lattice step %1").arg(b), study,
                    t.elapsed());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    note(QStringLiteral("−0.0, subnormals, ±DBL_MAX in filters, edges, transforms, ridge, "
                        "thresholds and a descriptives study's lattice"),
         QStringLiteral("every answer a 4xx with a code or a release, none over 10 s"));
}

// ---- 4: the audit log as a disk to fill ------------------------------------------------------

void tst_AttacksReview6::auditLogFilledByRefusedBodies()
{
    // Rule 4, the audit log. Every answered request is audited with its full canonical request
    // when the token is one the node knows (4 KiB and a hash otherwise). A request refused before
    // any daily quota (another purpose, a malformed manifest) costs the holder nothing, and each
    // body up to max_body_bytes (1 MiB) is kept whole: a token holder fills the node's disk at the
    // speed of the network. Planted: 40 descriptions of ~0.9 MB each, for a purpose the token is
    // not granted.
    QJsonArray variables;
    for (int i = 0; i < 52000; ++i)
        variables.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("score") } });
    const QByteArray body = protocol::canonicalJson(
        QJsonObject { { QStringLiteral("purpose"), QStringLiteral("quality-x") },
                      { QStringLiteral("dataset"), QStringLiteral("numbers") },
                      { QStringLiteral("variables"), variables } });
    QVERIFY2(body.size() > 800000 && body.size() < 1000000,
             qPrintable(QString::number(body.size())));
    const qint64 before = folderBytes(m_node.dataDir());
    int refused = 0;
    constexpr int kRequests = 40;
    for (int i = 0; i < kRequests; ++i) {
        const Reply r = m_node.post("/v1/descriptives", m_eve, body);
        QVERIFY2(r.status >= 400 && r.status < 500 && !r.code.isEmpty(), qPrintable(r.describe()));
        refused += r.status == 403 || r.status == 429 || r.status == 400;
    }
    QCOMPARE(refused, kRequests);
    // The node still serves.
    const Reply health = m_node.get("/v1/health", QString());
    QVERIFY2(health.status == 200, qPrintable(health.describe()));
    const qint64 grown = folderBytes(m_node.dataDir()) - before;
    const QString attack = QStringLiteral("%1 refused descriptions of %2 bytes each (a purpose "
                                          "the token lacks)")
                               .arg(kRequests)
                               .arg(body.size());
    qInfo("%s: the data folder grew by %lld bytes", qPrintable(attack), grown);
    // The budget of kept request text per user and day (16 MiB by default) and one small entry
    // per request (its hash and size): well under 24 MiB, where every body whole is > 34 MB.
    if (grown > 24ll * 1024 * 1024) {
        const QString detail
            = QStringLiteral("the audit log kept every body: %1 MB more on disk").arg(grown >> 20);
        stillWorks(attack, detail);
        QFAIL(qPrintable(detail));
    }
    // The next attack: spend the budget on junk, then send the real requests, so that the audit
    // keeps them by hash only. A released answer keeps its request whole whatever came before
    // (here a description with 1,500 histogram edges, ~30 KB), and the refusals beyond the
    // budget say so.
    Describe q;
    q.dataset = QStringLiteral("numbers");
    std::vector<double> edges;
    for (int i = 0; i <= 1500; ++i)
        edges.push_back(-0.5 + i * 0.0333);
    q.variables = { variable(QStringLiteral("score"), { edges }) };
    const QByteArray honest = describeBody(q);
    QVERIFY(honest.size() > 4096);
    const Reply released = m_node.post("/v1/descriptives", m_eve, honest);
    QVERIFY2(released.released(), qPrintable(released.describe()));
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(honest, QCryptographicHash::Sha256).toHex());
    const QStringList lines = testsupport::auditLinesOf(m_node, hash);
    QVERIFY2(lines.size() == 1, qPrintable(QString::number(lines.size())));
    const QJsonObject entry = QJsonDocument::fromJson(lines.front().toUtf8()).object();
    QVERIFY2(entry.value(QStringLiteral("request")).isObject()
                 && !entry.contains(QStringLiteral("requestOmitted")),
             qPrintable(lines.front().left(300)));
    const QStringList over = testsupport::auditLinesOf(m_node, QStringLiteral("requestOverBudget"));
    QVERIFY2(over.size() >= kRequests - 19 && over.size() < kRequests,
             qPrintable(QString::number(over.size())));
    for (const QString &line : over)
        QVERIFY2(line.contains(QStringLiteral("\"requestOmitted\":true"))
                     && line.contains(QStringLiteral("\"requestHash\"")),
                 qPrintable(line.left(300)));
    note(attack,
         QStringLiteral("the data folder grew by %1 MB; %2 refusals kept by hash and "
                        "size; a released request after them kept whole")
             .arg(grown >> 20)
             .arg(over.size()));
}

// ---- 5: scale() with a subnormal SD: a threshold anywhere ------------------------------------

void tst_AttacksReview6::scaleOverflowBisectsMaximum()
{
    // Attack. Winsor bounds, an outcome's threshold and spline knots must be edges of the node's
    // histogram (breakpoint-bound), so no refusal tells where a value lies. scale(x) takes its
    // mean c and SD s from the request (the client resolves them from merged descriptives).
    // With s the smallest subnormal, (x − c) / s overflows to −inf below c and +inf above it,
    // and is 0 at c: the scaled column is a step at c, a threshold the request puts anywhere.
    // The cell rule then classifies it (at most three values): 1-9 records above c are refused
    // min-cell, none (every value −inf: a constant column) dominance. A dry run (POST
    // /v1/checks) for each c bisects the site's highest w: planted 4321.7, every other w at most
    // 3499. Thirty dry runs, within one user's daily job quota.
    const QString dataset = QStringLiteral("heavy");
    const double tiny = std::numeric_limits<double>::denorm_min();
    auto probe = [&](double c) {
        auto d = design("score", analysis::Family::Gaussian,
                        { transformed("w", analysis::Transform::Standardise) });
        d.scaling["w"] = { c, tiny };
        const Reply r = m_node.post("/v1/checks", m_mallory, jobBody(dataset, d));
        return r;
    };
    double low = 3499, high = 100000; // the lattice's public range: the maximum is above 3499
    QStringList answers;
    bool bisected = true;
    for (int step = 0; step < 30; ++step) {
        const double c = (low + high) / 2;
        const Reply r = probe(c);
        QVERIFY2(r.status != 0 && r.status != 500, qPrintable(r.describe()));
        answers << QStringLiteral("%1 %2").arg(c, 0, 'g', 10).arg(answerOf(r));
        if (r.code == QLatin1String("min-cell"))
            low = c; // 1-9 records above c
        else if (r.code == QLatin1String("dominance"))
            high = c; // none above c
        else {
            bisected = false;
            break;
        }
    }
    qInfo("%s", qPrintable(answers.join(QStringLiteral(", "))));
    const QString attack = QStringLiteral("dry runs of score ~ scale(w, c, 4.9e-324) for c "
                                          "bisected (a step at c by overflow)");
    if (bisected && low <= kHeavyW && kHeavyW <= high && high - low < 1) {
        const QString detail = QStringLiteral("the site's highest w in [%1, %2] after 30 dry "
                                              "runs (planted %3)")
                                   .arg(low, 0, 'f', 4)
                                   .arg(high, 0, 'f', 4)
                                   .arg(kHeavyW);
        stillWorks(attack, detail);
        QFAIL(qPrintable(detail));
    }
    // Every probe gets the same answer, a refusal that names no value (the request's numbers).
    QVERIFY2(!bisected, qPrintable(answers.join(QStringLiteral(", "))));
    for (double c : { 3000.0, 3499.0, 3500.0, 4321.7, 5000.0 }) {
        const Reply r = probe(c);
        EXPECT_REFUSED(QStringLiteral("scale(w, %1, 4.9e-324)").arg(c), r,
                       { QStringLiteral("scaling-bound") });
    }
    // The next attack: the step by the product of two scaled columns (an interaction), each
    // finite on its own: scale(w, c, 1e-200) · scale(v, 0, 1e-200) overflows where |w − c| is
    // large, and with SDs of 1e200 underflows to 0 where it is small.
    for (double sd : { 1e-200, 1e-160, 1e200 }) {
        auto d = design("score", analysis::Family::Gaussian,
                        { transformed("w", analysis::Transform::Standardise),
                          transformed("v", analysis::Transform::Standardise) });
        d.spec.interactions = { { "w", "v" } };
        d.scaling["w"] = { 4000.0, sd };
        d.scaling["v"] = { 0.0, sd };
        EXPECT_REFUSED(QStringLiteral("scale(w, 4000, %1):scale(v, 0, %1)").arg(sd),
                       m_node.post("/v1/checks", m_mallory, jobBody(dataset, d)),
                       { QStringLiteral("scaling-bound") });
    }
    // Honest standardisations pass: the dataset's own mean and SD, and a mean and SD of other
    // sites a few spans away.
    for (const auto &[c, sd] :
         { std::pair { 3251.0, 145.0 }, std::pair { 9000.0, 3000.0 }, std::pair { 0.0, 1.0 } }) {
        auto d = design("score", analysis::Family::Gaussian,
                        { transformed("w", analysis::Transform::Standardise) });
        d.scaling["w"] = { c, sd };
        const Reply r = m_node.post("/v1/checks", m_mallory, jobBody(dataset, d));
        QVERIFY2(r.released(), qPrintable(r.describe()));
    }
    note(attack, QStringLiteral("every c refused scaling-bound: %1").arg(answers.front()));
}

QTEST_MAIN(tst_AttacksReview6)
#include "tst_attacks_review6.moc"
