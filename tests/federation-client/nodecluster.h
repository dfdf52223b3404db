// SPDX-License-Identifier: GPL-3.0-or-later
// Real fairstart-node processes on loopback for integration tests and benchmarks: init, demo data,
// import, token, serve; plus a CSV reader for the in-process pooled reference.
#pragma once

#include "fairstart/analysis/datatable.h"
#include "fairstart/client/site.h"

#include "deadport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <initializer_list>
#include <memory>
#include <vector>

namespace testsupport {

inline QString nodeBinary()
{
    const QString dir = qEnvironmentVariable("FAIRSTART_BIN_DIR");
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/node/fairstart-node");
}

inline QString cliBinary()
{
    const QString dir = qEnvironmentVariable("FAIRSTART_BIN_DIR");
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/cli/fairstart-cli");
}

struct Node {
    QString name;
    QString dataDir;
    QString csv;
    int port = 0;
    QString pin;
    QString token;
    std::unique_ptr<QProcess> process;
};

class NodeCluster {
public:
    // Empty when every step worked; else what failed.
    QString error;
    // Instead of pinning every other node as a peer (one `peers import` per node), each node's
    // policy accepts studies naming sites it has not pinned (unknown_peers = 1): its nodes then
    // verify Ed25519 signatures instead of contribution tags. The default pins.
    bool acceptUnknownPeers = false;
    // An import schema (`fairstart-node import --schema`) for every node's dataset; empty: the
    // column kinds are inferred.
    QString schema;

    NodeCluster() = default;
    ~NodeCluster() { stopAll(); }

    bool available() const { return QFile::exists(nodeBinary()); }

    // Creates `count` nodes with `rows` synthetic children each (profiles in turn) and starts them.
    // `editCsv(index, path)`, when given, may rewrite a node's demo CSV before it is imported.
    // Each step runs for several nodes at once (adminEach): every command opens an encrypted
    // store (a key derivation of ~0.3 s of CPU), and 100 nodes one after the other took minutes.
    bool start(int count, int rows, const QString &purposes = QStringLiteral("research"),
               const std::function<void(int, const QString &)> &editCsv = {})
    {
        if (!m_dir.isValid()) {
            error = QStringLiteral("no temporary directory");
            return false;
        }
        static const QStringList profiles { QStringLiteral("youth-health-service"),
                                            QStringLiteral("hospital"),
                                            QStringLiteral("municipality") };
        const size_t first = m_nodes.size();
        for (int i = 0; i < count; ++i) {
            auto node = std::make_unique<Node>();
            node->name = QStringLiteral("site%1").arg(i + 1);
            node->dataDir = m_dir.filePath(node->name);
            node->csv = m_dir.filePath(node->name + QStringLiteral(".csv"));
            m_nodes.push_back(std::move(node));
        }
        auto each = [&](const std::function<QStringList(int, const Node &)> &command,
                        std::vector<QString> *outs = nullptr) {
            std::vector<QStringList> commands;
            for (int i = 0; i < count; ++i)
                commands.push_back(command(i, *m_nodes[first + size_t(i)]));
            return adminEach(commands, outs);
        };
        std::vector<QString> pins, tokens;
        if (!each([](int, const Node &n) {
                return QStringList { QStringLiteral("init"), QStringLiteral("--data-dir"),
                                     n.dataDir, QStringLiteral("--name"), n.name };
            })
            || !each([&](int i, const Node &n) {
                   return QStringList { QStringLiteral("demo-data"),
                                        QStringLiteral("--profile"),
                                        profiles.at(i % profiles.size()),
                                        QStringLiteral("--rows"),
                                        QString::number(rows),
                                        QStringLiteral("--seed"),
                                        QString::number(i + 1),
                                        QStringLiteral("--out"),
                                        n.csv };
               }))
            return false;
        if (editCsv) {
            for (int i = 0; i < count; ++i)
                editCsv(i, m_nodes[first + size_t(i)]->csv);
        }
        if (!each([this](int, const Node &n) {
                QStringList args { QStringLiteral("import"),
                                   QStringLiteral("--data-dir"),
                                   n.dataDir,
                                   QStringLiteral("--dataset"),
                                   QStringLiteral("cohort"),
                                   QStringLiteral("--csv"),
                                   n.csv };
                if (!schema.isEmpty())
                    args << QStringLiteral("--schema") << schema;
                return args;
            })
            || !each(
                [](int, const Node &n) {
                    return QStringList { QStringLiteral("pin"), QStringLiteral("--data-dir"),
                                         n.dataDir };
                },
                &pins)
            || !each(
                [&](int, const Node &n) {
                    return QStringList { QStringLiteral("token"),      QStringLiteral("create"),
                                         QStringLiteral("--data-dir"), n.dataDir,
                                         QStringLiteral("--user"),     QStringLiteral("analyst"),
                                         QStringLiteral("--purpose"),  purposes };
                },
                &tokens))
            return false;
        for (int i = 0; i < count; ++i) {
            m_nodes[first + size_t(i)]->pin = pins[size_t(i)].trimmed();
            m_nodes[first + size_t(i)]->token = tokens[size_t(i)].trimmed();
        }
        // The administrators exchange keys before serving: every node accepts every other one
        // as a peer (a node refuses studies naming sites it has not accepted, issue 14).
        if (acceptUnknownPeers) {
            if (!each([](int, const Node &n) {
                    return QStringList { QStringLiteral("policy"),        QStringLiteral("set"),
                                         QStringLiteral("--data-dir"),    n.dataDir,
                                         QStringLiteral("unknown_peers"), QStringLiteral("1") };
                }))
                return false;
        } else if (!pinEachOther()) {
            return false;
        }
        std::vector<int> started;
        for (int i = 0; i < count; ++i)
            started.push_back(int(first) + i);
        return serveEach(started);
    }

