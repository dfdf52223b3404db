// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTPS server in-process, over real TLS on a loopback port: limits, refusals of malformed
// HTTP, slow clients and concurrency; every answer audited, refusals before routing and
// exceptions included. The API itself is tested in tst_handlers.
#include "fairstart/node/demodata.h"
#include "fairstart/node/import.h"
#include "fairstart/node/keys.h"
#include "fairstart/node/policy.h"
#include "fairstart/node/server.h"
#include "fairstart/node/store.h"

#include "faultystore.h"

#include <httplib.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace fairstart;
using testsupport::FaultyStore;

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

    // One HTTP answer: until its body is complete (by Content-Length), the server closes or `ms`
    // pass.
    QByteArray readAnswer(int ms)
    {
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        char buffer[4096];
        while (timer.elapsed() < ms) {
            const qsizetype end = out.indexOf("\r\n\r\n");
            if (end >= 0) {
                const qsizetype at = out.indexOf("Content-Length: ");
                if (at >= 0 && at < end) {
                    const qsizetype eol = out.indexOf("\r\n", at);
                    const qsizetype length = out.mid(at + 16, eol - at - 16).toLongLong();
                    if (out.size() >= end + 4 + length)
                        break;
                }
            }
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

QJsonObject errorOf(const std::string &body)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(body))
        .object()
        .value(QStringLiteral("error"))
        .toObject();
}

// The context switches of every thread of this process but the calling one (the in-process
// node's accepting thread, workers and watchdog): how often they woke.
long long otherThreadsSwitches()
{
    long long total = 0;
    const QString self = QString::number(long(::gettid()));
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (tid == self)
            continue;
        QFile status(tasks.filePath(tid + QStringLiteral("/status")));
        if (!status.open(QIODevice::ReadOnly))
            continue; // a thread that ended meanwhile
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("voluntary_ctxt_switches:")
                || line.startsWith("nonvoluntary_ctxt_switches:"))
                total += line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
        }
    }
    return total;
}

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
    void refusalsBeforeRoutingAreAudited_data();
    void refusalsBeforeRoutingAreAudited();
    void exceptionIsAnsweredAndAudited();
    void exceptionReadingAheadDoesNotEndTheNode();
    void unwritableAuditIsSaid();
    void idleKeptAliveConnectionsDoNotWakeTheNode();
    // Branch review11: a failed read of a dataset's held records, facts or frozen steps fails
    // the load (503), never taken as "none".
    void unreadableDatasetStateFailsTheLoad();

