// SPDX-License-Identifier: GPL-3.0-or-later
// A real fairstart-node process: init, demo data, import, token, serve on a free loopback port
// with real TLS; bad input of every kind gets a clear 4xx while the node keeps serving, a round
// equals the in-process computation exactly, an expired token is refused and audited, refusals
// before routing are audited, a path with line breaks stays one log line, an audit the node cannot
// write is said, a passphrase change is refused while the node serves, and SIGTERM stops the
// node cleanly.
#include "fairstart/node/disclosurecontrol.h"
#include "fairstart/node/store.h"

#include "fairstart/analysis/glm.h"
#include "fairstart/protocol/codec.h"

#include "demodesign.h"

#include <httplib.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlite3.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <functional>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace fairstart;
using testsupport::demoDesign;

namespace {

const QString kPassphrase = QStringLiteral("integration passphrase");

// The node as a study participant, from its /v1/info (set by initTestCase).
protocol::StudyParticipant &self()
{
    static protocol::StudyParticipant participant;
    return participant;
}

QString randomStudyId()
{
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}

// A study in which the node is the only participant (protocol version 2; plain mode, which the
// default policy allows for one site).
protocol::StudyManifest manifestFor(const analysis::ResolvedDesign &d,
                                    const QString &purpose = QStringLiteral("research"))
{
    protocol::StudyManifest m;
    m.studyId = randomStudyId();
    m.purpose = purpose;
    m.dataset = QStringLiteral("cohort");
    m.design = d;
    m.designHash = protocol::designHash(d);
    m.mode = QStringLiteral("plain");
    m.participants = { self() };
    return m;
}

QByteArray jobBody(const analysis::ResolvedDesign &d,
                   const QString &purpose = QStringLiteral("research"))
{
    return protocol::canonicalJson(
        protocol::toJson(protocol::StudyJobRequest { manifestFor(d, purpose) }));
}

// A job body whose manifest `edit` changed after it was built.
QByteArray editedJobBody(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject manifest = protocol::toJson(manifestFor(demoDesign()));
    edit(manifest);
    return QJsonDocument(QJsonObject { { QStringLiteral("manifest"), manifest } })
        .toJson(QJsonDocument::Compact);
}

// Moves a token's expiry into the past in the store itself: to the server this is a token whose
// days have run out, without a clock hook in the node or a day of waiting.
bool expireToken(const QString &dataDir, const QString &id)
{
    sqlite3 *db = nullptr;
    const QByteArray path = QFile::encodeName(node::SiteStore::storePath(dataDir));
    const QByteArray key = kPassphrase.toUtf8();
    bool done = sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK
        && sqlite3_key(db, key.constData(), int(key.size())) == SQLITE_OK
        && sqlite3_exec(db, "PRAGMA kdf_iter = 256000; PRAGMA cipher_page_size = 4096;", nullptr,
                        nullptr, nullptr)
            == SQLITE_OK;
    sqlite3_busy_timeout(db, 10000);
    sqlite3_stmt *stmt = nullptr;
    done = done
        && sqlite3_prepare_v2(db, "UPDATE tokens SET expires_at = ? WHERE id = ?", -1, &stmt,
                              nullptr)
            == SQLITE_OK;
    if (done) {
        const QByteArray past
            = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODateWithMs).toUtf8();
        const QByteArray tokenId = id.toUtf8();
        sqlite3_bind_text(stmt, 1, past.constData(), int(past.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 2, tokenId.constData(), int(tokenId.size()), SQLITE_TRANSIENT);
        done = sqlite3_step(stmt) == SQLITE_DONE && sqlite3_changes(db) == 1;
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return done;
}

QString errorCode(const std::string &body)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(body))
        .object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

// Bytes sent as they are over TLS (no client library would send these), and the answer: until
// its body is complete by Content-Length, the node closes, or `ms` pass.
QByteArray rawTlsExchange(quint16 port, const QByteArray &bytes, int ms)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr = {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QByteArray out;
    SSL *ssl = nullptr;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0) {
        ssl = SSL_new(ctx);
        SSL_set_fd(ssl, fd);
        if (SSL_connect(ssl) == 1 && SSL_write(ssl, bytes.constData(), int(bytes.size())) > 0) {
            QElapsedTimer timer;
            timer.start();
            char buffer[4096];
            while (timer.elapsed() < ms) {
                const qsizetype end = out.indexOf("\r\n\r\n");
                const qsizetype at = out.indexOf("Content-Length: ");
                if (end >= 0 && at >= 0 && at < end) {
                    const qsizetype eol = out.indexOf("\r\n", at);
                    if (out.size() >= end + 4 + out.mid(at + 16, eol - at - 16).toLongLong())
                        break;
                }
                pollfd p { fd, POLLIN, 0 };
                if (SSL_pending(ssl) == 0 && ::poll(&p, 1, 100) <= 0)
                    continue;
                const int n = SSL_read(ssl, buffer, sizeof buffer);
                if (n <= 0)
                    break;
                out.append(buffer, n);
            }
        }
        SSL_free(ssl);
    }
    ::close(fd);
    SSL_CTX_free(ctx);
    return out;
}

