#pragma once

#include "core/api/ApiCall.h"
#include "core/api/Decoded.h"

#include <functional>

namespace iotaap {

// An ApiCall whose answer decodes to a T. result() is valid once isSuccess().
template <typename T> class TypedCall final : public ApiCall
{
public:
    using Decoder = std::function<Decoded<T>(const QByteArray&)>;

    TypedCall(QByteArray verb, int expectedStatus, Decoder decoder, QObject* parent)
        : ApiCall(std::move(verb), expectedStatus, parent), m_decoder(std::move(decoder))
    {}

    const T& result() const { return m_result; }

private:
    ApiError decodeBody(const QByteArray& body) override
    {
        Decoded<T> decoded = m_decoder(body);
        if (!decoded.isOk())
            return decoded.error();
        m_result = std::move(decoded.value());
        return {};
    }

    Decoder m_decoder;
    T m_result{};
};

} // namespace iotaap
