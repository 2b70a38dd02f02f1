#include "core/api/JsonDecoder.h"

#include "core/api/ServerText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace iotaap {

namespace {

// Where an object sits in the answer: nowhere (the root), "user", or "otas" and index 3
// for "otas[3]". It becomes text only when a field fails: formatting the path of every
// record up front cost about 6% of decoding a page.
struct Location
{
    QLatin1StringView name;
    qsizetype index = -1;

    QString text() const
    {
        return index < 0 ? QString(name) : QStringLiteral("%1[%2]").arg(name).arg(index);
    }
};

// Reads the fields of one JSON object; the first missing or mistyped field is
// recorded in `error` with its full path, and later reads return empty values.
class FieldReader final
{
public:
    FieldReader(const QJsonObject& object, Location location, ApiError& error)
        : m_object(object), m_location(location), m_error(error)
    {}

    QString string(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isString()) {
            fail(key, value);
            return {};
        }
        return ServerText::clean(value.toString());
    }

    // Absent or null means "none"; present means a string.
    QString optionalString(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        return string(key);
    }

    // A non-negative whole number (JSON has only doubles; 2^53 keeps it exact).
    qint64 count(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        constexpr double maxExact = 9007199254740992.0;
        if (!value.isDouble()) {
            fail(key, value);
            return 0;
        }
        const double number = value.toDouble();
        if (!std::isfinite(number) || number < 0 || number > maxExact ||
            std::trunc(number) != number) {
            fail(key, value);
            return 0;
        }
        return static_cast<qint64>(number);
    }

    QDateTime timestamp(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        const QDateTime parsed =
            value.isString() ? JsonDecoder::parseTimestamp(value.toString()) : QDateTime();
        if (!parsed.isValid())
            fail(key, value);
        return parsed;
    }

    std::optional<QDateTime> nullableTimestamp(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isNull())
            return std::nullopt;
        return timestamp(key);
    }

    QJsonArray array(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isArray())
            fail(key, value);
        return value.toArray();
    }

    QJsonObject object(QLatin1StringView key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isObject())
            fail(key, value);
        return value.toObject();
    }

    QString pathOf(QLatin1StringView key) const
    {
        const QString path = m_location.text();
        return path.isEmpty() ? QString(key) : path + QLatin1Char('.') + key;
    }

private:
    void fail(QLatin1StringView key, const QJsonValue& value)
    {
        if (m_error.isError())
            return;
        m_error = ApiError::malformed(
            pathOf(key),
            value.isUndefined()
                ? QCoreApplication::translate("ApiError", "A field is missing.")
                : QCoreApplication::translate("ApiError", "A field has an unexpected value."));
    }

    const QJsonObject& m_object;
    Location m_location;
    ApiError& m_error;
};

