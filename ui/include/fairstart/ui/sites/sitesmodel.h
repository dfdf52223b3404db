// SPDX-License-Identifier: GPL-3.0-or-later
// The sites of the federation as the workbench sees them: where they are, whether they answer,
// their node version and policy, and their catalogue (metadata only), fetched asynchronously.
#pragma once

#include "fairstart/client/site.h"
#include "fairstart/client/sitesurvey.h"
#include "fairstart/client/transport.h"
#include "fairstart/ui/catalogue/cataloguemodel.h"

#include <QAbstractTableModel>

namespace fairstart::ui {

struct SiteStatus {
    // KeyChanged: the node presents other study keys than the ones pinned for the site; nothing
    // more is asked of it until the user accepts the new keys (or the node's keys return).
    enum State { Unknown, Checking, Online, Problem, KeyChanged };
    client::Site site; // with the keys pinned for it (empty until first use)
    State state = Unknown;
    QString message; // the problem in words when state is Problem or KeyChanged
    SiteCatalogue catalogue;
    client::Site presented; // the site with the keys its node presented at the last check
};

class SitesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        NameColumn,
        UrlColumn,
        PinColumn,
        KeysColumn,
        VersionColumn,
        PolicyColumn,
        ColumnCount
    };
    enum Role { StateRole = Qt::UserRole + 1, SiteNameRole };

    explicit SitesModel(QObject *parent = nullptr);

    void setSites(const QList<client::Site> &sites); // then call refresh()
    QList<client::Site> sites() const;
    // Pins the keys of `site` (by name) in the model once the caller recorded them.
    void setSiteKeys(const client::Site &site);
    const SiteStatus *status(const QString &site) const;
    const QList<SiteStatus> &statuses() const { return m_sites; }
    // Catalogues of every site that answered.
    QList<SiteCatalogue> catalogues() const;
    // The purposes and the datasets the sites' infos list, each once, in the order of the sites
    // and of each info: of the sites online, or of every site whose info is known (`online`
    // false: a site checked before that is offline now still offers its names).
    struct ListedNames {
        QStringList purposes;
        QStringList datasets;
    };
    ListedNames listedNames(bool online) const;
    // The purpose used to read catalogues (the token's first purpose when empty).
    void setPurpose(const QString &purpose) { m_purpose = purpose; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString policySummary(const protocol::PolicySummary &policy);

public Q_SLOTS:
    // Asks every site for its info and catalogue; never blocks, answers arrive as signals.
    void refresh();

Q_SIGNALS:
    void siteUpdated(const QString &site);
    void cataloguesChanged();
    // A node presented study keys for a site that holds none: the caller records them (first
    // use) and calls setSiteKeys; from then on a node with other keys is refused.
    void keysFirstSeen(const fairstart::client::Site &site);

private:
    void answered(const client::SiteSurveyResult &result);
    void setState(const QString &site, SiteStatus::State state, const QString &message);
    int rowOf(const QString &site) const;

    client::Transport *m_transport;
    client::SiteSurvey *m_survey;
    QList<SiteStatus> m_sites;
    QString m_purpose;
};

// A study key's fingerprint as the node administrator reads it ("SHA256:…", `fairstart-node
// keys`): SiteRegistry::fingerprint, or a translated "not recorded yet" for an empty key.
QString keyFingerprintText(const QString &key);

// Why `site` cannot join `sites`: the same node (same address and pin) or the same name is there
// already; a node listed twice would count its records twice. Empty when it can join.
QString duplicateSiteProblem(const QList<client::Site> &sites, const client::Site &site);

} // namespace fairstart::ui
