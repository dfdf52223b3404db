// SPDX-License-Identifier: GPL-3.0-or-later
// The content of a workspace: designs and their history, autosave, runs, published models, sites,
// settings, the request log, and the idle lock.
#include "database.h"
#include "fairstart/workspace/workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace fairstart::workspace;
using namespace std::chrono_literals;

namespace {

const QString passphrase = QStringLiteral("correct horse battery staple");

QJsonObject design(int n)
{
    return QJsonObject { { QStringLiteral("outcome"), QStringLiteral("preterm") },
                         { QStringLiteral("terms"), QJsonArray { QStringLiteral("age"), n } } };
}

} // namespace

class tst_Workspace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void designVersions();
    void renameAndDelete();
    void autosaveCoalesces();
    void closeFlushesAutosave();
    void runs();
    void publishedModels();
    void sites();
    void siteKeysPinnedOnFirstUse();
    void settings();
    void requestLogChain();
    void requestLogDetectsTampering_data();
    void requestLogDetectsTampering();
    void idleLock();
    void activityPostponesLock();
    void closedWorkspaceRefuses();
    void onlyTheOwnerCanRead();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    int m_counter = 0;
};

void tst_Workspace::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_Workspace::init()
{
    m_path = m_dir.filePath(QStringLiteral("ws%1.fairstart").arg(++m_counter));
    auto ws = Workspace::create(m_path, passphrase);
    QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
    m_ws = std::move(ws).value();
}

void tst_Workspace::cleanup()
{
    m_ws.reset();
}

void tst_Workspace::designVersions()
{
    QSignalSpy changed(m_ws.get(), &Workspace::designsChanged);
    const auto first = m_ws->saveDesign(QStringLiteral("  Preterm birth "), design(1));
    QVERIFY(first);
    QCOMPARE(first->version, 1);
    QVERIFY(first->changed);
    const auto same = m_ws->saveDesign(QStringLiteral("Preterm birth"), design(1));
    QVERIFY(same);
    QCOMPARE(same->designId, first->designId);
    QCOMPARE(same->version, 1);
    QVERIFY(!same->changed);
    const auto second = m_ws->saveDesignVersion(first->designId, design(2));
    QVERIFY(second);
    QCOMPARE(second->version, 2);
    QCOMPARE(changed.count(), 2);

    const auto latest = m_ws->design(first->designId);
    QVERIFY(latest);
    QCOMPARE(latest->name, QStringLiteral("Preterm birth"));
    QCOMPARE(latest->version, 2);
    QCOMPARE(latest->design, design(2));
    const auto history = m_ws->designHistory(first->designId);
    QVERIFY(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).design, design(1));
    QCOMPARE(history->at(1).design, design(2));
    QVERIFY(!history->at(0).autosaved);
    QCOMPARE(m_ws->designVersion(first->designId, 1)->design, design(1));
    QCOMPARE(m_ws->designVersion(first->designId, 3).error().code, WorkspaceError::NotFound);
    QCOMPARE(m_ws->design(999).error().code, WorkspaceError::NotFound);
    QCOMPARE(m_ws->saveDesignVersion(999, design(1)).error().code, WorkspaceError::NotFound);
    QCOMPARE(m_ws->saveDesign(QStringLiteral("  "), design(1)).error().code,
             WorkspaceError::Invalid);

    QVERIFY(m_ws->saveDesign(QStringLiteral("apgar"), design(3)));
    const auto list = m_ws->designs();
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).name, QStringLiteral("apgar")); // case-insensitive order
    QCOMPARE(list->at(1).latestVersion, 2);
}

void tst_Workspace::renameAndDelete()
{
    const auto a = m_ws->saveDesign(QStringLiteral("A"), design(1));
    const auto b = m_ws->saveDesign(QStringLiteral("B"), design(2));
    QVERIFY(a && b);
    QCOMPARE(m_ws->renameDesign(a->designId, QStringLiteral("B")).error().code,
             WorkspaceError::Invalid);
    QVERIFY(m_ws->renameDesign(a->designId, QStringLiteral("A renamed")));
    QCOMPARE(m_ws->design(a->designId)->name, QStringLiteral("A renamed"));

    const auto run = m_ws->addRun(a->designId, {}, { QStringLiteral("Leeds") });
    QVERIFY(run);
    QVERIFY(m_ws->deleteDesign(a->designId));
    QCOMPARE(m_ws->design(a->designId).error().code, WorkspaceError::NotFound);
    QCOMPARE(m_ws->designHistory(a->designId).error().code, WorkspaceError::NotFound);
    QCOMPARE(m_ws->deleteDesign(a->designId).error().code, WorkspaceError::NotFound);
    // The run stays, with the design's name as it was.
    const auto kept = m_ws->run(*run);
    QVERIFY(kept);
    QCOMPARE(kept->designId, 0);
    QCOMPARE(kept->designName, QStringLiteral("A renamed"));
    QCOMPARE(m_ws->designs()->size(), 1);
}

