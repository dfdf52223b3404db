// SPDX-License-Identifier: GPL-3.0-or-later
// Asks every chosen site for the descriptives of a cohort (POST /v1/descriptives), on the event
// loop; the answers (and each site's refusal in words) arrive together in finished().
#pragma once

#include "fairstart/client/site.h"
#include "fairstart/protocol/messages.h"

#include <QMap>
#include <QObject>

namespace fairstart::client {
class Transport;
}

namespace fairstart::ui {

class DescriptivesFetch : public QObject {
    Q_OBJECT

public:
    explicit DescriptivesFetch(QObject *parent = nullptr);

    void start(const QList<client::Site> &sites, const protocol::DescriptivesRequest &request);
    void cancel();

Q_SIGNALS:
    // Every site answered or failed: the released descriptives per site and, per site that did
    // not answer, why.
    void finished(const QMap<QString, fairstart::protocol::DescriptivesResponse> &answers,
                  const QMap<QString, QString> &problems);

private:
    client::Transport *m_transport;
    QMap<QString, protocol::DescriptivesResponse> m_answers;
    QMap<QString, QString> m_problems;
    int m_pending = 0;
};

} // namespace fairstart::ui
