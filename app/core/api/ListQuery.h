#pragma once

#include <QString>

namespace iotaap {

// Paging, search and order of a list request. The client adds `draw` itself.
struct ListQuery
{
    enum class SortOrder
    {
        Ascending,
        Descending,
    };

    QString search;                          // `search_value`; not sent when empty
    qint64 offset = 0;                       // `offset`
    qint64 limit = 50;                       // `limit`; not sent when 0 or less
    SortOrder order = SortOrder::Descending; // `order_dir`: by last update
};

} // namespace iotaap
