#include "SandboxServer.h"

#include "AdminRoutes.h"
#include "AuthRoutes.h"
#include "DeviceRoutes.h"
#include "FleetStore.h"
#include "HttpReply.h"
#include "OtaRoutes.h"
#include "RequestSocket.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <thread>

Q_LOGGING_CATEGORY(lcHttp, "iotaap.sandbox.http")

namespace iotaap::sandbox {

namespace {

// Each request is served start to end on one pool thread.
thread_local QElapsedTimer requestClock;

// Room for the form fields and boundaries around a firmware file of the largest size.
constexpr qint64 formOverhead = 1024 * 1024;

const char badGatewayPage[] =
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n";

// Terminal controls (window title, clear screen, red), a NUL, a line break and a long
// tail: a server's text that a client must neutralise before it shows or logs it.
QString hostileMessage()
{
    return QStringLiteral("\x1b]0;pwned\x07\x1b[2J\x1b[31mDevice ID is not valid") + QChar(0) +
           QStringLiteral("\r\n") + QString(5000, QLatin1Char('x'));
}

} // namespace

SandboxServer::SandboxServer(FleetStore& store, Jwt jwt, FaultInjector& faults,
                             CheckinSimulator& checkins, ServerSettings settings)
    : m_store(store), m_jwt(std::move(jwt)), m_faults(faults), m_checkins(checkins),
      m_settings(std::move(settings))
{
    // Past this httplib reads and drops the body and sets 413; the upload route also
    // counts the file itself. httplib answers "Expect: 100-continue" on its own: no
    // early refusal here, since curl sends the body anyway after a 401 and the rest
    // of it would be read as the next request.
    m_http.set_payload_max_length(size_t(m_settings.uploadLimit + formOverhead));
    m_http.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
        requestClock.start();
        return httplib::Server::HandlerResponse::Unhandled;
    });
    m_http.set_error_handler(httplib::Server::HandlerWithResponse(
        [](const httplib::Request&, httplib::Response& response) {
            if (!response.body.empty() || response.content_length_ > 0)
                return httplib::Server::HandlerResponse::Unhandled;
            reply::message(response, response.status,
                           response.status == 404 ? QStringLiteral("Not found")
                                                  : QStringLiteral("Request failed"));
            return httplib::Server::HandlerResponse::Handled;
        }));
    m_http.set_logger([](const httplib::Request& request, const httplib::Response& response) {
        // Method, path (query left out) and status only: never headers or bodies.
        const qint64 ms = requestClock.isValid() ? requestClock.elapsed() : 0;
        // A request line that did not parse may be anything, a form field included.
        const bool parsed = requestClock.isValid();
        qCInfo(lcHttp, "%s %s %d %lld ms", parsed ? request.method.c_str() : "-",
               parsed ? request.path.c_str() : "-", response.status, static_cast<long long>(ms));
        requestClock.invalidate();
    });

    m_authRoutes = std::make_unique<AuthRoutes>(*this);
    m_deviceRoutes = std::make_unique<DeviceRoutes>(*this);
    m_otaRoutes = std::make_unique<OtaRoutes>(*this);
    m_adminRoutes = std::make_unique<AdminRoutes>(*this);
}

SandboxServer::~SandboxServer() = default;

int SandboxServer::bind(const QString& address, int port)
{
    const std::string host = address.toStdString();
    if (port == 0)
        return m_http.bind_to_any_port(host);
    return m_http.bind_to_port(host, port) ? port : -1;
}

bool SandboxServer::serve()
{
    return m_http.listen_after_bind();
}

void SandboxServer::stop()
{
    m_http.stop();
}

qint64 SandboxServer::tokenClockSeconds() const
{
    return QDateTime::currentSecsSinceEpoch() + m_tokenClockOffset;
}

void SandboxServer::expireTokens()
{
    m_tokenClockOffset += m_settings.tokenLifetimeSeconds + 1;
}

