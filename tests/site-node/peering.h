// SPDX-License-Identifier: GPL-3.0-or-later
// Key exchange between real fairstart-node processes, as their administrators do it: each node's
// `fairstart-node keys --json`, accepted at every other node with `peers add --keys-file`. Also
// pins a site the test plays (a FakeSite of studyrelay.h, or anything with a name and two public
// keys) at a node, for the colluding-site tests.
#pragma once

#include "nodeprocess.h"

#include <QFile>
#include <QTemporaryFile>

#include <vector>

namespace testsupport {

// Every node accepts every other one. False (and *error) when a command failed.
inline bool pinEachOther(const std::vector<NodeProcess *> &nodes, QString *error)
{
    std::vector<QString> files;
    for (NodeProcess *node : nodes) {
        QByteArray json;
        if (!node->run({ QStringLiteral("keys"), QStringLiteral("--data-dir"), node->dataDir(),
                         QStringLiteral("--json") },
                       &json)) {
            *error = node->error;
            return false;
        }
        const QString path = node->dataDir() + QStringLiteral(".keys.json");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()) {
            *error = QStringLiteral("cannot write %1").arg(path);
            return false;
        }
        files.push_back(path);
    }
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        for (std::size_t j = 0; j < nodes.size(); ++j) {
            if (i == j)
                continue;
            if (!nodes[i]->run({ QStringLiteral("peers"), QStringLiteral("add"),
                                 QStringLiteral("--data-dir"), nodes[i]->dataDir(),
                                 QStringLiteral("--keys-file"), files[j], QStringLiteral("--note"),
                                 QStringLiteral("exchanged by the test harness") })) {
                *error = nodes[i]->error;
                return false;
            }
        }
    }
    return true;
}

// `node` accepts a site whose keys the test holds (a site that colludes with the analyst, or
// whose administrator was deceived): the remaining threat after pinning.
template<typename Site> inline bool pinFake(NodeProcess &node, const Site &site)
{
    return node.run({ QStringLiteral("peers"), QStringLiteral("add"), QStringLiteral("--data-dir"),
                      node.dataDir(), QStringLiteral("--name"), site.name,
                      QStringLiteral("--ed25519"), QString::fromLatin1(site.signPublic.toBase64()),
                      QStringLiteral("--x25519"), QString::fromLatin1(site.boxPublic.toBase64()) });
}

inline bool unpin(NodeProcess &node, const QString &name)
{
    return node.run({ QStringLiteral("peers"), QStringLiteral("remove"),
                      QStringLiteral("--data-dir"), node.dataDir(), QStringLiteral("--name"),
                      name });
}

} // namespace testsupport