// A raw connection to the store that holds its write lock (BEGIN IMMEDIATE) until released:
// the node can read but not write, as when another process keeps the file busy.
class StoreWriteLock {
public:
    explicit StoreWriteLock(const QString &dataDir)
    {
        const QByteArray path = QFile::encodeName(node::SiteStore::storePath(dataDir));
        const QByteArray key = kPassphrase.toUtf8();
        m_locked
            = sqlite3_open_v2(path.constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK
            && sqlite3_key(m_db, key.constData(), int(key.size())) == SQLITE_OK
            && sqlite3_exec(m_db,
                            "PRAGMA kdf_iter = 256000; PRAGMA cipher_page_size = 4096; "
                            "BEGIN IMMEDIATE;",
                            nullptr, nullptr, nullptr)
                == SQLITE_OK;
    }
    ~StoreWriteLock()
    {
        if (m_locked)
            sqlite3_exec(m_db, "ROLLBACK;", nullptr, nullptr, nullptr);
        sqlite3_close(m_db);
    }
    bool locked() const { return m_locked; }

private:
    sqlite3 *m_db = nullptr;
    bool m_locked = false;
};

} // namespace

class tst_NodeIntegration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void healthInfoAndPin();
    void badInput_data();
    void badInput();
    void chunkedAndOversizedBodies();
    void roundMatchesInProcessComputation();
    void disclosureRuleOverHttps();
    void explodingDesignIsRefusedBeforeAllocation();
    void userJobCapAnswers429WithRetryAfter();
    void concurrentClients();
    void expiredTokenIsRefused();
    void refusalsBeforeRoutingAreAudited();
    void logLinesCannotBeForged();
    void unwritableAuditIsSaid();
    void passphraseChangeRefusedWhileServing();
    void sigtermStopsCleanly();

private:
    int runNode(const QStringList &args, QByteArray *out = nullptr);
    // The node's log (stderr) so far; kept, so that later tests see all of it.
    QByteArray log();
    bool waitForLog(const QByteArray &text); // up to 5 s
    // The audit entries after `seq`, read from the store beside the running node.
    std::vector<node::AuditEntry> entriesAfter(qint64 seq);
    qint64 auditCount();
    std::unique_ptr<httplib::SSLClient> client();
    httplib::Headers auth(const QString &token) const
    {
        return { { "Authorization", "Bearer " + token.toStdString() } };
    }

    QString m_bin;
    QTemporaryDir m_dir;
    QString m_dataDir;
    QByteArray m_certPem;
    QString m_pin;
    QString m_ann;
    QString m_revoked;
    QString m_mallory; // fills her own job budget
    QString m_expiring; // created with --expires-days 1; expireToken() ends it
    qint64 m_generation = 0;
    node::LoadedDataset m_data;
    QProcess m_node;
    quint16 m_port = 0;
    QByteArray m_log;
};

QByteArray tst_NodeIntegration::log()
{
    m_log += m_node.readAllStandardError();
    return m_log;
}

bool tst_NodeIntegration::waitForLog(const QByteArray &text)
{
    // Returns as soon as the line is there; 60 s (not 5) for a loaded CI machine.
    const QDeadlineTimer deadline(60000);
    while (!log().contains(text) && !deadline.hasExpired())
        m_node.waitForReadyRead(100);
    return log().contains(text);
}

qint64 tst_NodeIntegration::auditCount()
{
    auto store = node::SiteStore::open(m_dataDir, kPassphrase);
    return store ? (*store)->auditCount().value() : -1;
}

std::vector<node::AuditEntry> tst_NodeIntegration::entriesAfter(qint64 seq)
{
    auto store = node::SiteStore::open(m_dataDir, kPassphrase);
    if (!store)
        return {};
    return (*store)->auditEntries(seq + 1, 1000).value();
}

