#pragma once

// Helpers for the end-to-end tests of ApiClient against the real sandbox: waiting for a
// call, logging in, finding targets and writing firmware files. The seeded accounts'
// credentials come from tst_sandbox_http.h.

#include "SandboxProcess.h"
#include "core/api/ApiClient.h"
#include "tst_sandbox_http.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QTimer>
#include <functional>
#include <optional>

namespace apitest {

using iotaap::ApiCall;
using iotaap::ApiClient;
using iotaap::ApiError;
using iotaap::TypedCall;
using Kind = iotaap::ApiError::Kind;

// What a call delivered, copied out in the slot: the call deletes itself afterwards.
template <typename T> struct Outcome
{
    int finishedCount = 0;
    ApiError error;
    std::optional<T> result;
    QString callDraw;
    QList<std::pair<qint64, qint64>> progress; // every uploadProgress(sent, total)

    bool ok() const { return finishedCount == 1 && !error.isError() && result.has_value(); }
    // For QVERIFY2: what went wrong, if anything.
    QByteArray why() const
    {
        if (finishedCount != 1)
            return "finished() was emitted " + QByteArray::number(finishedCount) + " times";
        return (QString::fromLatin1(ApiError::kindName(error.kind)) + QStringLiteral(": ") +
                error.message())
            .toUtf8();
    }
};

// Runs the event loop until the call finishes (or `timeoutMs` passes); `onProgress`
// sees every uploadProgress and may cancel the call.
template <typename T>
Outcome<T> await(TypedCall<T>* call,
                 const std::function<void(TypedCall<T>*, qint64, qint64)>& onProgress = {},
                 int timeoutMs = 120000)
{
    Outcome<T> outcome;
    outcome.callDraw = call->draw();
    QEventLoop loop;
    QObject::connect(call, &ApiCall::finished, &loop, [&outcome, &loop, call] {
        ++outcome.finishedCount;
        outcome.error = call->error();
        if (call->isSuccess())
            outcome.result = call->result();
        loop.quit();
    });
    QObject::connect(call, &ApiCall::uploadProgress, &loop,
                     [&outcome, &onProgress, call](qint64 sent, qint64 total) {
                         outcome.progress.append({sent, total});
                         if (onProgress)
                             onProgress(call, sent, total);
                     });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    // A second finished() would arrive from the event loop; give it the chance.
    QCoreApplication::processEvents();
    return outcome;
}

// Logs in through the client and hands it the bearer token; empty on failure.
inline QString logIn(ApiClient& client, const QString& email, const QString& password)
{
    const Outcome<iotaap::LoginResult> outcome = await(client.login(email, password, false));
    if (!outcome.ok())
        return {};
    client.setBearerToken(outcome.result->token);
    return outcome.result->token;
}

// Every record of a list endpoint, fetched page by page with `pageSize`.
template <typename T, typename List>
QList<T> fetchAll(ApiClient& client, List list, iotaap::ListQuery query, qint64 pageSize,
                  qint64* recordsFiltered = nullptr)
{
    QList<T> all;
    query.limit = pageSize;
    for (query.offset = 0;; query.offset += pageSize) {
        const auto outcome = await((client.*list)(query));
        if (!outcome.ok())
            return {};
        all += outcome.result->items;
        if (recordsFiltered)
            *recordsFiltered = outcome.result->recordsFiltered;
        if (outcome.result->items.size() < pageSize ||
            query.offset + pageSize >= outcome.result->recordsFiltered)
            return all;
    }
}

// The group token sits in the record's path: ota/group/<groupId><token>/firmware.bin.
inline QString groupTokenFromPath(const QString& path, const QString& groupId)
{
    const QString prefix = QStringLiteral("ota/group/") + groupId;
    if (!path.startsWith(prefix))
        return {};
    return path.mid(prefix.size()).section(QLatin1Char('/'), 0, 0);
}

// Writes `size` pseudo-random bytes (first byte 0xE9, as a firmware image) in chunks,
// never holding the file in memory; returns its SHA-256 in hex, empty on failure.
inline QByteArray writeRandomFile(const QString& path, qint64 size, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QRandomGenerator random(seed);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    constexpr qint64 chunkSize = 1024 * 1024;
    QByteArray chunk(chunkSize, Qt::Uninitialized);
    for (qint64 written = 0; written < size; written += chunk.size()) {
        chunk.resize(qMin(chunkSize, size - written));
        random.fillRange(reinterpret_cast<quint32*>(chunk.data()), chunk.size() / 4);
        if (written == 0)
            chunk[0] = char(0xE9);
        hash.addData(chunk);
        if (file.write(chunk) != chunk.size())
            return {};
    }
    return file.flush() ? hash.result().toHex() : QByteArray();
}

} // namespace apitest
