#pragma once

#include <QList>
#include <QString>

namespace iotaap {

// One page of a list endpoint (DataTables-style paging).
template <typename T> struct Page
{
    QList<T> items;
    qint64 recordsTotal = 0;    // records the account has
    qint64 recordsFiltered = 0; // records that match the search
    QString draw;               // echo of the request's draw
};

} // namespace iotaap
