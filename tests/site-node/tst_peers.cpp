// SPDX-License-Identifier: GPL-3.0-or-later
// Administrator-pinned peers (issue 14) against three real fairstart-node processes that
// exchanged keys as their administrators do (`keys --json`, `peers add --keys-file`), the test as
// the analyst and relay (studyrelay.h). Each attack is a study manifest naming a "site" the
// analyst invented (a puppet, whose keys the analyst holds): refused at job creation with
// `unknown-peer`, naming the site and telling what to do, audited. Honest studies of pinned peers
// still fit; a removed peer ends the studies that name it; the policy switch that allows unknown
// peers is visible in /v1/info. The last slot drives a node to non-finite statistics through a
// pinned colluding site and checks that participant and observer halve the step alike.
#include "fairstart/analysis/glm.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/secure/secure.h"

#include "demosites.h"
#include "nodeprocess.h"
#include "peering.h"
#include "studyrelay.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace fairstart;
using testsupport::auditLinesOf;
using testsupport::FakeSite;
using testsupport::NodeProcess;
using testsupport::Reply;
using testsupport::StudySite;

namespace {

analysis::ResolvedDesign demoDesign(analysis::Family family = analysis::Family::Binomial)
{
    analysis::ResolvedDesign d;
    d.spec.outcome.variable = "dev_delay_2y";
    d.spec.family = family;
    analysis::Predictor sex;
    sex.variable = "sex";
    sex.transform = analysis::Transform::Categorical;
    analysis::Predictor gestation;
    gestation.variable = "gestational_age_weeks";
    d.spec.predictors = { sex, gestation };
    d.levels["sex"] = { "female", "male" };
    return d;
}

QString errorText(const Reply &reply)
{
    const QJsonObject error = reply.json.value(QStringLiteral("error")).toObject();
    return error.value(QStringLiteral("message")).toString() + QLatin1Char(' ')
        + error.value(QStringLiteral("detail")).toString();
}

} // namespace

class tst_Peers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    // The node commands.
    void keysAndPeersCommands();
    void peersAddRefusesBadEntries();
    void peersImportPinsAFederationAtOnce();
    void peersImportRefusesABadFileWhole();

    // The puppet attacks of issue 14, each refused at job creation.
    void puppetInPlainTwoSiteStudy();
    void twoPuppetsInMaskedThreeSiteStudy();
    void knownPeerNameWithForeignKeys();
    void puppetObserver();
    // The next attacks: the same real node twice, a pinned node renamed, a peer removed mid-study.
    void sameNodeListedTwice();
    void pinnedNodeUnderAnotherName();
    void removedPeerEndsOpenStudy();

    // Honest work.
    void honestStudiesOfPinnedPeersFit();
    void infoShowsThePolicy();

    // Issue 14's untested round path: non-finite statistics at a β.
    void nonFiniteRoundHalvesTheStepAtEveryNode();

private:
    QStringList auditLines(int index, const QString &text);
    std::vector<StudySite *> all() { return { &m_sites[0], &m_sites[1], &m_sites[2] }; }
    // A refused job creation with `unknown-peer` naming `site`, audited at node `index`.
    void expectUnknownPeer(int index, const protocol::StudyManifest &manifest, const QString &site);

    QTemporaryDir m_dir;
    NodeProcess m_nodes[3];
    StudySite m_sites[3];
};

void tst_Peers::initTestCase()
{
    const std::vector<NodeProcess *> nodes { &m_nodes[0], &m_nodes[1], &m_nodes[2] };
    VERIFY_NO_ERROR(testsupport::startDemoSites(m_dir, nodes, all(), 51, 1500));
    VERIFY_NO_ERROR(testsupport::serveEachOther(nodes, all()));
}

void tst_Peers::cleanupTestCase()
{
    for (NodeProcess &node : m_nodes)
        node.stop();
}

QStringList tst_Peers::auditLines(int index, const QString &text)
{
    return auditLinesOf(m_nodes[index], text);
}

void tst_Peers::expectUnknownPeer(int index, const protocol::StudyManifest &manifest,
                                  const QString &site)
{
    const Reply opened = testsupport::openStudy(m_sites[index], manifest);
    QVERIFY2(opened.status == 403, qPrintable(opened.describe()));
    QCOMPARE(opened.code, QStringLiteral("unknown-peer"));
    QVERIFY(opened.rule);
    const QString text = errorText(opened);
    QVERIFY2(text.contains(QStringLiteral("'%1'").arg(site)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("administrator")), qPrintable(text));
    QVERIFY(opened.json.value(QStringLiteral("job_id")).toString().isEmpty());
    // Audited: the refusal with its rule and the site it names.
    bool found = false;
    for (const QString &line : auditLines(index, QStringLiteral("\"unknown-peer\""))) {
        if (line.contains(QStringLiteral("\"detail\":\"%1\"").arg(site))
            && line.contains(QStringLiteral("\"status\":403")))
            found = true;
    }
    QVERIFY2(found, "the unknown-peer refusal is not in the audit log with the site it names");
}

// ---- the commands --------------------------------------------------------------------------

