// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/reviewer/trustedsigners.h"

#include "fairstart/ui/reviewer/modelsignature.h"
#include "fairstart/ui/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cstdio>

namespace fairstart::ui {

namespace {

constexpr qint64 kMaxListBytes = 1 << 20;
constexpr qsizetype kFingerprintDigits = 32;

bool isHex(const QString &token)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]+$"));
    return hex.match(token).hasMatch();
}

// A whole Ed25519 public key in base64: 44 characters that decode to 32 bytes.
QByteArray publicKeyToken(const QString &token)
{
    if (token.size() != 44 || !token.endsWith(QLatin1Char('=')))
        return {};
    const auto decoded
        = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == 32 ? decoded.decoded : QByteArray();
}

} // namespace

QString OrganisationSigner::groupedFingerprint() const
{
    QStringList groups;
    for (qsizetype i = 0; i < fingerprint.size(); i += 4)
        groups << fingerprint.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

std::optional<OrganisationSigner> TrustedSignersList::find(const QByteArray &publicKey) const
{
    const QString fingerprint = compactFingerprint(publicKey);
    std::optional<OrganisationSigner> trusted;
    for (const OrganisationSigner &s : signers) {
        const bool same
            = s.publicKey.isEmpty() ? s.fingerprint == fingerprint : s.publicKey == publicKey;
        if (!same)
            continue;
        if (s.revoked)
            return s;
        if (!trusted)
            trusted = s;
    }
    return trusted;
}

std::optional<OrganisationSigner> TrustedSignersList::findName(const QString &name) const
{
    for (const OrganisationSigner &s : signers) {
        if (!s.revoked && s.name.compare(name.simplified(), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString trustedSignersPath()
{
    const QString overridden = qEnvironmentVariable("FAIRSTART_TRUSTED_SIGNERS");
    if (!overridden.isEmpty())
        return overridden;
#if defined(Q_OS_WIN)
    return qEnvironmentVariable("ProgramData", QStringLiteral("C:/ProgramData"))
        + QStringLiteral("/Fairstart/trusted-signers");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("/Library/Application Support/Fairstart/trusted-signers");
#else
    return QStringLiteral("/etc/fairstart/trusted-signers");
#endif
}

QString compactFingerprint(const QByteArray &publicKey)
{
    return keyFingerprint(publicKey).remove(QLatin1Char(' '));
}

QString trustedSignerLine(const QByteArray &publicKey, const QString &name)
{
    return keyFingerprint(publicKey) + QStringLiteral("  ") + name.simplified();
}

QString revokedSignerLine(const QByteArray &publicKey, const QString &name, const QString &comment)
{
    QString line = QStringLiteral("revoked ") + trustedSignerLine(publicKey, name);
    if (!comment.simplified().isEmpty())
        line += QStringLiteral("  # ") + comment.simplified();
    return line;
}

TrustedSignersList readTrustedSigners(const QString &path)
{
    TrustedSignersList list;
    list.path = path;
    const QFileInfo info(path);
    if (!info.exists())
        return list;
    list.exists = true;
    if (!info.isFile()) {
        list.problems << Tr::tr("%1 is not a file.").arg(path);
        return list;
    }
    if (info.size() > kMaxListBytes) {
        list.problems
            << Tr::tr("%1 is larger than 1 MiB: this is not a list of signers.").arg(path);
        return list;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        list.problems << Tr::tr("%1 cannot be read: %2").arg(path, file.errorString());
        return list;
    }
    list = parseTrustedSigners(file.read(kMaxListBytes + 1), path);
    list.exists = true;
    return list;
}

TrustedSignersList parseTrustedSigners(const QByteArray &bytes, const QString &path)
{
    TrustedSignersList list;
    list.path = path;
    list.exists = true;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        list.problems << Tr::tr("%1 is not UTF-8 text.").arg(path);
        return list;
    }
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i + 1);
        QString line = lines.at(i);
        OrganisationSigner signer;
        signer.line = number;
        if (const qsizetype hash = line.indexOf(QLatin1Char('#')); hash >= 0) {
            signer.comment = line.mid(hash + 1).simplified();
            line.truncate(hash);
        }
        QStringList tokens
            = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (tokens.isEmpty())
            continue;
        auto problem = [&list, number](const QString &what) {
            list.problems << Tr::tr("line %1: %2").arg(number).arg(what);
        };
        if (tokens.first().compare(QStringLiteral("revoked"), Qt::CaseInsensitive) == 0) {
            signer.revoked = true;
            tokens.removeFirst();
            if (tokens.isEmpty()) {
                problem(Tr::tr("'revoked' without a key after it"));
                continue;
            }
        }
        // The key: a whole public key, or the fingerprint's 32 hex digits in one or more groups.
        qsizetype used = 0;
        if (const QByteArray key = publicKeyToken(tokens.first()); !key.isEmpty()) {
            signer.publicKey = key;
            signer.fingerprint = compactFingerprint(key);
            used = 1;
        } else {
            QString hex;
            while (used < tokens.size() && hex.size() < kFingerprintDigits
                   && isHex(tokens.at(used)))
                hex += tokens.at(used++);
            // A typo: a group too many. (A group with a digit: a name after
            // the key may be a hex word, "Ed" or "Abba", but has no digit.)
            static const QRegularExpression group(QStringLiteral("^[0-9A-Fa-f]{4}$"));
            static const QRegularExpression digit(QStringLiteral("[0-9]"));
            while (hex.size() >= kFingerprintDigits && used < tokens.size()
                   && group.match(tokens.at(used)).hasMatch()
                   && digit.match(tokens.at(used)).hasMatch())
                hex += tokens.at(used++);
            if (hex.size() != kFingerprintDigits) {
                problem(hex.isEmpty()
                            ? Tr::tr("'%1' is not a key: write the key's fingerprint as the "
                                     "analyst's workbench shows it (eight groups of four hex "
                                     "digits), then the signer's name")
                                  .arg(tokens.first())
                            : Tr::tr("the fingerprint has %1 hex digits instead of 32 (eight "
                                     "groups of four): a digit or a group is missing or one "
                                     "too many")
                                  .arg(hex.size()));
                continue;
            }
            signer.fingerprint = hex.toUpper();
        }
        signer.name = tokens.mid(used).join(QLatin1Char(' '));
        if (signer.name.isEmpty() && !signer.revoked) {
            problem(Tr::tr("no name after the key: write the name professionals will see for "
                           "this signer"));
            continue;
        }
        bool duplicate = false;
        for (const OrganisationSigner &earlier : std::as_const(list.signers)) {
            if (earlier.fingerprint == signer.fingerprint && !earlier.revoked && !signer.revoked
                && earlier.name != signer.name) {
                problem(Tr::tr("the key of line %1 again, under another name: keep one")
                            .arg(earlier.line));
                duplicate = true;
            }
        }
        if (!duplicate)
            list.signers << signer;
    }
    return list;
}

int printTrustedSignersCheck()
{
    const TrustedSignersList list = readTrustedSigners();
    if (!list.exists) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(Tr::tr("fairstart: there is no list of trusted signers at %1 "
                                       "(FAIRSTART_TRUSTED_SIGNERS chooses another file).")
                                    .arg(list.path)));
        return 1;
    }
    for (const OrganisationSigner &s : list.signers) {
        std::printf("%s\n",
                    qPrintable(Tr::tr("line %1: %2 %3  %4")
                                   .arg(s.line)
                                   .arg(s.revoked ? Tr::tr("revoked") : Tr::tr("trusted"),
                                        s.groupedFingerprint(), s.name)));
    }
    for (const QString &problem : list.problems)
        std::fprintf(stderr, "%s: %s\n", qPrintable(list.path), qPrintable(problem));
    if (!list.problems.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(Tr::tr("fairstart: %n error(s): no model file opens on this "
                                       "computer until they are corrected.",
                                       "", int(list.problems.size()))));
        return 1;
    }
    std::printf(
        "%s\n",
        qPrintable(
            Tr::tr("%1: %n signer(s), no errors.", "", int(list.signers.size())).arg(list.path)));
    return 0;
}

} // namespace fairstart::ui
