#include "core/api/UploadForm.h"

#include "core/api/FirmwareBody.h"

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

QByteArray UploadForm::firmwareDisposition(const QString& fileName)
{
    QByteArray encoded = fileName.toUtf8();
    encoded.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
    return "form-data; name=\"firmware\"; filename=\"" + encoded + '"';
}

std::unique_ptr<QHttpMultiPart> UploadForm::build(std::unique_ptr<FirmwareBody> firmware,
                                                  const QString& targetField,
                                                  const DeployRequest& request)
{
    auto form = std::make_unique<QHttpMultiPart>(QHttpMultiPart::FormDataType);

    QHttpPart filePart;
    filePart.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    filePart.setHeader(QNetworkRequest::ContentDispositionHeader,
                       firmwareDisposition(QFileInfo(firmware->path()).fileName()));
    filePart.setBodyDevice(firmware.get());
    firmware.release()->setParent(form.get());
    form->append(filePart);

    form->append(textPart(targetField.toLatin1(), request.targetId));
    form->append(textPart("token", request.token));
    form->append(textPart("version", request.version));
    return form;
}

} // namespace iotaap
