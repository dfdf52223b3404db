// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/client/sitesurvey.h"

#include "fairstart/client/federation.h"
#include "fairstart/client/nodeapi.h"
#include "fairstart/client/siteregistry.h"
#include "fairstart/client/studychecks.h"
#include "fairstart/client/transport.h"

#include "fairstart/protocol/requestflow.h"

#include <QEventLoop>

namespace fairstart::client {

const protocol::CatalogueDataset *SiteCatalogue::dataset(const QString &name) const
{
    for (const protocol::CatalogueDataset &d : catalogue.datasets) {
        if (name.isEmpty() || d.name == name)
            return &d;
    }
    return nullptr;
}

const protocol::CatalogueVariable *SiteCatalogue::variable(const QString &name) const
{
    const protocol::CatalogueDataset *ds = dataset();
    if (!ds)
        return nullptr;
    for (const protocol::CatalogueVariable &v : ds->variables) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

analysis::DisclosurePolicy SiteCatalogue::policy() const
{
    return info ? info->policy.disclosure : analysis::DisclosurePolicy {};
}

bool SiteSurveyResult::keysFirstSeen() const
{
    return site.signingKey.isEmpty() && site.keyAgreementKey.isEmpty() && answer.info
        && SiteRegistry::isValidKey(answer.info->keys.signingKey)
        && SiteRegistry::isValidKey(answer.info->keys.keyAgreementKey);
}

bool SiteSurveyResult::keysChanged() const
{
    return error
        && (error->code == QLatin1String("signing-key-changed")
            || error->code == QLatin1String("key-agreement-key-changed"));
}

Site SiteSurveyResult::presentedSite() const
{
    Site s = site;
    if (answer.info && SiteRegistry::isValidKey(answer.info->keys.signingKey)
        && SiteRegistry::isValidKey(answer.info->keys.keyAgreementKey)) {
        s.signingKey = answer.info->keys.signingKey;
        s.keyAgreementKey = answer.info->keys.keyAgreementKey;
    }
    return s;
}

SiteSurvey::SiteSurvey(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
}

SiteSurvey::~SiteSurvey()
{
    abort();
}

void SiteSurvey::start(const QList<Site> &sites, const SurveyOptions &options)
{
    abort();
    m_options = options;
    m_results.clear();
    for (const Site &s : sites) {
        SiteSurveyResult r;
        r.site = s;
        r.answer.site = s.name;
        r.phase = QStringLiteral("info");
        m_results << r;
    }
    m_outstanding = int(m_results.size());
    if (m_outstanding == 0) {
        const int generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation)
                    Q_EMIT finished(m_results);
            },
            Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < m_results.size(); ++i)
        askInfo(i);
}

void SiteSurvey::abort()
{
    ++m_generation;
    m_outstanding = 0;
    const QList<QPointer<Reply>> inFlight = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<Reply> &r : inFlight) {
        if (r)
            r->abort();
    }
}

void SiteSurvey::askInfo(int index)
{
    const int generation = m_generation;
    const QString &name = m_results.at(index).site.name;
    const auto known = m_options.knownInfos.constFind(name);
    if (known != m_options.knownInfos.constEnd()) {
        std::optional<protocol::Catalogue> catalogue;
        if (const auto c = m_options.knownCatalogues.constFind(name);
            c != m_options.knownCatalogues.constEnd())
            catalogue = *c;
        // Answered from the event loop, as a reply would be: a caller connects after start().
        QMetaObject::invokeMethod(
            this,
            [this, index, generation, info = *known, catalogue] {
                if (generation == m_generation)
                    infoAnswered(index, info, catalogue);
            },
            Qt::QueuedConnection);
        return;
    }
    // The catalogue with the info (issue 16, branch sites8): of the purpose, or without one of
    // the token's one purpose where it has exactly one, as the catalogue would be asked below.
    const bool withCatalogue = m_options.catalogue || m_options.infoCarriesCatalogue;
    ask<protocol::NodeInfo>(
        index,
        withCatalogue ? api::infoWithCatalogue(m_options.purpose, m_options.dataset)
                      : api::info(m_options.purpose),
        [this, index, withCatalogue](const protocol::NodeInfo &info, const QJsonObject &object) {
            std::optional<protocol::Catalogue> catalogue;
            if (withCatalogue) {
                // fromJson<NodeInfo> checked the catalogue already: it decodes. From the object
                // that was decoded, not the body parsed again (issue 16, branch perf17).
                if (auto carried = protocol::infoCatalogue(object); carried.ok())
                    catalogue = std::move(carried).value();
            }
            infoAnswered(index, info, catalogue);
        });
}

