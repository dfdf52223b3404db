// SPDX-License-Identifier: GPL-3.0-or-later
// protocol::fitReportText writes what jsonText(toJson(report)) — and so QJsonDocument::toJson —
// writes, byte for byte, compact and indented: the CLI's --out of a fit (issue 16, branch
// sites14), whose masked attestations it writes straight from the words.
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/reporttext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cstdint>
#include <random>
#include <string>

using namespace fairstart;

class tst_ReportTextSites14 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyWordLength();
    void aRunOfManySites();
    void stringsFromTheSites();
    void aLoneSurrogateTakesTheGenericPath();
    void withoutStudies();
};

namespace {

void compareAll(const protocol::FitReport &report, const char *what)
{
    const QJsonObject object = protocol::toJson(report);
    for (const auto format : { QJsonDocument::Compact, QJsonDocument::Indented }) {
        const QByteArray ours = protocol::fitReportText(report, format);
        const QByteArray generic = protocol::jsonText(object, format);
        const QByteArray qt = QJsonDocument(object).toJson(format);
        if (ours != qt) {
            qsizetype at = 0;
            while (at < ours.size() && at < qt.size() && ours[at] == qt[at])
                ++at;
            qWarning(
                "%s, format %d, first difference at byte %lld of %lld/%lld:\n ours %s\n qt   %s",
                what, int(format), qint64(at), qint64(ours.size()), qint64(qt.size()),
                ours.mid(std::max<qsizetype>(0, at - 80), 200).constData(),
                qt.mid(std::max<qsizetype>(0, at - 80), 200).constData());
        }
        QCOMPARE(ours, qt);
        QCOMPARE(generic, qt);
    }
}

protocol::SignedContribution contribution(std::mt19937_64 &rng, const QString &site,
                                          protocol::ContributionStatus status, std::size_t words,
                                          int round)
{
    protocol::SignedContribution s;
    protocol::Contribution &c = s.contribution;
    c.study = QStringLiteral("sha256:") + QString::number(rng(), 16);
    c.site = site;
    c.round = round;
    c.status = status;
    c.betaHash = QStringLiteral("sha256:") + QString::number(rng(), 16);
    c.mode = QStringLiteral("masked");
    c.p = 21;
    if (status == protocol::ContributionStatus::Evaluation)
        c.bins = 1000;
    if (status == protocol::ContributionStatus::Converged)
        c.finalBeta = { -0.4, 0.1 / 3, 1e-7, 12345.678 };
    if (status == protocol::ContributionStatus::Failed) {
        c.failure = QStringLiteral("did not converge");
        c.failureCode = QStringLiteral("no-convergence");
    }
    if (status == protocol::ContributionStatus::Statistics
        || status == protocol::ContributionStatus::Evaluation
        || status == protocol::ContributionStatus::Descriptives) {
        c.masked.resize(words);
        for (std::uint64_t &w : c.masked)
            w = rng();
    }
    s.signature = QByteArray(64, Qt::Uninitialized);
    for (char &b : s.signature)
        b = char(rng());
    return s;
}

protocol::StudyRecord study(std::mt19937_64 &rng, const QStringList &sites,
                            protocol::ContributionStatus status, std::size_t words)
{
    protocol::StudyRecord r;
    r.study = QStringLiteral("sha256:") + QString::number(rng(), 16);
    r.mode = QStringLiteral("masked");
    r.manifest.studyId = QStringLiteral("study-") + QString::number(rng() % 1000);
    r.manifest.purpose = QStringLiteral("research");
    r.manifest.dataset = QStringLiteral("cohort");
    r.manifest.kind = status == protocol::ContributionStatus::Evaluation
        ? protocol::JobKind::Evaluation
        : protocol::JobKind::Glm;
    for (const QString &site : sites) {
        protocol::StudyParticipant p;
        p.name = site;
        p.signingKey = QStringLiteral("k") + site;
        p.keyAgreementKey = QStringLiteral("x") + site;
        r.manifest.participants.append(p);
        protocol::ManifestSignature m;
        m.site = site;
        m.signature = QByteArray(64, char(rng()));
        r.signatures.append(m);
        r.attestations.append(contribution(rng, site, status, words, 6));
        protocol::StudySignatureCheck check;
        check.site = site;
        check.manifest = true;
        check.attestation = rng() % 2;
        if (!check.attestation)
            check.note = QStringLiteral("not checked: ") + site;
        r.checks.append(check);
    }
    return r;
}

protocol::FitReport baseReport()
{
    protocol::FitReport report;
    report.dataset = QStringLiteral("cohort");
    report.purpose = QStringLiteral("research");
    report.designHash = QStringLiteral("sha256:00ff");
    for (int j = 0; j < 3; ++j) {
        analysis::Coefficient c;
        c.term = j ? "x" + std::to_string(j) : "(Intercept)";
        c.estimate = -0.4 + 0.3 * j;
        c.stdError = 0.01 * (j + 1) / 3;
        report.glm.coefficients.push_back(c);
    }
    report.glm.n = 200000;
    report.started = QDateTime::fromMSecsSinceEpoch(1796000000123, Qt::UTC);
    report.finished = report.started.addMSecs(2150);
    report.clientVersion = QStringLiteral("0.test");
    return report;
}

QStringList siteNames(int n)
{
    QStringList names;
    for (int i = 0; i < n; ++i)
        names << QStringLiteral("site%1").arg(i, 3, 10, QLatin1Char('0'));
    return names;
}

} // namespace

