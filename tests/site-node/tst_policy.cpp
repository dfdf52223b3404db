// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedtest.h"
#include "fairstart/node/policy.h"
#include "fairstart/node/store.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace fairstart::node;

namespace {

QString readFile(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

} // namespace

class TestPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreThePrivacyRules()
    {
        const Policy policy;
        const auto d = policy.disclosure();
        // docs/privacy-rules.md
        QCOMPARE(d.minCohort, 50);
        QCOMPARE(d.minCell, 10);
        QCOMPARE(d.minSubset, 10);
        QCOMPARE(d.minOverlapDifference, 10);
        QCOMPARE(d.eventsPerParameter, 10);
        QCOMPARE(d.minResidualDf, 10);
        QCOMPARE(d.maxRounds, 25);
        QCOMPARE(d.dominanceShare, 0.90);
        QCOMPARE(d.dominanceTopK, 2);
        QVERIFY(policy.requireConsentColumn());
        QVERIFY(policy.weakenedKeys().isEmpty());
        QVERIFY(policy.maxBodyBytes() <= 1048576); // docs/protocol.md: at most 1 MiB
        QVERIFY(policy.threads() > 0);
        QVERIFY(policy.jobsPerUserPerDay() > 0);
        QVERIFY(policy.jobIdleExpiryMinutes() > 0);
    }

    void defaultFileParsesToDefaults()
    {
        const QString text = Policy::defaultFileText();
        QVERIFY(text.startsWith(QLatin1Char('#')));
        auto parsed = Policy::parse(text);
        QVERIFY_EXPECTED(parsed);
        QCOMPARE(parsed->toJson(), Policy().toJson());
        for (const PolicyKeyInfo &k : Policy::keys())
            QVERIFY2(text.contains(k.key + QStringLiteral(" = ")), qPrintable(k.key));
    }

    // Known peers only by default; allowing unknown ones is a weakened privacy key (warned and
    // audited like a lowered threshold).
    void unknownPeersIsAPrivacyKey()
    {
        QVERIFY(!Policy().allowUnknownPeers());
        auto parsed = Policy::parse(QStringLiteral("unknown_peers = allow\n"));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QVERIFY(parsed->allowUnknownPeers());
        QVERIFY(parsed->weakenedKeys().contains(QStringLiteral("unknown_peers")));
        QVERIFY(!parsed->warnings().isEmpty());
        auto strict = Policy::parse(QStringLiteral("unknown_peers = refuse\n"));
        QVERIFY(strict.ok() && !strict->allowUnknownPeers() && strict->weakenedKeys().isEmpty());
    }

