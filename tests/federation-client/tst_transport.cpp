// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadport.h"
#include "testserver.h"

#include "fairstart/client/transport.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

using namespace fairstart::client;
using testsupport::TestServer;

class tst_Transport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void getWithToken();
    void postBody();
    void refusesWithoutPin_data();
    void refusesWithoutPin();
    void wrongPinIsHardFailure();
    void ruleRefusalIsTypedAndNotRetried();
    void httpErrorWithoutBody();
    void retriesOn503ThenSucceeds();
    void connectRefusedIsRetriedThenFails();
    void totalTimeout();
    void stallBelowSpeedLimit();
    void cancellation();
    void deletingReplyCancels();
    void manyParallelRequests();
    void eventLoopKeepsRunning();
    void connectionIsReused();
    void fanOutsKeepAConnectionPerSite();
    void manySitesGetTwoConnectionsEach();
    void progressIsReported();
    void oversizedAnswerIsStopped();
    void busyNodeIsAskedAgain();
    void quotaBeyondTheTimeoutIsNotAskedAgain();
    void sentPostIsNotRepeated();

private:
    Site site() const
    {
        return { QStringLiteral("alpha"), m_server->url(), m_server->pin(),
                 QStringLiteral("secret-token") };
    }
    static bool waitFor(Reply *reply, int ms = 10000)
    {
        if (reply->isFinished())
            return true;
        QSignalSpy spy(reply, &Reply::finished);
        return spy.wait(ms);
    }

    std::unique_ptr<TestServer> m_server;
    std::atomic<int> m_flakyCalls { 0 };
    std::atomic<int> m_healthCalls { 0 };
    std::atomic<int> m_busyCalls { 0 };
    std::atomic<int> m_slowPostCalls { 0 };
    std::atomic<bool> m_releaseHeld { false };
    std::mutex m_portsMutex;
    std::set<int> m_ports;
};

void tst_Transport::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    auto &s = m_server->server();
    s.Get("/v1/health", [this](const httplib::Request &, httplib::Response &res) {
        ++m_healthCalls;
        res.set_content(R"({"status":"ok"})", "application/json");
    });
    s.Get("/v1/whoami", [](const httplib::Request &req, httplib::Response &res) {
        res.set_content(req.get_header_value("Authorization"), "text/plain");
    });
    s.Post("/v1/echo", [](const httplib::Request &req, httplib::Response &res) {
        res.set_content(req.get_header_value("Content-Type") + "|" + req.body, "text/plain");
    });
    s.Get("/v1/refuse", [](const httplib::Request &, httplib::Response &res) {
        res.status = 403;
        res.set_content(R"({"error":{"code":"purpose-not-allowed","message":"The token does not )"
                        R"(carry the purpose 'audit'.","detail":"purpose","rule":true}})",
                        "application/json");
    });
    s.Get("/v1/plain-error", [](const httplib::Request &, httplib::Response &res) {
        res.status = 404;
        res.set_content("nothing here", "text/plain");
    });
    s.Get("/v1/flaky", [this](const httplib::Request &, httplib::Response &res) {
        if (++m_flakyCalls <= 2) {
            res.status = 503;
            res.set_content(
                R"({"error":{"code":"busy","message":"Busy.","detail":"","rule":false}})",
                "application/json");
            return;
        }
        res.set_content(R"({"ok":true})", "application/json");
    });
    s.Get("/v1/slow", [this](const httplib::Request &, httplib::Response &res) {
        m_server->hold(3000);
        res.set_content(R"({"late":true})", "application/json");
    });
    s.Get("/v1/held", [this](const httplib::Request &, httplib::Response &res) {
        // Answers only when the test lets it (or the server stops), within 120 s at most.
        for (int i = 0; i < 12000 && !m_releaseHeld && !m_server->released(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        res.set_content(R"({"late":true})", "application/json");
    });
    s.Get("/v1/stall", [this](const httplib::Request &, httplib::Response &res) {
        // Sends a header and a first chunk, then nothing: a node that hangs mid-answer.
        res.set_chunked_content_provider("application/json",
                                         [this](size_t offset, httplib::DataSink &sink) {
                                             if (offset == 0) {
                                                 sink.write("{\"a\":", 5);
                                                 return true;
                                             }
                                             m_server->hold(4000);
                                             sink.done();
                                             return true;
                                         });
    });
    s.Get("/v1/port", [this](const httplib::Request &req, httplib::Response &res) {
        std::lock_guard lock(m_portsMutex);
        m_ports.insert(req.remote_port);
        res.set_content(std::to_string(req.remote_port), "text/plain");
    });
    s.Get("/v1/big", [](const httplib::Request &req, httplib::Response &res) {
        const size_t n = req.has_param("n") ? std::stoul(req.get_param_value("n")) : 1 << 20;
        res.set_content(std::string(n, 'x'), "text/plain");
    });
    s.Post("/v1/busy", [this](const httplib::Request &, httplib::Response &res) {
        if (++m_busyCalls <= 5) {
            res.status = 429;
            res.set_header("Retry-After", "1");
            res.set_content(R"({"error":{"code":"node-job-memory","message":"The node's job )"
                            R"(memory is in use.","detail":"","rule":true}})",
                            "application/json");
            return;
        }
        res.set_content(R"({"ok":true})", "application/json");
    });
    s.Post("/v1/quota", [](const httplib::Request &, httplib::Response &res) {
        res.status = 429;
        res.set_header("Retry-After", "3600");
        res.set_content(R"({"error":{"code":"descriptives-quota","message":"Quota used.",)"
                        R"("detail":"","rule":true}})",
                        "application/json");
    });
    s.Post("/v1/slow-post", [this](const httplib::Request &, httplib::Response &res) {
        ++m_slowPostCalls;
        m_server->hold(2500);
        res.set_content(R"({"late":true})", "application/json");
    });
    m_server->start();
}

