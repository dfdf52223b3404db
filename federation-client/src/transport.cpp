// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/client/transport.h"
#include "nodeerror_p.h"

#include "fairstart/client/refusals.h"

#include "fairstart/client/tr.h"

#include "fairstart/protocol/batchcodec.h"
#include "fairstart/protocol/relaycodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QUrl>

#include <curl/curl.h>

#include <algorithm>
#include <limits>
#include <map>
#include <mutex>
#include <set>
#include <utility>
#include <vector>

namespace fairstart::client {

namespace {

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// The longest a kept-alive connection may have been idle to be used again (CURLOPT_MAXAGE_CONN,
// seconds): below the node's keep-alive timeout of 5 s (see where it is set below).
constexpr long kMaxConnectionIdleS = 3;

// Connections per site at most (CURLMOPT_MAX_HOST_CONNECTIONS; more requests to a site wait in
// the transport for one of them): 4 while the transport has sent to fewer than kManySites sites,
// 2 from then on. A node keeps a worker thread polling every kept-alive connection (httplib's
// keep-alive wait wakes ~90 times a second), and with many sites the nodes' CPU, not one node's
// parallelism, bounds a fit: at 50 sites the nodes' threads woke 96,000-119,000 times per default
// fit over 4 connections and 48,000-56,000 over 2, and the fit took 6.0-6.5 s of CPU instead of
// 7.6-10.8 s; at 1 and 10 sites 2 connections cost wall time (the evaluation, the calibration
// studies and the per-site fit overlap at each node) for little CPU (docs/performance.md, "Many
// sites, fifth pass").
constexpr long kMaxHostConnections = 4;
constexpr long kManySitesHostConnections = 2;
constexpr std::size_t kManySites = 16;

bool isIdempotent(const QByteArray &method)
{
    return method == "GET" || method == "DELETE";
}

} // namespace

// The notifiers of one socket libcurl asked us to watch.
struct SocketWatch {
    QSocketNotifier *read = nullptr;
    QSocketNotifier *write = nullptr;

    static void dispose(QSocketNotifier *&n)
    {
        if (!n)
            return;
        // We may be inside this notifier's own activated() signal: disable now, delete later.
        n->setEnabled(false);
        n->deleteLater();
        n = nullptr;
    }
};

struct TransportPrivate {
    Transport *q = nullptr;
    CURLM *multi = nullptr;
    // TLS sessions shared by the requests to each site: libcurl keeps them per easy handle, and a
    // request is a handle of its own, so every new connection to a site (two per site at 100
    // sites, and one again after an idle gap) was a full handshake — the node's certificate
    // parsed and its signature checked each time, ~10 % of the CLI's CPU per fit at 100 sites
    // (issue 16, docs/performance.md, "sites10"). One share per site, because a share keeps 8
    // sessions at most (libcurl's fixed size), far fewer than the sites of a large federation. A
    // resumed session is one the pinned node made in this process (it alone can complete it),
    // and libcurl checks the pin on it too. Never stored: the sessions end with the transport.
    // One thread: no locks.
    std::map<QString, CURLSH *> shares;
    // The replies whose progress changed since the last emitProgress (not every reply in flight:
    // 100 of them were walked after every socket event at 100 sites).
    std::vector<QPointer<Reply>> progressed;
    std::set<SocketWatch *> watches;
    // The sites (scheme, host and port) this transport has sent to, for the connection cache.
    std::set<QString> hosts;

