// SPDX-License-Identifier: GPL-3.0-or-later
// Studies over several real nodes (tst_study, tst_masked_evaluation, tst_binaryrelay_many,
// tst_subgroups, tst_peers), the test as the relay: each node a hospital of the demo cohort,
// "site1", "site2", … in dir/siteN, its records imported as "cohort" with an analyst's research
// token; the pooled reference read from a node's store as the node reads it; every node pinned to
// every other, serving, its /v1/info read. Each step returns an empty QString when it worked,
// else what failed (for VERIFY_NO_ERROR, nodeprocess.h):
//
//     VERIFY_NO_ERROR(startDemoSites(m_dir, { &m_nodes[0], &m_nodes[1] }, { &m_sites[0],
//     &m_sites[1] }, 41)); VERIFY_NO_ERROR(readDemoDesign(m_nodes[0], &m_design));
//     VERIFY_NO_ERROR(serveEachOther({ &m_nodes[0], &m_nodes[1] }, { &m_sites[0], &m_sites[1] }));
#pragma once

#include "fairstart/node/disclosurecontrol.h"
#include "fairstart/node/store.h"

#include "fairstart/analysis/glm.h"

#include "demodesign.h"
#include "nodeprocess.h"
#include "peering.h"
#include "studyrelay.h"

#include <QString>
#include <QTemporaryDir>

#include <csignal>
#include <functional>
#include <vector>

#include <sodium.h>

namespace testsupport {

// Node i of `nodes` as "site<i+1>": SIGPIPE ignored, the binary present (a missing one fails the
// test), initialised in dir/site<i+1>; `rows` hospital demo records of seed firstSeed + i written
// to dir/site<i+1>.csv, then through `edit` (its CSV's path; an error ends the set-up) when given,
// and imported as "cohort"; sites[i] its node and a research token of "analyst".
inline QString startDemoSites(const QTemporaryDir &dir, const std::vector<NodeProcess *> &nodes,
                              const std::vector<StudySite *> &sites, int firstSeed, int rows = 2500,
                              const std::function<QString(const QString &csv)> &edit = {})
{
    std::signal(SIGPIPE, SIG_IGN);
    if (const QString missing = NodeProcess::binaryMissing(); !missing.isEmpty())
        return missing;
    if (sodium_init() < 0)
        return QStringLiteral("libsodium failed to initialise");
    if (!dir.isValid())
        return QStringLiteral("no temporary folder: ") + dir.errorString();
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        NodeProcess &node = *nodes[i];
        const QString name = QStringLiteral("site%1").arg(i + 1);
        const QString csv = dir.filePath(name + QStringLiteral(".csv"));
        if (!node.init(dir.filePath(name), name)
            || !node.run({ QStringLiteral("demo-data"), QStringLiteral("--profile"),
                           QStringLiteral("hospital"), QStringLiteral("--rows"),
                           QString::number(rows), QStringLiteral("--seed"),
                           QString::number(firstSeed + int(i)), QStringLiteral("--out"), csv }))
            return node.error;
        if (edit) {
            if (const QString error = edit(csv); !error.isEmpty())
                return error;
        }
        if (!node.import(QStringLiteral("cohort"), csv))
            return node.error;
        sites[i]->node = &node;
        sites[i]->token = node.token(QStringLiteral("analyst"), QStringLiteral("research"));
        if (sites[i]->token.isEmpty())
            return node.error;
    }
    return {};
}

// The design matrix of demoDesign() over `node`'s "cohort" records consented for research, read
// from its store the way the node reads it: the reference of a pooled fit.
inline QString readDemoDesign(const NodeProcess &node, fairstart::analysis::DesignMatrix *design)
{
    using namespace fairstart;
    auto store
        = node::SiteStore::open(node.dataDir(), QString::fromLatin1(NodeProcess::kPassphrase));
    if (!store)
        return QStringLiteral("cannot open the store of ") + node.dataDir();
    auto loaded = (*store)->loadTable(QStringLiteral("cohort"));
    if (!loaded)
        return QStringLiteral("cannot load the cohort of ") + node.dataDir();
    const auto consent = node::selectConsented(*loaded, QStringLiteral("research"), true);
    if (!consent)
        return QStringLiteral("no research consent in the cohort of ") + node.dataDir();
    auto matrix = analysis::buildDesign(loaded->table, demoDesign(), &consent->mask);
    if (!matrix)
        return QStringLiteral("the demo design does not build over the cohort of ")
            + node.dataDir();
    *design = std::move(matrix).value();
    return {};
}

// The administrators exchange keys (every node accepts every other as a peer), then each node
// serves and its /v1/info is read into its site.
inline QString serveEachOther(const std::vector<NodeProcess *> &nodes,
                              const std::vector<StudySite *> &sites)
{
    QString error;
    if (!pinEachOther(nodes, &error))
        return error;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (!nodes[i]->serve())
            return nodes[i]->error;
        if (!fetchInfo(*sites[i], &error))
            return error;
    }
    return {};
}

} // namespace testsupport
