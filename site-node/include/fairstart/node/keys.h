// SPDX-License-Identifier: GPL-3.0-or-later
// The node's keys: a TLS key and self-signed certificate, an Ed25519 signing key and an X25519
// key-agreement key.
#pragma once

#include "fairstart/node/storeresult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fairstart::node {

class SiteStore;

// The TLS key and certificate are files in the data dir (mode 0600), because the HTTPS server
// reads them; the Ed25519 and X25519 secret keys live encrypted in the site store.
struct NodeKeys {
    QString tlsKeyPath; // <dataDir>/tls/node.key (PEM, P-256)
    QString tlsCertPath; // <dataDir>/tls/node.crt (PEM, self-signed, 10 years)
    QString pin; // "sha256//<base64 SHA-256 of the DER SubjectPublicKeyInfo>"
    QByteArray signPublicKey; // Ed25519, 32 bytes
    QByteArray signSecretKey; // Ed25519, 64 bytes (libsodium layout)
    QByteArray boxPublicKey; // X25519, 32 bytes
    QByteArray boxSecretKey; // X25519, 32 bytes

    QString signPublicKeyBase64() const;
    QString boxPublicKeyBase64() const;

    // Creates all keys (fails with AlreadyExists if a TLS key is already there). The
    // certificate's subject CN is the node name; its SAN covers `hostNames` (default
    // localhost, 127.0.0.1 and ::1).
    static NodeResult<NodeKeys> generate(const QString &dataDir, const QString &nodeName,
                                         SiteStore &store,
                                         const QStringList &hostNames = QStringList());
    static NodeResult<NodeKeys> load(const QString &dataDir, const SiteStore &store);

    // Ed25519 detached signature (64 bytes) of a message, and its verification.
    QByteArray sign(const QByteArray &message) const;
    static bool verify(const QByteArray &message, const QByteArray &signature,
                       const QByteArray &publicKey);
};

QString tlsKeyPath(const QString &dataDir);
QString tlsCertPath(const QString &dataDir);
// The pin of a PEM certificate file, in the form curl's CURLOPT_PINNEDPUBLICKEY accepts.
NodeResult<QString> certificatePin(const QString &certPemPath);
NodeResult<QString> certificatePinFromPem(const QByteArray &certPem);

} // namespace fairstart::node