void tst_Workspace::autosaveCoalesces()
{
    const auto d = m_ws->saveDesign(QStringLiteral("draft"), design(0));
    QVERIFY(d);
    m_ws->setAutosaveDelay(80ms);
    m_ws->setCurrentDesign(d->designId);
    QSignalSpy autosaved(m_ws.get(), &Workspace::autosaved);
    for (int i = 1; i <= 10; ++i)
        m_ws->scheduleAutosave(design(i));
    QVERIFY(m_ws->hasPendingAutosave());
    QVERIFY(autosaved.wait(5000));
    QCOMPARE(autosaved.count(), 1);
    QCOMPARE(autosaved.at(0).at(0).toLongLong(), d->designId);
    QCOMPARE(autosaved.at(0).at(1).toInt(), 2);
    QVERIFY(!m_ws->hasPendingAutosave());
    const auto history = m_ws->designHistory(d->designId);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->last().design, design(10));
    QVERIFY(history->last().autosaved);

    // An unchanged design adds no version.
    m_ws->scheduleAutosave(design(10));
    QVERIFY(m_ws->flushAutosave());
    QCOMPARE(m_ws->designHistory(d->designId)->size(), 2);
    QCOMPARE(autosaved.count(), 1);
}

void tst_Workspace::closeFlushesAutosave()
{
    const auto d = m_ws->saveDesign(QStringLiteral("draft"), design(0));
    QVERIFY(d);
    m_ws->setAutosaveDelay(1h);
    m_ws->setCurrentDesign(d->designId);
    m_ws->scheduleAutosave(design(42));
    m_ws->close();
    auto ws = Workspace::open(m_path, passphrase);
    QVERIFY(ws);
    QCOMPARE(ws.value()->design(d->designId)->design, design(42));
}

void tst_Workspace::runs()
{
    const auto d = m_ws->saveDesign(QStringLiteral("d"), design(1));
    QVERIFY(d);
    QSignalSpy runsChanged(m_ws.get(), &Workspace::runsChanged);
    const QJsonObject request { { QStringLiteral("purpose"), QStringLiteral("research") } };
    QCOMPARE(m_ws->addRun(d->designId, request, {}).error().code, WorkspaceError::Invalid);
    QCOMPARE(m_ws->addRun(12345, request, { QStringLiteral("Leeds") }).error().code,
             WorkspaceError::NotFound);
    const auto id = m_ws->addRun(
        d->designId, request,
        { QStringLiteral("Leeds"), QStringLiteral("Bergen"), QStringLiteral("Leeds") });
    QVERIFY(id);
    QVERIFY(m_ws->updateRunSite(*id, QStringLiteral("Leeds"), SiteRunState::Succeeded));
    QVERIFY(m_ws->updateRunSite(*id, QStringLiteral("Bergen"), SiteRunState::Refused,
                                QStringLiteral("min_cell_count: a cell has fewer than 10")));
    QCOMPARE(m_ws->updateRunSite(*id, QStringLiteral("Oslo"), SiteRunState::Failed).error().code,
             WorkspaceError::NotFound);
    QCOMPARE(m_ws->updateRunSite(777, QStringLiteral("Leeds"), SiteRunState::Failed).error().code,
             WorkspaceError::NotFound);

    auto run = m_ws->run(*id);
    QVERIFY(run);
    QCOMPARE(run->request, request);
    QCOMPARE(run->designVersion, 1);
    QCOMPARE(run->sites.size(), 2);
    QCOMPARE(run->sites.at(0).site, QStringLiteral("Leeds"));
    QCOMPARE(run->sites.at(0).state, SiteRunState::Succeeded);
    QCOMPARE(run->sites.at(1).state, SiteRunState::Refused);
    QVERIFY(run->sites.at(1).message.contains(QLatin1String("min_cell_count")));
    QVERIFY(run->result.isEmpty());
    QVERIFY(!run->finished.isValid());

    const QJsonObject aggregates { { QStringLiteral("coefficients"), QJsonArray { 0.5, -1.25 } },
                                   { QStringLiteral("n"), 1200 } };
    QVERIFY(m_ws->setRunResult(*id, aggregates));
    QCOMPARE(m_ws->setRunResult(999, aggregates).error().code, WorkspaceError::NotFound);
    run = m_ws->run(*id);
    QCOMPARE(run->result, aggregates);
    QVERIFY(run->finished.isValid());
    QCOMPARE(run->finished.timeSpec(), Qt::UTC);

    const auto second = m_ws->addRun(d->designId, request, { QStringLiteral("Leeds") });
    QVERIFY(second);
    const auto all = m_ws->runs();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).id, *second); // newest first
    QVERIFY(all->at(1).hasResult);
    QCOMPARE(m_ws->runs(d->designId)->size(), 2);
    QCOMPARE(m_ws->runs(99)->size(), 0);
    QCOMPARE(runsChanged.count(), 5);

    for (SiteRunState state :
         { SiteRunState::Pending, SiteRunState::Running, SiteRunState::Succeeded,
           SiteRunState::Refused, SiteRunState::Failed, SiteRunState::Cancelled }) {
        QCOMPARE(siteRunStateFromName(siteRunStateName(state)), state);
        QVERIFY(!siteRunStateText(state).isEmpty());
    }
    QVERIFY(!siteRunStateFromName(QStringLiteral("exploded")));
}

