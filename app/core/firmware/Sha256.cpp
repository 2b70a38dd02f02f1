#include "core/firmware/Sha256.h"

#include <openssl/evp.h>

namespace iotaap {

void Sha256::ContextFree::operator()(evp_md_ctx_st* context) const
{
    EVP_MD_CTX_free(context);
}

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    reset();
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    m_ok = m_context && EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr) == 1;
}

void Sha256::addData(const char* bytes, qint64 count)
{
    m_ok = m_ok && EVP_DigestUpdate(m_context.get(), bytes, static_cast<size_t>(count)) == 1;
}

QByteArray Sha256::resultSoFar() const
{
    const std::unique_ptr<EVP_MD_CTX, ContextFree> copy(EVP_MD_CTX_new());
    QByteArray digest(DigestSize, Qt::Uninitialized);
    if (!m_ok || !copy || EVP_MD_CTX_copy_ex(copy.get(), m_context.get()) != 1 ||
        EVP_DigestFinal_ex(copy.get(), reinterpret_cast<unsigned char*>(digest.data()), nullptr) !=
            1) {
        return {};
    }
    return digest;
}

} // namespace iotaap
