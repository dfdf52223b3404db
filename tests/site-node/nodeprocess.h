// SPDX-License-Identifier: GPL-3.0-or-later
// One real fairstart-node process for tests that talk to it as an outsider would: the node's own
// commands (init, import, token, policy) run as processes, `serve` on a free loopback port with
// real TLS, and raw HTTPS requests that trust exactly the node's certificate. Nothing here goes
// through the federation client: the requests are the bytes a hostile token holder could send.
#pragma once

#include <httplib.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

// Fails the current test function (QVERIFY2) when `step`, a QString (a set-up step's error: the
// helpers of attacksupport.h and demosites.h return one, empty when the step worked), is not
// empty, with that text as the message.
#define VERIFY_NO_ERROR(step)                                                                      \
    do {                                                                                           \
        const QString stepError_ = (step);                                                         \
        QVERIFY2(stepError_.isEmpty(), qPrintable(stepError_));                                    \
    } while (false)

namespace testsupport {

// An answer of the node: status, body and, for a refusal, the error's code and rule flag.
struct Reply {
    int status = 0; // 0 = no answer at all (connection failed or timed out)
    QByteArray body;
    QJsonObject json;
    QString code;
    bool rule = false;
    QString transportError; // why there was no answer (status 0): httplib's error

    bool released() const { return status >= 200 && status < 300; }
    QString describe() const
    {
        if (status == 0)
            return QStringLiteral("no answer: %1").arg(transportError);
        return QStringLiteral("HTTP %1 %2 %3")
            .arg(status)
            .arg(code, QString::fromUtf8(body.left(300)));
    }
};

// An answer of the node (a batch part's too): its status and body, the JSON and the error's code.
inline Reply replyOf(int status, QByteArray body)
{
    Reply reply;
    reply.status = status;
    reply.body = std::move(body);
    reply.json = QJsonDocument::fromJson(reply.body).object();
    const QJsonObject error = reply.json.value(QStringLiteral("error")).toObject();
    reply.code = error.value(QStringLiteral("code")).toString();
    reply.rule = error.value(QStringLiteral("rule")).toBool();
    return reply;
}

class NodeProcess {
public:
    static constexpr const char *kPassphrase = "attack-suite-passphrase";

    NodeProcess() = default;
    NodeProcess(const NodeProcess &) = delete;
    NodeProcess &operator=(const NodeProcess &) = delete;
    ~NodeProcess() { stop(); }

    // The binary from FAIRSTART_BIN_DIR; empty when the variable is not set.
    static QString binary()
    {
        const QString dir = qEnvironmentVariable("FAIRSTART_BIN_DIR");
        return dir.isEmpty() ? QString() : dir + QStringLiteral("/node/fairstart-node");
    }

    // Why the binary cannot run (FAIRSTART_BIN_DIR unset, or the node not built); empty when it
    // can. A test that needs the node fails on it, never skips (rule 5).
    static QString binaryMissing()
    {
        if (binary().isEmpty())
            return QStringLiteral("FAIRSTART_BIN_DIR must point to the build's app folder");
        if (!QFile::exists(binary()))
            return binary() + QStringLiteral(" is not built");
        return {};
    }

    QString error; // what failed last
    QString locale; // when set, every command and serve run under it (LC_ALL and LANG)

