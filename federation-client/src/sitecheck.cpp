// SPDX-License-Identifier: GPL-3.0-or-later
// "Check at sites" (RunOptions::checkOnly): after the design is resolved exactly as for a run,
// the manifest the study would carry goes to every site as a dry run (POST /v1/checks), and every
// site's answer is collected: one refusal does not stop the others, since the point is to see
// every site's rules before anything is computed.
#include "fairstart/client/federatedrun.h"

#include "fairstart/client/nodeapi.h"
#include "fairstart/client/tr.h"

namespace fairstart::client {

void FederatedRun::checkAtSites(const protocol::StudyManifest &manifest,
                                const QList<std::pair<int, Site>> &sites)
{
    const QString phase = QStringLiteral("check");
    Q_EMIT phaseChanged(phase);
    const int generation = ++m_generation;
    const QString study = protocol::studyHash(manifest);
    auto checks = std::make_shared<QList<SiteCheck>>();
    auto outstanding = std::make_shared<int>(int(sites.size()));
    for (const auto &[index, site] : sites)
        checks->append(SiteCheck { site.name, false, std::nullopt, {} });
    auto done = [this, generation, checks, outstanding] {
        if (generation != m_generation || !m_running || --*outstanding > 0)
            return;
        m_running = false;
        ++m_generation;
        m_report.finished = QDateTime::currentDateTimeUtc();
        Q_EMIT phaseChanged(QStringLiteral("done"));
        Q_EMIT checked(*checks);
    };
    const protocol::SiteCheckRequest request { manifest };
    for (qsizetype k = 0; k < sites.size(); ++k) {
        const auto &[index, site] = sites.at(k);
        Reply *reply = m_transport->send(site, api::checkStudy(request));
        m_inFlight << reply;
        setState(index, SiteState::Working, phase);
        connect(reply, &Reply::finished, this,
                [this, reply, index, k, site, study, generation, checks, done] {
                    m_inFlight.removeAll(reply);
                    reply->deleteLater();
                    if (generation != m_generation || !m_running)
                        return;
                    SiteCheck &check = (*checks)[k];
                    if (!reply->ok()) {
                        check.problem = reply->error();
                    } else {
                        SiteError error;
                        const auto passed = api::decode<protocol::SiteCheckPassed>(
                            site.name, reply->body(), &error);
                        if (!passed) {
                            check.problem = error;
                        } else if (passed->study != study) {
                            check.problem
                                = api::protocolError(site.name,
                                                     Tr::tr("it checked another study (%1, not %2)")
                                                         .arg(passed->study, study));
                        } else {
                            check.passed = true;
                            check.rules = passed->checks;
                        }
                    }
                    if (check.passed)
                        setState(index, SiteState::Done,
                                 Tr::tr("passes every rule it checked in advance"));
                    else
                        setState(index, SiteState::Failed, check.problem->toString());
                    done();
                });
    }
    if (sites.isEmpty())
        QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
}

} // namespace fairstart::client