void tst_Peers::keysAndPeersCommands()
{
    NodeProcess &node = m_nodes[0];
    // keys: the same keys /v1/info gives, and the line to paste at another site.
    QByteArray out;
    QVERIFY2(
        node.run({ QStringLiteral("keys"), QStringLiteral("--data-dir"), node.dataDir() }, &out),
        qPrintable(node.error));
    const QString text = QString::fromUtf8(out);
    QVERIFY(text.contains(m_sites[0].info.keys.signingKey));
    QVERIFY(text.contains(m_sites[0].info.keys.keyAgreementKey));
    QVERIFY(text.contains(m_sites[0].info.keys.tlsPin));
    QVERIFY2(text.contains(
                 QStringLiteral("fairstart-node peers add --data-dir DIR --name site1 "
                                "--ed25519 %1 --x25519 %2")
                     .arg(m_sites[0].info.keys.signingKey, m_sites[0].info.keys.keyAgreementKey)),
             qPrintable(text));
    // peers list: the two others, with their keys and the note, as JSON lines.
    QVERIFY2(node.run({ QStringLiteral("peers"), QStringLiteral("list"),
                        QStringLiteral("--data-dir"), node.dataDir(), QStringLiteral("--json") },
                      &out),
             qPrintable(node.error));
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject second = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(second.value(QStringLiteral("name")).toString(), QStringLiteral("site2"));
    QCOMPARE(second.value(QStringLiteral("ed25519")).toString(), m_sites[1].info.keys.signingKey);
    QCOMPARE(second.value(QStringLiteral("x25519")).toString(),
             m_sites[1].info.keys.keyAgreementKey);
    QCOMPARE(second.value(QStringLiteral("note")).toString(),
             QStringLiteral("exchanged by the test harness"));
    QVERIFY(!second.value(QStringLiteral("added_at")).toString().isEmpty());
    // Every change audited, with the keys.
    const QStringList added = auditLines(0, QStringLiteral("\"event\":\"peer-added\""));
    QCOMPARE(added.size(), 2);
    QVERIFY(added[0].contains(m_sites[1].info.keys.signingKey)
            || added[1].contains(m_sites[1].info.keys.signingKey));
    // Add and remove one more (while the node serves), both audited.
    const FakeSite extra = FakeSite::make(QStringLiteral("site-extra"));
    QVERIFY2(testsupport::pinFake(node, extra), qPrintable(node.error));
    QVERIFY2(testsupport::unpin(node, extra.name), qPrintable(node.error));
    const QStringList removed = auditLines(0, QStringLiteral("\"event\":\"peer-removed\""));
    QCOMPARE(removed.size(), 1);
    QVERIFY(removed[0].contains(QStringLiteral("site-extra")));
    QVERIFY(removed[0].contains(QString::fromLatin1(extra.signPublic.toBase64())));
    QVERIFY2(node.run({ QStringLiteral("audit"), QStringLiteral("verify"),
                        QStringLiteral("--data-dir"), node.dataDir() }),
             qPrintable(node.error));
}

void tst_Peers::peersAddRefusesBadEntries()
{
    NodeProcess &node = m_nodes[2];
    const FakeSite fresh = FakeSite::make(QStringLiteral("fresh"));
    const QString ed = QString::fromLatin1(fresh.signPublic.toBase64());
    const QString x = QString::fromLatin1(fresh.boxPublic.toBase64());
    auto add = [&](const QString &name, const QString &signing, const QString &agreement) {
        return node.run({ QStringLiteral("peers"), QStringLiteral("add"),
                          QStringLiteral("--data-dir"), node.dataDir(), QStringLiteral("--name"),
                          name, QStringLiteral("--ed25519"), signing, QStringLiteral("--x25519"),
                          agreement });
    };
    struct Case {
        const char *what;
        QString name, signing, agreement, says;
    };
    const QByteArray zero(32, '\0');
    QByteArray lowOrder(32, '\0');
    lowOrder[0] = 1; // the X25519 point of order 1 would make every mask with it public
    const std::vector<Case> cases {
        { "this node's own name", QStringLiteral("site3"), ed, x, QStringLiteral("own name") },
        { "a name already pinned", QStringLiteral("site1"), ed, x,
          QStringLiteral("already pinned") },
        { "site1's keys under a new name", QStringLiteral("site1-again"),
          m_sites[0].info.keys.signingKey, m_sites[0].info.keys.keyAgreementKey,
          QStringLiteral("already pinned") },
        { "this node's own keys", QStringLiteral("mirror"), m_sites[2].info.keys.signingKey,
          m_sites[2].info.keys.keyAgreementKey, QStringLiteral("own key") },
        { "a key of 31 bytes", QStringLiteral("short"),
          QString::fromLatin1(fresh.signPublic.left(31).toBase64()), x, QStringLiteral("Ed25519") },
        { "base64 without padding", QStringLiteral("nopad"), ed.chopped(1), x,
          QStringLiteral("Ed25519") },
        { "a low-order X25519 key", QStringLiteral("loworder"), ed,
          QString::fromLatin1(lowOrder.toBase64()), QStringLiteral("X25519") },
        { "an all-zero X25519 key", QStringLiteral("zero"), ed,
          QString::fromLatin1(zero.toBase64()), QStringLiteral("X25519") },
        { "the same key twice", QStringLiteral("twice"), ed, ed, QStringLiteral("same") },
        { "a name with a line break", QStringLiteral("bad\nname"), ed, x,
          QStringLiteral("control") },
    };
    for (const Case &c : cases) {
        QVERIFY2(!add(c.name, c.signing, c.agreement), c.what);
        QVERIFY2(node.error.contains(c.says),
                 qPrintable(QString::fromLatin1(c.what) + QStringLiteral(": ") + node.error));
    }
    QVERIFY2(
        !node.run({ QStringLiteral("peers"), QStringLiteral("remove"), QStringLiteral("--data-dir"),
                    node.dataDir(), QStringLiteral("--name"), QStringLiteral("nobody") }),
        "removing an unknown peer");
    QVERIFY(node.error.contains(QStringLiteral("no peer 'nobody'")));
    // Nothing of it was pinned or audited.
    QByteArray out;
    QVERIFY(node.run({ QStringLiteral("peers"), QStringLiteral("list"),
                       QStringLiteral("--data-dir"), node.dataDir(), QStringLiteral("--json") },
                     &out));
    QCOMPARE(out.trimmed().split('\n').size(), 2);
    QCOMPARE(auditLines(2, QStringLiteral("\"event\":\"peer-added\"")).size(), 2);
}

