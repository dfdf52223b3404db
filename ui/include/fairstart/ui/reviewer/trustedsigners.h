// SPDX-License-Identifier: GPL-3.0-or-later
// The organisation's list of signers of model files (branch walk6; docs/workbench.md "Trusted and
// revoked signers of model files", docs/installing.md "Trusted signers of model files").
//
// A youth-care organisation's administrator installs one text file for every user of a computer
// (/etc/fairstart/trusted-signers on Linux; FAIRSTART_TRUSTED_SIGNERS overrides the path). Each
// line names a key and what the organisation calls its holder:
//
//     # key (as the analyst's workbench shows it)  name professionals see  # comment
//     3F2A 9C01 77B0 12DE 5A41 0C9E 8F33 6B20  A. de Vries, GGD Midden  # since 2026-12
//     revoked 1B7C 0D44 9E12 6A80 3C5F 7721 AB09 E3D4  A. de Vries  # laptop stolen
//
// A listed key's model files open without the first-seen dialog and show the organisation's
// name; a revoked key's files are refused, even where a user trusted the key before. The key is
// the fingerprint (32 hex digits, in groups or not) or the public key itself (44 characters of
// base64). Blank lines and everything after '#' are ignored.
//
// A line that cannot be read is an error, never skipped: it may be a revocation, and a revoked
// key must not open because of a typo. While the list has an error no model file opens, and the
// message names the file and the line (`fairstart --check-signers` lists every error).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fairstart::ui {

// One line of the list.
struct OrganisationSigner {
    QString fingerprint; // 32 upper-case hex digits, no spaces (keyFingerprint without them)
    QByteArray publicKey; // when the line gives the whole key; empty for a fingerprint
    QString name; // what the organisation calls the signer (may be empty on a revoked line)
    QString comment; // after '#' on the line
    bool revoked = false;
    int line = 0; // 1-based
    QString groupedFingerprint() const; // "3F2A 9C01 … 6B20", as keyFingerprint shows it
};

struct TrustedSignersList {
    QString path;
    bool exists = false; // no file: no organisation's list (each user decides, as before)
    QList<OrganisationSigner> signers;
    QStringList problems; // "line 4: …"; not empty: the list must not be used
    // The line for this key: a revoked line first, else a trusted one; nullopt when not listed.
    std::optional<OrganisationSigner> find(const QByteArray &publicKey) const;
    // The trusted (not revoked) line whose name is this signer's name (case-insensitive).
    std::optional<OrganisationSigner> findName(const QString &name) const;
};

// FAIRSTART_TRUSTED_SIGNERS, else the system's place: /etc/fairstart/trusted-signers (Linux and
// other Unix), %ProgramData%\Fairstart\trusted-signers (Windows), /Library/Application
// Support/Fairstart/trusted-signers (macOS).
QString trustedSignersPath();
// Reads and checks the list at `path`. Never throws; a missing file is not an error, an
// unreadable one, one larger than 1 MiB or not UTF-8 is, and so is every line that is not a key
// and a name.
TrustedSignersList readTrustedSigners(const QString &path = trustedSignersPath());
// The list's text parsed (path only for the messages).
TrustedSignersList parseTrustedSigners(const QByteArray &text, const QString &path = {});
// "3F2A9C01…" (32 hex digits) of keyFingerprint.
QString compactFingerprint(const QByteArray &publicKey);
// The line an administrator adds for this signer: "3F2A 9C01 … 6B20  A. de Vries, GGD …".
QString trustedSignerLine(const QByteArray &publicKey, const QString &name);
// The line that revokes it: "revoked 3F2A 9C01 … 6B20  A. de Vries, GGD …  # comment".
QString revokedSignerLine(const QByteArray &publicKey, const QString &name, const QString &comment);

// `fairstart --check-signers`: prints the list at trustedSignersPath() line by line, and its
// errors on stderr. 0 when it exists and has none, else 1.
int printTrustedSignersCheck();

} // namespace fairstart::ui
