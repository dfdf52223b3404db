// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedtest.h"
#include "fairstart/node/keys.h"
#include "fairstart/node/store.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fairstart::node;

namespace {

const QString kPassphrase = QStringLiteral("a long test passphrase");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace

class TestKeys : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SiteStore> m_store;
    NodeKeys m_keys;

private Q_SLOTS:
    void initTestCase()
    {
        auto store = SiteStore::create(m_dir.path(), kPassphrase, QStringLiteral("GGD Test"));
        QVERIFY(store.ok());
        m_store = std::move(store.value());
        auto keys
            = NodeKeys::generate(m_dir.path(), QStringLiteral("GGD Test"), *m_store,
                                 { QStringLiteral("node.example.nl"), QStringLiteral("10.0.0.7") });
        QVERIFY_EXPECTED(keys);
        m_keys = keys.value();
    }

    void filesArePrivate()
    {
        for (const QString &path : { m_keys.tlsKeyPath, m_keys.tlsCertPath }) {
            QVERIFY(QFile::exists(path));
            QCOMPARE(
                QFile::permissions(path)
                    & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                QFile::Permissions());
        }
        QCOMPARE(m_keys.tlsKeyPath, tlsKeyPath(m_dir.path()));
        QVERIFY(readAll(m_keys.tlsKeyPath).startsWith("-----BEGIN PRIVATE KEY-----"));
    }

    void certificateMatchesKeyAndNames()
    {
        const QByteArray certPem = readAll(m_keys.tlsCertPath);
        const QByteArray keyPem = readAll(m_keys.tlsKeyPath);
        BIO *cb = BIO_new_mem_buf(certPem.constData(), int(certPem.size()));
        BIO *kb = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
        X509 *cert = PEM_read_bio_X509(cb, nullptr, nullptr, nullptr);
        EVP_PKEY *key = PEM_read_bio_PrivateKey(kb, nullptr, nullptr, nullptr);
        QVERIFY(cert);
        QVERIFY(key);
        QCOMPARE(X509_check_private_key(cert, key), 1);
        QCOMPARE(X509_verify(cert, key), 1); // self-signed
        QCOMPARE(X509_check_host(cert, "node.example.nl", 0, 0, nullptr), 1);
        QCOMPARE(X509_check_ip_asc(cert, "10.0.0.7", 0), 1);
        QVERIFY(X509_check_host(cert, "other.example.nl", 0, 0, nullptr) != 1);
        char cn[256] = {};
        X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, cn, sizeof cn);
        QCOMPARE(QString::fromUtf8(cn), QStringLiteral("GGD Test"));
        QVERIFY(X509_cmp_current_time(X509_get0_notAfter(cert)) > 0);
        QVERIFY(X509_cmp_current_time(X509_get0_notBefore(cert)) < 0);

        // The pin, computed independently from the certificate's X509_PUBKEY.
        unsigned char *der = nullptr;
        const int size = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert), &der);
        QVERIFY(size > 0);
        const QByteArray spki(reinterpret_cast<const char *>(der), size);
        OPENSSL_free(der);
        const QString pin
            = QStringLiteral("sha256//")
            + QString::fromLatin1(
                  QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
        QCOMPARE(m_keys.pin, pin);
        QCOMPARE(m_keys.pin.size(), 8 + 44);
        QCOMPARE(certificatePin(m_keys.tlsCertPath).value(), pin);
        X509_free(cert);
        EVP_PKEY_free(key);
        BIO_free(cb);
        BIO_free(kb);
    }

    void loadGivesTheSameKeys()
    {
        auto loaded = NodeKeys::load(m_dir.path(), *m_store);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->pin, m_keys.pin);
        QCOMPARE(loaded->signPublicKey, m_keys.signPublicKey);
        QCOMPARE(loaded->boxPublicKey, m_keys.boxPublicKey);
        QCOMPARE(loaded->signPublicKey.size(), 32);
        QCOMPARE(loaded->boxPublicKey.size(), 32);
        QCOMPARE(QByteArray::fromBase64(loaded->signPublicKeyBase64().toLatin1()),
                 loaded->signPublicKey);
        QVERIFY(loaded->signPublicKey != loaded->boxPublicKey);
    }

    void signAndVerify()
    {
        const QByteArray message("the canonical answer");
        const QByteArray signature = m_keys.sign(message);
        QCOMPARE(signature.size(), 64);
        QVERIFY(NodeKeys::verify(message, signature, m_keys.signPublicKey));
        QVERIFY(!NodeKeys::verify("the canonical answeR", signature, m_keys.signPublicKey));
        QByteArray broken = signature;
        broken[0] = char(broken[0] ^ 1);
        QVERIFY(!NodeKeys::verify(message, broken, m_keys.signPublicKey));
        QVERIFY(!NodeKeys::verify(message, signature, m_keys.boxPublicKey));
        QVERIFY(!NodeKeys::verify(message, QByteArray(), m_keys.signPublicKey));
    }

    void generateRefusesToOverwrite()
    {
        auto again = NodeKeys::generate(m_dir.path(), QStringLiteral("x"), *m_store);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, NodeErrorCode::AlreadyExists);
        QCOMPARE(certificatePin(m_keys.tlsCertPath).value(), m_keys.pin);
    }

    void missingOrBrokenCertificate()
    {
        QTemporaryDir empty;
        QCOMPARE(certificatePin(tlsCertPath(empty.path())).error().code,
                 NodeErrorCode::NotInitialised);
        QVERIFY(!certificatePinFromPem("-----BEGIN CERTIFICATE-----\nAAAA\n").ok());
    }
};

QTEST_GUILESS_MAIN(TestKeys)
#include "tst_keys.moc"
