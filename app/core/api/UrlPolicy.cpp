#include "core/api/UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace iotaap {

namespace {

int effectivePort(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return url.port(443);
    if (scheme == QLatin1String("http"))
        return url.port(80);
    return url.port();
}

} // namespace

QUrl UrlPolicy::parseApiUrl(const QString& text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QLatin1String("https://"));
    return QUrl(trimmed, QUrl::StrictMode).adjusted(QUrl::StripTrailingSlash);
}

bool UrlPolicy::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString UrlPolicy::transportProblem(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return QCoreApplication::translate("ApiError",
                                           "The server address \u201c%1\u201d is not a valid "
                                           "http or https URL.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return QCoreApplication::translate("ApiError",
                                           "The server address \u201c%1\u201d does not use "
                                           "HTTPS; plain HTTP is only allowed to this computer.")
            .arg(url.host());
    // A user name or password in the address would travel into settings, logs and error
    // messages with it; the API signs in with a bearer token, never with URL credentials.
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate("ApiError",
                                           "The server address \u201c%1\u201d contains a user "
                                           "name or password; remove it, you sign in separately.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    return {};
}

bool UrlPolicy::isSameOrigin(const QUrl& left, const QUrl& right)
{
    return left.isValid() && right.isValid() &&
           left.scheme().compare(right.scheme(), Qt::CaseInsensitive) == 0 &&
           left.host().compare(right.host(), Qt::CaseInsensitive) == 0 &&
           effectivePort(left) == effectivePort(right) && !left.host().isEmpty();
}

} // namespace iotaap
