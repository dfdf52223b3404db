// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTPS server in-process, over real TLS on a loopback port: limits, refusals of malformed
// HTTP, slow clients and concurrency. The API itself is tested in tst_handlers.
#include "fairstart/node/keys.h"
#include "fairstart/node/policy.h"
#include "fairstart/node/server.h"
#include "fairstart/node/store.h"

#include <httplib.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace fairstart;

namespace {

// A raw TLS connection, for requests no well-behaved client would send.
class RawTls {
public:
    explicit RawTls(quint16 port, int maxVersion = 0)
    {
        m_ctx = SSL_CTX_new(TLS_client_method());
        SSL_CTX_set_verify(m_ctx, SSL_VERIFY_NONE, nullptr);
        if (maxVersion) {
            // Let the client offer old versions, so that only the server can refuse them.
            SSL_CTX_set_security_level(m_ctx, 0);
            SSL_CTX_set_min_proto_version(m_ctx, TLS1_VERSION);
            SSL_CTX_set_max_proto_version(m_ctx, maxVersion);
            SSL_CTX_set_cipher_list(m_ctx, "ALL:@SECLEVEL=0");
        }
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr = {};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
            return;
        m_ssl = SSL_new(m_ctx);
        SSL_set_fd(m_ssl, m_fd);
        m_connected = SSL_connect(m_ssl) == 1;
    }
    ~RawTls()
    {
        if (m_ssl)
            SSL_free(m_ssl);
        if (m_fd >= 0)
            ::close(m_fd);
        SSL_CTX_free(m_ctx);
    }
    bool connected() const { return m_connected; }
    bool closed() const { return m_closed; }
    bool write(const QByteArray &bytes)
    {
        return SSL_write(m_ssl, bytes.constData(), int(bytes.size())) == int(bytes.size());
    }
    // Everything until the server closes or `ms` pass.
    QByteArray readAll(int ms)
    {
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        char buffer[4096];
        while (timer.elapsed() < ms) {
            pollfd p { m_fd, POLLIN, 0 };
            if (SSL_pending(m_ssl) == 0 && ::poll(&p, 1, 100) <= 0)
                continue;
            const int n = SSL_read(m_ssl, buffer, sizeof buffer);
            if (n <= 0) {
                m_closed = true;
                break;
            }
            out.append(buffer, n);
        }
        return out;
    }

private:
    SSL_CTX *m_ctx = nullptr;
    SSL *m_ssl = nullptr;
    int m_fd = -1;
    bool m_connected = false;
    bool m_closed = false;
};

} // namespace

class tst_Server : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void healthAndInfoOverVerifiedTls();
    void tlsBelow12IsRefused();
    void plainHttpOnTheTlsPortIsRefused();
    void chunkedBodiesAreRefused();
    void oversizedBodiesAreRefused();
    void garbageIsRefused_data();
    void garbageIsRefused();
    void errorsAreJson();
    void slowClientsAreCutOff();
    void concurrentClients();
    void insecureDevServesPlainHttp();
    void tlsIsRequiredWithoutInsecureDev();

private:
    std::unique_ptr<httplib::SSLClient> client();
    void checkStillServing();

    QTemporaryDir m_dir;
    QByteArray m_certPem;
    QString m_token;
    std::unique_ptr<node::NodeServer> m_server;
    quint16 m_port = 0;
};

void tst_Server::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString passphrase = QStringLiteral("server test");
    auto store = node::SiteStore::create(m_dir.path(), passphrase, QStringLiteral("Server test"));
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    QVERIFY(node::Policy::writeDefaultFile(m_dir.path()));
    auto keys = node::NodeKeys::generate(m_dir.path(), QStringLiteral("Server test"), **store);
    QVERIFY2(keys, qPrintable(keys ? QString() : keys.error().message));
    auto token = (*store)->createToken(QStringLiteral("ann"), { QStringLiteral("research") }, 1);
    QVERIFY(token);
    m_token = token->token;
    QFile cert(keys->tlsCertPath);
    QVERIFY(cert.open(QIODevice::ReadOnly));
    m_certPem = cert.readAll();
    store->reset(); // the server opens the store itself, as `serve` does

    node::ServeOptions options;
    options.dataDir = m_dir.path();
    options.passphrase = passphrase;
    options.threads = 4;
    options.requestDeadlineSeconds = 5;
    QString error;
    m_server = node::NodeServer::open(options, &error);
    QVERIFY2(m_server, qPrintable(error));
    QVERIFY(m_server->isTls());
    QVERIFY2(m_server->startInBackground(&error), qPrintable(error));
    m_port = m_server->port();
    QVERIFY(m_port > 0);
}

