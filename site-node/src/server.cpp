// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/server.h"

#include "fairstart/node/auditlog.h"
#include "fairstart/node/handlers.h"
#include "fairstart/node/keys.h"
#include "fairstart/node/logtext.h"

#include "fairstart/analysis/numbers.h"
#include "fairstart/node/policy.h"
#include "fairstart/node/store.h"
#include "fairstart/node/tr.h"

#include "fairstart/protocol/batchcodec.h"
#include "fairstart/protocol/codec.h"

#include "freememory_p.h"
#include "store_p.h"

#include <httplib.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace fairstart::node {

namespace {

using Clock = std::chrono::steady_clock;

// A body announced beyond max_body_bytes but within this many times it is read and discarded
// before the 413, so that the client reads the refusal instead of a reset (configure()).
constexpr qint64 kDrainedBodyFactor = 4;

// The bytes a connection may send while the node waits for a request's headers (the request line
// and headers, counted as the TLS records that carry them, or as the bytes read off a plain-HTTP
// socket): see sslMessageCallback and plainHeaderBytesRead. A request line is at most 8 KiB
// (httplib's limit), an honest client's headers well under 1 KiB.
constexpr qint64 kMaxHeaderBytes = 64 * 1024;

// Whether a Content-Length header is a plain number of bytes: decimal digits only.
bool isDecimal(const std::string &text)
{
    return !text.empty()
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether a Content-Length header announces at most `maxBytes`: plain decimal digits only
// (std::from_chars, no sign, no spaces, no locale); one too large for 64 bits is too large.
bool withinLength(const std::string &length, qint64 maxBytes)
{
    unsigned long long bytes = 0;
    const char *end = length.data() + length.size();
    const auto [ptr, ec] = std::from_chars(length.data(), end, bytes);
    return ec == std::errc() && ptr == end && bytes <= static_cast<unsigned long long>(maxBytes);
}

// The address a connection is counted under (docs/node.md, "Slow and idle connections"): an IPv4
// address (also one written as an IPv4-mapped IPv6 address), or the /64 network of an IPv6
// address (one subscriber's line usually has a whole /64, so one IPv6 address per connection
// costs an attacker nothing). Each address of 127.0.0.0/8 counts on its own: the node's own
// machine is one address per connection away from any of them, and max_connections bounds what
// many addresses hold together.
struct AddressKey {
    std::array<unsigned char, 9> bytes {}; // family (4 or 6), then 4 or 8 bytes
    bool operator<(const AddressKey &other) const { return bytes < other.bytes; }
    bool operator==(const AddressKey &other) const { return bytes == other.bytes; }
};

AddressKey addressKeyOf(const sockaddr_storage &peer)
{
    AddressKey key;
    if (peer.ss_family == AF_INET) {
        const auto &in = reinterpret_cast<const sockaddr_in &>(peer);
        key.bytes[0] = 4;
        std::memcpy(&key.bytes[1], &in.sin_addr, 4);
    } else if (peer.ss_family == AF_INET6) {
        const auto &in6 = reinterpret_cast<const sockaddr_in6 &>(peer);
        if (IN6_IS_ADDR_V4MAPPED(&in6.sin6_addr)) {
            key.bytes[0] = 4;
            std::memcpy(&key.bytes[1], &in6.sin6_addr.s6_addr[12], 4);
        } else {
            key.bytes[0] = 6;
            std::memcpy(&key.bytes[1], &in6.sin6_addr.s6_addr[0], 8);
        }
    }
    return key; // another family (none is bound): all of them one key
}

// "127.0.0.2", or "2001:db8:1:2::/64", for the log.
QByteArray addressText(const AddressKey &key)
{
    char text[INET6_ADDRSTRLEN + 4] = {};
    if (key.bytes[0] == 4) {
        ::inet_ntop(AF_INET, &key.bytes[1], text, sizeof text);
        return QByteArray(text);
    }
    if (key.bytes[0] == 6) {
        unsigned char full[16] = {};
        std::memcpy(full, &key.bytes[1], 8);
        ::inet_ntop(AF_INET6, full, text, sizeof text);
        return QByteArray(text) + "/64";
    }
    return QByteArrayLiteral("(another address family)");
}

// What the node admits and how long it waits, from the policy (docs/node.md, "Slow and idle
// connections").
struct ConnectionLimits {
    std::chrono::seconds deadline { 20 }; // request_deadline_seconds
    int perAddress = 32; // connections_per_address
    int maxConnections = 128; // max_connections
};

// Admits TLS connections at accept and closes those that do not deliver a complete request, or
// do not take their answer, in time. httplib's read timeout applies to each read, so a client
// sending one byte every few seconds (slowloris) would otherwise hold a worker for hours; and
// the deadline alone bounds each such connection, not their number, so the node also admits at
// accept, before any TLS work:
//  - an address (AddressKey) may hold `perAddress` connections that wait for their client: for
//    a request (in the TLS handshake, with a request line, headers or body on their way, or kept
//    alive between requests), or to take an answer being written (a client that reads its answer
//    slowly holds a thread as long as one that sends its request slowly; review9). A further one
//    closes the address's longest-waiting kept-alive connection (it has had its answers; a client
//    opens a new one when it needs it), or, when the address has none (every one is still before
//    its first request, or taking an answer: the slowloris shapes), is itself closed at accept
//    and counted. An answer that starts while its address holds more than that (the requests
//    were computing when their connections were admitted) closes the address's longest-waiting
//    kept-alive connection, or else the answer the address has been taking longest;
//  - all addresses together hold at most `maxConnections` connections (the connection threads);
//    a further one closes the longest-waiting connection of the address that holds the most
//    connections waiting for their client, so that many addresses that each stay within their own
//    limit cannot hold every thread: they close each other's, and an honest client (one or two
//    connections, its request sent within milliseconds) is the last to be chosen.
// A connection whose request is complete (being computed) is never closed here; one whose answer
// is being written has the deadline again (a client that reads its answer a byte at a time) and
// counts as above.
// Connections are known by their socket from the accept on (the accept wrapper at the end of this
// file); OpenSSL tells us when a connection's SSL object is freed, which happens before httplib
// closes the socket, so a socket number is never confused with a later connection's (and a new
// accept of the same number replaces the entry).
class ConnectionWatchdog {
public:
    explicit ConnectionWatchdog(const ConnectionLimits &limits)
        : m_limits(limits)
    {
    }

    ~ConnectionWatchdog() { stop(); }

    const ConnectionLimits &limits() const { return m_limits; }

    void start()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = false;
        }
        m_thread = std::thread([this] { run(); });
    }

    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

    // A connection was accepted from `peer`: whether the node takes it (see the class comment).
    // Runs on the accepting thread, before the connection is queued for a worker.
    bool admit(int fd, const sockaddr_storage &peer)
    {
        const AddressKey key = addressKeyOf(peer);
        const auto now = Clock::now();
        std::lock_guard lock(m_mutex);
        m_entries.erase(fd); // a stale entry of a closed connection with this number
        int waitingOfAddress = 0;
        int live = 0;
        Entry *oldestKeptAliveOfAddress = nullptr;
        for (auto &[otherFd, entry] : m_entries) {
            if (entry.closed)
                continue;
            ++live;
            if (!entry.held() || !entry.counted || !(entry.address == key))
                continue;
            ++waitingOfAddress;
            if (entry.phase == Phase::KeptAlive
                && (!oldestKeptAliveOfAddress || entry.since < oldestKeptAliveOfAddress->since))
                oldestKeptAliveOfAddress = &entry;
        }
        if (waitingOfAddress >= m_limits.perAddress) {
            if (!oldestKeptAliveOfAddress) {
                ++m_refused;
                if (m_refusedBy.size() < kMaxReportedAddresses || m_refusedBy.count(key))
                    ++m_refusedBy[key];
                counted(); // the first refusal is reported at once
                return false;
            }
            close(*oldestKeptAliveOfAddress);
            --live;
        }
        if (live >= m_limits.maxConnections) {
            if (Entry *victim = longestWaitingOfLargestHolder()) {
                close(*victim);
                ++m_closedForRoom;
                counted();
            }
        }
        Entry &entry = m_entries[fd];
        entry.address = key;
        entry.counted = true;
        entry.since = now;
        setDeadline(entry, now + m_limits.deadline);
        return true;
    }