// Word counts 0 … 13: every remainder of the bytes' length modulo 3 (the base64 padding), one
// attestation per count, in the study and among the studies.
void tst_ReportTextSites14::everyWordLength()
{
    std::mt19937_64 rng(14);
    protocol::FitReport report = baseReport();
    report.study = study(rng, siteNames(3), protocol::ContributionStatus::Converged, 0);
    for (std::size_t words = 0; words < 14; ++words)
        for (const auto status :
             { protocol::ContributionStatus::Evaluation, protocol::ContributionStatus::Statistics,
               protocol::ContributionStatus::Descriptives })
            report.studies.append(study(rng, siteNames(2), status, words));
    compareAll(report, "every word length");
}

// The shape of a default fit at 100 sites: the model's study (final attestations) and the masked
// evaluation's, 12,012 words per site, besides the descriptives' studies.
void tst_ReportTextSites14::aRunOfManySites()
{
    std::mt19937_64 rng(100);
    protocol::FitReport report = baseReport();
    const QStringList sites = siteNames(100);
    report.study = study(rng, sites, protocol::ContributionStatus::Converged, 0);
    report.studies.append(study(rng, sites, protocol::ContributionStatus::Descriptives, 42));
    report.studies.append(study(rng, sites, protocol::ContributionStatus::Evaluation, 12012));
    report.studies.append(study(rng, sites, protocol::ContributionStatus::Failed, 0));
    for (const QString &site : sites) {
        protocol::SiteRecord s;
        s.name = site;
        s.url = QStringLiteral("https://127.0.0.1:") + site.mid(4);
        s.state = QStringLiteral("ok");
        report.sites.append(s);
    }
    const QByteArray text = protocol::fitReportText(report);
    QVERIFY(text.size() > 100 * 12012 * 8 * 4 / 3);
    compareAll(report, "a run of 100 sites");
}

// What a site controls (its name, notes, refusal parameters, a failure's message) is written as
// the generic writer writes it — including strings that begin like a placeholder, a NUL, and a
// "masked" member in a refusal's parameters.
void tst_ReportTextSites14::stringsFromTheSites()
{
    std::mt19937_64 rng(3);
    protocol::FitReport report = baseReport();
    const QStringList sites
        = { QString::fromUtf8("a\"b\\c\b\f\n\r\t\x01\x1f\x7f é € \xf0\x9d\x84\x9e \u2028"),
            QString(QChar(u'\0')),
            QString(QChar(u'\0')) + QStringLiteral("0123456789abcdef0123456789abcdef:0"),
            QString(QChar(u'\0')) + QStringLiteral("ffffffffffffffffffffffffffffffff:1"),
            QStringLiteral("masked") };
    report.study = study(rng, sites, protocol::ContributionStatus::Converged, 0);
    report.studies.append(study(rng, sites, protocol::ContributionStatus::Evaluation, 5));
    report.studies.last().attestations[1].contribution.betaHash
        = QString(QChar(u'\0')) + QStringLiteral("1:0");
    for (const QString &site : sites) {
        protocol::SiteRecord s;
        s.name = site;
        s.state = QStringLiteral("failed");
        s.error = site + QStringLiteral(" refused");
        s.rule = QStringLiteral("min-cell");
        s.ruleParams
            = QJsonObject { { QStringLiteral("masked"), 0 }, { QStringLiteral("masked2"), site } };
        report.sites.append(s);
        protocol::SiteFit f;
        f.site = site;
        f.note = site;
        report.perSiteFits.append(f);
    }
    compareAll(report, "strings from the sites");
}

// A lone surrogate is escaped by Qt's writer its own way: the whole report goes the generic way,
// and the masked words are still their base64, not a placeholder.
void tst_ReportTextSites14::aLoneSurrogateTakesTheGenericPath()
{
    std::mt19937_64 rng(5);
    protocol::FitReport report = baseReport();
    const QStringList sites = { QStringLiteral("plain"), QString(QChar(0xd800)) };
    report.studies.append(study(rng, sites, protocol::ContributionStatus::Evaluation, 7));
    compareAll(report, "a lone surrogate");
    QVERIFY(!protocol::fitReportText(report).contains('\0'));
    QVERIFY(!protocol::fitReportText(report).contains("\\u0000"));
}

void tst_ReportTextSites14::withoutStudies()
{
    compareAll(baseReport(), "no study");
    protocol::FitReport report = baseReport();
    std::mt19937_64 rng(1);
    report.study = study(rng, siteNames(1), protocol::ContributionStatus::Statistics, 3);
    compareAll(report, "the study alone");
}

QTEST_GUILESS_MAIN(tst_ReportTextSites14)
#include "tst_reporttext_sites14.moc"