void tst_Transport::cleanupTestCase()
{
    m_server.reset();
}

void tst_Transport::getWithToken()
{
    Transport transport;
    Reply *reply = transport.send(site(), { "GET", QStringLiteral("/v1/whoami"), {}, {} });
    QVERIFY(waitFor(reply));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
    QCOMPARE(reply->httpStatus(), 200);
    QCOMPARE(reply->body(), QByteArray("Bearer secret-token"));
    QCOMPARE(reply->attempts(), 1);
}

void tst_Transport::postBody()
{
    Transport transport;
    const QByteArray body(R"({"x":[1,2,3]})");
    Reply *reply = transport.send(site(), { "POST", QStringLiteral("/v1/echo"), body, {} });
    QVERIFY(waitFor(reply));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
    QCOMPARE(reply->body(), QByteArray("application/json|") + body);
}

void tst_Transport::refusesWithoutPin_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    const QString url = m_server->url();
    QTest::newRow("no pin") << url << QString() << int(SiteError::Kind::Pin)
                            << QStringLiteral("no-pin");
    QTest::newRow("malformed pin") << url << QStringLiteral("sha256//abc")
                                   << int(SiteError::Kind::Pin) << QStringLiteral("bad-pin");
    QTest::newRow("plain http") << QStringLiteral("http://127.0.0.1:1") << m_server->pin()
                                << int(SiteError::Kind::Protocol) << QStringLiteral("bad-url");
    QTest::newRow("no url") << QString() << m_server->pin() << int(SiteError::Kind::Protocol)
                            << QStringLiteral("bad-url");
}

void tst_Transport::refusesWithoutPin()
{
    QFETCH(QString, url);
    QFETCH(QString, pin);
    QFETCH(int, kind);
    QFETCH(QString, code);
    const int before = m_healthCalls;
    Transport transport;
    Reply *reply = transport.send({ QStringLiteral("alpha"), url, pin, QStringLiteral("t") },
                                  { "GET", QStringLiteral("/v1/health"), {}, {} });
    QVERIFY(!reply->isFinished()); // errors arrive from the event loop, like every other answer
    QVERIFY(waitFor(reply));
    QVERIFY(!reply->ok());
    QCOMPARE(int(reply->error().kind), kind);
    QCOMPARE(reply->error().code, code);
    QVERIFY(reply->error().message.contains(QLatin1String("alpha")));
    QCOMPARE(int(m_healthCalls), before); // nothing was sent
}

