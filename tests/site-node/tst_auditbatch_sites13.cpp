// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, branch `sites13`: a request batch's parts have their audit entries written in ONE
// commit (one fsync) before the batch's answer leaves the node, one entry per part as before
// (docs/node.md, "Requests in one batch"). What a hostile client or a failing node could make of
// that, tested here:
// - the store: a batch's entries get consecutive numbers and are written all or none (an entry
//   that cannot be written takes the others back, and the chain goes on from where it was), also
//   among concurrent requests' entries in one group commit; a node killed while it writes keeps
//   every batch it returned whole and no batch in part;
// - the handlers (in process, the store behind a wrapper that counts its commits): three parts,
//   one commit; a part refused mid-batch (the third) keeps its entry and the parts after it have
//   none; entries that cannot be written withhold the whole batch's answer (500, no part's answer
//   in it); a part that throws keeps the entries of the parts before it, and the next request is
//   audited on its own.
#include "fairstart/node/demodata.h"
#include "fairstart/node/handlers.h"
#include "fairstart/node/import.h"
#include "fairstart/node/policy.h"
#include "fairstart/node/store.h"
#include "fairstart/protocol/batchcodec.h"
#include "fairstart/protocol/codec.h"

#include "demodesign.h"
#include "inprocessstudy.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <map>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

using namespace fairstart;
using node::ApiHandlers;
using node::ApiRequest;
using node::ApiResponse;
using node::SiteStore;

namespace {

const QString kPassphrase = QStringLiteral("a long test passphrase");

QJsonObject entry(int group, int part)
{
    return QJsonObject { { QStringLiteral("event"), QStringLiteral("test") },
                         { QStringLiteral("group"), group },
                         { QStringLiteral("part"), part } };
}

// A batch's entries: `parts` of them, the second with a spliced request; `broken`: the last
// one's request is no JSON object, so that it cannot be written.
std::vector<SiteStore::AuditRecord> group(int id, int parts, bool broken = false)
{
    std::vector<SiteStore::AuditRecord> records;
    for (int k = 1; k <= parts; ++k)
        records.push_back(
            { entry(id, k), k == 2 ? QByteArrayLiteral("{\"beta\":[1,2.5]}") : QByteArray() });
    if (broken)
        records.back().requestJson = QByteArrayLiteral("[1,2]");
    return records;
}

// The site store behind a wrapper that counts the audit's commits and fails or throws on demand
// (as tst_server's FaultyStore, with the batch's commit).
class CountingStore : public node::SiteStore {
public:
    explicit CountingStore(std::unique_ptr<node::SiteStore> inner)
        : m_inner(std::move(inner))
    {
    }

    std::atomic<bool> throwOnDatasets { false };
    mutable std::atomic<int> caughtThrows { 0 };
    std::atomic<bool> failAudit { false };
    // The audit's commits asked of the store (an entry alone, or a batch's entries together),
    // and the size of the last batch of entries.
    std::atomic<int> commits { 0 };
    std::atomic<int> lastGroup { 0 };
    // The token check that throws (1-based; 0: none), as a store that fails mid-request would.
    mutable std::atomic<int> verified { 0 };
    std::atomic<int> throwAtVerify { 0 };
    // Reads of a differencing state whose key ends with this fail (empty: none), as a store
    // that cannot be read would.
    QString failStateSuffix;
    mutable std::mutex failStateMutex;

