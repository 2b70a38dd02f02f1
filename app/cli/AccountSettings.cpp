#include "AccountSettings.h"

#include <QSettings>
#include <memory>

namespace iotaap::cli {

namespace {

QString keyFor(const QUrl& apiUrl)
{
    // A URL has slashes, which QSettings would read as groups.
    return QStringLiteral("accounts/") +
           QString::fromLatin1(
               apiUrl.toString(QUrl::StripTrailingSlash)
                   .toUtf8()
                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
           QStringLiteral("/email");
}

std::unique_ptr<QSettings> settings()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("IoTaaP"), QStringLiteral("iotaap-ota"));
}

} // namespace

QString AccountSettings::lastEmail(const QUrl& apiUrl)
{
    return settings()->value(keyFor(apiUrl)).toString();
}

void AccountSettings::setLastEmail(const QUrl& apiUrl, const QString& email)
{
    settings()->setValue(keyFor(apiUrl), email);
}

void AccountSettings::forget(const QUrl& apiUrl)
{
    settings()->remove(keyFor(apiUrl));
}

} // namespace iotaap::cli