template<class Answer>
void SiteSurvey::ask(int index, const Request &request,
                     std::function<void(const Answer &answer, const QJsonObject &object)> answered)
{
    const int generation = m_generation;
    Reply *reply = m_transport->send(m_results.at(index).site, request);
    m_inFlight << reply;
    connect(reply, &Reply::finished, this, [this, reply, index, generation, answered] {
        m_inFlight.removeAll(reply);
        reply->deleteLater();
        if (generation != m_generation)
            return;
        SiteSurveyResult &r = m_results[index];
        r.milliseconds = reply->elapsedMs();
        if (!reply->ok()) {
            r.error = reply->error();
            return done(index);
        }
        // api::decode's steps, keeping the object for `answered`: the same errors.
        const protocol::Decoded<QJsonObject> object
            = protocol::parseObject(reply->body(), 64 << 20);
        if (!object.ok()) {
            r.error = api::protocolError(r.site.name, object.error().text());
            return done(index);
        }
        protocol::Decoded<Answer> answer = protocol::fromJson<Answer>(*object);
        if (!answer.ok()) {
            r.error = api::protocolError(r.site.name, answer.error().text());
            return done(index);
        }
        answered(*answer, *object);
    });
}

void SiteSurvey::infoAnswered(int index, const protocol::NodeInfo &info,
                              const std::optional<protocol::Catalogue> &catalogue)
{
    SiteSurveyResult &r = m_results[index];
    // Kept also when a check fails: a changed key is shown to the user next to the old one.
    r.answer.info = info;
    if (std::optional<SiteError> problem = checkNodeInfo(r.site, info, m_options.dataset)) {
        r.error = problem;
        return done(index);
    }
    if (std::optional<SiteError> problem = checkSiteKeys(r.site, info)) {
        r.error = problem;
        return done(index);
    }
    if (!m_options.catalogue) {
        if (catalogue) // for the caller to hand on (SurveyOptions::infoCarriesCatalogue)
            r.answer.catalogue = *catalogue;
        return done(index);
    }
    if (catalogue) {
        r.phase = QStringLiteral("catalogue");
        return catalogueAnswered(index, *catalogue);
    }
    askCatalogue(index);
}

void SiteSurvey::askCatalogue(int index)
{
    SiteSurveyResult &r = m_results[index];
    r.phase = QStringLiteral("catalogue");
    const QString purpose = !m_options.purpose.isEmpty() ? m_options.purpose
        : r.answer.info->purposes.isEmpty()              ? QString()
                                                         : r.answer.info->purposes.first();
    ask<protocol::Catalogue>(
        index, api::catalogue(purpose, m_options.dataset),
        [this, index](const protocol::Catalogue &catalogue, const QJsonObject &) {
            catalogueAnswered(index, catalogue);
        });
}

void SiteSurvey::catalogueAnswered(int index, const protocol::Catalogue &catalogue)
{
    SiteSurveyResult &r = m_results[index];
    if (!m_options.dataset.isEmpty() && !findDataset(catalogue, m_options.dataset))
        r.error = datasetMissing(r.site.name, m_options.dataset, catalogue);
    else
        r.answer.catalogue = catalogue;
    done(index);
}

void SiteSurvey::done(int index)
{
    const int generation = m_generation;
    Q_EMIT siteAnswered(m_results.at(index));
    // A slot connected to siteAnswered may have aborted or restarted the survey.
    if (generation != m_generation)
        return;
    if (--m_outstanding == 0)
        Q_EMIT finished(m_results);
}

QList<SiteSurveyResult> SiteSurvey::run(Transport &transport, const QList<Site> &sites,
                                        const SurveyOptions &options)
{
    SiteSurvey survey(&transport);
    QEventLoop loop;
    QList<SiteSurveyResult> results;
    connect(&survey, &SiteSurvey::finished, &loop, [&](const QList<SiteSurveyResult> &all) {
        results = all;
        loop.quit();
    });
    survey.start(sites, options);
    loop.exec();
    return results;
}

} // namespace fairstart::client
