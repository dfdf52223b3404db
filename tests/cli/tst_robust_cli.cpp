// SPDX-License-Identifier: GPL-3.0-or-later
// Rule 4 at fairstart-cli (branch `robust`, docs/node.md "Hostile input"): wrong arguments, a site
// that answers garbage, an HTML error page, nothing, a byte a second or 64 MB from its first
// answer on, and a site that does so (or dies) in the middle of a fit, behind a relay in front of
// a real node. Every run must end within a bound with a non-zero exit code and a short message
// naming the site, never a crash; and the nodes must serve an honest fit afterwards (nothing the
// failed fit left behind stops the next one).

#include "../app/clisupport.h"
#include "../federation-client/testserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <csignal>
#include <functional>
#include <thread>

using testsupport::cli;
using testsupport::NodeCluster;
using testsupport::Outcome;

namespace {

const char *kFormula = "dev_delay_2y ~ sex + gestational_age_weeks + parental_stress";

// How a misbehaving site answers, once it misbehaves.
enum class Mode {
    Garbage, // 200 with bytes that are not JSON
    WrongJson, // 200 with a JSON array
    HtmlError, // 502 with an HTML page, as a reverse proxy in front of a dead node
    Silent, // never answers
    Trickle, // 200, then one byte every 300 ms
    Huge, // 200 with 64 MB
    Dead, // its server stops: every later connection is refused
};

// An HTTPS site in the test process (its own key, pinned in the sites file) that forwards every
// request to a real node (when `nodePort` > 0) until `trigger` says a request is the one to
// misbehave on, and then answers that one and every later one as `mode` says. With no node it
// misbehaves from the first request.
class FailingSite {
public:
    using Trigger = std::function<bool(const httplib::Request &)>;

    FailingSite(Mode mode, int nodePort, Trigger trigger)
        : m_mode(mode)
        , m_nodePort(nodePort)
        , m_trigger(std::move(trigger))
    {
        auto handle = [this](const httplib::Request &req, httplib::Response &res) {
            if (!m_failing && (m_nodePort <= 0 || m_trigger(req)))
                m_failing = true;
            if (!m_failing) {
                forward(req, res);
                return;
            }
            ++m_misbehaved;
            misbehave(res);
        };
        m_server.server().Get(".*", handle);
        m_server.server().Post(".*", handle);
        m_server.server().Delete(".*", handle);
        m_server.server().set_read_timeout(30, 0);
        m_server.server().set_write_timeout(30, 0);
        m_server.start();
    }
    ~FailingSite()
    {
        m_stopping = true;
        if (m_stopper.joinable())
            m_stopper.join();
        m_server.stop();
    }

    QString url() const { return m_server.url(); }
    const QString &pin() const { return m_server.pin(); }
    int misbehaved() const { return m_misbehaved.load(); }

private:
    void forward(const httplib::Request &req, httplib::Response &res)
    {
        httplib::SSLClient node("127.0.0.1", m_nodePort);
        node.enable_server_certificate_verification(false);
        node.set_read_timeout(120, 0);
        httplib::Headers headers;
        if (req.has_header("Authorization"))
            headers.emplace("Authorization", req.get_header_value("Authorization"));
        const std::string type = req.get_header_value("Content-Type");
        httplib::Result answer = [&] {
            if (req.method == "GET")
                return node.Get(req.target, headers);
            if (req.method == "DELETE")
                return node.Delete(req.target, headers);
            return node.Post(req.target, headers, req.body,
                             type.empty() ? "application/json" : type);
        }();
        if (!answer) {
            res.status = 502;
            return;
        }
        res.status = answer->status;
        if (answer->has_header("Retry-After"))
            res.set_header("Retry-After", answer->get_header_value("Retry-After"));
        res.set_content(answer->body, answer->get_header_value("Content-Type"));
    }