    // A connection starts its TLS handshake. Normally admitted at accept already; one that was
    // not (the accept wrapper not called: a later httplib) gets its deadline from here.
    void handshakeStarted(int fd)
    {
        std::lock_guard lock(m_mutex);
        if (m_entries.count(fd))
            return;
        Entry &entry = m_entries[fd];
        entry.since = Clock::now();
        setDeadline(entry, entry.since + m_limits.deadline);
    }
    // The request is complete and being answered: no deadline while the node computes.
    void busy(int fd)
    {
        std::lock_guard lock(m_mutex);
        auto it = m_entries.find(fd);
        if (it != m_entries.end())
            it->second.phase = Phase::Busy;
    }
    // The answer is computed and being written: the client must take it within the deadline,
    // and its address may hold `perAddress` connections that wait for their client, this one
    // included (the class comment).
    void answering(int fd)
    {
        std::lock_guard lock(m_mutex);
        auto it = m_entries.find(fd);
        if (it == m_entries.end())
            return;
        Entry &answer = it->second;
        answer.phase = Phase::Answering;
        answer.since = Clock::now();
        setDeadline(answer, answer.since + m_limits.deadline);
        if (!answer.counted)
            return;
        int heldOfAddress = 0;
        Entry *oldestKeptAlive = nullptr;
        Entry *oldestAnswering = nullptr;
        for (auto &[otherFd, entry] : m_entries) {
            if (entry.closed || !entry.held() || !entry.counted
                || !(entry.address == answer.address))
                continue;
            ++heldOfAddress;
            if (otherFd == fd || entry.phase == Phase::Fresh)
                continue;
            Entry *&oldest = entry.phase == Phase::KeptAlive ? oldestKeptAlive : oldestAnswering;
            if (!oldest || entry.since < oldest->since)
                oldest = &entry;
        }
        if (heldOfAddress <= m_limits.perAddress)
            return;
        if (Entry *victim = oldestKeptAlive ? oldestKeptAlive : oldestAnswering) {
            close(*victim);
            ++m_closedSlowAnswers;
            counted();
        }
    }
    // The connection sent more than kMaxHeaderBytes before its request's headers ended
    // (sslMessageCallback): closed, and counted for the report.
    void headersTooLarge(int fd)
    {
        std::lock_guard lock(m_mutex);
        auto it = m_entries.find(fd);
        if (it == m_entries.end() || it->second.closed)
            return;
        close(it->second, fd);
        ++m_cutHeaders;
        counted();
    }
    // The same for a plain-HTTP connection (--insecure-dev), which the watchdog does not hold
    // (plainHeaderBytesRead closed it): counted for the report.
    void plainHeadersTooLarge()
    {
        std::lock_guard lock(m_mutex);
        ++m_cutHeaders;
        counted();
    }
    // The answer is out: the connection may wait for its next request, within the deadline.
    void awaitRequest(int fd)
    {
        std::lock_guard lock(m_mutex);
        auto it = m_entries.find(fd);
        if (it != m_entries.end()) {
            it->second.phase = Phase::KeptAlive;
            it->second.since = Clock::now();
            setDeadline(it->second, it->second.since + m_limits.deadline);
        }
    }
    void forget(int fd)
    {
        std::lock_guard lock(m_mutex);
        m_entries.erase(fd);
    }
    std::size_t connections() const
    {
        std::lock_guard lock(m_mutex);
        return m_entries.size();
    }

private:
    enum class Phase {
        Fresh, // accepted, before its first complete request
        KeptAlive, // answered, waiting for the next request
        Busy, // a complete request being computed
        Answering, // its answer being written
    };
    struct Entry {
        Clock::time_point deadline;
        Clock::time_point since; // when it began to wait for its (next) request
        Phase phase = Phase::Fresh;
        bool closed = false;
        bool counted = false; // admitted at accept (its address known)
        AddressKey address;
        // Waiting for its client: for a request, or to take its answer.
        bool held() const { return phase != Phase::Busy; }
    };

    // Distinct addresses whose refusals are counted one by one between two reports (the rest
    // are counted together): a flood from many addresses takes bounded memory.
    static constexpr std::size_t kMaxReportedAddresses = 1024;

    // For room: the connection that has waited longest for a request among those of the address
    // that holds the most waiting connections (of the longest waiter among equals). An honest
    // client's address holds one or two, so many attacking addresses close their own first.
    Entry *longestWaitingOfLargestHolder()
    {
        struct Holder {
            int waiting = 0;
            Entry *longest = nullptr;
        };
        std::map<AddressKey, Holder> holders;
        for (auto &[fd, entry] : m_entries) {
            if (entry.closed || !entry.held())
                continue;
            Holder &holder = holders[entry.counted ? entry.address : AddressKey()];
            ++holder.waiting;
            if (!holder.longest || entry.since < holder.longest->since)
                holder.longest = &entry;
        }
        const Holder *largest = nullptr;
        for (const auto &[address, holder] : holders) {
            if (!largest || holder.waiting > largest->waiting
                || (holder.waiting == largest->waiting
                    && holder.longest->since < largest->longest->since))
                largest = &holder;
        }
        return largest ? largest->longest : nullptr;
    }

    // The socket is still open (forget() has not run), so this is the right one. Its worker
    // sees the connection end and frees it.
    static void close(Entry &entry, int fd)
    {
        ::shutdown(fd, SHUT_RDWR);
        entry.closed = true;
    }
    void close(Entry &entry)
    {
        for (auto &[fd, other] : m_entries) {
            if (&other == &entry) {
                close(entry, fd);
                return;
            }
        }
    }

    // Sleeps until the earliest deadline of a connection that waits for its client (or the next
    // report of what admission refused and closed), not on a fixed tick: at 100 sites a tick of
    // 250 ms woke 100 nodes 400 times a second, ~1 % of the machine at idle and up to a tenth of
    // the nodes' samples under load (issue 16, branch sites7). Whoever sets an earlier deadline
    // than the one slept for wakes it (setDeadline), and so does the first count to report.
    void run()
    {
        std::unique_lock lock(m_mutex);
        while (!m_stopping) {
            const auto now = Clock::now();
            for (auto &[fd, entry] : m_entries) {
                if (entry.phase != Phase::Busy && !entry.closed && now >= entry.deadline)
                    close(entry, fd);
            }
            report(now);
            if (m_stopping)
                break;
            m_nextWake = nextWake(now);
            m_wake.wait_until(lock, m_nextWake);
        }
        report(Clock::now(), true);
    }

    // With m_mutex held: when run() must look next.
    Clock::time_point nextWake(Clock::time_point now) const
    {
        Clock::time_point next = now + std::chrono::minutes(1);
        for (const auto &[fd, entry] : m_entries) {
            if (entry.phase != Phase::Busy && !entry.closed && entry.deadline < next)
                next = entry.deadline;
        }
        if (pendingReport() && m_reported && m_lastReport + std::chrono::minutes(1) < next)
            next = m_lastReport + std::chrono::minutes(1);
        return next;
    }

    bool pendingReport() const
    {
        return m_refused > 0 || m_closedForRoom > 0 || m_closedSlowAnswers > 0 || m_cutHeaders > 0;
    }

    // With m_mutex held: `entry` waits for its client until `deadline`; run() is woken when it
    // sleeps longer than that.
    void setDeadline(Entry &entry, Clock::time_point deadline)
    {
        entry.deadline = deadline;
        if (deadline < m_nextWake)
            m_wake.notify_all();
    }