    static int socketCallback(CURL *, curl_socket_t s, int what, void *userp, void *socketp)
    {
        auto *d = static_cast<TransportPrivate *>(userp);
        auto *w = static_cast<SocketWatch *>(socketp);
        if (what == CURL_POLL_REMOVE) {
            if (w) {
                SocketWatch::dispose(w->read);
                SocketWatch::dispose(w->write);
                d->watches.erase(w);
                delete w;
                curl_multi_assign(d->multi, s, nullptr);
            }
            return 0;
        }
        if (!w) {
            w = new SocketWatch;
            d->watches.insert(w);
            curl_multi_assign(d->multi, s, w);
        }
        const bool wantRead = what == CURL_POLL_IN || what == CURL_POLL_INOUT;
        const bool wantWrite = what == CURL_POLL_OUT || what == CURL_POLL_INOUT;
        d->watch(w->read, s, QSocketNotifier::Read, wantRead, CURL_CSELECT_IN);
        d->watch(w->write, s, QSocketNotifier::Write, wantWrite, CURL_CSELECT_OUT);
        return 0;
    }

    void watch(QSocketNotifier *&n, curl_socket_t s, QSocketNotifier::Type type, bool want,
               int event)
    {
        if (!want) {
            if (n)
                n->setEnabled(false);
            return;
        }
        if (!n) {
            n = new QSocketNotifier(qintptr(s), type, q);
            QObject::connect(n, &QSocketNotifier::activated, q,
                             [this, s, event] { q->drive(qintptr(s), event); });
        }
        n->setEnabled(true);
    }

    static int timerCallback(CURLM *, long timeoutMs, void *userp)
    {
        auto *d = static_cast<TransportPrivate *>(userp);
        if (timeoutMs < 0)
            d->q->m_timer.stop();
        else
            d->q->m_timer.start(int(std::min<long>(timeoutMs, 24L * 3600 * 1000)));
        return 0;
    }

    static size_t writeCallback(char *data, size_t size, size_t count, void *userp)
    {
        auto *reply = static_cast<Reply *>(userp);
        const size_t bytes = size * count;
        if (reply->m_body.size() + qint64(bytes) > reply->m_options.maxResponseBytes)
            return 0; // CURLE_WRITE_ERROR: reported as an answer that is too large
        reply->m_body.append(data, qsizetype(bytes));
        return bytes;
    }

    static int progressCallback(void *userp, curl_off_t dlTotal, curl_off_t dlNow, curl_off_t,
                                curl_off_t)
    {
        auto *reply = static_cast<Reply *>(userp);
        if (dlNow != reply->m_received || dlTotal != reply->m_expected) {
            reply->m_received = dlNow;
            reply->m_expected = dlTotal;
            if (!std::exchange(reply->m_progressPending, true))
                reply->m_transport->d->progressed.emplace_back(reply);
            // emitted after libcurl returns, never from inside it
        }
        return 0;
    }
};

SiteError SiteError::make(const QString &site, Kind kind, const QString &code,
                          const QString &message)
{
    SiteError e;
    e.site = site;
    e.kind = kind;
    e.code = code;
    e.message = message;
    return e;
}

QString SiteError::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Pin:
        return QStringLiteral("pin");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("network");
}

QString SiteError::toString() const
{
    QString line;
    if (kind == Kind::Refused) {
        const QString explanation = refusalExplanation(*this);
        line = Tr::tr("Site %1 refused the request (rule %2): %3")
                   .arg(site, code,
                        explanation.isEmpty() ? message : explanation + QLatin1Char('.'));
    } else if (kind == Kind::Http) {
        line = Tr::tr("Site %1 answered HTTP %2 (%3): %4")
                   .arg(site)
                   .arg(httpStatus)
                   .arg(code, message);
    } else {
        line = message;
    }
    if (!detail.isEmpty())
        line += QStringLiteral(" [") + detail + QStringLiteral("]");
    return line;
}

Reply::Reply(Transport *transport, Site site, Request request, TransportOptions options)
    : QObject(transport)
    , m_transport(transport)
    , m_site(std::move(site))
    , m_request(std::move(request))
    , m_options(options)
{
    m_elapsed.start();
}

Reply::~Reply()
{
    if (m_transport)
        m_transport->detach(this);
}

const SiteError &Reply::error() const
{
    static const SiteError none;
    return m_error ? *m_error : none;
}

