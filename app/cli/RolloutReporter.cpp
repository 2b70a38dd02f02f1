#include "RolloutReporter.h"

#include "RolloutPreview.h"
#include "RolloutPrinter.h"

namespace iotaap::cli {

RolloutReporter::RolloutReporter(const RolloutRunner& runner, RolloutPrinter& printer,
                                 const RolloutPreview& preview)
    : m_runner(runner), m_printer(printer)
{
    for (const RolloutPreview::Entry& entry : preview.entries)
        m_told.insert(entry.target.target, entry.target.state);
    QObject::connect(&runner, &RolloutRunner::targetChanged, &m_context,
                     [this](int index) { onTarget(index); });
    QObject::connect(&runner, &RolloutRunner::stateChanged, &m_context, [this] { onState(); });
}

void RolloutReporter::onTarget(int index)
{
    const RolloutTarget& target = m_runner.targets().at(index);
    const auto told = m_told.find(target.target);
    if (told != m_told.end() && *told == target.state) {
        if (target.state == RolloutTarget::State::Uploading)
            m_printer.progressed(m_runner);
        return;
    }
    m_told.insert(target.target, target.state);
    m_printer.targetChanged(m_runner, target);
}

void RolloutReporter::onState()
{
    const bool checkin = m_runner.state() == RolloutRunner::State::AtGate &&
                         m_runner.plan().gate.kind == RolloutGate::Kind::Checkin;
    const Shown shown{m_runner.state(),
                      m_runner.currentWave(),
                      m_runner.waveEnds().size(),
                      checkin ? m_runner.checkedIn() : 0,
                      checkin ? m_runner.checkinExpected() : 0,
                      m_runner.stopReason()};
    if (m_shown == shown)
        return;
    m_shown = shown;
    m_printer.rolloutChanged(m_runner);
}

} // namespace iotaap::cli