private:
    std::unique_ptr<httplib::SSLClient> client();
    void checkStillServing();
    // A FaultyStore created in `dir` (its faults off) and a research token of ann's in `token`;
    // null when the store could not be created.
    static std::shared_ptr<FaultyStore> faultyStore(const QTemporaryDir &dir,
                                                    node::CreatedToken *token);
    // A node over `store` (the default policy, 2 threads) serving in the background, or null and
    // `error`.
    std::unique_ptr<node::NodeServer> serveFaulty(const std::shared_ptr<FaultyStore> &store,
                                                  QString *error) const;

    QTemporaryDir m_dir;
    QByteArray m_certPem;
    QByteArray m_keyPem;
    std::unique_ptr<node::SiteStore> m_auditReader;
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
    QFile key(keys->tlsKeyPath);
    QVERIFY(key.open(QIODevice::ReadOnly));
    m_keyPem = key.readAll();
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
    const QByteArray answer = tls.readAnswer(60000);
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
    const QByteArray answer = tls.readAnswer(60000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QVERIFY(answer.contains("payload-too-large"));

    // Through a normal client too, which writes the whole body before it reads: a body up to
    // four times the limit is read and discarded before the 413, so the client reads the
    // refusal instead of a connection reset (before: no answer in about one run in five).
    const std::string body(2 << 20, ' ');
    for (int i = 0; i < 10; ++i) {
        auto c = client();
        auto response
            = c->Post("/v1/jobs", { { "Authorization", "Bearer " + m_token.toStdString() } }, body,
                      "application/json");
        QVERIFY2(response, "no answer: the connection was reset before the 413");
        QCOMPARE(response->status, 413);
        QVERIFY(response->body.find("payload-too-large") != std::string::npos);
    }
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

// Refusals by the pre-routing handler and by httplib itself never reach the API, and each still
// leaves an entry with its code and outcome (and whose token it was, when it came with one).
void tst_Server::refusalsBeforeRoutingAreAudited_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("rule"); // a failed check the entry names, or empty
    const QByteArray token = "Authorization: Bearer TOKEN\r\n";
    QTest::newRow("chunked body") << QByteArray(
        "POST /v1/jobs HTTP/1.1\r\nHost: node\r\n" + token
        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
          "2\r\n{}\r\n0\r\n\r\n") << 411
                                  << QStringLiteral("length-required") << QStringLiteral("ann")
                                  << QString();
    QTest::newRow("body beyond the limit")
        << QByteArray("POST /v1/jobs HTTP/1.1\r\nHost: node\r\n" + token
                      + "Content-Type: application/json\r\nContent-Length: 50000000\r\n\r\n{")
        << 413 << QStringLiteral("payload-too-large") << QStringLiteral("ann")
        << QStringLiteral("max-body-bytes");
    QTest::newRow("anonymous body beyond the limit")
        << QByteArray("POST /v1/jobs HTTP/1.1\r\nHost: node\r\nContent-Length: 50000000\r\n\r\n")
        << 413 << QStringLiteral("payload-too-large") << QStringLiteral("-")
        << QStringLiteral("max-body-bytes");
    QTest::newRow("URI too long") << ("GET /v1/" + QByteArray(20000, 'a')
                                      + " HTTP/1.1\r\nHost: node\r\n\r\n")
                                  << 414 << QStringLiteral("uri-too-long") << QStringLiteral("-")
                                  << QString();
    QTest::newRow("unknown method")
        << QByteArray("FOO /v1/info HTTP/1.1\r\nHost: node\r\n" + token + "\r\n") << 400
        << QStringLiteral("malformed-request") << QStringLiteral("-") << QString();
    QTest::newRow("header too long")
        << ("GET /v1/info HTTP/1.1\r\nHost: node\r\nX-Long: " + QByteArray(9000, 'a') + "\r\n\r\n")
        << 400 << QStringLiteral("malformed-request") << QStringLiteral("-") << QString();
    QTest::newRow("bad range") << QByteArray(
        "GET /v1/info HTTP/1.1\r\nHost: node\r\nRange: bytes=z-a\r\n" + token + "\r\n")
                               << 416 << QStringLiteral("range-not-satisfiable")
                               << QStringLiteral("ann") << QString();
    QTest::newRow("POST to health")
        << QByteArray("POST /v1/health HTTP/1.1\r\nHost: node\r\nContent-Length: 0\r\n\r\n") << 405
        << QStringLiteral("method-not-allowed") << QStringLiteral("-") << QString();
}

void tst_Server::refusalsBeforeRoutingAreAudited()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, user);
    QFETCH(QString, rule);
    bytes.replace("TOKEN", m_token.toUtf8());
    // A second connection to the server's store (opened once: a key derivation takes a second).
    if (!m_auditReader) {
        auto opened = node::SiteStore::open(m_dir.path(), QStringLiteral("server test"));
        QVERIFY(opened);
        m_auditReader = std::move(opened).value();
    }
    node::SiteStore *store = m_auditReader.get();
    const qint64 before = store->auditCount().value();
    {
        RawTls tls(m_port);
        QVERIFY(tls.connected());
        QVERIFY(tls.write(bytes));
        const QByteArray answer = tls.readAnswer(60000);
        QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status))),
                 answer.left(300).constData());
        QVERIFY2(answer.contains(QByteArray("\"code\":\"" + code.toUtf8() + '"')),
                 answer.constData());
    }
    // The entry is written before the answer leaves.
    // A request line or header httplib cannot parse leaves the rest of the bytes on the
    // connection, where they are read (and audited) as further malformed requests.
    const auto entries = store->auditEntries(before + 1, 10).value();
    QVERIFY(!entries.empty());
    for (std::size_t i = 1; i < entries.size(); ++i)
        QCOMPARE(entries[i].entry.value(QStringLiteral("code")).toString(),
                 QStringLiteral("malformed-request"));
    const QJsonObject entry = entries.front().entry;
    QCOMPARE(entry.value(QStringLiteral("event")).toString(), QStringLiteral("request"));
    QCOMPARE(entry.value(QStringLiteral("status")).toInt(), status);
    QCOMPARE(entry.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(entry.value(QStringLiteral("outcome")).toString(),
             status == 413 ? QStringLiteral("refused") : QStringLiteral("error"));
    QCOMPARE(entry.value(QStringLiteral("user")).toString(), user);
    QVERIFY(
        entry.value(QStringLiteral("requestHash")).toString().startsWith(QLatin1String("sha256:")));
    QVERIFY(!entry.contains(QStringLiteral("releasedHash")));
    if (user != QLatin1String("-"))
        QCOMPARE(entry.value(QStringLiteral("tokenId")).toString(),
                 m_token.section(QLatin1Char('_'), 1, 1));
    if (!rule.isEmpty()) {
        const QJsonObject check
            = entry.value(QStringLiteral("checks")).toArray().first().toObject();
        QCOMPARE(check.value(QStringLiteral("rule")).toString(), rule);
        QCOMPARE(check.value(QStringLiteral("passed")).toBool(true), false);
    }
    const auto verified = store->verifyAudit();
    QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message));
    QVERIFY2(verified->ok,
             qPrintable(
                 QStringLiteral("entry %1: %2").arg(verified->firstBadSeq).arg(verified->problem)));
    checkStillServing();
}