void Reply::abort()
{
    if (m_finished || !m_transport)
        return;
    SiteError e;
    e.site = m_site.name;
    e.kind = SiteError::Kind::Cancelled;
    e.code = QStringLiteral("cancelled");
    e.message = Tr::tr("The request to site %1 was cancelled.").arg(m_site.name);
    m_transport->finish(this, e);
}

Transport::Transport(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<TransportPrivate>())
{
    globalInit();
    d->q = this;
    d->multi = curl_multi_init();
    curl_multi_setopt(d->multi, CURLMOPT_SOCKETFUNCTION, &TransportPrivate::socketCallback);
    curl_multi_setopt(d->multi, CURLMOPT_SOCKETDATA, d.get());
    curl_multi_setopt(d->multi, CURLMOPT_TIMERFUNCTION, &TransportPrivate::timerCallback);
    curl_multi_setopt(d->multi, CURLMOPT_TIMERDATA, d.get());
    // A node serves from a bounded thread pool and holds a kept-alive connection per thread:
    // a few connections per site, reused, serve a whole run without starving other clients.
    curl_multi_setopt(d->multi, CURLMOPT_MAX_HOST_CONNECTIONS, kMaxHostConnections);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { drive(CURL_SOCKET_TIMEOUT, 0); });
}

Transport::~Transport()
{
    const auto replies = m_byEasy.values();
    for (const QPointer<Reply> &reply : replies) {
        if (reply) {
            detach(reply);
            reply->m_transport = nullptr;
        }
    }
    for (QObject *child : children()) {
        if (auto *reply = qobject_cast<Reply *>(child)) {
            detach(reply);
            reply->m_transport = nullptr;
        }
    }
    curl_multi_cleanup(d->multi);
    for (const auto &[host, share] : d->shares)
        curl_share_cleanup(share); // after every easy handle (detach) and the multi handle
    for (SocketWatch *w : d->watches)
        delete w;
}

int Transport::activeCount() const
{
    int n = 0;
    for (QObject *child : children()) {
        if (auto *reply = qobject_cast<Reply *>(child); reply && !reply->m_finished)
            ++n;
    }
    return n;
}

Reply *Transport::send(const Site &site, const Request &request)
{
    auto *reply = new Reply(this, site, request, request.options.value_or(m_defaults));
    start(reply);
    return reply;
}

void Transport::abortAll()
{
    // A slot connected to finished() may delete other replies: hold guarded pointers.
    QList<QPointer<Reply>> replies;
    for (QObject *child : children()) {
        if (auto *reply = qobject_cast<Reply *>(child))
            replies << reply;
    }
    for (const QPointer<Reply> &reply : replies) {
        if (reply)
            reply->abort();
    }
}

