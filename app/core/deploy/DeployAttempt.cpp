#include "core/deploy/DeployAttempt.h"

#include "core/api/ApiError.h"

#include <QCoreApplication>

namespace iotaap {

QString DeployAttempt::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Running:
        return QCoreApplication::translate("DeployAttempt", "Running");
    case Outcome::Deployed:
        return QCoreApplication::translate("DeployAttempt", "Deployed");
    case Outcome::Failed:
        return QCoreApplication::translate("DeployAttempt", "Failed");
    case Outcome::Cancelled:
        return QCoreApplication::translate("DeployAttempt", "Cancelled");
    case Outcome::Interrupted:
        return QCoreApplication::translate("DeployAttempt", "Interrupted");
    case Outcome::NotDeployed:
        return QCoreApplication::translate("DeployAttempt", "Not deployed");
    case Outcome::OutcomeUnknown:
        return QCoreApplication::translate("DeployAttempt", "Outcome unknown");
    }
    Q_UNREACHABLE();
    return {};
}

bool DeployAttempt::needsReconciling(const ApiError& error, qint64 sent, qint64 total)
{
    const bool noAnswer = error.kind == ApiError::Kind::ConnectionLost ||
                          error.kind == ApiError::Kind::Timeout ||
                          error.kind == ApiError::Kind::Cancelled;
    return noAnswer && total > 0 && sent >= total;
}

QString DeployAttempt::targetKindName(TargetKind kind)
{
    switch (kind) {
    case TargetKind::Device:
        return QCoreApplication::translate("DeployAttempt", "Device");
    case TargetKind::Group:
        return QCoreApplication::translate("DeployAttempt", "Group");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace iotaap
