#pragma once

#include <QString>
#include <QUrl>

namespace iotaap {

// Where the client may send a request, and which redirects it may follow.
class UrlPolicy final
{
public:
    // 127.0.0.0/8, ::1 (also as an IPv4-mapped address) and "localhost".
    static bool isLoopbackHost(const QString& host);

    // Why a request to `url` must not be sent (translated), or an empty string when it may:
    // it must be an absolute http(s) URL, and plain http only to a loopback host.
    static QString transportProblem(const QUrl& url);

    // Same scheme, host and port (default ports filled in). The bearer token may only
    // follow a redirect to the same origin.
    static bool isSameOrigin(const QUrl& left, const QUrl& right);

    UrlPolicy() = delete;
};

} // namespace iotaap