    // `fairstart-node keys --json` of every node in one federation keys file, imported at every
    // node with `peers import` (one opening of each store; its own entry is skipped). Safe to call
    // again after nodes were added: pairs already pinned are kept.
    bool pinEachOther()
    {
        std::vector<QStringList> keys;
        for (const auto &node : m_nodes)
            keys.push_back({ QStringLiteral("keys"), QStringLiteral("--data-dir"), node->dataDir,
                             QStringLiteral("--json") });
        std::vector<QString> jsons;
        if (!adminEach(keys, &jsons))
            return false;
        const QString path = m_dir.filePath(QStringLiteral("federation.keys.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            error = QStringLiteral("cannot write %1").arg(path);
            return false;
        }
        for (const QString &json : jsons)
            file.write(json.toUtf8());
        file.close();
        std::vector<QStringList> imports;
        for (const auto &node : m_nodes)
            imports.push_back({ QStringLiteral("peers"), QStringLiteral("import"),
                                QStringLiteral("--data-dir"), node->dataDir,
                                QStringLiteral("--keys-file"), path, QStringLiteral("--note"),
                                QStringLiteral("exchanged by the test harness") });
        return adminEach(imports);
    }

    bool serve(int index) { return serveEach({ index }); }

    // Starts the nodes' servers all at once, then waits until each listens. Each node binds port
    // 0 (the kernel gives it a free port) and its port is read from its "listening on" line: a
    // port probed free and bound later could be taken meanwhile by a parallel test (CI failure
    // of the package test), and a node does not reuse a port another node listens on.
    bool serveEach(const std::vector<int> &indexes)
    {
        std::vector<qint64> from(indexes.size());
        for (size_t k = 0; k < indexes.size(); ++k)
            from[k] = launch(indexes[k]);
        for (size_t k = 0; k < indexes.size(); ++k) {
            const int index = indexes[k];
            const int state = waitListening(index, from[k]);
            if (state > 0)
                continue;
            QFile file(serveLog(index));
            QByteArray log;
            if (file.open(QIODevice::ReadOnly) && file.seek(from[k]))
                log = file.readAll();
            error = QStringLiteral("%1 did not start serving (%2): %3")
                        .arg(m_nodes[size_t(index)]->name,
                             state < 0 ? QStringLiteral("no \"listening on\" line in 300 s")
                                       : QStringLiteral("it ended"),
                             QString::fromUtf8(log));
            return false;
        }
        return true;
    }

    // Where a serving node writes its output (standard output and error, one file per node).
    QString serveLog(int index) const
    {
        return m_nodes[size_t(index)]->dataDir + QStringLiteral(".serve.log");
    }

    void kill(int index)
    {
        if (auto &p = m_nodes[size_t(index)]->process; p && p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(60000);
        }
    }

    // SIGSTOP: the node keeps its socket but answers nothing, like a node that hangs.
    void pause(int index) { ::kill(pid_t(m_nodes[size_t(index)]->process->processId()), SIGSTOP); }
    void resume(int index) { ::kill(pid_t(m_nodes[size_t(index)]->process->processId()), SIGCONT); }

    void stopAll()
    {
        for (auto &node : m_nodes) {
            if (node->process && node->process->state() != QProcess::NotRunning) {
                resumeIfStopped(*node);
                stopProcess(*node->process);
            }
        }
    }

    QList<fairstart::client::Site> sites() const
    {
        QList<fairstart::client::Site> out;
        for (const auto &node : m_nodes)
            out << fairstart::client::Site { node->name,
                                             QStringLiteral("https://127.0.0.1:%1").arg(node->port),
                                             node->pin, node->token };
        return out;
    }

    QString writeSitesFile(const QList<fairstart::client::Site> &sites) const
    {
        QString json = QStringLiteral("{\"sites\": [");
        for (qsizetype i = 0; i < sites.size(); ++i) {
            const auto &s = sites.at(i);
            json += QStringLiteral("%1{\"name\": \"%2\", \"url\": \"%3\", \"pin\": \"%4\", "
                                   "\"token\": \"%5\"}")
                        .arg(i ? QStringLiteral(", ") : QString(), s.name, s.url, s.pin, s.token);
        }
        json += QStringLiteral("]}");
        const QString path = m_dir.filePath(QStringLiteral("sites-%1.json").arg(++m_files));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(json.toUtf8());
        return path;
    }

    // Changes one value of a node's policy and restarts the node (on a new port) to apply it.
    bool setPolicy(int index, const QString &key, const QString &value)
    {
        Node &node = *m_nodes[size_t(index)];
        QString out;
        if (node.process && node.process->state() != QProcess::NotRunning) {
            stopProcess(*node.process);
        }
        return admin({ QStringLiteral("policy"), QStringLiteral("set"),
                       QStringLiteral("--data-dir"), node.dataDir, key, value },
                     &out)
            && serve(index);
    }

    // Several values of every node's policy (key, value), then the nodes restarted to apply them.
    bool setPolicies(const std::vector<std::pair<QString, QString>> &values)
    {
        std::vector<QStringList> commands;
        std::vector<int> all;
        for (int i = 0; i < size(); ++i) {
            Node &node = *m_nodes[size_t(i)];
            if (node.process && node.process->state() != QProcess::NotRunning) {
                stopProcess(*node.process);
            }
            for (const auto &[key, value] : values)
                commands.push_back({ QStringLiteral("policy"), QStringLiteral("set"),
                                     QStringLiteral("--data-dir"), node.dataDir, key, value });
            all.push_back(i);
        }
        // One command per node at a time: the commands of one node share its store.
        for (size_t k = 0; k < values.size(); ++k) {
            std::vector<QStringList> round;
            for (size_t i = 0; i < all.size(); ++i)
                round.push_back(commands[i * values.size() + k]);
            if (!adminEach(round))
                return false;
        }
        return serveEach(all);
    }

    // The round requests a node answered (from its audit log); -1 when the log cannot be read.
    int roundRequests(int index)
    {
        return auditLinesWith(index,
                              { QLatin1String("\"event\":\"request\""), QLatin1String("/rounds\""),
                                QLatin1String("\"status\":200") });
    }

    // The round requests whose relayed contributions a node checked by their contribution tags
    // (audit "tagsVerified"; docs/protocol.md "Contribution tags"); -1 when unreadable.
    int taggedRounds(int index)
    {
        return auditLinesWith(index, { QLatin1String("\"tagsVerified\":[") });
    }

    // The DELETE /v1/jobs/{id} requests a node answered (from its audit log); -1 when unreadable.
    int cancelledJobs(int index)
    {
        return auditLinesWith(
            index,
            { QLatin1String("\"event\":\"request\""), QLatin1String("\"method\":\"DELETE\"") });
    }

    // The model jobs a node's site fit ended with its answer ({"end_job": true}, issue 16,
    // branch sites8): the entries that record the status a DELETE would have released.
    int jobsEndedBySiteFits(int index)
    {
        return auditLinesWith(index,
                              { QLatin1String("\"event\":\"request\""), QLatin1String("/site-fit"),
                                QLatin1String("\"jobEnded\"") });
    }

    // The entries of a node's audit log (JSON lines) that contain every one of `texts`; -1 when
    // the log cannot be read.
    int auditLinesWith(int index, std::initializer_list<QLatin1String> texts)
    {
        QString out;
        if (!admin({ QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--data-dir"),
                     m_nodes[size_t(index)]->dataDir, QStringLiteral("--json"),
                     QStringLiteral("--count"), QStringLiteral("1000000") },
                   &out))
            return -1;
        int count = 0;
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (std::all_of(texts.begin(), texts.end(),
                            [&line](QLatin1String text) { return line.contains(text); }))
                ++count;
        }
        return count;
    }