std::shared_ptr<FaultyStore> tst_Server::faultyStore(const QTemporaryDir &dir,
                                                     node::CreatedToken *token)
{
    auto created = node::SiteStore::create(dir.path(), QStringLiteral("faulty passphrase"),
                                           QStringLiteral("Faulty"));
    if (!created)
        return nullptr;
    auto made = (*created)->createToken(QStringLiteral("ann"), { QStringLiteral("research") }, 1);
    if (!made)
        return nullptr;
    *token = std::move(made).value();
    return std::make_shared<FaultyStore>(std::move(created).value());
}

std::unique_ptr<node::NodeServer> tst_Server::serveFaulty(const std::shared_ptr<FaultyStore> &store,
                                                          QString *error) const
{
    node::ServeOptions options;
    options.threads = 2;
    auto server = node::NodeServer::openWithStore(store, node::Policy(), {}, m_certPem, m_keyPem,
                                                  options, error);
    if (server && !server->startInBackground(error))
        server.reset();
    return server;
}

// An exception in a handler answers a plain 500 node-failure, without its text (which could
// describe data), and is audited with the request and the token's user.
void tst_Server::exceptionIsAnsweredAndAudited()
{
    QTemporaryDir dir;
    node::CreatedToken token;
    const auto faulty = faultyStore(dir, &token);
    QVERIFY(faulty);
    QString error;
    const auto server = serveFaulty(faulty, &error);
    QVERIFY2(server, qPrintable(error));
    httplib::SSLClient c("127.0.0.1", server->port());
    c.enable_server_certificate_verification(false);
    const httplib::Headers auth { { "Authorization", "Bearer " + token.token.toStdString() } };

    faulty->throwOnDatasets = true;
    const qint64 before = faulty->auditCount().value();
    auto failed = c.Get("/v1/info?purpose=research", auth);
    QVERIFY(failed);
    QCOMPARE(failed->status, 500);
    const QJsonObject answer = errorOf(failed->body);
    QCOMPARE(answer.value(QStringLiteral("code")).toString(), QStringLiteral("node-failure"));
    QVERIFY2(
        answer.value(QStringLiteral("message")).toString().contains(QLatin1String("Try again")),
        failed->body.c_str());
    QVERIFY2(failed->body.find("4951") == std::string::npos, failed->body.c_str());
    QVERIFY(failed->get_header_value("EXCEPTION_WHAT").empty());

    const auto entries = faulty->auditEntries(before + 1, 10).value();
    QCOMPARE(entries.size(), std::size_t(1));
    const QJsonObject entry = entries.front().entry;
    QCOMPARE(entry.value(QStringLiteral("status")).toInt(), 500);
    QCOMPARE(entry.value(QStringLiteral("code")).toString(), QStringLiteral("node-failure"));
    QCOMPARE(entry.value(QStringLiteral("outcome")).toString(), QStringLiteral("error"));
    QCOMPARE(entry.value(QStringLiteral("user")).toString(), QStringLiteral("ann"));
    QCOMPARE(entry.value(QStringLiteral("tokenId")).toString(), token.info.id);
    QCOMPARE(entry.value(QStringLiteral("path")).toString(), QStringLiteral("/v1/info"));
    QCOMPARE(entry.value(QStringLiteral("request"))
                 .toObject()
                 .value(QStringLiteral("query"))
                 .toObject()
                 .value(QStringLiteral("purpose"))
                 .toString(),
             QStringLiteral("research"));
    QVERIFY(!QJsonDocument(entry).toJson().contains("4951"));
    QVERIFY(faulty->verifyAudit()->ok);

    // The node goes on serving, and answers normally once the fault is gone.
    faulty->throwOnDatasets = false;
    auto info = c.Get("/v1/info", auth);
    QVERIFY(info);
    QCOMPARE(info->status, 200);
    server->stop();
}