void tst_Workspace::publishedModels()
{
    const auto d = m_ws->saveDesign(QStringLiteral("d"), design(1));
    const auto run = m_ws->addRun(d->designId, {}, { QStringLiteral("Leeds") });
    QVERIFY(run);
    QCOMPARE(m_ws->publishModel(*run, QStringLiteral("M"), design(5)).error().code,
             WorkspaceError::Invalid); // no result yet
    QCOMPARE(m_ws->publishModel(4242, QStringLiteral("M"), design(5)).error().code,
             WorkspaceError::NotFound);
    QVERIFY(m_ws->setRunResult(*run, QJsonObject { { QStringLiteral("n"), 300 } }));
    QSignalSpy spy(m_ws.get(), &Workspace::publishedModelsChanged);
    const auto model = m_ws->publishModel(*run, QStringLiteral("Preterm model v1"), design(5));
    QVERIFY(model);
    QCOMPARE(spy.count(), 1);
    const auto list = m_ws->publishedModels();
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().name, QStringLiteral("Preterm model v1"));
    QCOMPARE(list->first().runId, *run);
    QCOMPARE(list->first().model, design(5));
    // Its run's result is frozen from now on.
    QCOMPARE(m_ws->setRunResult(*run, {}).error().code, WorkspaceError::ReadOnly);
}

void tst_Workspace::sites()
{
    Site leeds { QStringLiteral("Leeds"), QStringLiteral("https://leeds.example:8443"),
                 QStringLiteral("sha256/abc"), QStringLiteral("token-1") };
    QVERIFY(m_ws->addSite(leeds));
    QCOMPARE(m_ws->addSite(leeds).error().code, WorkspaceError::Invalid);
    Site bad = leeds;
    bad.name = QStringLiteral("Bad");
    bad.url = QStringLiteral("not a url");
    QCOMPARE(m_ws->addSite(bad).error().code, WorkspaceError::Invalid);
    bad.url = QStringLiteral("ftp://x.example");
    QCOMPARE(m_ws->addSite(bad).error().code, WorkspaceError::Invalid);

    Site bergen { QStringLiteral("Bergen"), QStringLiteral("https://bergen.example"),
                  QStringLiteral("sha256/def"), QStringLiteral("token-2") };
    QVERIFY(m_ws->addSite(bergen));
    auto list = m_ws->sites();
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).name, QStringLiteral("Bergen"));
    QCOMPARE(list->at(1).token, QStringLiteral("token-1"));

    leeds.token = QStringLiteral("token-rotated");
    QVERIFY(m_ws->updateSite(QStringLiteral("Leeds"), leeds));
    leeds.name = QStringLiteral("Bergen");
    QCOMPARE(m_ws->updateSite(QStringLiteral("Leeds"), leeds).error().code,
             WorkspaceError::Invalid);
    leeds.name = QStringLiteral("Nowhere");
    QCOMPARE(m_ws->updateSite(QStringLiteral("Nowhere"), leeds).error().code,
             WorkspaceError::NotFound);
    QCOMPARE(m_ws->sites()->at(1).token, QStringLiteral("token-rotated"));

    QVERIFY(m_ws->removeSite(QStringLiteral("Bergen")));
    QCOMPARE(m_ws->removeSite(QStringLiteral("Bergen")).error().code, WorkspaceError::NotFound);
    QCOMPARE(m_ws->sites()->size(), 1);
}

