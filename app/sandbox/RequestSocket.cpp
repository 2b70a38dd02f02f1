#include "RequestSocket.h"

#include <arpa/inet.h>
#include <cerrno>
#include <filesystem>
#include <netinet/in.h>
#include <sys/socket.h>

namespace iotaap::sandbox {

namespace {

int socketPort(const sockaddr_storage& address)
{
    if (address.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in&>(address).sin_port);
    if (address.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6&>(address).sin6_port);
    return -1;
}

int findSocket(const httplib::Request& request)
{
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", error)) {
        const int fd = std::atoi(entry.path().filename().c_str());
        sockaddr_storage local{};
        sockaddr_storage peer{};
        socklen_t localLength = sizeof local;
        socklen_t peerLength = sizeof peer;
        if (getsockname(fd, reinterpret_cast<sockaddr*>(&local), &localLength) != 0 ||
            getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &peerLength) != 0)
            continue;
        if (socketPort(local) == request.local_port && socketPort(peer) == request.remote_port)
            return fd;
    }
    return -1;
}

} // namespace

RequestSocket::RequestSocket(const httplib::Request& request) : m_fd(findSocket(request))
{}

void RequestSocket::shutdown()
{
    if (m_fd >= 0)
        ::shutdown(m_fd, SHUT_RDWR);
}

void RequestSocket::sendAndShutdown(const std::string& bytes)
{
    if (m_fd < 0)
        return;
    size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t written = send(m_fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            break;
        sent += size_t(written);
    }
    shutdown();
}

} // namespace iotaap::sandbox
