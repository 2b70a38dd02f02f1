#include "RolloutDriver.h"

#include "CliContext.h"
#include "Interrupt.h"
#include "RolloutPreview.h"
#include "RolloutPrinter.h"
#include "RolloutReporter.h"
#include "core/firmware/FirmwareImage.h"

#include <QEventLoop>

namespace iotaap::cli {

RolloutDriver::RolloutDriver(CliContext& context)
    : m_context(context), m_runner(context.api(), &m_history)
{
    if (!m_history.open(DeployHistory::defaultPath()))
        m_historyProblem = m_history.errorString();
    m_runner.setAccount(context.account());
    QObject::connect(&Interrupt::instance(), &Interrupt::triggered, &m_runner,
                     &RolloutRunner::cancel);
}

bool RolloutDriver::prepare(const RolloutPlan& plan, int* exitCode)
{
    m_runner.prepare(plan);
    return awaitPrepared(exitCode);
}

bool RolloutDriver::restore(qint64 rolloutId, int* exitCode)
{
    m_runner.restore(rolloutId);
    return awaitPrepared(exitCode);
}

bool RolloutDriver::awaitPrepared(int* exitCode)
{
    {
        QEventLoop loop;
        QObject::connect(&m_runner, &RolloutRunner::prepared, &loop, &QEventLoop::quit);
        // Ctrl+C during the pre-flight ends it with finished() instead.
        QObject::connect(&m_runner, &RolloutRunner::finished, &loop, &QEventLoop::quit);
        if (Interrupt::instance().isTriggered())
            m_runner.cancel();
        if (m_runner.state() == RolloutRunner::State::Preparing)
            loop.exec();
    }
    if (Interrupt::instance().isTriggered()) {
        *exitCode = m_context.fail(ExitCode::Interrupted, tr("interrupted"));
        return false;
    }
    const RolloutRunner::State state = m_runner.state();
    // Ready after a pre-flight; Paused after a take-up from the journal.
    if (state != RolloutRunner::State::Ready && state != RolloutRunner::State::Paused) {
        *exitCode = m_runner.prepareError().isError()
                        ? m_context.failApi(m_runner.prepareError())
                        : m_context.fail(ExitCode::ApiRefused, m_runner.stopReason());
        return false;
    }
    return true;
}

bool RolloutDriver::hasEnded() const
{
    switch (m_runner.state()) {
    case RolloutRunner::State::Paused:
    case RolloutRunner::State::Stopped:
    case RolloutRunner::State::Finished:
    case RolloutRunner::State::Cancelled:
        return true;
    default:
        return false;
    }
}

int RolloutDriver::run(RolloutPrinter& printer, const RolloutPreview& preview, Start start)
{
    const RolloutReporter reporter(m_runner, printer, preview);
    {
        QEventLoop loop;
        QObject::connect(&m_runner, &RolloutRunner::finished, &loop, &QEventLoop::quit);
        QObject::connect(&m_runner, &RolloutRunner::stateChanged, &loop, [&] {
            if (m_runner.state() == RolloutRunner::State::Paused) {
                loop.quit();
                return;
            }
            const bool manualGate = m_runner.state() == RolloutRunner::State::AtGate &&
                                    m_runner.plan().gate.kind == RolloutGate::Kind::Manual;
            if (!manualGate || m_askedAtWave == m_runner.currentWave())
                return;
            m_askedAtWave = m_runner.currentWave();
            // Asked from the event loop, not from inside the runner's signal.
            QMetaObject::invokeMethod(
                &loop, [this, &printer] { askAtGate(printer); }, Qt::QueuedConnection);
        });
        if (start == Start::RestoredRetryingFailed)
            m_runner.retryFailed();
        if (start == Start::Restored || start == Start::RestoredRetryingFailed)
            m_runner.resume();
        else
            m_runner.start(start == Start::PreparedWithDowngrades);
        if (Interrupt::instance().isTriggered())
            m_runner.cancel();
        if (!hasEnded())
            loop.exec();
    }
    printer.summary(m_runner);
    return exitCode();
}

void RolloutDriver::askAtGate(RolloutPrinter& printer)
{
    if (m_runner.state() != RolloutRunner::State::AtGate)
        return;
    const int wave = m_runner.currentWave() + 1;
    printer.holdLive();
    const bool yes = m_context.console().confirm(
        tr("Wave %1 done: continue to wave %2? [y/N] ").arg(wave).arg(wave + 1));
    if (Interrupt::instance().isTriggered()) {
        m_runner.cancel();
        return;
    }
    if (yes) {
        m_runner.continueToNextWave();
        return;
    }
    m_declined = true;
    m_runner.cancel();
}

int RolloutDriver::exitCode()
{
    if (Interrupt::instance().isTriggered())
        return m_context.fail(ExitCode::Interrupted, tr("interrupted"));
    const RolloutPlan& plan = m_runner.plan();
    switch (m_runner.state()) {
    case RolloutRunner::State::Finished: {
        if (m_runner.succeeded())
            return static_cast<int>(ExitCode::Success);
        const auto& targets = m_runner.targets();
        const auto planned =
            std::count_if(targets.cbegin(), targets.cend(),
                          [](const RolloutTarget& target) { return target.wave >= 0; });
        const int missed = m_runner.count(RolloutTarget::State::Failed) +
                           m_runner.count(RolloutTarget::State::OutcomeUnknown);
        return m_context.fail(
            ExitCode::ApiRefused,
            tr("%1 of the %2 devices planned were not deployed.").arg(missed).arg(planned));
    }
    case RolloutRunner::State::Paused:
        // The runner pauses for a sign-in that expired or for a firmware file that
        // changed on disk; only the file can tell which.
        if (FirmwareImage::inspect(plan.filePath).sha256() != plan.fileSha256)
            return m_context.fail(ExitCode::InvalidInput, m_runner.stopReason());
        return m_context.fail(ExitCode::Authentication,
                              m_runner.stopReason() + QLatin1Char(' ') +
                                  tr("Log in again with \"iotaap-ota login\" or set "
                                     "$IOTAAP_TOKEN, then run the rollout again: the devices "
                                     "already on the version are skipped."));
    case RolloutRunner::State::Cancelled:
        if (m_declined)
            return m_context.fail(ExitCode::ApiRefused,
                                  tr("the rollout was stopped at the gate after wave %1")
                                      .arg(m_runner.currentWave() + 1));
        break;
    default:
        break;
    }
    return m_context.fail(ExitCode::ApiRefused, m_runner.stopReason());
}

} // namespace iotaap::cli
