#include "gui/icons/AppIcons.h"

#include <QGuiApplication>

namespace iotaap {

QList<AppIcons::Action> AppIcons::allActions()
{
    return {Action::Deploy,   Action::Refresh, Action::SignIn, Action::SignOut, Action::Search,
            Action::Settings, Action::History, Action::Copy,   Action::Reveal,  Action::Hide};
}

QString AppIcons::themeName(Action action)
{
    // freedesktop Icon Naming Specification names where there is one; the visibility
    // pair is the Breeze/Adwaita convention.
    switch (action) {
    case Action::Deploy:
        return QStringLiteral("document-send");
    case Action::Refresh:
        return QStringLiteral("view-refresh");
    case Action::SignIn:
        return QStringLiteral("system-log-in");
    case Action::SignOut:
        return QStringLiteral("system-log-out");
    case Action::Search:
        return QStringLiteral("edit-find");
    case Action::Settings:
        return QStringLiteral("preferences-system");
    case Action::History:
        return QStringLiteral("document-open-recent");
    case Action::Copy:
        return QStringLiteral("edit-copy");
    case Action::Reveal:
        return QStringLiteral("view-visible");
    case Action::Hide:
        return QStringLiteral("view-hidden");
    }
    return {};
}

QString AppIcons::bundledPath(Action action)
{
    const auto path = [](const char* name) {
        return QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(name));
    };
    switch (action) {
    case Action::Deploy:
        return path("deploy");
    case Action::Refresh:
        return path("refresh");
    case Action::SignIn:
        return path("sign-in");
    case Action::SignOut:
        return path("sign-out");
    case Action::Search:
        return path("search");
    case Action::Settings:
        return path("settings");
    case Action::History:
        return path("history");
    case Action::Copy:
        return path("copy");
    case Action::Reveal:
        return path("reveal");
    case Action::Hide:
        return path("hide");
    }
    return {};
}

QIcon AppIcons::bundled(Action action)
{
    return QIcon(bundledPath(action));
}

QIcon AppIcons::action(Action action)
{
    return QIcon::fromTheme(themeName(action), bundled(action));
}

QIcon AppIcons::application()
{
    return QIcon(QStringLiteral(":/icons/io.iotaap.OtaManager.svg"));
}

QString AppIcons::desktopFileName()
{
    return QStringLiteral("io.iotaap.OtaManager");
}

void AppIcons::applyToApplication()
{
    QGuiApplication::setWindowIcon(application());
    QGuiApplication::setDesktopFileName(desktopFileName());
}

} // namespace iotaap
