// SPDX-License-Identifier: GPL-3.0-or-later
// The canonical form that is signed, against an independent implementation: the C++ side writes
// manifests and contributions full of awkward numbers and strings, signs them with the secure
// library and sends them as a node would (Qt's indented JSON); tests/protocol/jcs_verify.py
// canonicalises them by the documented rules with Python's standard library alone and verifies
// the signatures with the OpenSSL command line. Both must agree on every byte. A second run with
// tampered cases proves the script can say no.
#include "expectedtest.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/secure/secure.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <cmath>
#include <limits>

using namespace fairstart;
using namespace fairstart::protocol;

namespace {

// Every double the brief names, and more from RFC 8785's appendix.
const std::vector<double> kTricky = { 0.1,
                                      1.0 / 3.0,
                                      1e-300,
                                      5e-324,
                                      -0.0,
                                      9007199254740992.0,
                                      9007199254740994.0,
                                      1e21,
                                      1e20,
                                      1e16,
                                      123456789012345680000.0,
                                      1e-7,
                                      1e-6,
                                      -2.5,
                                      1.7976931348623157e308,
                                      2.2250738585072014e-308,
                                      -1.5e300,
                                      4294967296.0,
                                      100.0,
                                      333333333.33333329,
                                      1e23,
                                      0.000001234 };

// Quotes, backslashes, every kind of control character, non-ASCII, astral characters, U+2028,
// U+FFFF and a lone surrogate.
QString trickyText()
{
    QString s = QString::fromUtf8("q\"uote\\back/slash \x01\x08\x09\x0a\x0b\x0c\x0d\x1f\x7f "
                                  "\xc3\xa9\xc3\x9f \xe2\x82\xac \xf0\x9f\x98\x80 \xf0\x90\x80\x80 "
                                  "\xe2\x80\xa8 \xef\xbf\xbf ");
    s.append(QChar(0xdc00)); // a lone low surrogate
    return s;
}

struct Keys {
    QByteArray publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, 0);
    QByteArray secretKey = QByteArray(crypto_sign_SECRETKEYBYTES, 0);
    Keys()
    {
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
                            reinterpret_cast<unsigned char *>(secretKey.data()));
    }
};

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

StudyManifest trickyManifest(int variant, const Keys &keys)
{
    StudyManifest m;
    m.studyId = QStringLiteral("00112233445566778899aabbccddeef%1").arg(variant % 10);
    m.purpose = trickyText() + QString::number(variant);
    m.dataset = QString::fromUtf8("cohort \xf0\x9f\x91\xb6");
    m.design.spec.outcome.variable = "delay \"2y\"";
    m.design.spec.family = analysis::Family::Binomial;
    m.design.spec.predictors
        = { { "birth_weight", analysis::Transform::Standardise, 0, 0, 0, "" } };
    m.design.spec.ridgeLambda = kTricky[size_t(variant) % kTricky.size()];
    // Variable names as object keys: UTF-16 order puts U+1F600 (d83d de00) before U+FFFF, code
    // point order the other way round.
    m.design.scaling["birth_weight"] = { 3412.5, 1.0 / 3.0 };
    m.design.scaling["\xf0\x9f\x98\x80"] = { -0.0, 5e-324 };
    m.design.scaling["\xef\xbf\xbf"] = { 1e21, 1e-7 };
    m.design.scaling["\xc3\xa9"] = { 9007199254740994.0, 1e-300 };
    m.design.knots["gestational_age"] = kTricky;
    m.design.levels["A\tB"] = { "x\\y", "\xe2\x80\xa8", "" };
    m.designHash = designHash(m.design);
    m.tolerance = variant % 2 ? 1e-300 : 0.1;
    m.maxRounds = 25 + variant;
    m.fractionBits = 40;
    // The signer's key for the first participant; every other key is distinct (a manifest that
    // names one key twice is refused).
    const auto other = [&](char c) {
        return b64(QByteArray(32, char(c + variant)));
    };
    m.participants = { { QStringLiteral("\"east\""), b64(keys.publicKey), other('a') },
                       { QStringLiteral("north"), other('b'), other('c') },
                       { QString::fromUtf8("s\xc3\xbc"
                                           "d"),
                         other('d'), other('e') } };
    m.observers = { { QString::fromUtf8("\xf0\x9f\x98\x80 observer"), other('f'), other('g') } };
    return m;
}

