// SPDX-License-Identifier: GPL-3.0-or-later
// One recorder per run: writes that run's record in the workspace (its own run id), follows its
// sites, and always ends with a final state for every site (succeeded, refused, failed or
// cancelled, with the reason), whatever way the run ends.
#pragma once

#include "fairstart/client/federatedrun.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace fairstart::workspace {
class Workspace;
}

namespace fairstart::ui {

class RunRecorder : public QObject {
    Q_OBJECT

public:
    // Adds the run to the workspace (nothing is recorded without one: a demo session).
    RunRecorder(workspace::Workspace *workspace, qint64 designId, const QJsonObject &request,
                const QStringList &sites, QObject *parent = nullptr);

    qint64 runId() const { return m_runId; }
    QString problem() const { return m_problem; } // why the run could not be recorded

    void siteProgress(const QString &site, client::SiteState state, const QString &message);
    // Every site of the report gets its final state; the result is stored. False when the
    // workspace refused it.
    bool finished(const protocol::FitReport &report);
    // The site to blame gets refused/failed/cancelled; every other site not yet final is
    // cancelled with the reason. `kept`: a pooled fit that stays valid (only the evaluation
    // failed), stored as the run's result.
    bool failed(const client::RunError &error, const protocol::FitReport *kept = nullptr);

Q_SIGNALS:
    void recorded(); // a state or the result was written
    void writeFailed(const QString &notice); // the workspace refused a site's state

private:
    void write(const QString &site, int state, const QString &message);

    QPointer<workspace::Workspace> m_workspace;
    qint64 m_runId = 0;
    QString m_problem;
    QStringList m_sites;
    QHash<QString, int> m_states; // workspace::SiteRunState of each site, as last written
};

} // namespace fairstart::ui