int tst_NodeIntegration::runNode(const QStringList &args, QByteArray *out)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAIRSTART_NODE_PASSPHRASE"), kPassphrase);
    process.setProcessEnvironment(env);
    process.start(m_bin, args);
    if (!process.waitForFinished(60000))
        return -1;
    if (out)
        *out = process.readAllStandardOutput();
    if (process.exitCode() != 0)
        qWarning("%s: %s", qPrintable(args.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
    return process.exitCode();
}

void tst_NodeIntegration::initTestCase()
{
    // The node may close a connection while a client still writes a refused body.
    std::signal(SIGPIPE, SIG_IGN);
    const QString binDir = qEnvironmentVariable("FAIRSTART_BIN_DIR");
    QVERIFY2(!binDir.isEmpty(), "FAIRSTART_BIN_DIR must point to the build's app folder");
    m_bin = binDir + QStringLiteral("/node/fairstart-node");
    QVERIFY2(QFile::exists(m_bin), qPrintable(QString(m_bin + QStringLiteral(" is not built"))));
    QVERIFY(m_dir.isValid());
    m_dataDir = m_dir.filePath(QStringLiteral("node"));
    const QString csv = m_dir.filePath(QStringLiteral("demo.csv"));

    QCOMPARE(runNode({ QStringLiteral("init"), QStringLiteral("--data-dir"), m_dataDir,
                       QStringLiteral("--name"), QStringLiteral("Integration node") }),
             0);
    QCOMPARE(
        runNode({ QStringLiteral("demo-data"), QStringLiteral("--profile"),
                  QStringLiteral("hospital"), QStringLiteral("--rows"), QStringLiteral("3000"),
                  QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--out"), csv }),
        0);
    QCOMPARE(runNode({ QStringLiteral("import"), QStringLiteral("--data-dir"), m_dataDir,
                       QStringLiteral("--dataset"), QStringLiteral("cohort"),
                       QStringLiteral("--csv"), csv }),
             0);
    QByteArray out;
    QCOMPARE(
        runNode({ QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--data-dir"),
                  m_dataDir, QStringLiteral("--user"), QStringLiteral("ann"),
                  QStringLiteral("--purpose"), QStringLiteral("research") },
                &out),
        0);
    m_ann = QString::fromUtf8(out).trimmed();
    QVERIFY(!m_ann.isEmpty());
    QCOMPARE(
        runNode({ QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--data-dir"),
                  m_dataDir, QStringLiteral("--user"), QStringLiteral("eve"),
                  QStringLiteral("--purpose"), QStringLiteral("research"),
                  QStringLiteral("--expires-days"), QStringLiteral("1") },
                &out),
        0);
    m_expiring = QString::fromUtf8(out).trimmed();
    QVERIFY(!m_expiring.isEmpty());
    QCOMPARE(runNode({ QStringLiteral("pin"), QStringLiteral("--data-dir"), m_dataDir }, &out), 0);
    m_pin = QString::fromUtf8(out).trimmed();
    QVERIFY(m_pin.startsWith(QStringLiteral("sha256//")));

    // What the node will compute from, read the way the node reads it; and a revoked token.
    {
        auto store = node::SiteStore::open(m_dataDir, kPassphrase);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        auto loaded = (*store)->loadTable(QStringLiteral("cohort"));
        QVERIFY(loaded);
        m_data = std::move(loaded).value();
        m_generation = m_data.info.generation;
        auto revoked
            = (*store)->createToken(QStringLiteral("rev"), { QStringLiteral("research") }, 1);
        QVERIFY(revoked);
        m_revoked = revoked->token;
        QVERIFY((*store)->revokeToken(revoked->info.id));
        auto mallory
            = (*store)->createToken(QStringLiteral("mallory"), { QStringLiteral("research") }, 1);
        QVERIFY(mallory);
        m_mallory = mallory->token;
    }
    QFile cert(m_dataDir + QStringLiteral("/tls/node.crt"));
    QVERIFY(cert.open(QIODevice::ReadOnly));
    m_certPem = cert.readAll();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAIRSTART_NODE_PASSPHRASE"), kPassphrase);
    m_node.setProcessEnvironment(env);
    m_node.setProcessChannelMode(QProcess::SeparateChannels);
    m_node.start(m_bin,
                 { QStringLiteral("serve"), QStringLiteral("--data-dir"), m_dataDir,
                   QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--threads"), QStringLiteral("4") });
    QVERIFY(m_node.waitForStarted(10000));
    static const QRegularExpression listening(
        QStringLiteral("listening on https://127\\.0\\.0\\.1:(\\d+)"));
    // Up to 300 s (a key derivation and the datasets read first, on a loaded CI machine).
    QByteArray stdoutText;
    const QDeadlineTimer deadline(300000);
    while (m_port == 0 && !deadline.hasExpired()) {
        m_node.waitForReadyRead(100);
        stdoutText += m_node.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(stdoutText));
        if (match.hasMatch())
            m_port = quint16(match.captured(1).toUInt());
        if (m_node.state() != QProcess::Running)
            break;
    }
    QVERIFY2(m_port > 0, m_node.readAllStandardError().constData());
    // The node as a participant of studies: its name and keys, as /v1/info gives them.
    auto info = client()->Get("/v1/info", auth(m_ann));
    QVERIFY(info && info->status == 200);
    auto decoded = protocol::fromJson<protocol::NodeInfo>(
        QJsonDocument::fromJson(QByteArray::fromStdString(info->body)).object());
    QVERIFY(decoded);
    QCOMPARE(decoded->protocolVersion, QStringLiteral("2"));
    self() = { decoded->name, decoded->keys.signingKey, decoded->keys.keyAgreementKey };
}

void tst_NodeIntegration::cleanupTestCase()
{
    if (m_node.state() == QProcess::Running) {
        m_node.kill();
        m_node.waitForFinished(5000);
    }
}

std::unique_ptr<httplib::SSLClient> tst_NodeIntegration::client()
{
    auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", m_port);
    // Trust exactly the node's self-signed certificate (its pin is checked in healthInfoAndPin).
    BIO *bio = BIO_new_mem_buf(m_certPem.constData(), int(m_certPem.size()));
    X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    X509_STORE *store = X509_STORE_new();
    X509_STORE_add_cert(store, cert);
    X509_free(cert);
    c->set_ca_cert_store(store);
    c->enable_server_certificate_verification(true);
    c->set_connection_timeout(5, 0);
    c->set_read_timeout(30, 0);
    return c;
}

void tst_NodeIntegration::healthInfoAndPin()
{
    auto c = client();
    auto health = c->Get("/v1/health");
    QVERIFY(health);
    QCOMPARE(health->status, 200);
    auto info = c->Get("/v1/info", auth(m_ann));
    QVERIFY(info);
    QCOMPARE(info->status, 200);
    auto decoded = protocol::fromJson<protocol::NodeInfo>(
        QJsonDocument::fromJson(QByteArray::fromStdString(info->body)).object());
    QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().text()));
    QCOMPARE(decoded->name, QStringLiteral("Integration node"));
    QCOMPARE(decoded->keys.tlsPin, m_pin);
    QCOMPARE(decoded->user, QStringLiteral("ann"));
    QVERIFY(decoded->datasets.contains(QStringLiteral("cohort")));
}

void tst_NodeIntegration::badInput_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("token"); // "ann", "revoked", "none", "garbage"
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QString json = QStringLiteral("application/json");
    const QByteArray valid = jobBody(demoDesign());
    const QJsonObject unknown = QJsonDocument::fromJson(editedJobBody([](QJsonObject &m) {
                                    m.insert(QStringLiteral("extra"), true);
                                })).object();
    const QJsonObject missing = QJsonDocument::fromJson(editedJobBody([](QJsonObject &m) {
                                    m.remove(QStringLiteral("purpose"));
                                })).object();
    const QJsonObject wrongType = QJsonDocument::fromJson(editedJobBody([](QJsonObject &m) {
                                      m.insert(QStringLiteral("purpose"), QJsonArray { 1, 2 });
                                  })).object();
    QJsonObject badVariable = QJsonDocument::fromJson(jobBody([] {
                                  auto d = demoDesign();
                                  d.spec.predictors[1].variable = "x\"; DROP TABLE datasets; --";
                                  return d;
                              }()))
                                  .object();
    const QJsonObject badDataset
        = QJsonDocument::fromJson(editedJobBody([](QJsonObject &m) {
              m.insert(QStringLiteral("dataset"), QStringLiteral("cohort'; DELETE FROM tokens;--"));
          })).object();

    QTest::newRow("garbage") << QStringLiteral("POST") << QStringLiteral("/v1/jobs")
                             << QStringLiteral("ann") << QByteArray("\x01\x02garbage{") << json
                             << 400 << QStringLiteral("malformed-request");
    QTest::newRow("malformed JSON")
        << QStringLiteral("POST") << QStringLiteral("/v1/jobs") << QStringLiteral("ann")
        << valid.left(40) << json << 400 << QStringLiteral("malformed-request");
    QTest::newRow("unknown field")
        << QStringLiteral("POST") << QStringLiteral("/v1/jobs") << QStringLiteral("ann")
        << QJsonDocument(unknown).toJson() << json << 400 << QStringLiteral("malformed-request");
    QTest::newRow("missing field")
        << QStringLiteral("POST") << QStringLiteral("/v1/jobs") << QStringLiteral("ann")
        << QJsonDocument(missing).toJson() << json << 400 << QStringLiteral("malformed-request");
    QTest::newRow("wrong type") << QStringLiteral("POST") << QStringLiteral("/v1/jobs")
                                << QStringLiteral("ann") << QJsonDocument(wrongType).toJson()
                                << json << 400 << QStringLiteral("malformed-request");
    QTest::newRow("unknown variable")
        << QStringLiteral("POST") << QStringLiteral("/v1/jobs") << QStringLiteral("ann")
        << QJsonDocument(badVariable).toJson() << json << 400 << QStringLiteral("unknown-variable");
    QTest::newRow("unknown dataset")
        << QStringLiteral("POST") << QStringLiteral("/v1/jobs") << QStringLiteral("ann")
        << QJsonDocument(badDataset).toJson() << json << 404 << QStringLiteral("unknown-dataset");
    QTest::newRow("wrong content type")
        << QStringLiteral("POST") << QStringLiteral("/v1/jobs") << QStringLiteral("ann") << valid
        << QStringLiteral("text/plain") << 415 << QStringLiteral("unsupported-media-type");
    QTest::newRow("NaN in beta") << QStringLiteral(
        "POST") << QStringLiteral("/v1/jobs/0123456789abcdef0123456789abcdef/rounds")
                                 << QStringLiteral("ann")
                                 << QByteArray("{\"round\":1,\"beta\":[NaN]}") << json << 400
                                 << QStringLiteral("malformed-request");
    QTest::newRow("huge number in beta")
        << QStringLiteral("POST")
        << QStringLiteral("/v1/jobs/0123456789abcdef0123456789abcdef/rounds")
        << QStringLiteral("ann") << QByteArray("{\"round\":1,\"beta\":[1e400]}") << json << 400
        << QStringLiteral("malformed-request");
    QTest::newRow("no token") << QStringLiteral("GET") << QStringLiteral("/v1/info")
                              << QStringLiteral("none") << QByteArray() << QString() << 401
                              << QStringLiteral("unauthenticated");
    QTest::newRow("garbage token")
        << QStringLiteral("GET") << QStringLiteral("/v1/info") << QStringLiteral("garbage")
        << QByteArray() << QString() << 401 << QStringLiteral("unauthenticated");
    QTest::newRow("revoked token")
        << QStringLiteral("GET") << QStringLiteral("/v1/info") << QStringLiteral("revoked")
        << QByteArray() << QString() << 403 << QStringLiteral("token-revoked");
    QTest::newRow("purpose the token lacks")
        << QStringLiteral("POST") << QStringLiteral("/v1/jobs") << QStringLiteral("ann")
        << jobBody(demoDesign(), QStringLiteral("marketing")) << json << 403
        << QStringLiteral("purpose");
    QTest::newRow("unknown path") << QStringLiteral("GET") << QStringLiteral("/v1/secrets")
                                  << QStringLiteral("ann") << QByteArray() << QString() << 404
                                  << QStringLiteral("not-found");
}

void tst_NodeIntegration::badInput()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, token);
    QFETCH(QByteArray, body);
    QFETCH(QString, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    httplib::Headers headers;
    if (token == QStringLiteral("ann"))
        headers = auth(m_ann);
    else if (token == QStringLiteral("revoked"))
        headers = auth(m_revoked);
    else if (token == QStringLiteral("garbage"))
        headers = auth(QStringLiteral("fst_\x7f\x01garbage"));
    auto c = client();
    const std::string p = path.toStdString();
    httplib::Result result = method == QStringLiteral("GET")
        ? c->Get(p.c_str(), headers)
        : c->Post(p.c_str(), headers, body.toStdString(), contentType.toStdString().c_str());
    QVERIFY(result);
    QCOMPARE(result->status, status);
    QCOMPARE(errorCode(result->body), code);
    const QJsonObject error = QJsonDocument::fromJson(QByteArray::fromStdString(result->body))
                                  .object()
                                  .value(QStringLiteral("error"))
                                  .toObject();
    QVERIFY2(error.value(QStringLiteral("message")).toString().size() > 20,
             "a refusal says what happened and what to do");
    // The node keeps serving and its store is unchanged.
    auto health = client()->Get("/v1/health");
    QVERIFY(health);
    QCOMPARE(health->status, 200);
    auto catalogue = client()->Get("/v1/catalogue?purpose=research", auth(m_ann));
    QVERIFY(catalogue);
    QCOMPARE(catalogue->status, 200);
    QVERIFY(catalogue->body.find("\"cohort\"") != std::string::npos);
}