    // With m_mutex held, after a count to report went up: the first count since the last report
    // wakes run() (at once before the first report, after a minute since the last one after it).
    void counted()
    {
        if (!m_reported || m_refused + m_closedForRoom + m_closedSlowAnswers + m_cutHeaders == 1)
            m_wake.notify_all();
    }

    // What admission refused and closed since the last report, on stderr: the first at once,
    // then at most one line a minute however many connections a flood brings (and one at the
    // stop), so that the log stays small.
    void report(Clock::time_point now, bool last = false)
    {
        if (m_refused == 0 && m_closedForRoom == 0 && m_closedSlowAnswers == 0 && m_cutHeaders == 0)
            return;
        if (!last && m_reported && now - m_lastReport < std::chrono::minutes(1))
            return;
        QByteArray line = "fairstart-node: warning: slow or idle connections: ";
        if (m_refused > 0) {
            auto most = std::max_element(
                m_refusedBy.begin(), m_refusedBy.end(),
                [](const auto &a, const auto &b) { return a.second < b.second; });
            line += "refused " + QByteArray::number(m_refused)
                + " at accept, before TLS (an address already held "
                + QByteArray::number(m_limits.perAddress)
                + " connections waiting for their client: connections_per_address), most from "
                + addressText(most->first) + " (" + QByteArray::number(most->second) + ") of "
                + QByteArray::number(qulonglong(m_refusedBy.size()))
                + (m_refusedBy.size() >= kMaxReportedAddresses ? " or more" : "") + " addresses";
        }
        if (m_closedForRoom > 0) {
            if (m_refused > 0)
                line += "; ";
            line += "closed " + QByteArray::number(m_closedForRoom)
                + " waiting for a request, of the addresses that held the most, to make room "
                  "(max_connections "
                + QByteArray::number(m_limits.maxConnections) + ")";
        }
        if (m_closedSlowAnswers > 0) {
            if (m_refused > 0 || m_closedForRoom > 0)
                line += "; ";
            line += "closed " + QByteArray::number(m_closedSlowAnswers)
                + " of addresses that held more than " + QByteArray::number(m_limits.perAddress)
                + " connections waiting for their client as an answer started "
                  "(connections_per_address)";
        }
        if (m_cutHeaders > 0) {
            if (m_refused > 0 || m_closedForRoom > 0 || m_closedSlowAnswers > 0)
                line += "; ";
            line += "closed " + QByteArray::number(m_cutHeaders) + " that sent more than "
                + QByteArray::number(kMaxHeaderBytes / 1024)
                + " KiB before their request's headers ended";
        }
        line += m_reported ? " in the last minute\n" : "\n";
        std::fputs(line.constData(), stderr);
        std::fflush(stderr);
        m_refused = 0;
        m_closedForRoom = 0;
        m_closedSlowAnswers = 0;
        m_cutHeaders = 0;
        m_refusedBy.clear();
        m_reported = true;
        m_lastReport = now;
    }

    const ConnectionLimits m_limits;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::map<int, Entry> m_entries;
    std::thread m_thread;
    bool m_stopping = false;
    quint64 m_refused = 0;
    quint64 m_closedForRoom = 0;
    quint64 m_closedSlowAnswers = 0;
    quint64 m_cutHeaders = 0;
    std::map<AddressKey, quint64> m_refusedBy;
    bool m_reported = false;
    Clock::time_point m_lastReport;
    // When run() looks next (nextWake); before its first look the earliest time, so that nothing
    // wakes it early (it looks at every entry then).
    Clock::time_point m_nextWake = Clock::time_point::min();
};

// The listening sockets whose accepted connections a watchdog admits (NodeServer::bind registers,
// stop and serve's end unregister), for the accept wrapper at the end of this file.
std::mutex g_listenersMutex;
std::map<int, ConnectionWatchdog *> g_listeners;

void registerListener(int fd, ConnectionWatchdog *watchdog)
{
    std::lock_guard lock(g_listenersMutex);
    g_listeners[fd] = watchdog;
}

void unregisterListener(ConnectionWatchdog *watchdog)
{
    std::lock_guard lock(g_listenersMutex);
    std::erase_if(g_listeners, [watchdog](const auto &item) { return item.second == watchdog; });
}

// The header cap of a plain-HTTP node (--insecure-dev), where no TLS record tells what a
// connection sent: the bytes httplib reads off the socket (httplib::detail::read_socket, replaced
// at the end of this file) from the moment the connection waits for its (next) request
// (httplib::detail::keep_alive, replaced there too, arms the count) until the pre-routing handler
// has the request's headers (markHeadersRead). Beyond kMaxHeaderBytes the connection is shut
// down and the read fails, so httplib drops it without an answer, as the TLS path does, and the
// watchdog's report counts it. One per connection thread: httplib reads a connection, and runs
// its pre-routing handler, on the thread that serves it.
struct PlainHeaders {
    ConnectionWatchdog *watchdog = nullptr; // set on a plain-HTTP node's connection threads
    bool counting = false;
    qint64 bytes = 0;
};
thread_local PlainHeaders t_plainHeaders;

// httplib's ThreadPool queues accepted connections without limit. This one blocks the accepting
// thread while `maxQueued` connections wait, so further clients wait in the kernel's listen
// backlog instead of in the node's memory. Its threads are the connection threads (one per
// connection, max_connections of them); how many requests compute at once is the compute gate's
// (`threads`, Private::dispatch). A connection that waits for a request is bounded in time by
// the watchdog and in number by its admission, so the accepting thread always moves on.
class BoundedThreadPool : public httplib::TaskQueue {
public:
    // Up to `maxThreads` threads, started as connections need them (a node with few clients
    // keeps few: a hundred nodes on one machine in the benchmarks) and kept once started.
    // `plainWatchdog`: a plain-HTTP node's watchdog, which counts the connections its threads
    // close for a header flood (PlainHeaders); null for HTTPS.
    BoundedThreadPool(std::size_t maxThreads, std::size_t maxQueued,
                      ConnectionWatchdog *plainWatchdog)
        : m_maxThreads(std::max<std::size_t>(1, maxThreads))
        , m_maxQueued(std::max<std::size_t>(1, maxQueued))
        , m_plainWatchdog(plainWatchdog)
    {
    }

    void enqueue(std::function<void()> fn) override
    {
        std::unique_lock lock(m_mutex);
        m_roomFreed.wait(lock, [this] { return m_jobs.size() < m_maxQueued || m_shutdown; });
        m_jobs.push_back(std::move(fn));
        if (m_idle < m_jobs.size() && m_threads.size() < m_maxThreads)
            m_threads.emplace_back([this] { work(); });
        m_jobAdded.notify_one();
    }

