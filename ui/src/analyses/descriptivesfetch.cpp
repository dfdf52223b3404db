// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/analyses/descriptivesfetch.h"

#include "fairstart/client/nodeapi.h"
#include "fairstart/client/refusals.h"
#include "fairstart/client/transport.h"
#include "fairstart/ui/tr.h"

namespace fairstart::ui {

DescriptivesFetch::DescriptivesFetch(QObject *parent)
    : QObject(parent)
    , m_transport(new client::Transport(this))
{
}

void DescriptivesFetch::start(const QList<client::Site> &sites,
                              const protocol::DescriptivesRequest &request)
{
    m_answers.clear();
    m_problems.clear();
    m_pending = int(sites.size());
    if (sites.isEmpty()) {
        Q_EMIT finished(m_answers, m_problems);
        return;
    }
    for (const client::Site &site : sites) {
        client::Reply *reply = m_transport->send(site, client::api::descriptives(request));
        connect(reply, &client::Reply::finished, this, [this, reply, name = site.name] {
            reply->deleteLater();
            if (!reply->ok()) {
                const client::SiteError &e = reply->error();
                m_problems.insert(name, e.isRule() ? refusalText(e) : e.message);
            } else {
                client::SiteError error;
                auto decoded = client::api::decode<protocol::DescriptivesResponse>(
                    name, reply->body(), &error);
                if (decoded)
                    m_answers.insert(name, *decoded);
                else
                    m_problems.insert(name, error.message);
            }
            if (--m_pending == 0)
                Q_EMIT finished(m_answers, m_problems);
        });
    }
}

void DescriptivesFetch::cancel()
{
    m_transport->abortAll();
}

} // namespace fairstart::ui
