#include "gui/mainwindow/HelpTexts.h"

#include "BuildInfo.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>

namespace iotaap {

QString HelpTexts::about()
{
    return tr("<h3>IoTaaP OTA Manager %1</h3>"
              "<p>See the last over-the-air update of every device of an IoTaaP account, and "
              "deploy new firmware to one device, a group or a whole fleet.</p>"
              "<p>Qt %2 (built with Qt %3)</p>")
        .arg(QLatin1String(buildinfo::version), QLatin1String(qVersion()),
             QLatin1String(QT_VERSION_STR));
}

QString HelpTexts::shortcuts(const QList<QAction*>& actions)
{
    QString rows;
    for (const QAction* action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        // The menu text without its mnemonic marker and ellipsis.
        QString name = action->text();
        name.remove(QLatin1Char('&'));
        name.remove(QChar(0x2026));
        rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(name.toHtmlEscaped(),
                         action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
    }
    return QStringLiteral("<table cellspacing=\"6\">%1</table>").arg(rows);
}

QUrl HelpTexts::userGuide()
{
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("../share/doc/%1/README.md")
                                                .arg(QLatin1String(buildinfo::applicationName)));
    if (QFileInfo::exists(installed))
        return QUrl::fromLocalFile(QFileInfo(installed).absoluteFilePath());
    return QUrl(QStringLiteral("https://iotaap.io"));
}

} // namespace iotaap
