// SPDX-License-Identifier: GPL-3.0-or-later
// The one way to ask N sites what they are and what they hold: /v1/info and the catalogue of every
// site at once, each answer checked (protocol version, dataset, the study keys pinned for the site)
// and reported per site. The workbench's sites panel, the run and the CLI all ask through it.
#pragma once

#include "fairstart/client/site.h"
#include "fairstart/client/siteerror.h"

#include "fairstart/protocol/messages.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace fairstart::client {

class Reply;
class Transport;
struct Request;

// What one site told about itself: its node information and its catalogue (metadata only).
struct SiteCatalogue {
    QString site;
    protocol::Catalogue catalogue;
    std::optional<protocol::NodeInfo> info;

    // The dataset called `name`, or the first one when `name` is empty; nullptr when absent.
    const protocol::CatalogueDataset *dataset(const QString &name = {}) const;
    // A variable of dataset() (the first dataset).
    const protocol::CatalogueVariable *variable(const QString &name) const;
    analysis::DisclosurePolicy policy() const; // the node's, or the defaults when unknown
};

// One site's answer to a survey.
struct SiteSurveyResult {
    Site site; // as it was asked (with the keys pinned for it then)
    SiteCatalogue answer; // info when /v1/info answered (also when its keys changed)
    std::optional<SiteError> error; // what failed, naming the site; nullopt when all went well
    QString phase; // "info" or "catalogue": where it failed, or the last step done
    qint64 milliseconds = 0; // time of the site's last answer

    bool ok() const { return !error.has_value(); }
    // The node presented valid study keys and the site holds none yet: the caller records them
    // (first use), and from then on they are pinned.
    bool keysFirstSeen() const;
    // The node presents other keys than the ones pinned for the site (error->code names which).
    bool keysChanged() const;
    // The site with the keys the node presented (to record on first use, or to show and accept
    // after a change); the site as asked when there was no valid info.
    Site presentedSite() const;
};

struct SurveyOptions {
    // Sent with both requests; when empty, /v1/info is asked without one and the catalogue with
    // the token's first purpose.
    QString purpose;
    QString dataset; // when given, a site without it is an error (checkNodeInfo, findDataset)
    bool catalogue = true; // false: /v1/info only
    // /v1/info is asked to carry the catalogue (`?with=catalogue`, issue 16, branch sites8) of
    // the purpose, or without one of the token's one purpose where it has exactly one: one
    // request per site instead of two; a node that answers without one (older than sites8, or
    // a token of several purposes and none given) is asked /v1/catalogue as before. Also with
    // `catalogue` false when this is set: the caller hands the answers on as knownInfos and
    // knownCatalogues (the CLI).
    bool infoCarriesCatalogue = false;
    // /v1/info answers this client read moments ago (the CLI, to choose the purpose), by the
    // site's name: those sites are asked for their catalogue only, after the same checks of the
    // answer as if it had just arrived (one request less per site, issue 16).
    QHash<QString, protocol::NodeInfo> knownInfos;
    // The catalogues those answers carried (for this survey's purpose and dataset), by the
    // site's name: those sites are asked nothing (issue 16, branch sites8).
    QHash<QString, protocol::Catalogue> knownCatalogues;
};

// Asks every site concurrently; siteAnswered() per site as its answers arrive, then finished()
// with every result in the order of the sites. Replies of an aborted survey are ignored.
class SiteSurvey : public QObject {
    Q_OBJECT
public:
    explicit SiteSurvey(Transport *transport, QObject *parent = nullptr);
    ~SiteSurvey() override;

    void start(const QList<Site> &sites, const SurveyOptions &options = {});
    // Stops the requests in flight; no signal follows.
    void abort();
    bool isRunning() const { return m_outstanding > 0; }
    const QList<SiteSurveyResult> &results() const { return m_results; }

    // Runs a survey to its end in a local event loop (for the command line).
    static QList<SiteSurveyResult> run(Transport &transport, const QList<Site> &sites,
                                       const SurveyOptions &options = {});

Q_SIGNALS:
    void siteAnswered(const fairstart::client::SiteSurveyResult &result);
    void finished(const QList<fairstart::client::SiteSurveyResult> &results);

private:
    void askInfo(int index);
    void infoAnswered(int index, const protocol::NodeInfo &info,
                      const std::optional<protocol::Catalogue> &catalogue);
    void catalogueAnswered(int index, const protocol::Catalogue &catalogue);
    void askCatalogue(int index);
    // `request` to the site of `index`: its answer decoded as `Answer` to `answered` (with the
    // answer's object, parsed once for both), or the transport's or the decoder's error as the
    // site's result (done).
    template<class Answer>
    void ask(int index, const Request &request,
             std::function<void(const Answer &answer, const QJsonObject &object)> answered);
    void done(int index);

    Transport *m_transport;
    SurveyOptions m_options;
    QList<SiteSurveyResult> m_results;
    QList<QPointer<Reply>> m_inFlight;
    int m_outstanding = 0;
    int m_generation = 0;
};

} // namespace fairstart::client

Q_DECLARE_METATYPE(fairstart::client::SiteSurveyResult)