void tst_Transport::wrongPinIsHardFailure()
{
    EVP_PKEY *other = testsupport::makeKey();
    const QString wrongPin = testsupport::pinOf(other);
    EVP_PKEY_free(other);
    QVERIFY(wrongPin != m_server->pin());

    const int before = m_healthCalls;
    Transport transport;
    Reply *reply
        = transport.send({ QStringLiteral("beta"), m_server->url(), wrongPin, QStringLiteral("t") },
                         { "GET", QStringLiteral("/v1/health"), {}, {} });
    QVERIFY(waitFor(reply));
    QVERIFY(!reply->ok());
    QCOMPARE(reply->error().kind, SiteError::Kind::Pin);
    QCOMPARE(reply->attempts(), 1); // never retried
    QCOMPARE(reply->error().toString(),
             QStringLiteral("The certificate of site beta does not match its pin: someone may be "
                            "intercepting the connection, or the node was re-initialised. Check "
                            "the pin with the site's administrator."));
    QCOMPARE(int(m_healthCalls), before); // no request reached the server
}

void tst_Transport::ruleRefusalIsTypedAndNotRetried()
{
    Transport transport;
    Reply *reply = transport.send(site(), { "GET", QStringLiteral("/v1/refuse"), {}, {} });
    QVERIFY(waitFor(reply));
    const SiteError &e = reply->error();
    QCOMPARE(e.kind, SiteError::Kind::Refused);
    QCOMPARE(e.httpStatus, 403);
    QCOMPARE(e.code, QStringLiteral("purpose-not-allowed"));
    QCOMPARE(e.message, QStringLiteral("The token does not carry the purpose 'audit'."));
    QCOMPARE(e.detail, QStringLiteral("purpose"));
    QCOMPARE(e.site, QStringLiteral("alpha"));
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(e.toString(),
             QStringLiteral("Site alpha refused the request (rule purpose-not-allowed): The token "
                            "does not carry the purpose 'audit'. [purpose]"));
}

void tst_Transport::httpErrorWithoutBody()
{
    Transport transport;
    Reply *reply = transport.send(site(), { "GET", QStringLiteral("/v1/plain-error"), {}, {} });
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, SiteError::Kind::Http);
    QCOMPARE(reply->error().httpStatus, 404);
    QCOMPARE(reply->error().code, QStringLiteral("http-404"));
    QCOMPARE(reply->attempts(), 1);
}

void tst_Transport::retriesOn503ThenSucceeds()
{
    m_flakyCalls = 0;
    Transport transport;
    TransportOptions options;
    options.retryBaseDelayMs = 20;
    Reply *reply = transport.send(site(), { "GET", QStringLiteral("/v1/flaky"), {}, options });
    QSignalSpy retrying(reply, &Reply::retrying);
    QVERIFY(waitFor(reply));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
    QCOMPARE(reply->attempts(), 3);
    QCOMPARE(retrying.count(), 2);
    QCOMPARE(retrying.at(0).at(0).toInt(), 2);
    QCOMPARE(retrying.at(0).at(1).toInt(), 20);
    QCOMPARE(retrying.at(1).at(1).toInt(), 40); // exponential backoff
    QCOMPARE(reply->body(), QByteArray(R"({"ok":true})"));
}

void tst_Transport::connectRefusedIsRetriedThenFails()
{
    // A port nobody listens on: a socket bound to it that never listens, held until the end
    // (closed at once, a parallel test's server could take the port before the client connects).
    const testsupport::DeadPort deadPort;
    QVERIFY(deadPort.port() > 0);
    const int port = deadPort.port();
    Transport transport;
    TransportOptions options;
    options.retryBaseDelayMs = 10;
    options.maxAttempts = 3;
    const Site dead { QStringLiteral("gamma"), QStringLiteral("https://127.0.0.1:%1").arg(port),
                      m_server->pin(), QStringLiteral("t") };
    Reply *reply = transport.send(dead, { "GET", QStringLiteral("/v1/health"), {}, options });
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, SiteError::Kind::Network);
    QCOMPARE(reply->attempts(), 3);
    QVERIFY(reply->error().message.contains(QLatin1String("gamma")));
}