    void misbehave(httplib::Response &res)
    {
        switch (m_mode) {
        case Mode::Garbage:
            res.status = 200;
            res.set_content(std::string("\x00\xff{\"not json", 12), "application/json");
            return;
        case Mode::WrongJson:
            res.status = 200;
            res.set_content("[1,2,3]", "application/json");
            return;
        case Mode::HtmlError:
            res.status = 502;
            res.set_content("<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html");
            return;
        case Mode::Silent:
            m_server.hold(60000);
            res.status = 500;
            return;
        case Mode::Trickle:
            res.status = 200;
            res.set_content_provider(
                1 << 20, "application/json",
                [this](std::size_t offset, std::size_t, httplib::DataSink &sink) {
                    m_server.hold(300);
                    if (m_server.released())
                        return false;
                    sink.write(offset == 0 ? "{" : " ", 1);
                    return true;
                });
            return;
        case Mode::Huge:
            res.status = 200;
            res.set_content(std::string(std::size_t(64) << 20, ' '), "application/json");
            return;
        case Mode::Dead:
            // This answer, then nothing: the server stops (later connections are refused).
            res.status = 503;
            res.set_header("Connection", "close");
            if (!m_stopper.joinable())
                m_stopper = std::thread([this] {
                    std::this_thread::sleep_for(std::chrono::milliseconds(50));
                    m_server.server().stop();
                });
            return;
        }
    }

    const Mode m_mode;
    const int m_nodePort;
    const Trigger m_trigger;
    testsupport::TestServer m_server;
    std::atomic<bool> m_failing { false };
    std::atomic<bool> m_stopping { false };
    std::atomic<int> m_misbehaved { 0 };
    std::thread m_stopper;
};

// Why `o` is not a clear failure within `boundMs`: a non-zero exit code that is not a crash, a
// short message on stderr that names `site`.
QString unclear(const Outcome &o, qint64 ms, qint64 boundMs, const QString &site)
{
    const QString seen = QStringLiteral(" (exit %1 after %2 ms; stderr: %3; stdout: %4)")
                             .arg(o.exitCode)
                             .arg(ms)
                             .arg(o.err.left(600), o.out.left(200));
    if (o.exitCode == -1)
        return QStringLiteral("did not end") + seen;
    if (o.exitCode == -2)
        return QStringLiteral("crashed") + seen;
    if (o.exitCode == 0)
        return QStringLiteral("succeeded") + seen;
    if (ms > boundMs)
        return QStringLiteral("took longer than %1 ms").arg(boundMs) + seen;
    if (o.err.trimmed().isEmpty() || o.err.count(QLatin1Char('\n')) > 4)
        return QStringLiteral("no short message") + seen;
    if (!site.isEmpty() && !o.err.contains(site))
        return QStringLiteral("the message does not name %1").arg(site) + seen;
    if (o.err.contains(QLatin1String("terminate called"))
        || o.err.contains(QLatin1String("Assert")))
        return QStringLiteral("an internal failure") + seen;
    return {};
}

} // namespace

class tst_RobustCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void wrongArgumentsAreClear_data();
    void wrongArgumentsAreClear();
    void misbehavingSiteIsClear_data();
    void misbehavingSiteIsClear();
    void siteFailingInTheMiddleOfAFit_data();
    void siteFailingInTheMiddleOfAFit();

private:
    QString sitesFile(const QString &name, const QString &json);
    // fit over the sites file, 4 s per request.
    static QStringList fitArgs(const QString &sites)
    {
        return {
            QStringLiteral("fit"),         QStringLiteral("--sites"),   sites,
            QStringLiteral("--dataset"),   QStringLiteral("cohort"),    QStringLiteral("--formula"),
            QString::fromLatin1(kFormula), QStringLiteral("--purpose"), QStringLiteral("research"),
            QStringLiteral("--timeout"),   QStringLiteral("4")
        };
    }

    QTemporaryDir m_dir;
    NodeCluster m_cluster;
    QString m_sites; // the three real nodes
};

void tst_RobustCli::initTestCase()
{
    std::signal(SIGPIPE, SIG_IGN);
    QVERIFY2(QFile::exists(testsupport::cliBinary()),
             "FAIRSTART_BIN_DIR must point to a build with fairstart-cli");
    QVERIFY2(m_cluster.available(), "FAIRSTART_BIN_DIR must point to a build with fairstart-node");
    QVERIFY2(m_cluster.start(3, 600), qPrintable(m_cluster.error));
    m_sites = m_cluster.writeSitesFile(m_cluster.sites());
}

QString tst_RobustCli::sitesFile(const QString &name, const QString &json)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(json.toUtf8());
    return path;
}

