#include "core/deploy/OutcomeReconciler.h"

#include "core/deploy/TargetLookup.h"

namespace iotaap {

OutcomeReconciler::OutcomeReconciler(ApiClient& api, QObject* parent) : QObject(parent), m_api(api)
{}

OutcomeReconciler::~OutcomeReconciler() = default;

void OutcomeReconciler::reconcile(const Target& target, const QString& version,
                                  const QDateTime& startedAt)
{
    m_target = target;
    m_version = version;
    m_startedAt = startedAt;
    m_verdict = Verdict::Unknown;
    m_explanation.clear();
    m_deployedAt = {};
    m_lookup = std::make_unique<TargetLookup>(m_api);
    connect(m_lookup.get(), &TargetLookup::finished, this, &OutcomeReconciler::onLookedUp);
    m_lookup->lookUp(target);
}

OutcomeReconciler::Verdict OutcomeReconciler::judge(const TargetInfo& info, const QString& version,
                                                    const QDateTime& startedAt)
{
    const bool deployed =
        info.currentVersion == version && info.lastUpdated.isValid() &&
        info.lastUpdated.toMSecsSinceEpoch() >= startedAt.toMSecsSinceEpoch() - ClockSlackMs;
    return deployed ? Verdict::Deployed : Verdict::NotDeployed;
}

void OutcomeReconciler::onLookedUp()
{
    const TargetInfo info = m_lookup->info(m_target);
    if (m_lookup->error().isError()) {
        m_verdict = Verdict::Unknown;
        m_explanation = tr("The whole file was sent but no answer came, and the server could not "
                           "be asked whether it stored it: %1")
                            .arg(m_lookup->error().message());
    } else if (judge(info, m_version, m_startedAt) == Verdict::Deployed) {
        m_verdict = Verdict::Deployed;
        m_deployedAt = info.lastUpdated;
        m_explanation = tr("Deployed (confirmed from the server's record).");
    } else {
        m_verdict = Verdict::NotDeployed;
        m_explanation = tr("Not deployed: the whole file was sent but no answer came, and the "
                           "server's record does not show it.");
    }
    m_lookup.release()->deleteLater();
    Q_EMIT finished();
}

} // namespace iotaap
