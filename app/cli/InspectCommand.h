#pragma once

#include "Command.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QJsonObject>

namespace iotaap {
class FirmwareImage;
}

namespace iotaap::cli {

// inspect: what a firmware file says about itself, offline. Exits 5 when it is not a
// valid ESP application image, so that a pipeline can stop before deploying it.
class InspectCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

public:
    InspectCommand();
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(CliContext& context, const QCommandLineParser& parser,
            const QStringList& arguments) override;

    // The keys the issue documents; deploy --format json embeds the same object.
    static QJsonObject toJson(const FirmwareImage& image);
    // The same for a person, the verdict first.
    static QString toText(const FirmwareImage& image);

private:
    QCommandLineOption m_format;
};

} // namespace iotaap::cli
