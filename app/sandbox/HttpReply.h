#pragma once

#include "FleetRecords.h"

#include <QJsonObject>
#include <QString>
#include <httplib.h>
#include <optional>

// Small helpers that turn values into httplib answers in the API's wire format.
namespace iotaap::sandbox::reply {

void json(httplib::Response& response, int status, const QJsonObject& body);
// {"message": text}
void message(httplib::Response& response, int status, const QString& text);
// {"message": text, "error": error}: the API's shape for a failure on its side.
void failure(httplib::Response& response, const QString& text, const QString& error);
// The API's answer to a missing or bad bearer token: plain text, not JSON.
void unauthorized(httplib::Response& response);

// 2020-01-21T22:59:29.940Z
QString isoTime(qint64 msSinceEpoch);

// Reads search_value, offset, limit and order_dir; an error text for a bad offset or limit.
std::optional<PageRequest> pageRequest(const httplib::Request& request, QString* error);
// Query parameter as UTF-8 text.
QString parameter(const httplib::Request& request, const char* name);

} // namespace iotaap::sandbox::reply
