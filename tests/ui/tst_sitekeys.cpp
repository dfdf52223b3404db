// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench pins each node's study keys as the CLI does (issue 14), against real
// fairstart-node processes: recorded in the workspace on first use, a node presenting other keys
// is refused with a message naming the site (no catalogue, no run), and a changed key is
// accepted only through the dialog that shows the old and new fingerprints and asks for the
// administrator's confirmation.
#include "../federation-client/nodecluster.h"

#include "fairstart/client/federatedrun.h"
#include "fairstart/client/nodeapi.h"
#include "fairstart/client/siteregistry.h"
#include "fairstart/client/transport.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/rundialog.h"
#include "fairstart/ui/sites/sitekeys.h"
#include "fairstart/ui/sites/sitesmodel.h"
#include "fairstart/workspace/workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fairstart;
using namespace fairstart::ui;
using testsupport::NodeCluster;

namespace {
const char *kFormula = "dev_delay_2y ~ sex + gestational_age_weeks + apgar_5min + parental_stress";

QString fakeKey(char byte)
{
    return QString::fromLatin1(QByteArray(32, byte).toBase64());
}
} // namespace

class tst_SiteKeys : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstUseRecordsKeysInWorkspace();
    void changedKeyRefusedAndNamed();
    void changedKeyRefusedByRun();
    void acceptingNeedsConfirmation();
    void demoSessionPinsToo();

private:
    // A new workspace window with the cluster's sites, their keys as given.
    bool openWindow(MainWindow &window, const QList<client::Site> &sites);
    const SiteStatus *waitChecked(MainWindow &window, const QString &site);
    // The node's keys, read from /v1/info directly (not through the code under test).
    client::Site nodeKeys(const client::Site &site);

    QTemporaryDir m_dir;
    int m_workspaces = 0;
    NodeCluster m_cluster;
};

void tst_SiteKeys::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!m_cluster.available())
        QFAIL("fairstart-node is not built (FAIRSTART_BIN_DIR/node/fairstart-node); nothing to "
              "run against");
    QVERIFY2(m_cluster.start(2, 1500), qPrintable(m_cluster.error));
}

client::Site tst_SiteKeys::nodeKeys(const client::Site &site)
{
    client::Transport transport;
    client::Reply *reply = transport.send(site, client::api::info());
    QEventLoop loop;
    connect(reply, &client::Reply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    client::Site keyed = site;
    client::SiteError error;
    const auto info = client::api::decode<protocol::NodeInfo>(site.name, reply->body(), &error);
    if (info) {
        keyed.signingKey = info->keys.signingKey;
        keyed.keyAgreementKey = info->keys.keyAgreementKey;
    }
    return keyed;
}

bool tst_SiteKeys::openWindow(MainWindow &window, const QList<client::Site> &sites)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    const QString path = m_dir.filePath(QStringLiteral("keys%1.fairstart").arg(++m_workspaces));
    if (!window.openWorkspace(path, QStringLiteral("correct horse battery"), true).isEmpty())
        return false;
    for (const client::Site &site : sites) {
        const QString problem = window.addSite(site);
        if (!problem.isEmpty()) {
            qWarning("%s", qPrintable(problem));
            return false;
        }
    }
    return window.loadFormula(QString::fromLatin1(kFormula)).isEmpty();
}

const SiteStatus *tst_SiteKeys::waitChecked(MainWindow &window, const QString &site)
{
    const auto checked = [&] {
        const SiteStatus *s = window.sitesModel()->status(site);
        return s && s->state != SiteStatus::Checking && s->state != SiteStatus::Unknown;
    };
    if (!QTest::qWaitFor(checked, 120000))
        return nullptr;
    return window.sitesModel()->status(site);
}