namespace {

// A keys-file entry for a site the test holds the keys of, as `keys --json` writes it.
QByteArray keysJson(const FakeSite &site, const QString &name = QString())
{
    return QJsonDocument(
               QJsonObject {
                   { QStringLiteral("name"), name.isEmpty() ? site.name : name },
                   { QStringLiteral("ed25519"), QString::fromLatin1(site.signPublic.toBase64()) },
                   { QStringLiteral("x25519"), QString::fromLatin1(site.boxPublic.toBase64()) } })
        .toJson(QJsonDocument::Indented);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

} // namespace

void tst_Peers::peersImportPinsAFederationAtOnce()
{
    // A new node joins the federation: its administrator imports the federation's keys file
    // (every node's `keys --json`, its own among them) in one command, on a real store on disk.
    NodeProcess hub;
    QVERIFY2(hub.init(m_dir.filePath(QStringLiteral("hub")), QStringLiteral("hub")),
             qPrintable(hub.error));
    QByteArray federation;
    for (NodeProcess *node : { &m_nodes[0], &hub, &m_nodes[1], &m_nodes[2] }) {
        QByteArray json;
        QVERIFY2(node->run({ QStringLiteral("keys"), QStringLiteral("--data-dir"), node->dataDir(),
                             QStringLiteral("--json") },
                           &json),
                 qPrintable(node->error));
        federation += json; // `cat *.keys.json`: indented objects one after another
    }
    const QString file = m_dir.filePath(QStringLiteral("federation.keys.json"));
    QVERIFY(writeFile(file, federation));
    QByteArray out;
    QVERIFY2(hub.run({ QStringLiteral("peers"), QStringLiteral("import"),
                       QStringLiteral("--data-dir"), hub.dataDir(), QStringLiteral("--keys-file"),
                       file, QStringLiteral("--note"), QStringLiteral("federation file of 3 Dec") },
                     &out),
             qPrintable(hub.error));
    QVERIFY2(out.contains("3 new peer"), out.constData());
    QVERIFY2(out.contains("own entry was skipped"), out.constData());
    auto listed = [&hub] {
        QByteArray json;
        std::vector<QJsonObject> peers;
        if (hub.run({ QStringLiteral("peers"), QStringLiteral("list"), QStringLiteral("--data-dir"),
                      hub.dataDir(), QStringLiteral("--json") },
                    &json)) {
            for (const QByteArray &line : json.trimmed().split('\n')) {
                if (!line.isEmpty())
                    peers.push_back(QJsonDocument::fromJson(line).object());
            }
        }
        return peers;
    };
    std::vector<QJsonObject> peers = listed();
    QCOMPARE(peers.size(), size_t(3));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(peers[size_t(i)].value(QStringLiteral("name")).toString(),
                 QStringLiteral("site%1").arg(i + 1));
        QCOMPARE(peers[size_t(i)].value(QStringLiteral("ed25519")).toString(),
                 m_sites[i].info.keys.signingKey);
        QCOMPARE(peers[size_t(i)].value(QStringLiteral("x25519")).toString(),
                 m_sites[i].info.keys.keyAgreementKey);
        QCOMPARE(peers[size_t(i)].value(QStringLiteral("note")).toString(),
                 QStringLiteral("federation file of 3 Dec"));
    }
    // Audited: one peer-added entry per peer, saying how it came; the chain intact.
    auto audited = [&hub] {
        QByteArray text;
        QStringList lines;
        if (hub.run({ QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--data-dir"),
                      hub.dataDir(), QStringLiteral("--json"), QStringLiteral("--count"),
                      QStringLiteral("1000000") },
                    &text)) {
            for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
                if (line.contains(QStringLiteral("\"event\":\"peer-added\"")))
                    lines.append(line);
            }
        }
        return lines;
    };
    QStringList added = audited();
    QCOMPARE(added.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(added.filter(m_sites[i].info.keys.signingKey).size() == 1,
                 qPrintable(added.join(QLatin1Char('\n'))));
        QVERIFY(added.filter(m_sites[i].info.keys.signingKey)
                    .front()
                    .contains(QStringLiteral("\"via\":\"peers import\"")));
    }
    QVERIFY2(hub.run({ QStringLiteral("audit"), QStringLiteral("verify"),
                       QStringLiteral("--data-dir"), hub.dataDir() }),
             qPrintable(hub.error));

    // The federation grows: the same file with a new node, now as a JSON array with a note of
    // its own. The pinned peers are kept as they were; only the new one is added.
    const FakeSite newcomer = FakeSite::make(QStringLiteral("newcomer"));
    QJsonArray array;
    for (QByteArray rest = federation; !rest.trimmed().isEmpty();) {
        QJsonParseError error;
        QJsonDocument document = QJsonDocument::fromJson(rest, &error);
        const qsizetype used
            = error.error == QJsonParseError::GarbageAtEnd ? error.offset : rest.size();
        array.append(QJsonDocument::fromJson(rest.left(used)).object());
        rest = rest.mid(used);
    }
    QCOMPARE(array.size(), 4);
    QJsonObject newEntry = QJsonDocument::fromJson(keysJson(newcomer)).object();
    newEntry.insert(QStringLiteral("note"), QStringLiteral("joined on 4 Dec"));
    array.append(newEntry);
    QVERIFY(writeFile(file, QJsonDocument(array).toJson()));
    QVERIFY2(
        hub.run({ QStringLiteral("peers"), QStringLiteral("import"), QStringLiteral("--data-dir"),
                  hub.dataDir(), QStringLiteral("--keys-file"), file },
                &out),
        qPrintable(hub.error));
    QVERIFY2(out.contains("1 new peer"), out.constData());
    QVERIFY2(out.contains("3 entries already pinned"), out.constData());
    peers = listed();
    QCOMPARE(peers.size(), size_t(4));
    QCOMPARE(peers[0].value(QStringLiteral("name")).toString(), QStringLiteral("newcomer"));
    QCOMPARE(peers[0].value(QStringLiteral("note")).toString(), QStringLiteral("joined on 4 Dec"));
    QCOMPARE(peers[1].value(QStringLiteral("note")).toString(),
             QStringLiteral("federation file of 3 Dec"));
    QCOMPARE(audited().size(), 4);
    // Importing it once more changes nothing and adds no audit entry.
    QVERIFY2(
        hub.run({ QStringLiteral("peers"), QStringLiteral("import"), QStringLiteral("--data-dir"),
                  hub.dataDir(), QStringLiteral("--keys-file"), file },
                &out),
        qPrintable(hub.error));
    QVERIFY2(out.contains("0 new peer"), out.constData());
    QCOMPARE(audited().size(), 4);
    QVERIFY2(hub.run({ QStringLiteral("audit"), QStringLiteral("verify"),
                       QStringLiteral("--data-dir"), hub.dataDir() }),
             qPrintable(hub.error));
}