std::optional<QJsonObject> parseObject(const QByteArray& bytes, ApiError& error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error = ApiError::malformed(
            {}, QCoreApplication::translate("ApiError", "The answer is not a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

OtaRecord readOtaRecord(const QJsonObject& object, Location location, ApiError& error,
                        Target::Kind kind)
{
    FieldReader reader(object, location, error);
    OtaRecord record;
    record.id = reader.string(QLatin1StringView("_id"));
    record.target =
        Target::of(kind, reader.string(kind == Target::Kind::Device ? QLatin1StringView("device")
                                                                    : QLatin1StringView("group")));
    record.owner = reader.string(QLatin1StringView("owner"));
    record.path = reader.string(QLatin1StringView("path"));
    record.version = reader.string(QLatin1StringView("version"));
    record.lastUpdated = reader.timestamp(QLatin1StringView("last_updated"));
    record.revision = reader.count(QLatin1StringView("__v"));
    return record;
}

Device readDevice(const QJsonObject& object, Location location, ApiError& error)
{
    FieldReader reader(object, location, error);
    Device device;
    device.id = reader.string(QLatin1StringView("_id"));
    device.type = reader.string(QLatin1StringView("type"));
    device.name = reader.string(QLatin1StringView("name"));
    device.token = reader.string(QLatin1StringView("token"));
    device.lastContact = reader.nullableTimestamp(QLatin1StringView("last_contact"));
    device.createdAt = reader.timestamp(QLatin1StringView("created_at"));
    device.owner = reader.string(QLatin1StringView("owner"));
    device.revision = reader.count(QLatin1StringView("__v"));
    device.group = reader.optionalString(QLatin1StringView("group"));
    return device;
}

// The envelope {<items>: [...], recordsTotal, recordsFiltered, draw} of every list.
template <typename T, typename ReadItem>
Decoded<Page<T>> readPage(const QByteArray& bytes, QLatin1StringView itemsKey, ReadItem readItem)
{
    ApiError error;
    const auto root = parseObject(bytes, error);
    if (!root)
        return error;
    FieldReader reader(*root, Location{}, error);
    Page<T> page;
    const QJsonArray items = reader.array(itemsKey);
    page.recordsTotal = reader.count(QLatin1StringView("recordsTotal"));
    page.recordsFiltered = reader.count(QLatin1StringView("recordsFiltered"));
    page.draw = reader.string(QLatin1StringView("draw"));
    page.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && !error.isError(); ++i) {
        const Location location{itemsKey, i};
        const QJsonValue item = items.at(i);
        if (!item.isObject()) {
            error = ApiError::malformed(
                location.text(),
                QCoreApplication::translate("ApiError", "A field has an unexpected value."));
            break;
        }
        page.items.append(readItem(item.toObject(), location, error));
    }
    if (error.isError())
        return error;
    return page;
}

} // namespace

QDateTime JsonDecoder::parseTimestamp(const QString& text)
{
    // Exactly what JavaScript's Date.toISOString() writes: yyyy-MM-ddTHH:mm:ss.zzzZ.
    static constexpr qsizetype length = 24;
    if (text.size() != length || text.at(19) != QLatin1Char('.') || text.at(23) != QLatin1Char('Z'))
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    return parsed.toUTC();
}

Decoded<Page<OtaRecord>> JsonDecoder::otaPage(const QByteArray& bytes, Target::Kind kind)
{
    return readPage<OtaRecord>(
        bytes, QLatin1StringView("otas"),
        [kind](const QJsonObject& object, Location location, ApiError& error) {
            return readOtaRecord(object, location, error, kind);
        });
}

Decoded<Page<Device>> JsonDecoder::devicePage(const QByteArray& bytes)
{
    return readPage<Device>(bytes, QLatin1StringView("devices"), readDevice);
}

Decoded<Device> JsonDecoder::device(const QByteArray& bytes)
{
    ApiError error;
    const auto root = parseObject(bytes, error);
    if (!root)
        return error;
    Device device = readDevice(*root, Location{}, error);
    if (error.isError())
        return error;
    return device;
}

Decoded<LoginResult> JsonDecoder::login(const QByteArray& bytes)
{
    ApiError error;
    const auto root = parseObject(bytes, error);
    if (!root)
        return error;
    FieldReader reader(*root, Location{}, error);
    const QJsonObject user = reader.object(QLatin1StringView("user"));
    LoginResult result;
    result.token = reader.string(QLatin1StringView("token"));
    FieldReader userReader(user, Location{QLatin1StringView("user")}, error);
    result.userId = userReader.string(QLatin1StringView("id"));
    result.role = userReader.string(QLatin1StringView("role"));
    if (error.isError())
        return error;
    return result;
}

Decoded<DeployResult> JsonDecoder::deployResult(const QByteArray& bytes)
{
    ApiError error;
    const auto root = parseObject(bytes, error);
    if (!root)
        return error;
    FieldReader reader(*root, Location{}, error);
    DeployResult result;
    result.message = reader.string(QLatin1StringView("message"));
    if (error.isError())
        return error;
    return result;
}

} // namespace iotaap