void Transport::start(Reply *reply)
{
    const Site &site = reply->m_site;
    SiteError e;
    e.site = site.name;
    e.kind = SiteError::Kind::Pin;
    const QUrl url(site.url);
    if (site.pin.isEmpty()) {
        e.code = QStringLiteral("no-pin");
        e.message = Tr::tr("Site %1 has no certificate pin, so its identity cannot be checked; "
                           "nothing was sent. Add the pin (sha256//…) that the site's "
                           "administrator printed with 'fairstart-node pin'.")
                        .arg(site.name);
    } else if (!site.pin.startsWith(QLatin1String("sha256//")) || site.pin.size() != 52) {
        e.code = QStringLiteral("bad-pin");
        e.message = Tr::tr("The pin of site %1 is not of the form sha256//<44 characters of "
                           "base64>; nothing was sent. Copy the pin exactly as "
                           "'fairstart-node pin' prints it.")
                        .arg(site.name);
    } else if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        e.kind = SiteError::Kind::Protocol;
        e.code = QStringLiteral("bad-url");
        e.message = Tr::tr("The address of site %1 is not an https:// URL with a host; nothing "
                           "was sent. Use the https address the site's administrator gave you.")
                        .arg(site.name);
    } else if (!reply->m_request.path.startsWith(QLatin1Char('/'))) {
        e.kind = SiteError::Kind::Protocol;
        e.code = QStringLiteral("bad-path");
        e.message = Tr::tr("Internal error: a request path must start with '/'.");
    } else {
        e.code.clear();
    }
    if (!e.code.isEmpty()) {
        QMetaObject::invokeMethod(
            reply, [this, reply, e] { finish(reply, e); }, Qt::QueuedConnection);
        return;
    }

    // libcurl's connection cache holds by default 4 connections per easy handle *currently
    // added*; a fan-out's handles are removed as their answers arrive, so towards its end the
    // cache shrank below the number of sites and closed the oldest kept-alive connections, each
    // a new TLS handshake (client and node) in the next fan-out: at 100 sites 8 connections per
    // node and default fit instead of 6, 4 per pooled fit instead of 2. Sized by the sites
    // instead, it keeps each site's connections as long as the node does (docs/performance.md,
    // "Many sites, fourth pass"; tst_transport::fanOutsKeepAConnectionPerSite).
    const QString host = url.scheme() + QLatin1Char('/') + url.host() + QLatin1Char(':')
        + QString::number(url.port(443));
    if (d->hosts.insert(host).second) {
        curl_multi_setopt(d->multi, CURLMOPT_MAXCONNECTS,
                          long(std::max<std::size_t>(d->hosts.size(), 8)) * kMaxHostConnections);
        if (d->hosts.size() == kManySites)
            curl_multi_setopt(d->multi, CURLMOPT_MAX_HOST_CONNECTIONS, kManySitesHostConnections);
    }
    CURLSH *&share = d->shares[host];
    if (!share) {
        share = curl_share_init();
        curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
    }

    CURL *easy = curl_easy_init();
    reply->m_easy = easy;
    m_byEasy.insert(easy, reply);

    QString base = site.url;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QByteArray fullUrl = (base + reply->m_request.path).toUtf8();
    curl_easy_setopt(easy, CURLOPT_URL, fullUrl.constData()); // libcurl copies strings
    curl_easy_setopt(easy, CURLOPT_PRIVATE, reply);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    // Self-signed node certificates: the pin takes the place of chain and host-name checks
    // (see the class comment). It is never optional: start() refused a request without one.
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 0L);
    curl_easy_setopt(easy, CURLOPT_PINNEDPUBLICKEY, site.pin.toLatin1().constData());
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, reply->m_curlError);
    curl_easy_setopt(easy, CURLOPT_USERAGENT, "fairstart-client/" FAIRSTART_VERSION);
    curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(easy, CURLOPT_SHARE, share);
    // A kept-alive connection idle for kMaxConnectionIdleS or longer is not reused: a node closes
    // one after 5 s idle (site-node's server.cpp, set_keep_alive_timeout), and a request written
    // into a connection the node is closing fails with "Send failure: Broken pipe" (seen at 100
    // sites under load, when a node's next request came ~5 s after its last; issue 16, branch
    // sites6). Below 5 s with a margin for a loaded client; an idle machine never waits that long
    // between two requests to one node within a run.
    curl_easy_setopt(easy, CURLOPT_MAXAGE_CONN, kMaxConnectionIdleS);
    curl_easy_setopt(easy, CURLOPT_LOW_SPEED_LIMIT, long(reply->m_options.lowSpeedLimitBytes));
    curl_easy_setopt(easy, CURLOPT_LOW_SPEED_TIME, long(reply->m_options.lowSpeedTimeS));
    curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE,
                     curl_off_t(reply->m_options.maxResponseBytes));
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &TransportPrivate::writeCallback);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, reply);
    curl_easy_setopt(easy, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(easy, CURLOPT_XFERINFOFUNCTION, &TransportPrivate::progressCallback);
    curl_easy_setopt(easy, CURLOPT_XFERINFODATA, reply);

    curl_slist *headers = nullptr;
    headers = curl_slist_append(headers, "Accept: application/json");
    headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip
    if (!site.token.isEmpty()) {
        const QByteArray auth = "Authorization: Bearer " + site.token.toUtf8();
        headers = curl_slist_append(headers, auth.constData());
    }
    const QByteArray &method = reply->m_request.method;
    if (method == "POST") {
        // A binary round relay (protocol/relaycodec.h) says so by its first bytes; every other
        // body this client sends is JSON.
        // A request batch (protocol/batchcodec.h) likewise.
        headers = curl_slist_append(headers,
                                    protocol::isBinaryRelay(reply->m_request.body)
                                            || protocol::isSummedRelay(reply->m_request.body)
                                        ? "Content-Type: application/x-fairstart-relay"
                                        : protocol::isBatch(reply->m_request.body)
                                        ? "Content-Type: application/x-fairstart-batch"
                                        : "Content-Type: application/json");
        curl_easy_setopt(easy, CURLOPT_POST, 1L);
        // The body lives in the reply for as long as the handle does.
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE,
                         curl_off_t(reply->m_request.body.size()));
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, reply->m_request.body.constData());
    } else if (method == "GET") {
        curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
    } else {
        curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, method.constData());
    }
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers);
    reply->m_headers = headers;

    reply->m_retryTimer = new QTimer(reply);
    reply->m_retryTimer->setSingleShot(true);
    connect(reply->m_retryTimer, &QTimer::timeout, this, [this, reply] { attempt(reply); });
    attempt(reply);
}

