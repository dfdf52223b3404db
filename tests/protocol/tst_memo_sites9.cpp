// SPDX-License-Identifier: GPL-3.0-or-later
// protocol::designHash and protocol::manifestBytes keep the last design and manifest they
// rendered on each thread (issue 16, branch sites9: a node rendered a job's design five times and
// its manifest twice in the request that opens the job). What they return must be what rendering
// gives, whatever was asked before: designs and manifests in turn, a copy, a changed copy, -0 and
// 0, NaN, other threads.
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/study.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <thread>
#include <vector>

using namespace fairstart;
using namespace fairstart::protocol;

namespace {

analysis::ResolvedDesign design(double knot)
{
    analysis::ResolvedDesign d;
    d.spec.outcome.variable = "delay_2y";
    d.spec.family = analysis::Family::Binomial;
    d.spec.predictors = {
        { "birth_weight", analysis::Transform::Standardise, 0, 0, 0, "" },
        { "gestational_age", analysis::Transform::Spline, 3, 0, 0, "" },
    };
    d.scaling["birth_weight"] = { 3412.5, 512.25 };
    d.knots["gestational_age"] = { 35.0, knot, 41.0 };
    return d;
}

// What the hash and the bytes are by their definition, computed here.
QString renderedHash(const analysis::ResolvedDesign &d)
{
    return sha256Hex(canonicalJson(toJson(d)));
}

StudyManifest manifest(int sites, double knot)
{
    StudyManifest m;
    m.studyId = QStringLiteral("s1");
    m.purpose = QStringLiteral("research");
    m.dataset = QStringLiteral("cohort");
    m.design = design(knot);
    m.designHash = renderedHash(m.design);
    for (int i = 0; i < sites; ++i)
        m.participants.append(StudyParticipant { QStringLiteral("site%1").arg(i),
                                                 QStringLiteral("ed%1").arg(i),
                                                 QStringLiteral("x%1").arg(i) });
    return m;
}

} // namespace

class tst_Memo_sites9 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void designHashIsTheRenderedHashWhateverCameBefore()
    {
        const analysis::ResolvedDesign a = design(38.5), b = design(39.0);
        QCOMPARE(designHash(a), renderedHash(a));
        QCOMPARE(designHash(a), renderedHash(a));
        QCOMPARE(designHash(b), renderedHash(b));
        QVERIFY(designHash(a) != designHash(b));
        analysis::ResolvedDesign changed = a; // hashed just before, then changed in place
        QCOMPARE(designHash(changed), renderedHash(a));
        changed.knots["gestational_age"][1] = 38.500000000001;
        QCOMPARE(designHash(changed), renderedHash(changed));
        QVERIFY(designHash(changed) != designHash(a));
        changed.spec.predictors.pop_back();
        QCOMPARE(designHash(changed), renderedHash(changed));
        // -0 and 0 are equal designs, and render the same.
        analysis::ResolvedDesign zero = a, minusZero = a;
        zero.scaling["birth_weight"].first = 0.0;
        minusZero.scaling["birth_weight"].first = -0.0;
        QCOMPARE(designHash(zero), renderedHash(zero));
        QCOMPARE(designHash(minusZero), renderedHash(minusZero));
        QCOMPARE(renderedHash(zero), renderedHash(minusZero));
        // NaN is never equal: rendered every time, the same.
        analysis::ResolvedDesign nan = a;
        nan.scaling["birth_weight"].second = std::numeric_limits<double>::quiet_NaN();
        QCOMPARE(designHash(nan), renderedHash(nan));
        QCOMPARE(designHash(nan), renderedHash(nan));
    }

    void manifestBytesAreTheRenderedBytesWhateverCameBefore()
    {
        const StudyManifest a = manifest(100, 38.5), b = manifest(99, 38.5);
        QCOMPARE(manifestBytes(a), canonicalJson(toJson(a)));
        QCOMPARE(manifestBytes(a), canonicalJson(toJson(a)));
        QCOMPARE(studyHash(a), sha256Hex(canonicalJson(toJson(a))));
        QCOMPARE(manifestBytes(b), canonicalJson(toJson(b)));
        StudyManifest changed = a;
        QCOMPARE(manifestBytes(changed), canonicalJson(toJson(a)));
        changed.participants[42].keyAgreementKey = QStringLiteral("another");
        QCOMPARE(manifestBytes(changed), canonicalJson(toJson(changed)));
        QVERIFY(manifestBytes(changed) != manifestBytes(a));
        changed = a;
        changed.tolerance = 1e-9;
        QCOMPARE(manifestBytes(changed), canonicalJson(toJson(changed)));
        changed = a;
        changed.design = design(38.75);
        QCOMPARE(manifestBytes(changed), canonicalJson(toJson(changed)));
        QCOMPARE(manifestBytes(a), canonicalJson(toJson(a)));
    }

    void eachThreadKeepsItsOwn()
    {
        std::vector<std::thread> threads;
        std::vector<int> wrong(4, 0);
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([t, &wrong] {
                for (int i = 0; i < 50; ++i) {
                    const analysis::ResolvedDesign d = design(36.0 + (t * 50 + i % 7) * 0.01);
                    const StudyManifest m = manifest(3 + i % 5, 36.0 + t);
                    if (designHash(d) != renderedHash(d))
                        ++wrong[size_t(t)];
                    if (manifestBytes(m) != canonicalJson(toJson(m)))
                        ++wrong[size_t(t)];
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(wrong, std::vector<int>(4, 0));
    }
};

QTEST_GUILESS_MAIN(tst_Memo_sites9)
#include "tst_memo_sites9.moc"
