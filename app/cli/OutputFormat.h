#pragma once

#include <QCommandLineOption>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace iotaap::cli {

class Console;

enum class OutputFormat
{
    Table,
    Csv,
    Json,
    Text,
};

// Reads a --format value; nothing when it is not one of `allowed`.
std::optional<OutputFormat> parseOutputFormat(const QString& value, const QStringList& allowed);

// --format with the allowed values listed in its help; the first is the default.
QCommandLineOption formatOption(const QStringList& allowed);

// ISO 8601 UTC with milliseconds, as the API writes it; null for an invalid time.
QJsonValue jsonTimestamp(const QDateTime& time);

// One indented JSON document on stdout.
void printJson(Console& console, const QJsonObject& object);

} // namespace iotaap::cli