Contribution trickyContribution(int variant)
{
    Contribution c;
    c.study = QStringLiteral("sha256:") + QString(64, QLatin1Char('a' + variant % 6));
    c.site = trickyText();
    c.round = 1 + variant;
    c.betaHash = betaHash(kTricky);
    c.p = 3;
    switch (variant % 4) {
    case 0: {
        c.mode = QStringLiteral("plain");
        analysis::RoundStats s;
        s.p = 3;
        s.xtwxUpper = { kTricky.begin(), kTricky.begin() + 6 };
        s.score = { kTricky.begin() + 6, kTricky.begin() + 9 };
        s.deviance = kTricky[9 + size_t(variant) % 10];
        s.n = 9007199254740992.0;
        s.events = 1e21;
        s.sumWeights = 0.1;
        s.aicTerm = -0.0;
        c.plain = s;
        break;
    }
    case 1:
        c.mode = QStringLiteral("masked");
        for (size_t k = 0; k < 2 * 14; ++k)
            c.masked.push_back(0xfedcba9876543210ULL * (k + 1) + std::uint64_t(variant));
        break;
    case 2:
        c.mode = QStringLiteral("masked");
        c.status = ContributionStatus::Converged;
        c.finalBeta = { kTricky[size_t(variant) % kTricky.size()], 1e-300, -1.5e300 };
        break;
    default:
        c.mode = QStringLiteral("plain");
        c.status = ContributionStatus::Failed;
        c.failure = trickyText();
        c.failureCode = QStringLiteral("separation");
        break;
    }
    return c;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

struct ScriptRun {
    int exitCode = -1;
    QList<QJsonObject> verdicts;
    QString errors;
};

ScriptRun runScript(const QString &directory)
{
    QProcess p;
    p.start(QStringLiteral(FAIRSTART_PYTHON3),
            { QStringLiteral(FAIRSTART_SOURCE_DIR "/tests/protocol/jcs_verify.py"), directory,
              QStringLiteral("--openssl"), QStringLiteral(FAIRSTART_OPENSSL) });
    ScriptRun run;
    if (!p.waitForFinished(120000)) {
        p.kill();
        run.errors = QStringLiteral("the script did not finish");
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.errors = QString::fromUtf8(p.readAllStandardError());
    for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
        if (!line.trimmed().isEmpty())
            run.verdicts.append(QJsonDocument::fromJson(line).object());
    return run;
}

// One directory of cases; `tamper` breaks chosen cases in known ways.
class CaseWriter {
public:
    explicit CaseWriter(const QString &dir)
        : m_dir(dir)
    {
    }

    void addManifest(const QString &name, const StudyManifest &m, const Keys &signer,
                     QByteArrayView domain = {}, const QByteArray &canonicalOverride = {},
                     const Keys *claimed = nullptr, bool signBytes = false)
    {
        const QByteArray bytes = manifestBytes(m);
        // By default as a node signs it: the manifest's own domain over its signed bytes (the
        // SHA-256 when it says "signature": "sha256"); `signBytes` signs the bytes instead.
        if (domain.isNull())
            domain = m.signsDigest ? secure::Domain::ManifestDigest : secure::Domain::Manifest;
        const QByteArray signature = secure::sign(
            signer.secretKey, domain, signBytes ? bytes : manifestSignedBytes(m, bytes));
        // As the client posts it: {"manifest": ...}, indented by Qt (not canonical on the wire).
        writeFile(m_dir + QLatin1Char('/') + name + QStringLiteral(".json"),
                  QJsonDocument(toJson(StudyJobRequest { m })).toJson(QJsonDocument::Indented));
        writeFile(m_dir + QLatin1Char('/') + name + QStringLiteral(".canonical"),
                  canonicalOverride.isEmpty() ? bytes : canonicalOverride);
        m_cases.append(QJsonObject {
            { QStringLiteral("name"), name },
            { QStringLiteral("kind"), QStringLiteral("manifest") },
            { QStringLiteral("document"), QString(name + QStringLiteral(".json")) },
            { QStringLiteral("canonical"), QString(name + QStringLiteral(".canonical")) },
            { QStringLiteral("public_key"), b64((claimed ? *claimed : signer).publicKey) },
            { QStringLiteral("signature"), b64(signature) },
            { QStringLiteral("study"), studyHash(m) } });
    }

    void addContribution(const QString &name, const Contribution &c, const Keys &signer,
                         const Keys &claimed)
    {
        const QByteArray bytes = contributionBytes(c);
        const SignedContribution s {
            c, secure::sign(signer.secretKey, secure::Domain::Contribution, bytes)
        };
        writeFile(m_dir + QLatin1Char('/') + name + QStringLiteral(".json"),
                  QJsonDocument(toJson(s)).toJson(QJsonDocument::Indented));
        writeFile(m_dir + QLatin1Char('/') + name + QStringLiteral(".canonical"), bytes);
        m_cases.append(QJsonObject {
            { QStringLiteral("name"), name },
            { QStringLiteral("kind"), QStringLiteral("contribution") },
            { QStringLiteral("document"), QString(name + QStringLiteral(".json")) },
            { QStringLiteral("canonical"), QString(name + QStringLiteral(".canonical")) },
            { QStringLiteral("public_key"), b64(claimed.publicKey) } });
    }

    void finish()
    {
        writeFile(m_dir + QStringLiteral("/cases.json"),
                  QJsonDocument(QJsonObject { { QStringLiteral("cases"), m_cases } }).toJson());
    }
    qsizetype count() const { return m_cases.size(); }

private:
    QString m_dir;
    QJsonArray m_cases;
};

} // namespace

class tst_CanonicalIndependent : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void cppReparsesItsOwnBytes()
    {
        // The verifier's path on the C++ side: the message as sent, parsed, decoded and written
        // canonically again, gives the signed bytes.
        const Keys keys;
        for (int v = 0; v < 8; ++v) {
            const StudyManifest m = trickyManifest(v, keys);
            const QByteArray sent
                = QJsonDocument(toJson(StudyJobRequest { m })).toJson(QJsonDocument::Indented);
            const Decoded<QJsonObject> parsed = parseObject(sent);
            QVERIFY(parsed.ok());
            const Decoded<StudyJobRequest> decoded = fromJson<StudyJobRequest>(*parsed);
            QVERIFY_EXPECTED(decoded);
            QCOMPARE(manifestBytes(decoded->manifest), manifestBytes(m));
            QCOMPARE(canonicalJson(parsed->value(QStringLiteral("manifest")).toObject()),
                     manifestBytes(m));

            const Contribution c = trickyContribution(v);
            const QByteArray sentC = QJsonDocument(toJson(c)).toJson(QJsonDocument::Indented);
            const Decoded<QJsonObject> parsedC = parseObject(sentC);
            QVERIFY(parsedC.ok());
            const Decoded<Contribution> decodedC = fromJson<Contribution>(*parsedC);
            QVERIFY_EXPECTED(decodedC);
            QCOMPARE(contributionBytes(*decodedC), contributionBytes(c));
        }
    }

    void pythonAndOpenSslAgree()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CaseWriter cases(dir.path());
        const Keys keys, other;
        for (int v = 0; v < 6; ++v)
            cases.addManifest(QStringLiteral("manifest-%1").arg(v), trickyManifest(v, keys), keys);
        // The same manifests signed over their SHA-256 ("signature": "sha256", issue 16).
        for (int v = 0; v < 6; ++v) {
            StudyManifest m = trickyManifest(v, keys);
            m.signsDigest = true;
            cases.addManifest(QStringLiteral("digest-manifest-%1").arg(v), m, keys);
        }
        for (int v = 0; v < 8; ++v)
            cases.addContribution(QStringLiteral("contribution-%1").arg(v), trickyContribution(v),
                                  other, other);
        cases.finish();
        const ScriptRun run = runScript(dir.path());
        QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors));
        QCOMPARE(run.verdicts.size(), cases.count());
        for (const QJsonObject &v : run.verdicts) {
            const QString name = v.value(QStringLiteral("name")).toString();
            QVERIFY2(v.value(QStringLiteral("canonical")).toBool(),
                     qPrintable(name + QStringLiteral(": canonical bytes differ ")
                                + v.value(QStringLiteral("difference")).toString()));
            QVERIFY2(v.value(QStringLiteral("signature")).toBool(),
                     qPrintable(name + QStringLiteral(": OpenSSL refused the signature")));
            QVERIFY2(v.value(QStringLiteral("hash")).toBool(),
                     qPrintable(name + QStringLiteral(": study hash differs")));
        }
        QCOMPARE(run.exitCode, 0);
    }

    void pythonAndOpenSslRefuseTampering()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CaseWriter cases(dir.path());
        const Keys keys, other;
        const StudyManifest m = trickyManifest(1, keys);
        cases.addManifest(QStringLiteral("honest"), m, keys);
        // Signed by another key than the one the case names.
        cases.addManifest(QStringLiteral("foreign-key"), m, other, secure::Domain::Manifest, {},
                          &keys);
        // Signed under the contribution domain.
        cases.addManifest(QStringLiteral("wrong-domain"), m, keys, secure::Domain::Contribution);
        // The C++ bytes differ from the rules by one number's spelling (Qt's "1e-07").
        QByteArray qtSpelling = manifestBytes(m);
        QVERIFY(qtSpelling.contains("1e-7,"));
        qtSpelling.replace("1e-7,", "1e-07,");
        cases.addManifest(QStringLiteral("qt-spelling"), m, keys, secure::Domain::Manifest,
                          qtSpelling);
        // Signed over the SHA-256: accepted; a manifest that says so but whose signature is over
        // its bytes (under either domain), or the digest under the bytes' domain: refused.
        StudyManifest d = m;
        d.signsDigest = true;
        cases.addManifest(QStringLiteral("digest-honest"), d, keys);
        cases.addManifest(QStringLiteral("digest-over-bytes"), d, keys, secure::Domain::Manifest,
                          {}, nullptr, true);
        cases.addManifest(QStringLiteral("digest-bytes-domain"), d, keys,
                          secure::Domain::ManifestDigest, {}, nullptr, true);
        cases.addManifest(QStringLiteral("digest-wrong-domain"), d, keys, secure::Domain::Manifest);
        // A contribution whose signature is by a key other than the claimed one.
        cases.addContribution(QStringLiteral("contribution-foreign"), trickyContribution(0), other,
                              keys);
        cases.finish();
        const ScriptRun run = runScript(dir.path());
        QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors));
        QCOMPARE(run.verdicts.size(), 9);
        QCOMPARE(run.exitCode, 1);
        const auto verdict = [&](const QString &name) {
            for (const QJsonObject &v : run.verdicts)
                if (v.value(QStringLiteral("name")).toString() == name)
                    return v;
            return QJsonObject();
        };
        const auto flag = [&](const QString &name, const char *key) {
            return verdict(name).value(QLatin1String(key)).toBool();
        };
        QVERIFY(flag(QStringLiteral("honest"), "canonical"));
        QVERIFY(flag(QStringLiteral("honest"), "signature"));
        QVERIFY(flag(QStringLiteral("honest"), "hash"));
        QVERIFY(flag(QStringLiteral("foreign-key"), "canonical"));
        QVERIFY(!flag(QStringLiteral("foreign-key"), "signature"));
        QVERIFY(!flag(QStringLiteral("wrong-domain"), "signature"));
        QVERIFY(!flag(QStringLiteral("qt-spelling"), "canonical"));
        QVERIFY(flag(QStringLiteral("qt-spelling"), "signature"));
        QVERIFY(!flag(QStringLiteral("contribution-foreign"), "signature"));
        QVERIFY(flag(QStringLiteral("contribution-foreign"), "canonical"));
        QVERIFY(flag(QStringLiteral("digest-honest"), "canonical"));
        QVERIFY(flag(QStringLiteral("digest-honest"), "signature"));
        QVERIFY(flag(QStringLiteral("digest-honest"), "hash"));
        QVERIFY(!flag(QStringLiteral("digest-over-bytes"), "signature"));
        QVERIFY(!flag(QStringLiteral("digest-bytes-domain"), "signature"));
        QVERIFY(!flag(QStringLiteral("digest-wrong-domain"), "signature"));
    }
};

QTEST_GUILESS_MAIN(tst_CanonicalIndependent)
#include "tst_canonical_independent.moc"
