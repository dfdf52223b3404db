// SPDX-License-Identifier: GPL-3.0-or-later
// The sites an analyst works with, read from a sites file and checked before anything is sent.
#pragma once

#include "fairstart/client/site.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fairstart::client {

// A sites file:
//   {"sites": [{"name": "north", "url": "https://10.0.0.5:8443", "pin": "sha256//…",
//               "token": "…"}, …]}
// Instead of "token" an entry may name an environment variable holding it ("token_env":
// "NORTH_TOKEN"), so that a sites file can be shared without its secrets. Unknown fields are
// refused, as the node refuses them, so that a typo never silently drops a setting.
// An entry may also hold the node's study keys ("signing_key", "key_agreement_key", base64 as
// /v1/info gives them): absent until the first run records them (recordKeys), then pinned.
// Tokens are never part of any text this class produces except toJson(WithTokens).
class SiteRegistry {
public:
    enum class Tokens { Omit, WithTokens };

    SiteRegistry() = default;

    // Every problem of the document, each naming the entry and field and saying what to do;
    // empty on success. `origin` (a file name) prefixes each message.
    QStringList readJson(const QByteArray &json, const QString &origin = {});
    // Reads a sites file; errors as readJson, or one error when the file cannot be read.
    QStringList load(const QString &path);
    bool save(const QString &path, QString *error) const;

    QJsonObject toJson(Tokens tokens = Tokens::Omit) const;

    // One problem of a site: the sites file's field it is in ("name", "url", "pin", "token",
    // "signing_key", ...) and what is wrong and what to do, in words without the field's name,
    // so that a dialog can put its own label for the field in front.
    struct Problem {
        QString field;
        QString text;
    };
    // Problems of one site (empty name, not https, malformed pin, no token).
    static QList<Problem> problems(const Site &site);
    // The same as "field: text", as a sites file's reader needs them.
    static QStringList validate(const Site &site);
    // True when the pin has the form sha256//<base64 of 32 bytes>.
    static bool isValidPin(const QString &pin);
    // True when the key is standard padded base64 of 32 bytes (an Ed25519 or X25519 key).
    static bool isValidKey(const QString &key);
    // The fingerprint of a study key for people to compare, as SSH shows host keys:
    // "SHA256:" and the unpadded base64 of the SHA-256 of the key's 32 bytes. Empty for a key
    // that is not valid.
    static QString fingerprint(const QString &key);

    // Records the study keys of `sites` (those that have them) in the sites file at `path`, for
    // the entries of the same name that hold no keys yet; every other byte of meaning in the file
    // (tokens, token_env, order) is kept. Entries that hold keys already are left alone: a changed
    // key is never overwritten here. Returns the problems, empty on success; `recorded` gets the
    // names of the sites whose keys were written.
    static QStringList recordKeys(const QString &path, const QList<Site> &sites,
                                  QStringList *recorded = nullptr);

    // Adds or replaces (by name) a valid site; returns its problems otherwise.
    QStringList add(const Site &site);
    bool remove(const QString &name);
    std::optional<Site> find(const QString &name) const;
    const QList<Site> &sites() const { return m_sites; }
    QStringList names() const;
    bool isEmpty() const { return m_sites.isEmpty(); }

    // The sites named in `names` (comma-separated list of a CLI option), in that order; unknown
    // names are errors. An empty list selects every site.
    QList<Site> select(const QStringList &names, QStringList *errors) const;

private:
    QList<Site> m_sites;
};

} // namespace fairstart::client