    void shutdown() override
    {
        {
            std::lock_guard lock(m_mutex);
            m_shutdown = true;
        }
        m_jobAdded.notify_all();
        m_roomFreed.notify_all();
        // No thread is started any more (enqueue is not called after shutdown).
        for (auto &thread : m_threads)
            thread.join();
    }

private:
    void work()
    {
        t_plainHeaders.watchdog = m_plainWatchdog;
        for (;;) {
            std::function<void()> fn;
            {
                std::unique_lock lock(m_mutex);
                ++m_idle;
                m_jobAdded.wait(lock, [this] { return !m_jobs.empty() || m_shutdown; });
                --m_idle;
                if (m_jobs.empty())
                    return; // shutting down, and every accepted connection was served
                fn = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            m_roomFreed.notify_one();
            fn();
        }
    }

    const std::size_t m_maxThreads;
    const std::size_t m_maxQueued;
    ConnectionWatchdog *const m_plainWatchdog;
    std::mutex m_mutex;
    std::condition_variable m_jobAdded;
    std::condition_variable m_roomFreed;
    std::deque<std::function<void()>> m_jobs;
    std::vector<std::thread> m_threads;
    std::size_t m_idle = 0; // threads waiting for a connection
    bool m_shutdown = false;
};

// httplib's SSLServer, with its listening socket known (the accept wrapper admits the
// connections accepted on it).
class NodeSslServer : public httplib::SSLServer {
public:
    using httplib::SSLServer::SSLServer;
    int listeningSocket() const { return int(svr_sock_); }
};

struct SslTag {
    ConnectionWatchdog *watchdog = nullptr;
    int fd = -1;
    // The bytes of the TLS records received since the connection began to wait for its (next)
    // request, until that request's headers were read (sslMessageCallback). Only the
    // connection's own thread touches them.
    qint64 headerBytes = 0;
    bool headersRead = false;
};

void freeSslTag(void *, void *ptr, CRYPTO_EX_DATA *, int, long, void *)
{
    auto *tag = static_cast<SslTag *>(ptr);
    if (!tag)
        return;
    tag->watchdog->forget(tag->fd);
    delete tag;
}

int sslTagIndex()
{
    static const int index = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, freeSslTag);
    return index;
}

void sslInfoCallback(const SSL *ssl, int where, int)
{
    if (!(where & SSL_CB_HANDSHAKE_START))
        return;
    SSL *mutableSsl = const_cast<SSL *>(ssl);
    if (SSL_get_ex_data(mutableSsl, sslTagIndex()))
        return; // a renegotiation or key update, not a new connection
    auto *watchdog = static_cast<ConnectionWatchdog *>(SSL_CTX_get_app_data(SSL_get_SSL_CTX(ssl)));
    const int fd = SSL_get_fd(ssl);
    if (!watchdog || fd < 0)
        return;
    auto *tag = new SslTag { watchdog, fd };
    if (SSL_set_ex_data(mutableSsl, sslTagIndex(), tag) != 1) {
        delete tag;
        return;
    }
    watchdog->handshakeStarted(fd);
}

// httplib 0.11 reads a request line, and each header line, whole into memory before it looks at
// its length, and reads any number of header lines: a client that sent header bytes without end
// (one line that never ends, or lines without end) grew the node by all it could send until the
// deadline, ~1 GB in 5 s over loopback (docs/node.md, "Hostile input"). So the node counts the
// TLS records a connection sends while it waits for a request's headers (from the handshake or
// the last answer to the pre-routing handler, which marks them read), and closes one beyond
// kMaxHeaderBytes, without an answer: OpenSSL 3 fails a connection whose reading ends inside a
// record, so that httplib could not write one (an honest client's headers are a few hundred bytes;
// the watchdog's report counts these closes). Runs on the connection's thread, in OpenSSL's read.
void sslMessageCallback(int writing, int, int contentType, const void *bytes, std::size_t length,
                        SSL *ssl, void *)
{
    if (writing || contentType != SSL3_RT_HEADER || length < 5)
        return;
    auto *tag = static_cast<SslTag *>(SSL_get_ex_data(ssl, sslTagIndex()));
    if (!tag || tag->headersRead)
        return;
    const auto *header = static_cast<const unsigned char *>(bytes);
    const qint64 before = tag->headerBytes;
    tag->headerBytes += 5 + ((qint64(header[3]) << 8) | header[4]);
    if (before <= kMaxHeaderBytes && tag->headerBytes > kMaxHeaderBytes)
        tag->watchdog->headersTooLarge(tag->fd);
}

// A plain-HTTP connection thread read `n` bytes off `sock` (PlainHeaders): -1, the connection
// shut down and counted, when they take the bytes received while it waits for a request's
// headers beyond kMaxHeaderBytes; else `n`.
long plainHeaderBytesRead(int sock, long n)
{
    PlainHeaders &h = t_plainHeaders;
    if (n <= 0 || !h.counting || !h.watchdog)
        return n;
    const qint64 before = h.bytes;
    h.bytes += n;
    if (h.bytes <= kMaxHeaderBytes)
        return n;
    if (before <= kMaxHeaderBytes) {
        ::shutdown(sock, SHUT_RDWR);
        h.watchdog->plainHeadersTooLarge();
    }
    errno = ECONNRESET;
    return -1;
}

// The connection's headers were read (true), or it waits for its next request (false).
void markHeadersRead(const SSL *ssl, bool read)
{
    if (read)
        t_plainHeaders.counting = false;
    if (!ssl)
        return;
    if (auto *tag = static_cast<SslTag *>(SSL_get_ex_data(ssl, sslTagIndex()))) {
        tag->headersRead = read;
        tag->headerBytes = 0;
    }
}

// Per-request facts for the log line and the audit. The pre-routing handler, the handler, the
// error handler and the logger of one request run on its worker thread, in that order; the logger
// runs for every answer and clears this for the next request.
struct RequestState {
    // The request these facts are about. A request that httplib refuses before routing (a bad
    // request line or header, a URI too long) never reaches the pre-routing handler.
    const httplib::Request *request = nullptr;
    Clock::time_point start;
    bool timed = false; // start is known (the request reached the pre-routing handler)
    QString user; // the token's user, for the log line
    bool audited = false; // ApiHandlers wrote its entry (or answered that it could not)
    QJsonArray checks; // a refusal by the pre-routing handler: the limit it applied
};
thread_local RequestState t_request;

QString statusCodeId(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("malformed-request");
    case 404:
        return QStringLiteral("not-found");
    case 405:
        return QStringLiteral("method-not-allowed");
    case 408:
        return QStringLiteral("request-timeout");
    case 411:
        return QStringLiteral("length-required");
    case 413:
        return QStringLiteral("payload-too-large");
    case 414:
        return QStringLiteral("uri-too-long");
    case 415:
        return QStringLiteral("unsupported-media-type");
    case 416:
        return QStringLiteral("range-not-satisfiable");
    default:
        return status >= 500 ? QStringLiteral("node-failure") : QStringLiteral("refused");
    }
}

QString statusMessage(int status)
{
    switch (status) {
    case 413:
        return Tr::tr("The request is larger than this node accepts. Send a smaller body.");
    case 414:
        return Tr::tr("The request path is too long. Check the URL.");
    case 404:
        return Tr::tr("There is no such resource on this node. See docs/protocol.md for the "
                      "paths of API version 1.");
    default:
        if (status >= 500)
            return Tr::tr("The node failed to answer this request. Try again; if it keeps "
                          "failing, tell the site administrator.");
        return Tr::tr("The node could not read this request. Check that it is well-formed "
                      "HTTP/1.1 with a JSON body.");
    }
}

// At most the first n bytes of s, for a log line.
QByteArrayView head(const std::string &s, std::size_t n)
{
    return QByteArrayView(s.data(), qsizetype(std::min(n, s.size())));
}

QString utf8(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The error code of an answer this file composed (setJsonError), for the audit.
QString errorCodeOf(const httplib::Response &res)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(res.body))
        .object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

// The token of an Authorization header, when the node knows it (revoked and expired ones too:
// the audit says whose request it was).
std::optional<TokenInfo> tokenOf(const SiteStore &store, const std::string &header)
{
    static const std::string scheme = "bearer ";
    if (header.size() <= scheme.size() || header.size() > 512
        || !std::equal(scheme.begin(), scheme.end(), header.begin(),
                       [](char a, char b) { return a == analysis::asciiLower(b); }))
        return std::nullopt;
    return store.verifyToken(QString::fromLatin1(header.substr(scheme.size())).trimmed());
}

void setJsonError(httplib::Response &res, int status, const QString &code, const QString &message)
{
    protocol::ApiError error;
    error.httpStatus = status;
    error.code = code;
    error.message = message;
    res.status = status;
    res.set_content(
        QJsonDocument(protocol::toJson(error)).toJson(QJsonDocument::Compact).toStdString(),
        "application/json");
}

