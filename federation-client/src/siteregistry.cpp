// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/client/siteregistry.h"

#include "fairstart/client/tr.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

namespace fairstart::client {

bool SiteRegistry::isValidPin(const QString &pin)
{
    if (!pin.startsWith(QLatin1String("sha256//")))
        return false;
    const QString b64 = pin.mid(8);
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9+/]{43}=$"));
    if (!form.match(b64).hasMatch())
        return false;
    return QByteArray::fromBase64(b64.toLatin1()).size() == 32;
}

bool SiteRegistry::isValidKey(const QString &key)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9+/]{43}=$"));
    return form.match(key).hasMatch() && QByteArray::fromBase64(key.toLatin1()).size() == 32;
}

QString SiteRegistry::fingerprint(const QString &key)
{
    if (!isValidKey(key))
        return {};
    const QByteArray hash = QCryptographicHash::hash(QByteArray::fromBase64(key.toLatin1()),
                                                     QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:")
        + QString::fromLatin1(
               hash.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

QList<SiteRegistry::Problem> SiteRegistry::problems(const Site &site)
{
    QList<Problem> found;
    static const QRegularExpression nameForm(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!nameForm.match(site.name).hasMatch())
        found.append({ QStringLiteral("name"),
                       Tr::tr("'%1' is not a site name; use 1 to 64 letters, digits, '.', '_' "
                              "or '-', starting with a letter or digit.")
                           .arg(site.name) });
    const QUrl url(site.url, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()
        || (!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery()
        || !url.userInfo().isEmpty()) {
        found.append({ QStringLiteral("url"),
                       Tr::tr("'%1' is not a node address; write it as https://HOST:PORT, as "
                              "the site's administrator gave it.")
                           .arg(site.url) });
    }
    if (!isValidPin(site.pin))
        found.append({ QStringLiteral("pin"),
                       Tr::tr("not a certificate pin; copy it exactly as 'fairstart-node pin' "
                              "prints it (sha256// followed by 44 characters).") });
    if (site.token.isEmpty())
        found.append({ QStringLiteral("token"),
                       Tr::tr("missing; ask the site's administrator for a token "
                              "('fairstart-node token create').") });
    if (!site.signingKey.isEmpty() && !isValidKey(site.signingKey))
        found.append({ QStringLiteral("signing_key"),
                       Tr::tr("not an Ed25519 public key (base64 of 32 bytes); remove the field "
                              "to record the node's key again at the next run.") });
    if (!site.keyAgreementKey.isEmpty() && !isValidKey(site.keyAgreementKey))
        found.append({ QStringLiteral("key_agreement_key"),
                       Tr::tr("not an X25519 public key (base64 of 32 bytes); remove the field "
                              "to record the node's key again at the next run.") });
    if (site.signingKey.isEmpty() != site.keyAgreementKey.isEmpty())
        found.append({ QStringLiteral("signing_key and key_agreement_key"),
                       Tr::tr("give both or neither; remove the one that is there to record "
                              "both at the next run.") });
    return found;
}

QStringList SiteRegistry::validate(const Site &site)
{
    QStringList errors;
    for (const Problem &p : problems(site))
        errors << p.field + QStringLiteral(": ") + p.text;
    return errors;
}

QStringList SiteRegistry::readJson(const QByteArray &json, const QString &origin)
{
    const QString where = origin.isEmpty() ? QString() : origin + QStringLiteral(": ");
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return { where
                 + Tr::tr("not valid JSON at character %1 (%2); a sites file looks like "
                          "{\"sites\": [{\"name\": …, \"url\": …, \"pin\": …, "
                          "\"token\": …}]}.")
                       .arg(pe.offset)
                       .arg(pe.errorString()) };
    if (!doc.isObject() || !doc.object().value(QLatin1String("sites")).isArray())
        return { where
                 + Tr::tr("no \"sites\" list; a sites file looks like {\"sites\": "
                          "[{\"name\": …, \"url\": …, \"pin\": …, \"token\": …}]}.") };
    QStringList errors;
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("sites"))
            errors << where
                    + Tr::tr("unknown field \"%1\"; only \"sites\" is allowed.").arg(it.key());
    }
    const QJsonArray list = root.value(QLatin1String("sites")).toArray();
    if (list.isEmpty())
        errors << where + Tr::tr("the \"sites\" list is empty; add at least one site.");
    QList<Site> sites;
    QSet<QString> seen;
    static const QStringList known { QStringLiteral("name"),
                                     QStringLiteral("url"),
                                     QStringLiteral("pin"),
                                     QStringLiteral("token"),
                                     QStringLiteral("token_env"),
                                     QStringLiteral("signing_key"),
                                     QStringLiteral("key_agreement_key") };
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = where + QStringLiteral("sites[%1]").arg(i);
        if (!list.at(i).isObject()) {
            errors << at + Tr::tr(": not an object with name, url, pin and token.");
            continue;
        }
        const QJsonObject o = list.at(i).toObject();
        bool fieldsOk = true;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key())) {
                errors << at
                        + Tr::tr(": unknown field \"%1\"; allowed are name, url, pin, "
                                 "token, token_env, signing_key and key_agreement_key.")
                              .arg(it.key());
                fieldsOk = false;
            } else if (!it.value().isString()) {
                errors << at + QLatin1Char('.') + it.key() + Tr::tr(": must be a string.");
                fieldsOk = false;
            }
        }
        if (!fieldsOk)
            continue;
        Site site;
        site.name = o.value(QLatin1String("name")).toString();
        site.url = o.value(QLatin1String("url")).toString();
        site.pin = o.value(QLatin1String("pin")).toString();
        site.signingKey = o.value(QLatin1String("signing_key")).toString();
        site.keyAgreementKey = o.value(QLatin1String("key_agreement_key")).toString();
        const QString label
            = site.name.isEmpty() ? at : at + QStringLiteral(" (") + site.name + QLatin1Char(')');
        if (o.contains(QLatin1String("token")) && o.contains(QLatin1String("token_env"))) {
            errors << label + Tr::tr(": give either token or token_env, not both.");
            continue;
        }
        if (o.contains(QLatin1String("token_env"))) {
            const QString var = o.value(QLatin1String("token_env")).toString();
            site.token = qEnvironmentVariable(var.toLocal8Bit().constData());
            if (site.token.isEmpty()) {
                errors << label
                        + Tr::tr(": the environment variable %1 (token_env) is not set; "
                                 "set it to the site's token.")
                              .arg(var);
                continue;
            }
        } else {
            site.token = o.value(QLatin1String("token")).toString();
        }
        const QStringList problems = validate(site);
        for (const QString &p : problems)
            errors << label + QStringLiteral(".") + p;
        if (problems.isEmpty() && seen.contains(site.name))
            errors << label
                    + Tr::tr(": the name %1 is used twice; give every site its own "
                             "name.")
                          .arg(site.name);
        seen.insert(site.name);
        sites.append(site);
    }
    if (errors.isEmpty())
        m_sites = sites;
    return errors;
}

