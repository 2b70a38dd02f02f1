#include "gui/signin/SignInPrompt.h"

namespace iotaap {

SignInPrompt::SignInPrompt(QObject* parent) : QObject(parent)
{}

SignInPrompt::~SignInPrompt() = default;

} // namespace iotaap
