#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

namespace hms::client {

class ApiClient;

// A table over one of the API's cursor-paged lists: the first page loads when
// the source is set, further pages as the view scrolls (canFetchMore/fetchMore),
// so a list of 100,000 opens as fast as a list of 10. Answers to an older
// source (e.g. a previous search text) are dropped.
class CursorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CursorTableModel(ApiClient &api, QObject *parent = nullptr);

    void setSource(const QString &path, const QUrlQuery &query = {});
    void reload();
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QJsonObject rowObject(int row) const { return m_rows.value(row); }
    int rowOfId(qint64 id) const;
    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_error; }

Q_SIGNALS:
    void pageLoaded();
    void loadFailed(const QString &message);

protected:
    virtual QVariant cellData(const QJsonObject &row, int column, int role) const = 0;
    static constexpr int PageSize = 50;

private:
    void requestPage();

    ApiClient &m_api;
    QString m_path;
    QUrlQuery m_query;
    QList<QJsonObject> m_rows;
    QString m_cursor;
    bool m_hasMore = false;
    bool m_loading = false;
    quint64 m_generation = 0;
    QString m_error;
};

} // namespace hms::client
