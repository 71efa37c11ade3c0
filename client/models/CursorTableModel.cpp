#include "CursorTableModel.h"

#include "api/ApiClient.h"

namespace hms::client {

CursorTableModel::CursorTableModel(ApiClient &api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{}

void CursorTableModel::setSource(const QString &path, const QUrlQuery &query)
{
    m_path = path;
    m_query = query;
    reload();
}

void CursorTableModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_cursor.clear();
    m_hasMore = false;
    m_loading = false;
    endResetModel();
}

void CursorTableModel::reload()
{
    clear();
    if (m_path.isEmpty())
        return;
    m_hasMore = true;
    requestPage();
}

int CursorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CursorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cellData(m_rows.at(index.row()), index.column(), role);
}

bool CursorTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading && !m_cursor.isEmpty();
}

void CursorTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

int CursorTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].value(QStringLiteral("id")).toInteger() == id)
            return i;
    }
    return -1;
}

void CursorTableModel::requestPage()
{
    QUrlQuery query = m_query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
    if (!m_cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), m_cursor);
    m_loading = true;
    const quint64 generation = m_generation;
    m_api.get(m_path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded), this,
              [this, generation](const ApiResult &result) {
                  if (generation != m_generation)
                      return; // answer to a source that has since changed
                  m_loading = false;
                  if (!result.ok()) {
                      m_hasMore = false;
                      m_error = result.message;
                      Q_EMIT loadFailed(result.message);
                      return;
                  }
                  m_error.clear();
                  // The next cursor first: views ask canFetchMore() while the rows go in.
                  const QJsonValue next = result.json.value(QStringLiteral("next_cursor"));
                  m_cursor = next.isString() ? next.toString() : QString();
                  m_hasMore = !m_cursor.isEmpty();
                  const QJsonArray items = result.items();
                  if (!items.isEmpty()) {
                      beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + items.size() - 1));
                      for (const QJsonValue item : items)
                          m_rows.append(item.toObject());
                      endInsertRows();
                  }
                  Q_EMIT pageLoaded();
              });
}

} // namespace hms::client
