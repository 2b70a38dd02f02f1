#pragma once

#include "core/deploy/DeployAttempt.h"

#include <QString>
#include <functional>

class QWidget;

namespace iotaap {

// What the deploy area needs from the main window, which implements it. Kept to
// four calls so that the deploy dialog does not depend on the window's classes.
class DeployHost
{
public:
    virtual ~DeployHost() = default;

    // The window the deploy dialog belongs to.
    virtual QWidget* deployDialogParent() = 0;
    // The signed-in account's e-mail address, written into the history.
    virtual QString deployAccount() const = 0;
    // The server answered 401: run the app's sign-in flow (the same one
    // ApiClient::authenticationRequired starts, so the operator sees one prompt) and
    // call `done` once with whether a new bearer token is in place.
    virtual void reauthenticate(std::function<void(bool signedIn)> done) = 0;
    // A deploy succeeded: refresh the tables and select and scroll to the target's row
    // (Device OTA tab for a device, Group OTA tab for a group).
    virtual void showDeployedTarget(DeployAttempt::TargetKind kind, const QString& targetId) = 0;
};

} // namespace iotaap