void tst_Transport::totalTimeout()
{
    // The node holds the request until the test lets it go: the transport gives up after the
    // total time on its own, a timeout naming the site, within its first attempt (the total
    // covers retries). No wall-clock upper bound: a transport that waited for the node would not
    // finish at all before the node is let go.
    Transport transport;
    TransportOptions options;
    options.totalTimeoutMs = 400;
    m_releaseHeld = false;
    Reply *reply = transport.send(site(), { "GET", QStringLiteral("/v1/held"), {}, options });
    const bool finished = waitFor(reply, 60000);
    m_releaseHeld = true;
    QVERIFY2(finished, "no timeout within 60 s of a 400 ms total timeout");
    QVERIFY2(reply->error().kind == SiteError::Kind::Timeout,
             qPrintable(reply->error().toString()));
    QCOMPARE(reply->attempts(), 1);
    QVERIFY2(reply->elapsedMs() >= 400, qPrintable(QString::number(reply->elapsedMs())));
    QVERIFY(reply->error().message.contains(QLatin1String("alpha")));
}

void tst_Transport::stallBelowSpeedLimit()
{
    Transport transport;
    TransportOptions options;
    options.lowSpeedLimitBytes = 1000;
    options.lowSpeedTimeS = 1;
    options.maxAttempts = 1;
    Reply *reply = transport.send(site(), { "GET", QStringLiteral("/v1/stall"), {}, options });
    QVERIFY(waitFor(reply, 8000));
    QVERIFY2(reply->error().kind == SiteError::Kind::Timeout,
             qPrintable(reply->error().toString()));
    QCOMPARE(reply->attempts(), 1);
}

void tst_Transport::cancellation()
{
    Transport transport;
    Reply *reply = transport.send(site(), { "GET", QStringLiteral("/v1/slow"), {}, {} });
    QSignalSpy finished(reply, &Reply::finished);
    QTimer::singleShot(100, reply, &Reply::abort);
    QVERIFY(finished.wait(30000)); // at once; generous for a loaded machine
    QCOMPARE(reply->error().kind, SiteError::Kind::Cancelled);
    QCOMPARE(transport.activeCount(), 0);
    reply->abort(); // a second abort is harmless
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
}

void tst_Transport::deletingReplyCancels()
{
    Transport transport;
    Reply *reply = transport.send(site(), { "GET", QStringLiteral("/v1/slow"), {}, {} });
    QTest::qWait(50);
    delete reply;
    QCOMPARE(transport.activeCount(), 0);
    // The transport stays usable.
    Reply *next = transport.send(site(), { "GET", QStringLiteral("/v1/health"), {}, {} });
    QVERIFY(waitFor(next));
    QVERIFY(next->ok());
}

void tst_Transport::manyParallelRequests()
{
    Transport transport;
    std::vector<Reply *> replies;
    for (int i = 0; i < 60; ++i)
        replies.push_back(transport.send(site(), { "GET", QStringLiteral("/v1/health"), {}, {} }));
    QCOMPARE(transport.activeCount(), 60);
    QTRY_COMPARE_WITH_TIMEOUT(transport.activeCount(), 0, 20000);
    for (Reply *r : replies) {
        QVERIFY2(r->ok(), qPrintable(r->error().toString()));
        QCOMPARE(r->body(), QByteArray(R"({"status":"ok"})"));
    }
}

void tst_Transport::eventLoopKeepsRunning()
{
    Transport transport;
    TransportOptions options;
    // 2 s (under /v1/slow's 3 s): at 10 ms a tick that is 200 ticks; a loaded CI machine
    // delivered fewer than 20 in the 600 ms this waited before.
    options.totalTimeoutMs = 2000;
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();
    Reply *reply = transport.send(site(), { "GET", QStringLiteral("/v1/slow"), {}, options });
    QVERIFY(waitFor(reply));
    // A blocked loop would give 0 or 1.
    QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
}