QStringList SiteRegistry::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { Tr::tr("Cannot read the sites file %1 (%2); check the path given with --sites.")
                     .arg(path, file.errorString()) };
    if (file.size() > 16 * 1024 * 1024)
        return {
            Tr::tr("The sites file %1 is larger than 16 MiB; it is not a sites file.").arg(path)
        };
    return readJson(file.readAll(), path);
}

QJsonObject SiteRegistry::toJson(Tokens tokens) const
{
    QJsonArray list;
    for (const Site &s : m_sites) {
        QJsonObject o { { QStringLiteral("name"), s.name },
                        { QStringLiteral("url"), s.url },
                        { QStringLiteral("pin"), s.pin } };
        if (!s.signingKey.isEmpty())
            o.insert(QStringLiteral("signing_key"), s.signingKey);
        if (!s.keyAgreementKey.isEmpty())
            o.insert(QStringLiteral("key_agreement_key"), s.keyAgreementKey);
        if (tokens == Tokens::WithTokens)
            o.insert(QStringLiteral("token"), s.token);
        list.append(o);
    }
    return QJsonObject { { QStringLiteral("sites"), list } };
}

bool SiteRegistry::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("Cannot write %1 (%2).").arg(path, file.errorString());
        return false;
    }
    // The file holds tokens: readable by its owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(toJson(Tokens::WithTokens)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = Tr::tr("Cannot write %1 (%2).").arg(path, file.errorString());
        return false;
    }
    return true;
}

