#include "core/api/EndpointUrl.h"

#include <QStringList>

namespace iotaap {

namespace {

QString queryPair(const char* key, const QString& value)
{
    return QLatin1String(key) + QLatin1Char('=') +
           QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

QUrl EndpointUrl::make(const QUrl& base, const QString& path, const QStringList& segments)
{
    QUrl url = base;
    QString fullPath = base.path(QUrl::FullyEncoded);
    while (fullPath.endsWith(QLatin1Char('/')))
        fullPath.chop(1);
    fullPath += QLatin1Char('/') + path;
    for (const QString& segment : segments)
        fullPath += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    url.setPath(fullPath, QUrl::StrictMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl EndpointUrl::list(const QUrl& base, const QString& path, const ListQuery& query,
                       const QString& draw)
{
    QUrl url = make(base, path);
    QStringList pairs;
    if (!query.search.isEmpty())
        pairs << queryPair("search_value", query.search);
    pairs << queryPair("offset", QString::number(qMax<qint64>(0, query.offset)));
    if (query.limit > 0)
        pairs << queryPair("limit", QString::number(query.limit));
    pairs << queryPair("draw", draw);
    pairs << queryPair("order_dir", query.order == ListQuery::SortOrder::Ascending
                                        ? QStringLiteral("asc")
                                        : QStringLiteral("desc"));
    url.setQuery(pairs.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

} // namespace iotaap
