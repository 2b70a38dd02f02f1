#pragma once

#include <httplib.h>
#include <string>

namespace iotaap::sandbox {

// The connection a request came on, for the faults that act on it below HTTP.
// httplib does not hand its socket to handlers: it is found by its two ports.
class RequestSocket final
{
public:
    explicit RequestSocket(const httplib::Request& request);

    // The client sees the connection close without (the rest of) an answer;
    // whatever httplib writes afterwards goes nowhere.
    void shutdown();
    // Writes bytes that httplib never sees (a whole answer), then shuts down.
    void sendAndShutdown(const std::string& bytes);

private:
    int m_fd = -1;
};

} // namespace iotaap::sandbox
