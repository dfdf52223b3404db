// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/keys.h"
#include "fairstart/node/store.h"
#include "fairstart/node/tr.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <sodium.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <memory>

namespace fairstart::node {

namespace {

const QString kSignSecretKey = QStringLiteral("ed25519_secret");
const QString kBoxSecretKey = QStringLiteral("x25519_secret");

struct Free {
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
};
template<typename T> using Ptr = std::unique_ptr<T, Free>;

NodeError opensslError(const QString &what)
{
    return nodeError(NodeErrorCode::Internal,
                     Tr::tr("OpenSSL failed while %1. Check the OpenSSL installation.").arg(what));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    Ptr<X509_EXTENSION> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

NodeResult<void> writePrivateFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    // Created 0600 from the start: the key is never readable by others, not even briefly.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)
        || file.write(data) != data.size() || !file.flush())
        return nodeError(NodeErrorCode::Io,
                         Tr::tr("Cannot write %1 (%2). Check the data dir.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

NodeResult<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nodeError(file.exists() ? NodeErrorCode::Io : NodeErrorCode::NotInitialised,
                         Tr::tr("Cannot read %1 (%2). Run 'fairstart-node init' or restore the "
                                "data dir.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.readAll();
}

} // namespace

QString tlsKeyPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("tls/node.key"));
}

QString tlsCertPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("tls/node.crt"));
}

QString NodeKeys::signPublicKeyBase64() const
{
    return QString::fromLatin1(signPublicKey.toBase64());
}

QString NodeKeys::boxPublicKeyBase64() const
{
    return QString::fromLatin1(boxPublicKey.toBase64());
}

NodeResult<QString> certificatePinFromPem(const QByteArray &certPem)
{
    Ptr<BIO> bio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    Ptr<X509> cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!cert)
        return nodeError(NodeErrorCode::InvalidInput,
                         Tr::tr("The TLS certificate is not a PEM certificate. Restore "
                                "tls/node.crt from a backup."));
    EVP_PKEY *key = X509_get0_pubkey(cert.get());
    unsigned char *der = nullptr;
    const int size = key ? i2d_PUBKEY(key, &der) : -1;
    if (size <= 0)
        return opensslError(QStringLiteral("reading the certificate's public key"));
    const QByteArray spki(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return QString(QStringLiteral("sha256//")
                   + QString::fromLatin1(
                       QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64()));
}

NodeResult<QString> certificatePin(const QString &certPemPath)
{
    auto pem = readFile(certPemPath);
    if (!pem)
        return pem.error();
    return certificatePinFromPem(pem.value());
}