    QString nodeName() const override { return m_inner->nodeName(); }
    QString dataDir() const override { return m_inner->dataDir(); }
    void interrupt() const override { m_inner->interrupt(); }
    node::NodeResult<std::vector<node::PeerInfo>> peers() const override
    {
        return m_inner->peers();
    }
    node::NodeResult<node::PeerAddition> addPeer(const node::PeerInfo &peer) override
    {
        return m_inner->addPeer(peer);
    }
    node::NodeResult<PeerBatch> addPeers(const std::vector<node::PeerInfo> &peers,
                                         const std::vector<QJsonObject> &auditEntries) override
    {
        return m_inner->addPeers(peers, auditEntries);
    }
    node::NodeResult<node::PeerRemoval> removePeer(const QString &name) override
    {
        return m_inner->removePeer(name);
    }
    node::NodeResult<QByteArray> secret(const QString &key) const override
    {
        return m_inner->secret(key);
    }
    node::NodeResult<void> setSecret(const QString &key, const QByteArray &value) override
    {
        return m_inner->setSecret(key, value);
    }
    node::NodeResult<std::vector<node::DatasetInfo>> datasets() const override
    {
        if (throwOnDatasets) {
            // Counts the throws a caller caught (the count goes up as the stack unwinds, which
            // an exception nobody catches never does: std::terminate comes first).
            struct Counted {
                std::atomic<int> &caught;
                ~Counted() { ++caught; }
            } counted { caughtThrows };
            throw std::runtime_error("row 17 of cohort: birth weight 4951");
        }
        return m_inner->datasets();
    }
    node::NodeResult<node::DatasetInfo> datasetInfo(const QString &name) const override
    {
        return m_inner->datasetInfo(name);
    }
    node::NodeResult<qint64> generation(const QString &name) const override
    {
        return m_inner->generation(name);
    }
    node::NodeResult<node::LoadedDataset> loadTable(const QString &name) const override
    {
        return m_inner->loadTable(name);
    }
    node::NodeResult<node::ImportSummary>
    storeDataset(const node::DatasetInfo &info, const analysis::DataTable &table,
                 const std::vector<std::int64_t> &recordIds) override
    {
        return m_inner->storeDataset(info, table, recordIds);
    }
    node::NodeResult<void> dropDataset(const QString &name) override
    {
        return m_inner->dropDataset(name);
    }
    node::NodeResult<qint64> forgetDataset(const QString &name) override
    {
        return m_inner->forgetDataset(name);
    }
    node::NodeResult<node::CreatedToken>
    createToken(const QString &user, const QStringList &purposes, int expiresDays) override
    {
        return m_inner->createToken(user, purposes, expiresDays);
    }
    std::optional<node::TokenInfo> verifyToken(const QString &plaintext) const override
    {
        if (++verified == throwAtVerify)
            throw std::runtime_error("the store's disk went away");
        return m_inner->verifyToken(plaintext);
    }
    node::NodeResult<std::vector<node::TokenInfo>> listTokens() const override
    {
        return m_inner->listTokens();
    }
    node::NodeResult<node::TokenRevocation> revokeToken(const QString &id) override
    {
        return m_inner->revokeToken(id);
    }
    node::NodeResult<qint64> appendAudit(const QJsonObject &entry) override
    {
        ++commits;
        if (failAudit)
            return node::nodeError(node::NodeErrorCode::Io, QStringLiteral("disk full"));
        return m_inner->appendAudit(entry);
    }
    node::NodeResult<qint64> appendAuditWithRequest(const QJsonObject &entry,
                                                    const QByteArray &requestJson) override
    {
        ++commits;
        if (failAudit)
            return node::nodeError(node::NodeErrorCode::Io, QStringLiteral("disk full"));
        return m_inner->appendAuditWithRequest(entry, requestJson);
    }
    node::NodeResult<qint64> appendAuditEntries(const std::vector<AuditRecord> &records) override
    {
        ++commits;
        lastGroup = int(records.size());
        if (failAudit)
            return node::nodeError(node::NodeErrorCode::Io, QStringLiteral("disk full"));
        return m_inner->appendAuditEntries(records);
    }
    node::NodeResult<node::AuditVerification> verifyAudit() const override
    {
        return m_inner->verifyAudit();
    }
    node::NodeResult<std::vector<node::AuditEntry>> auditEntries(qint64 fromSeq,
                                                                 int count) const override
    {
        return m_inner->auditEntries(fromSeq, count);
    }
    node::NodeResult<qint64> auditCount() const override { return m_inner->auditCount(); }
    node::NodeResult<std::optional<QByteArray>> differencingState(const QString &dataset,
                                                                  qint64 generation) const override
    {
        {
            std::lock_guard lock(failStateMutex);
            if (!failStateSuffix.isEmpty() && dataset.endsWith(failStateSuffix))
                return node::nodeError(node::NodeErrorCode::Internal,
                                       QStringLiteral("disk I/O error"));
        }
        return m_inner->differencingState(dataset, generation);
    }
    node::NodeResult<void> setDifferencingState(const QString &dataset, qint64 generation,
                                                const QByteArray &state) override
    {
        return m_inner->setDifferencingState(dataset, generation, state);
    }
    node::NodeResult<qint64> ledgerCharge(const QString &dataset, qint64 generation,
                                          const QString &user) const override
    {
        return m_inner->ledgerCharge(dataset, generation, user);
    }
    node::NodeResult<void> setDifferencingStateCharged(const QString &key, qint64 generation,
                                                       const QByteArray &state,
                                                       const LedgerCharge &charge) override
    {
        return m_inner->setDifferencingStateCharged(key, generation, state, charge);
    }
    node::NodeResult<void> recordStudyOutcome(const StudyOutcome &outcome) override
    {
        return m_inner->recordStudyOutcome(outcome);
    }
    node::NodeResult<std::optional<StudyOutcome>>
    studyOutcome(const QString &user, const QString &study, const QString &jobId) const override
    {
        return m_inner->studyOutcome(user, study, jobId);
    }
    node::NodeResult<void> recordParticipantSet(const QString &dataset, const QString &purpose,
                                                const QStringList &participants) override
    {
        return m_inner->recordParticipantSet(dataset, purpose, participants);
    }
    node::NodeResult<std::vector<QStringList>>
    participantSets(const QString &dataset, const QString &purpose) const override
    {
        return m_inner->participantSets(dataset, purpose);
    }
    node::NodeResult<int> incrementDailyJobs(const QString &user, const QDate &day) override
    {
        return m_inner->incrementDailyJobs(user, day);
    }
    node::NodeResult<int> dailyJobs(const QString &user, const QDate &day) const override
    {
        return m_inner->dailyJobs(user, day);
    }

