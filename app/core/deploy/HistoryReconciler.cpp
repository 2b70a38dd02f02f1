#include "core/deploy/HistoryReconciler.h"

#include "core/api/ApiClient.h"
#include "core/deploy/DeployHistory.h"
#include "core/deploy/DeployLog.h"
#include "core/deploy/OutcomeReconciler.h"

namespace iotaap {

HistoryReconciler::HistoryReconciler(ApiClient& api, DeployHistory& history, QObject* parent)
    : QObject(parent), m_api(api), m_history(history)
{}

HistoryReconciler::~HistoryReconciler() = default;

void HistoryReconciler::run()
{
    if (isRunning() || !m_history.isOpen())
        return;
    QUrl apiUrl = m_api.baseUrl();
    apiUrl.setUserInfo({});
    m_pending.clear();
    for (const DeployAttempt& attempt : m_history.unreconciled()) {
        if (attempt.apiUrl == apiUrl)
            m_pending << attempt;
    }
    next();
}

void HistoryReconciler::next()
{
    if (m_pending.isEmpty()) {
        if (m_reconciler)
            m_reconciler.release()->deleteLater();
        Q_EMIT finished();
        return;
    }
    const DeployAttempt attempt = m_pending.takeFirst();
    if (!m_reconciler) {
        m_reconciler = std::make_unique<OutcomeReconciler>(m_api);
        connect(m_reconciler.get(), &OutcomeReconciler::finished, this, [this] {
            const OutcomeReconciler::Verdict verdict = m_reconciler->verdict();
            const qint64 id = m_current;
            if (verdict != OutcomeReconciler::Verdict::Unknown) {
                const auto outcome = verdict == OutcomeReconciler::Verdict::Deployed
                                         ? DeployAttempt::Outcome::Deployed
                                         : DeployAttempt::Outcome::NotDeployed;
                if (m_history.recordReconciled(id, outcome, m_reconciler->explanation()))
                    Q_EMIT settled(id);
                else
                    qCWarning(lcDeploy).noquote()
                        << "history: attempt" << id << "not reconciled:" << m_history.errorString();
            }
            next();
        });
    }
    m_current = attempt.id;
    m_reconciler->reconcile(Target::of(attempt.targetKind == DeployAttempt::TargetKind::Device
                                           ? Target::Kind::Device
                                           : Target::Kind::Group,
                                       attempt.targetId),
                            attempt.version, attempt.startedAt);
}

} // namespace iotaap