void tst_Transport::connectionIsReused()
{
    {
        std::lock_guard lock(m_portsMutex);
        m_ports.clear();
    }
    Transport transport;
    for (int i = 0; i < 4; ++i) {
        Reply *reply = transport.send(site(), { "GET", QStringLiteral("/v1/port"), {}, {} });
        QVERIFY(waitFor(reply));
        QVERIFY(reply->ok());
    }
    std::lock_guard lock(m_portsMutex);
    QCOMPARE(m_ports.size(), size_t(1)); // one TCP connection for four sequential requests
}

void tst_Transport::fanOutsKeepAConnectionPerSite()
{
    // A federation's fan-out: one request to each of 16 sites at once, answered one after the
    // other, three times. libcurl's default cache (4 connections per easy handle still added)
    // shrank below 16 towards the end of each fan-out and closed kept-alive connections, so the
    // next fan-out opened new ones (a TLS handshake each, at the client and at the node).
    constexpr int kSites = 16;
    std::vector<std::unique_ptr<TestServer>> servers;
    std::mutex mutex;
    std::vector<std::set<int>> ports(kSites);
    for (int i = 0; i < kSites; ++i) {
        servers.push_back(std::make_unique<TestServer>());
        servers.back()->server().Get(
            "/v1/port", [i, &mutex, &ports](const httplib::Request &req, httplib::Response &res) {
                std::this_thread::sleep_for(std::chrono::milliseconds(15 * i)); // in turn
                std::lock_guard lock(mutex);
                ports[size_t(i)].insert(req.remote_port);
                res.set_content(std::to_string(req.remote_port), "text/plain");
            });
        servers.back()->start();
    }
    Transport transport;
    for (int round = 0; round < 3; ++round) {
        std::vector<Reply *> replies;
        for (int i = 0; i < kSites; ++i) {
            const Site site { QStringLiteral("site%1").arg(i), servers[size_t(i)]->url(),
                              servers[size_t(i)]->pin(), QStringLiteral("secret-token") };
            replies.push_back(transport.send(site, { "GET", QStringLiteral("/v1/port"), {}, {} }));
        }
        for (Reply *reply : replies) {
            QVERIFY(waitFor(reply));
            QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        }
    }
    std::lock_guard lock(mutex);
    for (int i = 0; i < kSites; ++i)
        QVERIFY2(ports[size_t(i)].size() == 1,
                 qPrintable(QStringLiteral("site %1 was reached over %2 connections")
                                .arg(i)
                                .arg(ports[size_t(i)].size())));
}

// Four requests at once to each site: a few sites get them over up to 4 connections each, 16
// sites (kManySites) over at most 2 each — every kept-alive connection holds a polling thread at
// the node (docs/performance.md, "Many sites, fifth pass").
void tst_Transport::manySitesGetTwoConnectionsEach()
{
    for (const int sites : { 2, 16 }) {
        std::vector<std::unique_ptr<TestServer>> servers;
        std::mutex mutex;
        std::vector<std::set<int>> ports(static_cast<size_t>(sites));
        for (int i = 0; i < sites; ++i) {
            servers.push_back(std::make_unique<TestServer>());
            servers.back()->server().Get(
                "/v1/port",
                [i, &mutex, &ports](const httplib::Request &req, httplib::Response &res) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(150)); // overlap
                    std::lock_guard lock(mutex);
                    ports[size_t(i)].insert(req.remote_port);
                    res.set_content(std::to_string(req.remote_port), "text/plain");
                });
            servers.back()->start();
        }
        Transport transport;
        std::vector<Reply *> replies;
        for (int i = 0; i < sites; ++i) {
            const Site site { QStringLiteral("site%1").arg(i), servers[size_t(i)]->url(),
                              servers[size_t(i)]->pin(), QStringLiteral("secret-token") };
            for (int k = 0; k < 4; ++k)
                replies.push_back(
                    transport.send(site, { "GET", QStringLiteral("/v1/port"), {}, {} }));
        }
        for (Reply *reply : replies) {
            QVERIFY(waitFor(reply));
            QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        }
        std::lock_guard lock(mutex);
        size_t most = 0;
        for (int i = 0; i < sites; ++i)
            most = std::max(most, ports[size_t(i)].size());
        if (sites == 2)
            QVERIFY2(most > 2, qPrintable(QStringLiteral("%1 connections at most").arg(most)));
        else
            QVERIFY2(most <= 2, qPrintable(QStringLiteral("%1 connections to one site").arg(most)));
    }
}