QStringList SiteRegistry::recordKeys(const QString &path, const QList<Site> &sites,
                                     QStringList *recorded)
{
    // The file is edited as JSON, not rewritten from a registry: a token_env entry must stay a
    // token_env entry, never become the secret it names.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { Tr::tr("Cannot read the sites file %1 (%2) to record the sites' keys.")
                     .arg(path, file.errorString()) };
    QJsonParseError pe;
    QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &pe);
    file.close();
    if (pe.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value(QLatin1String("sites")).isArray())
        return { Tr::tr("The sites file %1 changed and is no longer a sites file; its keys were "
                        "not recorded.")
                     .arg(path) };
    QJsonObject root = doc.object();
    QJsonArray list = root.value(QLatin1String("sites")).toArray();
    QStringList written;
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject o = list.at(i).toObject();
        const QString name = o.value(QLatin1String("name")).toString();
        if (o.contains(QLatin1String("signing_key"))
            || o.contains(QLatin1String("key_agreement_key")))
            continue;
        for (const Site &s : sites) {
            if (s.name != name || !isValidKey(s.signingKey) || !isValidKey(s.keyAgreementKey))
                continue;
            o.insert(QStringLiteral("signing_key"), s.signingKey);
            o.insert(QStringLiteral("key_agreement_key"), s.keyAgreementKey);
            list[i] = o;
            written << name;
            break;
        }
    }
    if (written.isEmpty())
        return {};
    root.insert(QStringLiteral("sites"), list);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        return {
            Tr::tr("Cannot write %1 (%2) to record the sites' keys.").arg(path, out.errorString())
        };
    }
    // The file may hold tokens: readable by its owner only, as save() writes it.
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!out.commit())
        return {
            Tr::tr("Cannot write %1 (%2) to record the sites' keys.").arg(path, out.errorString())
        };
    if (recorded)
        *recorded = written;
    return {};
}

QStringList SiteRegistry::add(const Site &site)
{
    const QStringList problems = validate(site);
    if (!problems.isEmpty())
        return problems;
    for (Site &s : m_sites) {
        if (s.name == site.name) {
            s = site;
            return {};
        }
    }
    m_sites.append(site);
    return {};
}

bool SiteRegistry::remove(const QString &name)
{
    for (qsizetype i = 0; i < m_sites.size(); ++i) {
        if (m_sites.at(i).name == name) {
            m_sites.removeAt(i);
            return true;
        }
    }
    return false;
}

std::optional<Site> SiteRegistry::find(const QString &name) const
{
    for (const Site &s : m_sites) {
        if (s.name == name)
            return s;
    }
    return std::nullopt;
}

QStringList SiteRegistry::names() const
{
    QStringList out;
    for (const Site &s : m_sites)
        out << s.name;
    return out;
}

QList<Site> SiteRegistry::select(const QStringList &names, QStringList *errors) const
{
    if (names.isEmpty())
        return m_sites;
    QList<Site> out;
    for (const QString &n : names) {
        if (const auto s = find(n.trimmed()))
            out << *s;
        else if (errors)
            *errors << Tr::tr("There is no site named '%1' in the sites file; the sites are: %2.")
                           .arg(n.trimmed(), this->names().join(QStringLiteral(", ")));
    }
    return out;
}

} // namespace fairstart::client