void tst_NodeIntegration::chunkedAndOversizedBodies()
{
    auto c = client();
    // A body from a content provider without a length goes out chunked.
    const std::string body = jobBody(demoDesign()).toStdString();
    auto chunked = c->Post(
        "/v1/jobs", auth(m_ann),
        [&body](size_t offset, httplib::DataSink &sink) {
            sink.write(body.data() + offset, std::min<size_t>(64, body.size() - offset));
            if (offset + 64 >= body.size())
                sink.done();
            return true;
        },
        "application/json");
    QVERIFY(!chunked || chunked->status == 411);
    if (chunked)
        QCOMPARE(errorCode(chunked->body), QStringLiteral("length-required"));
    auto oversized
        = client()->Post("/v1/jobs", auth(m_ann), std::string(3 << 20, '{'), "application/json");
    QVERIFY(!oversized || oversized->status == 413);
    auto health = client()->Get("/v1/health");
    QVERIFY(health);
    QCOMPARE(health->status, 200);
}

// A study of this node alone over HTTPS: the node signs the manifest with the key of its
// /v1/info, and every round's statistics are the in-process statistics at the coordinator's own β.
void tst_NodeIntegration::roundMatchesInProcessComputation()
{
    const analysis::ResolvedDesign d = demoDesign();
    const protocol::StudyManifest manifest = manifestFor(d);
    auto c = client();
    auto created
        = c->Post("/v1/jobs", auth(m_ann),
                  protocol::canonicalJson(protocol::toJson(protocol::StudyJobRequest { manifest }))
                      .toStdString(),
                  "application/json");
    QVERIFY(created);
    QVERIFY2(created->status == 201, created->body.c_str());
    auto job = protocol::fromJson<protocol::JobCreated>(
        QJsonDocument::fromJson(QByteArray::fromStdString(created->body)).object());
    QVERIFY2(job, qPrintable(job ? QString() : job.error().text()));
    QCOMPARE(job->study, protocol::studyHash(manifest));

    const auto consent = node::selectConsented(m_data, QStringLiteral("research"), true);
    QVERIFY(consent);
    auto matrix = analysis::buildDesign(m_data.table, d, &consent->mask);
    QVERIFY(matrix);
    QCOMPARE(job->cohortSize, qint64(matrix->n()));

    const std::string path = "/v1/jobs/" + job->jobId.toStdString();
    protocol::SignatureRelay signatures;
    signatures.signatures = { { self().name, job->manifestSignature } };
    auto armed = c->Post((path + "/signatures").c_str(), auth(m_ann),
                         protocol::canonicalJson(protocol::toJson(signatures)).toStdString(),
                         "application/json");
    QVERIFY(armed);
    QVERIFY2(armed->status == 200, armed->body.c_str());
    analysis::GlmCoordinator coordinator(d.termNames(), analysis::Family::Binomial);
    protocol::RoundRelay relay;
    for (int round = 1; round <= 3; ++round) {
        relay.round = round;
        auto answer = c->Post((path + "/rounds").c_str(), auth(m_ann),
                              protocol::canonicalJson(protocol::toJson(relay)).toStdString(),
                              "application/json");
        QVERIFY(answer);
        QVERIFY2(answer->status == 200, answer->body.c_str());
        auto contribution = protocol::fromJson<protocol::SignedContribution>(
            QJsonDocument::fromJson(QByteArray::fromStdString(answer->body)).object());
        QVERIFY(contribution);
        QVERIFY(contribution->contribution.plain);
        const analysis::RoundStats &stats = *contribution->contribution.plain;
        const auto expected
            = analysis::computeRound(*matrix, analysis::Family::Binomial, coordinator.nextBeta());
        QVERIFY(expected);
        QVERIFY2(stats.xtwxUpper == expected->xtwxUpper, "XᵀWX differs from in-process");
        QVERIFY2(stats.score == expected->score, "score differs from in-process");
        QVERIFY(stats.deviance == expected->deviance);
        QCOMPARE(stats.n, expected->n);
        QVERIFY(coordinator.accept(*expected));
        relay.previous = { *contribution };
    }
    auto cancelled = c->Delete(path.c_str(), auth(m_ann));
    QVERIFY(cancelled);
    QCOMPARE(cancelled->status, 200);
}