void tst_Peers::peersImportRefusesABadFileWhole()
{
    // Each bad file is refused with what is wrong and where, and nothing of it is pinned or
    // audited — not even its good entries before the bad one (all or nothing).
    NodeProcess node;
    QVERIFY2(node.init(m_dir.filePath(QStringLiteral("strict")), QStringLiteral("strict")),
             qPrintable(node.error));
    const FakeSite a = FakeSite::make(QStringLiteral("alpha"));
    const FakeSite b = FakeSite::make(QStringLiteral("beta"));
    const FakeSite c = FakeSite::make(QStringLiteral("gamma"));
    const QString ownEd = [&] {
        QByteArray json;
        node.run({ QStringLiteral("keys"), QStringLiteral("--data-dir"), node.dataDir(),
                   QStringLiteral("--json") },
                 &json);
        return QJsonDocument::fromJson(json).object().value(QStringLiteral("ed25519")).toString();
    }();
    QVERIFY(!ownEd.isEmpty());
    QByteArray shortKey = keysJson(c);
    shortKey.replace(c.signPublic.toBase64(), c.signPublic.left(31).toBase64());
    QByteArray extraField = keysJson(c);
    extraField.replace("\"name\"", "\"x2519\": \"typo\", \"name\"");
    QJsonObject noAgreementKey = QJsonDocument::fromJson(keysJson(c)).object();
    noAgreementKey.remove(QStringLiteral("x25519"));
    const QByteArray missing = QJsonDocument(noAgreementKey).toJson();
    QByteArray ownKey = keysJson(c);
    ownKey.replace(c.signPublic.toBase64(), ownEd.toLatin1());
    struct Case {
        const char *what;
        QByteArray file;
        QString says;
    };
    const std::vector<Case> cases {
        { "not JSON", keysJson(a) + "{ \"name\": alpha", QStringLiteral("not valid JSON at line") },
        { "an empty file", QByteArray("  \n"), QStringLiteral("no entry") },
        { "an array of strings", QByteArray("[\"alpha\"]"), QStringLiteral("other than objects") },
        { "a missing key, after two good entries", keysJson(a) + keysJson(b) + missing,
          QStringLiteral("Entry 3 of the keys file (line 11): 'x25519' is missing") },
        { "an unknown field", keysJson(a) + extraField, QStringLiteral("'x2519' is not one of") },
        { "a key of 31 bytes, after two good entries", keysJson(a) + keysJson(b) + shortKey,
          QStringLiteral("Ed25519") },
        { "this node's own key under another name", keysJson(a) + ownKey,
          QStringLiteral("own key") },
        { "a name twice", keysJson(a) + keysJson(b) + keysJson(c, QStringLiteral("alpha")),
          QStringLiteral("also entry 1's") },
        { "a key twice", keysJson(a) + keysJson(a, QStringLiteral("alpha-2")),
          QStringLiteral("also in entry 1") },
    };
    const QString file = m_dir.filePath(QStringLiteral("bad.keys.json"));
    auto import = [&] {
        return node.run({ QStringLiteral("peers"), QStringLiteral("import"),
                          QStringLiteral("--data-dir"), node.dataDir(),
                          QStringLiteral("--keys-file"), file });
    };
    auto peerCount = [&node] {
        QByteArray json;
        if (!node.run({ QStringLiteral("peers"), QStringLiteral("list"),
                        QStringLiteral("--data-dir"), node.dataDir(), QStringLiteral("--json") },
                      &json))
            return -1;
        return int(json.count('\n'));
    };
    for (const Case &k : cases) {
        QVERIFY(writeFile(file, k.file));
        QVERIFY2(!import(), k.what);
        QVERIFY2(node.error.contains(k.says),
                 qPrintable(QString::fromLatin1(k.what) + QStringLiteral(": ") + node.error));
        QCOMPARE(peerCount(), 0);
    }
    QVERIFY2(node.error.contains(QStringLiteral("Nothing was imported")), qPrintable(node.error));
    // A file that does not exist.
    QVERIFY(!node.run({ QStringLiteral("peers"), QStringLiteral("import"),
                        QStringLiteral("--data-dir"), node.dataDir(), QStringLiteral("--keys-file"),
                        m_dir.filePath(QStringLiteral("none")) }));
    QVERIFY2(node.error.contains(QStringLiteral("Cannot read the keys file")),
             qPrintable(node.error));

    // Against the pinned peers: alpha pinned, then a file naming alpha with beta's keys, or
    // alpha's keys under another name, changes nothing — not even gamma, the good entry beside it.
    QVERIFY(writeFile(file, keysJson(a)));
    QVERIFY2(import(), qPrintable(node.error));
    QCOMPARE(peerCount(), 1);
    QVERIFY(writeFile(file, keysJson(c) + keysJson(b, QStringLiteral("alpha"))));
    QVERIFY(!import());
    QVERIFY2(node.error.contains(QStringLiteral("'alpha' is pinned with other keys")),
             qPrintable(node.error));
    QVERIFY(writeFile(file, keysJson(c) + keysJson(a, QStringLiteral("alpha-renamed"))));
    QVERIFY(!import());
    QVERIFY2(node.error.contains(QStringLiteral("pinned for the peer 'alpha'")),
             qPrintable(node.error));
    QCOMPARE(peerCount(), 1);
    QCOMPARE(auditLinesOf(node, QStringLiteral("\"event\":\"peer-added\"")).size(), 1);
    QVERIFY2(node.run({ QStringLiteral("audit"), QStringLiteral("verify"),
                        QStringLiteral("--data-dir"), node.dataDir() }),
             qPrintable(node.error));
}

