#pragma once

#include <QHashFunctions>
#include <QLatin1StringView>
#include <QString>

namespace iotaap {

// What a deploy goes to: a device or a group, named by its id. The API spells its
// MongoDB ids in lower case, and an operator may type or paste them in any case, so an
// id is kept in one spelling, lower case, everywhere: keychain keys, the history, table
// look-ups and the command line. A token remembered for "5E00…" in the window is the
// token the command line finds for "5e00…".
struct Target
{
    enum class Kind
    {
        Device,
        Group,
    };

    Kind kind = Kind::Device;
    QString id; // normalizedId()

    static Target device(const QString& id) { return {Kind::Device, normalizedId(id)}; }
    static Target group(const QString& id) { return {Kind::Group, normalizedId(id)}; }
    static Target of(Kind kind, const QString& id) { return {kind, normalizedId(id)}; }

    // The one spelling of an id: without surrounding white space, in lower case.
    static QString normalizedId(const QString& text) { return text.trimmed().toLower(); }

    bool isDevice() const { return kind == Kind::Device; }
    // "device" or "group": the API's form field and the CLI's word; never translated.
    QLatin1StringView kindName() const
    {
        return isDevice() ? QLatin1StringView("device") : QLatin1StringView("group");
    }

    friend bool operator==(const Target&, const Target&) = default;
};

inline size_t qHash(const Target& target, size_t seed = 0)
{
    return qHashMulti(seed, int(target.kind), target.id);
}

} // namespace iotaap
