// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16 (ten concurrent fits at one node): the node's memos (the round memo, the calibration
// designs) were filled only once a computation ended, so ten identical requests that arrived
// together all missed and all computed the same thing. InFlight lets the second wait for the
// first's computation instead, then read the memo the first filled.
//
// It decides nothing and holds no value: a claim names a computation by its key (the bytes that
// name the very objects and numbers it is a pure function of); the thread that claims it
// computes and fills its memo; a thread that claims the same key meanwhile waits until that
// claim is released and then looks into the memo again (and computes itself when the first
// failed and kept nothing). Each request still passes its own release gate, ledgers and audit
// with what it reads, exactly as when it computed it itself.
#pragma once

#include <QByteArray>

#include <Eigen/Core>

#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <set>

namespace fairstart::node::api {

class InFlight {
public:
    // Held by the thread that computes `key`; released (and the waiters woken) when it goes.
    class Claim {
    public:
        Claim() = default;
        Claim(Claim &&other) noexcept
            : m_owner(other.m_owner)
            , m_key(std::move(other.m_key))
        {
            other.m_owner = nullptr;
        }
        Claim(const Claim &) = delete;
        Claim &operator=(const Claim &) = delete;
        Claim &operator=(Claim &&other) noexcept
        {
            if (this != &other) {
                if (m_owner)
                    m_owner->release(m_key);
                m_owner = other.m_owner;
                m_key = std::move(other.m_key);
                other.m_owner = nullptr;
            }
            return *this;
        }
        ~Claim()
        {
            if (m_owner)
                m_owner->release(m_key);
        }
        explicit operator bool() const { return m_owner != nullptr; }

    private:
        friend class InFlight;
        Claim(InFlight *owner, QByteArray key)
            : m_owner(owner)
            , m_key(std::move(key))
        {
        }
        InFlight *m_owner = nullptr;
        QByteArray m_key;
    };

    // The claim of `key` when no other thread holds it; else waits until the holder released it
    // and returns an empty claim (the caller looks into its memo again, then claims again).
    Claim claim(const QByteArray &key)
    {
        std::unique_lock lock(m_mutex);
        if (m_keys.insert(key).second)
            return Claim(this, key);
        ++m_waits;
        m_released.wait(lock, [&] { return m_keys.count(key) == 0; });
        return Claim();
    }

    // How often a thread waited for another's computation (tests, benchmarks).
    std::uint64_t waits() const
    {
        std::lock_guard lock(m_mutex);
        return m_waits;
    }

private:
    void release(const QByteArray &key)
    {
        {
            std::lock_guard lock(m_mutex);
            m_keys.erase(key);
        }
        m_released.notify_all();
    }

    mutable std::mutex m_mutex;
    std::condition_variable m_released;
    std::set<QByteArray> m_keys;
    std::uint64_t m_waits = 0;
};

// The bytes of a pointer and of a vector of doubles, for a claim's key: the computing thread holds
// the object named by the pointer for as long as it holds the claim, so no other object can have
// that address meanwhile.
inline void appendKey(QByteArray &key, const void *address)
{
    key.append(reinterpret_cast<const char *>(&address), sizeof(address));
}

inline void appendKey(QByteArray &key, const double *values, std::size_t count)
{
    key.append(reinterpret_cast<const char *>(values), qsizetype(count * sizeof(double)));
}

// Whether two β are the same to the bit: the memos that a claim's waiters read are keyed so.
inline bool sameBits(const Eigen::VectorXd &a, const Eigen::VectorXd &b)
{
    return a.size() == b.size()
        && std::memcmp(a.data(), b.data(), std::size_t(a.size()) * sizeof(double)) == 0;
}

} // namespace fairstart::node::api