// ---- the puppet attacks --------------------------------------------------------------------

void tst_Peers::puppetInPlainTwoSiteStudy()
{
    // (a) The analyst invents "Puppet" (its keys are the test's) and runs a plain study of it and
    // site1: the sum minus the puppet's numbers would be site1's statistics in the clear.
    const FakeSite puppet = FakeSite::make(QStringLiteral("Puppet"));
    const protocol::StudyManifest manifest = testsupport::makeManifest(
        demoDesign(), { testsupport::participantOf(m_sites[0]), puppet.participant() }, {},
        QStringLiteral("plain"));
    expectUnknownPeer(0, manifest, QStringLiteral("Puppet"));
}

void tst_Peers::twoPuppetsInMaskedThreeSiteStudy()
{
    // (b) Masked with two puppets: the analyst knows both puppets' masks, so site2's masked
    // contribution minus them would be site2's statistics.
    const FakeSite a = FakeSite::make(QStringLiteral("puppet-a"));
    const FakeSite b = FakeSite::make(QStringLiteral("puppet-b"));
    const protocol::StudyManifest manifest = testsupport::makeManifest(
        demoDesign(), { testsupport::participantOf(m_sites[1]), a.participant(), b.participant() });
    expectUnknownPeer(1, manifest, QStringLiteral("puppet-a"));
}

void tst_Peers::knownPeerNameWithForeignKeys()
{
    // The analyst names a real peer ("site2") but with keys it holds itself, at site1 and site3.
    const FakeSite impostor = FakeSite::make(QStringLiteral("site2"));
    const protocol::StudyManifest manifest = testsupport::makeManifest(
        demoDesign(),
        { testsupport::participantOf(m_sites[0]), impostor.participant(),
          testsupport::participantOf(m_sites[2]) });
    expectUnknownPeer(0, manifest, QStringLiteral("site2"));
    const Reply opened = testsupport::openStudy(m_sites[2], manifest);
    QCOMPARE(opened.status, 403);
    QCOMPARE(opened.code, QStringLiteral("unknown-peer"));
    QVERIFY2(errorText(opened).contains(QStringLiteral("other keys")),
             qPrintable(errorText(opened)));
    // Only one key foreign (the signing key real, the key agreement key the analyst's): the
    // analyst could not sign as site2 but could unmask it. Refused too.
    protocol::StudyParticipant half = testsupport::participantOf(m_sites[1]);
    half.keyAgreementKey = impostor.participant().keyAgreementKey;
    const protocol::StudyManifest halfManifest = testsupport::makeManifest(
        demoDesign(),
        { testsupport::participantOf(m_sites[0]), half, testsupport::participantOf(m_sites[2]) });
    const Reply halfOpened = testsupport::openStudy(m_sites[0], halfManifest);
    QCOMPARE(halfOpened.status, 403);
    QCOMPARE(halfOpened.code, QStringLiteral("unknown-peer"));
}

