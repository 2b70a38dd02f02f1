#pragma once

#include "FaultInjector.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace iotaap::sandbox {

// The command line, validated. parse() prints --help/--version itself and exits;
// any other problem comes back as an error text (the caller exits with status 2).
struct Options
{
    static constexpr qint64 maxDevices = 200000;
    static constexpr double maxCheckinSeconds = 24 * 3600;

    int port = 8080;
    QString bindAddress = QStringLiteral("127.0.0.1");
    QString dataDir; // empty: a temporary folder removed at exit
    quint64 seed = 1;
    qint64 devices = 300;
    qint64 uploadLimit = 64 * 1024 * 1024;
    qint64 tokenLifetimeSeconds = 30 * 24 * 3600;
    std::vector<Fault> faults;
    double checkinSeconds = 0; // 0: devices never contact, last_contact stays as seeded
    double brickRate = 0;
    bool printAccounts = false;
    bool quiet = false;
    bool stopOnStdinClose = false;

    static std::optional<Options> parse(const QStringList& arguments, QString* error);
};

} // namespace iotaap::sandbox