    // Request batches on by default; batch = 0 (or refuse, no) is the administrator's switch
    // that makes the node answer as an older node (branch health13), a service key: turning it
    // off weakens nothing and warns of nothing.
    void batchIsANodeOnlySwitch()
    {
        QVERIFY(Policy().requestBatches());
        for (const QString &off :
             { QStringLiteral("0"), QStringLiteral("refuse"), QStringLiteral("no") }) {
            auto parsed = Policy::parse(QStringLiteral("batch = %1\n").arg(off));
            QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
            QVERIFY(!parsed->requestBatches());
            QVERIFY(parsed->weakenedKeys().isEmpty());
            QVERIFY(parsed->warnings().isEmpty());
        }
        auto on = Policy::parse(QStringLiteral("batch = 1\n"));
        QVERIFY(on.ok() && on->requestBatches());
        QVERIFY(!Policy::parse(QStringLiteral("batch = 2\n")).ok());
        const PolicyKeyInfo *info = Policy::keyInfo(QStringLiteral("batch"));
        QVERIFY(info);
        QVERIFY(!info->privacy);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expected");
        QTest::newRow("comment and blank")
            << QStringLiteral("# hi\n\n min_cell = 12 # note\n") << true << QString();
        QTest::newRow("unknown key") << QStringLiteral("min_cells = 12\n") << false
                                     << QStringLiteral("line 1: unknown key 'min_cells'");
        QTest::newRow("no equals") << QStringLiteral("\nmin_cell 12\n") << false
                                   << QStringLiteral("line 2: expected 'key = value'");
        QTest::newRow("not a number") << QStringLiteral("min_cell = ten\n") << false
                                      << QStringLiteral("'ten' is not a number");
        QTest::newRow("fraction") << QStringLiteral("min_cell = 10.5\n") << false
                                  << QStringLiteral("whole number");
        QTest::newRow("below floor")
            << QStringLiteral("min_cohort = 2\n") << false << QStringLiteral("hard limit 3");
        QTest::newRow("at floor") << QStringLiteral("min_cohort = 3\n") << true << QString();
        QTest::newRow("rounds above limit")
            << QStringLiteral("max_rounds = 1000\n") << false << QStringLiteral("hard limit 100");
        QTest::newRow("share above limit")
            << QStringLiteral("dominance_share = 0.99\n") << false << QStringLiteral("hard limit");
        QTest::newRow("twice") << QStringLiteral("min_cell = 12\nmin_cell = 13\n") << false
                               << QStringLiteral("set twice");
        QTest::newRow("threads out of range")
            << QStringLiteral("threads = 0\n") << false << QStringLiteral("between 1 and 256");
        QTest::newRow("yes/no") << QStringLiteral("require_consent_column = no\n") << true
                                << QString();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, expected);
        auto parsed = Policy::parse(text, QStringLiteral("p.conf"));
        QCOMPARE(parsed.ok(), ok);
        if (!ok) {
            QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
            QVERIFY(parsed.error().message.startsWith(QLatin1String("p.conf line")));
        }
    }

    void weakened()
    {
        auto parsed = Policy::parse(QStringLiteral("min_cell = 5\nmax_rounds = 50\n"
                                                   "min_cohort = 100\nthreads = 64\n"
                                                   "require_consent_column = 0\n"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->weakenedKeys(),
                 (QStringList { QStringLiteral("min_cell"), QStringLiteral("max_rounds"),
                                QStringLiteral("require_consent_column") }));
        QCOMPARE(parsed->warnings().size(), 3);
        QCOMPARE(parsed->disclosure().minCell, 5);
        QCOMPARE(parsed->disclosure().minCohort, 100);
        QCOMPARE(parsed->threads(), 64);
        QVERIFY(!parsed->requireConsentColumn());
    }

    void setKeepsCommentsAndAudits()
    {
        QTemporaryDir dir;
        auto store = (SiteStore::create(dir.path(), QStringLiteral("a long passphrase"),
                                        QStringLiteral("n"))
                          .value());
        QVERIFY(Policy::writeDefaultFile(dir.path()).ok());
        QCOMPARE(Policy::load(dir.path())->toJson(), Policy().toJson());

        // Stricter: no warning.
        auto stricter
            = Policy::set(dir.path(), *store, QStringLiteral("min_cell"), QStringLiteral("20"));
        QVERIFY(stricter.ok());
        QVERIFY(stricter->isEmpty());
        QCOMPARE(Policy::load(dir.path())->minCell(), 20);

        // Weaker: a warning and an audit entry saying so.
        auto weaker
            = Policy::set(dir.path(), *store, QStringLiteral("min_cohort"), QStringLiteral("20"));
        QVERIFY(weaker.ok());
        QVERIFY(weaker->contains(QLatin1String("weaker than the default 50")));
        QCOMPARE(Policy::load(dir.path())->minCohort(), 20);
        const auto entries = store->auditEntries(1, 10).value();
        QCOMPARE(entries.size(), std::size_t(2));
        const QJsonObject last = entries.back().entry;
        QCOMPARE(last.value(QStringLiteral("event")).toString(), QStringLiteral("policy-changed"));
        QCOMPARE(last.value(QStringLiteral("key")).toString(), QStringLiteral("min_cohort"));
        QCOMPARE(last.value(QStringLiteral("old")).toDouble(), 50.0);
        QCOMPARE(last.value(QStringLiteral("new")).toDouble(), 20.0);
        QCOMPARE(last.value(QStringLiteral("weaker_than_default")).toBool(), true);
        QCOMPARE(entries.front().entry.value(QStringLiteral("weaker_than_default")).toBool(),
                 false);

        // The comments are still there.
        const QString text = readFile(Policy::filePath(dir.path()));
        QVERIFY(text.contains(QLatin1String("# Fairstart node policy")));
        QVERIFY(text.contains(QLatin1String("min_cohort = 20")));

        // The hard floor: refused, nothing written, nothing audited.
        auto floor
            = Policy::set(dir.path(), *store, QStringLiteral("min_cohort"), QStringLiteral("2"));
        QVERIFY(!floor.ok());
        QCOMPARE(floor.error().code, NodeErrorCode::PolicyFloor);
        QCOMPARE(readFile(Policy::filePath(dir.path())), text);
        QCOMPARE(store->auditCount().value(), 2);

        auto unknown = Policy::set(dir.path(), *store, QStringLiteral("nope"), QStringLiteral("1"));
        QCOMPARE(unknown.error().code, NodeErrorCode::NotFound);

        // A key missing from a hand-edited file is appended.
        QFile f(Policy::filePath(dir.path()));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("# mine\n");
        f.close();
        QVERIFY(
            Policy::set(dir.path(), *store, QStringLiteral("threads"), QStringLiteral("4")).ok());
        QCOMPARE(readFile(Policy::filePath(dir.path())), QStringLiteral("# mine\nthreads = 4\n"));
        QCOMPARE(Policy::load(dir.path())->threads(), 4);
    }

    void auditLoaded()
    {
        QTemporaryDir dir;
        auto store = (SiteStore::create(dir.path(), QStringLiteral("a long passphrase"),
                                        QStringLiteral("n"))
                          .value());
        auto policy = Policy::parse(QStringLiteral("min_cell = 4\n"));
        QVERIFY(policy->auditLoaded(*store).ok());
        const QJsonObject e = store->auditEntries(1, 1)->front().entry;
        QCOMPARE(e.value(QStringLiteral("event")).toString(), QStringLiteral("policy-loaded"));
        QCOMPARE(
            e.value(QStringLiteral("policy")).toObject().value(QStringLiteral("min_cell")).toInt(),
            4);
        QCOMPARE(e.value(QStringLiteral("weaker_than_default")).toArray().size(), 1);
    }

    // A policy file cut short (branch robust2). Cut at a line break, it loads, and the settings
    // it lost (their defaults now) are named; cut inside its last setting, it is refused (a value
    // cut short can still be valid), and only setting that key again repairs it.
    void cutPolicyFile()
    {
        QTemporaryDir dir;
        auto store = (SiteStore::create(dir.path(), QStringLiteral("a long passphrase"),
                                        QStringLiteral("n"))
                          .value());
        QVERIFY(Policy::writeDefaultFile(dir.path()).ok());
        // The file init writes sets every key: nothing to warn of.
        auto whole = Policy::load(dir.path());
        QVERIFY_EXPECTED(whole);
        QVERIFY(whole->keysNotInFile().isEmpty());
        QVERIFY(whole->notInFileWarning().isEmpty());
        QVERIFY(Policy::set(dir.path(), *store, QStringLiteral("min_cohort"), QStringLiteral("100"))
                    .ok());
        const QString path = Policy::filePath(dir.path());
        const QString text = readFile(path);
        QVERIFY(text.endsWith(QLatin1Char('\n')));
        auto write = [&](const QString &t) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(t.toUtf8());
        };
        const QString setting = QStringLiteral("min_cohort = 100");
        const qsizetype at = text.indexOf(setting);
        QVERIFY(at > 0);

        // Cut at the line break after min_cohort: every later key is lost, and named.
        write(text.left(at + setting.size() + 1));
        auto cut = Policy::load(dir.path());
        QVERIFY_EXPECTED(cut);
        QCOMPARE(cut->minCohort(), 100);
        QCOMPARE(cut->keysNotInFile().size(), qsizetype(Policy::keys().size()) - 1);
        QVERIFY(cut->keysNotInFile().contains(QStringLiteral("min_cell")));
        QVERIFY(cut->notInFileWarning().contains(QLatin1String("min_cell, min_subset")));
        QVERIFY(cut->auditLoaded(*store).ok());
        const QJsonObject loaded
            = store->auditEntries(store->auditCount().value(), 1)->front().entry;
        QCOMPARE(loaded.value(QStringLiteral("not_in_file")).toArray().size(),
                 qsizetype(Policy::keys().size()) - 1);

        // Cut inside min_cohort's value: "min_cohort = 10" would be valid, and weaker.
        const QString inside = text.left(at + setting.size() - 1);
        write(inside);
        auto refused = Policy::load(dir.path());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, NodeErrorCode::InvalidInput);
        const int line = int(inside.count(QLatin1Char('\n'))) + 1;
        QVERIFY2(
            refused.error().message.contains(
                QStringLiteral("line %1 ends without a line break").arg(line))
                && refused.error().message.contains(QLatin1String("policy set min_cohort VALUE")),
            qPrintable(refused.error().message));
        // Setting another key would pass the cut value on: refused, the file unchanged.
        auto other
            = Policy::set(dir.path(), *store, QStringLiteral("min_cell"), QStringLiteral("20"));
        QVERIFY(!other.ok());
        QCOMPARE(readFile(path), inside);
        // Setting the cut key replaces its line: the file is whole again.
        QVERIFY(Policy::set(dir.path(), *store, QStringLiteral("min_cohort"), QStringLiteral("100"))
                    .ok());
        QVERIFY(readFile(path).endsWith(QStringLiteral("min_cohort = 100\n")));
        QCOMPARE(Policy::load(dir.path())->minCohort(), 100);

        // A last line without a line break that holds no setting (a comment) loads.
        write(text + QStringLiteral("# the end"));
        auto comment = Policy::load(dir.path());
        QVERIFY_EXPECTED(comment);
        QCOMPARE(comment->minCohort(), 100);
        QVERIFY(comment->keysNotInFile().isEmpty());
    }

    void missingFile()
    {
        QTemporaryDir dir;
        auto loaded = Policy::load(dir.path());
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, NodeErrorCode::NotInitialised);
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