void tst_Peers::puppetObserver()
{
    // An observer computes every β and sees every relayed contribution: a puppet observer of a
    // plain study would be the analyst reading site1's and site2's statistics with a node's eyes
    // (and, later, evaluating the final β on made-up data). Refused like a participant.
    const FakeSite watcher = FakeSite::make(QStringLiteral("watcher"));
    const protocol::StudyManifest manifest = testsupport::makeManifest(
        demoDesign(),
        { testsupport::participantOf(m_sites[0]), testsupport::participantOf(m_sites[1]) },
        { watcher.participant() }, QStringLiteral("plain"));
    expectUnknownPeer(0, manifest, QStringLiteral("watcher"));
    expectUnknownPeer(1, manifest, QStringLiteral("watcher"));
}

void tst_Peers::sameNodeListedTwice()
{
    // site2 under its own name and again as "site2-bis" (its real keys twice): one node would
    // count twice in a masked sum (its masks cancel against itself). The manifest's decoder
    // refuses a key named twice before any check of the node (400, naming the repeated key).
    protocol::StudyParticipant bis = testsupport::participantOf(m_sites[1]);
    bis.name = QStringLiteral("site2-bis");
    const protocol::StudyManifest manifest = testsupport::makeManifest(
        demoDesign(),
        { testsupport::participantOf(m_sites[0]), testsupport::participantOf(m_sites[1]), bis });
    const Reply opened = testsupport::openStudy(m_sites[0], manifest);
    QVERIFY2(opened.status == 400, qPrintable(opened.describe()));
    QVERIFY2(errorText(opened).contains(QStringLiteral("is the same key as")),
             qPrintable(errorText(opened)));
    QVERIFY(opened.json.value(QStringLiteral("job_id")).toString().isEmpty());
}

void tst_Peers::pinnedNodeUnderAnotherName()
{
    // site3's real keys under another name (a participant set one site "away" from an earlier
    // one by name only, or a report that credits the wrong hospital): refused, naming both.
    protocol::StudyParticipant renamed = testsupport::participantOf(m_sites[2]);
    renamed.name = QStringLiteral("site9");
    const protocol::StudyManifest manifest
        = testsupport::makeManifest(demoDesign(),
                                    { testsupport::participantOf(m_sites[0]),
                                      testsupport::participantOf(m_sites[1]), renamed });
    const Reply opened = testsupport::openStudy(m_sites[0], manifest);
    QCOMPARE(opened.status, 403);
    QCOMPARE(opened.code, QStringLiteral("unknown-peer"));
    QVERIFY2(errorText(opened).contains(QStringLiteral("'site9'"))
                 && errorText(opened).contains(QStringLiteral("'site3'")),
             qPrintable(errorText(opened)));
}

void tst_Peers::removedPeerEndsOpenStudy()
{
    // The administrator of site1 withdraws trust from site3 while a study of the three runs:
    // the next relay to site1 ends the study there (audited), and a new study with site3 is
    // refused. Accepting site3 again (remove, then add: two audited steps) lets new ones open.
    const protocol::StudyManifest manifest = testsupport::makeManifest(
        demoDesign(),
        { testsupport::participantOf(m_sites[0]), testsupport::participantOf(m_sites[1]),
          testsupport::participantOf(m_sites[2]) });
    QString error;
    QVERIFY2(testsupport::openAndArm(all(), manifest, &error), qPrintable(error));
    testsupport::StudyRun run;
    protocol::RoundRelay relay;
    relay.round = 1;
    QVERIFY2(testsupport::relayToAll(all(), manifest, relay, &run, &error), qPrintable(error));

    QVERIFY2(testsupport::unpin(m_nodes[0], QStringLiteral("site3")), qPrintable(m_nodes[0].error));
    relay.round = 2;
    relay.previous = QList<protocol::SignedContribution>(run.previous.begin(), run.previous.end());
    const Reply refused = testsupport::relayRound(m_sites[0], relay);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.code, QStringLiteral("unknown-peer"));
    QVERIFY2(errorText(refused).contains(QStringLiteral("'site3'")),
             qPrintable(errorText(refused)));
    QVERIFY(!auditLines(0, QStringLiteral("\"refusedSite\":\"site3\"")).isEmpty());
    // The study has ended at site1: the same relay again is refused as ended.
    const Reply again = testsupport::relayRound(m_sites[0], relay);
    QCOMPARE(again.status, 409);
    // site2 and site3 did not remove anyone: they still answer round 2.
    QVERIFY(testsupport::contributionOf(testsupport::relayRound(m_sites[1], relay)));
    testsupport::closeJobs(all());

    const protocol::StudyManifest next = testsupport::makeManifest(
        demoDesign(),
        { testsupport::participantOf(m_sites[0]), testsupport::participantOf(m_sites[1]),
          testsupport::participantOf(m_sites[2]) });
    expectUnknownPeer(0, next, QStringLiteral("site3"));

    QVERIFY2(m_nodes[0].run({ QStringLiteral("peers"), QStringLiteral("add"),
                              QStringLiteral("--data-dir"), m_nodes[0].dataDir(),
                              QStringLiteral("--keys-file"),
                              m_nodes[2].dataDir() + QStringLiteral(".keys.json") }),
             qPrintable(m_nodes[0].error));
    const Reply reopened = testsupport::openStudy(m_sites[0], next);
    QVERIFY2(reopened.status == 201, qPrintable(reopened.describe()));
    testsupport::closeJobs({ &m_sites[0] });
}

// ---- honest work ---------------------------------------------------------------------------

