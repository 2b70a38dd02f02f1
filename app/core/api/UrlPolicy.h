#pragma once

#include <QString>
#include <QUrl>

namespace iotaap {

// Where the client may send a request, and which redirects it may follow.
class UrlPolicy final
{
public:
    // An API address as an operator writes it, in the sign-in dialog, after --api-url or
    // in $IOTAAP_API_URL: white space trimmed, https:// assumed when no scheme is given,
    // a trailing slash dropped, so that the keychain and the settings see one spelling of
    // it. What cannot be an address comes back invalid; transportProblem() says why.
    static QUrl parseApiUrl(const QString& text);

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
