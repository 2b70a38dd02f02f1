#include "api/ApiError.h"
#include "api/JsonDecoder.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using iotaap::ApiError;
using iotaap::JsonDecoder;

// A failed decode is a MalformedResponse with a sentence for the operator; a success
// carries no error. Either way, exactly one of the two.
template <typename T> void checkDecoded(const iotaap::Decoded<T>& decoded)
{
    if (decoded.isOk() == decoded.error().isError())
        std::abort();
    if (!decoded.isOk() && (decoded.error().kind != ApiError::Kind::MalformedResponse ||
                            decoded.error().message().isEmpty()))
        std::abort();
}

void checkTimestamp(const QDateTime& timestamp)
{
    if (!timestamp.isValid() || timestamp.timeSpec() != Qt::UTC)
        std::abort();
}

template <typename Record> void checkRecord(const Record& record)
{
    checkTimestamp(record.lastUpdated);
    if (record.revision < 0)
        std::abort();
}

template <typename T> void checkPage(const iotaap::Decoded<iotaap::Page<T>>& page)
{
    checkDecoded(page);
    if (page.isOk() && (page.value().recordsTotal < 0 || page.value().recordsFiltered < 0))
        std::abort();
}

void checkDevice(const iotaap::Device& device)
{
    checkTimestamp(device.createdAt);
    if (device.lastContact)
        checkTimestamp(*device.lastContact);
    if (device.revision < 0)
        std::abort();
}

} // namespace

// Any bytes given to every decoder, and as an error answer's body, must give a
// consistent result and never crash.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    const auto otas = JsonDecoder::deviceOtaPage(bytes);
    checkPage(otas);
    if (otas.isOk()) {
        for (const auto& record : otas.value().items)
            checkRecord(record);
    }
    const auto groups = JsonDecoder::groupOtaPage(bytes);
    checkPage(groups);
    if (groups.isOk()) {
        for (const auto& record : groups.value().items)
            checkRecord(record);
    }
    const auto devices = JsonDecoder::devicePage(bytes);
    checkPage(devices);
    if (devices.isOk()) {
        for (const auto& device : devices.value().items)
            checkDevice(device);
    }
    const auto device = JsonDecoder::device(bytes);
    checkDecoded(device);
    if (device.isOk())
        checkDevice(device.value());
    checkDecoded(JsonDecoder::login(bytes));
    checkDecoded(JsonDecoder::deployResult(bytes));

    const QDateTime timestamp = JsonDecoder::parseTimestamp(QString::fromUtf8(bytes));
    if (timestamp.isValid())
        checkTimestamp(timestamp);

    // The same bytes as the body of an error answer: the server's text is bounded.
    static constexpr int statuses[] = {400, 401, 403, 404, 413, 500, 502, 204, 302};
    static constexpr const char* types[] = {"application/json", "text/plain", "text/html"};
    const int status = statuses[size % std::size(statuses)];
    const char* type = types[size % std::size(types)];
    const ApiError error = ApiError::fromHttpResponse(status, type, bytes);
    if (error.kind != ApiError::kindForStatus(status) || error.httpStatus != status)
        std::abort();
    if (error.serverMessage.size() > 300 || error.serverDetail.size() > 300 ||
        error.message().isEmpty())
        std::abort();
    return 0;
}