void tst_Peers::honestStudiesOfPinnedPeersFit()
{
    // Masked over the three pinned peers, to convergence, every site attesting the same β.
    const protocol::StudyManifest masked = testsupport::makeManifest(
        demoDesign(),
        { testsupport::participantOf(m_sites[0]), testsupport::participantOf(m_sites[1]),
          testsupport::participantOf(m_sites[2]) });
    QString error;
    auto run = testsupport::runStudy(all(), masked, &error);
    QVERIFY2(run, qPrintable(error));
    QCOMPARE(int(run->last.size()), 3);
    for (const auto &c : run->last) {
        QCOMPARE(c.contribution.status, protocol::ContributionStatus::Converged);
        QCOMPARE(c.contribution.finalBeta, run->last.front().contribution.finalBeta);
    }
    testsupport::closeJobs(all());
    // Plain with two participants and the third as observer.
    const protocol::StudyManifest plain = testsupport::makeManifest(
        demoDesign(),
        { testsupport::participantOf(m_sites[0]), testsupport::participantOf(m_sites[1]) },
        { testsupport::participantOf(m_sites[2]) }, QStringLiteral("plain"));
    run = testsupport::runStudy(all(), plain, &error);
    QVERIFY2(run, qPrintable(error));
    for (const auto &c : run->last) {
        QVERIFY(c.contribution.status == protocol::ContributionStatus::Converged
                || c.contribution.status == protocol::ContributionStatus::Observed);
    }
    testsupport::closeJobs(all());
    // A study of one node alone needs no peer at all.
    const protocol::StudyManifest solo = testsupport::makeManifest(
        demoDesign(), { testsupport::participantOf(m_sites[0]) }, {}, QStringLiteral("plain"));
    run = testsupport::runStudy({ &m_sites[0] }, solo, &error);
    QVERIFY2(run, qPrintable(error));
    testsupport::closeJobs({ &m_sites[0] });
    // Every accepted job's audit entry records the passed check.
    QVERIFY(!auditLines(0, QStringLiteral("{\"passed\":true,\"rule\":\"unknown-peer\"")).isEmpty());
}

void tst_Peers::infoShowsThePolicy()
{
    // Default: known peers only, and /v1/info says so.
    QVERIFY(m_sites[1].info.capabilities.contains(QStringLiteral("pinned-peers")));
    // The administrator allows unknown peers (explicit policy; warned and audited): /v1/info no
    // longer claims pinned peers, a puppet is accepted — but a pinned name with other keys, or
    // pinned keys under another name, are still refused.
    NodeProcess &node = m_nodes[1];
    node.stop();
    QVERIFY2(node.setPolicy(QStringLiteral("unknown_peers"), QStringLiteral("allow")),
             qPrintable(node.error));
    QVERIFY(!auditLines(1, QStringLiteral("unknown_peers")).isEmpty());
    QVERIFY2(node.serve(), qPrintable(node.error));
    QString error;
    QVERIFY2(testsupport::fetchInfo(m_sites[1], &error), qPrintable(error));
    QVERIFY(!m_sites[1].info.capabilities.contains(QStringLiteral("pinned-peers")));
    const FakeSite puppet = FakeSite::make(QStringLiteral("Puppet"));
    const Reply accepted = testsupport::openStudy(
        m_sites[1],
        testsupport::makeManifest(demoDesign(),
                                  { testsupport::participantOf(m_sites[1]), puppet.participant() },
                                  {}, QStringLiteral("plain")));
    QVERIFY2(accepted.status == 201, qPrintable(accepted.describe()));
    testsupport::closeJobs({ &m_sites[1] });
    const FakeSite impostor = FakeSite::make(QStringLiteral("site1"));
    const Reply refused = testsupport::openStudy(
        m_sites[1],
        testsupport::makeManifest(
            demoDesign(), { impostor.participant(), testsupport::participantOf(m_sites[1]) }, {},
            QStringLiteral("plain")));
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.code, QStringLiteral("unknown-peer"));
    // Back to the default.
    node.stop();
    QVERIFY2(node.setPolicy(QStringLiteral("unknown_peers"), QStringLiteral("refuse")),
             qPrintable(node.error));
    QVERIFY2(node.serve(), qPrintable(node.error));
    QVERIFY2(testsupport::fetchInfo(m_sites[1], &error), qPrintable(error));
    QVERIFY(m_sites[1].info.capabilities.contains(QStringLiteral("pinned-peers")));
}

// ---- non-finite statistics -----------------------------------------------------------------