namespace {
QString key(char byte)
{
    return QString::fromLatin1(QByteArray(32, byte).toBase64());
}
} // namespace

void tst_Workspace::siteKeysPinnedOnFirstUse()
{
    const QString name = QStringLiteral("Oslo");
    QVERIFY(m_ws->addSite(Site { name, QStringLiteral("https://oslo.example:8443"),
                                 QStringLiteral("sha256/oslo"), QStringLiteral("t") }));
    QVERIFY(m_ws->site(name)->signingKey.isEmpty());
    QSignalSpy changed(m_ws.get(), &Workspace::sitesChanged);
    // Malformed keys are never recorded.
    QCOMPARE(m_ws->recordSiteKeys(name, QStringLiteral("abc"), key('b')).error().code,
             WorkspaceError::Invalid);
    QCOMPARE(m_ws->recordSiteKeys(name, key('a'), QString()).error().code, WorkspaceError::Invalid);
    QVERIFY(m_ws->site(name)->signingKey.isEmpty());
    // First use records; the same keys again change nothing.
    QVERIFY(m_ws->recordSiteKeys(name, key('a'), key('b')));
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_ws->recordSiteKeys(name, key('a'), key('b')));
    QCOMPARE(changed.size(), 1);
    // A second "first use" with other keys is refused and names the site: never overwritten.
    const auto refused = m_ws->recordSiteKeys(name, key('c'), key('b'));
    QCOMPARE(refused.error().code, WorkspaceError::KeyChanged);
    QVERIFY(refused.error().message.contains(name));
    QCOMPARE(m_ws->recordSiteKeys(name, key('a'), key('d')).error().code,
             WorkspaceError::KeyChanged);
    QCOMPARE(m_ws->site(name)->signingKey, key('a'));
    QCOMPARE(m_ws->site(name)->keyAgreementKey, key('b'));
    // updateSite (a new token, a rename) never touches the keys, whatever the Site holds.
    Site edited = *m_ws->site(name);
    edited.token = QStringLiteral("t2");
    edited.signingKey = key('e');
    edited.keyAgreementKey = key('f');
    QVERIFY(m_ws->updateSite(name, edited));
    QCOMPARE(m_ws->site(name)->signingKey, key('a'));
    QCOMPARE(m_ws->site(name)->token, QStringLiteral("t2"));
    // Accepting a change needs the keys the user was shown as the old ones.
    Site shown = *m_ws->site(name);
    Site stale = shown;
    stale.signingKey = key('z');
    QCOMPARE(m_ws->acceptSiteKeys(name, stale, key('c'), key('d')).error().code,
             WorkspaceError::KeyChanged);
    QCOMPARE(m_ws->site(name)->signingKey, key('a'));
    QCOMPARE(m_ws->acceptSiteKeys(name, shown, key('c'), QStringLiteral("x")).error().code,
             WorkspaceError::Invalid);
    QVERIFY(m_ws->acceptSiteKeys(name, shown, key('c'), key('d')));
    QCOMPARE(m_ws->site(name)->signingKey, key('c'));
    QCOMPARE(m_ws->site(name)->keyAgreementKey, key('d'));
    QCOMPARE(
        m_ws->acceptSiteKeys(QStringLiteral("Nowhere"), shown, key('c'), key('d')).error().code,
        WorkspaceError::NotFound);
    // A site added with keys (from a sites file that holds them) keeps them; half a pair or a
    // malformed key is refused.
    Site keyed { QStringLiteral("Turku"),
                 QStringLiteral("https://turku.example"),
                 QStringLiteral("sha256/t"),
                 QStringLiteral("t"),
                 key('g'),
                 key('h') };
    QVERIFY(m_ws->addSite(keyed));
    QCOMPARE(m_ws->site(QStringLiteral("Turku"))->keyAgreementKey, key('h'));
    keyed.name = QStringLiteral("Half");
    keyed.keyAgreementKey.clear();
    QCOMPARE(m_ws->addSite(keyed).error().code, WorkspaceError::Invalid);
}

