// SPDX-License-Identifier: GPL-3.0-or-later
// The ninth independent review of rules 1, 2 and 4 (branch `review9`, docs/privacy-rules.md
// "The ninth independent review"): attacks the earlier suites did not run, each as a hostile
// client would send it to a real fairstart-node over TLS on its default policy.
//
// Rule 4, slow readers: a client with a valid token asks for a large answer (the catalogue of a
// wide dataset, ~1.2 MB) on many connections from one address and then takes each answer slowly
// (512 bytes every 250 ms: the node's write makes progress within its 5 s send timeout, and the
// kernel's send buffer stays at a few hundred KiB, so the answer does not fit in it; a reader of
// 32 KiB/s let the kernel take the whole answer). Each such connection holds one of the node's
// connection threads for as long as the reader likes, up to request_deadline_seconds. The node
// counts an address's connections that wait for their client (connections_per_address, 32); a
// connection whose answer is being written waited for its client just as much, and was not counted.
//
// Rule 4, hostile JSON: bodies nested beyond the parser's limit, NaN and 1e999, a key twice in a
// nested object, garbage after the document, a lone surrogate, numbers beyond a field's range.
//
// Rule 4, --insecure-dev: plain HTTP has neither the watchdog nor the admission of connections;
// the node says so when it starts.
#include "attacksupport.h"
#include "nodeprocess.h"

#include <openssl/ssl.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <charconv>
#include <mutex>
#include <thread>
#include <vector>

using namespace fairstart;
using namespace testsupport::attacks;
using testsupport::NodeProcess;
using testsupport::Reply;

namespace {

// The wide dataset: this many numeric columns with long names, 20 records (no consent column:
// the catalogue lists the variables all the same, and nothing here reads a record).
constexpr int kWideColumns = 10000;
// connections_per_address's default.
constexpr int kPerAddress = 32;
// The slow readers, all from one address.
constexpr int kReaders = 40;

QByteArray wideCsv()
{
    QByteArray out;
    for (int c = 0; c < kWideColumns; ++c) {
        if (c)
            out += ',';
        out += "a_rather_long_variable_name_for_a_wide_catalogue_"
            + QByteArray::number(c).rightJustified(5, '0');
    }
    out += '\n';
    for (int r = 0; r < 20; ++r) {
        for (int c = 0; c < kWideColumns; ++c) {
            if (c)
                out += ',';
            out += QByteArray::number((r * 7 + c) % 13);
        }
        out += '\n';
    }
    return out;
}

// What one slow reader got.
struct SlowRead {
    bool connected = false; // TLS done and the request sent
    qint64 announced = -1; // the answer's Content-Length
    qint64 bodyBytes = 0; // how much of the body arrived before the connection ended
    bool answering = false; // some of the body arrived
    bool complete() const { return announced > 0 && bodyBytes == announced; }
};

// One connection from `source` to the node at 127.0.0.1:`port` that sends `request` and then
// takes its answer 512 bytes every 250 ms until the node ends the connection or 40 s have passed.
// The receive buffer and segments are small, so the node's writes wait for the reader.
SlowRead readSlowly(SSL_CTX *ctx, int port, const char *source, const QByteArray &request)
{
    SlowRead result;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return result;
    const int small = 4096;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
    const int segment = 536;
    ::setsockopt(fd, IPPROTO_TCP, TCP_MAXSEG, &segment, sizeof segment);
    const timeval timeout { 120, 0 };
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    sockaddr_in from {};
    from.sin_family = AF_INET;
    ::inet_pton(AF_INET, source, &from.sin_addr);
    sockaddr_in to {};
    to.sin_family = AF_INET;
    to.sin_port = htons(quint16(port));
    ::inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&from), sizeof from) != 0
        || ::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to) != 0) {
        ::close(fd);
        return result;
    }
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    if (SSL_connect(ssl) == 1
        && SSL_write(ssl, request.constData(), int(request.size())) == int(request.size())) {
        result.connected = true;
        QByteArray head;
        char buffer[512];
        const QDeadlineTimer stop(40000);
        while (!stop.hasExpired()) {
            const int n = SSL_read(ssl, buffer, sizeof buffer);
            if (n <= 0)
                break;
            if (result.announced < 0) {
                head.append(buffer, n);
                const qsizetype end = head.indexOf("\r\n\r\n");
                if (end >= 0) {
                    const QByteArray lower = head.left(end).toLower();
                    const qsizetype at = lower.indexOf("content-length:");
                    qint64 length = 0;
                    if (at >= 0) {
                        const QByteArray value
                            = lower.mid(at + 15, lower.indexOf('\r', at) - at - 15).trimmed();
                        std::from_chars(value.constData(), value.constData() + value.size(),
                                        length);
                    }
                    result.announced = length;
                    result.bodyBytes = head.size() - end - 4;
                }
            } else {
                result.bodyBytes += n;
            }
            if (result.complete())
                break;
            if (result.bodyBytes > 0)
                result.answering = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
        }
    }
    SSL_free(ssl);
    ::close(fd);
    return result;
}

