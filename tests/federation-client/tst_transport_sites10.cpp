// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, branch sites10: a transport's requests share their TLS sessions, so that a second
// connection to a site resumes the session of the first instead of a full handshake (the node's
// certificate parsed and its signature checked again), and the pin is checked all the same.
#include "fairstart/client/transport.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTest>

#include <openssl/ssl.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace fairstart::client;

class tst_TransportSites10 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void secondConnectionResumesTheSession();
    void resumedSiteWithAnotherPinIsRefused();
    void everySiteOfManyResumes();

private:
    static bool waitFor(Reply *reply, int ms = 20000)
    {
        if (reply->isFinished())
            return true;
        QSignalSpy spy(reply, &Reply::finished);
        return spy.wait(ms);
    }
    Site site(const QString &pin) const
    {
        return { QStringLiteral("alpha"), m_server->url(), pin, QStringLiteral("secret-token") };
    }

    std::unique_ptr<testsupport::TestServer> m_server;
    std::atomic<int> m_calls { 0 };
};

void tst_TransportSites10::initTestCase()
{
    m_server = std::make_unique<testsupport::TestServer>();
    m_server->server().Get("/v1/slow", [this](const httplib::Request &, httplib::Response &res) {
        ++m_calls;
        m_server->hold(300); // the requests overlap: a second connection is opened
        res.set_content(R"({"ok":true})", "application/json");
    });
    m_server->start();
}

void tst_TransportSites10::cleanupTestCase()
{
    m_server.reset();
}

void tst_TransportSites10::secondConnectionResumesTheSession()
{
    SSL_CTX *ctx = m_server->server().ssl_context();
    QVERIFY(ctx);
    const long fullBefore = SSL_CTX_sess_accept_good(ctx);
    const long resumedBefore = SSL_CTX_sess_hits(ctx);
    Transport transport;
    // One request first: its connection's handshake gives the session (a TLS 1.3 ticket, read
    // with the answer).
    Reply *first
        = transport.send(site(m_server->pin()), { "GET", QStringLiteral("/v1/slow"), {}, {} });
    QVERIFY(waitFor(first));
    QVERIFY2(first->ok(), qPrintable(first->error().toString()));
    // Then three at once: one takes the kept-alive connection, the others open new ones.
    QList<Reply *> more;
    for (int i = 0; i < 3; ++i)
        more << transport.send(site(m_server->pin()),
                               { "GET", QStringLiteral("/v1/slow"), {}, {} });
    for (Reply *reply : more) {
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
    }
    const long handshakes = SSL_CTX_sess_accept_good(ctx) - fullBefore;
    const long resumed = SSL_CTX_sess_hits(ctx) - resumedBefore;
    QVERIFY2(handshakes >= 2, qPrintable(QStringLiteral("%1 handshakes").arg(handshakes)));
    // A connection after the first resumed its session (two opened at the same instant may
    // both be offered it; the server need not take both).
    QVERIFY2(
        resumed >= 1,
        qPrintable(QStringLiteral("%1 of %2 handshakes resumed").arg(resumed).arg(handshakes)));
}

void tst_TransportSites10::resumedSiteWithAnotherPinIsRefused()
{
    // A transport that holds a session of the site: a request under another pin is still
    // refused before anything is sent, whether libcurl offers the session or not.
    Transport transport;
    Reply *first
        = transport.send(site(m_server->pin()), { "GET", QStringLiteral("/v1/slow"), {}, {} });
    QVERIFY(waitFor(first));
    QVERIFY2(first->ok(), qPrintable(first->error().toString()));
    EVP_PKEY *other = testsupport::makeKey();
    const QString wrongPin = testsupport::pinOf(other);
    EVP_PKEY_free(other);
    QVERIFY(wrongPin != m_server->pin());
    const int before = m_calls;
    // Two at once under the wrong pin, beside one under the right pin that holds the kept-alive
    // connection: each wrong one needs a connection of its own.
    Reply *held
        = transport.send(site(m_server->pin()), { "GET", QStringLiteral("/v1/slow"), {}, {} });
    QList<Reply *> wrong;
    for (int i = 0; i < 2; ++i)
        wrong << transport.send(site(wrongPin), { "GET", QStringLiteral("/v1/slow"), {}, {} });
    for (Reply *reply : wrong) {
        QVERIFY(waitFor(reply));
        QVERIFY(!reply->ok());
        QCOMPARE(reply->error().kind, SiteError::Kind::Pin);
    }
    QVERIFY(waitFor(held));
    QVERIFY2(held->ok(), qPrintable(held->error().toString()));
    QCOMPARE(int(m_calls), before + 1); // only the request under the right pin reached the server
}

void tst_TransportSites10::everySiteOfManyResumes()
{
    // More sites than the 8 sessions one libcurl share keeps: each site's session is kept.
    constexpr int kSites = 12;
    std::vector<std::unique_ptr<testsupport::TestServer>> servers;
    for (int i = 0; i < kSites; ++i) {
        servers.push_back(std::make_unique<testsupport::TestServer>());
        testsupport::TestServer *server = servers.back().get();
        server->server().Get("/v1/slow",
                             [server](const httplib::Request &, httplib::Response &res) {
                                 server->hold(300);
                                 res.set_content(R"({"ok":true})", "application/json");
                             });
        server->start();
    }
    auto siteOf = [&servers](int i) {
        return Site { QStringLiteral("site%1").arg(i), servers[size_t(i)]->url(),
                      servers[size_t(i)]->pin(), QStringLiteral("secret-token") };
    };
    Transport transport;
    // A request to every site (each one connection and session), then two at once to every
    // site: the second connection to each resumes that site's session.
    for (int round = 1; round <= 2; ++round) {
        QList<Reply *> replies;
        for (int i = 0; i < kSites; ++i)
            for (int k = 0; k < round; ++k)
                replies << transport.send(siteOf(i), { "GET", QStringLiteral("/v1/slow"), {}, {} });
        for (Reply *reply : replies) {
            QVERIFY(waitFor(reply));
            QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        }
    }
    for (int i = 0; i < kSites; ++i) {
        SSL_CTX *ctx = servers[size_t(i)]->server().ssl_context();
        const long handshakes = SSL_CTX_sess_accept_good(ctx);
        const long resumed = SSL_CTX_sess_hits(ctx);
        QVERIFY2(handshakes >= 2 && resumed >= 1,
                 qPrintable(QStringLiteral("site %1: %2 of %3 handshakes resumed")
                                .arg(i)
                                .arg(resumed)
                                .arg(handshakes)));
    }
}

QTEST_MAIN(tst_TransportSites10)
#include "tst_transport_sites10.moc"