    // A node's audit entries (its log's JSON lines) in the order of their sequence numbers;
    // false with `error` set when the log cannot be read.
    bool auditEntries(int index, QList<QJsonObject> *entries)
    {
        QString out;
        if (!admin({ QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--data-dir"),
                     m_nodes[size_t(index)]->dataDir, QStringLiteral("--json"),
                     QStringLiteral("--count"), QStringLiteral("1000000") },
                   &out))
            return false;
        entries->clear();
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            *entries << QJsonDocument::fromJson(line.toUtf8()).object();
        std::sort(entries->begin(), entries->end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QLatin1String("seq")).toDouble()
                < b.value(QLatin1String("seq")).toDouble();
        });
        return true;
    }

    const Node &node(int index) const { return *m_nodes[size_t(index)]; }
    int size() const { return int(m_nodes.size()); }
    // The administrator's command (`fairstart-node ARGS`, the cluster's passphrase); its standard
    // output in `out`, or false with `error` set.
    bool admin(const QStringList &args, QString *out)
    {
        std::vector<QString> outs;
        if (!adminEach({ args }, &outs))
            return false;
        *out = outs.front();
        return true;
    }

    // The administrator's commands, up to parallelJobs() at once; their standard outputs in
    // `outs` (command order), or false with `error` naming the first that failed.
    bool adminEach(const std::vector<QStringList> &commands, std::vector<QString> *outs = nullptr)
    {
        if (outs)
            outs->assign(commands.size(), QString());
        const size_t width = size_t(parallelJobs());
        for (size_t begin = 0; begin < commands.size(); begin += width) {
            const size_t end = std::min(commands.size(), begin + width);
            std::vector<std::unique_ptr<QProcess>> running;
            for (size_t k = begin; k < end; ++k) {
                auto p = std::make_unique<QProcess>();
                p->setProcessEnvironment(environment());
                p->start(nodeBinary(), commands[k]);
                running.push_back(std::move(p));
            }
            for (size_t k = begin; k < end; ++k) {
                QProcess &p = *running[k - begin];
                const bool done = p.waitForFinished(900000);
                if (!done || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
                    error = QStringLiteral("fairstart-node %1 failed (%2, exit %3): %4 %5")
                                .arg(commands[k].join(QLatin1Char(' ')),
                                     done ? QStringLiteral("ended") : p.errorString())
                                .arg(p.exitCode())
                                .arg(QString::fromUtf8(p.readAllStandardError()),
                                     QString::fromUtf8(p.readAllStandardOutput()));
                    for (auto &other : running)
                        other->waitForFinished(900000);
                    return false;
                }
                if (outs)
                    (*outs)[k] = QString::fromUtf8(p.readAllStandardOutput());
            }
        }
        return true;
    }

    // How many administrator commands run at once: FAIRSTART_CLUSTER_JOBS, else the cores.
    static int parallelJobs()
    {
        const int jobs = qEnvironmentVariableIntValue("FAIRSTART_CLUSTER_JOBS");
        return jobs > 0 ? jobs : std::max(1, QThread::idealThreadCount());
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    static void resumeIfStopped(Node &node) { ::kill(pid_t(node.process->processId()), SIGCONT); }

    // SIGTERM and the node's graceful stop, else SIGKILL; returns once the process is gone. The
    // waits are long for a loaded machine: a node restarted on the same data dir while the old
    // one still held its node.lock would be refused.
    static void stopProcess(QProcess &process)
    {
        process.terminate();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished(60000);
        }
    }

    // Starts `serve` on port 0 (waitListening reads the port the kernel gave it); returns where
    // its log begins. The node's log (a line per request) goes to a file, not to a pipe: a
    // harness without an event loop (the benchmarks) never reads the pipe, and once its 64 KiB
    // filled, the node's workers blocked writing their log lines and the node stopped answering.
    qint64 launch(int index)
    {
        Node &node = *m_nodes[size_t(index)];
        node.port = 0;
        node.process = std::make_unique<QProcess>();
        node.process->setProcessEnvironment(environment());
        node.process->setProcessChannelMode(QProcess::MergedChannels);
        const QString logPath = serveLog(index);
        const qint64 from = QFileInfo(logPath).size(); // a restart appends to the same file
        node.process->setStandardOutputFile(logPath, QIODevice::Append);
        node.process->start(nodeBinary(),
                            { QStringLiteral("serve"), QStringLiteral("--data-dir"), node.dataDir,
                              QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
        return from;
    }

    // 1: the node logged that it listens (node.port is its port); 0: it ended before; -1:
    // neither within 300 s (100 nodes started at once share the cores for their key
    // derivations, and CI runs two such tests at once on a loaded 2-core machine).
    int waitListening(int index, qint64 from)
    {
        static const QRegularExpression listening(
            QStringLiteral("listening on https://127\\.0\\.0\\.1:(\\d+)"));
        Node &node = *m_nodes[size_t(index)];
        const QString logPath = serveLog(index);
        QDeadlineTimer deadline(300000);
        for (;;) {
            QFile file(logPath);
            if (file.open(QIODevice::ReadOnly) && file.seek(from)) {
                const auto match = listening.match(QString::fromUtf8(file.readAll()));
                if (match.hasMatch()) {
                    node.port = match.captured(1).toInt();
                    return 1;
                }
            }
            if (node.process->state() == QProcess::NotRunning)
                return 0;
            if (deadline.hasExpired())
                return -1;
            node.process->waitForFinished(50);
        }
    }

    static QProcessEnvironment environment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FAIRSTART_NODE_PASSPHRASE"),
                   QStringLiteral("integration-test-passphrase"));
        return env;
    }

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<Node>> m_nodes;
    mutable int m_files = 0;
};

