#include "gui/history/DeployHistoryModel.h"

#include "core/deploy/DeployHistory.h"
#include "core/deploy/DeployProgress.h"

#include <QLocale>

namespace iotaap {

DeployHistoryModel::DeployHistoryModel(DeployHistory& history, QObject* parent)
    : QAbstractTableModel(parent), m_history(history)
{
    reload();
}

void DeployHistoryModel::reload()
{
    beginResetModel();
    m_attempts = m_history.attempts(m_search);
    m_errorString = m_history.errorString();
    endResetModel();
}

void DeployHistoryModel::setSearch(const QString& search)
{
    if (search == m_search)
        return;
    m_search = search;
    reload();
}

int DeployHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_attempts.size());
}

int DeployHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeployHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeployAttempt& attempt = m_attempts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(attempt, index.column());
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn || index.column() == OutcomeColumn)
            return display(attempt, MessageColumn);
        if (index.column() == FileColumn)
            return attempt.filePath + QLatin1Char('\n') + attempt.fileSha256;
        if (index.column() == TargetColumn)
            return attempt.targetId;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(attempt, index.column());
    case AttemptIdRole:
        return attempt.id;
    default:
        return {};
    }
}

QVariant DeployHistoryModel::display(const DeployAttempt& attempt, int column) const
{
    const QLocale locale;
    switch (column) {
    case StartedColumn:
        return locale.toString(attempt.startedAt.toLocalTime(), QLocale::ShortFormat);
    case OutcomeColumn:
        return DeployAttempt::outcomeName(attempt.outcome);
    case TargetColumn: {
        const QString kind = DeployAttempt::targetKindName(attempt.targetKind);
        return attempt.targetName.isEmpty()
                   ? tr("%1 %2").arg(kind, attempt.targetId)
                   : tr("%1 %2 (%3)").arg(kind, attempt.targetName, attempt.targetId);
    }
    case VersionColumn:
        return attempt.version;
    case FileColumn:
        return attempt.fileName;
    case SizeColumn:
        return locale.formattedDataSize(attempt.fileSize);
    case DurationColumn:
        // A local upload takes milliseconds, a slow one minutes: "0.0 s" said neither.
        if (attempt.durationMs < 0)
            return QString();
        if (attempt.durationMs < 1000)
            return tr("%1 ms").arg(locale.toString(attempt.durationMs));
        if (attempt.durationMs < 60'000)
            return tr("%1 s").arg(locale.toString(double(attempt.durationMs) / 1000.0, 'f', 1));
        return DeployProgress::durationText(attempt.durationMs / 1000);
    case MessageColumn:
        if (!attempt.errorText.isEmpty())
            return attempt.errorText;
        return attempt.serverMessage;
    default:
        return {};
    }
}

QVariant DeployHistoryModel::sortValue(const DeployAttempt& attempt, int column) const
{
    switch (column) {
    case StartedColumn:
        return attempt.startedAt;
    case SizeColumn:
        return attempt.fileSize;
    case DurationColumn:
        return attempt.durationMs;
    default:
        return display(attempt, column);
    }
}

QVariant DeployHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case OutcomeColumn:
        return tr("Outcome");
    case TargetColumn:
        return tr("Target");
    case VersionColumn:
        return tr("Version");
    case FileColumn:
        return tr("File");
    case SizeColumn:
        return tr("Size");
    case DurationColumn:
        return tr("Duration");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace iotaap