void tst_NodeIntegration::disclosureRuleOverHttps()
{
    analysis::Filter narrow;
    narrow.variable = "gestational_age_weeks";
    narrow.max = 28;
    auto response = client()->Post(
        "/v1/jobs", auth(m_ann), jobBody(demoDesign({ narrow })).toStdString(), "application/json");
    QVERIFY(response);
    QCOMPARE(response->status, 422);
    const QJsonObject error = QJsonDocument::fromJson(QByteArray::fromStdString(response->body))
                                  .object()
                                  .value(QStringLiteral("error"))
                                  .toObject();
    QVERIFY(error.value(QStringLiteral("rule")).toBool());
    const QString code = error.value(QStringLiteral("code")).toString();
    QVERIFY2(code == QStringLiteral("min-cohort") || code == QStringLiteral("filter-bound")
                 || code == QStringLiteral("min-cell")
                 || code == QStringLiteral("events-per-parameter"),
             qPrintable(code));
}

namespace {

long rssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toLong();
    }
    return -1;
}

} // namespace

void tst_NodeIntegration::explodingDesignIsRefusedBeforeAllocation()
{
    // Issue 13: factor level lists with absent levels and an interaction made the node allocate
    // a 4 GB design matrix from a 16 kB request (then 500). 410 numeric levels on each of two
    // variables and their interaction: 169,000 columns x 3,000 records x 8 bytes = 4 GB.
    analysis::ResolvedDesign d = demoDesign();
    for (auto &p : d.spec.predictors) {
        if (p.variable == "gestational_age_weeks" || p.variable == "parental_stress")
            p.transform = analysis::Transform::Categorical;
    }
    d.spec.interactions = { { "gestational_age_weeks", "parental_stress" } };
    for (int i = 0; i < 410; ++i) {
        d.levels["gestational_age_weeks"].push_back(std::to_string(i));
        d.levels["parental_stress"].push_back(std::to_string(i));
    }
    const std::string body = jobBody(d).toStdString();
    QVERIFY(body.size() < 16 * 1024);
    const long rssBefore = rssKiB(m_node.processId());
    QVERIFY(rssBefore > 0);
    auto response = client()->Post("/v1/jobs", auth(m_ann), body, "application/json");
    QVERIFY(response);
    // Refused from metadata: numeric variables cannot be factors (no catalogue levels), and a
    // design too large for the policy is 413 max-parameters (tst_limits); never 500.
    QVERIFY2(response->status == 400 || response->status == 413, response->body.c_str());
    QVERIFY(!errorCode(response->body).isEmpty());
    // Nothing was built: the node's memory did not grow by anything like a design matrix, and
    // it still answers.
    const long rssAfter = rssKiB(m_node.processId());
    QVERIFY2(rssAfter - rssBefore < 100 * 1024,
             qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(rssAfter - rssBefore)));
    auto health = client()->Get("/v1/health");
    QVERIFY(health);
    QCOMPARE(health->status, 200);
}

