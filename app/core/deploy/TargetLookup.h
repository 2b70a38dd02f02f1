#pragma once

#include "core/api/ApiError.h"
#include "core/api/Device.h"
#include "core/api/ListReader.h"
#include "core/api/OtaRecord.h"
#include "core/api/Target.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <memory>
#include <optional>

namespace iotaap {

class ApiClient;

// What the account knows about a target now.
struct TargetInfo
{
    Target target;
    bool exists = false;                  // the device is in the account's device list; a group,
                                          // that it has an OTA record (the API lists no groups)
    QString name;                         // devices only
    QString currentVersion;               // the last OTA record's version; empty without one
    QDateTime lastUpdated;                // the last OTA record's time; invalid without one
    QString accountToken;                 // the device list's token, or the group's last OTA path's
    std::optional<QDateTime> lastContact; // devices only; empty when it never called in
    QString group;                        // devices only: the group it is in
};

// "What is this target now": name, current OTA version and time, the token the account
// shows and whether it exists, for one target or for thousands. One target costs a
// GET /devices/{id} and an OTA record search; many targets page the lists once each,
// concurrently and checked (ListReader), instead of one request per target, so that a
// pre-flight of 2,000 devices takes O(pages) requests. The deploy dialog, `iotaap-ota
// deploy` and the rollouts all ask here.
//
// finished() is emitted once per start, always from the event loop.
class TargetLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetLookup)

public:
    static constexpr qint64 PageSize = 1000;

    explicit TargetLookup(ApiClient& api, QObject* parent = nullptr);
    ~TargetLookup() override;

    // One target; without `withOtaRecord` the OTA record search is skipped (its
    // currentVersion stays empty), for a caller that would not use it.
    void lookUp(const Target& target, bool withOtaRecord = true);
    // Many targets, devices and groups alike.
    void lookUpAll(const QList<Target>& targets);
    void cancel();

    bool isRunning() const { return m_pending > 0; }
    // The first request that failed; the answers are incomplete then.
    const ApiError& error() const { return m_error; }
    // The answer for a target asked for; exists is false for one the account lacks.
    static TargetInfo unknown(const Target& target);
    TargetInfo info(const Target& target) const;

    // Pages read and planned so far, for a progress bar.
    qsizetype pagesRead() const;
    qsizetype pagesPlanned() const;

Q_SIGNALS:
    void progressChanged();
    void finished();

private:
    void begin(const QList<Target>& targets);
    // Reads a list into `reader`, handing each item to `take`; counts as one pending list.
    template <typename T, typename Start, typename Take>
    void read(std::unique_ptr<ListReader<T>>& reader, Start start, Take take,
              const ListQuery& query, bool all);
    void readOtas(Target::Kind kind, const ListQuery& query, bool all);
    void takeDevice(const Device& device);
    void takeRecord(const OtaRecord& record);
    void oneDone(const ApiError& error);
    // `count` of every list being read, added up.
    template <typename Count> qsizetype countPages(Count count) const
    {
        return (m_devices ? count(*m_devices) : 0) + (m_deviceOtas ? count(*m_deviceOtas) : 0) +
               (m_groupOtas ? count(*m_groupOtas) : 0);
    }

    ApiClient& m_api;
    QHash<Target, TargetInfo> m_infos;
    std::unique_ptr<ListReader<Device>> m_devices;
    std::unique_ptr<ListReader<OtaRecord>> m_deviceOtas;
    std::unique_ptr<ListReader<OtaRecord>> m_groupOtas;
    QPointer<ApiCall> m_deviceCall;
    int m_pending = 0;
    quint64 m_generation = 0;
    ApiError m_error;
};

} // namespace iotaap
