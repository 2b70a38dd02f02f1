#pragma once

#include "core/api/ApiError.h"

#include <optional>
#include <utility>

namespace iotaap {

// A decoded value or the ApiError that says why decoding failed.
template <typename T> class Decoded final
{
public:
    Decoded(T value) : m_value(std::move(value)) {}
    Decoded(ApiError error) : m_error(std::move(error)) {}

    bool isOk() const { return m_value.has_value(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const ApiError& error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

} // namespace iotaap
