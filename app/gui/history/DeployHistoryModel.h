#pragma once

#include "core/deploy/DeployAttempt.h"

#include <QAbstractTableModel>
#include <QList>

namespace iotaap {

class DeployHistory;

// The deploy attempts of the local journal, newest first, for the History view.
class DeployHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployHistoryModel)

public:
    enum Column
    {
        StartedColumn,
        OutcomeColumn,
        TargetColumn,
        VersionColumn,
        FileColumn,
        SizeColumn,
        DurationColumn,
        MessageColumn,
        ColumnCount
    };

    enum Role
    {
        // The raw value for sorting: a QDateTime, a byte count, milliseconds...
        SortRole = Qt::UserRole + 1,
        // The journal id of the row's attempt.
        AttemptIdRole,
    };

    explicit DeployHistoryModel(DeployHistory& history, QObject* parent = nullptr);

    // Reads the journal again, keeping only attempts that match `search` (see
    // DeployHistory::attempts).
    void reload();
    void setSearch(const QString& search);
    const QString& search() const { return m_search; }
    // The history's error when the last reload failed; empty otherwise.
    const QString& errorString() const { return m_errorString; }

    const DeployAttempt& attemptAt(int row) const { return m_attempts.at(row); }
    const QList<DeployAttempt>& attempts() const { return m_attempts; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const DeployAttempt& attempt, int column) const;
    QVariant sortValue(const DeployAttempt& attempt, int column) const;

    DeployHistory& m_history;
    QString m_search;
    QString m_errorString;
    QList<DeployAttempt> m_attempts;
};

} // namespace iotaap
