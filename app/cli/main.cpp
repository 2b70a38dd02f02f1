#include "BuildInfo.h"
#include "CliApplication.h"
#include "Interrupt.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

int main(int argc, char* argv[])
{
    // Results and errors are the program's own output; the core's log lines would only
    // mix into stderr. QT_LOGGING_RULES still turns them on for debugging.
    QLoggingCategory::setFilterRules(QStringLiteral("iotaap.*=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("iotaap-ota"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(iotaap::buildinfo::organizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(iotaap::buildinfo::version));
    iotaap::Translations::install(app, QLocale::system());
    iotaap::cli::Interrupt::instance().install();
    iotaap::cli::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
