#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

class QAction;

namespace iotaap {

// What the Help menu shows: the About text with the versions a bug report needs, the
// keyboard shortcuts of the window's own actions (so the list cannot drift from the
// keys), and where the user guide is.
class HelpTexts final
{
    Q_DECLARE_TR_FUNCTIONS(HelpTexts)

public:
    // Rich text: the app's version, the Qt it runs on and the one it was built with.
    static QString about();
    // A rich-text table of every action in `actions` that has a shortcut, in order.
    static QString shortcuts(const QList<QAction*>& actions);
    // The README installed with the app (share/doc/iotaap-ota-manager/README.md next to
    // the executable's prefix), else the project's website.
    static QUrl userGuide();

    HelpTexts() = delete;
};

} // namespace iotaap
