#pragma once

#include "core/api/Target.h"

#include <QDateTime>
#include <QObject>
#include <memory>

namespace iotaap {

class ApiClient;
class TargetLookup;
struct TargetInfo;

// What became of an upload that ended without an answer after its whole body was
// sent (a cancel, a timeout, a dropped connection): the server may have stored it. The
// target's OTA record tells: the version uploaded, updated after the upload began, means
// it was deployed; anything else that it was not. When the server cannot be asked, the
// outcome stays unknown. finished() follows once per reconcile(), from the event loop.
class OutcomeReconciler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeReconciler)

public:
    enum class Verdict
    {
        Deployed,
        NotDeployed,
        Unknown,
    };

    // Client and server clocks may differ a little: a record this much older than the
    // upload's start still counts as the upload's.
    static constexpr qint64 ClockSlackMs = 2000;

    explicit OutcomeReconciler(ApiClient& api, QObject* parent = nullptr);
    ~OutcomeReconciler() override;

    void reconcile(const Target& target, const QString& version, const QDateTime& startedAt);
    // The verdict from what a lookup found, for a caller that looked up many targets at
    // once: Deployed or NotDeployed.
    static Verdict judge(const TargetInfo& info, const QString& version,
                         const QDateTime& startedAt);

    Verdict verdict() const { return m_verdict; }
    // One sentence for the operator on how the verdict was reached.
    const QString& explanation() const { return m_explanation; }
    // When deployed: the record's time.
    const QDateTime& deployedAt() const { return m_deployedAt; }

Q_SIGNALS:
    void finished();

private:
    void onLookedUp();

    ApiClient& m_api;
    std::unique_ptr<TargetLookup> m_lookup;
    Target m_target;
    QString m_version;
    QDateTime m_startedAt;
    Verdict m_verdict = Verdict::Unknown;
    QString m_explanation;
    QDateTime m_deployedAt;
};

} // namespace iotaap