void tst_Workspace::settings()
{
    QCOMPARE(m_ws->setting(QStringLiteral("missing"), 7)->toInt(), 7);
    QVERIFY(m_ws->setSetting(QStringLiteral("autosave"), true));
    QVERIFY(m_ws->setSetting(QStringLiteral("name"), QStringLiteral("Ana")));
    QVERIFY(m_ws->setSetting(QStringLiteral("layout"), QJsonObject { { QStringLiteral("w"), 3 } }));
    QVERIFY(m_ws->setSetting(QStringLiteral("name"), QStringLiteral("Bea")));
    QCOMPARE(m_ws->setting(QStringLiteral("autosave"))->toBool(), true);
    QCOMPARE(m_ws->setting(QStringLiteral("name"))->toString(), QStringLiteral("Bea"));
    QCOMPARE(m_ws->setting(QStringLiteral("layout"))->toObject().value(QStringLiteral("w")), 3);
    QVERIFY(m_ws->removeSetting(QStringLiteral("name")));
    QVERIFY(m_ws->setting(QStringLiteral("name"))->isUndefined());
    QCOMPARE(m_ws->setSetting(QString(), 1).error().code, WorkspaceError::Invalid);
}

void tst_Workspace::requestLogChain()
{
    QVERIFY(m_ws->verifyRequestLog()->intact);
    QCOMPARE(m_ws->verifyRequestLog()->entries, 0);
    QByteArray previous(32, '\0');
    for (int i = 1; i <= 5; ++i) {
        const auto e = m_ws->appendRequestLog(QJsonObject {
            { QStringLiteral("request"), QStringLiteral("round") }, { QStringLiteral("i"), i } });
        QVERIFY(e);
        QCOMPARE(e->sequence, i);
        QCOMPARE(e->previousHash, previous);
        QCOMPARE(e->hash.size(), 32);
        previous = e->hash;
    }
    const auto log = m_ws->requestLog();
    QCOMPARE(log->size(), 5);
    QCOMPARE(log->at(2).entry.value(QStringLiteral("i")).toInt(), 3);
    QCOMPARE(log->last().hash, previous);
    const auto check = m_ws->verifyRequestLog();
    QVERIFY(check->intact);
    QCOMPARE(check->entries, 5);
}

void tst_Workspace::requestLogDetectsTampering_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<int>("firstBad");
    QTest::newRow("entry changed")
        << QByteArray("UPDATE request_log SET entry = '{\"i\":99}' WHERE seq = 3") << 3;
    QTest::newRow("time changed") << QByteArray(
        "UPDATE request_log SET time = '2020-01-01T00:00:00.000Z' WHERE seq = 2")
                                  << 2;
    QTest::newRow("middle removed") << QByteArray("DELETE FROM request_log WHERE seq = 2") << 2;
    QTest::newRow("newest removed") << QByteArray("DELETE FROM request_log WHERE seq = 4") << 4;
    QTest::newRow("reordered") << QByteArray("UPDATE request_log SET seq = 100 WHERE seq = 2;"
                                             "UPDATE request_log SET seq = 2 WHERE seq = 3;"
                                             "UPDATE request_log SET seq = 3 WHERE seq = 100;")
                               << 2;
    QTest::newRow("garbage entry")
        << QByteArray("UPDATE request_log SET entry = 'not json' WHERE seq = 1") << 1;
}

void tst_Workspace::requestLogDetectsTampering()
{
    QFETCH(QByteArray, sql);
    QFETCH(int, firstBad);
    for (int i = 1; i <= 4; ++i)
        QVERIFY(m_ws->appendRequestLog(QJsonObject { { QStringLiteral("i"), i } }));
    QVERIFY(m_ws->verifyRequestLog()->intact);
    m_ws->close();
    {
        auto db = Database::open(m_path, passphrase);
        QVERIFY(db);
        db.value()->exec(sql.constData());
    }
    QVERIFY(m_ws->unlock(passphrase));
    const auto check = m_ws->verifyRequestLog();
    QVERIFY(check);
    QVERIFY(!check->intact);
    QCOMPARE(check->firstBadSequence, firstBad);
    QVERIFY(!check->message.isEmpty());
}

