#include "core/api/ApiError.h"
#include "core/api/JsonDecoder.h"
#include "core/api/ServerText.h"

#include <QByteArray>
#include <QString>
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using iotaap::ApiError;
using iotaap::JsonDecoder;
using iotaap::ServerText;

// What ServerText promises to remove from server text: control characters (Unicode
// category Cc: C0, DEL, C1), Unicode's Bidi_Control characters, line and paragraph
// separators and zero-width marks. Written from the standard, not from ServerText's list.
bool isUnsafe(QChar c)
{
    if (c.category() == QChar::Other_Control)
        return true;
    switch (c.unicode()) {
    case 0x061C: // Bidi_Control: the Arabic letter mark,
    case 0x200E: // the left-to-right and right-to-left marks,
    case 0x200F:
    case 0x202A: // embeddings, overrides and their end,
    case 0x202B:
    case 0x202C:
    case 0x202D:
    case 0x202E:
    case 0x2066: // isolates
    case 0x2067:
    case 0x2068:
    case 0x2069:
    case 0x2028: // separators
    case 0x2029:
    case 0x200B: // zero-width space, non-joiner, joiner, no-break space
    case 0x200C:
    case 0x200D:
    case 0xFEFF:
        return true;
    default:
        return false;
    }
}

// Safe to print in a terminal, a table or a CSV field.
void checkShown(const QString& text)
{
    if (std::any_of(text.cbegin(), text.cend(), isUnsafe))
        std::abort();
}

// A sentence for the operator: safe, on one line, without doubled or outer spaces, short.
void checkServerSentence(const QString& text)
{
    checkShown(text);
    if (text.size() > ServerText::maxMessageLength || text != text.simplified())
        std::abort();
}

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

template <typename Record> void checkRecord(const Record& record, const QString& target)
{
    for (const QString& text : {record.id, target, record.owner, record.path, record.version})
        checkShown(text);
    checkTimestamp(record.lastUpdated);
    if (record.revision < 0)
        std::abort();
}

template <typename T> void checkPage(const iotaap::Decoded<iotaap::Page<T>>& page)
{
    checkDecoded(page);
    if (!page.isOk())
        return;
    checkShown(page.value().draw);
    if (page.value().recordsTotal < 0 || page.value().recordsFiltered < 0)
        std::abort();
}

void checkDevice(const iotaap::Device& device)
{
    for (const QString& text :
         {device.id, device.type, device.name, device.token, device.owner, device.group})
        checkShown(text);
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

    const auto otas = JsonDecoder::otaPage(bytes, iotaap::Target::Kind::Device);
    checkPage(otas);
    if (otas.isOk()) {
        for (const auto& record : otas.value().items)
            checkRecord(record, record.target.id);
    }
    const auto groups = JsonDecoder::otaPage(bytes, iotaap::Target::Kind::Group);
    checkPage(groups);
    if (groups.isOk()) {
        for (const auto& record : groups.value().items)
            checkRecord(record, record.target.id);
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
    const auto login = JsonDecoder::login(bytes);
    checkDecoded(login);
    if (login.isOk()) {
        for (const QString& text : {login.value().userId, login.value().role, login.value().token})
            checkShown(text);
    }
    const auto deployed = JsonDecoder::deployResult(bytes);
    checkDecoded(deployed);
    if (deployed.isOk())
        checkShown(deployed.value().message);

    const QString text = QString::fromUtf8(bytes);
    const QDateTime timestamp = JsonDecoder::parseTimestamp(text);
    if (timestamp.isValid())
        checkTimestamp(timestamp);

    // Cleaning removes every unsafe character and nothing else.
    QString safe = text;
    safe.removeIf(isUnsafe);
    if (ServerText::clean(text) != safe)
        std::abort();
    // Cutting a long text never splits a character (`text` came from UTF-8, so it is whole).
    const QString sentence = ServerText::message(text);
    checkServerSentence(sentence);
    if (!sentence.isValidUtf16())
        std::abort();

    // The same bytes as the body of an error answer, under each kind of content type:
    // the kind follows the status, and the server's text is a safe, short sentence.
    static constexpr int statuses[] = {400, 401, 403, 404, 413, 500, 502, 204, 302};
    static constexpr const char* types[] = {"application/json", "text/plain; charset=utf-8",
                                            "Text/HTML", ""};
    const int status = statuses[size % std::size(statuses)];
    for (const char* type : types) {
        const ApiError error = ApiError::fromHttpResponse(status, type, bytes);
        if (error.kind != ApiError::kindForStatus(status) || error.httpStatus != status)
            std::abort();
        checkServerSentence(error.serverMessage);
        checkServerSentence(error.serverDetail);
        const QString message = error.message();
        if (message.isEmpty())
            std::abort();
        checkShown(message);
        // An HTML page (a proxy's error page) is never shown as the server's sentence.
        if (bytes.trimmed().startsWith('<') && !error.serverMessage.isEmpty())
            std::abort();
    }
    return 0;
}