void tst_NodeIntegration::userJobCapAnswers429WithRetryAfter()
{
    // The default policy: at most 20 open jobs per user. Mallory's 21st waits; ann is not
    // affected; the 429 says when to try again, in its text and in Retry-After.
    auto c = client();
    for (int i = 0; i < 20; ++i) {
        auto response = c->Post("/v1/jobs", auth(m_mallory), jobBody(demoDesign()).toStdString(),
                                "application/json");
        QVERIFY(response);
        QCOMPARE(response->status, 201);
    }
    auto refused = c->Post("/v1/jobs", auth(m_mallory), jobBody(demoDesign()).toStdString(),
                           "application/json");
    QVERIFY(refused);
    QCOMPARE(refused->status, 429);
    QCOMPARE(errorCode(refused->body), QStringLiteral("user-open-jobs"));
    QVERIFY(refused->has_header("Retry-After"));
    const int wait = std::stoi(refused->get_header_value("Retry-After"));
    QVERIFY(wait > 0 && wait <= 30 * 60);
    auto ann
        = c->Post("/v1/jobs", auth(m_ann), jobBody(demoDesign()).toStdString(), "application/json");
    QVERIFY(ann);
    QCOMPARE(ann->status, 201);
}

void tst_NodeIntegration::concurrentClients()
{
    constexpr int kClients = 20;
    std::atomic<int> ok { 0 };
    std::vector<std::thread> threads;
    for (int i = 0; i < kClients; ++i) {
        threads.emplace_back([this, &ok] {
            auto response = client()->Get("/v1/catalogue?purpose=research", auth(m_ann));
            if (response && response->status == 200)
                ++ok;
        });
    }
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(ok.load(), kClients);
}

