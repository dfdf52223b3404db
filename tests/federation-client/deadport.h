// SPDX-License-Identifier: GPL-3.0-or-later
// A loopback port that is certain to refuse connections, for tests of an unreachable site.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace testsupport {

// A loopback port on which nobody listens for as long as this object lives: a socket bound to
// it that never listens (connecting is refused) and holds it, so that no other process (a
// parallel test's node) can listen there meanwhile. A port probed free and closed again could
// be bound by anyone the next moment.
class DeadPort {
public:
    DeadPort()
        : m_fd(::socket(AF_INET, SOCK_STREAM, 0))
    {
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
            return;
        socklen_t len = sizeof addr;
        if (::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
            m_port = ntohs(addr.sin_port);
    }
    ~DeadPort()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    DeadPort(const DeadPort &) = delete;
    DeadPort &operator=(const DeadPort &) = delete;

    // 0 when no socket could be bound.
    int port() const { return m_port; }

private:
    int m_fd;
    int m_port = 0;
};

} // namespace testsupport