QString describe(const Reply &reply)
{
    return QStringLiteral("HTTP %1 %2 %3")
        .arg(reply.status)
        .arg(reply.code, QString::fromUtf8(reply.body.left(300)));
}

} // namespace

class tst_AttacksReview9 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void slowReadersOfOneAddressAreBounded();
    void hostileJsonIsRefusedClearly_data();
    void hostileJsonIsRefusedClearly();
    void insecureDevSaysItHasNoConnectionLimits();

private:
    QTemporaryDir m_dir;
    NodeProcess m_node;
    QString m_token;
};

void tst_AttacksReview9::initTestCase()
{
    // The watchdog's deadline (request_deadline_seconds) far above a slow reader's ~40 s, so
    // that whatever bounds the readers here is not the deadline.
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("review9"),
                                      { { "request_deadline_seconds", "120" } }));
    const QString csv = m_dir.filePath(QStringLiteral("wide.csv"));
    VERIFY_NO_ERROR(writeSetupFile(csv, wideCsv()));
    QVERIFY2(m_node.import(QStringLiteral("wide"), csv), qPrintable(m_node.error));
    m_token = m_node.token(QStringLiteral("mallory"), QStringLiteral("research"));
    QVERIFY2(!m_token.isEmpty(), qPrintable(m_node.error));
    QVERIFY2(m_node.serve(), qPrintable(m_node.error));
}

void tst_AttacksReview9::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksReview9::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

// kReaders slow readers of the catalogue from 127.0.0.9 at once, each for 40 s. Before: the node
// held every one — one address held 40 connection threads (and, with more connections, every one
// of max_connections, each up to request_deadline_seconds, reconnecting). Now an address holds at
// most connections_per_address connections that wait for their client, taking their answer
// included: the excess is refused at accept, or the answer it has been taking longest is cut
// (the node's log says which).
void tst_AttacksReview9::slowReadersOfOneAddressAreBounded()
{
    // The honest catalogue, read at full speed: its size.
    const Reply honest = m_node.get("/v1/catalogue?purpose=research", m_token);
    QVERIFY2(honest.status == 200, qPrintable(describe(honest)));
    QVERIFY2(honest.body.size() > 1000000, qPrintable(QString::number(honest.body.size())));

    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    QVERIFY(ctx);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
    const QByteArray request = "GET /v1/catalogue?purpose=research HTTP/1.1\r\nHost: node\r\n"
                               "Authorization: Bearer "
        + m_token.toUtf8() + "\r\nConnection: close\r\n\r\n";
    std::vector<SlowRead> reads(kReaders);
    std::vector<std::thread> readers;
    for (int i = 0; i < kReaders; ++i)
        readers.emplace_back(
            [&, i] { reads[i] = readSlowly(ctx, m_node.port(), "127.0.0.9", request); });
    // An honest client on another address while they read: answered.
    const Reply health = m_node.get("/v1/health", QString());
    for (auto &reader : readers)
        reader.join();
    SSL_CTX_free(ctx);
    QVERIFY2(health.status == 200, qPrintable(describe(health)));

    int answering = 0, connected = 0;
    for (const SlowRead &read : reads) {
        connected += read.connected;
        answering += read.answering;
    }
    // Whether the node bounded the address: a connection of it refused at accept, or one closed
    // as an answer started beyond connections_per_address (the watchdog's log line, said at once).
    const QByteArray log = m_node.log();
    const bool bounded = log.contains("most from 127.0.0.9")
        || log.contains("connections waiting for their client as an answer started");
    const QString outcome = QStringLiteral("%1 slow readers from 127.0.0.9 (%2 bytes each): %3 "
                                           "connected, %4 took part of their answer; %5")
                                .arg(kReaders)
                                .arg(honest.body.size())
                                .arg(connected)
                                .arg(answering)
                                .arg(bounded ? QStringLiteral("the node bounded the address")
                                             : QStringLiteral("the node held every one"));
    note(QStringLiteral("slow readers of one address"), outcome);
    if (!bounded)
        stillWorks(QStringLiteral("slow readers of one address"), outcome);
    // Honest use: the same catalogue read at full speed after them.
    const Reply after = m_node.get("/v1/catalogue?purpose=research", m_token);
    QVERIFY2(after.status == 200 && after.body == honest.body, qPrintable(describe(after)));
}