void tst_NodeIntegration::expiredTokenIsRefused()
{
    const QString id = m_expiring.section(QLatin1Char('_'), 1, 1);
    auto before = client()->Get("/v1/info", auth(m_expiring));
    QVERIFY(before);
    QCOMPARE(before->status, 200);

    QVERIFY(expireToken(m_dataDir, id));
    QByteArray list;
    QCOMPARE(runNode({ QStringLiteral("token"), QStringLiteral("list"),
                       QStringLiteral("--data-dir"), m_dataDir },
                     &list),
             0);
    const QString line = QString::fromUtf8(list).split(QLatin1Char('\n')).filter(id).value(0);
    QVERIFY2(line.endsWith(QLatin1String("expired")), qPrintable(line));

    // Every request with it is refused, a data request as well as info.
    auto info = client()->Get("/v1/info", auth(m_expiring));
    auto job = client()->Post("/v1/jobs", auth(m_expiring), jobBody(demoDesign()).toStdString(),
                              "application/json");
    for (const auto *result : { &info, &job }) {
        QVERIFY(*result);
        QCOMPARE((*result)->status, 403);
        const QByteArray body = QByteArray::fromStdString((*result)->body);
        const QJsonObject error
            = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("token-expired"));
        QVERIFY(error.value(QStringLiteral("rule")).toBool());
        // What happened and what the analyst does about it.
        const QString message = error.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QLatin1String("expired"))
                     && message.contains(QLatin1String("Ask the site administrator for a new "
                                                       "token")),
                 qPrintable(message));
    }

    // Both refusals are in the audit chain, with the token and its user, nothing released.
    auto store = node::SiteStore::open(m_dataDir, kPassphrase);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    const qint64 count = (*store)->auditCount().value();
    int refusals = 0;
    for (const node::AuditEntry &e :
         (*store)->auditEntries(std::max<qint64>(1, count - 9), 10).value()) {
        if (e.entry.value(QStringLiteral("tokenId")).toString() != id
            || e.entry.value(QStringLiteral("code")).toString() != QStringLiteral("token-expired"))
            continue;
        ++refusals;
        QCOMPARE(e.entry.value(QStringLiteral("user")).toString(), QStringLiteral("eve"));
        QCOMPARE(e.entry.value(QStringLiteral("status")).toInt(), 403);
        QCOMPARE(e.entry.value(QStringLiteral("outcome")).toString(), QStringLiteral("refused"));
        QVERIFY(!e.entry.contains(QStringLiteral("releasedHash")));
    }
    QCOMPARE(refusals, 2);
    QVERIFY((*store)->verifyAudit()->ok);
}

// Refusals by the HTTP layer never reach the API; a real node audits each all the same.
void tst_NodeIntegration::refusalsBeforeRoutingAreAudited()
{
    const qint64 before = auditCount();
    const QByteArray bearer = "Authorization: Bearer " + m_ann.toUtf8() + "\r\n";
    const QByteArray chunked = rawTlsExchange(
        m_port,
        "POST /v1/jobs HTTP/1.1\r\nHost: node\r\n" + bearer
            + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: "
              "close\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
        5000);
    QVERIFY2(chunked.startsWith("HTTP/1.1 411"), chunked.constData());
    const QByteArray tooLong = rawTlsExchange(
        m_port, "GET /v1/" + QByteArray(20000, 'a') + " HTTP/1.1\r\nHost: node\r\n\r\n", 5000);
    QVERIFY2(tooLong.startsWith("HTTP/1.1 414"), tooLong.left(200).constData());
    const auto entries = entriesAfter(before);
    QCOMPARE(entries.size(), std::size_t(2));
    QCOMPARE(entries[0].entry.value(QStringLiteral("code")).toString(),
             QStringLiteral("length-required"));
    QCOMPARE(entries[0].entry.value(QStringLiteral("user")).toString(), QStringLiteral("ann"));
    QCOMPARE(entries[0].entry.value(QStringLiteral("status")).toInt(), 411);
    QCOMPARE(entries[1].entry.value(QStringLiteral("code")).toString(),
             QStringLiteral("uri-too-long"));
    QCOMPARE(entries[1].entry.value(QStringLiteral("outcome")).toString(), QStringLiteral("error"));
}

