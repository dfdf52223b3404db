// SPDX-License-Identifier: GPL-3.0-or-later
// The secure suites' X25519 key pairs (tst_secure_sites6, tst_tagkeys_sites7, tst_masks_masks8):
// fixed secrets, so that every run checks the same bits, each suite with its own pattern.
#pragma once

#include <QByteArray>
#include <QList>

#include <sodium.h>

namespace testsupport {

// The byte b of key k's secret: (k * perKey + b * perByte + offset) & 0xff.
struct SecretPattern {
    int perKey;
    int perByte;
    int offset;
};

// n X25519 key pairs with the secrets of `pattern`: their public keys, the secrets appended to
// *secrets in the same order.
inline QList<QByteArray> x25519Keys(int n, QList<QByteArray> *secrets, SecretPattern pattern)
{
    QList<QByteArray> publicKeys;
    for (int k = 0; k < n; ++k) {
        QByteArray secret(crypto_scalarmult_SCALARBYTES, char(0));
        for (int b = 0; b < secret.size(); ++b)
            secret[b] = char((k * pattern.perKey + b * pattern.perByte + pattern.offset) & 0xff);
        QByteArray pub(crypto_scalarmult_BYTES, char(0));
        crypto_scalarmult_base(reinterpret_cast<unsigned char *>(pub.data()),
                               reinterpret_cast<const unsigned char *>(secret.constData()));
        secrets->append(secret);
        publicKeys.append(pub);
    }
    return publicKeys;
}

// A QByteArray's bytes as libsodium takes them.
inline const unsigned char *uc(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

} // namespace testsupport