    node::NodeResult<int> incrementDailyCount(const QString &kind, const QString &user,
                                              const QDate &day) override
    {
        return m_inner->incrementDailyCount(kind, user, day);
    }
    node::NodeResult<int> dailyCount(const QString &kind, const QString &user,
                                     const QDate &day) const override
    {
        return m_inner->dailyCount(kind, user, day);
    }

private:
    std::unique_ptr<node::SiteStore> m_inner;
};

const testsupport::TestNodeKeys &nodeKeys()
{
    static const testsupport::TestNodeKeys keys = testsupport::TestNodeKeys::make();
    return keys;
}

QByteArray openBody(const QString &purpose = QStringLiteral("research"))
{
    return testsupport::studyJobBody(
        testsupport::soloManifest(QStringLiteral("Test node"), nodeKeys(),
                                  testsupport::demoDesign(), purpose, QStringLiteral("demo")));
}

protocol::BatchPart openPart(const QString &purpose = QStringLiteral("research"))
{
    return { "/v1/jobs", false, openBody(purpose) };
}

// The audit's entries from `from` on.
std::vector<QJsonObject> entriesFrom(const SiteStore &store, qint64 from)
{
    std::vector<QJsonObject> out;
    const auto entries = store.auditEntries(from, 1000);
    if (!entries)
        return out;
    for (const auto &e : *entries)
        out.push_back(e.entry);
    return out;
}

QJsonObject batchMark(int part, int of)
{
    return QJsonObject { { QStringLiteral("part"), part }, { QStringLiteral("of"), of } };
}

} // namespace

class tst_AuditBatchSites13 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    // The store.
    void entriesOfABatchAreConsecutive();
    void anEntryThatFailsTakesItsBatchBack();
    void concurrentBatchesAndEntriesFormOneChain();
    void aKilledNodeKeepsWholeBatches();
    // The handlers.
    void threePartsOneCommit();
    void aPartRefusedMidBatchKeepsItsEntry();
    void unwrittenEntriesWithholdTheWholeBatch();
    void aPartThatThrowsKeepsTheEntriesBeforeIt();

