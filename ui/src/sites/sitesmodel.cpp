// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/sites/sitesmodel.h"

#include "fairstart/client/nodeapi.h"
#include "fairstart/ui/tr.h"

#include <QUrl>

#include <QColor>
#include <QPointer>

namespace fairstart::ui {

SitesModel::SitesModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_transport(new client::Transport(this))
{
    client::TransportOptions options;
    options.connectTimeoutMs = 5'000;
    options.totalTimeoutMs = 20'000;
    options.maxAttempts = 2;
    m_transport->setDefaultOptions(options);
}

void SitesModel::setSites(const QList<client::Site> &sites)
{
    beginResetModel();
    ++m_generation;
    m_transport->abortAll();
    m_sites.clear();
    for (const client::Site &s : sites) {
        SiteStatus status;
        status.site = s;
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

QList<SiteCatalogue> SitesModel::catalogues() const
{
    QList<SiteCatalogue> result;
    for (const SiteStatus &s : m_sites) {
        if (s.state == SiteStatus::Online)
            result.append(s.catalogue);
    }
    return result;
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
    for (int row = 0; row < m_sites.size(); ++row)
        fetch(row);
}

void SitesModel::fetch(int row)
{
    const client::Site site = m_sites.at(row).site;
    const int generation = m_generation;
    setState(site.name, SiteStatus::Checking, {});
    client::Reply *info = m_transport->send(site, client::api::info());
    connect(info, &client::Reply::finished, this, [this, info, site, generation] {
        info->deleteLater();
        if (generation != m_generation)
            return;
        if (!info->ok())
            return setState(site.name, SiteStatus::Problem, info->error().message);
        client::SiteError error;
        auto decoded = client::api::decode<protocol::NodeInfo>(site.name, info->body(), &error);
        if (!decoded)
            return setState(site.name, SiteStatus::Problem, error.message);
        const int row = rowOf(site.name);
        if (row < 0)
            return;
        m_sites[row].catalogue.info = *decoded;
        const QString purpose = !m_purpose.isEmpty() ? m_purpose
            : decoded->purposes.isEmpty()            ? QString()
                                                     : decoded->purposes.first();
        client::Reply *cat = m_transport->send(site, client::api::catalogue(purpose));
        connect(cat, &client::Reply::finished, this, [this, cat, site, generation] {
            cat->deleteLater();
            if (generation != m_generation)
                return;
            if (!cat->ok())
                return setState(site.name, SiteStatus::Problem, cat->error().message);
            client::SiteError error;
            auto catalogue
                = client::api::decode<protocol::Catalogue>(site.name, cat->body(), &error);
            if (!catalogue)
                return setState(site.name, SiteStatus::Problem, error.message);
            const int row = rowOf(site.name);
            if (row < 0)
                return;
            m_sites[row].catalogue.catalogue = *catalogue;
            setState(site.name, SiteStatus::Online, {});
            Q_EMIT cataloguesChanged();
        });
    });
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
        if (s.state == SiteStatus::Problem)
            return s.message;
        if (index.column() == PinColumn)
            return s.site.pin;
        return {};
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
    case VersionColumn:
        return info ? info->nodeVersion : QString();
    case PolicyColumn:
        if (s.state == SiteStatus::Problem)
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