std::atomic<int> g_signalPipe { -1 };

void onSignal(int)
{
    const int fd = g_signalPipe.load();
    if (fd >= 0) {
        const char byte = 1;
        [[maybe_unused]] const ssize_t written = ::write(fd, &byte, 1);
    }
}

bool loadPem(SSL_CTX &ctx, const QByteArray &certPem, const QByteArray &keyPem)
{
    BIO *certBio = BIO_new_mem_buf(certPem.constData(), int(certPem.size()));
    X509 *cert = certBio ? PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(certBio);
    BIO *keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    EVP_PKEY *key = keyBio ? PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(keyBio);
    const bool ok = cert && key && SSL_CTX_use_certificate(&ctx, cert) == 1
        && SSL_CTX_use_PrivateKey(&ctx, key) == 1 && SSL_CTX_check_private_key(&ctx) == 1;
    X509_free(cert);
    EVP_PKEY_free(key);
    return ok;
}

} // namespace

// ---- NodeServer ------------------------------------------------------------------------------

struct NodeServer::Private {
    ServeOptions options;
    std::shared_ptr<SiteStore> store;
    std::unique_ptr<ApiHandlers> handlers;
    std::unique_ptr<ConnectionWatchdog> watchdog;
    std::unique_ptr<httplib::Server> server;
    ConnectionLimits limits;
    // The compute gate: at most `computeSlots` requests are computed at once (the policy's
    // `threads`); the connection threads beyond them only wait for clients.
    std::mutex computeMutex;
    std::condition_variable computeFreed;
    int computeSlots = 1;
    int computing = 0;
    bool tls = false;
    int port = 0;
    qint64 maxBodyBytes = 0;
    std::thread serveThread;
    std::thread expiryThread;
    std::thread preloadThread;
    std::atomic<bool> preloadCancelled { false };
    std::atomic<bool> preloadDone { true };
    std::mutex expiryMutex;
    std::condition_variable expiryWake;
    bool stopping = false;

    ~Private() { unregisterListener(watchdog.get()); }
    void configure(qint64 maxBodyBytes, int threads);
    void dispatch(const httplib::Request &req, httplib::Response &res);
    bool auditUnrouted(const httplib::Request &req, const httplib::Response &res);
};

NodeServer::NodeServer(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}

NodeServer::~NodeServer()
{
    stop();
}

std::unique_ptr<NodeServer> NodeServer::open(const ServeOptions &options, QString *error)
{
    auto store = SiteStore::open(options.dataDir, options.passphrase);
    if (!store) {
        *error = store.error().message;
        return nullptr;
    }
    std::shared_ptr<SiteStore> shared = std::move(store).value();
    // Every answer waits for its audit entry's commit (dispatch), which makes the request's
    // earlier writes durable with it: one fsync per request (docs/node.md).
    syncWritesWithAudit(*shared);
    auto policy = Policy::load(options.dataDir);
    if (!policy) {
        *error = policy.error().message;
        return nullptr;
    }
    for (const QString &warning : policy->warnings())
        std::fprintf(stderr, "fairstart-node: warning: %s\n", logSafe(warning).constData());
    if (const QString notInFile = policy->notInFileWarning(); !notInFile.isEmpty())
        std::fprintf(stderr, "fairstart-node: %s\n", logSafe(notInFile).constData());
    // A node that cannot record which policy it serves under does not serve.
    if (auto audited = policy->auditLoaded(*shared); !audited) {
        *error = audited.error().message;
        return nullptr;
    }
    auto keys = NodeKeys::load(options.dataDir, *shared);
    if (!keys) {
        *error = keys.error().message;
        return nullptr;
    }
    protocol::NodeKeys publicKeys;
    publicKeys.tlsPin = keys->pin;
    publicKeys.signingKey = keys->signPublicKeyBase64();
    publicKeys.keyAgreementKey = keys->boxPublicKeyBase64();
    QByteArray certPem;
    QByteArray keyPem;
    if (!options.insecureDev) {
        QFile certFile(keys->tlsCertPath);
        QFile keyFile(keys->tlsKeyPath);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = Tr::tr("The TLS certificate or key in %1 cannot be read. Check the files' "
                            "permissions, or run 'fairstart-node init' for a new data dir.")
                         .arg(options.dataDir);
            return nullptr;
        }
        certPem = certFile.readAll();
        keyPem = keyFile.readAll();
    }
    return openWithStore(shared, *policy, publicKeys, certPem, keyPem, options, error,
                         NodeSecrets { keys->signSecretKey, keys->boxSecretKey });
}

std::unique_ptr<NodeServer>
NodeServer::openWithStore(std::shared_ptr<SiteStore> store, const Policy &policy,
                          const protocol::NodeKeys &publicKeys, const QByteArray &certPem,
                          const QByteArray &keyPem, const ServeOptions &options, QString *error,
                          NodeSecrets secrets)
{
    // A client that disconnects mid-answer must not kill the node.
    std::signal(SIGPIPE, SIG_IGN);
    auto d = std::make_unique<Private>();
    d->options = options;
    d->store = store;
    d->handlers = std::make_unique<ApiHandlers>(store, policy, publicKeys, std::move(secrets));
    const int deadline = options.requestDeadlineSeconds > 0 ? options.requestDeadlineSeconds
                                                            : policy.requestDeadlineSeconds();
    d->limits.deadline = std::chrono::seconds(std::max(1, deadline));
    d->limits.perAddress = std::max(1, policy.connectionsPerAddress());
    d->limits.maxConnections = std::max(2, policy.maxConnections());
    if (certPem.isEmpty() || keyPem.isEmpty()) {
        if (!options.insecureDev) {
            *error = Tr::tr("No TLS certificate and key: the node serves HTTPS only (plain HTTP "
                            "needs --insecure-dev, for development).");
            return nullptr;
        }
        // Its watchdog admits nothing and sets no deadline (no TLS tells it when a connection
        // ends); it reports the connections closed for a header flood (PlainHeaders).
        d->watchdog = std::make_unique<ConnectionWatchdog>(d->limits);
        d->server = std::make_unique<httplib::Server>();
        d->tls = false;
    } else {
        d->watchdog = std::make_unique<ConnectionWatchdog>(d->limits);
        ConnectionWatchdog *watchdog = d->watchdog.get();
        auto server = std::make_unique<NodeSslServer>([certPem, keyPem, watchdog](SSL_CTX &ctx) {
            if (SSL_CTX_set_min_proto_version(&ctx, TLS1_2_VERSION) != 1)
                return false;
            SSL_CTX_set_options(&ctx,
                                SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION
                                    | SSL_OP_CIPHER_SERVER_PREFERENCE);
            // TLS 1.2: forward-secret AEAD suites only (TLS 1.3's are all of that kind).
            if (SSL_CTX_set_cipher_list(&ctx, "ECDHE+AESGCM:ECDHE+CHACHA20") != 1)
                return false;
            if (!loadPem(ctx, certPem, keyPem))
                return false;
            SSL_CTX_set_app_data(&ctx, watchdog);
            SSL_CTX_set_info_callback(&ctx, sslInfoCallback);
            SSL_CTX_set_msg_callback(&ctx, sslMessageCallback);
            return true;
        });
        if (!server->is_valid()) {
            *error = Tr::tr("The TLS certificate and key could not be used (not PEM, or not a "
                            "pair). Check the files in the data dir's tls folder.");
            return nullptr;
        }
        d->server = std::move(server);
        d->tls = true;
    }
    const int threads = options.threads > 0 ? options.threads : policy.threads();
    d->configure(policy.maxBodyBytes(), std::max(1, threads));
    return std::unique_ptr<NodeServer>(new NodeServer(std::move(d)));
}

