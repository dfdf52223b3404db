// SPDX-License-Identifier: GPL-3.0-or-later
// The site store behind a wrapper with faults a test switches on, through the store's own
// interface (nothing in the node changes): for the in-process node of tst_server and
// tst_auditbatch_sites13. ForwardingStore passes every method to the real store; FaultyStore adds
// the faults.
#pragma once

#include "fairstart/node/store.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <utility>

namespace testsupport {

// Forwards each of the store's pure methods to the store it wraps, and the ledger's charges (whose
// defaults fail). The other methods SiteStore gives a default (appendAuditWithRequest,
// appendAuditEntries, takeDailyCount, the validation models, peersVersion) keep it: they call the
// pure ones through this wrapper, so a fault a subclass puts into appendAudit reaches them too.
class ForwardingStore : public fairstart::node::SiteStore {
public:
    explicit ForwardingStore(std::unique_ptr<SiteStore> inner)
        : m_inner(std::move(inner))
    {
    }

    template<typename T> using Result = fairstart::node::NodeResult<T>;

    QString nodeName() const override { return m_inner->nodeName(); }
    QString dataDir() const override { return m_inner->dataDir(); }
    void interrupt() const override { m_inner->interrupt(); }
    Result<QByteArray> secret(const QString &key) const override { return m_inner->secret(key); }
    Result<void> setSecret(const QString &key, const QByteArray &value) override
    {
        return m_inner->setSecret(key, value);
    }
    Result<std::vector<fairstart::node::DatasetInfo>> datasets() const override
    {
        return m_inner->datasets();
    }
    Result<fairstart::node::DatasetInfo> datasetInfo(const QString &name) const override
    {
        return m_inner->datasetInfo(name);
    }
    Result<qint64> generation(const QString &name) const override
    {
        return m_inner->generation(name);
    }
    Result<fairstart::node::LoadedDataset> loadTable(const QString &name) const override
    {
        return m_inner->loadTable(name);
    }
    Result<fairstart::node::ImportSummary>
    storeDataset(const fairstart::node::DatasetInfo &info,
                 const fairstart::analysis::DataTable &table,
                 const std::vector<std::int64_t> &recordIds) override
    {
        return m_inner->storeDataset(info, table, recordIds);
    }
    Result<void> dropDataset(const QString &name) override { return m_inner->dropDataset(name); }
    Result<qint64> forgetDataset(const QString &name) override
    {
        return m_inner->forgetDataset(name);
    }
    Result<fairstart::node::CreatedToken>
    createToken(const QString &user, const QStringList &purposes, int expiresDays) override
    {
        return m_inner->createToken(user, purposes, expiresDays);
    }
    std::optional<fairstart::node::TokenInfo> verifyToken(const QString &plaintext) const override
    {
        return m_inner->verifyToken(plaintext);
    }
    Result<std::vector<fairstart::node::TokenInfo>> listTokens() const override
    {
        return m_inner->listTokens();
    }
    Result<fairstart::node::TokenRevocation> revokeToken(const QString &id) override
    {
        return m_inner->revokeToken(id);
    }
    Result<qint64> appendAudit(const QJsonObject &entry) override
    {
        return m_inner->appendAudit(entry);
    }
    Result<fairstart::node::AuditVerification> verifyAudit() const override
    {
        return m_inner->verifyAudit();
    }
    Result<std::vector<fairstart::node::AuditEntry>> auditEntries(qint64 fromSeq,
                                                                  int count) const override
    {
        return m_inner->auditEntries(fromSeq, count);
    }
    Result<qint64> auditCount() const override { return m_inner->auditCount(); }
    Result<std::optional<QByteArray>> differencingState(const QString &dataset,
                                                        qint64 generation) const override
    {
        return m_inner->differencingState(dataset, generation);
    }
    Result<void> setDifferencingState(const QString &dataset, qint64 generation,
                                      const QByteArray &state) override
    {
        return m_inner->setDifferencingState(dataset, generation, state);
    }
    Result<qint64> ledgerCharge(const QString &dataset, qint64 generation,
                                const QString &user) const override
    {
        return m_inner->ledgerCharge(dataset, generation, user);
    }
    Result<void> setDifferencingStateCharged(const QString &key, qint64 generation,
                                             const QByteArray &state,
                                             const LedgerCharge &charge) override
    {
        return m_inner->setDifferencingStateCharged(key, generation, state, charge);
    }
    Result<void> recordStudyOutcome(const StudyOutcome &outcome) override
    {
        return m_inner->recordStudyOutcome(outcome);
    }
    Result<std::optional<StudyOutcome>> studyOutcome(const QString &user, const QString &study,
                                                     const QString &jobId) const override
    {
        return m_inner->studyOutcome(user, study, jobId);
    }
    Result<void> recordParticipantSet(const QString &dataset, const QString &purpose,
                                      const QStringList &participants) override
    {
        return m_inner->recordParticipantSet(dataset, purpose, participants);
    }
    Result<std::vector<QStringList>> participantSets(const QString &dataset,
                                                     const QString &purpose) const override
    {
        return m_inner->participantSets(dataset, purpose);
    }
    Result<std::vector<fairstart::node::PeerInfo>> peers() const override
    {
        return m_inner->peers();
    }
    Result<fairstart::node::PeerAddition> addPeer(const fairstart::node::PeerInfo &peer) override
    {
        return m_inner->addPeer(peer);
    }
    Result<fairstart::node::PeerRemoval> removePeer(const QString &name) override
    {
        return m_inner->removePeer(name);
    }
    Result<PeerBatch> addPeers(const std::vector<fairstart::node::PeerInfo> &peers,
                               const std::vector<QJsonObject> &auditEntries) override
    {
        return m_inner->addPeers(peers, auditEntries);
    }
    Result<int> incrementDailyJobs(const QString &user, const QDate &day) override
    {
        return m_inner->incrementDailyJobs(user, day);
    }
    Result<int> dailyJobs(const QString &user, const QDate &day) const override
    {
        return m_inner->dailyJobs(user, day);
    }
    Result<int> incrementDailyCount(const QString &kind, const QString &user,
                                    const QDate &day) override
    {
        return m_inner->incrementDailyCount(kind, user, day);
    }
    Result<int> dailyCount(const QString &kind, const QString &user,
                           const QDate &day) const override
    {
        return m_inner->dailyCount(kind, user, day);
    }

protected:
    std::unique_ptr<SiteStore> m_inner;
};

// Three faults: datasets() throws, as a failing disk or a bug in a handler would; appendAudit
// fails, as on a full disk; the differencing state of some datasets cannot be read.
class FaultyStore : public ForwardingStore {
public:
    using ForwardingStore::ForwardingStore;