void tst_Peers::nonFiniteRoundHalvesTheStepAtEveryNode()
{
    // A Poisson study of site1 and "colluder", a site site1's and site2's administrators pinned
    // (its keys are the test's), with site2 observing. The colluder's round-1 statistics make
    // the next β's intercept about 800: exp(800) overflows, so site1's round-2 statistics are
    // not finite and it answers `non-finite`, nothing else. Relayed, that makes site1 and the
    // observer site2 halve the step alike (the same β hash), and site1's round-3 statistics at
    // the halved β are finite and released. The coordinator's own halving rule is tested in
    // tests/analysis/tst_glm; this is the path through real nodes and signed relays.
    const FakeSite colluder = FakeSite::make(QStringLiteral("colluder"));
    QVERIFY2(testsupport::pinFake(m_nodes[0], colluder), qPrintable(m_nodes[0].error));
    QVERIFY2(testsupport::pinFake(m_nodes[1], colluder), qPrintable(m_nodes[1].error));
    protocol::StudyManifest manifest = testsupport::makeManifest(
        demoDesign(analysis::Family::Poisson),
        { testsupport::participantOf(m_sites[0]), colluder.participant() },
        { testsupport::participantOf(m_sites[1]) }, QStringLiteral("plain"));
    manifest.fitNullModel = false;
    std::vector<StudySite *> nodes { &m_sites[0], &m_sites[1] };
    QString error;
    {
        protocol::SignatureRelay signatures;
        for (StudySite *site : nodes) {
            const Reply opened = testsupport::openStudy(*site, manifest);
            QVERIFY2(opened.status == 201, qPrintable(opened.describe()));
            signatures.signatures.append({ site->info.name, site->manifestSignature });
        }
        signatures.signatures.append({ colluder.name, colluder.signManifest(manifest) });
        for (StudySite *site : nodes) {
            const Reply armed = testsupport::relaySignatures(*site, signatures);
            QVERIFY2(armed.status == 200, qPrintable(armed.describe()));
        }
    }
    // Round 1 at the deterministic start.
    protocol::RoundRelay relay;
    relay.round = 1;
    auto own = testsupport::contributionOf(testsupport::relayRound(m_sites[0], relay));
    QVERIFY(own && own->contribution.plain);
    auto observed1 = testsupport::contributionOf(testsupport::relayRound(m_sites[1], relay));
    QVERIFY(observed1);
    QCOMPARE(observed1->contribution.betaHash, own->contribution.betaHash);
    // The colluder's statistics: the sum's XᵀWX is I and its score (800, 0, 0), so the next β
    // is the start plus (800, 0, 0).
    const analysis::RoundStats &mine = *own->contribution.plain;
    std::vector<double> score(std::size_t(mine.p), 0.0);
    score[0] = 800.0;
    const analysis::RoundStats fake = testsupport::steeringStats(mine, score);
    protocol::Contribution forged = own->contribution;
    forged.site = colluder.name;
    forged.plain = fake;
    // Manifest order: "colluder" < "site1".
    relay.round = 2;
    relay.previous = { colluder.sign(forged), *own };
    const Reply round2 = testsupport::relayRound(m_sites[0], relay);
    auto overflowed = testsupport::contributionOf(round2);
    QVERIFY2(overflowed, qPrintable(round2.describe()));
    QCOMPARE(overflowed->contribution.status, protocol::ContributionStatus::NonFinite);
    QVERIFY(!overflowed->contribution.plain);
    QVERIFY(overflowed->contribution.masked.empty());
    auto observed2 = testsupport::contributionOf(testsupport::relayRound(m_sites[1], relay));
    QVERIFY(observed2);
    QCOMPARE(observed2->contribution.betaHash, overflowed->contribution.betaHash);

    // Round 3: both contributions of round 2 non-finite (the colluder's too, at the same β).
    protocol::Contribution colluderNonFinite = overflowed->contribution;
    colluderNonFinite.site = colluder.name;
    relay.round = 3;
    relay.previous = { colluder.sign(colluderNonFinite), *overflowed };
    const Reply round3 = testsupport::relayRound(m_sites[0], relay);
    auto halved = testsupport::contributionOf(round3);
    QVERIFY2(halved, qPrintable(round3.describe()));
    QCOMPARE(halved->contribution.status, protocol::ContributionStatus::Statistics);
    QVERIFY(halved->contribution.betaHash != overflowed->contribution.betaHash);
    QVERIFY(halved->contribution.plain);
    QVERIFY(std::isfinite(halved->contribution.plain->deviance));
    auto observed3 = testsupport::contributionOf(testsupport::relayRound(m_sites[1], relay));
    QVERIFY(observed3);
    QCOMPARE(observed3->contribution.status, protocol::ContributionStatus::Observed);
    QCOMPARE(observed3->contribution.betaHash, halved->contribution.betaHash);

    // The test's own coordinator, fed the same sums, names the same three β: the start, the
    // steered β, and the midpoint of the two after the non-finite round.
    analysis::GlmOptions options;
    options.maxRounds = manifest.maxRounds;
    options.tol = manifest.tolerance;
    options.fitNullModel = false;
    analysis::GlmCoordinator coordinator(manifest.design.termNames(), analysis::Family::Poisson,
                                         0.0, options, false);
    auto hashOf = [](const Eigen::VectorXd &beta) {
        return protocol::betaHash(std::vector<double>(beta.data(), beta.data() + beta.size()));
    };
    QCOMPARE(hashOf(coordinator.nextBeta()), own->contribution.betaHash);
    analysis::RoundStats sum = fake;
    sum += mine;
    const auto accepted = coordinator.accept(sum);
    QVERIFY(accepted);
    QCOMPARE(hashOf(coordinator.nextBeta()), overflowed->contribution.betaHash);
    QVERIFY(coordinator.nextBeta()[0] > 700);
    const Eigen::VectorXd steered = coordinator.nextBeta();
    const auto halvedStatus = coordinator.reportNonFinite();
    QVERIFY(halvedStatus);
    QCOMPARE(*halvedStatus, analysis::GlmCoordinator::Status::StepHalved);
    QCOMPARE(hashOf(coordinator.nextBeta()), halved->contribution.betaHash);
    QVERIFY(coordinator.nextBeta()[0] < steered[0]);
    testsupport::closeJobs(nodes);
    QVERIFY(testsupport::unpin(m_nodes[0], colluder.name));
    QVERIFY(testsupport::unpin(m_nodes[1], colluder.name));
}

QTEST_GUILESS_MAIN(tst_Peers)
#include "tst_peers.moc"