private:
    ApiResponse post(ApiHandlers &handlers, const std::string &path, const QByteArray &body,
                     const char *contentType = "application/json");
    ApiResponse batch(ApiHandlers &handlers, const QList<protocol::BatchPart> &parts);
    QList<protocol::BatchAnswer> answersOf(const ApiResponse &response);

    QTemporaryDir m_dir;
    std::shared_ptr<CountingStore> m_store;
    std::unique_ptr<ApiHandlers> m_handlers;
    QString m_token;
};

void tst_AuditBatchSites13::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto created = SiteStore::create(m_dir.path(), kPassphrase, QStringLiteral("Test node"));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    m_store = std::make_shared<CountingStore>(std::move(created).value());
    auto schema
        = node::ImportSchema::fromJson(node::demoSchemaJson(node::DemoProfile::YouthHealthService));
    QVERIFY(schema);
    auto parsed = node::parseCsvDataset(
        QStringLiteral("demo"), node::demoCsv(node::DemoProfile::YouthHealthService, 4000, 7),
        *schema);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QVERIFY(m_store->storeDataset(parsed->info, parsed->table, parsed->recordIds));
    auto token = m_store->createToken(QStringLiteral("ann"), { QStringLiteral("research") }, 30);
    QVERIFY(token);
    m_token = token->token;
    m_handlers = std::make_unique<ApiHandlers>(m_store, node::Policy(), nodeKeys().keys,
                                               nodeKeys().secrets);
}

ApiResponse tst_AuditBatchSites13::post(ApiHandlers &handlers, const std::string &path,
                                        const QByteArray &body, const char *contentType)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    request.authorization = "Bearer " + m_token.toStdString();
    request.contentType = contentType;
    request.body = body;
    return handlers.handle(request);
}

ApiResponse tst_AuditBatchSites13::batch(ApiHandlers &handlers,
                                         const QList<protocol::BatchPart> &parts)
{
    return post(handlers, "/v1/batch", protocol::encodeBatch(parts), protocol::kBatchContentType);
}

QList<protocol::BatchAnswer> tst_AuditBatchSites13::answersOf(const ApiResponse &response)
{
    QString problem;
    const auto answers = protocol::decodeBatchAnswers(response.body, &problem);
    if (!answers)
        qWarning("not a batch answer: %s", qPrintable(problem));
    return answers.value_or(QList<protocol::BatchAnswer>());
}

// ---- the store -------------------------------------------------------------------------------

void tst_AuditBatchSites13::entriesOfABatchAreConsecutive()
{
    QTemporaryDir dir;
    auto store = SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value();
    QCOMPARE(store->appendAudit(entry(0, 1)).value(), qint64(1));
    QCOMPARE(store->appendAuditEntries(group(1, 3)).value(), qint64(2));
    QCOMPARE(store->appendAudit(entry(0, 2)).value(), qint64(5));
    QVERIFY(!store->appendAuditEntries({}));
    const auto entries = store->auditEntries(1, 10).value();
    QCOMPARE(entries.size(), size_t(5));
    for (int k = 1; k <= 3; ++k) {
        const QJsonObject &e = entries[size_t(k)].entry;
        QCOMPARE(e.value(QStringLiteral("group")).toInt(), 1);
        QCOMPARE(e.value(QStringLiteral("part")).toInt(), k);
        QCOMPARE(e.value(QStringLiteral("seq")).toInteger(), qint64(k + 1));
        QCOMPARE(e.contains(QStringLiteral("request")), k == 2);
    }
    QCOMPARE(entries[2].entry.value(QStringLiteral("request")).toObject(),
             (QJsonObject { { QStringLiteral("beta"), QJsonArray { 1, 2.5 } } }));
    const node::AuditVerification v = store->verifyAudit().value();
    QVERIFY2(v.ok, qPrintable(v.problem));
}

