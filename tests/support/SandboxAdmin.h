#pragma once

#include "SandboxProcess.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

// The sandbox's loopback-only test controls (/__sandbox/...), driven over plain Qt Network
// so that no test depends on the client it judges. Every call waits for the answer.
class SandboxAdmin final
{
public:
    // Status 0 when no answer came.
    struct Reply
    {
        int status = 0;
        QJsonObject json;

        QString message() const { return json.value(QStringLiteral("message")).toString(); }
    };

    // Every member has an initializer, so that a designated initializer may leave any of
    // them out without -Wmissing-field-initializers.
    struct Fault
    {
        QString mode{};
        // The prefix of the paths it affects; empty: every route but the controls.
        QString path{};
        // How many requests it affects; 0: all of them until the faults are cleared.
        int count = 0;
        // delay: how long each answer is held back.
        int ms = 0;
        // slow: bytes a second; 0: the sandbox's default.
        qint64 rate = 0;
        // liecount: the count told. Text, because "0" is a count and empty is none.
        QString value{};
    };

    // The firmware the sandbox stored last for a target; status 404 when it has none.
    struct Firmware
    {
        int status = 0;
        qint64 size = -1;
        QString sha256;
        QString version;
        QString path;

        bool operator==(const Firmware&) const = default;
    };

    // The origin is read at each call: a restarted sandbox listens on another port.
    explicit SandboxAdmin(const SandboxProcess& sandbox) : m_sandbox(&sandbox) {}

    Reply request(const QByteArray& verb, const QString& path, const QUrlQuery& query = {}) const;

    // True once the sandbox took it; otherwise a warning in the test log says what it
    // answered.
    bool armFault(const Fault& fault) const;
    bool clearFaults() const;
    // Every token issued so far expires at once (the sandbox moves its token clock on);
    // a test of an expired session need not wait for one.
    bool expireTokens() const;

    Firmware firmware(const QString& target) const;
    // The accepted uploads, oldest first: to one target, or to any when `target` is empty.
    QJsonArray uploads(const QString& target = {}) const;
    // The seeded account with that plan ("paid" or "free"); empty when there is none.
    QJsonObject account(const QString& plan) const;
    Reply deviceState(const QString& id) const;
    Reply setDeviceState(const QString& id, const QString& state) const;

private:
    const SandboxProcess* m_sandbox;
};
