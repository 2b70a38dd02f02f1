#include "deploy/DeployAttempt.h"

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
    }
    Q_UNREACHABLE();
    return {};
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