// The third entry of a batch cannot be written: none of the three is, no number is returned, and
// the chain goes on from its head as it was (the first two took no numbers).
void tst_AuditBatchSites13::anEntryThatFailsTakesItsBatchBack()
{
    QTemporaryDir dir;
    auto store = SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value();
    QCOMPARE(store->appendAudit(entry(0, 1)).value(), qint64(1));
    QVERIFY(!store->appendAuditEntries(group(1, 3, true)));
    QCOMPARE(store->auditCount().value(), qint64(1));
    QCOMPARE(store->appendAuditEntries(group(2, 2)).value(), qint64(2));
    QCOMPARE(store->appendAudit(entry(0, 2)).value(), qint64(4));
    const node::AuditVerification v = store->verifyAudit().value();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.entries, qint64(4));
    for (const QJsonObject &e : entriesFrom(*store, 1))
        QVERIFY(e.value(QStringLiteral("group")).toInt() != 1);
}

// Eight threads write at once: entries alone, batches of three, and batches whose third entry
// fails, so that group commits hold several of each (each batch in its own savepoint). Every
// returned batch is in the store whole and consecutive, no failed batch has an entry, and the
// chain verifies after reopening.
void tst_AuditBatchSites13::concurrentBatchesAndEntriesFormOneChain()
{
    QTemporaryDir dir;
    constexpr int kThreads = 8, kEach = 30;
    std::mutex mutex;
    std::map<int, qint64> returned; // group -> first sequence number
    std::set<int> failed;
    std::atomic<int> unexpected { 0 };
    {
        auto store = SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value();
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < kEach; ++i) {
                    const int id = 1000 * (t + 1) + i;
                    if (i % 3 == 0) {
                        if (!store->appendAudit(entry(id, 1)))
                            ++unexpected;
                        std::lock_guard lock(mutex);
                        returned[id] = -1;
                        continue;
                    }
                    const bool broken = i % 3 == 2;
                    auto first = store->appendAuditEntries(group(id, 3, broken));
                    std::lock_guard lock(mutex);
                    if (bool(first) == broken)
                        ++unexpected;
                    if (first)
                        returned[id] = *first;
                    else
                        failed.insert(id);
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
    }
    QCOMPARE(unexpected.load(), 0);
    auto store = SiteStore::open(dir.path(), kPassphrase).value();
    const node::AuditVerification v = store->verifyAudit().value();
    QVERIFY2(v.ok, qPrintable(v.problem));
    const qint64 alone = kThreads * ((kEach + 2) / 3);
    const qint64 batches = qint64(returned.size()) - alone;
    QCOMPARE(v.entries, alone + 3 * batches);
    const std::vector<QJsonObject> entries = entriesFrom(*store, 1);
    QCOMPARE(qint64(entries.size()), v.entries);
    for (const auto &[id, first] : returned) {
        if (first < 0)
            continue;
        for (int k = 1; k <= 3; ++k) {
            const QJsonObject &e = entries[size_t(first - 1 + k - 1)];
            QCOMPARE(e.value(QStringLiteral("group")).toInt(), id);
            QCOMPARE(e.value(QStringLiteral("part")).toInt(), k);
        }
    }
    for (const QJsonObject &e : entries)
        QVERIFY(!failed.count(e.value(QStringLiteral("group")).toInt()));
}