void tst_RobustCli::wrongArgumentsAreClear_data()
{
    QTest::addColumn<QStringList>("args");
    const QString sites = QStringLiteral("@sites@");
    auto fit = [&](const QStringList &more) {
        return QStringList {
            QStringLiteral("fit"),        QStringLiteral("--sites"), sites,
            QStringLiteral("--dataset"),  QStringLiteral("cohort"),  QStringLiteral("--formula"),
            QString::fromLatin1(kFormula)
        }
        + more;
    };
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList { QStringLiteral("fitt") };
    QTest::newRow("unknown option") << fit({ QStringLiteral("--bogus") });
    QTest::newRow("negative timeout") << fit({ QStringLiteral("--timeout"), QStringLiteral("-1") });
    QTest::newRow("timeout not a number")
        << fit({ QStringLiteral("--timeout"), QStringLiteral("abc") });
    QTest::newRow("timeout 1e999") << fit({ QStringLiteral("--timeout"), QStringLiteral("1e999") });
    QTest::newRow("timeout nan") << fit({ QStringLiteral("--timeout"), QStringLiteral("nan") });
    QTest::newRow("formula cut") << QStringList {
        QStringLiteral("fit"),       QStringLiteral("--sites"), sites,
        QStringLiteral("--dataset"), QStringLiteral("cohort"),  QStringLiteral("--formula"),
        QStringLiteral("y ~ (a + ")
    };
    QTest::newRow("formula of 20000 terms")
        << QStringList { QStringLiteral("fit"),
                         QStringLiteral("--sites"),
                         sites,
                         QStringLiteral("--dataset"),
                         QStringLiteral("cohort"),
                         QStringLiteral("--formula"),
                         QStringLiteral("y ~ ") + QStringLiteral("a + ").repeated(20000)
                             + QStringLiteral("a") };
    QTest::newRow("formula nested 30000 deep")
        << QStringList { QStringLiteral("fit"),
                         QStringLiteral("--sites"),
                         sites,
                         QStringLiteral("--dataset"),
                         QStringLiteral("cohort"),
                         QStringLiteral("--formula"),
                         QStringLiteral("y ~ ") + QString(30000, QLatin1Char('('))
                             + QStringLiteral("a") + QString(30000, QLatin1Char(')')) };
    QTest::newRow("unknown format") << fit({ QStringLiteral("--format"), QStringLiteral("xml") });
    QTest::newRow("sites is a folder")
        << QStringList { QStringLiteral("catalogue"), QStringLiteral("--sites"),
                         QStringLiteral("/tmp") };
    QTest::newRow("sites junk") << QStringList { QStringLiteral("catalogue"),
                                                 QStringLiteral("--sites"),
                                                 QStringLiteral("@junk@") };
    QTest::newRow("sites deep") << QStringList { QStringLiteral("catalogue"),
                                                 QStringLiteral("--sites"),
                                                 QStringLiteral("@deep@") };
    QTest::newRow("sites bad pin")
        << QStringList { QStringLiteral("catalogue"), QStringLiteral("--sites"),
                         QStringLiteral("@badpin@") };
    QTest::newRow("sites bad url")
        << QStringList { QStringLiteral("catalogue"), QStringLiteral("--sites"),
                         QStringLiteral("@badurl@") };
    QTest::newRow("out in a missing folder")
        << fit({ QStringLiteral("--out"), QStringLiteral("/nonexistent/folder/x.json") });
}

void tst_RobustCli::wrongArgumentsAreClear()
{
    QFETCH(QStringList, args);
    const QMap<QString, QString> files {
        { QStringLiteral("@sites@"), m_sites },
        { QStringLiteral("@junk@"),
          sitesFile(QStringLiteral("junk.json"), QString::fromLatin1("\x01{[\"sites\": ]")) },
        { QStringLiteral("@deep@"),
          sitesFile(QStringLiteral("deep.json"),
                    QStringLiteral("{\"sites\": ") + QString(100000, QLatin1Char('['))) },
        { QStringLiteral("@badpin@"),
          sitesFile(QStringLiteral("badpin.json"),
                    QStringLiteral("{\"sites\": [{\"name\": \"a\", \"url\": "
                                   "\"https://127.0.0.1:9\", \"pin\": \"md5//x\", \"token\": "
                                   "\"t\"}]}")) },
        { QStringLiteral("@badurl@"),
          sitesFile(QStringLiteral("badurl.json"),
                    QStringLiteral("{\"sites\": [{\"name\": \"a\", \"url\": "
                                   "\"ftp://127.0.0.1:9\", \"pin\": \"sha256//"
                                   "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\", \"token\": "
                                   "\"t\"}]}")) },
    };
    for (QString &arg : args)
        arg = files.value(arg, arg);
    QElapsedTimer clock;
    clock.start();
    const Outcome o = cli(args, 60000);
    const QString why = unclear(o, clock.elapsed(), 30000, QString());
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void tst_RobustCli::misbehavingSiteIsClear_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("command");
    for (const auto &[name, mode] :
         { std::pair { "garbage", Mode::Garbage }, std::pair { "wrong JSON", Mode::WrongJson },
           std::pair { "HTML 502", Mode::HtmlError }, std::pair { "silent", Mode::Silent },
           std::pair { "trickle", Mode::Trickle }, std::pair { "64 MB", Mode::Huge } }) {
        for (const char *command : { "catalogue", "fit" })
            QTest::newRow(qPrintable(
                QStringLiteral("%1 %2").arg(QLatin1String(name), QLatin1String(command))))
                << int(mode) << QString::fromLatin1(command);
    }
}