void tst_SiteKeys::firstUseRecordsKeysInWorkspace()
{
    MainWindow window;
    QVERIFY(openWindow(window, m_cluster.sites()));
    for (const client::Site &site : m_cluster.sites())
        QVERIFY(waitChecked(window, site.name));
    QTRY_COMPARE_WITH_TIMEOUT(window.sitesModel()->catalogues().size(), 2, 60000);
    for (const client::Site &site : m_cluster.sites()) {
        const client::Site expected = nodeKeys(site);
        QVERIFY(client::SiteRegistry::isValidKey(expected.signingKey));
        // Recorded in the workspace and in the panel.
        const auto stored = window.currentWorkspace()->site(site.name);
        QVERIFY(stored);
        QCOMPARE(stored->signingKey, expected.signingKey);
        QCOMPARE(stored->keyAgreementKey, expected.keyAgreementKey);
        QCOMPARE(window.sitesModel()->status(site.name)->site.signingKey, expected.signingKey);
        // The panel shows the signing key's fingerprint (shortened), the tooltip both in full.
        const int row = int(std::distance(
            window.sitesModel()->statuses().begin(),
            std::find_if(window.sitesModel()->statuses().begin(),
                         window.sitesModel()->statuses().end(),
                         [&](const SiteStatus &s) { return s.site.name == site.name; })));
        const QModelIndex keys = window.sitesModel()->index(row, SitesModel::KeysColumn);
        const QString fingerprint = client::SiteRegistry::fingerprint(expected.signingKey);
        QVERIFY(fingerprint.startsWith(QLatin1String("SHA256:")));
        QVERIFY2(fingerprint.startsWith(keys.data().toString().chopped(1)),
                 qPrintable(keys.data().toString()));
        const QString tip = keys.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(fingerprint), qPrintable(tip));
        QVERIFY(tip.contains(client::SiteRegistry::fingerprint(expected.keyAgreementKey)));
        QCOMPARE(window.sitesModel()->headerData(SitesModel::KeysColumn, Qt::Horizontal),
                 QVariant(QStringLiteral("Study keys")));
    }
    // A second check finds the same keys: still online, nothing changed.
    window.sitesModel()->refresh();
    const SiteStatus *again = waitChecked(window, m_cluster.sites().first().name);
    QVERIFY(again);
    QCOMPARE(again->state, SiteStatus::Online);
}

void tst_SiteKeys::changedKeyRefusedAndNamed()
{
    // A workspace that pinned other keys for the first site: its node now presents others.
    QList<client::Site> sites = m_cluster.sites();
    sites[0].signingKey = fakeKey('\x11');
    sites[0].keyAgreementKey = fakeKey('\x22');
    MainWindow window;
    QVERIFY(openWindow(window, sites));
    const SiteStatus *changed = waitChecked(window, sites[0].name);
    QVERIFY(changed);
    QCOMPARE(changed->state, SiteStatus::KeyChanged);
    QVERIFY2(changed->message.contains(sites[0].name), qPrintable(changed->message));
    QVERIFY(changed->message.contains(QLatin1String("administrator")));
    // Its catalogue is not used; the other site is.
    QVERIFY(waitChecked(window, sites[1].name));
    QTRY_COMPARE_WITH_TIMEOUT(window.sitesModel()->catalogues().size(), 1, 20000);
    QCOMPARE(window.sitesModel()->catalogues().first().site, sites[1].name);
    // The pinned keys stay as they were, in the workspace and the panel.
    QCOMPARE(window.currentWorkspace()->site(sites[0].name)->signingKey, fakeKey('\x11'));
    QCOMPARE(changed->site.signingKey, fakeKey('\x11'));
    QCOMPARE(changed->presented.signingKey, nodeKeys(sites[0]).signingKey);
    QVERIFY(window.sitesModel()
                ->index(0, SitesModel::KeysColumn)
                .data()
                .toString()
                .contains(QLatin1String("changed")));
}

