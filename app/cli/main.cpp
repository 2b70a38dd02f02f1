#include "BuildInfo.h"
#include "CliApplication.h"
#include "Interrupt.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("iotaap-ota"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(iotaap::buildinfo::organizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(iotaap::buildinfo::version));
    iotaap::cli::Interrupt::instance().install();
    iotaap::cli::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