std::optional<Account> SandboxServer::authenticate(const httplib::Request& request)
{
    const std::string header = request.get_header_value("Authorization");
    static const std::string scheme = "Bearer ";
    if (header.size() <= scheme.size() || header.compare(0, scheme.size(), scheme) != 0)
        return std::nullopt;
    const std::optional<Jwt::Claims> claims =
        m_jwt.verify(QByteArray::fromStdString(header.substr(scheme.size())), tokenClockSeconds());
    if (!claims)
        return std::nullopt;
    return m_store.account(claims->id);
}

SandboxServer::Prepared SandboxServer::prepare(const httplib::Request& request,
                                               httplib::Response& response,
                                               const QString& failureMessage, bool authenticated,
                                               RouteKind route, const BodyDrain& drain)
{
    Prepared prepared;
    prepared.plan = m_faults.take(QString::fromStdString(request.path), route);
    const FaultPlan& plan = prepared.plan;
    const auto answered = [&prepared](qint64 drainBytes, const BodyDrain& drainBody) {
        if (drainBody)
            drainBody(drainBytes);
        prepared.verdict = Verdict::Answered;
        return prepared;
    };

    if (plan.delayMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(plan.delayMs));
    if (plan.drop) {
        // Part of an upload goes through first, so that a client sees progress, then nothing.
        const qint64 length = qint64(request.get_header_value<uint64_t>("Content-Length"));
        answered(length / 2, drain);
        RequestSocket(request).shutdown();
        qCInfo(lcHttp, "%s %s dropped (fault)", request.method.c_str(), request.path.c_str());
        response.status = 500;
        return prepared;
    }
    if (plan.html502) {
        response.status = 502;
        response.set_content(badGatewayPage, "text/html");
        return answered(-1, drain);
    }
    if (plan.redirectLoop) {
        response.status = 302;
        response.set_header("Location", request.target);
        return answered(-1, drain);
    }
    if (plan.early413) {
        refuseEarly(request, response);
        prepared.verdict = Verdict::Answered;
        return prepared;
    }
    if (authenticated) {
        try {
            const std::optional<Account> account = authenticate(request);
            if (!account) {
                reply::unauthorized(response);
                return answered(-1, drain);
            }
            prepared.account = *account;
        } catch (const StoreError& error) {
            reply::failure(response, failureMessage, QString::fromUtf8(error.what()));
            return answered(-1, drain);
        }
    }
    if (plan.http500) {
        reply::failure(response, failureMessage, QStringLiteral("Injected fault: http500"));
        return answered(-1, drain);
    }
    if (plan.badText) {
        reply::message(response, 400, hostileMessage());
        return answered(-1, drain);
    }
    if (plan.malformed) {
        response.status = 200;
        response.set_content("{\"message\": \"truncated", "application/json; charset=utf-8");
        return answered(-1, drain);
    }
    return prepared;
}

void SandboxServer::runGuarded(httplib::Response& response, const QString& failureMessage,
                               const std::function<void()>& route)
{
    try {
        route();
    } catch (const StoreError& error) {
        reply::failure(response, failureMessage, QString::fromUtf8(error.what()));
    }
}

void SandboxServer::get(const char* pattern, const QString& failureMessage, Handler handler,
                        RouteKind route)
{
    m_http.Get(pattern, [this, failureMessage, handler, route](const httplib::Request& request,
                                                               httplib::Response& response) {
        const Prepared prepared = prepare(request, response, failureMessage, true, route, nullptr);
        if (prepared.verdict == Verdict::Answered)
            return;
        runGuarded(response, failureMessage, [&] {
            handler(ApiRequest{request, prepared.account, prepared.plan}, response);
        });
        trickle(response, prepared.plan.slowBytesPerSecond);
    });
}

void SandboxServer::list(const char* pattern, const QString& failureMessage, ListHandler handler)
{
    const auto route = [handler](const ApiRequest& request, httplib::Response& response) {
        QString error;
        std::optional<PageRequest> page = reply::pageRequest(request.http, &error);
        if (!page) {
            reply::message(response, 400, error);
            return;
        }
        const FaultPlan& faults = request.faults;
        if (faults.ignoreOffset)
            page->offset = 0;
        if (faults.oversize)
            page->limit *= 2;
        const ListPage answer = handler(request, *page);
        reply::json(response, 200,
                    {{answer.key, answer.items},
                     {QStringLiteral("recordsTotal"), faults.lieCount.value_or(answer.total)},
                     {QStringLiteral("recordsFiltered"), faults.lieCount.value_or(answer.filtered)},
                     {QStringLiteral("draw"), reply::parameter(request.http, "draw")}});
    };
    get(pattern, failureMessage, route, RouteKind::List);
}

