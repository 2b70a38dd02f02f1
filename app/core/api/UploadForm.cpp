#include "api/UploadForm.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>

namespace iotaap {

namespace {

QHttpPart textPart(const QByteArray& name, const QString& value)
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"" + name + '"'));
    part.setBody(value.toUtf8());
    return part;
}

} // namespace

std::unique_ptr<QFile> UploadForm::openFirmware(const QString& filePath, ApiError& error)
{
    const auto fail = [&error](const QString& problem) {
        error = ApiError::make(ApiError::Kind::InvalidRequest, problem);
        return nullptr;
    };
    const QFileInfo info(filePath);
    const QString name = QDir::toNativeSeparators(filePath);
    if (filePath.isEmpty())
        return fail(QCoreApplication::translate("ApiError", "No firmware file was chosen."));
    if (!info.exists())
        return fail(QCoreApplication::translate("ApiError",
                                                "The firmware file \u201c%1\u201d does not exist.")
                        .arg(name));
    if (!info.isFile())
        return fail(QCoreApplication::translate("ApiError", "\u201c%1\u201d is not a regular file.")
                        .arg(name));
    auto file = std::make_unique<QFile>(filePath);
    if (!file->open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate(
                        "ApiError", "The firmware file \u201c%1\u201d cannot be read: %2")
                        .arg(name, file->errorString()));
    if (file->size() <= 0)
        return fail(
            QCoreApplication::translate("ApiError", "The firmware file \u201c%1\u201d is empty.")
                .arg(name));
    return file;
}

QByteArray UploadForm::firmwareDisposition(const QString& fileName)
{
    QByteArray quoted = fileName.toUtf8();
    quoted.replace('\\', "\\\\").replace('"', "\\\"").replace('\r', ' ').replace('\n', ' ');
    return "form-data; name=\"firmware\"; filename=\"" + quoted + '"';
}

std::unique_ptr<QHttpMultiPart> UploadForm::build(std::unique_ptr<QFile> firmware,
                                                  const QString& targetField,
                                                  const DeployRequest& request)
{
    auto form = std::make_unique<QHttpMultiPart>(QHttpMultiPart::FormDataType);

    QHttpPart filePart;
    filePart.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    filePart.setHeader(QNetworkRequest::ContentDispositionHeader,
                       firmwareDisposition(QFileInfo(firmware->fileName()).fileName()));
    filePart.setBodyDevice(firmware.get());
    firmware.release()->setParent(form.get());
    form->append(filePart);

    form->append(textPart(targetField.toLatin1(), request.targetId));
    form->append(textPart("token", request.token));
    form->append(textPart("version", request.version));
    return form;
}

} // namespace iotaap