// A node killed (SIGKILL) while four threads write batches of three: every batch returned before
// the kill is in the store afterwards, every batch in the store is whole (none in part), and the
// chain verifies.
void tst_AuditBatchSites13::aKilledNodeKeepsWholeBatches()
{
    QTemporaryDir dir;
    {
        auto store = SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value();
        QVERIFY(bool(store->appendAudit(entry(0, 0))));
    }
    int fds[2];
    QVERIFY(pipe(fds) == 0);
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        auto opened = SiteStore::open(dir.path(), kPassphrase);
        if (!opened)
            _exit(2);
        SiteStore *store = opened.value().get();
        std::mutex pipeMutex;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0;; ++i) {
                    const int id = 100000 * (t + 1) + i;
                    auto first = store->appendAuditEntries(group(id, 3));
                    if (!first)
                        continue;
                    const qint64 pair[2] = { qint64(id), *first };
                    std::lock_guard lock(pipeMutex);
                    if (write(fds[1], pair, sizeof pair) != sizeof pair)
                        _exit(3);
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        _exit(0);
    }
    ::close(fds[1]);
    std::map<qint64, qint64> returned;
    QElapsedTimer clock;
    clock.start();
    qint64 pair[2];
    while (clock.elapsed() < 20000 && returned.size() < 60
           && read(fds[0], pair, sizeof pair) == sizeof pair)
        returned[pair[0]] = pair[1];
    ::kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    while (read(fds[0], pair, sizeof pair) == sizeof pair)
        returned[pair[0]] = pair[1];
    ::close(fds[0]);
    QVERIFY(WIFSIGNALED(status));
    QVERIFY(returned.size() >= 60);
    auto store = SiteStore::open(dir.path(), kPassphrase).value();
    const node::AuditVerification v = store->verifyAudit().value();
    QVERIFY2(v.ok, qPrintable(v.problem));
    const std::vector<QJsonObject> entries = entriesFrom(*store, 1);
    QCOMPARE(qint64(entries.size()), v.entries);
    QCOMPARE((v.entries - 1) % 3, qint64(0)); // whole batches after the first entry
    std::map<int, int> parts;
    for (size_t i = 1; i < entries.size(); ++i) {
        const int id = entries[i].value(QStringLiteral("group")).toInt();
        QCOMPARE(entries[i].value(QStringLiteral("part")).toInt(), int((i - 1) % 3) + 1);
        ++parts[id];
    }
    for (const auto &[id, count] : parts)
        QCOMPARE(count, 3);
    for (const auto &[id, first] : returned) {
        QVERIFY2(first >= 2 && first + 2 <= v.entries, qPrintable(QString::number(first)));
        QCOMPARE(entries[size_t(first - 1)].value(QStringLiteral("group")).toInt(), int(id));
    }
}

// ---- the handlers ----------------------------------------------------------------------------

// Three parts (three studies opened): one commit of three entries, none of an entry alone; each
// entry marked with its part and the hash of its answer.
void tst_AuditBatchSites13::threePartsOneCommit()
{
    const qint64 before = m_store->auditCount().value();
    const int commits = m_store->commits;
    const ApiResponse response = batch(*m_handlers, { openPart(), openPart(), openPart() });
    QCOMPARE(response.status, 200);
    QVERIFY(response.audited);
    const QList<protocol::BatchAnswer> answers = answersOf(response);
    QCOMPARE(answers.size(), 3);
    QCOMPARE(m_store->commits - commits, 1);
    QCOMPARE(m_store->lastGroup.load(), 3);
    const std::vector<QJsonObject> entries = entriesFrom(*m_store, before + 1);
    QCOMPARE(entries.size(), size_t(3));
    for (int k = 0; k < 3; ++k) {
        QCOMPARE(answers[k].status, 201);
        QCOMPARE(entries[size_t(k)].value(QStringLiteral("batch")).toObject(), batchMark(k + 1, 3));
        QCOMPARE(entries[size_t(k)].value(QStringLiteral("status")).toInt(), 201);
        QCOMPARE(entries[size_t(k)].value(QStringLiteral("releasedHash")).toString(),
                 protocol::sha256Hex(answers[k].body));
        QCOMPARE(entries[size_t(k)].value(QStringLiteral("seq")).toInteger(), before + 1 + k);
    }
    // A request alone afterwards: its own commit, its own entry, no batch mark.
    const ApiResponse alone = post(*m_handlers, "/v1/jobs", openBody());
    QCOMPARE(alone.status, 201);
    QCOMPARE(m_store->commits - commits, 2);
    QVERIFY(!entriesFrom(*m_store, before + 4).at(0).contains(QStringLiteral("batch")));
}

