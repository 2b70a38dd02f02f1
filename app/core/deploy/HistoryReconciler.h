#pragma once

#include "core/deploy/DeployAttempt.h"

#include <QList>
#include <QObject>
#include <memory>

namespace iotaap {

class ApiClient;
class DeployHistory;
class OutcomeReconciler;

// Settles the journal's attempts of unknown outcome by asking the server's records
// (OutcomeReconciler), one after the other. The window runs it at each refresh, so an
// outcome that could not be known when the upload ended is known as soon as the server
// can be asked again. Only attempts made to the API the client talks to are asked about.
class HistoryReconciler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryReconciler)

public:
    HistoryReconciler(ApiClient& api, DeployHistory& history, QObject* parent = nullptr);
    ~HistoryReconciler() override;

    // Does nothing while a run is under way.
    void run();
    bool isRunning() const { return m_reconciler != nullptr; }

Q_SIGNALS:
    // An attempt's outcome was settled in the journal.
    void settled(qint64 attemptId);
    void finished();

private:
    void next();

    ApiClient& m_api;
    DeployHistory& m_history;
    QList<DeployAttempt> m_pending;
    qint64 m_current = -1;
    std::unique_ptr<OutcomeReconciler> m_reconciler;
};

} // namespace iotaap
