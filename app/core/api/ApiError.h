#pragma once

#include <QByteArray>
#include <QString>

namespace iotaap {

// Why an API call failed. A default-constructed ApiError (Kind::None) means success.
struct ApiError
{
    enum class Kind
    {
        None,
        Network,           // connection refused, host not found: the server was not reached
        ConnectionLost,    // the server was reached, then the connection closed without an answer
        Timeout,           // no progress within the transfer timeout
        Tls,               // certificate or handshake problem
        Unauthorized,      // 401: wrong password, or the bearer token is invalid or expired
        Forbidden,         // 403
        BadRequest,        // 400
        NotFound,          // 404
        Server,            // 5xx, and any other status the API does not document (3xx, 405, 429...)
        MalformedResponse, // the answer is not what the API documents (see `field`), or too large
        Cancelled,         // ApiCall::cancel()
        InvalidRequest,    // refused before sending: insecure URL, unusable firmware file
        FileChanged,       // the firmware shrank, changed or failed to read during its upload,
                           // which was stopped before its end (see `detail`)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;    // 0 when no HTTP answer arrived
    QString serverMessage; // the server's sentence: `message`, `error` or a plain-text body
    QString serverDetail;  // `error` when it comes next to `message` (5xx bodies)
    QString field;         // MalformedResponse: the JSON path at fault, e.g. "otas[3].version"
    QString detail;        // a local, already translated explanation (file problem, TLS error...)

    bool isError() const { return kind != Kind::None; }

    // One sentence (or two) for the operator: what went wrong and what the server said.
    QString message() const;

    static ApiError make(Kind kind, QString detail = {});
    static ApiError malformed(QString field, QString detail = {});

    // The error for an HTTP answer whose status is not the expected one: the kind
    // follows the status, the text comes from a JSON {"message"}/{"error"} body or a
    // short plain-text body; an HTML page (a proxy's 502) gives no server text.
    static ApiError fromHttpResponse(int status, const QByteArray& contentType,
                                     const QByteArray& body);
    static Kind kindForStatus(int status);
    // A stable English name for log lines ("Timeout"); not for the operator.
    static const char* kindName(Kind kind);
};

} // namespace iotaap