void tst_Workspace::idleLock()
{
    QVERIFY(m_ws->saveDesign(QStringLiteral("kept"), design(1)));
    QSignalSpy locked(m_ws.get(), &Workspace::locked);
    m_ws->lockAfter(100ms);
    QCOMPARE(m_ws->lockInterval(), 100ms);
    QVERIFY(locked.wait(5000));
    QCOMPARE(locked.count(), 1);
    QVERIFY(!m_ws->isOpen());
    QCOMPARE(m_ws->designs().error().code, WorkspaceError::Closed);
    QCOMPARE(m_ws->unlock(QStringLiteral("wrong")).error().code, WorkspaceError::WrongPassphrase);
    QVERIFY(!m_ws->isOpen());
    QVERIFY(m_ws->unlock(passphrase));
    QVERIFY(m_ws->isOpen());
    QCOMPARE(m_ws->designs()->size(), 1);
    // The timer runs again after unlocking.
    QVERIFY(locked.wait(5000));
    QCOMPARE(locked.count(), 2);
    m_ws->lockAfter(0ms);
    QVERIFY(m_ws->unlock(passphrase));
    QVERIFY(!locked.wait(300));
}

void tst_Workspace::activityPostponesLock()
{
    // Activity more often than the interval keeps the workspace open for several intervals; then,
    // idle, it locks. Only a gap between two noteActivity() calls can let the lock in, so each
    // gap is measured: a gap that a starved process (a loaded CI machine) stretched towards the
    // interval makes the attempt inconclusive and it is tried again, never judged. QTimer's
    // coarse timers may fire up to 5% early, so only gaps below 90% of the interval count.
    constexpr auto interval = 1500ms;
    constexpr qint64 conclusiveGapMs = 1350;
    constexpr int attempts = 10;
    std::unique_ptr<QSignalSpy> locked;
    for (int attempt = 1;; ++attempt) {
        locked = std::make_unique<QSignalSpy>(m_ws.get(), &Workspace::locked);
        m_ws->lockAfter(interval);
        QElapsedTimer elapsed;
        elapsed.start();
        QElapsedTimer gap;
        gap.start();
        qint64 longestGap = 0;
        for (int i = 0; i < 20 && locked->isEmpty(); ++i) {
            QTest::qWait(100);
            longestGap = std::max(longestGap, gap.restart());
            m_ws->noteActivity();
        }
        if (longestGap < conclusiveGapMs) {
            // Never idle for the interval, and open for longer than it.
            QVERIFY(elapsed.elapsed() > 1500);
            QCOMPARE(locked->count(), 0);
            QVERIFY(m_ws->isOpen());
            break;
        }
        QVERIFY2(attempt < attempts,
                 qPrintable(QStringLiteral("the test process was starved for %1 ms or more in each "
                                           "of %2 attempts: nothing was tested")
                                .arg(conclusiveGapMs)
                                .arg(attempts)));
        if (!m_ws->isOpen()) {
            auto reopened = Workspace::open(m_path, passphrase);
            QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
            m_ws = std::move(reopened).value();
        }
    }
    QVERIFY(locked->wait(60000)); // idle now: it locks
    QVERIFY(!m_ws->isOpen());
}

void tst_Workspace::closedWorkspaceRefuses()
{
    m_ws->close();
    QVERIFY(!m_ws->isOpen());
    QCOMPARE(m_ws->saveDesign(QStringLiteral("x"), design(1)).error().code, WorkspaceError::Closed);
    QCOMPARE(m_ws->sites().error().code, WorkspaceError::Closed);
    QCOMPARE(m_ws->appendRequestLog({}).error().code, WorkspaceError::Closed);
    QCOMPARE(m_ws->changePassphrase(passphrase, QStringLiteral("y")).error().code,
             WorkspaceError::Closed);
    m_ws->close(); // idempotent
}

// The workspace file and its write-ahead log are created readable by their owner only.
void tst_Workspace::onlyTheOwnerCanRead()
{
    QVERIFY(m_ws->saveDesign(QStringLiteral("d"), design(1)));
    const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(QFileInfo(m_path).permissions() & (owner | others), owner);
    for (const char *suffix : { "-wal", "-shm" }) {
        const QFileInfo sidecar(m_path + QLatin1String(suffix));
        if (sidecar.exists())
            QCOMPARE(sidecar.permissions() & others, QFileDevice::Permissions());
    }
}

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_workspace.moc"