void tst_SiteKeys::changedKeyRefusedByRun()
{
    QList<client::Site> sites = m_cluster.sites();
    sites[1].signingKey = fakeKey('\x33');
    sites[1].keyAgreementKey = fakeKey('\x44');
    MainWindow window;
    QVERIFY(openWindow(window, sites));
    QVERIFY(waitChecked(window, sites[1].name));
    QVERIFY(waitChecked(window, sites[0].name));
    // The run gets the pinned keys and refuses the site before anything else is sent.
    RunDialog *dialog = window.runOnSites();
    QVERIFY(dialog);
    QSignalSpy failed(dialog, &RunDialog::failed);
    dialog->start();
    QVERIFY(failed.wait(60000));
    const auto error = failed.first().first().value<client::RunError>();
    QCOMPARE(error.site, sites[1].name);
    QVERIFY(error.siteError);
    QCOMPARE(error.siteError->code, QStringLiteral("signing-key-changed"));
    QCOMPARE(window.currentWorkspace()->site(sites[1].name)->signingKey, fakeKey('\x33'));
    dialog->close();
}

void tst_SiteKeys::acceptingNeedsConfirmation()
{
    QList<client::Site> sites = m_cluster.sites();
    sites[0].signingKey = fakeKey('\x55');
    sites[0].keyAgreementKey = fakeKey('\x66');
    MainWindow window;
    QVERIFY(openWindow(window, sites));
    const SiteStatus *online = waitChecked(window, sites[1].name);
    QVERIFY(online);
    // Nothing to accept for a site whose keys did not change.
    QString problem;
    QVERIFY(!window.siteKeys()->acceptChangedKeys(sites[1].name, &problem));
    QVERIFY(problem.contains(sites[1].name));
    QCOMPARE(waitChecked(window, sites[0].name)->state, SiteStatus::KeyChanged);

    const client::Site node = nodeKeys(sites[0]);
    SiteKeysDialog *dialog = window.siteKeys()->acceptChangedKeys(sites[0].name, &problem);
    QVERIFY(dialog);
    // Old and new fingerprints, the site's name and the advice to confirm first.
    const QString text = dialog->text();
    QVERIFY(text.contains(sites[0].name));
    for (const QString &key :
         { fakeKey('\x55'), fakeKey('\x66'), node.signingKey, node.keyAgreementKey })
        QVERIFY2(text.contains(client::SiteRegistry::fingerprint(key)), qPrintable(key));
    QVERIFY(text.contains(QLatin1String("administrator")));
    QPushButton *accept = dialog->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!accept->isEnabled());
    // Enter (the default button) cancels; nothing changes.
    QVERIFY(!accept->isDefault());
    QTest::mouseClick(accept, Qt::LeftButton);
    QCOMPARE(window.currentWorkspace()->site(sites[0].name)->signingKey, fakeKey('\x55'));
    dialog->confirmation()->setChecked(true);
    QVERIFY(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    // Replaced by exactly the keys that were shown, then checked again: online.
    QTRY_COMPARE_WITH_TIMEOUT(window.currentWorkspace()->site(sites[0].name)->signingKey,
                              node.signingKey, 60000);
    QCOMPARE(window.currentWorkspace()->site(sites[0].name)->keyAgreementKey, node.keyAgreementKey);
    QTRY_COMPARE_WITH_TIMEOUT(window.sitesModel()->status(sites[0].name)->state, SiteStatus::Online,
                              60000);
    QTRY_COMPARE_WITH_TIMEOUT(window.sitesModel()->catalogues().size(), 2, 20000);
}

void tst_SiteKeys::demoSessionPinsToo()
{
    // Without a workspace the session pins in memory: a key seen once is held for the session.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemoFederation(m_cluster.writeSitesFile(m_cluster.sites())).isEmpty());
    const QString name = m_cluster.sites().first().name;
    QVERIFY(waitChecked(window, name));
    QTRY_COMPARE_WITH_TIMEOUT(window.sitesModel()->status(name)->site.signingKey,
                              nodeKeys(m_cluster.sites().first()).signingKey, 60000);
}

QTEST_MAIN(tst_SiteKeys)
#include "tst_sitekeys.moc"
