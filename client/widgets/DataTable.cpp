#include "DataTable.h"

#include "models/CursorTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QResizeEvent>
#include <QSettings>

namespace hms::client {

DataTable::DataTable(const QString &objectName, QWidget *parent)
    : QTableView(parent)
{
    setObjectName(objectName);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setTabKeyNavigation(false);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->viewport()->installEventFilter(this);
    connect(this, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT rowActivated(index.row());
    });
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int, int width) {
        if (m_fitting || !m_userResizing || column == m_stretchColumn || !m_model)
            return;
        m_manualColumns.insert(column);
        QSettings().setValue(settingsKey(column), width);
    });
}

QLabel *DataTable::statusLine()
{
    if (!m_status) {
        m_status = new QLabel(this);
        m_status->setObjectName(objectName() + QStringLiteral("Status"));
        m_status->setStyleSheet(QStringLiteral("color: #64748b;"));
        updateStatus();
    }
    return m_status;
}

void DataTable::setListModel(CursorTableModel *model)
{
    m_model = model;
    setModel(model);
    model->setCountsTotal(bool(m_countText));
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &DataTable::onSelectionChanged);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_pendingId == 0)
            m_pendingId = m_selectedId;
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        // The selection model forgets the rows silently; say so.
        m_selectedId = 0;
        Q_EMIT selectedChanged();
        updateStatus();
    });
    connect(model, &CursorTableModel::pageLoaded, this, &DataTable::onPageLoaded);
    connect(model, &CursorTableModel::loadFailed, this, [this] {
        m_pendingId = 0;
        updateStatus();
    });
    restoreWidths();
}

void DataTable::setStretchColumn(int column)
{
    m_stretchColumn = column;
    horizontalHeader()->setStretchLastSection(column < 0);
    fitColumns();
}

void DataTable::setCountText(std::function<QString(qint64)> text)
{
    m_countText = std::move(text);
    if (m_model)
        m_model->setCountsTotal(bool(m_countText));
}

int DataTable::selectedRow() const
{
    const QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void DataTable::selectId(qint64 id)
{
    if (!m_model)
        return;
    if (const int row = m_model->rowOfId(id); row >= 0 && !m_model->isLoading()) {
        m_pendingId = 0;
        selectRow(row);
        return;
    }
    m_pendingId = id;
}

void DataTable::onSelectionChanged()
{
    const int row = selectedRow();
    const qint64 id = row < 0 || !m_model ? 0 : m_model->idAt(row);
    if (row >= 0)
        m_pendingId = 0; // the user chose; forget any older wish
    if (id == m_selectedId && row >= 0)
        return;
    m_selectedId = id;
    Q_EMIT selectedChanged();
}

void DataTable::onPageLoaded()
{
    fitColumns();
    if (m_pendingId > 0) {
        const qint64 wanted = m_pendingId;
        m_pendingId = 0; // one page to find it in: a row further down is not brought in for it
        if (const int row = m_model->rowOfId(wanted); row >= 0) {
            selectRow(row);
            scrollTo(m_model->index(row, 0));
        }
    }
    updateStatus();
}

void DataTable::fitColumns()
{
    if (!m_model)
        return;
    m_fitting = true;
    const int last = m_model->columnCount() - 1;
    for (int column = 0; column <= last; ++column) {
        const bool stretched = m_stretchColumn < 0 && column == last; // the header stretches it
        if (!stretched && !m_manualColumns.contains(column))
            resizeColumnToContents(column);
    }
    // The stretch column fits its content too, and takes whatever room is left over.
    if (m_stretchColumn >= 0 && m_stretchColumn <= last && !m_manualColumns.contains(m_stretchColumn)) {
        const int spare = viewport()->width() - horizontalHeader()->length();
        if (spare > 0)
            setColumnWidth(m_stretchColumn, columnWidth(m_stretchColumn) + spare);
    }
    m_fitting = false;
}

void DataTable::updateStatus()
{
    if (!m_model || !m_status)
        return;
    if (m_model->isLoading()) {
        m_status->setText(tr("Loading…"));
    } else if (!m_model->lastError().isEmpty()) {
        m_status->setText(m_model->lastError());
    } else if (m_countText) {
        const auto total = m_model->total();
        m_status->setText(total                            ? m_countText(*total)
                              : !m_model->canFetchMore({}) ? m_countText(m_model->rowCount())
                                                           : QString());
    } else {
        m_status->clear();
    }
}

QString DataTable::settingsKey(int column) const
{
    return QStringLiteral("tables/%1/column%2").arg(objectName()).arg(column);
}

void DataTable::restoreWidths()
{
    const QSettings settings;
    m_fitting = true;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const int width = settings.value(settingsKey(column), 0).toInt();
        if (width > 0 && column != m_stretchColumn) {
            m_manualColumns.insert(column);
            setColumnWidth(column, width);
        }
    }
    m_fitting = false;
}

void DataTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void DataTable::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && selectedRow() >= 0) {
        Q_EMIT rowActivated(selectedRow());
        return;
    }
    QTableView::keyPressEvent(event);
}

bool DataTable::eventFilter(QObject *watched, QEvent *event)
{
    // Only a drag (or double-click) on the header is the user's own width.
    if (watched == horizontalHeader()->viewport()) {
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)
            m_userResizing = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_userResizing = false;
    }
    return QTableView::eventFilter(watched, event);
}

} // namespace hms::client
