// SPDX-License-Identifier: GPL-3.0-or-later
// A fresh Ed25519 key pair (libsodium layout), for what is signed outside a node: the analyst's
// key of a workspace, which signs the model files handed to professionals (branch walk5,
// docs/workbench.md "Model files and who signed them"). secure::sign and secure::verify use it.
#pragma once

#include <QByteArray>

namespace fairstart::secure {

struct SigningKeys {
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes (the seed and the public key)
};

// Empty keys when libsodium cannot start.
SigningKeys newSigningKeys();

// The public key of a 64-byte secret key (its last 32 bytes); empty for anything else.
QByteArray publicKeyOf(const QByteArray &secretKey);

} // namespace fairstart::secure
