// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/secure/signingkeys.h"

#include <sodium.h>

namespace fairstart::secure {

SigningKeys newSigningKeys()
{
    if (sodium_init() < 0)
        return {};
    SigningKeys keys;
    keys.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    keys.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(keys.publicKey.data()),
                        reinterpret_cast<unsigned char *>(keys.secretKey.data()));
    return keys;
}

QByteArray publicKeyOf(const QByteArray &secretKey)
{
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    return secretKey.right(crypto_sign_PUBLICKEYBYTES);
}

} // namespace fairstart::secure
