#pragma once

#include <QByteArray>
#include <memory>

struct evp_md_ctx_st;

namespace iotaap {

// SHA-256 through OpenSSL's libcrypto: Qt 6.4's QCryptographicHash feeds its SHA-256 one
// byte at a time and uses no SHA instructions, which made it about ten times slower than
// libcrypto on a 64 MiB image. libcrypto can also copy a running digest, so a reader can
// take the digest of a prefix and go on hashing.
class Sha256 final
{
public:
    static constexpr qsizetype DigestSize = 32;

    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    // Starts again from no bytes.
    void reset();
    void addData(const char* bytes, qint64 count);
    // The digest of the bytes added so far; more may be added afterwards. Empty on failure.
    QByteArray resultSoFar() const;

private:
    struct ContextFree
    {
        void operator()(evp_md_ctx_st* context) const;
    };

    std::unique_ptr<evp_md_ctx_st, ContextFree> m_context;
    bool m_ok = false;
};

} // namespace iotaap
