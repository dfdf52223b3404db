// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/sites/sitesmodel.h"

#include "fairstart/client/siteregistry.h"
#include "fairstart/ui/tr.h"

#include <QUrl>

#include <QColor>

namespace fairstart::ui {

SitesModel::SitesModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_transport(new client::Transport(this))
    , m_survey(new client::SiteSurvey(m_transport, this))
{
    client::TransportOptions options;
    options.connectTimeoutMs = 5'000;
    options.totalTimeoutMs = 20'000;
    options.maxAttempts = 2;
    m_transport->setDefaultOptions(options);
    connect(m_survey, &client::SiteSurvey::siteAnswered, this, &SitesModel::answered);
}

void SitesModel::setSites(const QList<client::Site> &sites)
{
    beginResetModel();
    m_survey->abort(); // answers from before are ignored
    m_sites.clear();
    for (const client::Site &s : sites) {
        SiteStatus status;
        status.site = s;
        status.presented = s;
        status.catalogue.site = s.name;
        m_sites.append(status);
    }
    endResetModel();
    Q_EMIT cataloguesChanged();
}

QList<client::Site> SitesModel::sites() const
{
    QList<client::Site> result;
    for (const SiteStatus &s : m_sites)
        result.append(s.site);
    return result;
}

void SitesModel::setSiteKeys(const client::Site &site)
{
    const int row = rowOf(site.name);
    if (row < 0)
        return;
    m_sites[row].site.signingKey = site.signingKey;
    m_sites[row].site.keyAgreementKey = site.keyAgreementKey;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const SiteStatus *SitesModel::status(const QString &site) const
{
    const int row = rowOf(site);
    return row < 0 ? nullptr : &m_sites.at(row);
}

QList<SiteCatalogue> SitesModel::catalogues() const
{
    QList<SiteCatalogue> result;
    for (const SiteStatus &s : m_sites) {
        if (s.state == SiteStatus::Online)
            result.append(s.catalogue);
    }
    return result;
}

SitesModel::ListedNames SitesModel::listedNames(bool online) const
{
    ListedNames names;
    for (const SiteStatus &s : m_sites) {
        if (!s.catalogue.info || (online && s.state != SiteStatus::Online))
            continue;
        for (const QString &p : s.catalogue.info->purposes) {
            if (!names.purposes.contains(p))
                names.purposes.append(p);
        }
        for (const QString &d : s.catalogue.info->datasets) {
            if (!names.datasets.contains(d))
                names.datasets.append(d);
        }
    }
    return names;
}

int SitesModel::rowOf(const QString &site) const
{
    for (int i = 0; i < m_sites.size(); ++i) {
        if (m_sites.at(i).site.name == site)
            return i;
    }
    return -1;
}

void SitesModel::setState(const QString &site, SiteStatus::State state, const QString &message)
{
    const int row = rowOf(site);
    if (row < 0)
        return;
    m_sites[row].state = state;
    m_sites[row].message = message;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT siteUpdated(site);
}

void SitesModel::refresh()
{
    for (const SiteStatus &s : m_sites)
        setState(s.site.name, SiteStatus::Checking, {});
    client::SurveyOptions options;
    options.purpose = m_purpose;
    m_survey->start(sites(), options);
}

void SitesModel::answered(const client::SiteSurveyResult &result)
{
    const int row = rowOf(result.site.name);
    if (row < 0)
        return;
    SiteStatus &s = m_sites[row];
    s.presented = result.presentedSite();
    if (result.answer.info)
        s.catalogue.info = result.answer.info;
    if (result.keysChanged()) {
        // Refused: the catalogue of a node that may not be the site is never shown.
        s.catalogue.catalogue = {};
        setState(result.site.name, SiteStatus::KeyChanged,
                 Tr::tr("Site %1 presents other study keys than the ones recorded for it: the "
                        "node was re-initialised, or someone is answering in its place. Nothing "
                        "more is asked of it. Confirm the new key fingerprints with the site's "
                        "administrator, then choose Accept Changed Keys.")
                     .arg(result.site.name));
        Q_EMIT cataloguesChanged();
        return;
    }
    if (!result.ok()) {
        setState(result.site.name, SiteStatus::Problem, result.error->message);
        return;
    }
    s.catalogue.catalogue = result.answer.catalogue;
    if (result.keysFirstSeen())
        Q_EMIT keysFirstSeen(result.presentedSite());
    setState(result.site.name, SiteStatus::Online, {});
    Q_EMIT cataloguesChanged();
}

QString keyFingerprintText(const QString &key)
{
    return key.isEmpty() ? Tr::tr("not recorded yet") : client::SiteRegistry::fingerprint(key);
}

int SitesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sites.size());
}

int SitesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SitesModel::policySummary(const protocol::PolicySummary &p)
{
    const analysis::DisclosurePolicy &d = p.disclosure;
    return Tr::tr("cohort ≥ %1, cells ≥ %2, %3 events per parameter, ≤ %4 rounds")
        .arg(d.minCohort)
        .arg(d.minCell)
        .arg(d.eventsPerParameter)
        .arg(d.maxRounds);
}

