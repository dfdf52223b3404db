// SPDX-License-Identifier: GPL-3.0-or-later
// Asynchronous HTTPS to many nodes at once: libcurl's multi interface driven by the Qt event loop.
#pragma once

#include "fairstart/client/site.h"
#include "fairstart/client/siteerror.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace fairstart::client {

struct TransportOptions {
    int connectTimeoutMs = 10'000; // TCP + TLS handshake
    int totalTimeoutMs = 120'000; // the whole request, retries included
    int lowSpeedLimitBytes = 1; // abort when slower than this many bytes per second ...
    int lowSpeedTimeS = 30; // ... for this many seconds (a node that stalls)
    int maxAttempts = 4; // first try plus retries of transient failures
    int retryBaseDelayMs = 250; // backoff: base, 2·base, 4·base, ... capped at retryMaxDelayMs
    int retryMaxDelayMs = 4'000;
    qint64 maxResponseBytes = 64 * 1024 * 1024; // answers are aggregates; anything larger is wrong
};

struct Request {
    QByteArray method = QByteArrayLiteral("GET"); // GET, POST or DELETE
    QString path; // "/v1/info?purpose=research", starts with '/'
    QByteArray body; // JSON for POST
    std::optional<TransportOptions> options; // the transport's defaults when absent
};

class Transport;

// One request in flight. Signals arrive from the event loop, never from inside libcurl. The reply
// belongs to the transport (its parent); delete it (deleteLater) when done, which also cancels it.
class Reply : public QObject {
    Q_OBJECT
public:
    ~Reply() override;

    const QString &siteName() const { return m_site.name; }
    const Request &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error; }
    int httpStatus() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    // Only when finished and not ok().
    const SiteError &error() const;
    int attempts() const { return m_attempts; }
    qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }

    // Cancels the request: finished() is emitted with a Cancelled error unless already finished.
    void abort();

Q_SIGNALS:
    void progress(qint64 received, qint64 expected); // expected 0 = not known yet
    void retrying(int nextAttempt, int delayMs, const fairstart::client::SiteError &reason);
    void finished();

private:
    friend class Transport;
    friend struct TransportPrivate;
    Reply(Transport *transport, Site site, Request request, TransportOptions options);

    QPointer<Transport> m_transport;
    Site m_site;
    Request m_request;
    TransportOptions m_options;
    void *m_easy = nullptr; // CURL *
    void *m_headers = nullptr; // curl_slist *
    bool m_active = false; // added to the multi handle
    bool m_finished = false;
    int m_attempts = 0;
    int m_status = 0;
    QByteArray m_body;
    std::optional<SiteError> m_error;
    QElapsedTimer m_elapsed;
    QTimer *m_retryTimer = nullptr;
    char m_curlError[256] = {};
    qint64 m_received = 0;
    qint64 m_expected = 0;
    bool m_progressPending = false;
};

// The transport of one client: a libcurl multi handle whose sockets are watched by QSocketNotifiers
// and whose timeouts are a single-shot QTimer, so no thread ever blocks waiting for a node.
// Connections are kept and reused across requests to the same site (with the same pin).
//
// TLS: every request needs the site's public-key pin, which libcurl checks on every new connection
// (CURLOPT_PINNEDPUBLICKEY). A node's certificate is self-signed, so the chain cannot be verified
// against a CA and neither can the host name (the analyst may reach the node by an IP or a name the
// certificate does not carry); both checks are off, and the pin replaces them: it binds the
// connection to the one key the site's administrator handed over, which is stronger than a CA
// chain. A request without a pin is refused before anything is sent.
//
// Proxies: libcurl reads https_proxy / HTTPS_PROXY / all_proxy and no_proxy from the environment;
// the pin is checked end to end through the proxy's CONNECT tunnel, so a proxy cannot intercept.
class Transport : public QObject {
    Q_OBJECT
public:
    explicit Transport(QObject *parent = nullptr);
    ~Transport() override;

    void setDefaultOptions(const TransportOptions &options) { m_defaults = options; }
    const TransportOptions &defaultOptions() const { return m_defaults; }

    // Starts a request to a site. Never null; a request that cannot start (no pin, not https)
    // finishes with an error from the event loop.
    Reply *send(const Site &site, const Request &request);

    // Cancels every request in flight.
    void abortAll();

    int activeCount() const;

Q_SIGNALS:
    // Any request of this transport will be sent again after `delayMs`: a transient failure, or
    // a node that answered 429 (busy; SiteError::code names its rule). For the analyst's eyes.
    void retrying(const QString &site, int nextAttempt, int delayMs,
                  const fairstart::client::SiteError &reason);

private:
    friend class Reply;
    friend struct TransportPrivate;

    void start(Reply *reply);
    void attempt(Reply *reply);
    void detach(Reply *reply);
    void finish(Reply *reply, std::optional<SiteError> error);
    void drive(qintptr socket, int events);
    void processDone();
    void emitProgress();

    std::unique_ptr<struct TransportPrivate> d;
    TransportOptions m_defaults;
    QTimer m_timer;
    QHash<void *, QPointer<Reply>> m_byEasy;
};

} // namespace fairstart::client