NodeResult<NodeKeys> NodeKeys::generate(const QString &dataDir, const QString &nodeName,
                                        SiteStore &store, const QStringList &hostNames)
{
    if (sodium_init() < 0)
        return nodeError(NodeErrorCode::Internal, Tr::tr("libsodium could not be initialised."));
    NodeKeys keys;
    keys.tlsKeyPath = node::tlsKeyPath(dataDir);
    keys.tlsCertPath = node::tlsCertPath(dataDir);
    if (QFileInfo::exists(keys.tlsKeyPath) || QFileInfo::exists(keys.tlsCertPath))
        return nodeError(NodeErrorCode::AlreadyExists,
                         Tr::tr("%1 already holds a TLS key. Use a new data dir.")
                             .arg(QDir::toNativeSeparators(dataDir)));
    const QString tlsDir = QFileInfo(keys.tlsKeyPath).absolutePath();
    if (!QDir().mkpath(tlsDir))
        return nodeError(
            NodeErrorCode::Io,
            Tr::tr("Cannot create %1. Check the data dir.").arg(QDir::toNativeSeparators(tlsDir)));
    QFile::setPermissions(tlsDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // TLS: an ECDSA P-256 key and a self-signed certificate. Clients trust it by its pin.
    Ptr<EVP_PKEY> pkey(EVP_EC_gen("P-256"));
    Ptr<X509> cert(X509_new());
    if (!pkey || !cert)
        return opensslError(QStringLiteral("creating the TLS key"));
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    const bool serialOk = bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    const QByteArray cn
        = (nodeName.isEmpty() ? QStringLiteral("fairstart-node") : nodeName).left(64).toUtf8();
    X509_NAME *name = X509_get_subject_name(cert.get());
    QStringList alt = hostNames;
    if (alt.isEmpty())
        alt = { QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1") };
    QStringList sanParts;
    for (const QString &host : alt) {
        // An IPv4 or IPv6 literal goes into an IP entry, anything else is a DNS name.
        static const QRegularExpression ip(
            QStringLiteral("^([0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*)$"));
        sanParts.append((ip.match(host).hasMatch() ? QStringLiteral("IP:") : QStringLiteral("DNS:"))
                        + host);
    }
    const QByteArray san = sanParts.join(QLatin1Char(',')).toUtf8();
    if (!serialOk || X509_set_version(cert.get(), 2) != 1
        || !X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600)
        || !X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 366 * 24 * 3600)
        || X509_set_pubkey(cert.get(), pkey.get()) != 1
        || X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(cn.constData()),
                                      int(cn.size()), -1, 0)
            != 1
        || X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                                      reinterpret_cast<const unsigned char *>("Fairstart node"), -1,
                                      -1, 0)
            != 1
        || X509_set_issuer_name(cert.get(), name) != 1
        || !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(cert.get(), NID_subject_alt_name, san.constData())
        || X509_sign(cert.get(), pkey.get(), EVP_sha256()) <= 0)
        return opensslError(QStringLiteral("creating the TLS certificate"));

    Ptr<BIO> keyBio(BIO_new(BIO_s_mem()));
    Ptr<BIO> certBio(BIO_new(BIO_s_mem()));
    if (!keyBio || !certBio
        || PEM_write_bio_PrivateKey(keyBio.get(), pkey.get(), nullptr, nullptr, 0, nullptr, nullptr)
            != 1
        || PEM_write_bio_X509(certBio.get(), cert.get()) != 1)
        return opensslError(QStringLiteral("writing the TLS key"));
    const QByteArray certPem = bioContents(certBio.get());
    QByteArray keyPem = bioContents(keyBio.get());
    auto pin = certificatePinFromPem(certPem);
    if (!pin)
        return pin.error();
    keys.pin = pin.value();

    // Ed25519 for signing, X25519 for key agreement (secure aggregation, later).
    keys.signPublicKey.resize(crypto_sign_PUBLICKEYBYTES);
    keys.signSecretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(keys.signPublicKey.data()),
                        reinterpret_cast<unsigned char *>(keys.signSecretKey.data()));
    keys.boxPublicKey.resize(crypto_box_PUBLICKEYBYTES);
    keys.boxSecretKey.resize(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(keys.boxPublicKey.data()),
                       reinterpret_cast<unsigned char *>(keys.boxSecretKey.data()));
    if (auto r = store.setSecret(kSignSecretKey, keys.signSecretKey); !r)
        return r.error();
    if (auto r = store.setSecret(kBoxSecretKey, keys.boxSecretKey); !r)
        return r.error();

    auto wroteKey = writePrivateFile(keys.tlsKeyPath, keyPem);
    sodium_memzero(keyPem.data(), std::size_t(keyPem.size()));
    if (!wroteKey)
        return wroteKey.error();
    if (auto r = writePrivateFile(keys.tlsCertPath, certPem); !r) {
        QFile::remove(keys.tlsKeyPath);
        return r.error();
    }
    return keys;
}

NodeResult<NodeKeys> NodeKeys::load(const QString &dataDir, const SiteStore &store)
{
    if (sodium_init() < 0)
        return nodeError(NodeErrorCode::Internal, Tr::tr("libsodium could not be initialised."));
    NodeKeys keys;
    keys.tlsKeyPath = node::tlsKeyPath(dataDir);
    keys.tlsCertPath = node::tlsCertPath(dataDir);
    if (!QFileInfo::exists(keys.tlsKeyPath))
        return nodeError(NodeErrorCode::NotInitialised,
                         Tr::tr("There is no TLS key %1. Run 'fairstart-node init' or restore the "
                                "data dir.")
                             .arg(QDir::toNativeSeparators(keys.tlsKeyPath)));
    auto pin = certificatePin(keys.tlsCertPath);
    if (!pin)
        return pin.error();
    keys.pin = pin.value();
    auto sign = store.secret(kSignSecretKey);
    if (!sign)
        return sign.error();
    auto box = store.secret(kBoxSecretKey);
    if (!box)
        return box.error();
    if (sign->size() != crypto_sign_SECRETKEYBYTES || box->size() != crypto_box_SECRETKEYBYTES)
        return nodeError(NodeErrorCode::Corrupt,
                         Tr::tr("The node's signing keys in the store are damaged. Restore a "
                                "backup."));
    keys.signSecretKey = sign.value();
    keys.boxSecretKey = box.value();
    keys.signPublicKey.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_ed25519_sk_to_pk(
        reinterpret_cast<unsigned char *>(keys.signPublicKey.data()),
        reinterpret_cast<const unsigned char *>(keys.signSecretKey.constData()));
    keys.boxPublicKey.resize(crypto_box_PUBLICKEYBYTES);
    crypto_scalarmult_base(reinterpret_cast<unsigned char *>(keys.boxPublicKey.data()),
                           reinterpret_cast<const unsigned char *>(keys.boxSecretKey.constData()));
    return keys;
}

QByteArray NodeKeys::sign(const QByteArray &message) const
{
    if (signSecretKey.size() != crypto_sign_SECRETKEYBYTES)
        return QByteArray();
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         std::size_t(message.size()),
                         reinterpret_cast<const unsigned char *>(signSecretKey.constData()));
    return signature;
}

bool NodeKeys::verify(const QByteArray &message, const QByteArray &signature,
                      const QByteArray &publicKey)
{
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               std::size_t(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

} // namespace fairstart::node