void tst_Server::cleanupTestCase()
{
    if (m_server)
        m_server->stop();
}

std::unique_ptr<httplib::SSLClient> tst_Server::client()
{
    auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", m_port);
    // Trust exactly the node's self-signed certificate (what pinning it amounts to).
    BIO *bio = BIO_new_mem_buf(m_certPem.constData(), int(m_certPem.size()));
    X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    X509_STORE *store = X509_STORE_new();
    X509_STORE_add_cert(store, cert);
    X509_free(cert);
    c->set_ca_cert_store(store);
    c->enable_server_certificate_verification(true);
    c->set_connection_timeout(5, 0);
    c->set_read_timeout(10, 0);
    return c;
}

void tst_Server::checkStillServing()
{
    auto response = client()->Get("/v1/health");
    QVERIFY(response);
    QCOMPARE(response->status, 200);
}

void tst_Server::healthAndInfoOverVerifiedTls()
{
    auto c = client();
    auto health = c->Get("/v1/health");
    QVERIFY2(health, "TLS connection with the node's certificate failed");
    QCOMPARE(health->status, 200);
    QCOMPARE(health->get_header_value("Content-Type"), std::string("application/json"));
    QCOMPARE(health->get_header_value("Cache-Control"), std::string("no-store"));
    auto info = c->Get("/v1/info", { { "Authorization", "Bearer " + m_token.toStdString() } });
    QVERIFY(info);
    QCOMPARE(info->status, 200);
    const QJsonObject object
        = QJsonDocument::fromJson(QByteArray::fromStdString(info->body)).object();
    QCOMPARE(object.value(QStringLiteral("user")).toString(), QStringLiteral("ann"));
    auto unauthenticated = c->Get("/v1/info");
    QVERIFY(unauthenticated);
    QCOMPARE(unauthenticated->status, 401);
}

void tst_Server::tlsBelow12IsRefused()
{
    RawTls old(m_port, TLS1_1_VERSION);
    QVERIFY2(!old.connected(), "a TLS 1.1 handshake must fail");
    RawTls current(m_port, TLS1_2_VERSION);
    QVERIFY2(current.connected(), "TLS 1.2 is accepted");
    checkStillServing();
}

void tst_Server::plainHttpOnTheTlsPortIsRefused()
{
    httplib::Client plain("127.0.0.1", m_port);
    plain.set_read_timeout(5, 0);
    auto response = plain.Get("/v1/health");
    QVERIFY(!response || response->status != 200);
    checkStillServing();
}

