// SPDX-License-Identifier: GPL-3.0-or-later
// A throwaway HTTPS server inside the test process (cpp-httplib + a fresh self-signed key).
#pragma once

#include <httplib.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/sha.h>
#include <openssl/x509.h>

#include <QByteArray>
#include <QString>

#include <atomic>
#include <thread>

namespace testsupport {

inline EVP_PKEY *makeKey()
{
    return EVP_EC_gen("P-256");
}

// "sha256//" + base64(SHA-256(DER SubjectPublicKeyInfo)), as curl and fairstart-node write it.
inline QString pinOf(EVP_PKEY *key)
{
    unsigned char *der = nullptr;
    const int len = i2d_PUBKEY(key, &der);
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(der, size_t(len), digest);
    OPENSSL_free(der);
    const QByteArray b64
        = QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toBase64();
    return QStringLiteral("sha256//") + QString::fromLatin1(b64);
}

inline X509 *makeCertificate(EVP_PKEY *key)
{
    X509 *cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("fairstart-test"), -1, -1,
                               0);
    X509_set_issuer_name(cert, name);
    X509_sign(cert, key, EVP_sha256());
    return cert;
}

class TestServer {
public:
    TestServer()
        : m_key(makeKey())
        , m_cert(makeCertificate(m_key))
        , m_server(m_cert, m_key)
    {
        m_pin = pinOf(m_key);
    }

    ~TestServer() { stop(); }

    httplib::SSLServer &server() { return m_server; }

    void start()
    {
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        while (!m_server.is_running())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }

    void stop()
    {
        if (m_thread.joinable()) {
            m_release = true;
            m_server.stop();
            m_thread.join();
        }
        if (m_cert) {
            X509_free(m_cert);
            EVP_PKEY_free(m_key);
            m_cert = nullptr;
            m_key = nullptr;
        }
    }

    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    const QString &pin() const { return m_pin; }
    // Slow handlers wait on this so that stopping the server never waits long.
    bool released() const { return m_release; }

    // Blocks a handler thread for up to ms, returning early when the server stops.
    void hold(int ms) const
    {
        for (int i = 0; i < ms / 10 && !m_release; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }

private:
    EVP_PKEY *m_key;
    X509 *m_cert;
    httplib::SSLServer m_server;
    std::thread m_thread;
    int m_port = 0;
    QString m_pin;
    std::atomic<bool> m_release { false };
};

} // namespace testsupport
