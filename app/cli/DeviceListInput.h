#pragma once

#include "core/api/Target.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace iotaap::cli {

// Reads the devices of `rollout --devices-from`: one id per line (blank lines and `#`
// comments ignored), or a CSV file with an `id` column, as `iotaap-ota devices --format
// csv` writes it, so that a search can be piped into a rollout. A file is CSV when its
// first line has a field named `id`; its fields are read as RFC 4180 quotes them.
class DeviceListInput final
{
    Q_DECLARE_TR_FUNCTIONS(DeviceListInput)

public:
    struct Result
    {
        QList<Target> devices; // in the order given, ids normalized
        QString problem;       // the first line at fault; empty when all were read

        bool isRead() const { return problem.isEmpty(); }
    };

    // `source` names the input in a problem: the file's name, or "standard input".
    static Result parse(const QByteArray& bytes, const QString& source);

private:
    struct Record
    {
        int line = 0; // where it starts, from 1
        QStringList fields;
    };

    static Result parseList(const QString& text, const QString& source);
    static Result parseCsv(const QList<Record>& records, qsizetype idColumn, const QString& source);
    // The records of a CSV text; a problem when a quoted field never ends.
    static QList<Record> csvRecords(const QString& text, QString* problem, const QString& source);
    static bool takeId(const QString& text, int line, const QString& source, Result& result);
};

} // namespace iotaap::cli