void Transport::attempt(Reply *reply)
{
    if (reply->m_finished)
        return;
    const qint64 remaining = reply->m_options.totalTimeoutMs - reply->m_elapsed.elapsed();
    if (remaining <= 0) {
        SiteError e;
        e.site = reply->m_site.name;
        e.kind = SiteError::Kind::Timeout;
        e.code = QStringLiteral("timeout");
        e.message = Tr::tr("Site %1 did not answer within %2 s. Check that the node is running "
                           "and reachable, or allow more time (--timeout).")
                        .arg(reply->m_site.name)
                        .arg(reply->m_options.totalTimeoutMs / 1000.0);
        finish(reply, e);
        return;
    }
    auto *easy = static_cast<CURL *>(reply->m_easy);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(remaining));
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS,
                     long(std::min<qint64>(remaining, reply->m_options.connectTimeoutMs)));
    reply->m_body.clear();
    reply->m_status = 0;
    reply->m_curlError[0] = 0;
    ++reply->m_attempts;
    reply->m_active = true;
    curl_multi_add_handle(d->multi, easy); // arms the timer; the transfer starts from the loop
}

void Transport::detach(Reply *reply)
{
    if (!reply->m_easy)
        return;
    auto *easy = static_cast<CURL *>(reply->m_easy);
    if (reply->m_active) {
        curl_multi_remove_handle(d->multi, easy);
        reply->m_active = false;
    }
    m_byEasy.remove(easy);
    curl_easy_cleanup(easy);
    curl_slist_free_all(static_cast<curl_slist *>(reply->m_headers));
    reply->m_easy = nullptr;
    reply->m_headers = nullptr;
    if (reply->m_retryTimer)
        reply->m_retryTimer->stop();
}

void Transport::finish(Reply *reply, std::optional<SiteError> error)
{
    if (reply->m_finished)
        return;
    detach(reply);
    reply->m_finished = true;
    reply->m_error = std::move(error);
    Q_EMIT reply->finished();
}

void Transport::drive(qintptr socket, int events)
{
    int running = 0;
    curl_multi_socket_action(d->multi, curl_socket_t(socket), events, &running);
    emitProgress();
    processDone();
}

void Transport::emitProgress()
{
    const std::vector<QPointer<Reply>> replies = std::exchange(d->progressed, {});
    for (const QPointer<Reply> &reply : replies) {
        if (reply && reply->m_progressPending) {
            reply->m_progressPending = false;
            Q_EMIT reply->progress(reply->m_received, reply->m_expected);
        }
    }
}