void tst_Server::chunkedBodiesAreRefused()
{
    RawTls tls(m_port);
    QVERIFY(tls.connected());
    QVERIFY(tls.write("POST /v1/jobs HTTP/1.1\r\nHost: node\r\nAuthorization: Bearer "
                      + m_token.toUtf8()
                      + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                        "2\r\n{}\r\n0\r\n\r\n"));
    const QByteArray answer = tls.readAll(5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 411"), answer.constData());
    QVERIFY(answer.contains("length-required"));
    checkStillServing();
}

void tst_Server::oversizedBodiesAreRefused()
{
    RawTls tls(m_port);
    QVERIFY(tls.connected());
    // Announced beyond the limit: refused before the body is read.
    QVERIFY(tls.write("POST /v1/jobs HTTP/1.1\r\nHost: node\r\nContent-Type: application/json\r\n"
                      "Content-Length: 50000000\r\n\r\n{"));
    const QByteArray answer = tls.readAll(5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QVERIFY(answer.contains("payload-too-large"));

    // Through a normal client too.
    auto c = client();
    const std::string body(2 << 20, ' ');
    auto response = c->Post("/v1/jobs", { { "Authorization", "Bearer " + m_token.toStdString() } },
                            body, "application/json");
    QVERIFY(!response || response->status == 413);
    checkStillServing();
}

void tst_Server::garbageIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe\r\n\r\n", 9);
    QTest::newRow("no version") << QByteArray("GET /v1/health\r\n\r\n");
    QTest::newRow("bad method") << QByteArray("FOO /v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
    QTest::newRow("long uri") << ("GET /" + QByteArray(20000, 'a')
                                  + " HTTP/1.1\r\nHost: x\r\n\r\n");
    QTest::newRow("bad length") << QByteArray("POST /v1/jobs HTTP/1.1\r\nHost: x\r\n"
                                              "Content-Length: -5\r\n\r\n");
}

void tst_Server::garbageIsRefused()
{
    QFETCH(QByteArray, bytes);
    {
        RawTls tls(m_port);
        QVERIFY(tls.connected());
        tls.write(bytes);
        const QByteArray answer = tls.readAll(3000);
        // Either a 4xx status line or the connection closed: never a 2xx or a crash.
        QVERIFY2(answer.isEmpty() || answer.startsWith("HTTP/1.1 4"), answer.left(200).constData());
    }
    checkStillServing();
}

void tst_Server::errorsAreJson()
{
    auto c = client();
    auto response
        = c->Get("/v1/nothing/here", { { "Authorization", "Bearer " + m_token.toStdString() } });
    QVERIFY(response);
    QCOMPARE(response->status, 404);
    const QJsonObject error = QJsonDocument::fromJson(QByteArray::fromStdString(response->body))
                                  .object()
                                  .value(QStringLiteral("error"))
                                  .toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("not-found"));
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
}

void tst_Server::slowClientsAreCutOff()
{
    // One header byte every 300 ms would take 30 s; the node's deadline here is 5 s.
    RawTls tls(m_port);
    QVERIFY(tls.connected());
    const QByteArray request
        = "GET /v1/health HTTP/1.1\r\nHost: node\r\nX-Slow: " + QByteArray(100, 'a') + "\r\n\r\n";
    QElapsedTimer timer;
    timer.start();
    bool cutOff = false;
    for (char byte : request) {
        if (!tls.write(QByteArray(1, byte))) {
            cutOff = true;
            break;
        }
        const QByteArray answer = tls.readAll(300);
        if (tls.closed() || (!answer.isEmpty() && !answer.startsWith("HTTP/1.1 2"))) {
            cutOff = true;
            break;
        }
        if (timer.elapsed() > 20000)
            break;
    }
    QVERIFY2(cutOff, "a slow client must be disconnected before it completes its request");
    checkStillServing();
}

void tst_Server::concurrentClients()
{
    constexpr int kClients = 16;
    std::atomic<int> ok { 0 };
    std::vector<std::thread> threads;
    for (int i = 0; i < kClients; ++i) {
        threads.emplace_back([this, &ok] {
            auto c = client();
            auto response
                = c->Get("/v1/info", { { "Authorization", "Bearer " + m_token.toStdString() } });
            if (response && response->status == 200
                && response->body.find("\"user\":\"ann\"") != std::string::npos) {
                ++ok;
            } else {
                qWarning("client failed: %s %d", httplib::to_string(response.error()).c_str(),
                         response ? response->status : 0);
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(ok.load(), kClients);
}

void tst_Server::insecureDevServesPlainHttp()
{
    node::ServeOptions options;
    options.dataDir = m_dir.path();
    options.passphrase = QStringLiteral("server test");
    options.insecureDev = true;
    options.threads = 2;
    QString error;
    auto server = node::NodeServer::open(options, &error);
    QVERIFY2(server, qPrintable(error));
    QVERIFY(!server->isTls());
    QVERIFY2(server->startInBackground(&error), qPrintable(error));
    httplib::Client plain("127.0.0.1", server->port());
    auto response = plain.Get("/v1/health");
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    server->stop();
}

void tst_Server::tlsIsRequiredWithoutInsecureDev()
{
    QTemporaryDir dir;
    auto store = node::SiteStore::create(dir.path(), QStringLiteral("another passphrase"),
                                         QStringLiteral("Other node"));
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    std::shared_ptr<node::SiteStore> shared = std::move(store).value();
    node::ServeOptions options;
    QString error;
    auto server
        = node::NodeServer::openWithStore(shared, node::Policy(), {}, {}, {}, options, &error);
    QVERIFY(!server);
    QVERIFY(error.contains(QStringLiteral("insecure-dev")));
}

QTEST_GUILESS_MAIN(tst_Server)
#include "tst_server.moc"
