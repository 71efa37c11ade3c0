#pragma once

#include "api/ClinicApi.h"

#include <QAbstractTableModel>
#include <QList>
#include <functional>
#include <optional>

namespace hms::client {

// A table over one of the API's cursor-paged lists: the first page loads when
// the source is set, further pages as the view scrolls (canFetchMore/fetchMore),
// so a list of 100,000 opens as fast as a list of 10. Answers to an older
// source (e.g. a previous search text) are dropped. The rows themselves live
// in TypedCursorModel<T>.
class CursorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CursorTableModel(QObject *parent = nullptr);

    void reload();
    void clear();
    // Ask for the list's total with the first page (include_total).
    void setCountsTotal(bool counts) { m_countsTotal = counts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    virtual qint64 idAt(int row) const = 0;
    int rowOfId(qint64 id) const;
    bool isLoading() const { return m_loading; }
    bool hasSource() const { return m_hasSource; }
    QString lastError() const { return m_error; }
    // The list's total as the server counted it, when asked for.
    std::optional<qint64> total() const { return m_total; }

Q_SIGNALS:
    void pageLoaded();
    void loadFailed(const QString &message);

protected:
    static constexpr int PageSize = 50;

    virtual int storedRows() const = 0;
    virtual void clearRows() = 0;
    virtual QVariant cellData(int row, int column, int role) const = 0;
    // Ask for the page at `page.cursor`; answer with pageArrived() or pageFailed().
    virtual void requestPage(const PageRequest &page, quint64 generation) = 0;

    void setHasSource(bool has) { m_hasSource = has; }
    bool isCurrent(quint64 generation) const { return generation == m_generation; }
    void pageFailed(const ApiResult &result);
    // `append` puts `count` new rows at the end, between the begin/end of the insertion.
    void pageArrived(int count, const QString &nextCursor, std::optional<qint64> total,
                     const std::function<void()> &append);

private:
    void resetRows(bool loading);
    void startPage();

    QString m_cursor;
    bool m_hasSource = false;
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_countsTotal = false;
    quint64 m_generation = 0;
    QString m_error;
    std::optional<qint64> m_total;
};

// The rows of a CursorTableModel as the shared type they are (Patient,
// Appointment, ...): views ask for row(i), never for JSON.
template<typename T> class TypedCursorModel : public CursorTableModel
{
public:
    // Fetches one page of the current source through ClinicApi.
    using Source = std::function<void(const PageRequest &, QObject *, Handler<Page<T>>)>;

    explicit TypedCursorModel(QObject *parent = nullptr)
        : CursorTableModel(parent)
    {}

    void setSource(Source source)
    {
        m_source = std::move(source);
        setHasSource(bool(m_source));
        reload();
    }

    const T &row(int row) const { return m_rows.at(row); }
    std::optional<T> rowOfIdValue(qint64 id) const
    {
        const int r = rowOfId(id);
        return r < 0 ? std::nullopt : std::optional<T>(m_rows.at(r));
    }
    const QList<T> &rows() const { return m_rows; }
    qint64 idAt(int row) const override { return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0; }

protected:
    virtual QVariant cell(const T &row, int column, int role) const = 0;

    int storedRows() const override { return int(m_rows.size()); }
    void clearRows() override { m_rows.clear(); }
    QVariant cellData(int row, int column, int role) const override
    {
        return cell(m_rows.at(row), column, role);
    }
    void requestPage(const PageRequest &page, quint64 generation) override
    {
        m_source(page, this, [this, generation](const Reply<Page<T>> &reply) {
            if (!isCurrent(generation))
                return; // answer to a source that has since changed
            if (!reply.ok()) {
                pageFailed(reply.result);
                return;
            }
            pageArrived(int(reply.value.items.size()), reply.value.nextCursor, reply.value.total,
                        [this, &reply] { m_rows.append(reply.value.items); });
        });
    }

private:
    Source m_source;
    QList<T> m_rows;
};

} // namespace hms::client