// The node reads its datasets ahead on a thread of its own while it waits for its first clients
// (issue 16). A store or table read that throws there ended the whole node (std::terminate: the
// thread caught nothing), where the same read in a request is answered with a 500 and audited.
// Found as a flaky tst_server (branch stable): under load the read ahead came after
// exceptionIsAnsweredAndAudited had made the store throw, and the test process aborted.
void tst_Server::exceptionReadingAheadDoesNotEndTheNode()
{
    QTemporaryDir dir;
    node::CreatedToken token;
    const auto faulty = faultyStore(dir, &token);
    QVERIFY(faulty);
    faulty->throwOnDatasets = true; // before the start: the read ahead meets it
    QVERIFY(node::Policy().preloadDatasets());
    QString error;
    const auto server = serveFaulty(faulty, &error);
    QVERIFY2(server, qPrintable(error));
    // The read ahead threw and something caught it (without the catch, the process ends here).
    QTRY_VERIFY_WITH_TIMEOUT(faulty->caughtThrows > 0, 60000);

    httplib::SSLClient c("127.0.0.1", server->port());
    c.enable_server_certificate_verification(false);
    c.set_read_timeout(60, 0);
    const httplib::Headers auth { { "Authorization", "Bearer " + token.token.toStdString() } };
    auto health = c.Get("/v1/health");
    QVERIFY(health);
    QCOMPARE(health->status, 200);
    auto failed = c.Get("/v1/info", auth);
    QVERIFY(failed);
    QCOMPARE(failed->status, 500);
    faulty->throwOnDatasets = false;
    auto info = c.Get("/v1/info", auth);
    QVERIFY(info);
    QCOMPARE(info->status, 200);
    server->stop(); // returns: the read ahead said it was done
}

// When the audit cannot be written, nothing is released and the answer says why: for an API
// answer, a refusal before routing and an exception alike.
void tst_Server::unwritableAuditIsSaid()
{
    QTemporaryDir dir;
    node::CreatedToken token;
    const auto faulty = faultyStore(dir, &token);
    QVERIFY(faulty);
    QString error;
    const auto server = serveFaulty(faulty, &error);
    QVERIFY2(server, qPrintable(error));
    auto client = [&server] {
        auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", server->port());
        c->enable_server_certificate_verification(false);
        return c;
    };
    const httplib::Headers auth { { "Authorization", "Bearer " + token.token.toStdString() } };
    faulty->failAudit = true;

    auto info = client()->Get("/v1/info", auth);
    QVERIFY(info);
    QCOMPARE(info->status, 500);
    QVERIFY2(errorOf(info->body)
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(QLatin1String("audit log")),
             info->body.c_str());
    QVERIFY2(info->body.find("\"user\"") == std::string::npos, "nothing is released");

    RawTls tls(server->port());
    QVERIFY(tls.connected());
    QVERIFY(tls.write("POST /v1/jobs HTTP/1.1\r\nHost: node\r\nContent-Length: 50000000\r\n\r\n"));
    const QByteArray refused = tls.readAnswer(60000);
    QVERIFY2(refused.startsWith("HTTP/1.1 500"), refused.constData());
    QVERIFY2(refused.contains("could not record this request in its audit log"),
             refused.constData());

    faulty->throwOnDatasets = true;
    auto failed = client()->Get("/v1/info", auth);
    QVERIFY(failed);
    QCOMPARE(failed->status, 500);
    QVERIFY2(failed->body.find("audit log") != std::string::npos, failed->body.c_str());

    faulty->throwOnDatasets = false;
    faulty->failAudit = false;
    QCOMPARE(faulty->auditCount().value(), qint64(0));
    auto ok = client()->Get("/v1/info", auth);
    QVERIFY(ok);
    QCOMPARE(ok->status, 200);
    server->stop();
}