// A CSV's records dealt over `sites` CSVs, record i to site i mod `sites`, each with the column
// consent_<purpose> = 1 (R's data sets have no consent column; a node requires one by default).
inline std::vector<QByteArray> rowsOverSites(const QByteArray &csv, int sites,
                                             const QString &purpose = QStringLiteral("research"))
{
    const QList<QByteArray> lines = csv.split('\n');
    std::vector<QByteArray> parts(std::size_t(std::max(sites, 1)),
                                  lines.first().trimmed() + ",\"consent_" + purpose.toUtf8()
                                      + "\"\n");
    std::size_t row = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        parts[row % parts.size()] += line + ",1\n";
        ++row;
    }
    return parts;
}

// Reads the demo CSVs into one table (the pooled data an in-process fit sees), keeping the rows
// with consent for `purpose`. Numbers become numeric columns, anything else text (factors).
inline fairstart::analysis::DataTable readPooledCsv(const QStringList &files,
                                                    const QString &consentColumn)
{
    QStringList header;
    std::vector<QStringList> rows;
    for (const QString &file : files) {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        QTextStream in(&f);
        const QStringList h = in.readLine().split(QLatin1Char(','));
        if (header.isEmpty())
            header = h;
        const qsizetype consent = h.indexOf(consentColumn);
        while (!in.atEnd()) {
            QStringList cells = in.readLine().split(QLatin1Char(','));
            for (QString &c : cells) {
                if (c.startsWith(QLatin1Char('"')) && c.endsWith(QLatin1Char('"')))
                    c = c.mid(1, c.size() - 2);
            }
            if (consent >= 0 && cells.value(consent) != QLatin1String("1"))
                continue;
            rows.push_back(cells);
        }
    }
    fairstart::analysis::DataTable table;
    for (qsizetype col = 0; col < header.size(); ++col) {
        bool numeric = true;
        std::vector<double> values;
        std::vector<std::string> text;
        for (const QStringList &row : rows) {
            const QString cell = row.value(col);
            text.push_back(cell == QLatin1String("NA") ? std::string() : cell.toStdString());
            if (cell.isEmpty() || cell == QLatin1String("NA")) {
                values.push_back(std::nan(""));
                continue;
            }
            bool ok = false;
            values.push_back(cell.toDouble(&ok));
            numeric = numeric && ok;
        }
        if (numeric)
            (void)table.addNumeric(header.at(col).toStdString(), std::move(values));
        else
            (void)table.addText(header.at(col).toStdString(), text);
    }
    return table;
}

} // namespace testsupport
