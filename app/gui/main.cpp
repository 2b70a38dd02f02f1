#include "BuildInfo.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(iotaap::buildinfo::applicationName));
    QApplication::setApplicationVersion(QString::fromLatin1(iotaap::buildinfo::version));
    QMainWindow window;
    window.show();
    return app.exec();
}