// A path with encoded line breaks, a terminal escape and bytes that are not UTF-8 is one log
// line, with those characters escaped, and the audit keeps it exactly (as JSON).
void tst_NodeIntegration::logLinesCannotBeForged()
{
    const QByteArray marker = "forged-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    const QByteArray forged = "2026-01-01T00:00:00.000Z GET /v1/info 200 admin 0.1ms";
    QByteArray path = "/v1/" + marker + "%0a" + QByteArray(forged).replace(" ", "%20")
        + "%0d%0aSECOND%0d%1b[2J%7f%c2%85%ff%e2%80%ae" + marker + "-end";
    const qint64 before = auditCount();
    const QByteArray answer = rawTlsExchange(
        m_port,
        "GET " + path + "?purpose=a%0ab HTTP/1.1\r\nHost: node\r\nAuthorization: Bearer "
            + m_ann.toUtf8() + "\r\nX-Note: a\x1b" + "b\r\n\r\n",
        5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.constData());
    QVERIFY(waitForLog(marker + "-end"));
    const QByteArray text = log();
    const QList<QByteArray> lines = text.split('\n');
    QList<QByteArray> mine;
    for (const QByteArray &line : lines) {
        if (line.contains(marker))
            mine.append(line);
        // No line of the log starts with forged text, or carries a control character.
        QVERIFY2(!line.startsWith("2026-01-01T00:00:00.000Z") && !line.startsWith("SECOND"),
                 line.constData());
        for (char c : line)
            QVERIFY2(uchar(c) >= 0x20 && uchar(c) != 0x7f, line.toHex().constData());
        QVERIFY2(QString::fromUtf8(line).toUtf8() == line, line.toHex().constData());
    }
    QCOMPARE(mine.size(), 1);
    const QByteArray expected = "/v1/" + marker + "\\x0a" + forged
        + "\\x0d\\x0aSECOND\\x0d\\x1b[2J\\x7f\\xc2\\x85\\xff\\xe2\\x80\\xae" + marker
        + "-end 404 ann ";
    QVERIFY2(mine[0].contains(QByteArray(" GET " + expected)), mine[0].constData());

    const auto entries = entriesAfter(before);
    QCOMPARE(entries.size(), std::size_t(1));
    const QString auditedPath = entries[0].entry.value(QStringLiteral("path")).toString();
    QVERIFY2(auditedPath.contains(QString::fromUtf8(marker + '\n' + forged + "\r\nSECOND\r\x1b")),
             qPrintable(auditedPath));
    QCOMPARE(entries[0].entry.value(QStringLiteral("user")).toString(), QStringLiteral("ann"));
}

// Another process holds the store's write lock: the node cannot write the entry, so it
// releases nothing and says so, for a refusal before routing as for an API answer.
void tst_NodeIntegration::unwritableAuditIsSaid()
{
    const qint64 before = auditCount();
    {
        StoreWriteLock lock(m_dataDir);
        QVERIFY(lock.locked());
        // Waits out the store's busy timeout (10 s).
        const QByteArray answer = rawTlsExchange(
            m_port,
            "POST /v1/jobs HTTP/1.1\r\nHost: node\r\nContent-Type: application/json\r\n"
            "Content-Length: 50000000\r\n\r\n",
            30000);
        QVERIFY2(answer.startsWith("HTTP/1.1 500"), answer.constData());
        QVERIFY2(answer.contains("\"code\":\"node-failure\"")
                     && answer.contains("could not record this request in its audit log"),
                 answer.constData());
    }
    QCOMPARE(auditCount(), before);
    // With the lock gone, the same refusal is answered and audited again.
    const QByteArray answer = rawTlsExchange(m_port,
                                             "POST /v1/jobs HTTP/1.1\r\nHost: node\r\n"
                                             "Content-Length: 50000000\r\n\r\n",
                                             5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QCOMPARE(auditCount(), before + 1);
    QVERIFY2(waitForLog("the audit entry could not be written"), m_log.constData());
}

void tst_NodeIntegration::passphraseChangeRefusedWhileServing()
{
    const QString db = node::SiteStore::storePath(m_dataDir);
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    qputenv("FAIRSTART_NODE_NEW_PASSPHRASE", "a passphrase the server does not know");
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAIRSTART_NODE_PASSPHRASE"), kPassphrase);
    process.setProcessEnvironment(env);
    process.start(m_bin, { QStringLiteral("passphrase"), QStringLiteral("--data-dir"), m_dataDir });
    qunsetenv("FAIRSTART_NODE_NEW_PASSPHRASE");
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    const QByteArray error = process.readAllStandardError();
    const QByteArray expected
        = "Another fairstart-node (process " + QByteArray::number(m_node.processId()) + ")";
    QVERIFY2(error.contains(expected), error.constData());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    // The server still answers with the store it has.
    auto info = client()->Get("/v1/info", auth(m_ann));
    QVERIFY(info);
    QCOMPARE(info->status, 200);
}

void tst_NodeIntegration::sigtermStopsCleanly()
{
    m_node.terminate(); // SIGTERM
    QVERIFY(m_node.waitForFinished(20000));
    QCOMPARE(m_node.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_node.exitCode(), 0);
    const QByteArray log = this->log();
    // One line per request, never a body or a token.
    QVERIFY(log.contains("/v1/info"));
    QVERIFY(!log.contains(m_ann.toUtf8()));
    QVERIFY(!log.contains("DROP TABLE"));
    // The store is unchanged by all of the above and its audit chain is intact.
    QCOMPARE(runNode({ QStringLiteral("audit"), QStringLiteral("verify"),
                       QStringLiteral("--data-dir"), m_dataDir }),
             0);
    auto store = node::SiteStore::open(m_dataDir, kPassphrase);
    QVERIFY(store);
    QCOMPARE(*(*store)->generation(QStringLiteral("cohort")), m_generation);
}

QTEST_GUILESS_MAIN(tst_NodeIntegration)
#include "tst_node_integration.moc"