void tst_Transport::progressIsReported()
{
    Transport transport;
    Reply *reply = transport.send(site(), { "GET", QStringLiteral("/v1/big?n=2000000"), {}, {} });
    QSignalSpy progress(reply, &Reply::progress);
    QVERIFY(waitFor(reply));
    QVERIFY(reply->ok());
    QCOMPARE(reply->body().size(), 2000000);
    QVERIFY(progress.count() >= 1);
    QCOMPARE(progress.last().at(0).toLongLong(), 2000000);
}

void tst_Transport::oversizedAnswerIsStopped()
{
    Transport transport;
    TransportOptions options;
    options.maxResponseBytes = 1000;
    Reply *reply = transport.send(site(), { "GET", QStringLiteral("/v1/big?n=5000"), {}, options });
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, SiteError::Kind::Protocol);
    QCOMPARE(reply->attempts(), 1);
}

// 429: the node is busy and did nothing. Asked again with backoff (never longer than its
// Retry-After), beyond maxAttempts while the time allows, and announced by Transport::retrying.
void tst_Transport::busyNodeIsAskedAgain()
{
    m_busyCalls = 0;
    Transport transport;
    QSignalSpy announced(&transport, &Transport::retrying);
    TransportOptions options;
    options.retryBaseDelayMs = 20;
    Reply *reply
        = transport.send(site(), { "POST", QStringLiteral("/v1/busy"), QByteArray("{}"), options });
    QVERIFY(waitFor(reply));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
    QCOMPARE(reply->attempts(), 6);
    QCOMPARE(m_busyCalls.load(), 6);
    QCOMPARE(announced.count(), 5);
    QCOMPARE(announced.at(0).at(0).toString(), QStringLiteral("alpha"));
    QCOMPARE(announced.at(0).at(2).toInt(), 20);
    QCOMPARE(announced.at(4).at(2).toInt(), 320);
    const auto reason = announced.at(0).at(3).value<SiteError>();
    QCOMPARE(reason.code, QStringLiteral("node-job-memory"));
    QCOMPARE(reason.httpStatus, 429);
}

// A quota that renews after the request's time is up: the refusal stands at once.
void tst_Transport::quotaBeyondTheTimeoutIsNotAskedAgain()
{
    Transport transport;
    QSignalSpy announced(&transport, &Transport::retrying);
    Reply *reply
        = transport.send(site(), { "POST", QStringLiteral("/v1/quota"), QByteArray("{}"), {} });
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(announced.count(), 0);
    QCOMPARE(reply->error().kind, SiteError::Kind::Refused);
    QCOMPARE(reply->error().code, QStringLiteral("descriptives-quota"));
}

// A POST that went out on a kept-alive connection (no handshake in this transfer) and then
// timed out may have been acted on: it is not sent again (a study round sent twice ends the
// study at the node).
void tst_Transport::sentPostIsNotRepeated()
{
    m_slowPostCalls = 0;
    Transport transport;
    Reply *warm = transport.send(site(), { "GET", QStringLiteral("/v1/port"), {}, {} });
    QVERIFY(waitFor(warm));
    QVERIFY(warm->ok());
    TransportOptions options;
    options.lowSpeedLimitBytes = 1000;
    options.lowSpeedTimeS = 1;
    options.retryBaseDelayMs = 10;
    Reply *reply = transport.send(
        site(), { "POST", QStringLiteral("/v1/slow-post"), QByteArray("{}"), options });
    QVERIFY(waitFor(reply, 10000));
    QVERIFY2(reply->error().kind == SiteError::Kind::Timeout,
             qPrintable(reply->error().toString()));
    QCOMPARE(reply->attempts(), 1);
    QTest::qWait(3000); // a repeat would reach the server within this time
    QCOMPARE(m_slowPostCalls.load(), 1);
}

QTEST_GUILESS_MAIN(tst_Transport)
#include "tst_transport.moc"