void SandboxServer::post(const char* pattern, const QString& failureMessage, Handler handler,
                         bool authenticated)
{
    m_http.Post(pattern, [this, failureMessage, handler, authenticated](
                             const httplib::Request& request, httplib::Response& response) {
        const Prepared prepared =
            prepare(request, response, failureMessage, authenticated, RouteKind::Other, nullptr);
        if (prepared.verdict == Verdict::Answered)
            return;
        runGuarded(response, failureMessage, [&] {
            handler(ApiRequest{request, prepared.account, prepared.plan}, response);
        });
        trickle(response, prepared.plan.slowBytesPerSecond);
    });
}

void SandboxServer::upload(const char* pattern, const QString& failureMessage,
                           UploadHandler handler)
{
    m_http.Post(pattern, [this, failureMessage, handler](const httplib::Request& request,
                                                         httplib::Response& response,
                                                         const httplib::ContentReader& reader) {
        // An answer given before the body is read must still read it (and drop it),
        // or the rest of the body would be taken for the next request.
        const BodyDrain drain = [&request, &reader](qint64 maxBytes) {
            qint64 seen = 0;
            const auto count = [&seen, maxBytes](const char*, size_t length) {
                seen += qint64(length);
                return maxBytes < 0 || seen < maxBytes;
            };
            if (request.is_multipart_form_data())
                reader([](const httplib::MultipartFormData&) { return true; }, count);
            else
                reader(count);
        };
        const Prepared prepared =
            prepare(request, response, failureMessage, true, RouteKind::Upload, drain);
        if (prepared.verdict == Verdict::Answered)
            return;
        runGuarded(response, failureMessage, [&] {
            handler(ApiRequest{request, prepared.account, prepared.plan}, response, reader);
        });
        if (prepared.plan.noAnswer) {
            RequestSocket(request).shutdown();
            qCInfo(lcHttp, "%s %s stored, answer withheld (fault)", request.method.c_str(),
                   request.path.c_str());
            return;
        }
        trickle(response, prepared.plan.slowBytesPerSecond);
    });
}

void SandboxServer::trickle(httplib::Response& response, qint64 bytesPerSecond)
{
    if (bytesPerSecond <= 0 || response.body.empty())
        return;
    auto body = std::make_shared<std::string>(std::move(response.body));
    response.body.clear();
    const std::string contentType = response.get_header_value("Content-Type");
    // Small pieces, so that even a short JSON answer arrives over a noticeable time.
    const size_t piece = size_t(std::clamp<qint64>(bytesPerSecond / 16, 1, 16 * 1024));
    response.set_content_provider(
        body->size(), contentType,
        [body, piece, bytesPerSecond](size_t offset, size_t length, httplib::DataSink& sink) {
            const size_t count = std::min(piece, length);
            std::this_thread::sleep_for(
                std::chrono::microseconds(qint64(count) * 1000000 / bytesPerSecond));
            return sink.write(body->data() + offset, count);
        });
}

void SandboxServer::refuseEarly(const httplib::Request& request, httplib::Response& response)
{
    // httplib would keep the connection open after its answer and read the unread body
    // as the next request: the answer goes out here, and the socket is shut at once.
    // httplib's own copy of it then fails on the shut socket, which makes httplib close
    // the connection, and the request log shows the status.
    reply::message(response, 413, QStringLiteral("Firmware file is too large"));
    const std::string head = "HTTP/1.1 413 Payload Too Large\r\nContent-Type: " +
                             response.get_header_value("Content-Type") +
                             "\r\nContent-Length: " + std::to_string(response.body.size()) +
                             "\r\nConnection: close\r\n\r\n";
    RequestSocket(request).sendAndShutdown(head + response.body);
    qCInfo(lcHttp, "%s %s refused before its body (fault)", request.method.c_str(),
           request.path.c_str());
}

} // namespace iotaap::sandbox