// The third part is refused (a purpose the token does not hold): parts 1-3 have their entries
// (the third with its refusal), in one commit; part 4 was not run and has none.
void tst_AuditBatchSites13::aPartRefusedMidBatchKeepsItsEntry()
{
    const qint64 before = m_store->auditCount().value();
    const int commits = m_store->commits;
    const ApiResponse response = batch(
        *m_handlers, { openPart(), openPart(), openPart(QStringLiteral("quality")), openPart() });
    QCOMPARE(response.status, 200);
    const QList<protocol::BatchAnswer> answers = answersOf(response);
    QCOMPARE(answers.size(), 4);
    QCOMPARE(answers[0].status, 201);
    QCOMPARE(answers[1].status, 201);
    QCOMPARE(answers[2].status, 403);
    QCOMPARE(answers[3].status, 424);
    QCOMPARE(m_store->commits - commits, 1);
    QCOMPARE(m_store->lastGroup.load(), 3);
    const std::vector<QJsonObject> entries = entriesFrom(*m_store, before + 1);
    QCOMPARE(entries.size(), size_t(3));
    QCOMPARE(entries[2].value(QStringLiteral("batch")).toObject(), batchMark(3, 4));
    QCOMPARE(entries[2].value(QStringLiteral("status")).toInt(), 403);
    QCOMPARE(entries[2].value(QStringLiteral("outcome")).toString(), QStringLiteral("refused"));
    QVERIFY(!entries[2].contains(QStringLiteral("releasedHash")));
    // The refused part's request is kept whole (a known token, within its refused budget).
    QVERIFY(entries[2].contains(QStringLiteral("request")));
}

// The batch's entries cannot be written (a full disk): nothing of the batch leaves — one 500,
// no part's answer in it — and no entry is written; the node answers again once it can write.
void tst_AuditBatchSites13::unwrittenEntriesWithholdTheWholeBatch()
{
    const qint64 before = m_store->auditCount().value();
    m_store->failAudit = true;
    const ApiResponse response = batch(*m_handlers, { openPart(), openPart() });
    m_store->failAudit = false;
    QCOMPARE(response.status, 500);
    QVERIFY(response.audited);
    QVERIFY(!protocol::isBatchAnswer(response.body));
    QCOMPARE(QJsonDocument::fromJson(response.body)
                 .object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("node-failure"));
    QVERIFY(!response.body.contains("manifestSignature"));
    QCOMPARE(m_store->auditCount().value(), before);
    const ApiResponse again = batch(*m_handlers, { openPart() });
    QCOMPARE(again.status, 200);
    QCOMPARE(answersOf(again).at(0).status, 201);
    QCOMPARE(m_store->auditCount().value(), before + 1);
    const node::AuditVerification v = m_store->verifyAudit().value();
    QVERIFY2(v.ok, qPrintable(v.problem));
}

// The second part's token check throws (a store failing mid-request): the exception goes on to
// the server (which answers 500 and audits the batch), the first part's entry is written as it
// was when each part committed its own, and the next request is audited alone, not kept for a
// batch that ended.
void tst_AuditBatchSites13::aPartThatThrowsKeepsTheEntriesBeforeIt()
{
    const qint64 before = m_store->auditCount().value();
    m_store->verified = 0;
    m_store->throwAtVerify = 2;
    bool threw = false;
    try {
        batch(*m_handlers, { openPart(), openPart(), openPart() });
    } catch (const std::runtime_error &) {
        threw = true;
    }
    m_store->throwAtVerify = 0;
    QVERIFY(threw);
    std::vector<QJsonObject> entries = entriesFrom(*m_store, before + 1);
    QCOMPARE(entries.size(), size_t(1));
    QCOMPARE(entries[0].value(QStringLiteral("batch")).toObject(), batchMark(1, 3));
    const int commits = m_store->commits;
    const ApiResponse alone = post(*m_handlers, "/v1/jobs", openBody());
    QCOMPARE(alone.status, 201);
    QCOMPARE(m_store->commits - commits, 1);
    entries = entriesFrom(*m_store, before + 2);
    QCOMPARE(entries.size(), size_t(1));
    QVERIFY(!entries[0].contains(QStringLiteral("batch")));
    QCOMPARE(entries[0].value(QStringLiteral("releasedHash")).toString(),
             protocol::sha256Hex(alone.body));
}

QTEST_GUILESS_MAIN(tst_AuditBatchSites13)
#include "tst_auditbatch_sites13.moc"
