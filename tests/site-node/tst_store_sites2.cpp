// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, branch `sites2`: the store keeps the accepted peers in memory between reads (a node
// checks a study's sites against them on every relayed round). The copy must never outlive a
// change: not this store's own (add, batch, remove), and not another connection's to the same
// file — the administrator's `fairstart-node peers add/remove` runs as another process while the
// node serves. peersVersion() changes whenever the peers may have changed.
#include "fairstart/node/store.h"

#include "expectedtest.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fairstart::node;

namespace {

const QString kPassphrase = QStringLiteral("a long test passphrase");

PeerInfo peer(const QString &name)
{
    return { name, QStringLiteral("ed-") + name, QStringLiteral("x-") + name, QString(),
             QDateTime::currentDateTimeUtc() };
}

QStringList names(const std::vector<PeerInfo> &peers)
{
    QStringList out;
    for (const PeerInfo &p : peers)
        out << p.name;
    return out;
}

} // namespace

class tst_StoreSites2 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ownChangesAreSeen()
    {
        QTemporaryDir dir;
        auto created = SiteStore::create(dir.path(), kPassphrase, QStringLiteral("node"));
        QVERIFY_EXPECTED(created);
        SiteStore &store = **created;
        QVERIFY(store.peers().value().empty());
        const std::optional<quint64> v0 = store.peersVersion();
        QVERIFY(v0.has_value());
        QCOMPARE(store.peersVersion(), v0); // nothing changed: the same number
        QCOMPARE(store.addPeer(peer(QStringLiteral("north"))).value(), PeerAddition::Added);
        const std::optional<quint64> v1 = store.peersVersion();
        QVERIFY(v1 != v0);
        QCOMPARE(names(store.peers().value()), QStringList { QStringLiteral("north") });
        QCOMPARE(store.peersVersion(), v1);
        // A refused addition changes nothing in the table, but the copy is read again.
        QCOMPARE(store.addPeer(peer(QStringLiteral("north"))).value(), PeerAddition::AlreadyPinned);
        QCOMPARE(names(store.peers().value()), QStringList { QStringLiteral("north") });
        QCOMPARE(store.removePeer(QStringLiteral("north")).value(), PeerRemoval::Removed);
        QVERIFY(store.peersVersion() != v1);
        QVERIFY(store.peers().value().empty());
        // A batch rolled back (its second peer is pinned already): the table as before.
        QCOMPARE(store.addPeer(peer(QStringLiteral("east"))).value(), PeerAddition::Added);
        QCOMPARE(names(store.peers().value()), QStringList { QStringLiteral("east") });
        const auto batch
            = store.addPeers({ peer(QStringLiteral("west")), peer(QStringLiteral("east")) },
                             { QJsonObject { { QStringLiteral("event"), 1 } },
                               QJsonObject { { QStringLiteral("event"), 2 } } });
        QVERIFY_EXPECTED(batch);
        QCOMPARE(batch->outcome, PeerAddition::AlreadyPinned);
        QCOMPARE(names(store.peers().value()), QStringList { QStringLiteral("east") });
        const auto added = store.addPeers({ peer(QStringLiteral("west")) },
                                          { QJsonObject { { QStringLiteral("event"), 3 } } });
        QVERIFY_EXPECTED(added);
        QCOMPARE(names(store.peers().value()),
                 QStringList({ QStringLiteral("east"), QStringLiteral("west") }));
    }

    void anotherConnectionsChangesAreSeen()
    {
        // The server's store and the administrator's command's store: two connections to one
        // file. Every change the second commits is in the first's next peers(), and its
        // peersVersion() moved.
        QTemporaryDir dir;
        {
            auto created = SiteStore::create(dir.path(), kPassphrase, QStringLiteral("node"));
            QVERIFY_EXPECTED(created);
        }
        auto server = SiteStore::open(dir.path(), kPassphrase);
        QVERIFY_EXPECTED(server);
        QVERIFY((*server)->peers().value().empty());
        const std::optional<quint64> v0 = (*server)->peersVersion();
        QVERIFY(v0.has_value());
        {
            auto admin = SiteStore::open(dir.path(), kPassphrase);
            QVERIFY_EXPECTED(admin);
            QCOMPARE((*admin)->addPeer(peer(QStringLiteral("north"))).value(), PeerAddition::Added);
            QCOMPARE((*admin)->addPeer(peer(QStringLiteral("south"))).value(), PeerAddition::Added);
        }
        const std::optional<quint64> v1 = (*server)->peersVersion();
        QVERIFY(v1 != v0);
        QCOMPARE(names((*server)->peers().value()),
                 QStringList({ QStringLiteral("north"), QStringLiteral("south") }));
        QCOMPARE((*server)->peersVersion(), v1);
        {
            auto admin = SiteStore::open(dir.path(), kPassphrase);
            QVERIFY_EXPECTED(admin);
            QCOMPARE((*admin)->removePeer(QStringLiteral("south")).value(), PeerRemoval::Removed);
        }
        // peers() first this time (without asking the version): read again all the same.
        QCOMPARE(names((*server)->peers().value()), QStringList { QStringLiteral("north") });
        QVERIFY((*server)->peersVersion() != v1);
        // Keys changed under the same name (removed and added again with other keys).
        {
            auto admin = SiteStore::open(dir.path(), kPassphrase);
            QVERIFY_EXPECTED(admin);
            QCOMPARE((*admin)->removePeer(QStringLiteral("north")).value(), PeerRemoval::Removed);
            PeerInfo other = peer(QStringLiteral("north"));
            other.signingKey = QStringLiteral("ed-other");
            QCOMPARE((*admin)->addPeer(other).value(), PeerAddition::Added);
        }
        const auto now = (*server)->peers().value();
        QCOMPARE(now.size(), std::size_t(1));
        QCOMPARE(now.front().signingKey, QStringLiteral("ed-other"));
    }
};

QTEST_GUILESS_MAIN(tst_StoreSites2)
#include "tst_store_sites2.moc"
