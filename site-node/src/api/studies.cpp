// SPDX-License-Identifier: GPL-3.0-or-later
// Studies (protocol version 2): the manifest's checks, POST /v1/jobs/{id}/signatures (arming),
// POST /v1/jobs/{id}/rounds (the node-driven round) and POST /v1/jobs/{id}/site-fit.
//
// The node trusts no β it did not compute: every round's β comes from this node's own
// GlmCoordinator, fed with sums of contributions whose signatures, study, round, site, mode and β
// hash it verified itself. A relay that fails any check ends the study at this node.
#include "common_p.h"
#include "inflight_p.h"
#include "peers_p.h"
#include "study_p.h"

#include "fairstart/analysis/rounddominance.h"
#include "fairstart/protocol/relaycodec.h"
#include "fairstart/protocol/requestflow.h"
#include "fairstart/protocol/studycoordinator.h"
#include "fairstart/secure/secure.h"

#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <mutex>
#include <optional>

namespace fairstart::node {

using namespace api;

namespace {

// The round rules at a β where this site's statistics are not finite (a Poisson fitted value
// overflowed). Before, the node answered `non-finite` there without its round rules, and a
// `dominance` refusal where the same weights stayed just finite: a participant steering β to
// (709.78 − t, 1) on birth weight learned whether a record lay above t, and bisection gave the
// heaviest child's weight, one study per bit (tst_attacks_review3 overflowBisectsTheMaximum).
// The rules' shares do not change when every working weight is multiplied by one number, so
// they are judged with the intercept (column 0 of every design) lowered until the largest
// linear predictor is 0: the verdict then does not depend on where exp() overflows. A β that
// overflows every record alike (an intercept that steps too far) still passes and is answered
// `non-finite`, so that every node halves the step as before.
analysis::RuleOutcome nonFiniteRoundRules(const analysis::DesignMatrix &design,
                                          analysis::Family family, const Eigen::VectorXd &beta,
                                          const analysis::DisclosurePolicy &policy)
{
    if (family != analysis::Family::Poisson) {
        // Binomial weights and Gaussian residuals overflow only where Xβ itself does, at a β no
        // honest fit reaches; answered as a dominated round on both sides of that point (a
        // Gaussian study steered to β = (0, DBL_MAX / t) was `non-finite` without a record above
        // t and `dominance` with one: tst_attacks_review3 linearPredictorOverflowBisects).
        analysis::RuleOutcome refused
            = analysis::checkRoundDominance(design, family, Eigen::VectorXd(), policy);
        refused.passed = false;
        refused.detail = "a round whose statistics are not finite";
        return refused;
    }
    Eigen::VectorXd shifted = beta;
    if (shifted.size() > 0 && beta.allFinite()) {
        const Eigen::VectorXd lp = design.linearPredictor(beta);
        double top = -std::numeric_limits<double>::infinity();
        for (Eigen::Index i = 0; i < lp.size(); ++i) {
            if (std::isfinite(lp[i]))
                top = std::max(top, lp[i]);
        }
        if (std::isfinite(top))
            shifted[0] -= top;
    }
    return analysis::checkRoundDominance(design, family, shifted, policy);
}

// A round's statistics at one node, shared by the studies that ask for the very same round
// (issue 16: ten studies of one design at a node walk the same β sequence, since every node
// computes each β itself from the same relayed numbers). computeRound is a pure function of the
// design matrix, the family and β; an entry names the design by the shared, immutable object the
// design cache gives every job of that design (held weakly: a design that is gone, and any later
// object at its address, never matches) and β by its bits. Only the unmasked statistics and the
// kernel's dominance bounds are shared: each study still passes them through its own release
// gate, masks, ledgers and audits its own contribution exactly as when it computed them.
class RoundMemo {
public:
    struct Round {
        analysis::RoundStats stats;
        analysis::RoundDominanceBounds bounds;
    };
    std::optional<Round> find(const std::shared_ptr<const analysis::DesignMatrix> &design,
                              analysis::Family family, const Eigen::VectorXd &beta)
    {
        std::lock_guard lock(m_mutex);
        for (Entry &e : m_entries) {
            if (e.family == family && e.address == design.get() && sameBits(e.beta, beta)
                && e.design.lock() == design) {
                e.used = ++m_clock;
                ++m_hits;
                return e.round;
            }
        }
        return std::nullopt;
    }
    void insert(const std::shared_ptr<const analysis::DesignMatrix> &design,
                analysis::Family family, const Eigen::VectorXd &beta, const Round &round)
    {
        std::lock_guard lock(m_mutex);
        std::erase_if(m_entries, [](const Entry &e) { return e.design.expired(); });
        if (m_entries.size() >= kCapacity) {
            m_entries.erase(
                std::min_element(m_entries.begin(), m_entries.end(),
                                 [](const Entry &a, const Entry &b) { return a.used < b.used; }));
        }
        m_entries.push_back(Entry { design, design.get(), family, beta, round, ++m_clock });
    }
    std::uint64_t hits() const
    {
        std::lock_guard lock(m_mutex);
        return m_hits;
    }

private:
    // A few rounds per open study of the same design (statistics p(p+1)/2 + 4p doubles each).
    static constexpr std::size_t kCapacity = 32;
    struct Entry {
        std::weak_ptr<const analysis::DesignMatrix> design;
        const analysis::DesignMatrix *address = nullptr;
        analysis::Family family {};
        Eigen::VectorXd beta;
        Round round;
        std::uint64_t used = 0;
    };
    mutable std::mutex m_mutex;
    std::vector<Entry> m_entries;
    std::uint64_t m_clock = 0;
    std::uint64_t m_hits = 0;
};

// One per process: entries match only the very design object (see RoundMemo), so the nodes of
// a test process never see each other's.
RoundMemo &roundMemo()
{
    static RoundMemo memo;
    return memo;
}

// computeRound (with the kernel's dominance bounds) through the memo: a hit is the statistics and
// bounds computed for the very same design object, family and β bits, which computeRound would
// give again bit for bit. A failed round is not kept. *shared: whether it was a hit. A round that
// another request is computing at this moment is waited for and then read from the memo (issue
// 16: ten identical studies opened together ask for each round at the same moment).
analysis::Result<analysis::RoundStats>
memoisedRound(const std::shared_ptr<const analysis::DesignMatrix> &design, analysis::Family family,
              const Eigen::VectorXd &beta, analysis::RoundDominanceBounds *bounds,
              bool *shared = nullptr)
{
    static InFlight inFlight;
    QByteArray key;
    appendKey(key, design.get());
    key.append(char(family));
    appendKey(key, beta.data(), std::size_t(beta.size()));
    InFlight::Claim claim;
    for (;;) {
        if (auto hit = roundMemo().find(design, family, beta)) {
            if (shared)
                *shared = true;
            if (bounds)
                *bounds = std::move(hit->bounds);
            return std::move(hit->stats);
        }
        if (claim)
            break; // claimed, and nobody filled it meanwhile: this request computes it
        claim = inFlight.claim(key);
    }
    if (shared)
        *shared = false;
    analysis::RoundDominanceBounds computed;
    analysis::Result<analysis::RoundStats> stats
        = analysis::computeRound(*design, family, beta, &computed);
    if (stats)
        roundMemo().insert(design, family, beta, RoundMemo::Round { *stats, computed });
    if (bounds)
        *bounds = std::move(computed);
    return stats;
}

// A public key of the manifest: standard base64 of exactly 32 bytes, or empty.
QByteArray decodeKey(const QString &base64)
{
    auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return {};
    return decoded.decoded;
}

bool plainName(const QString &name)
{
    if (name.isEmpty() || name.size() > 128)
        return false;
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

std::vector<double> toVector(const Eigen::VectorXd &v)
{
    return std::vector<double>(v.data(), v.data() + v.size());
}

ApiResponse manifestRefusal(const QString &code, const QString &message,
                            const QString &detail = QString())
{
    return badRequest(code, message, detail);
}

// A relay's contribution tags (docs/protocol.md, "Contribution tags") or, with `manifestTags`,
// round 1's manifest tags ("Manifest tags"): an array of strings, each "" or standard base64 of
// exactly secure::kTagBytes bytes. nullopt and *refusal when malformed.
std::optional<QList<QByteArray>>
readTags(const QJsonValue &value, std::optional<ApiResponse> *refusal, bool manifestTags = false)
{
    auto malformed = [&] {
        *refusal = manifestTags
            ? badRequest(QStringLiteral("invalid-manifest-tags"),
                         Tr::tr("The relay's manifest tags must be an array of strings, each "
                                "empty or the base64 of a 32-byte manifest tag."),
                         QStringLiteral("manifest_tags"))
            : badRequest(QStringLiteral("invalid-tags"),
                         Tr::tr("The relay's tags must be an array of strings, each empty "
                                "or the base64 of a 32-byte contribution tag."),
                         QStringLiteral("tags"));
        return std::nullopt;
    };
    if (!value.isArray())
        return malformed();
    QList<QByteArray> tags;
    const QJsonArray array = value.toArray();
    tags.reserve(array.size());
    for (const QJsonValue &entry : array) {
        if (!entry.isString())
            return malformed();
        const QString text = entry.toString();
        if (text.isEmpty()) {
            tags.append(QByteArray());
            continue;
        }
        auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != secure::kTagBytes)
            return malformed();
        tags.append(decoded.decoded);
    }
    return tags;
}

// Round 1's sealed sum seeds (docs/protocol.md, "The summed relay"): an array of strings, each
// "" or standard base64 of secure::kSealedSumSeedBytes bytes. nullopt and *refusal when malformed.
std::optional<QList<QByteArray>> readSealedSeeds(const QJsonValue &value,
                                                 std::optional<ApiResponse> *refusal)
{
    auto malformed = [&] {
        *refusal = badRequest(QStringLiteral("invalid-sum-seeds"),
                              Tr::tr("The relay's sum seeds must be an array of strings, each "
                                     "empty or the base64 of a 72-byte sealed seed."),
                              QStringLiteral("sum_seeds"));
        return std::nullopt;
    };
    if (!value.isArray())
        return malformed();
    QList<QByteArray> seeds;
    for (const QJsonValue &entry : value.toArray()) {
        if (!entry.isString())
            return malformed();
        const QString text = entry.toString();
        if (text.isEmpty()) {
            seeds.append(QByteArray());
            continue;
        }
        auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != secure::kSealedSumSeedBytes)
            return malformed();
        seeds.append(decoded.decoded);
    }
    return seeds;
}

QString hexOf(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

// This node's X25519 secrets with every site of the study (participants, then observers): the
// keys of contribution and manifest tags, agreed once per study. Without observers they are the
// masks' secrets (the same keys in the same order), agreed once for both.
const secure::PairwiseSecrets *studyTagSecrets(StudyState &study, const QString &self,
                                               const QByteArray &boxSecretKey, int *position)
{
    const protocol::StudyManifest &manifest = study.manifest;
    *position = study.index;
    for (qsizetype i = 0; i < manifest.observers.size() && *position < 0; ++i) {
        if (manifest.observers[i].name == self)
            *position = int(manifest.participants.size() + i);
    }
    std::optional<secure::PairwiseSecrets> &slot
        = manifest.observers.isEmpty() ? study.pairwise : study.tagSecrets;
    if (!slot) {
        secure::MaskContext context;
        context.index = *position;
        context.secretKey = boxSecretKey;
        for (const auto &site : manifest.participants)
            context.publicKeys.append(decodeKey(site.keyAgreementKey));
        for (const auto &site : manifest.observers)
            context.publicKeys.append(decodeKey(site.keyAgreementKey));
        auto agreed = secure::agreePairwise(context);
        if (!agreed)
            return nullptr;
        slot.emplace(std::move(agreed).value());
    }
    return &*slot;
}

QByteArray manifestDigest(const QString &studyHash)
{
    return QByteArray::fromHex(studyHash.mid(7).toLatin1()); // after "sha256:"
}

// ---- the manifest ----------------------------------------------------------------------------

std::optional<ApiResponse> ApiHandlers::checkManifest(const protocol::StudyManifest &manifest,
                                                      Audit &audit, int *index)
{
    if (m_secrets.signSecretKey.size() != 64 || m_secrets.boxSecretKey.size() != 32) {
        return errorResponse(500, QStringLiteral("node-failure"),
                             Tr::tr("This node has no signing or key-agreement key, so it cannot "
                                    "take part in studies. Tell the site administrator."));
    }
    if (manifest.version != 2) {
        return manifestRefusal(QStringLiteral("manifest-version"),
                               Tr::tr("The manifest has version %1; this node takes version 2. "
                                      "Update the Fairstart client.")
                                   .arg(manifest.version),
                               QStringLiteral("manifest.version"));
    }
    if (manifest.kind == protocol::JobKind::Evaluation
        && manifest.evaluationBins != analysis::evaluationGridBins)
        return gridRefusal(manifest.evaluationBins, QStringLiteral("manifest.evaluationBins"));
    if (manifest.summedRelay && !m_policy.summedRelay()) {
        return manifestRefusal(QStringLiteral("summed-relay-off"),
                               Tr::tr("The manifest says \"relay\": \"summed\", which this "
                                      "node's policy turns off (summed_relay = 0; it does not "
                                      "list the capability). Open the study without it."),
                               QStringLiteral("manifest.relay"));
    }
    static const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
    if (!hex32.match(manifest.studyId).hasMatch()) {
        return manifestRefusal(QStringLiteral("invalid-study-id"),
                               Tr::tr("The study id must be 32 lower-case hexadecimal digits "
                                      "(128 random bits)."),
                               QStringLiteral("manifest.studyId"));
    }
    if (manifest.participants.isEmpty()) {
        return manifestRefusal(QStringLiteral("no-participants"),
                               Tr::tr("The manifest names no participant. A study needs at "
                                      "least one site that contributes."),
                               QStringLiteral("manifest.participants"));
    }
    // Names and keys: each once, in the manifest's byte-wise order, keys of 32 bytes.
    std::set<QString> names;
    std::set<QByteArray> keys;
    auto checkList = [&](const QList<protocol::StudyParticipant> &list,
                         const QString &field) -> std::optional<ApiResponse> {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const protocol::StudyParticipant &site = list[i];
            const QString where = QStringLiteral("%1[%2]").arg(field).arg(i);
            if (!plainName(site.name)) {
                return manifestRefusal(QStringLiteral("invalid-manifest"),
                                       Tr::tr("A site's name must be 1 to 128 characters without "
                                              "control characters."),
                                       where);
            }
            const QByteArray signing = decodeKey(site.signingKey);
            const QByteArray agreement = decodeKey(site.keyAgreementKey);
            if (signing.isEmpty() || agreement.isEmpty()) {
                return manifestRefusal(QStringLiteral("invalid-manifest"),
                                       Tr::tr("The keys of site '%1' are not 32-byte keys in "
                                              "base64. Take them from the site's /v1/info.")
                                           .arg(site.name.left(128)),
                                       where);
            }
            if (!names.insert(site.name).second) {
                return manifestRefusal(QStringLiteral("duplicate-site"),
                                       Tr::tr("The site '%1' appears twice in the manifest. "
                                              "Name every site once, as participant or "
                                              "observer.")
                                           .arg(site.name.left(128)),
                                       where);
            }
            if (!keys.insert(signing).second || !keys.insert(agreement).second) {
                return manifestRefusal(QStringLiteral("duplicate-key"),
                                       Tr::tr("A key of site '%1' is also another site's key (or "
                                              "its own other key). Every site has its own keys.")
                                           .arg(site.name.left(128)),
                                       where);
            }
            if (i > 0 && list[i - 1].name.toUtf8() >= site.name.toUtf8()) {
                return manifestRefusal(QStringLiteral("invalid-manifest"),
                                       Tr::tr("The sites of the manifest must be sorted by name "
                                              "(byte-wise), so that every node sums in the same "
                                              "order."),
                                       where);
            }
        }
        return std::nullopt;
    };
    if (auto refused = checkList(manifest.participants, QStringLiteral("manifest.participants")))
        return refused;
    if (auto refused = checkList(manifest.observers, QStringLiteral("manifest.observers")))
        return refused;

    // This node, by name, with its own keys.
    const QString self = m_store->nodeName();
    const protocol::StudyParticipant *own = nullptr;
    *index = -1;
    for (qsizetype i = 0; i < manifest.participants.size(); ++i) {
        if (manifest.participants[i].name == self) {
            own = &manifest.participants[i];
            *index = int(i);
        }
    }
    for (const auto &observer : manifest.observers) {
        if (observer.name == self)
            own = &observer;
    }
    if (!own) {
        return errorResponse(403, QStringLiteral("not-a-participant"),
                             Tr::tr("The manifest does not name this node ('%1') as a participant "
                                    "or observer. Build the manifest from this node's /v1/info.")
                                 .arg(self),
                             QStringLiteral("manifest.participants"), true);
    }
    if (decodeKey(own->signingKey) != decodeKey(m_keys.signingKey)
        || decodeKey(own->keyAgreementKey) != decodeKey(m_keys.keyAgreementKey)) {
        return errorResponse(403, QStringLiteral("foreign-keys"),
                             Tr::tr("The manifest names this node ('%1') with other keys than its "
                                    "own. Check the keys you pinned for it against its /v1/info "
                                    "and the administrator's announcement.")
                                 .arg(self),
                             self, true);
    }
    // Every other site: an accepted peer of this node with exactly these keys (peers.cpp).
    if (auto refused = checkPinnedPeers(manifest, *m_store, m_policy, audit.checks))
        return refused;

    // Mode, scale and the coordinator's options.
    const int participants = int(manifest.participants.size());
    if (manifest.mode != QStringLiteral("masked") && manifest.mode != QStringLiteral("plain")) {
        return manifestRefusal(QStringLiteral("invalid-mode"),
                               Tr::tr("The mode must be 'masked' or 'plain'."),
                               QStringLiteral("manifest.mode"));
    }
    if (manifest.mode == QStringLiteral("plain")) {
        const int most = m_policy.plainMaxParticipants();
        const bool allowed = participants <= most;
        audit.checks.append(policyCheck(kPlainMode, most, allowed));
        if (!allowed) {
            return errorResponse(
                403, QString::fromLatin1(kPlainMode),
                most == 0 ? Tr::tr("This node takes part in masked studies only. Run the study "
                                   "in mode 'masked'.")
                          : Tr::tr("This node joins a plain study (every site's statistics "
                                   "unmasked) of at most %1 participants; this one has %2. Run "
                                   "it in mode 'masked'.")
                                .arg(most)
                                .arg(participants),
                QStringLiteral("manifest.mode"), true);
        }
    }
    if (manifest.fractionBits < kMinFractionBits || manifest.fractionBits > kMaxFractionBits) {
        return manifestRefusal(QStringLiteral("invalid-fraction-bits"),
                               Tr::tr("fractionBits must be from %1 to %2.")
                                   .arg(kMinFractionBits)
                                   .arg(kMaxFractionBits),
                               QStringLiteral("manifest.fractionBits"));
    }
    if (manifest.maxRounds < 1) {
        return manifestRefusal(QStringLiteral("invalid-max-rounds"),
                               Tr::tr("maxRounds must be at least 1."),
                               QStringLiteral("manifest.maxRounds"));
    }
    if (manifest.maxRounds > m_disclosure.maxRounds) {
        audit.checks.append(policyCheck(kMaxRounds, m_disclosure.maxRounds, false));
        return errorResponse(403, QString::fromLatin1(kMaxRounds),
                             Tr::tr("This node allows at most %1 rounds per fit; the manifest "
                                    "asks for %2. Lower maxRounds.")
                                 .arg(m_disclosure.maxRounds)
                                 .arg(manifest.maxRounds),
                             QStringLiteral("manifest.maxRounds"), true);
    }
    if (!(manifest.tolerance >= kMinTolerance && manifest.tolerance <= kMaxTolerance)) {
        return manifestRefusal(QStringLiteral("invalid-tolerance"),
                               Tr::tr("tolerance must be from 1e-14 to 1e-4 (R's default is "
                                      "1e-8; Fairstart's 1e-10)."),
                               QStringLiteral("manifest.tolerance"));
    }
    if (protocol::designHash(manifest.design) != manifest.designHash)
        return designHashMismatch();
    if (manifest.kind == protocol::JobKind::Descriptives) {
        // The codec refused a fitted study, a design and plain mode; the cohort and variables
        // are checked against the catalogue with the job (maskeddescriptives.cpp).
    } else if (manifest.kind == protocol::JobKind::Glm) {
        if (!manifest.fittedStudy.isEmpty()) {
            return manifestRefusal(QStringLiteral("invalid-kind"),
                                   Tr::tr("fittedStudy belongs to calibration studies only."),
                                   QStringLiteral("manifest.fittedStudy"));
        }
    } else {
        if (manifest.design.spec.family != analysis::Family::Binomial) {
            return manifestRefusal(QStringLiteral("invalid-kind"),
                                   Tr::tr("Calibration studies need a binomial model."),
                                   QStringLiteral("manifest.kind"));
        }
        if (manifest.fittedStudy.isEmpty()) {
            return manifestRefusal(QStringLiteral("invalid-kind"),
                                   Tr::tr("A calibration study names the study whose final β it "
                                          "calibrates (fittedStudy)."),
                                   QStringLiteral("manifest.fittedStudy"));
        }
    }
    return std::nullopt;
}

// Two sums over participant sets that differ by one site give that site's statistics. The node
// remembers every set it joined (per dataset and purpose, across restarts) and, when its policy
// says so, refuses a set one site away from an earlier one (docs/privacy-rules.md, "Participant
// sets").
std::optional<ApiResponse> ApiHandlers::checkParticipantSet(const protocol::StudyManifest &manifest,
                                                            Audit &audit, bool record)
{
    QStringList names;
    for (const auto &participant : manifest.participants)
        names.append(participant.name);
    const bool allow = m_policy.allowSingleSiteDifference();
    if (!allow) {
        auto sets = m_store->participantSets(manifest.dataset, manifest.purpose);
        if (!sets)
            return errorResponse(500, QStringLiteral("node-failure"),
                                 Tr::tr("The node could not read its record of studies. Tell "
                                        "the site administrator."));
        const std::set<QString> current(names.begin(), names.end());
        for (const QStringList &earlier : *sets) {
            const std::set<QString> before(earlier.begin(), earlier.end());
            std::vector<QString> difference;
            std::set_symmetric_difference(current.begin(), current.end(), before.begin(),
                                          before.end(), std::back_inserter(difference));
            if (difference.size() == 1) {
                audit.checks.append(policyCheck(kParticipantSet, 0, false));
                return errorResponse(
                    403, QString::fromLatin1(kParticipantSet),
                    Tr::tr("This node took part in a study of this dataset and purpose whose "
                           "participants differ from this one's by the single site '%1'; the "
                           "difference of the two studies' sums would be that site's statistics, "
                           "and this node's policy refuses that (single_site_difference = "
                           "refuse). Include or leave out at least one more site.")
                        .arg(difference.front().left(128)),
                    difference.front().left(128), true);
            }
        }
    }
    audit.checks.append(policyCheck(kParticipantSet, allow ? 1 : 0, true));
    if (record && !m_store->recordParticipantSet(manifest.dataset, manifest.purpose, names))
        return errorResponse(500, QStringLiteral("node-failure"),
                             Tr::tr("The node could not record the study's participants. Tell "
                                    "the site administrator."));
    return std::nullopt;
}

ApiResponse ApiHandlers::endStudy(StudyState &study, const QString &jobId, const QString &user,
                                  int status, const QString &code, const QString &message,
                                  const QString &site, Audit &audit)
{
    study.ended = true;
    study.endReason = message;
    m_jobs.cancel(jobId, user);
    audit.set("studyEnded", true);
    if (!site.isEmpty())
        audit.set("refusedSite", site.left(128));
    QJsonObject check { { QStringLiteral("rule"), QStringLiteral("relay") },
                        { QStringLiteral("threshold"), 1 },
                        { QStringLiteral("passed"), false },
                        { QStringLiteral("detail"), code } };
    audit.checks.append(check);
    return errorResponse(status, code,
                         message + QLatin1Char(' ')
                             + Tr::tr("The study has ended at this node; nothing more is "
                                      "released for it. Start a new study."),
                         site.isEmpty() ? QString() : QStringLiteral("site: ") + site.left(128));
}

// A peer the administrator removed (or whose keys changed) since the study was opened ends it:
// the removal is how an administrator withdraws trust from a site, also mid-study.
std::optional<ApiResponse> ApiHandlers::endIfPeerRemoved(StudyState &study, const QString &jobId,
                                                         const QString &user, Audit &audit)
{
    if (study.ended)
        return std::nullopt;
    // The same peers and policy as at the last check that passed: the same verdict, recorded as
    // that check records it (issue 16: at 100 sites the check read and indexed 100 peers on every
    // relayed round, 12 % of a round's CPU).
    const std::optional<quint64> version = m_store->peersVersion();
    const bool allowUnknown = m_policy.allowUnknownPeers();
    if (version && study.peersChecked
        && *study.peersChecked == std::pair<quint64, bool>(*version, allowUnknown)) {
        audit.checks.append(pinnedPeersPassed(allowUnknown));
        return std::nullopt;
    }
    PeerRefusal refusal;
    auto refused = checkPinnedPeers(study.manifest, *m_store, m_policy, audit.checks, &refusal);
    if (!refused) {
        if (version)
            study.peersChecked = std::pair<quint64, bool>(*version, allowUnknown);
        return refused;
    }
    study.peersChecked.reset();
    if (refusal.site.isEmpty())
        return refused;
    return endStudy(study, jobId, user, 403, QString::fromLatin1(kUnknownPeer), refusal.message(),
                    refusal.site, audit);
}

// ---- POST /v1/jobs/{id}/signatures -----------------------------------------------------------

namespace {

// The study is armed: its keys and its coordinator (every site's agreement checked).
void finishArming(StudyState &study)
{
    const protocol::StudyManifest &manifest = study.manifest;
    QList<protocol::StudyParticipant> sites = manifest.participants;
    sites.append(manifest.observers);
    study.armed = true;
    for (const auto &site : sites)
        study.signingKeys.append(decodeKey(site.signingKey));
    for (const auto &participant : manifest.participants)
        study.boxKeys.append(decodeKey(participant.keyAgreementKey));
    // The coordinator of the job's own design (calibration: y ~ lp), with the manifest's
    // options: the same at every node and at the client (protocol::studyModel).
    const protocol::StudyModel model = protocol::studyModel(manifest);
    study.family = model.family;
    study.ridgeLambda = model.ridgeLambda;
    study.hasOffset = model.hasOffset;
    study.terms = model.terms;
    study.coordinator = std::make_unique<analysis::GlmCoordinator>(model.coordinator());
}

} // namespace

std::optional<ApiResponse>
ApiHandlers::armStudy(StudyState &study, const QList<protocol::ManifestSignature> &signatures,
                      const QString &jobId, const QString &user, const char *auditKey, Audit &audit)
{
    const protocol::StudyManifest &manifest = study.manifest;
    QList<protocol::StudyParticipant> sites = manifest.participants;
    sites.append(manifest.observers);
    // Each relayed signature once, by a site of the manifest; every site's present and valid.
    std::map<QString, QByteArray> relayed;
    for (const protocol::ManifestSignature &signature : signatures) {
        const bool known = std::any_of(sites.begin(), sites.end(), [&](const auto &site) {
            return site.name == signature.site;
        });
        if (!known) {
            return endStudy(study, jobId, user, 409, QStringLiteral("foreign-signature"),
                            Tr::tr("The relay holds a manifest signature of '%1', which is "
                                   "not a site of this study.")
                                .arg(signature.site.left(128)),
                            signature.site, audit);
        }
        if (!relayed.emplace(signature.site, signature.signature).second) {
            return endStudy(study, jobId, user, 409, QStringLiteral("duplicate-signature"),
                            Tr::tr("The relay holds two manifest signatures of site '%1'.")
                                .arg(signature.site.left(128)),
                            signature.site, audit);
        }
    }
    QStringList verified;
    QJsonArray audited;
    // Over the manifest's SHA-256 when it says so (32 bytes per verification instead of the
    // whole manifest, which grows with the sites), else over its bytes.
    const QByteArrayView domain
        = manifest.signsDigest ? secure::Domain::ManifestDigest : secure::Domain::Manifest;
    const QByteArray signedBytes = protocol::manifestSignedBytes(manifest, study.bytes);
    for (qsizetype i = 0; i < sites.size(); ++i) {
        const QString &name = sites[i].name;
        auto it = relayed.find(name);
        if (it == relayed.end()) {
            return endStudy(study, jobId, user, 409, QStringLiteral("missing-signature"),
                            Tr::tr("The relay lacks the manifest signature of site '%1'. "
                                   "Every participant and observer must sign the same "
                                   "manifest before anything is computed.")
                                .arg(name.left(128)),
                            name, audit);
        }
        if (!secure::verify(decodeKey(sites[i].signingKey), domain, signedBytes, it->second)) {
            return endStudy(study, jobId, user, 409, QStringLiteral("invalid-signature"),
                            Tr::tr("The manifest signature of site '%1' does not verify "
                                   "against that site's key in the manifest: it signed "
                                   "another manifest, or another key signed it.")
                                .arg(name.left(128)),
                            name, audit);
        }
        verified.append(name);
        audited.append(name);
    }
    study.verified = verified;
    finishArming(study);
    audit.set(auditKey, audited);
    return std::nullopt;
}

std::optional<ApiResponse> ApiHandlers::armStudyByTags(StudyState &study,
                                                       const QList<QByteArray> &tags,
                                                       const QString &jobId, const QString &user,
                                                       Audit &audit)
{
    const protocol::StudyManifest &manifest = study.manifest;
    QList<protocol::StudyParticipant> sites = manifest.participants;
    sites.append(manifest.observers);
    int position = -1;
    const secure::PairwiseSecrets *keys
        = studyTagSecrets(study, m_store->nodeName(), m_secrets.boxSecretKey, &position);
    if (!keys || position < 0 || position >= sites.size())
        return errorResponse(500, QStringLiteral("node-failure"),
                             Tr::tr("The node could not agree the keys of manifest tags with the "
                                    "study's sites. Tell the site administrator."));
    if (tags.size() != sites.size()) {
        return endStudy(study, jobId, user, 409, QStringLiteral("invalid-manifest-tags"),
                        Tr::tr("The relay holds %1 manifest tags for %2 sites: one per site of "
                               "the manifest, participants then observers.")
                            .arg(tags.size())
                            .arg(sites.size()),
                        QString(), audit);
    }
    if (!tags.at(position).isEmpty()) {
        return endStudy(study, jobId, user, 409, QStringLiteral("invalid-manifest-tags"),
                        Tr::tr("The relay holds a manifest tag in this node's own slot (position "
                               "%1); that slot stays empty.")
                            .arg(position + 1),
                        QString(), audit);
    }
    // Each other site's tag for this node over the manifest's digest: made with the key only
    // that site and this node hold, so neither the client nor a third site can make it.
    const QByteArray digest = manifestDigest(study.hash);
    const QByteArray studyBytes = study.hash.toUtf8();
    QStringList verified;
    QJsonArray audited;
    for (qsizetype i = 0; i < sites.size(); ++i) {
        if (i == position)
            continue;
        const QString &name = sites[i].name;
        if (tags.at(i).isEmpty()) {
            return endStudy(study, jobId, user, 409, QStringLiteral("missing-manifest-tag"),
                            Tr::tr("The relay lacks the manifest tag of site '%1' for this node. "
                                   "Every participant and observer must agree to the same "
                                   "manifest before anything is computed.")
                                .arg(name.left(128)),
                            name, audit);
        }
        if (!secure::verifyManifestTag(*keys, studyBytes, int(i), position, digest, tags.at(i))) {
            return endStudy(study, jobId, user, 409, QStringLiteral("invalid-manifest-tag"),
                            Tr::tr("The manifest tag of site '%1' does not verify with the key "
                                   "that site shares with this node: it agreed to another "
                                   "manifest, or the tag was not made by it.")
                                .arg(name.left(128)),
                            name, audit);
        }
        verified.append(name);
        audited.append(name);
    }
    study.verified = verified;
    finishArming(study);
    audit.set("manifestTagsVerified", audited);
    return std::nullopt;
}

ApiResponse ApiHandlers::signatures(const ApiRequest &request, const QString &jobId, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    audit.set("jobId", jobId);
    protocol::SignatureRelay relay;
    if (auto refused = decodeBody(request, m_policy.maxBodyBytes(), &relay))
        return *refused;
    bool open = false;
    const auto spec = m_jobs.spec(jobId, token.user, &open);
    if (!spec || !spec->study)
        return errorResponse(404, QStringLiteral("unknown-job"),
                             Tr::tr("There is no such job for you on this node. Open a study "
                                    "first (POST /v1/jobs)."));
    audit.set("purpose", spec->purpose);
    audit.set("dataset", spec->dataset);
    audit.set("designHash", spec->designHash);
    if (auto refused = checkPurpose(token, spec->purpose))
        return *refused;
    StudyState &study = *spec->study;
    std::lock_guard lock(study.mutex);
    audit.set("study", study.hash);
    if (!open || study.ended) {
        return errorResponse(
            409, QStringLiteral("study-ended"),
            Tr::tr("This study has ended at this node (%1). Start a new study.")
                .arg(study.endReason.isEmpty() ? Tr::tr("the job was closed") : study.endReason));
    }
    if (study.manifest.armsByTags) {
        return badRequest(QStringLiteral("invalid-signatures"),
                          Tr::tr("This study's manifest says \"arming\": \"tags\": its round 1 "
                                 "carries the other sites' manifest tags for this node and arms "
                                 "it. Send round 1 instead of the signatures."),
                          QStringLiteral("signatures"));
    }
    if (auto ended = endIfPeerRemoved(study, jobId, token.user, audit))
        return *ended;
    if (!study.armed) {
        if (auto refused
            = armStudy(study, relay.signatures, jobId, token.user, "signaturesVerified", audit))
            return *refused;
    }
    protocol::StudyArmed armed;
    armed.jobId = jobId;
    armed.study = study.hash;
    armed.verified = study.verified;
    return respond(m_gate->metadata(200, protocol::toJson(armed), "study-armed", audit.release));
}

// ---- POST /v1/jobs/{id}/rounds ---------------------------------------------------------------

ApiResponse ApiHandlers::round(const ApiRequest &request, const QString &jobId, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    audit.set("jobId", jobId);
    std::optional<QList<QByteArray>> tags;
    std::optional<QList<QByteArray>> manifestTags;
    std::optional<QList<QByteArray>> sumSeeds; // round 1 of a summed study
    std::optional<protocol::SummedRelay> summed; // a summed relay (round 2 or later)
    std::optional<protocol::RoundRelay> decodedRelay;
    if (isRelayContentType(request.contentType) && protocol::isSummedRelay(request.body)) {
        // The summed relay (docs/protocol.md, "The summed relay"): the contributions' fields,
        // the word sum S and this node's linear tags; the fields are checked below as a relay's
        // contributions are, S by the tags. Its key and requestHash: the SHA-256 of its bytes.
        auto decoded = protocol::decodeSummedRelayBody(request.body);
        if (!decoded)
            return decodeError(decoded.error());
        audit.canonical = binaryRequest(request.body);
        summed = std::move(decoded).value();
        tags = summed->tags;
        protocol::RoundRelay fields;
        fields.round = summed->round;
        for (const protocol::Contribution &c : summed->contributions)
            fields.previous.append(protocol::SignedContribution { c, QByteArray() });
        decodedRelay = std::move(fields);
    } else if (isRelayContentType(request.contentType)) {
        // The binary relay (docs/protocol.md, "The binary relay"): a tagged relay of round 2 or
        // later, each contribution's fields and its masked words as they came; decoded into the
        // same relay and tags as the JSON form, and checked below exactly as that is. Its key and
        // the audit's requestHash are the SHA-256 of its bytes.
        auto binary = protocol::decodeRelayBody(request.body);
        if (!binary)
            return decodeError(binary.error());
        audit.canonical = binaryRequest(request.body);
        tags = std::move(binary->tags);
        decodedRelay = std::move(binary->relay);
    } else {
        auto object = protocol::parseObject(request.body, m_policy.maxBodyBytes());
        if (!object)
            return decodeError(object.error());
        // Read and put in canonical form once, for the relay's key and the audit entry (at 100
        // sites a relay is ~0.6 MB; the audit read and canonicalised it a second time).
        audit.canonical = canonicalRequest(*object);
        if (object->contains(QStringLiteral("beta")))
            return protocolOneRefusal();
        // Contribution tags (docs/protocol.md, "Contribution tags"): the tag of each relayed
        // contribution for this node, checked instead of the signature; a relay with tags gets an
        // answer with this node's tags. They stay in the canonical request (audit, relay key).
        if (object->contains(QStringLiteral("tags"))) {
            std::optional<ApiResponse> refusal;
            tags = readTags(object->value(QStringLiteral("tags")), &refusal);
            if (!tags)
                return *refusal;
            object->remove(QStringLiteral("tags"));
        }
        // Manifest tags (docs/protocol.md, "Manifest tags"): round 1 of a study whose manifest says
        // "arming": "tags" carries every other site's tag for this node. Part of the canonical
        // request too.
        if (object->contains(QStringLiteral("manifest_tags"))) {
            std::optional<ApiResponse> refusal;
            manifestTags = readTags(object->value(QStringLiteral("manifest_tags")), &refusal, true);
            if (!manifestTags)
                return *refusal;
            object->remove(QStringLiteral("manifest_tags"));
        }
        // Sealed sum seeds (docs/protocol.md, "The summed relay"): round 1 of a summed study
        // carries every other site's seed sealed for this node. Part of the canonical request.
        if (object->contains(QStringLiteral("sum_seeds"))) {
            std::optional<ApiResponse> refusal;
            sumSeeds = readSealedSeeds(object->value(QStringLiteral("sum_seeds")), &refusal);
            if (!sumSeeds)
                return *refusal;
            object->remove(QStringLiteral("sum_seeds"));
        }
        auto decoded = protocol::fromJson<protocol::RoundRelay>(*object);
        if (!decoded)
            return decodeError(decoded.error());
        decodedRelay = std::move(decoded).value();
    }
    const protocol::RoundRelay relay = std::move(*decodedRelay);
    audit.set("round", relay.round);
    bool open = false;
    const auto spec = m_jobs.spec(jobId, token.user, &open);
    if (!spec || !spec->study)
        return errorResponse(404, QStringLiteral("unknown-job"),
                             Tr::tr("There is no such job for you on this node. Open a study "
                                    "first (POST /v1/jobs)."));
    audit.set("purpose", spec->purpose);
    audit.set("dataset", spec->dataset);
    audit.set("designHash", spec->designHash);
    if (auto refused = checkPurpose(token, spec->purpose))
        return *refused;
    StudyState &study = *spec->study;
    std::lock_guard lock(study.mutex);
    audit.set("study", study.hash);
    if (study.ended && !study.finalBeta) {
        return errorResponse(409, QStringLiteral("study-ended"),
                             Tr::tr("This study has ended at this node (%1). Start a new study.")
                                 .arg(study.endReason));
    }
    // Round 1 of a study whose manifest says "arming": "tags" carries the other sites' manifest
    // tags for this node instead of the signatures, and nothing else arms it.
    if (manifestTags) {
        if (relay.round != 1)
            return badRequest(QStringLiteral("invalid-manifest-tags"),
                              Tr::tr("Only round 1 may carry manifest tags (they arm the study); "
                                     "round %1 carries them.")
                                  .arg(relay.round),
                              QStringLiteral("manifest_tags"));
        if (!study.manifest.armsByTags)
            return badRequest(QStringLiteral("invalid-manifest-tags"),
                              Tr::tr("This study's manifest does not say \"arming\": \"tags\": "
                                     "it is armed by every site's manifest signature. Send round "
                                     "1 with the signatures instead of manifest tags."),
                              QStringLiteral("manifest_tags"));
    }
    if (study.manifest.armsByTags && !relay.signatures.isEmpty())
        return badRequest(QStringLiteral("invalid-signatures"),
                          Tr::tr("This study's manifest says \"arming\": \"tags\": round 1 "
                                 "carries the other sites' manifest tags for this node, not the "
                                 "signatures."),
                          QStringLiteral("signatures"));
    if (manifestTags && !study.armed) {
        if (auto ended = endIfPeerRemoved(study, jobId, token.user, audit))
            return *ended;
        if (auto refused = armStudyByTags(study, *manifestTags, jobId, token.user, audit))
            return *refused;
    }
    // Round 1 may carry the manifest signatures (capability "arms-with-round-one"): the study is
    // armed by them, with every check of POST /v1/jobs/{id}/signatures, before anything is
    // computed; a study armed before takes them no further. No other round carries them.
    if (!relay.signatures.isEmpty()) {
        if (relay.round != 1)
            return badRequest(QStringLiteral("invalid-signatures"),
                              Tr::tr("Only round 1 may carry the manifest signatures (they arm "
                                     "the study); round %1 carries them.")
                                  .arg(relay.round),
                              QStringLiteral("signatures"));
        if (!study.armed) {
            if (auto ended = endIfPeerRemoved(study, jobId, token.user, audit))
                return *ended;
            if (auto refused = armStudy(study, relay.signatures, jobId, token.user,
                                        "manifestSignaturesVerified", audit))
                return *refused;
        }
    }
    if (!study.armed) {
        return errorResponse(
            409, QStringLiteral("study-not-armed"),
            study.manifest.armsByTags
                ? Tr::tr("This node computes nothing before every other site's manifest tag for "
                         "it is relayed (round 1's manifest_tags).")
                : Tr::tr("This node computes nothing before every site's signature of the "
                         "manifest is relayed (POST /v1/jobs/{id}/signatures)."));
    }
    if (auto ended = endIfPeerRemoved(study, jobId, token.user, audit))
        return *ended;
    // The summed relay's forms belong to a study whose manifest says "relay": "summed", whose
    // every relay is tagged (nothing read, the study goes on).
    if (summed && !study.manifest.summedRelay)
        return badRequest(QStringLiteral("invalid-relay"),
                          Tr::tr("This study's manifest does not say \"relay\": \"summed\": "
                                 "relay every contribution, not their sum."),
                          QString());
    if (sumSeeds && (!study.manifest.summedRelay || relay.round != 1))
        return badRequest(QStringLiteral("invalid-sum-seeds"),
                          Tr::tr("Only round 1 of a study whose manifest says \"relay\": "
                                 "\"summed\" carries sum seeds; this relay is round %1.")
                              .arg(relay.round),
                          QStringLiteral("sum_seeds"));
    if (study.manifest.summedRelay && !tags)
        return badRequest(QStringLiteral("invalid-tags"),
                          Tr::tr("Every relay of a study whose manifest says \"relay\": "
                                 "\"summed\" carries tags. Send it with its tags."),
                          QStringLiteral("tags"));

    // The relay's key (an identical repeat gets the stored answer, any other relay of the round
    // ends the study): the hash of the request's canonical form, the audit's requestHash.
    const QByteArray relayKey = audit.canonical->hash.toLatin1();
    RoundTicket ticket = m_jobs.beginRound(jobId, token.user, relay.round, relayKey);
    switch (ticket.refusal) {
    case RoundRefusal::None:
        break;
    case RoundRefusal::NotFound:
        return errorResponse(404, QStringLiteral("unknown-job"),
                             Tr::tr("There is no such job for you on this node."));
    case RoundRefusal::Cancelled:
        return errorResponse(409, QStringLiteral("job-cancelled"),
                             Tr::tr("The study's job was cancelled. Start a new study."));
    case RoundRefusal::Expired:
        return errorResponse(409, QStringLiteral("job-expired"),
                             Tr::tr("The study's job expired: it was idle, reached its "
                                    "lifetime, or its user held more than a fair share of the "
                                    "node's job memory while others waited. Start a new study."));
    case RoundRefusal::Finished:
    case RoundRefusal::RoundCap:
        // A calibration study's job ends when the study converged (JobManager::finish): a later
        // round gets the answer it got before the job ended. So does an evaluation study's with
        // its one round: any other round ends it as before the job ended (evaluationRound).
        if (spec->kind == protocol::JobKind::Evaluation && !study.ended) {
            return endStudy(study, jobId, token.user, 409, QStringLiteral("evaluation-round"),
                            Tr::tr("An evaluation study has a single round (round 1, with no "
                                   "contributions relayed); this relay is round %1 with %2.")
                                .arg(relay.round)
                                .arg(relay.previous.size()),
                            QString(), audit);
        }
        if (study.finalBeta) {
            return errorResponse(409, QStringLiteral("study-converged"),
                                 Tr::tr("This study has converged; its final β is attested. Ask "
                                        "for the per-site fit or an evaluation instead."));
        }
        audit.checks.append(policyCheck(kMaxRounds, ticket.maxRounds, false));
        return endStudy(
            study, jobId, token.user, 403, QString::fromLatin1(kMaxRounds),
            Tr::tr("This study has used all %1 rounds this node allows it.").arg(ticket.maxRounds),
            QString(), audit);
    case RoundRefusal::WrongRound:
        return endStudy(study, jobId, token.user, 409, QStringLiteral("round-replayed"),
                        Tr::tr("Round %1 was relayed, but this node answered round %2 last and "
                               "expects round %3 (or the identical repeat of round %2): a "
                               "replayed, skipped or changed round.")
                            .arg(relay.round)
                            .arg(study.round)
                            .arg(study.round + 1),
                        QString(), audit);
    }
    if (ticket.repeatedAnswer)
        return respond(m_gate->repeatedRound(*ticket.repeatedAnswer, audit.release));
    if (tags
        && (spec->kind == protocol::JobKind::Evaluation
            || spec->kind == protocol::JobKind::Descriptives)) {
        return badRequest(QStringLiteral("invalid-tags"),
                          Tr::tr("Contribution tags belong to the rounds of model studies; an "
                                 "evaluation or descriptives study has one round and relays "
                                 "nothing. Send its round without tags."),
                          QStringLiteral("tags"));
    }
    if (spec->kind == protocol::JobKind::Evaluation)
        return evaluationRound(study, *spec, relay, jobId, token.user, relayKey, audit);
    if (spec->kind == protocol::JobKind::Descriptives) // maskeddescriptives.cpp
        return descriptivesRound(study, *spec, relay, jobId, token.user, relayKey, audit);
    if (study.finalBeta) {
        return errorResponse(409, QStringLiteral("study-converged"),
                             Tr::tr("This study has converged; its final β is attested. Ask for "
                                    "the per-site fit or an evaluation instead."));
    }
    const protocol::StudyManifest &manifest = study.manifest;
    const int p = int(study.terms.size());
    const int participants = int(manifest.participants.size());
    const QString self = m_store->nodeName();

    // ---- verify the relayed contributions of the previous round ----
    analysis::GlmCoordinator &coordinator = *study.coordinator;
    std::optional<analysis::Result<analysis::GlmCoordinator::Status>> status;
    int tagPosition = -1; // this node among every site of the manifest (tags' indices)
    const secure::PairwiseSecrets *tagKeys = nullptr;
    if (tags) {
        tagKeys = studyTagSecrets(study, self, m_secrets.boxSecretKey, &tagPosition);
        if (!tagKeys)
            return errorResponse(500, QStringLiteral("node-failure"),
                                 Tr::tr("The node could not agree the keys of contribution tags "
                                        "with the study's sites. Tell the site administrator."));
    }
    if (relay.round == 1) {
        if (tags && !tags->isEmpty()) {
            return endStudy(study, jobId, token.user, 409, QStringLiteral("invalid-tags"),
                            Tr::tr("Round 1 carries no contributions, so its relay carries no "
                                   "tags; this one holds %1.")
                                .arg(tags->size()),
                            QString(), audit);
        }
        if (!relay.previous.isEmpty()) {
            return endStudy(study, jobId, token.user, 409, QStringLiteral("round-replayed"),
                            Tr::tr("Round 1 is at the coordinator's start and carries no "
                                   "contributions; this relay holds %1.")
                                .arg(relay.previous.size()),
                            QString(), audit);
        }
        // A summed study: every other site's seed, sealed for this node under the pair's key,
        // opens here or the study ends (a seed of another site, study or pair does not open).
        if (manifest.summedRelay) {
            const int sites = int(manifest.participants.size() + manifest.observers.size());
            if (!sumSeeds || sumSeeds->size() != sites || !sumSeeds->at(tagPosition).isEmpty()) {
                return endStudy(study, jobId, token.user, 409, QStringLiteral("invalid-sum-seeds"),
                                Tr::tr("Round 1 of a summed study carries every other site's "
                                       "sealed sum seed for this node, one per site of the "
                                       "study with this node's own slot empty; this relay "
                                       "holds %1 for %2 sites.")
                                    .arg(sumSeeds ? sumSeeds->size() : 0)
                                    .arg(sites),
                                QString(), audit);
            }
            QList<QByteArray> opened;
            QJsonArray openedSites;
            const QByteArray studyBytes = study.hash.toUtf8();
            for (int k = 0; k < sites; ++k) {
                if (k == tagPosition) {
                    opened.append(QByteArray());
                    continue;
                }
                const QString &site = k < participants ? manifest.participants[k].name
                                                       : manifest.observers[k - participants].name;
                auto seed
                    = secure::openSumSeed(*tagKeys, studyBytes, k, tagPosition, sumSeeds->at(k));
                if (!seed) {
                    return endStudy(study, jobId, token.user, 409,
                                    QStringLiteral("invalid-sum-seed"),
                                    Tr::tr("The sum seed in the slot of site '%1' does not open "
                                           "with the key only that site and this node hold: it "
                                           "was sealed for another site or study, or changed on "
                                           "the way.")
                                        .arg(site.left(128)),
                                    site, audit);
                }
                opened.append(*seed);
                openedSites.append(site);
            }
            study.peerSumSeeds = opened;
            audit.set("sumSeedsOpened", openedSites);
        }
    } else {
        std::vector<int> seen(std::size_t(participants), 0);
        QHash<QString, int> positions;
        positions.reserve(participants);
        for (int i = 0; i < participants; ++i)
            positions.insert(manifest.participants[i].name, i);
        for (const protocol::SignedContribution &signedContribution : relay.previous) {
            const QString &site = signedContribution.contribution.site;
            const int position = positions.value(site, -1);
            if (position < 0) {
                return endStudy(study, jobId, token.user, 409,
                                QStringLiteral("foreign-contribution"),
                                Tr::tr("The relay holds a contribution of '%1', which is not a "
                                       "participant of this study.")
                                    .arg(site.left(128)),
                                site, audit);
            }
            if (seen[std::size_t(position)]++ > 0) {
                return endStudy(
                    study, jobId, token.user, 409, QStringLiteral("duplicate-contribution"),
                    Tr::tr("The relay holds two contributions of site '%1'.").arg(site.left(128)),
                    site, audit);
            }
        }
        for (int i = 0; i < participants; ++i) {
            if (seen[std::size_t(i)] == 0) {
                const QString &site = manifest.participants[i].name;
                return endStudy(study, jobId, token.user, 409,
                                QStringLiteral("missing-contribution"),
                                Tr::tr("The relay lacks the round-%1 contribution of site '%2'. "
                                       "A site that drops out ends the study.")
                                    .arg(relay.round - 1)
                                    .arg(site.left(128)),
                                site, audit);
            }
        }
        if (tags && tags->size() != participants) {
            return endStudy(study, jobId, token.user, 409, QStringLiteral("invalid-tags"),
                            Tr::tr("The relay holds %1 contribution tags for %2 contributions: "
                                   "one per contribution, in the manifest's order.")
                                .arg(tags->size())
                                .arg(participants),
                            QString(), audit);
        }
        const QByteArray studyBytes = study.hash.toUtf8();
        QJsonArray audited;
        QJsonArray relayed;
        bool nonFinite = false;
        // The summed relay: Σ of the other participants' tags for this node (plus <r, own
        // words>) against <r, S> + Σ of their PRFs, both over F_q (secure.h, field127.h).
        namespace f127 = secure::field127;
        f127::u128 tagSum = 0, prfSum = 0;
        for (int i = 0; i < participants; ++i) {
            const protocol::SignedContribution &signedContribution = relay.previous[i];
            const protocol::Contribution &c = signedContribution.contribution;
            const QString &expected = manifest.participants[i].name;
            if (c.site != expected) {
                return endStudy(study, jobId, token.user, 409,
                                QStringLiteral("contributions-reordered"),
                                Tr::tr("The contributions are not in the manifest's order: "
                                       "position %1 holds site '%2' instead of '%3'.")
                                    .arg(i + 1)
                                    .arg(c.site.left(128), expected.left(128)),
                                c.site, audit);
            }
            // With tags: the tag of every other site's contribution for this node (one BLAKE2b
            // instead of an Ed25519 verification; only that site and this node hold its key),
            // and this node's own contribution by its signature (its own slot holds no tag).
            QByteArray digest; // D: what the tag and the signature cover; the audit keeps it
            if (summed) {
                // The fields' digest is what the sender's linear tag covers (with the round);
                // this node's own slot must be the fields it answered, its words its own.
                digest = secure::contributionDigest(summed->fields[i]);
                if (i == tagPosition) {
                    if (!tags->at(i).isEmpty())
                        return endStudy(study, jobId, token.user, 409,
                                        QStringLiteral("invalid-tags"),
                                        Tr::tr("The relay holds a tag for this node's own "
                                               "contribution (position %1); that slot stays "
                                               "empty.")
                                            .arg(i + 1),
                                        expected, audit);
                    if (summed->fields[i] != study.lastOwnFields)
                        return endStudy(study, jobId, token.user, 409,
                                        QStringLiteral("invalid-own-contribution"),
                                        Tr::tr("The relay's fields of this node's own round-%1 "
                                               "contribution are not the ones it answered.")
                                            .arg(relay.round - 1),
                                        expected, audit);
                } else {
                    const auto tag = secure::sumTagValue(tags->at(i));
                    const auto prf = secure::sumPrf(*tagKeys, studyBytes, i, tagPosition,
                                                    relay.round - 1, digest);
                    if (!tag)
                        return endStudy(study, jobId, token.user, 409,
                                        QStringLiteral("invalid-sum-tag"),
                                        Tr::tr("The relay holds no valid sum tag of site '%1' "
                                               "for this node (16 bytes, below 2^127 - 1).")
                                            .arg(expected.left(128)),
                                        expected, audit);
                    if (!prf)
                        return errorResponse(500, QStringLiteral("node-failure"),
                                             Tr::tr("The node could not check the sum tags. "
                                                    "Tell the site administrator."));
                    tagSum = f127::add(tagSum, *tag);
                    prfSum = f127::add(prfSum, *prf);
                }
            } else if (tags && i != tagPosition) {
                digest = secure::contributionDigest(protocol::contributionBytes(c));
                if (!secure::verifyContributionTag(*tagKeys, studyBytes, i, tagPosition, digest,
                                                   tags->at(i))) {
                    return endStudy(study, jobId, token.user, 409, QStringLiteral("invalid-tag"),
                                    Tr::tr("The round-%1 contribution of site '%2' does not match "
                                           "its tag for this node: it was changed on the way, "
                                           "or the tag was not made by that site.")
                                        .arg(relay.round - 1)
                                        .arg(expected.left(128)),
                                    expected, audit);
                }
            } else if (tags && !tags->at(i).isEmpty()) {
                return endStudy(study, jobId, token.user, 409, QStringLiteral("invalid-tags"),
                                Tr::tr("The relay holds a tag for this node's own contribution "
                                       "(position %1); that slot stays empty.")
                                    .arg(i + 1),
                                expected, audit);
            } else if (!secure::verify(study.signingKeys[i], secure::Domain::Contribution,
                                       protocol::contributionBytes(c),
                                       signedContribution.signature)) {
                return endStudy(study, jobId, token.user, 409, QStringLiteral("invalid-signature"),
                                Tr::tr("The round-%1 contribution of site '%2' does not verify "
                                       "against that site's key in the manifest: it was changed "
                                       "on the way, or another key signed it.")
                                    .arg(relay.round - 1)
                                    .arg(expected.left(128)),
                                expected, audit);
            }
            auto mismatch = [&](const QString &code, const QString &what) {
                return endStudy(study, jobId, token.user, 409, code,
                                Tr::tr("The round-%1 contribution of site '%2' is signed, but %3.")
                                    .arg(relay.round - 1)
                                    .arg(expected.left(128), what),
                                expected, audit);
            };
            if (c.study != study.hash)
                return mismatch(QStringLiteral("contribution-study"),
                                Tr::tr("it belongs to another study"));
            if (c.round != relay.round - 1)
                return mismatch(QStringLiteral("round-replayed"),
                                Tr::tr("it is of round %1 (a replayed contribution)").arg(c.round));
            if (c.mode != manifest.mode || c.p != p)
                return mismatch(QStringLiteral("contribution-mismatch"),
                                Tr::tr("its mode or number of parameters is not the study's"));
            if (c.status != protocol::ContributionStatus::Statistics
                && c.status != protocol::ContributionStatus::NonFinite)
                return mismatch(QStringLiteral("contribution-mismatch"),
                                Tr::tr("it holds no round statistics (status '%1')")
                                    .arg(protocol::contributionStatusId(c.status)));
            if (c.betaHash != study.betaHash)
                return mismatch(QStringLiteral("beta-mismatch"),
                                Tr::tr("site '%1' computed a different β than this node for "
                                       "that round")
                                    .arg(expected.left(128)));
            const std::size_t values = std::size_t(p) * std::size_t(p + 1) / 2 + std::size_t(p) + 5;
            if (c.status == protocol::ContributionStatus::NonFinite) {
                nonFinite = true;
            } else if (manifest.mode == QStringLiteral("plain")
                           ? (!c.plain || c.plain->p != p || !c.masked.empty()
                              || c.plain->xtwxUpper.size() != values - std::size_t(p) - 5
                              || c.plain->score.size() != std::size_t(p))
                           : (c.plain
                              || (summed ? !summed->summed[std::size_t(i)]
                                          || summed->sumLo.size() != 2 * values
                                         : c.masked.size() != 2 * values))) {
                return mismatch(QStringLiteral("contribution-mismatch"),
                                Tr::tr("its statistics do not have the study's layout"));
            }
            audited.append(expected);
            if (summed) {
                QJsonObject entry { { QStringLiteral("site"), expected },
                                    { QStringLiteral("fields"), hexOf(digest) } };
                if (!tags->at(i).isEmpty())
                    entry.insert(QStringLiteral("sumTag"), hexOf(tags->at(i)));
                relayed.append(entry);
                continue;
            }
            if (digest.isEmpty())
                digest = secure::contributionDigest(protocol::contributionBytes(c));
            relayed.append(relayedContribution(expected, digest, tags ? tags->at(i) : QByteArray(),
                                               signedContribution.signature));
        }
        // The word sum: each word's integer sum below N · 2^64 (a larger one could be a shift by
        // a multiple of q), then the tags: Σ t_ij + <r, w_own> = <r, S> + Σ PRF_ij.
        if (summed) {
            // Non-finite contributions have no words (the decoder saw to it): they add nothing.
            bool inRange = true;
            for (std::uint64_t hi : summed->sumHi)
                inRange = inRange && hi < std::uint64_t(participants);
            // r streamed from the seed into each product (issue 16, branch masks8): the same
            // elements as a stored r, without one.
            f127::u128 left = tagSum;
            if (!study.observer())
                left = f127::add(left, secure::sumInnerProduct(study.sumSeed, study.lastOwnWords));
            const f127::u128 right = f127::add(
                prfSum, secure::sumInnerProduct(study.sumSeed, summed->sumLo, summed->sumHi));
            if (!inRange || left != right) {
                audit.set("relayed", relayed);
                return endStudy(study, jobId, token.user, 409, QStringLiteral("invalid-sum"),
                                Tr::tr("The word sum of round %1 does not match the "
                                       "participants' sum tags for this node: the sum or a "
                                       "field was changed, a site's words were left out or "
                                       "counted twice, or tags of another round, study or node "
                                       "were relayed.")
                                    .arg(relay.round - 1),
                                QString(), audit);
            }
        }
        if (summed)
            audit.set("sumVerified", true);
        audit.set(tags ? "tagsVerified" : "signaturesVerified", audited);
        // The audit keeps this record of the verified relay, not its bytes (docs/privacy-rules.md,
        // "The audit of a relayed round").
        audit.set("relayed", relayed);
        audit.canonical->recordedAsRelay = true;

        // ---- sum in manifest order and take this node's own step ----
        if (nonFinite) {
            status = coordinator.reportNonFinite();
        } else if (manifest.mode == QStringLiteral("plain")) {
            analysis::RoundStats sum;
            for (const auto &signedContribution : relay.previous)
                sum += *signedContribution.contribution.plain;
            status = coordinator.accept(sum);
        } else {
            std::vector<std::uint64_t> words;
            if (summed)
                words = summed->sumLo; // S mod 2^64: the word-wise sum, checked above
            for (const auto &signedContribution : relay.previous) {
                if (summed)
                    break; // no words travelled: S is their sum
                const auto &masked = signedContribution.contribution.masked;
                if (!secure::addWords(words, masked))
                    return errorResponse(500, QStringLiteral("node-failure"),
                                         Tr::tr("The node could not add the masked "
                                                "contributions. Tell the site administrator."));
            }
            auto values = secure::decodeSum(
                words, secure::FixedPoint { manifest.fractionBits, participants });
            std::optional<analysis::RoundStats> sum;
            if (values)
                sum = protocol::statsFromVector(p, *values);
            if (!sum) {
                return endStudy(study, jobId, token.user, 409, QStringLiteral("sum-invalid"),
                                Tr::tr("The masked contributions of round %1 do not sum to "
                                       "statistics: a contribution was changed, or a site masked "
                                       "with other keys.")
                                    .arg(relay.round - 1),
                                QString(), audit);
            }
            status = coordinator.accept(*sum);
        }
    }

    // ---- this round's answer ----
    protocol::Contribution contribution;
    contribution.study = study.hash;
    contribution.site = self;
    contribution.round = relay.round;
    contribution.mode = manifest.mode;
    contribution.p = p;
    if (status && !*status) {
        // The coordinator failed (separation, rank, no convergence): every node says the same.
        contribution.status = protocol::ContributionStatus::Failed;
        contribution.betaHash = study.betaHash;
        contribution.failure = QString::fromStdString(status->error().message);
        contribution.failureCode = QString::fromLatin1(analysis::errorCodeId(status->error().code));
        study.ended = true;
        study.endReason = Tr::tr("the fit failed: %1").arg(contribution.failure);
        audit.set("studyFailed", contribution.failureCode);
    } else if (status && **status == analysis::GlmCoordinator::Status::Converged) {
        auto result = coordinator.result();
        if (!result)
            return errorResponse(500, QStringLiteral("node-failure"),
                                 Tr::tr("The node's coordinator converged without a result. "
                                        "Tell the site administrator."));
        const std::vector<double> finalBeta = toVector(result->beta);
        contribution.status = protocol::ContributionStatus::Converged;
        contribution.finalBeta = finalBeta;
        contribution.betaHash = protocol::betaHash(finalBeta);
        if (manifest.kind == protocol::JobKind::Glm) {
            SiteStore::StudyOutcome outcome;
            outcome.study = study.hash;
            outcome.jobId = jobId;
            outcome.user = token.user;
            outcome.dataset = spec->dataset;
            outcome.purpose = spec->purpose;
            outcome.designHash = spec->designHash;
            outcome.manifest = study.bytes;
            outcome.finalBeta = QByteArray(reinterpret_cast<const char *>(finalBeta.data()),
                                           qsizetype(finalBeta.size() * sizeof(double)));
            if (!m_store->recordStudyOutcome(outcome))
                return errorResponse(500, QStringLiteral("node-failure"),
                                     Tr::tr("The node could not record the study's final β. "
                                            "Tell the site administrator."));
        }
        study.ended = true;
        study.finalBeta = finalBeta;
        audit.set("finalBetaHash", contribution.betaHash);
    } else {
        const Eigen::VectorXd &beta = coordinator.nextBeta();
        const std::vector<double> betaValues = toVector(beta);
        contribution.betaHash = protocol::betaHash(betaValues);
        if (study.observer()) {
            contribution.status = protocol::ContributionStatus::Observed;
        } else {
            const analysis::DesignMatrix *design = spec->design.get();
            if (!design)
                return endStudy(study, jobId, token.user, 409, QStringLiteral("job-expired"),
                                Tr::tr("The study's job no longer holds its design."), QString(),
                                audit);
            analysis::RoundDominanceBounds bounds; // the release gate's round check
            bool shared = false;
            analysis::Result<analysis::RoundStats> stats
                = memoisedRound(spec->design, study.family, beta, &bounds, &shared);
            if (shared)
                audit.set("roundShared", true); // computed for another study at this node
            if (!stats && stats.error().code == analysis::ErrorCode::NonFinite) {
                const analysis::RuleOutcome rules
                    = nonFiniteRoundRules(*design, study.family, beta, m_disclosure);
                audit.release.add(rules);
                if (!rules.passed) {
                    study.ended = true;
                    study.endReason = Tr::tr("this site's release rules refused a round");
                    m_jobs.cancel(jobId, token.user);
                    audit.set("studyEnded", true);
                    return respond(m_gate->refuse(rules, audit.release));
                }
                contribution.status = protocol::ContributionStatus::NonFinite;
            } else if (!stats) {
                study.ended = true;
                study.endReason = Tr::tr("the round could not be computed on this site's records");
                m_jobs.cancel(jobId, token.user);
                return respond(m_gate->dataFailure(audit.release));
            } else {
                RoundTally tally;
                tally.jobId = jobId;
                tally.round = relay.round;
                tally.job = spec.get();
                tally.beta = &betaValues;
                tally.stats = std::move(stats).value();
                tally.bounds = std::move(bounds);
                std::optional<Released<analysis::RoundStats>> released;
                if (auto refused = m_gate->studyStatistics(tally, audit.release, &released)) {
                    study.ended = true;
                    study.endReason = Tr::tr("this site's release rules refused a round");
                    m_jobs.cancel(jobId, token.user);
                    audit.set("studyEnded", true);
                    return respond(*refused);
                }
                // A model study's last statistics at this site, where its per-site fit starts
                // (siteFit): the round the study converged on was computed here already.
                if (manifest.kind == protocol::JobKind::Glm) {
                    study.lastStatistics = released->value();
                    study.lastStatisticsBeta = betaValues;
                }
                if (manifest.mode == QStringLiteral("plain")) {
                    contribution.plain = released->value();
                } else {
                    auto words = secure::encode(
                        protocol::statsVector(released->value()),
                        secure::FixedPoint { manifest.fractionBits, participants });
                    if (!words) {
                        study.ended = true;
                        study.endReason = Tr::tr("this site's statistics do not fit the study's "
                                                 "fixed-point scale");
                        m_jobs.cancel(jobId, token.user);
                        audit.set("studyEnded", true);
                        audit.set("encodeFailure",
                                  QString::fromLatin1(analysis::errorCodeId(words.error().code)));
                        return respond(m_gate->dataFailure(audit.release));
                    }
                    secure::MaskContext context;
                    context.study = study.hash.toUtf8();
                    context.round = relay.round;
                    context.betaHash = contribution.betaHash.toUtf8();
                    context.index = study.index;
                    context.secretKey = m_secrets.boxSecretKey;
                    context.publicKeys = study.boxKeys;
                    if (!study.pairwise) {
                        auto agreed = secure::agreePairwise(context);
                        if (agreed)
                            study.pairwise.emplace(std::move(agreed).value());
                    }
                    if (!study.pairwise || !secure::applyMasks(*words, context, *study.pairwise))
                        return errorResponse(500, QStringLiteral("node-failure"),
                                             Tr::tr("The node could not mask its statistics. "
                                                    "Tell the site administrator."));
                    contribution.masked.assign(words->begin(), words->end());
                }
            }
        }
        study.betaHash = contribution.betaHash;
    }
    study.round = relay.round;
    audit.set("betaHash", contribution.betaHash);
    audit.set("contribution", protocol::contributionStatusId(contribution.status));
    // A calibration study that converged or failed has nothing more to compute: its job ends
    // here (its matrix is freed once this answer is stored for a repeat), so the client need
    // not cancel it (capability "ends-calibration-jobs"). A model study's job stays open for the
    // per-site fit and the evaluations that name it.
    if (study.ended && manifest.kind != protocol::JobKind::Glm)
        m_jobs.finish(jobId);
    if (!tags)
        return releaseContribution(contribution, jobId, relay.round, relayKey, audit);

    // A tagged relay: this node's tag for every other site of the study (participants, then
    // observers), "" for its own slot; an observer's acknowledgement is never relayed on.
    protocol::SignedContribution signedContribution;
    signedContribution.contribution = contribution;
    const QByteArray bytes = protocol::contributionBytes(contribution);
    signedContribution.signature
        = secure::sign(m_secrets.signSecretKey, secure::Domain::Contribution, bytes);
    QList<QByteArray> answerTags;
    if (!study.observer()) {
        const QByteArray digest = secure::contributionDigest(bytes);
        const QByteArray studyBytes = study.hash.toUtf8();
        const int sites = int(manifest.participants.size() + manifest.observers.size());
        for (int j = 0; j < sites; ++j) {
            if (j == tagPosition) {
                answerTags.append(QByteArray());
                continue;
            }
            auto tag = secure::contributionTag(*tagKeys, studyBytes, tagPosition, j, digest);
            if (!tag)
                return errorResponse(500, QStringLiteral("node-failure"),
                                     Tr::tr("The node could not tag its contribution. Tell the "
                                            "site administrator."));
            answerTags.append(*tag);
        }
    }
    // A summed study: this participant's linear tag for every other site over its masked words
    // and its fields' digest, with that site's r (docs/protocol.md, "The summed relay"); its own
    // fields and words are kept to check its slot of the next relay.
    QList<QByteArray> sumTags;
    const bool sumTagged = manifest.summedRelay && !study.observer();
    if (sumTagged) {
        const QByteArray fields = protocol::contributionFieldsBytes(contribution);
        const QByteArray fieldsDigest = secure::contributionDigest(fields);
        const QByteArray studyBytes = study.hash.toUtf8();
        const int sites = int(manifest.participants.size() + manifest.observers.size());
        for (int j = 0; j < sites; ++j) {
            if (j == tagPosition) {
                sumTags.append(QByteArray());
                continue;
            }
            // r_j streamed from j's seed into the tag's product, not stored (issue 16, branch
            // masks8: 99 vectors of 16 bytes a word per study at 100 sites).
            auto tag = secure::sumTag(*tagKeys, studyBytes, tagPosition, j, relay.round,
                                      fieldsDigest, study.peerSumSeeds.at(j), contribution.masked);
            if (!tag)
                return errorResponse(500, QStringLiteral("node-failure"),
                                     Tr::tr("The node could not tag its contribution's sum. Tell "
                                            "the site administrator."));
            sumTags.append(*tag);
        }
        study.lastOwnFields = fields;
        study.lastOwnWords = contribution.masked;
    }
    const GateAnswer answer = m_gate->contribution(signedContribution, audit.release, &answerTags,
                                                   sumTagged ? &sumTags : nullptr);
    m_jobs.finishRound(jobId, relay.round, relayKey, answer.body());
    return respond(answer);
}

ApiResponse ApiHandlers::releaseContribution(const protocol::Contribution &contribution,
                                             const QString &jobId, int round,
                                             const QByteArray &relayKey, Audit &audit)
{
    protocol::SignedContribution signedContribution;
    signedContribution.contribution = contribution;
    signedContribution.signature
        = secure::sign(m_secrets.signSecretKey, secure::Domain::Contribution,
                       protocol::contributionBytes(contribution));
    const GateAnswer answer = m_gate->contribution(signedContribution, audit.release);
    m_jobs.finishRound(jobId, round, relayKey, answer.body());
    return respond(answer);
}

// ---- POST /v1/jobs/{id}/site-fit -------------------------------------------------------------

namespace {

// The model fitted on this site's records alone. It starts where this node last computed its
// statistics in the study (the round the study converged on), whose statistics it kept: the first
// round of the site's own fit costs nothing (issue 16). The fixed point is the site's MLE
// whatever the start; without kept statistics (a study of an older node's state) it starts at
// the final β, as before. Nothing of the intermediate rounds is released: the gate checks the
// result at the site's own final β (ReleaseGate::siteFit).
//
// Each round goes through the round memo (issue 16): a site fit is a pure function of the design
// object, the family and options and its start, and every round of it a pure function of the
// design object and the round's β, which this node's own coordinator chose; so the site fit of a
// repeated model, and its check at the final β, take the rounds the first one computed (bit for
// bit the same), and the result still passes the gate and is audited as before. *shared: how
// many rounds came from the memo.
analysis::Result<analysis::GlmResult>
siteFitFromStudy(const StudyState &study,
                 const std::shared_ptr<const analysis::DesignMatrix> &designObject, int *shared)
{
    const analysis::DesignMatrix &design = *designObject;
    analysis::GlmOptions options;
    options.maxRounds = study.manifest.maxRounds;
    options.tol = study.manifest.tolerance;
    options.fitNullModel = false;
    const std::vector<double> &start
        = study.lastStatistics ? study.lastStatisticsBeta : *study.finalBeta;
    options.start = Eigen::Map<const Eigen::VectorXd>(start.data(), Eigen::Index(start.size()));
    if (!study.lastStatistics)
        return analysis::fitFederated({ &design }, study.family, study.ridgeLambda, options);
    // As analysis::fitFederated with one site, its first round taken from the study.
    const bool hasOffset = design.offset.size() > 0 && !design.offset.isZero(0.0);
    analysis::GlmCoordinator coordinator(design.terms, study.family, study.ridgeLambda, options,
                                         hasOffset);
    auto status = coordinator.accept(*study.lastStatistics);
    for (int guard = 0; guard < 100000; ++guard) {
        if (!status)
            return status.error();
        if (*status == analysis::GlmCoordinator::Status::Converged)
            return coordinator.result();
        bool hit = false;
        auto round
            = memoisedRound(designObject, study.family, coordinator.nextBeta(), nullptr, &hit);
        *shared += hit ? 1 : 0;
        if (!round && round.error().code != analysis::ErrorCode::NonFinite)
            return round.error();
        status = round ? coordinator.accept(*round) : coordinator.reportNonFinite();
    }
    return analysis::makeError(analysis::ErrorCode::NotConverged, "The fit did not finish.");
}

} // namespace

ApiResponse ApiHandlers::siteFit(const ApiRequest &request, const QString &jobId, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    audit.set("jobId", jobId);
    // `{}`, or `{"end_job": true}` (capability "site-fit-ends-job"); an empty body as `{}`, as
    // every node before issue 16's branch sites8 took any body.
    protocol::SiteFitRequest fitRequest;
    if (!request.body.trimmed().isEmpty()) {
        if (auto refused = decodeBody(request, m_policy.maxBodyBytes(), &fitRequest))
            return *refused;
    }
    bool open = false;
    const auto spec = m_jobs.spec(jobId, token.user, &open);
    if (!spec || !spec->study)
        return errorResponse(404, QStringLiteral("unknown-job"),
                             Tr::tr("There is no such job for you on this node."));
    audit.set("purpose", spec->purpose);
    audit.set("dataset", spec->dataset);
    audit.set("designHash", spec->designHash);
    if (auto refused = checkPurpose(token, spec->purpose))
        return *refused;
    // "end_job": the job ends with this answer, whatever it is, as a DELETE /v1/jobs/{id} right
    // after it would end it (issue 16, branch sites8: one request and one audit entry fewer per
    // site and fit). This entry records what that DELETE's would have: the job's status as it
    // released it (the state "cancelled", rounds used), under "jobEnded" (docs/node.md).
    const auto endJob = qScopeGuard([&] {
        if (!fitRequest.endJob)
            return;
        std::optional<JobManager::Expired> ended;
        if (const auto status = m_jobs.cancel(jobId, token.user, &ended); status && ended)
            audit.set("jobEnded", protocol::toJson(*status));
    });
    const bool allowed = m_policy.allowSiteFits();
    audit.checks.append(policyCheck(kSiteFits, 1, allowed));
    if (!allowed) {
        return errorResponse(403, QString::fromLatin1(kSiteFits),
                             Tr::tr("This node's policy refuses per-site fits (site_fits = "
                                    "refuse): it releases only studies' sums."),
                             QString(), true);
    }
    StudyState &study = *spec->study;
    std::lock_guard lock(study.mutex);
    audit.set("study", study.hash);
    if (!study.siteFitAnswer.isEmpty())
        return respond(m_gate->repeatedRound(study.siteFitAnswer, audit.release));
    if (!study.finalBeta || study.observer() || spec->kind != protocol::JobKind::Glm) {
        return errorResponse(409, QStringLiteral("study-not-converged"),
                             Tr::tr("A per-site fit starts from the final β of a model study "
                                    "this node took part in as a participant and saw converge. "
                                    "Run the study to convergence first."));
    }
    if (!open || !spec->design) {
        return errorResponse(409, QStringLiteral("job-expired"),
                             Tr::tr("The study's job has ended and no longer holds its design. "
                                    "Run the study again."));
    }
    int shared = 0;
    auto fit = siteFitFromStudy(study, spec->design, &shared);
    if (!fit)
        return respond(m_gate->dataFailure(audit.release));
    audit.set("siteFitBetaHash", protocol::betaHash(toVector(fit->beta)));
    SiteFitTally tally;
    tally.jobId = jobId;
    tally.study = study.hash;
    tally.job = spec.get();
    tally.glm = std::move(fit).value();
    // The round rules at the site's final β (one Newton step past its last round) from the
    // kernel's bounds, one pass as a round costs, instead of the rules' exact pass; the gate
    // falls back to the exact pass where the bounds cannot decide (or were not computed).
    analysis::RoundDominanceBounds bounds;
    bool hit = false;
    if (auto stats = memoisedRound(spec->design, study.family, tally.glm.beta, &bounds, &hit)) {
        tally.stats = std::move(stats).value();
        tally.bounds = std::move(bounds);
    }
    shared += hit ? 1 : 0;
    if (shared > 0)
        audit.set("siteFitRoundsShared", shared); // computed before at this node, same bits
    const GateAnswer answer = m_gate->siteFit(tally, audit.release);
    if (answer.status() == 200)
        study.siteFitAnswer = answer.body();
    return respond(answer);
}

} // namespace fairstart::node