    // Runs one node command; its stdout in *out. False (and `error`) when it did not exit 0.
    bool run(const QStringList &args, QByteArray *out = nullptr, int timeoutMs = 300000)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(binary(), args);
        if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit
            || p.exitCode() != 0) {
            error = QStringLiteral("fairstart-node %1 failed: %2 %3")
                        .arg(args.join(QLatin1Char(' ')),
                             QString::fromUtf8(p.readAllStandardError()), p.errorString());
            return false;
        }
        if (out)
            *out = p.readAllStandardOutput();
        return true;
    }

    bool init(const QString &dataDir, const QString &name)
    {
        m_dataDir = dataDir;
        return run({ QStringLiteral("init"), QStringLiteral("--data-dir"), dataDir,
                     QStringLiteral("--name"), name });
    }

    bool import(const QString &dataset, const QString &csv, const QString &schema = QString())
    {
        QStringList args { QStringLiteral("import"),
                           QStringLiteral("--data-dir"),
                           m_dataDir,
                           QStringLiteral("--dataset"),
                           dataset,
                           QStringLiteral("--csv"),
                           csv };
        if (!schema.isEmpty())
            args << QStringLiteral("--schema") << schema;
        return run(args);
    }

    // A new token of `user` for the purposes ("research,quality"); empty on failure.
    QString token(const QString &user, const QString &purposes)
    {
        QByteArray out;
        if (!run({ QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--data-dir"),
                   m_dataDir, QStringLiteral("--user"), user, QStringLiteral("--purpose"),
                   purposes },
                 &out))
            return {};
        return QString::fromUtf8(out).trimmed();
    }

    bool setPolicy(const QString &key, const QString &value)
    {
        return run({ QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--data-dir"),
                     m_dataDir, key, value });
    }

    QString pin()
    {
        QByteArray out;
        return run({ QStringLiteral("pin"), QStringLiteral("--data-dir"), m_dataDir }, &out)
            ? QString::fromUtf8(out).trimmed()
            : QString();
    }

    // Starts `serve` on a free loopback port (with `extra` arguments: --insecure-dev) and waits
    // for its "listening" line.
    bool serve(const QStringList &extra = {})
    {
        QFile cert(m_dataDir + QStringLiteral("/tls/node.crt"));
        if (!cert.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("no certificate in %1").arg(m_dataDir);
            return false;
        }
        m_certPem = cert.readAll();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessEnvironment(environment());
        // The log goes to a file: a pipe nobody reads would block the node after 64 KiB.
        m_logFile = m_dataDir + QStringLiteral(".serve.log");
        m_process->setStandardErrorFile(m_logFile, QIODevice::Append);
        m_process->start(binary(),
                         QStringList { QStringLiteral("serve"), QStringLiteral("--data-dir"),
                                       m_dataDir, QStringLiteral("--listen"),
                                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--threads"),
                                       QStringLiteral("4") }
                             + extra);
        if (!m_process->waitForStarted(10000)) {
            error = QStringLiteral("serve did not start: %1").arg(m_process->errorString());
            return false;
        }
        static const QRegularExpression listening(
            QStringLiteral("listening on https?://127\\.0\\.0\\.1:(\\d+)"));
        // Up to 300 s: a key derivation and the datasets read first, on a loaded 2-core CI
        // machine beside other tests' nodes.
        QByteArray text;
        const QDeadlineTimer deadline(300000);
        while (m_port == 0 && !deadline.hasExpired()) {
            m_process->waitForReadyRead(100);
            text += m_process->readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(text));
            if (match.hasMatch())
                m_port = match.captured(1).toInt();
            if (m_process->state() != QProcess::Running)
                break;
        }
        if (m_port == 0) {
            error = QStringLiteral("serve did not listen (%1): %2")
                        .arg(m_process->state() == QProcess::Running
                                 ? QStringLiteral("no \"listening on\" line in 300 s")
                                 : QStringLiteral("it ended"),
                             QString::fromUtf8(log()));
            return false;
        }
        return true;
    }

    // SIGTERM, then the log it wrote on stderr (every line since start).
    QByteArray stop()
    {
        if (!m_process)
            return log();
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(20000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        m_process.reset();
        m_port = 0;
        return log();
    }

    // The stderr log so far, of every serve of this data dir (reading it does not stop the node).
    QByteArray log() const
    {
        if (m_logFile.isEmpty())
            return {}; // never served
        QFile file(m_logFile);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    bool running() const { return m_process && m_process->state() == QProcess::Running; }
    // The serving process's id (0 when not serving): for its memory (/proc/PID/status).
    qint64 pid() const { return running() ? m_process->processId() : 0; }
    int port() const { return m_port; }
    QString dataDir() const { return m_dataDir; }

    std::unique_ptr<httplib::SSLClient> client(int readTimeoutSeconds = 120) const
    {
        auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", m_port);
        BIO *bio = BIO_new_mem_buf(m_certPem.constData(), int(m_certPem.size()));
        X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        X509_STORE *store = X509_STORE_new();
        X509_STORE_add_cert(store, cert);
        X509_free(cert);
        c->set_ca_cert_store(store);
        c->enable_server_certificate_verification(true);
        // 30 s, not 10: on a 2-core machine at load 60 a TLS handshake took longer (a study test
        // once saw no answer while arming under the full suite).
        c->set_connection_timeout(30, 0);
        c->set_read_timeout(readTimeoutSeconds, 0);
        return c;
    }

    Reply post(const std::string &path, const QString &token, const QByteArray &body) const
    {
        return post(path, token, body, "application/json");
    }

    // A body of another media type (the binary relay: application/x-fairstart-relay).
    Reply post(const std::string &path, const QString &token, const QByteArray &body,
               const char *contentType) const
    {
        return send([&](httplib::SSLClient &c) {
            return c.Post(path.c_str(), headers(token), body.toStdString(), contentType);
        });
    }

    Reply post(const std::string &path, const QString &token, const QJsonObject &body) const
    {
        return post(path, token, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    Reply get(const std::string &path, const QString &token) const
    {
        return send([&](httplib::SSLClient &c) { return c.Get(path.c_str(), headers(token)); });
    }

    Reply del(const std::string &path, const QString &token) const
    {
        return send([&](httplib::SSLClient &c) { return c.Delete(path.c_str(), headers(token)); });
    }

    // An httplib client's result as a Reply (status 0 and httplib's error when there was none).
    static Reply toReply(const httplib::Result &result)
    {
        Reply reply;
        if (!result) {
            reply.transportError = QString::fromStdString(httplib::to_string(result.error()));
            return reply;
        }
        return replyOf(result->status, QByteArray::fromStdString(result->body));
    }

private:
    // One request on a new connection. A connection that failed before the request went out
    // (refused, or its TLS handshake cut off: the node gives a handshake 5 s, which a test process
    // starved on a loaded CI machine can miss) is tried again, twice at most: nothing reached the
    // node, so even a POST is safe to send again.
    template<typename Request> Reply send(const Request &request) const
    {
        for (int attempt = 1;; ++attempt) {
            auto c = client();
            httplib::Result result = request(*c);
            const bool notSent = !result
                && (result.error() == httplib::Error::Connection
                    || result.error() == httplib::Error::SSLConnection
                    || result.error() == httplib::Error::ConnectionTimeout);
            if (!notSent || attempt == 3 || !running())
                return toReply(result);
            qWarning("%s: no connection to the node (%s), trying again", qPrintable(m_dataDir),
                     httplib::to_string(result.error()).c_str());
        }
    }

    static httplib::Headers headers(const QString &token)
    {
        if (token.isEmpty())
            return {};
        return { { "Authorization", "Bearer " + token.toStdString() } };
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FAIRSTART_NODE_PASSPHRASE"), QString::fromLatin1(kPassphrase));
        if (!locale.isEmpty()) {
            env.insert(QStringLiteral("LC_ALL"), locale);
            env.insert(QStringLiteral("LANG"), locale);
        }
        return env;
    }

    QString m_dataDir;
    QByteArray m_certPem;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    QString m_logFile;
};

// The node's audit entries (JSON lines) that contain `text` (none, and a warning saying why, when
// the log cannot be read).
inline QStringList auditLinesOf(NodeProcess &node, const QString &text)
{
    QByteArray out;
    QStringList lines;
    if (!node.run({ QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--data-dir"),
                    node.dataDir(), QStringLiteral("--json"), QStringLiteral("--count"),
                    QStringLiteral("1000000") },
                  &out)) {
        qWarning("%s: the audit log could not be read: %s", qPrintable(node.dataDir()),
                 qPrintable(node.error));
        return lines;
    }
    for (const QString &line :
         QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.contains(text))
            lines.append(line);
    }
    return lines;
}

} // namespace testsupport
