#include "CursorTableModel.h"

namespace hms::client {

CursorTableModel::CursorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CursorTableModel::clear()
{
    resetRows(false);
}

void CursorTableModel::reload()
{
    // Loading already while the views hear of the reset, so they can say so.
    resetRows(m_hasSource);
    if (m_hasSource)
        startPage();
}

void CursorTableModel::resetRows(bool loading)
{
    ++m_generation;
    beginResetModel();
    clearRows();
    m_cursor.clear();
    m_hasMore = loading;
    m_loading = loading;
    m_total.reset();
    endResetModel();
}

int CursorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : storedRows();
}

QVariant CursorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cellData(index.row(), index.column(), role);
}

bool CursorTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading && !m_cursor.isEmpty();
}

void CursorTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startPage();
}

int CursorTableModel::rowOfId(qint64 id) const
{
    if (id <= 0)
        return -1;
    for (int i = 0; i < storedRows(); ++i) {
        if (idAt(i) == id)
            return i;
    }
    return -1;
}

void CursorTableModel::startPage()
{
    PageRequest page;
    page.limit = PageSize;
    page.cursor = m_cursor;
    page.includeTotal = m_countsTotal && m_cursor.isEmpty();
    m_loading = true;
    requestPage(page, m_generation);
}

void CursorTableModel::pageFailed(const ApiResult &result)
{
    m_loading = false;
    m_hasMore = false;
    m_error = result.message;
    Q_EMIT loadFailed(result.message);
}

void CursorTableModel::pageArrived(int count, const QString &nextCursor, std::optional<qint64> total,
                                   const std::function<void()> &append)
{
    m_loading = false;
    m_error.clear();
    if (total)
        m_total = total;
    // The next cursor first: views ask canFetchMore() while the rows go in.
    m_cursor = nextCursor;
    m_hasMore = !m_cursor.isEmpty();
    if (count > 0) {
        beginInsertRows({}, storedRows(), storedRows() + count - 1);
        append();
        endInsertRows();
    }
    Q_EMIT pageLoaded();
}

} // namespace hms::client