void tst_AttacksReview9::hostileJsonIsRefusedClearly_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("says");
    const QByteArray head = R"({"purpose":"research","dataset":"wide",)";
    QTest::newRow("nested beyond the parser's limit")
        << head + R"("filters":)" + QByteArray(5000, '[') + QByteArray(5000, ']') + "}"
        << QStringLiteral("too deeply nested");
    QTest::newRow("objects nested beyond the limit") << head + R"("x":)"
            + QByteArray("{\"a\":").repeated(1100) + "1" + QByteArray(1100, '}')
            + "}" << QStringLiteral("too deeply nested");
    QTest::newRow("NaN") << head
            + R"("filters":[{"variable":"a_rather_long_variable_name_for_a_wide_catalogue_00001","min":NaN}]})"
                         << QStringLiteral("illegal number");
    QTest::newRow("1e999") << head
            + R"("filters":[{"variable":"a_rather_long_variable_name_for_a_wide_catalogue_00001","min":1e999}]})"
                           << QStringLiteral("illegal number");
    QTest::newRow("a key twice, nested") << head
            + R"("variables":[{"name":"a_rather_long_variable_name_for_a_wide_catalogue_00001","name":"x"}]})"
                                         << QStringLiteral("a key appears twice");
    QTest::newRow("a key twice, a colon in a key to balance the count")
        << head
            + R"("variables":[{"name":"a_rather_long_variable_name_for_a_wide_catalogue_00001","name":"x"}],"k:":1})"
        << QStringLiteral("a key appears twice");
    QTest::newRow("garbage after the document")
        << head + R"("variables":[]} {"dataset":"other"})" << QStringLiteral("garbage");
    QTest::newRow("a whole number beyond its range") << head
            + R"("trends":[{"period":"a_rather_long_variable_name_for_a_wide_catalogue_00001","variable":"x","from":1e300,"to":2020}]})"
                                                     << QStringLiteral("must be a whole number");
    QTest::newRow("a list where an object belongs")
        << QByteArray("[1,2]") << QStringLiteral("must be a JSON object");
}

// Each body refused with 400 and a sentence that says what is wrong; the node serves on.
void tst_AttacksReview9::hostileJsonIsRefusedClearly()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, says);
    const Reply reply = m_node.post("/v1/descriptives", m_token, body);
    QVERIFY2(reply.status == 400 && reply.code == QLatin1String("malformed-request"),
             qPrintable(describe(reply)));
    const QString message = reply.json.value(QStringLiteral("error"))
                                .toObject()
                                .value(QStringLiteral("message"))
                                .toString();
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(m_node.get("/v1/health", QString()).status == 200, "the node stopped answering");
}

// --insecure-dev: plain HTTP, no watchdog and no admission of connections. Its warning at the
// start says so, not only that TLS is off.
void tst_AttacksReview9::insecureDevSaysItHasNoConnectionLimits()
{
    NodeProcess dev;
    VERIFY_NO_ERROR(
        initNode(dev, m_dir.filePath(QStringLiteral("dev")), QStringLiteral("dev"), {}));
    QProcess serve;
    serve.setProcessEnvironment([] {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FAIRSTART_NODE_PASSPHRASE"),
                   QString::fromLatin1(NodeProcess::kPassphrase));
        return env;
    }());
    serve.start(NodeProcess::binary(),
                { QStringLiteral("serve"), QStringLiteral("--data-dir"),
                  m_dir.filePath(QStringLiteral("dev")), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0"), QStringLiteral("--insecure-dev") });
    QVERIFY2(serve.waitForStarted(10000), qPrintable(serve.errorString()));
    QByteArray out;
    QByteArray err;
    const QDeadlineTimer deadline(120000);
    while (!out.contains("listening on http://") && !deadline.hasExpired()
           && serve.state() == QProcess::Running) {
        serve.waitForReadyRead(200);
        out += serve.readAllStandardOutput();
        err += serve.readAllStandardError();
    }
    serve.terminate();
    serve.waitForFinished(30000);
    err += serve.readAllStandardError();
    QVERIFY2(out.contains("listening on http://"), out.constData());
    QVERIFY2(err.contains("--insecure-dev"), err.constData());
    const bool says = err.contains("no limit on slow or idle connections");
    note(QStringLiteral("--insecure-dev's warning"),
         says ? QStringLiteral("names the missing connection limits")
              : QStringLiteral("says only that TLS is off: ") + QString::fromUtf8(err.trimmed()));
    if (!says)
        stillWorks(QStringLiteral("--insecure-dev's warning"),
                   QStringLiteral("no word of the missing watchdog and admission"));
}

QTEST_GUILESS_MAIN(tst_AttacksReview9)
#include "tst_attacks_review9.moc"