// Reads the node's error body {"error": {code, message, detail, rule, params}}.
void readHttpError(int status, const QByteArray &body, SiteError &e)
{
    e.kind = SiteError::Kind::Http;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    const QJsonObject o = doc.object().value(QLatin1String("error")).toObject();
    if (pe.error != QJsonParseError::NoError || !o.value(QLatin1String("code")).isString()
        || !o.value(QLatin1String("message")).isString()) {
        e.code = QStringLiteral("http-%1").arg(status);
        e.message = Tr::tr("The node answered HTTP %1 without a readable error. Check that the "
                           "address points to a Fairstart node.")
                        .arg(status);
        return;
    }
    e.code = o.value(QLatin1String("code")).toString();
    e.message = o.value(QLatin1String("message")).toString();
    e.detail = o.value(QLatin1String("detail")).toString();
    e.params = o.value(QLatin1String("params")).toObject();
    if (o.value(QLatin1String("rule")).toBool())
        e.kind = SiteError::Kind::Refused;
}

void Transport::processDone()
{
    std::vector<std::pair<QPointer<Reply>, CURLcode>> done;
    CURLMsg *msg = nullptr;
    int left = 0;
    while ((msg = curl_multi_info_read(d->multi, &left))) {
        if (msg->msg == CURLMSG_DONE)
            done.emplace_back(m_byEasy.value(msg->easy_handle), msg->data.result);
    }
    for (auto &[reply, code] : done) {
        if (!reply || reply->m_finished || !reply->m_active)
            continue;
        auto *easy = static_cast<CURL *>(reply->m_easy);
        curl_multi_remove_handle(d->multi, easy);
        reply->m_active = false;

        long status = 0;
        curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
        // Whether any byte of the request went out. Not the handshake time: a request on a
        // kept-alive connection has none, although it was sent (and a POST sent once may have
        // been acted on: repeating a study round that the node already answered ends the study).
        long requestBytes = 0;
        curl_easy_getinfo(easy, CURLINFO_REQUEST_SIZE, &requestBytes);
        const bool nothingSent = requestBytes == 0;
        curl_off_t retryAfterS = -1;
        curl_easy_getinfo(easy, CURLINFO_RETRY_AFTER, &retryAfterS);
        reply->m_status = int(status);
        const QString &name = reply->m_site.name;
        const bool idempotent = isIdempotent(reply->m_request.method);
        const QString curlText = reply->m_curlError[0]
            ? QString::fromUtf8(reply->m_curlError)
            : QString::fromUtf8(curl_easy_strerror(code));

        SiteError e;
        e.site = name;
        e.httpStatus = int(status);
        bool transient = false;
        bool busy = false;
        if (code == CURLE_OK) {
            if (status >= 200 && status < 300) {
                finish(reply, std::nullopt);
                continue;
            }
            readHttpError(int(status), reply->m_body, e);
            // 502-504: the node (or a proxy in front of it) did not process the request.
            transient = status >= 502 && status <= 504;
            // 429: the node is busy (its open jobs or job memory are in use) and did nothing;
            // it says when to ask again (Retry-After). Asked again below, within --timeout.
            busy = status == 429;
        } else {
            e.code = QStringLiteral("curl-%1").arg(int(code));
            switch (code) {
            case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
                e.kind = SiteError::Kind::Pin;
                e.code = QStringLiteral("pin-mismatch");
                e.message = Tr::tr("The certificate of site %1 does not match its pin: someone may "
                                   "be intercepting the connection, or the node was "
                                   "re-initialised. Check the pin with the site's administrator.")
                                .arg(name);
                break;
            case CURLE_OPERATION_TIMEDOUT:
                e.kind = SiteError::Kind::Timeout;
                e.code = QStringLiteral("timeout");
                e.message = Tr::tr("Site %1 did not answer in time (%2). Check that the node is "
                                   "running and reachable, or allow more time (--timeout).")
                                .arg(name, curlText);
                // Nothing sent (a connection or handshake that timed out): any request may retry.
                transient = idempotent || nothingSent;
                break;
            case CURLE_COULDNT_CONNECT:
                e.kind = SiteError::Kind::Network;
                e.message = Tr::tr("Could not connect to site %1 (%2). Check that the node is "
                                   "running and that the address %3 is right.")
                                .arg(name, curlText, reply->m_site.url);
                transient = true;
                break;
            case CURLE_COULDNT_RESOLVE_HOST:
            case CURLE_COULDNT_RESOLVE_PROXY:
                e.kind = SiteError::Kind::Network;
                e.message = Tr::tr("The host name of site %1 could not be resolved (%2). Check the "
                                   "address %3 and your network or proxy settings.")
                                .arg(name, curlText, reply->m_site.url);
                break;
            case CURLE_WRITE_ERROR:
            case CURLE_FILESIZE_EXCEEDED:
                e.kind = SiteError::Kind::Protocol;
                e.message = Tr::tr("Site %1 sent an answer larger than %2 MiB, which no Fairstart "
                                   "answer is; the request was stopped. Check the site's address.")
                                .arg(name)
                                .arg(reply->m_options.maxResponseBytes / (1024 * 1024));
                break;
            case CURLE_SSL_CONNECT_ERROR:
            case CURLE_PEER_FAILED_VERIFICATION:
            case CURLE_SSL_CERTPROBLEM:
            case CURLE_SSL_CIPHER:
                e.kind = SiteError::Kind::Network;
                e.message = Tr::tr("No secure connection to site %1 could be established (%2). "
                                   "Check that the address is the node's https address.")
                                .arg(name, curlText);
                break;
            case CURLE_SEND_ERROR:
            case CURLE_RECV_ERROR:
            case CURLE_GOT_NOTHING:
            case CURLE_PARTIAL_FILE:
                e.kind = SiteError::Kind::Network;
                e.message = Tr::tr("The connection to site %1 broke off (%2). Check that the node "
                                   "is still running, then try again.")
                                .arg(name, curlText);
                // The node may have acted on a POST already: only repeat what is safe to repeat,
                // or what never left (a connection reset before the request went out).
                transient = idempotent || nothingSent;
                break;
            default:
                e.kind = SiteError::Kind::Network;
                e.message = Tr::tr("The request to site %1 failed (%2). Check the address and "
                                   "your network, then try again.")
                                .arg(name, curlText);
                break;
            }
        }

        const int attempt = reply->m_attempts;
        int delay = std::min(reply->m_options.retryMaxDelayMs,
                             reply->m_options.retryBaseDelayMs << std::min(attempt - 1, 16));
        const qint64 remaining = reply->m_options.totalTimeoutMs - reply->m_elapsed.elapsed();
        if (busy) {
            const qint64 askedMs = retryAfterS > 0 ? qint64(retryAfterS) * 1000 : delay;
            if (e.code.endsWith(QLatin1String("-quota"))) {
                // A quota renews at a fixed time (the node's Retry-After): wait for it when it
                // comes within the time left, else the refusal stands.
                delay = int(std::min<qint64>(askedMs, std::numeric_limits<int>::max()));
                transient = askedMs < remaining;
            } else {
                // Open jobs or job memory in use: a queue to wait in, not a failure. Jobs that
                // end free their share before the soonest expiry the node names, so back off
                // as for a failure (never longer than the node asked), as long as time allows.
                delay = int(std::clamp<qint64>(askedMs, 1, delay));
                transient = true;
            }
        }
        const bool attemptsLeft = busy || attempt < reply->m_options.maxAttempts;
        if (transient && attemptsLeft && remaining > delay) {
            QPointer<Reply> guard = reply;
            const QString site = name; // a slot may delete the reply
            Q_EMIT reply->retrying(attempt + 1, delay, e);
            if (guard && !guard->m_finished)
                Q_EMIT retrying(site, attempt + 1, delay, e);
            if (guard && !guard->m_finished)
                guard->m_retryTimer->start(delay);
            continue;
        }
        finish(reply, e);
    }
}

} // namespace fairstart::client