    std::atomic<bool> throwOnDatasets { false };
    mutable std::atomic<int> caughtThrows { 0 };
    std::atomic<bool> failAudit { false };
    // Reads of a differencing state whose key ends with this fail (empty: none), as a store
    // that cannot be read would.
    QString failStateSuffix;
    mutable std::mutex failStateMutex;

    Result<std::vector<fairstart::node::DatasetInfo>> datasets() const override
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
    Result<qint64> appendAudit(const QJsonObject &entry) override
    {
        if (failAudit)
            return diskFull();
        return m_inner->appendAudit(entry);
    }
    Result<std::optional<QByteArray>> differencingState(const QString &dataset,
                                                        qint64 generation) const override
    {
        {
            std::lock_guard lock(failStateMutex);
            if (!failStateSuffix.isEmpty() && dataset.endsWith(failStateSuffix))
                return fairstart::node::nodeError(fairstart::node::NodeErrorCode::Internal,
                                                  QStringLiteral("disk I/O error"));
        }
        return m_inner->differencingState(dataset, generation);
    }

protected:
    static fairstart::node::NodeError diskFull()
    {
        return fairstart::node::nodeError(fairstart::node::NodeErrorCode::Io,
                                          QStringLiteral("disk full"));
    }
};

} // namespace testsupport
