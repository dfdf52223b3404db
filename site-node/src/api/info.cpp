// SPDX-License-Identifier: GPL-3.0-or-later
// GET /v1/info: the node, its policy and the token's user and purposes.
#include "common_p.h"

#include "fairstart/analysis/roundkernel.h"
#include "fairstart/analysis/version.h"
#include "fairstart/protocol/protocolversion.h"

#include <algorithm>

namespace fairstart::node {

using namespace api;

// ---- info and catalogue ----------------------------------------------------------------------

ApiResponse ApiHandlers::info(const ApiRequest &request, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    // The purpose is optional here (a client asks for info before choosing one); if given, it
    // must be one of the token's.
    const std::optional<QString> purpose = queryValue(request, "purpose");
    if (purpose) {
        audit.set("purpose", purpose->left(64));
        if (auto refused = checkPurpose(token, *purpose))
            return *refused;
    }
    // `with=catalogue` (issue 16, branch sites8): the answer also carries the catalogue of the
    // purpose (and `dataset`, when given), exactly as GET /v1/catalogue releases it for them: one
    // request and one audit entry per site fewer at the start of every run. Without a purpose,
    // the catalogue of the token's one purpose when it has exactly one (the only purpose that
    // request could declare; none otherwise). An unknown dataset gives the info without a
    // catalogue (the client names the missing dataset from `datasets`, as before).
    const std::optional<QString> with = queryValue(request, "with");
    if (with && *with != QLatin1String("catalogue"))
        return badRequest(QStringLiteral("invalid-query"),
                          Tr::tr("GET /v1/info takes with=catalogue only. Leave 'with' out, or "
                                 "ask for the catalogue."),
                          QStringLiteral("with"));
    std::optional<QString> cataloguePurpose;
    if (with && purpose) {
        cataloguePurpose = *purpose;
    } else if (with && token.purposes.size() == 1) {
        cataloguePurpose = token.purposes.front();
        audit.set("purpose", cataloguePurpose->left(64));
        audit.set("purposeOfToken", true); // the token's one purpose, not declared
    }
    const std::optional<QString> dataset
        = cataloguePurpose ? queryValue(request, "dataset") : std::nullopt;
    if (dataset)
        audit.set("dataset", dataset->left(128));
    protocol::NodeInfo info;
    info.name = m_store->nodeName();
    info.nodeVersion = QStringLiteral(FAIRSTART_VERSION);
    const std::string_view engine = analysis::engineVersion();
    info.engineVersion = QString::fromUtf8(engine.data(), qsizetype(engine.size()));
    // Studies (issue 14): protocol version 2 (the major alone), still under /v1 paths.
    info.protocolVersion = QString::number(protocol::kProtocolMajor);
    const std::string_view kernel = analysis::activeRoundKernelName();
    info.kernel = QString::fromLatin1(kernel.data(), qsizetype(kernel.size()));
    info.policy.disclosure = m_disclosure;
    info.policy.jobsPerUserPerDay = m_policy.jobsPerUserPerDay();
    info.policy.maxBodyBytes = m_policy.maxBodyBytes();
    info.policy.catalogueRounding = kCatalogueRounding;
    info.keys = m_keys;
    info.capabilities
        = { QStringLiteral("descriptives"), QStringLiteral("glm"), QStringLiteral("calibration"),
            QStringLiteral("evaluation"), QStringLiteral("study"),
            // A model study's relay may carry contribution tags, checked instead of the
            // participants' signatures (docs/protocol.md, "Contribution tags").
            QStringLiteral("contribution-tags"),
            // A calibration study's job ends at this node when the study converged or failed:
            // the client sends no DELETE for it (issue 16).
            QStringLiteral("ends-calibration-jobs"),
            // An evaluation study's job ends at this node with the answer of its one round: the
            // client sends no DELETE for it (issue 16, branch sites2).
            QStringLiteral("ends-evaluation-jobs"),
            // A calibration slope study may start at the fitted model, (0, 1), when its
            // manifest says "start": "fitted-model" (issue 16).
            QStringLiteral("calibration-start"),
            // A manifest may say "signature": "sha256": every site signs the SHA-256 of its
            // canonical bytes instead of the bytes (docs/protocol.md, "Signatures"; issue 16).
            QStringLiteral("manifest-digest-signatures"),
            // Round 1 of a study may carry the manifest signatures and arm it (docs/protocol.md,
            // "Arming and rounds"; issue 16): one round trip fewer per study.
            QStringLiteral("arms-with-round-one"),
            // A manifest may say "arming": "tags": each site answers its job with a manifest tag
            // for every other site, and round 1 arms by the tags instead of N signatures
            // (docs/protocol.md, "Manifest tags"; issue 16).
            QStringLiteral("manifest-tags"),
            // A tagged round relay may come as application/x-fairstart-relay: each
            // contribution's fields without "masked" and its masked words raw, no JSON of the
            // whole relay to parse and put in canonical form (docs/protocol.md, "The binary
            // relay"; issue 16).
            QStringLiteral("binary-relay"),
            // GET /v1/info?with=catalogue carries the catalogue (docs/protocol.md, "The
            // catalogue with the info"; issue 16, branch sites8). A client need not wait for
            // this: an older node ignores the query key and answers without one.
            QStringLiteral("info-catalogue") };
    // POST /v1/batch: a few steps of a study's flow in one request, each run as the request it
    // is (docs/protocol.md, "Requests in one batch"; issue 16, branch sites11). Off by the
    // policy batch = 0 (an administrator's switch; the node then answers a batch as an older
    // node, branch health13).
    if (m_policy.requestBatches())
        info.capabilities.append(QStringLiteral("batch"));
    // A masked model study may say "relay": "summed": from round 2 on the node gets the
    // contributions' fields, their word sum and linear tags for it (docs/protocol.md, "The
    // summed relay"; issue 16, branch sites4). Off by the policy summed_relay = 0.
    if (m_policy.summedRelay())
        info.capabilities.append(QStringLiteral("summed-relay"));
    if (m_policy.allowSiteFits()) {
        info.capabilities.append(QStringLiteral("site-fit"));
        // POST /v1/jobs/{id}/site-fit may say {"end_job": true}: the model study's job ends
        // with the answer, and the client sends no DELETE (issue 16, branch sites8).
        info.capabilities.append(QStringLiteral("site-fit-ends-job"));
    }
    // Studies only with the administrator's accepted peers (policy unknown_peers = refuse): a
    // client can tell a node that still joins studies with sites nobody vouched for.
    if (!m_policy.allowUnknownPeers())
        info.capabilities.append(QStringLiteral("pinned-peers"));
    // Masked always; plain when the policy lets this node join a plain study at all.
    info.aggregationModes = { QStringLiteral("masked") };
    if (m_policy.plainMaxParticipants() > 0)
        info.aggregationModes.append(QStringLiteral("plain"));
    if (auto datasets = m_store->datasets()) {
        for (const DatasetInfo &dataset : *datasets)
            info.datasets.append(dataset.name);
    }
    // The registered validation models by name and hash, so a workbench can offer them; a
    // model's name and hash disclose no record (its design and β stay here).
    if (auto models = m_store->validationModels()) {
        for (const SiteStore::ValidationModel &m : *models)
            info.validationModels.append({ m.name, m.hash });
        std::sort(info.validationModels.begin(), info.validationModels.end(),
                  [](const auto &a, const auto &b) { return a.name < b.name; });
    }
    info.user = token.user;
    info.purposes = token.purposes;
    std::vector<Released<protocol::CatalogueDataset>> entries;
    if (cataloguePurpose && catalogueEntries(*cataloguePurpose, dataset, &entries))
        return respond(m_gate->infoWithCatalogue(protocol::toJson(info), entries, audit.release));
    return respond(m_gate->metadata(200, protocol::toJson(info), "info", audit.release));
}

} // namespace fairstart::node