// A site that misbehaves from its first answer on, beside two real nodes.
void tst_RobustCli::misbehavingSiteIsClear()
{
    QFETCH(int, mode);
    QFETCH(QString, command);
    FailingSite fake(Mode(mode), 0, {});
    QList<fairstart::client::Site> sites = m_cluster.sites();
    sites[1] = fairstart::client::Site { QStringLiteral("fakesite"), fake.url(), fake.pin(),
                                         QStringLiteral("token") };
    const QString file = m_cluster.writeSitesFile(sites);
    const QStringList args = command == QLatin1String("fit")
        ? fitArgs(file)
        : QStringList { QStringLiteral("catalogue"), QStringLiteral("--sites"), file,
                        QStringLiteral("--timeout"), QStringLiteral("4") };
    QElapsedTimer clock;
    clock.start();
    const Outcome o = cli(args, 90000);
    const qint64 ms = clock.elapsed();
    qInfo("exit %d after %lld ms: %s", o.exitCode, ms, qPrintable(o.err.trimmed().left(400)));
    const QString why = unclear(o, ms, 40000, QStringLiteral("fakesite"));
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY(fake.misbehaved() > 0);
}

void tst_RobustCli::siteFailingInTheMiddleOfAFit_data()
{
    QTest::addColumn<int>("mode");
    for (const auto &[name, mode] :
         { std::pair { "garbage", Mode::Garbage }, std::pair { "wrong JSON", Mode::WrongJson },
           std::pair { "HTML 502", Mode::HtmlError }, std::pair { "silent", Mode::Silent },
           std::pair { "trickle", Mode::Trickle }, std::pair { "64 MB", Mode::Huge },
           std::pair { "dead", Mode::Dead } })
        QTest::newRow(name) << int(mode);
}

// site2 behind a relay that forwards its study until the first round (or batch) after the job
// was opened, then misbehaves: the fit ends clearly, and an honest fit afterwards succeeds.
void tst_RobustCli::siteFailingInTheMiddleOfAFit()
{
    QFETCH(int, mode);
    const QList<fairstart::client::Site> honest = m_cluster.sites();
    const QUrl site2(honest[1].url);
    std::atomic<int> posts { 0 };
    FailingSite relay(Mode(mode), site2.port(), [&posts](const httplib::Request &req) {
        if (req.method != "POST")
            return false;
        // The first POST opens the job (alone or in a batch); the next one is the middle.
        return ++posts >= 2;
    });
    QList<fairstart::client::Site> sites = honest;
    sites[1].url = relay.url();
    sites[1].pin = relay.pin();
    const QString file = m_cluster.writeSitesFile(sites);
    QElapsedTimer clock;
    clock.start();
    const Outcome o = cli(fitArgs(file), 120000);
    const qint64 ms = clock.elapsed();
    qInfo("exit %d after %lld ms (%d requests forwarded before): %s", o.exitCode, ms,
          int(posts.load()), qPrintable(o.err.trimmed().left(400)));
    const QString why = unclear(o, ms, 60000, QStringLiteral("site2"));
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY(relay.misbehaved() > 0);
    // Nothing left behind stops an honest fit.
    const Outcome after = cli(fitArgs(m_sites), 120000);
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
}

QTEST_GUILESS_MAIN(tst_RobustCli)
#include "tst_robust_cli.moc"