void NodeServer::Private::configure(qint64 maxBodyBytes, int threads)
{
    httplib::Server &s = *server;
    this->maxBodyBytes = maxBodyBytes;
    // One thread per connection, max_connections of them (at least two per compute slot), and
    // as many accepted connections waiting for one; the rest wait in the listen backlog and
    // their TCP retries. Requests compute `threads` at a time (dispatch).
    computeSlots = std::max(1, threads);
    const std::size_t connectionThreads
        = std::size_t(std::max(limits.maxConnections, 2 * computeSlots));
    ConnectionWatchdog *plainWatchdog = tls ? nullptr : watchdog.get();
    s.new_task_queue = [connectionThreads, plainWatchdog] {
        return new BoundedThreadPool(connectionThreads, connectionThreads, plainWatchdog);
    };
    s.set_payload_max_length(std::size_t(maxBodyBytes));
    s.set_read_timeout(5, 0);
    s.set_write_timeout(5, 0);
    s.set_keep_alive_timeout(5);
    s.set_keep_alive_max_count(100);
    s.set_tcp_nodelay(true);
    // SO_REUSEADDR only (a restart binds a port with connections still in TIME_WAIT), not
    // httplib's default SO_REUSEPORT: with it a second node (an old one left running, or one
    // given another's port) bound the same port without an error, and the kernel spread the
    // connections over the two (tst_listen_stable).
    s.set_socket_options([](socket_t sock) {
        const int yes = 1;
        ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    s.set_default_headers(
        { { "Cache-Control", "no-store" }, { "X-Content-Type-Options", "nosniff" } });

    s.set_pre_routing_handler([maxBodyBytes](const httplib::Request &req, httplib::Response &res) {
        t_request = RequestState();
        t_request.request = &req;
        t_request.start = Clock::now();
        t_request.timed = true;
        markHeadersRead(req.ssl, true);
        // A Content-Length that is not one plain number of bytes (a sign, a list, two headers
        // that differ: the node and something in front of it could read the body's end in two
        // places) is refused before a byte of the body is read.
        const auto lengths = req.headers.equal_range("Content-Length");
        for (auto it = lengths.first; it != lengths.second; ++it) {
            if (!isDecimal(it->second) || it->second != lengths.first->second) {
                setJsonError(res, 400, statusCodeId(400),
                             Tr::tr("The request's Content-Length is not one number of bytes. "
                                    "Send one Content-Length header with the body's size in "
                                    "decimal digits."));
                res.set_header("Connection", "close");
                return httplib::Server::HandlerResponse::Handled;
            }
        }
        // Bodies must come with a length: chunked ones could be unbounded and are refused
        // before a byte of them is read.
        // A body announced beyond the limit is refused. Up to kDrainedBodyFactor times the
        // limit (a client that overshot) httplib reads and discards it, then answers 413: a
        // node that answered and closed with the body still arriving made the client's kernel
        // reset the connection, and a client still writing saw the reset instead of the 413
        // (tst_attacks_review3 bodyJustOverTheCapGetsA413). A POST only: httplib reads the body
        // of a POST before routing. Beyond that, or chunked, the body is never read: answered
        // and closed before a byte of it (a reset is then the client's own doing).
        const std::string length = req.get_header_value("Content-Length");
        if (!length.empty() && !withinLength(length, maxBodyBytes)) {
            t_request.checks.append(
                QJsonObject { { QStringLiteral("rule"), QStringLiteral("max-body-bytes") },
                              { QStringLiteral("threshold"), maxBodyBytes },
                              { QStringLiteral("passed"), false } });
            if (req.method == "POST" && !req.has_header("Transfer-Encoding")
                && withinLength(length, maxBodyBytes * kDrainedBodyFactor))
                return httplib::Server::HandlerResponse::Unhandled; // drained, then 413
            setJsonError(res, 413, statusCodeId(413), statusMessage(413));
            res.set_header("Connection", "close");
            return httplib::Server::HandlerResponse::Handled;
        }
        if (req.has_header("Transfer-Encoding")) {
            setJsonError(res, 411, QStringLiteral("length-required"),
                         Tr::tr("Chunked request bodies are not accepted. Send the body with a "
                                "Content-Length."));
            res.set_header("Connection", "close");
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    auto handler = [this](const httplib::Request &req, httplib::Response &res) {
        dispatch(req, res);
    };
    s.Get(".*", handler);
    s.Post(".*", handler);
    s.Put(".*", handler);
    s.Patch(".*", handler);
    s.Delete(".*", handler);
    s.Options(".*", handler);
    s.set_exception_handler(
        [](const httplib::Request &req, httplib::Response &res, std::exception_ptr exception) {
            // The administrator's log gets what failed; the client never does (an exception
            // text could describe data).
            std::string what = "an exception of unknown type";
            try {
                if (exception)
                    std::rethrow_exception(exception);
            } catch (const std::exception &e) {
                what = e.what();
            } catch (...) {
            }
            std::fprintf(stderr, "fairstart-node: warning: %s %s failed: %s\n",
                         logSafe(head(req.method, 16)).constData(),
                         logSafe(head(req.path, 200)).constData(),
                         logSafe(head(what, 300)).constData());
            setJsonError(res, 500, QStringLiteral("node-failure"), statusMessage(500));
        });
    // Every answer of 400 or more passes here before it is sent. Those that ApiHandlers did not
    // audit (refusals by the pre-routing handler or by httplib, exceptions, health's 405) are
    // audited here, so that every answered request has its entry.
    s.set_error_handler(httplib::Server::HandlerWithResponse(
        [this](const httplib::Request &req, httplib::Response &res) {
            bool composed = false;
            if (t_request.request != &req) {
                // httplib refused it before the pre-routing handler saw it.
                t_request = RequestState();
                t_request.request = &req;
            }
            if (res.body.empty()) {
                setJsonError(res, res.status, statusCodeId(res.status), statusMessage(res.status));
                composed = true;
            }
            if (!t_request.audited && !auditUnrouted(req, res)) {
                std::fprintf(stderr,
                             "fairstart-node: warning: the audit entry could not be written; "
                             "the answer says so\n");
                setJsonError(res, 500, QStringLiteral("node-failure"),
                             Tr::tr("The node could not record this request in its audit log. "
                                    "Tell the site administrator."));
                composed = true;
            }
            return composed ? httplib::Server::HandlerResponse::Handled
                            : httplib::Server::HandlerResponse::Unhandled;
        }));
    ConnectionWatchdog *dog = watchdog.get();
    s.set_logger([dog](const httplib::Request &req, const httplib::Response &res) {
        const bool known = t_request.request == &req;
        const QString user
            = known && !t_request.user.isEmpty() ? t_request.user : QStringLiteral("-");
        QByteArray duration = "-";
        if (known && t_request.timed)
            duration = QByteArray::number(
                           std::chrono::duration<double, std::milli>(Clock::now() - t_request.start)
                               .count(),
                           'f', 1)
                + "ms";
        // One line per request whatever the client sent: a path or user with a line break or a
        // terminal escape is written escaped (logtext.h).
        std::fprintf(stderr, "%s %s %s %d %s %s\n",
                     qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)),
                     logSafe(head(req.method, 16)).constData(),
                     logSafe(head(req.path, 200)).constData(), res.status,
                     logSafe(user).constData(), duration.constData());
        t_request = RequestState();
        // The answer is out: the connection may wait for its next request, within the deadline.
        if (dog && req.ssl)
            dog->awaitRequest(SSL_get_fd(req.ssl));
        markHeadersRead(req.ssl, false);
    });
}

bool NodeServer::Private::auditUnrouted(const httplib::Request &req, const httplib::Response &res)
{
    QJsonObject entry { { QStringLiteral("event"), QStringLiteral("request") },
                        { QStringLiteral("method"), utf8(req.method).left(16) },
                        { QStringLiteral("path"), utf8(req.path).left(200) } };
    const std::optional<TokenInfo> token = tokenOf(*store, req.get_header_value("Authorization"));
    if (token) {
        entry.insert(QStringLiteral("tokenId"), token->id);
        t_request.user = token->user;
    }
    // The body is empty unless the request reached a handler (an exception): httplib reads it
    // only after the pre-routing handler let the request through, and never beyond the limit.
    describeRequest(entry, req.method, req.path, req.params, QByteArray::fromStdString(req.body),
                    maxBodyBytes, token.has_value());
    entry.insert(QStringLiteral("user"), token ? token->user : QStringLiteral("-"));
    entry.insert(QStringLiteral("status"), res.status);
    entry.insert(QStringLiteral("outcome"), auditOutcome(res.status));
    const QString code = errorCodeOf(res);
    entry.insert(QStringLiteral("code"), code.isEmpty() ? statusCodeId(res.status) : code);
    if (!t_request.checks.isEmpty())
        entry.insert(QStringLiteral("checks"), t_request.checks);
    t_request.audited = store->appendAudit(entry).ok();
    return t_request.audited;
}

void NodeServer::Private::dispatch(const httplib::Request &req, httplib::Response &res)
{
    const int fd = watchdog && req.ssl ? SSL_get_fd(req.ssl) : -1;
    if (fd >= 0)
        watchdog->busy(fd);
    ApiRequest request;
    request.method = req.method;
    request.path = req.path;
    for (const auto &[key, value] : req.params)
        request.query.emplace(key, value);
    request.authorization = req.get_header_value("Authorization");
    request.contentType = req.get_header_value("Content-Type");
    request.body = QByteArray::fromStdString(req.body);
    // The compute gate: a connection thread waits here for one of the `threads` slots.
    struct ComputeSlot {
        Private &d;
        explicit ComputeSlot(Private &p)
            : d(p)
        {
            std::unique_lock lock(d.computeMutex);
            d.computeFreed.wait(lock, [this] { return d.computing < d.computeSlots; });
            ++d.computing;
        }
        ~ComputeSlot()
        {
            {
                std::lock_guard lock(d.computeMutex);
                --d.computing;
            }
            d.computeFreed.notify_one();
        }
    };
    ApiResponse response;
    {
        const ComputeSlot slot(*this);
        const RequestInFlight inFlight; // the last request out gives free memory back (issue 16)
        response = handlers->handle(request);
    }
    // The answer is written next: the client must take it within the deadline.
    if (fd >= 0)
        watchdog->answering(fd);
    t_request.user = response.user;
    t_request.audited = response.audited;
    res.status = response.status;
    if (response.retryAfterSeconds > 0)
        res.set_header("Retry-After", std::to_string(response.retryAfterSeconds));
    // A request batch's answer frames its parts' JSON answers (protocol/batchcodec.h).
    res.set_content(response.body.toStdString(),
                    protocol::isBatchAnswer(response.body) ? protocol::kBatchContentType
                                                           : "application/json");
}

bool NodeServer::bind(QString *error)
{
    const std::string host = d->options.host.toStdString();
    if (d->options.port == 0) {
        d->port = d->server->bind_to_any_port(host);
    } else {
        d->port = d->server->bind_to_port(host, d->options.port) ? d->options.port : -1;
    }
    if (d->port > 0 && d->watchdog && d->tls)
        registerListener(static_cast<NodeSslServer &>(*d->server).listeningSocket(),
                         d->watchdog.get());
    if (d->port <= 0) {
        *error = Tr::tr("Cannot listen on %1:%2. Check that the address is local and the port "
                        "free.")
                     .arg(d->options.host)
                     .arg(d->options.port);
        return false;
    }
    return true;
}

quint16 NodeServer::port() const
{
    return quint16(d->port);
}

bool NodeServer::isTls() const
{
    return d->tls;
}

namespace {

// Runs the work of one of the node's own threads (the datasets read ahead, the sweep of idle
// jobs). An exception there reached std::terminate and ended the node (a store or table read that
// throws, as the same read in a request is answered with a 500): it is logged for the
// administrator, and the node serves on.
template<typename Work> void runInBackground(const char *what, Work &&work)
{
    std::string failure;
    try {
        work();
        return;
    } catch (const std::exception &e) {
        failure = e.what();
    } catch (...) {
        failure = "an exception of unknown type";
    }
    std::fprintf(stderr, "fairstart-node: warning: %s failed: %s\n", what,
                 logSafe(head(failure, 300)).constData());
}

} // namespace

void NodeServer::serve(std::function<void()> ready)
{
    if (d->watchdog)
        d->watchdog->start();
    {
        std::lock_guard lock(d->expiryMutex);
        d->stopping = false;
    }
    d->expiryThread = std::thread([this] {
        std::unique_lock lock(d->expiryMutex);
        while (!d->stopping) {
            d->expiryWake.wait_for(lock, std::chrono::seconds(30));
            if (d->stopping)
                break;
            lock.unlock();
            runInBackground("expiring idle jobs", [this] { d->handlers->expireIdleJobs(); });
            runInBackground("keeping the request budgets",
                            [this] { d->handlers->keepRequestBudgets(); });
            lock.lock();
        }
    });
    // The datasets are read while the server waits for its first clients (issue 16).
    d->preloadCancelled = false;
    d->preloadDone = false;
    d->preloadThread = std::thread([this, ready = std::move(ready)] {
        // A failure here leaves the datasets to the first request that needs each (which
        // answers its own failure, 500 and audited); the node serves all the same.
        runInBackground("reading the datasets ahead",
                        [this] { d->handlers->preloadDatasets(d->preloadCancelled); });
        if (ready && !d->preloadCancelled)
            ready();
        d->preloadDone = true;
    });
    d->server->listen_after_bind();
    unregisterListener(d->watchdog.get());
    {
        std::lock_guard lock(d->expiryMutex);
        d->stopping = true;
    }
    d->expiryWake.notify_all();
    if (d->expiryThread.joinable())
        d->expiryThread.join();
    // No request runs any more: what the buckets hold now is what the next start begins with.
    runInBackground("keeping the request budgets", [this] { d->handlers->keepRequestBudgets(); });
    // No request runs any more (httplib answered those in flight): a preload still reading a
    // table stops at its next column instead of holding the exit back for the whole table (40 s
    // at 10^7 records). An interrupt that comes between two statements is lost, so it is repeated
    // until the preload has returned.
    d->preloadCancelled = true;
    while (!d->preloadDone) {
        d->store->interrupt();
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (d->preloadThread.joinable())
        d->preloadThread.join();
    if (d->watchdog)
        d->watchdog->stop();
}

bool NodeServer::startInBackground(QString *error)
{
    if (d->port <= 0 && !bind(error))
        return false;
    d->serveThread = std::thread([this] { serve(); });
    for (int i = 0; i < 500 && !d->server->is_running(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (!d->server->is_running()) {
        *error = Tr::tr("The server did not start.");
        return false;
    }
    return true;
}

void NodeServer::stop()
{
    if (!d)
        return;
    unregisterListener(d->watchdog.get());
    d->server->stop();
    if (d->serveThread.joinable())
        d->serveThread.join();
}

// ---- runServe --------------------------------------------------------------------------------

namespace {

// Qt's messages (qWarning from the node or from Qt itself) as log lines like the node's own:
// one line each, control characters escaped.
void logQtMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    const char *level = "warning";
    switch (type) {
    case QtDebugMsg:
        level = "debug";
        break;
    case QtInfoMsg:
        level = "info";
        break;
    case QtWarningMsg:
        break;
    case QtCriticalMsg:
        level = "critical";
        break;
    case QtFatalMsg:
        level = "fatal";
        break;
    }
    QString text = message;
    if (text.startsWith(QLatin1String("fairstart-node: ")))
        text.remove(0, 16);
    std::fprintf(stderr, "fairstart-node: %s: %s\n", level, logSafe(text).constData());
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

int runServe(const ServeOptions &options)
{
    const QtMessageHandler previousHandler = qInstallMessageHandler(logQtMessage);
    struct RestoreHandler {
        QtMessageHandler previous;
        ~RestoreHandler() { qInstallMessageHandler(previous); }
    } restoreHandler { previousHandler };
    QString error;
    auto server = NodeServer::open(options, &error);
    if (!server) {
        std::fprintf(stderr, "fairstart-node: %s\n", logSafe(error).constData());
        return 1;
    }
    if (options.insecureDev) {
        std::fprintf(stderr,
                     "fairstart-node: WARNING: --insecure-dev: serving PLAIN HTTP without TLS. "
                     "Tokens and results travel unencrypted, and there is no limit on slow or "
                     "idle connections (request_deadline_seconds, connections_per_address and "
                     "max_connections apply to HTTPS only): one client can hold every thread. "
                     "Never use this with real data or on a network.\n");
    }
    if (!server->bind(&error)) {
        std::fprintf(stderr, "fairstart-node: %s\n", logSafe(error).constData());
        return 1;
    }

    int fds[2];
    if (::pipe(fds) != 0) {
        std::fprintf(stderr, "fairstart-node: cannot create the signal pipe\n");
        return 1;
    }
    ::fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    g_signalPipe = fds[1];
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    struct sigaction oldTerm = {};
    struct sigaction oldInt = {};
    sigaction(SIGTERM, &action, &oldTerm);
    sigaction(SIGINT, &action, &oldInt);

    NodeServer *raw = server.get();
    std::thread stopper([raw, readFd = fds[0]] {
        char byte = 0;
        while (::read(readFd, &byte, 1) < 0 && errno == EINTR) { }
        raw->stop();
    });

    // Said once the node is ready (issue 16): its datasets read and what the release rules
    // compute per dataset computed, so that the first analyst after a start does not pay for it.
    // Connections are accepted from the bind on; a request meanwhile waits for the table it needs.
    const QByteArray scheme = server->isTls() ? "https" : "http";
    const QByteArray host = logSafe(options.host);
    const int port = int(server->port());
    server->serve([scheme, host, port] {
        std::fprintf(stdout, "fairstart-node: listening on %s://%s:%d\n", scheme.constData(),
                     host.constData(), port);
        std::fflush(stdout);
    }); // returns after stop(): in-flight requests are answered first

    // Wake the stopper if serve() ended for another reason.
    onSignal(0);
    stopper.join();
    sigaction(SIGTERM, &oldTerm, nullptr);
    sigaction(SIGINT, &oldInt, nullptr);
    g_signalPipe = -1;
    ::close(fds[0]);
    ::close(fds[1]);
    std::fprintf(stderr, "fairstart-node: stopped\n");
    return 0;
}

} // namespace fairstart::node

// ---- httplib's wait for a kept-alive connection's next request --------------------------------
//
// Debian 12's cpp-httplib (0.11.4, a shared library) waits for the next request on a kept-alive
// connection in httplib::detail::keep_alive: select() for 10 ms, sleep 1 ms, again, until the
// keep-alive timeout. Every idle connection's worker thus woke ~90 times a second; at 100 sites a
// client keeps 2 connections to each node between its requests, and those wake-ups were ~17 % of
// the nodes' CPU in a fit (docs/performance.md, "sites2", "sites3"). The library calls the
// function through its PLT, so this definition, exported by the executable like any symbol a
// shared library also defines, replaces it: one poll() until the socket is readable, closed
// (the watchdog's shutdown wakes it) or the keep-alive timeout has passed — what the library's
// loop returns, without the wake-ups. Its callers are httplib's Server and SSLServer
// process_and_close_socket, which then read the request (true) or close the connection (false).
// A later httplib with another signature simply keeps its own loop; tst_server's
// idleKeptAliveConnectionsDoNotWakeTheNode then fails (an idle kept-alive connection must not
// wake the node), so the change is seen.

namespace httplib::detail {

bool keep_alive(int sock, long keepAliveTimeoutSeconds);

bool keep_alive(int sock, long keepAliveTimeoutSeconds)
{
    using namespace std::chrono;
    // A plain-HTTP node's connection waits for its (next) request: its header bytes count from
    // here (PlainHeaders in the node's namespace).
    fairstart::node::t_plainHeaders.counting = fairstart::node::t_plainHeaders.watchdog != nullptr;
    fairstart::node::t_plainHeaders.bytes = 0;
    const auto deadline = steady_clock::now() + seconds(std::max(0L, keepAliveTimeoutSeconds));
    for (;;) {
        const auto left = ceil<milliseconds>(deadline - steady_clock::now()).count();
        pollfd fd { sock, POLLIN, 0 };
        const int ready = ::poll(&fd, 1, int(std::clamp<long long>(left, 0, 60'000)));
        if (ready > 0)
            return true;
        if (ready < 0 && errno != EINTR)
            return false;
        if (ready == 0 && steady_clock::now() >= deadline)
            return false;
    }
}

// The library's read of a plain socket (its SocketStream, server and client, and the one-byte
// peek of is_socket_alive, which HTTPS connections call before a write too), through its PLT
// like keep_alive: recv() as the library's own (again on EINTR), and on a plain-HTTP node's
// connection thread the header cap (PlainHeaders). A later httplib that reads otherwise keeps
// its own; tst_robust_node's plain-HTTP rows of endlessHeadersAreCutOff then fail.
long read_socket(int sock, void *ptr, unsigned long size, int flags);

long read_socket(int sock, void *ptr, unsigned long size, int flags)
{
    long n = 0;
    do {
        n = long(::recv(sock, ptr, size, flags));
    } while (n < 0 && errno == EINTR);
    // A peek (is_socket_alive's, before a write) is counted when the bytes are read.
    return (flags & MSG_PEEK) != 0 ? n : fairstart::node::plainHeaderBytesRead(sock, n);
}

} // namespace httplib::detail

// ---- The admission of accepted connections -----------------------------------------------------
//
// httplib accepts a connection and queues it for a worker in one step, without a hook in between
// (Debian 12's 0.11.4: listen_internal calls accept(), then the task queue), and the TLS handshake
// is the worker's first work. The node admits a connection at accept, before it takes a thread or
// any TLS work (ConnectionWatchdog::admit): the library calls accept through its PLT, so this
// definition, exported by the executable like keep_alive above, replaces libc's for it (and for
// every other caller in the process: a socket that is not a node's listening socket is accepted
// unchanged). accept4 is replaced too (later httplib versions call it). A refused connection is
// closed at once, and the library is told EINTR, on which it accepts the next one. Should a later
// httplib accept in another way, every connection is still under its deadline (from the TLS
// handshake on), and tst_slowclient fails (an address's connections beyond
// connections_per_address are no longer refused), so the change is seen.

namespace {

int admittedAccept(int fd, sockaddr *addr, socklen_t *addrlen, int flags)
{
    sockaddr_storage peer {};
    socklen_t peerLength = sizeof peer;
    const int accepted = int(::syscall(SYS_accept4, fd, &peer, &peerLength, flags));
    if (accepted < 0)
        return accepted;
    if (addr && addrlen) {
        std::memcpy(addr, &peer, std::min<std::size_t>(*addrlen, peerLength));
        *addrlen = peerLength;
    }
    std::lock_guard lock(fairstart::node::g_listenersMutex);
    const auto it = fairstart::node::g_listeners.find(fd);
    if (it == fairstart::node::g_listeners.end() || it->second->admit(accepted, peer))
        return accepted;
    ::close(accepted);
    errno = EINTR;
    return -1;
}

} // namespace

extern "C" int accept(int fd, sockaddr *addr, socklen_t *addrlen)
{
    return admittedAccept(fd, addr, addrlen, 0);
}

extern "C" int accept4(int fd, sockaddr *addr, socklen_t *addrlen, int flags)
{
    return admittedAccept(fd, addr, addrlen, flags);
}