// httplib 0.11 (Debian 12) waited for a kept-alive connection's next request by polling it
// every ~11 ms: ~90 wake-ups a second per idle connection, ~17 % of the nodes' CPU in a fit over
// 100 sites (docs/performance.md, "sites3"). The node replaces that wait (server.cpp,
// httplib::detail::keep_alive) by one poll() until the next request, a close or the keep-alive
// timeout. Three idle kept-alive connections for 1.5 s: with the library's loop their workers
// woke at least ~80 times each even on a loaded machine (each wake-up is a select() timeout and
// a 1 ms sleep); now the node's threads barely wake (the watchdog's 250 ms tick). Each
// connection then still carries its next request, and an idle one is still closed after the
// keep-alive timeout (5 s), not before.
void tst_Server::idleKeptAliveConnectionsDoNotWakeTheNode()
{
    const QByteArray request = "GET /v1/health HTTP/1.1\r\nHost: node\r\n\r\n";
    std::vector<std::unique_ptr<RawTls>> connections;
    for (int i = 0; i < 3; ++i) {
        connections.push_back(std::make_unique<RawTls>(m_port));
        QVERIFY(connections.back()->connected());
        QVERIFY(connections.back()->write(request));
        const QByteArray answer = connections.back()->readAnswer(10000);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    }
    QElapsedTimer idle;
    idle.start();
    const long long before = otherThreadsSwitches();
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    const long long wakes = otherThreadsSwitches() - before;
    QVERIFY2(wakes < 60,
             qPrintable(QStringLiteral("the node's threads woke %1 times in 1.5 s with three idle "
                                       "kept-alive connections (httplib's own keep-alive wait "
                                       "polls every ~11 ms)")
                            .arg(wakes)));
    // Still kept alive: the next request on each connection is answered.
    for (auto &connection : connections) {
        QVERIFY(connection->write(request));
        const QByteArray answer = connection->readAnswer(10000);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY(!connection->closed());
    }
    // And closed after the keep-alive timeout (5 s; the watchdog's request deadline here is 5 s
    // too), not before.
    idle.restart();
    const QByteArray rest = connections.front()->readAll(30000);
    QVERIFY2(rest.isEmpty(), rest.constData());
    QVERIFY2(connections.front()->closed(), "an idle connection must be closed after 5 s");
    QVERIFY2(idle.elapsed() >= 4000,
             qPrintable(QStringLiteral("closed after %1 ms").arg(idle.elapsed())));
}

// DatasetCache::get read a dataset's held records, fact records, removed records' facts and
// frozen histogram steps from the store and took a failed read as "none": the held records were
// then in every cohort, the facts judged over the wrong records (rule 4: nothing is answered on
// a half-read dataset). Each read failing now fails the load: 503 dataset-unavailable, the cause
// in the node's log; the honest request answers once the store reads again.
void tst_Server::unreadableDatasetStateFailsTheLoad()
{
    QTemporaryDir dir;
    node::CreatedToken token;
    const auto faulty = faultyStore(dir, &token);
    QVERIFY(faulty);
    auto schema
        = node::ImportSchema::fromJson(node::demoSchemaJson(node::DemoProfile::YouthHealthService));
    QVERIFY(schema);
    auto parsed = node::parseCsvDataset(
        QStringLiteral("demo"), node::demoCsv(node::DemoProfile::YouthHealthService, 400, 7),
        *schema);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QVERIFY(faulty->storeDataset(parsed->info, parsed->table, parsed->recordIds));
    // Before the start: the node's read ahead of its datasets meets the fault too (and a load
    // that failed is not kept, so every request below reads the store again).
    {
        std::lock_guard lock(faulty->failStateMutex);
        faulty->failStateSuffix = QStringLiteral("fact-records");
    }
    QString error;
    const auto server = serveFaulty(faulty, &error);
    QVERIFY2(server, qPrintable(error));
    httplib::SSLClient c("127.0.0.1", server->port());
    c.enable_server_certificate_verification(false);
    c.set_read_timeout(60, 0);
    const httplib::Headers auth { { "Authorization", "Bearer " + token.token.toStdString() } };
    const std::string body = R"({"purpose":"research","dataset":"demo","filters":[],)"
                             R"("complete_cases":["birth_weight_g"],)"
                             R"("variables":[{"name":"birth_weight_g"}],)"
                             R"("tables":[]})";
    for (const char *key : { "fact-records", "held-records" }) {
        {
            std::lock_guard lock(faulty->failStateMutex);
            faulty->failStateSuffix = QLatin1String(key);
        }
        auto failed = c.Post("/v1/descriptives", auth, body, "application/json");
        QVERIFY(failed);
        QVERIFY2(failed->status == 503, failed->body.c_str());
        const QJsonObject answer = errorOf(failed->body);
        QCOMPARE(answer.value(QStringLiteral("code")).toString(),
                 QStringLiteral("dataset-unavailable"));
        QVERIFY2(failed->body.find("disk I/O") == std::string::npos, failed->body.c_str());
    }
    {
        std::lock_guard lock(faulty->failStateMutex);
        faulty->failStateSuffix.clear();
    }
    // The store reads again: the dataset loads and the request is judged on its records (an
    // answer, or a rule's refusal of this cohort), not refused for the store.
    auto ok = c.Post("/v1/descriptives", auth, body, "application/json");
    QVERIFY(ok);
    QVERIFY2(ok->status == 200 || errorOf(ok->body).value(QStringLiteral("rule")).toBool(),
             ok->body.c_str());
    server->stop();
}

QTEST_GUILESS_MAIN(tst_Server)
#include "tst_server.moc"