namespace {

QString stateText(const SiteStatus &s)
{
    switch (s.state) {
    case SiteStatus::Unknown:
        return Tr::tr("Not checked");
    case SiteStatus::Checking:
        return Tr::tr("Checking…");
    case SiteStatus::Online:
        return Tr::tr("Online");
    case SiteStatus::Problem:
        return Tr::tr("Problem");
    case SiteStatus::KeyChanged:
        return Tr::tr("Key changed");
    }
    return {};
}

QColor stateColor(SiteStatus::State state)
{
    switch (state) {
    case SiteStatus::Unknown:
        return QColor(0x9a, 0x9a, 0x9a);
    case SiteStatus::Checking:
        return QColor(0xd9, 0x8c, 0x1f);
    case SiteStatus::Online:
        return QColor(0x2e, 0x9e, 0x4f);
    case SiteStatus::Problem:
    case SiteStatus::KeyChanged:
        return QColor(0xc0, 0x39, 0x2b);
    }
    return {};
}

} // namespace

QVariant SitesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SiteStatus &s = m_sites.at(index.row());
    const auto &info = s.catalogue.info;
    if (role == StateRole)
        return int(s.state);
    if (role == SiteNameRole)
        return s.site.name;
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return stateColor(s.state);
    if (role == Qt::ToolTipRole) {
        if (index.column() == UrlColumn) // elided in the dock: whole here
            return s.site.url;
        if (s.state == SiteStatus::Problem || s.state == SiteStatus::KeyChanged)
            return s.message;
        const QString keys = Tr::tr("Signing key: %1\nKey-agreement key: %2")
                                 .arg(keyFingerprintText(s.site.signingKey),
                                      keyFingerprintText(s.site.keyAgreementKey));
        if (index.column() == PinColumn)
            return s.site.pin;
        if (index.column() == KeysColumn)
            return keys;
        // The dock shows status, name and address; the rest of the row in the tooltip, so that
        // the table fits a narrow dock without a horizontal scroll bar (issue 17).
        QStringList lines { Tr::tr("Address: %1").arg(s.site.url),
                            Tr::tr("Certificate pin: %1").arg(s.site.pin), keys };
        if (info) {
            lines << Tr::tr("Node version: %1").arg(info->nodeVersion)
                  << Tr::tr("Policy: %1").arg(policySummary(info->policy));
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case StatusColumn:
        return stateText(s);
    case NameColumn:
        return s.site.name;
    case UrlColumn:
        return s.site.url;
    case PinColumn: {
        // Enough of the pin to compare with what the administrator handed over.
        const QString pin = s.site.pin;
        return pin.size() > 24 ? pin.left(20) + QStringLiteral("…") : pin;
    }
    case KeysColumn: {
        // The signing key's fingerprint, shortened; the tooltip has both in full.
        if (s.site.signingKey.isEmpty())
            return keyFingerprintText({});
        const QString fp = client::SiteRegistry::fingerprint(s.site.signingKey);
        const QString shown = fp.size() > 23 ? fp.left(22) + QStringLiteral("…") : fp;
        return s.state == SiteStatus::KeyChanged ? Tr::tr("%1 (changed!)").arg(shown) : shown;
    }
    case VersionColumn:
        return info ? info->nodeVersion : QString();
    case PolicyColumn:
        if (s.state == SiteStatus::Problem || s.state == SiteStatus::KeyChanged)
            return s.message;
        return info ? policySummary(info->policy) : QString();
    default:
        return {};
    }
}

QVariant SitesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return Tr::tr("Status");
    case NameColumn:
        return Tr::tr("Site");
    case UrlColumn:
        return Tr::tr("Address");
    case PinColumn:
        return Tr::tr("Certificate pin");
    case KeysColumn:
        return Tr::tr("Study keys");
    case VersionColumn:
        return Tr::tr("Node version");
    case PolicyColumn:
        return Tr::tr("Policy");
    default:
        return {};
    }
}

namespace {

// "HTTPS://Node.example:8443/" and "https://node.example:8443" are the same node.
QString normalisedUrl(const QString &url)
{
    QUrl u(url.trimmed());
    u.setScheme(u.scheme().toLower());
    u.setHost(u.host().toLower());
    if (u.port() == 443 && u.scheme() == QLatin1String("https"))
        u.setPort(-1);
    QString path = u.path(QUrl::FullyDecoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    u.setPath(path);
    return u.adjusted(QUrl::NormalizePathSegments).toString();
}

QString normalisedPin(const QString &pin)
{
    QString p = pin.trimmed().toLower();
    p.remove(QLatin1Char(' '));
    p.remove(QLatin1Char(':'));
    return p;
}

} // namespace

QString duplicateSiteProblem(const QList<client::Site> &sites, const client::Site &site)
{
    for (const client::Site &s : sites) {
        if (normalisedUrl(s.url) == normalisedUrl(site.url)
            && normalisedPin(s.pin) == normalisedPin(site.pin)) {
            return Tr::tr("This node is already in the list as \"%1\" (same address and pin). A "
                          "node added twice would count its records twice: use the existing "
                          "entry.")
                .arg(s.name);
        }
        if (s.name.compare(site.name.trimmed(), Qt::CaseInsensitive) == 0) {
            return Tr::tr("A site called \"%1\" is already in the list. Choose another name.")
                .arg(s.name);
        }
    }
    return {};
}

} // namespace fairstart::ui
