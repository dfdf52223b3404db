// SPDX-License-Identifier: GPL-3.0-or-later
// The sites of the federation as the workbench sees them: where they are, whether they answer,
// their node version and policy, and their catalogue (metadata only), fetched asynchronously.
#pragma once

#include "fairstart/client/site.h"
#include "fairstart/client/transport.h"
#include "fairstart/ui/catalogue/cataloguemodel.h"

#include <QAbstractTableModel>

namespace fairstart::ui {

struct SiteStatus {
    enum State { Unknown, Checking, Online, Problem };
    client::Site site;
    State state = Unknown;
    QString message; // the problem in words when state == Problem
    SiteCatalogue catalogue;
};

class SitesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        NameColumn,
        UrlColumn,
        PinColumn,
        VersionColumn,
        PolicyColumn,
        ColumnCount
    };
    enum Role { StateRole = Qt::UserRole + 1, SiteNameRole };

    explicit SitesModel(QObject *parent = nullptr);

    void setSites(const QList<client::Site> &sites); // then call refresh()
    QList<client::Site> sites() const;
    const QList<SiteStatus> &statuses() const { return m_sites; }
    // Catalogues of every site that answered.
    QList<SiteCatalogue> catalogues() const;
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

private:
    void fetch(int row);
    void setState(const QString &site, SiteStatus::State state, const QString &message);
    int rowOf(const QString &site) const;

    client::Transport *m_transport;
    QList<SiteStatus> m_sites;
    QString m_purpose;
    int m_generation = 0; // answers from before the last setSites() are ignored
};

// Why `site` cannot join `sites`: the same node (same address and pin) or the same name is there
// already; a node listed twice would count its records twice. Empty when it can join.
QString duplicateSiteProblem(const QList<client::Site> &sites, const client::Site &site);

} // namespace fairstart::ui
