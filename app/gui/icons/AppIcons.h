#pragma once

#include <QIcon>
#include <QList>

namespace iotaap {

// The app's icons in one place. Actions take the desktop theme's icon when it has one
// and fall back to the bundled SVGs (resources/icons/actions, compiled into the app),
// so the window looks native on Breeze or Adwaita and still complete on a bare
// desktop. The fallbacks are drawn in a neutral mid-grey (#7f7f7f) rather than
// recoloured from the palette: grey keeps at least 3:1 contrast against both light
// and dark window backgrounds, stays a scalable SVG for HiDPI, and needs no re-render
// when the operator switches between light and dark.
class AppIcons final
{
public:
    enum class Action
    {
        Deploy,
        Refresh,
        SignIn,
        SignOut,
        Search,
        Settings,
        History,
        Copy,
        Reveal,
        Hide,
    };

    static QList<Action> allActions();
    // The theme's icon, or the bundled one.
    static QIcon action(Action action);
    // The bundled SVG alone, whatever the theme has.
    static QIcon bundled(Action action);
    static QString bundledPath(Action action);
    static QString themeName(Action action);

    // The application icon, the same SVG the package installs into hicolor.
    static QIcon application();
    // The .desktop file's name without ".desktop"; Wayland and X11 docks match the
    // window to its desktop entry (and so to its icon) by it.
    static QString desktopFileName();
    // Window icon and desktop file name for every window of the application.
    static void applyToApplication();
};

} // namespace iotaap
