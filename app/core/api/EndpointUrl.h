#pragma once

#include "core/api/ListQuery.h"

#include <QString>
#include <QUrl>

namespace iotaap {

// Builds the URLs of the API's endpoints from the base URL (https://api.iotaap.io/v1).
class EndpointUrl final
{
public:
    // base + "/" + path, whatever trailing slash the base has. `segments` are appended as
    // encoded path segments, so an id cannot change the path ("../", "?").
    static QUrl make(const QUrl& base, const QString& path, const QStringList& segments = {});

    // A list endpoint with search_value, offset, limit, draw and order_dir. Every value
    // is percent-encoded, '+' included: the server reads '+' in a query as a space.
    static QUrl list(const QUrl& base, const QString& path, const ListQuery& query,
                     const QString& draw);

    EndpointUrl() = delete;
};

} // namespace iotaap
