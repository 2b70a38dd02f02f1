#include "HttpReply.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace iotaap::sandbox::reply {

void json(httplib::Response& response, int status, const QJsonObject& body)
{
    response.status = status;
    response.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
                         "application/json; charset=utf-8");
}

void message(httplib::Response& response, int status, const QString& text)
{
    json(response, status, {{QStringLiteral("message"), text}});
}

void failure(httplib::Response& response, const QString& text, const QString& error)
{
    json(response, 500, {{QStringLiteral("message"), text}, {QStringLiteral("error"), error}});
}

void unauthorized(httplib::Response& response)
{
    response.status = 401;
    response.set_content("Unauthorized", "text/plain; charset=utf-8");
}

QString isoTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString parameter(const httplib::Request& request, const char* name)
{
    return QString::fromStdString(request.get_param_value(name));
}

std::optional<PageRequest> pageRequest(const httplib::Request& request, QString* error)
{
    static const QRegularExpression wholeNumber(QStringLiteral(R"(^\d{1,15}$)"));
    PageRequest page;
    page.search = parameter(request, "search_value");
    page.ascending =
        parameter(request, "order_dir").compare(QLatin1String("asc"), Qt::CaseInsensitive) == 0;
    if (request.has_param("offset")) {
        const QString offset = parameter(request, "offset");
        if (!wholeNumber.match(offset).hasMatch()) {
            *error = QStringLiteral("offset must be a whole number, 0 or more");
            return std::nullopt;
        }
        page.offset = offset.toLongLong();
    }
    if (request.has_param("limit")) {
        const QString limit = parameter(request, "limit");
        if (!wholeNumber.match(limit).hasMatch() || limit.toLongLong() == 0) {
            *error = QStringLiteral("limit must be a whole number, 1 or more");
            return std::nullopt;
        }
        page.limit = limit.toLongLong();
    }
    return page;
}

} // namespace iotaap::sandbox::reply
