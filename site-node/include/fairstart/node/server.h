// SPDX-License-Identifier: GPL-3.0-or-later
// The node's HTTPS server: `fairstart-node serve` and an in-process NodeServer for tests.
#pragma once

#include "fairstart/node/handlers.h"
#include "fairstart/protocol/messages.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace fairstart::node {

class Policy;
class SiteStore;

struct ServeOptions {
    QString dataDir;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0; // 0 = any free port; the bound port is printed (see runServe)
    bool insecureDev = false; // plain HTTP, for development only (warned about loudly)
    int threads = 0; // requests computed at once; 0 = the policy's value
    QString passphrase; // opens the site store
    // A connection must deliver its TLS handshake and each complete request (headers and body),
    // and take each answer, within this many seconds, or it is closed (slow clients cannot hold
    // a connection for long); 0 = the policy's request_deadline_seconds.
    int requestDeadlineSeconds = 0;
};

// Opens the store in options.dataDir, starts the server and blocks until SIGTERM or SIGINT, then
// stops gracefully (requests in flight are answered). Prints one line to stdout when ready:
//   "fairstart-node: listening on https://HOST:PORT"   (http:// with insecureDev)
// and one line per request to stderr. Returns the process exit code (0 after a clean stop,
// 1 with one line on stderr when the store, keys or address cannot be used).
int runServe(const ServeOptions &options);

// The server itself, for runServe and for tests that run a node inside their own process.
class NodeServer {
public:
    ~NodeServer();
    NodeServer(const NodeServer &) = delete;
    NodeServer &operator=(const NodeServer &) = delete;

    // Opens the site store of options.dataDir (with its policy and TLS key) and prepares the
    // server. On failure returns nullptr and sets *error to one sentence.
    static std::unique_ptr<NodeServer> open(const ServeOptions &options, QString *error);
    // The same over an open store (tests): the policy, the public keys for /v1/info and the TLS
    // certificate and key as PEM (both empty = plain HTTP, only with options.insecureDev), and
    // the secret keys for studies (without them, studies are refused).
    static std::unique_ptr<NodeServer>
    openWithStore(std::shared_ptr<SiteStore> store, const Policy &policy,
                  const protocol::NodeKeys &publicKeys, const QByteArray &certPem,
                  const QByteArray &keyPem, const ServeOptions &options, QString *error,
                  NodeSecrets secrets = {});

    // Binds to options.host:options.port; false with *error set when the address is unusable.
    bool bind(QString *error);
    quint16 port() const; // the bound port (after bind)
    bool isTls() const;
    // Serves until stop() (from any thread, or a signal through runServe). Blocks. `ready`, when
    // given, is called once (from another thread) when the node is ready: its datasets are read
    // and what the release rules compute per dataset is computed (preload_datasets; at once
    // when the policy turns the preload off). Connections are accepted meanwhile (issue 16).
    void serve(std::function<void()> ready = {});
    // Starts serve() on an internal thread and returns once it accepts connections.
    bool startInBackground(QString *error);
    // Stops accepting, lets requests in flight finish, joins the background thread if any.
    void stop();

private:
    struct Private;
    explicit NodeServer(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace fairstart::node
