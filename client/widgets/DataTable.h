#pragma once

#include <QSet>
#include <QTableView>
#include <functional>

class QLabel;

namespace hms::client {

class CursorTableModel;

// The one table of every list: rows selected whole, one at a time; Tab leaves
// the table instead of walking its cells; columns fit their content after
// every page, except those the user sized by hand, whose widths are
// remembered per table (QSettings, by the table's objectName). The selection
// follows the row's id across reloads: after a reload the same row is
// selected again if it is still there, and nothing is selected otherwise.
class DataTable : public QTableView
{
    Q_OBJECT

public:
    DataTable(const QString &objectName, QWidget *parent = nullptr);

    void setListModel(CursorTableModel *model);
    CursorTableModel *listModel() const { return m_model; }
    // This column fits its content and also takes the room left over; without
    // one, the last column does.
    void setStretchColumn(int column);
    // A line for the list's count: `text` turns the server's total into words
    // ("68 appointments"); while loading or after a failure it says so.
    void setCountText(std::function<QString(qint64)> text);
    // Created on first use, for the tab to place in its layout.
    QLabel *statusLine();

    int selectedRow() const;
    qint64 selectedId() const { return m_selectedId; }
    // Select the row with this id, now if loaded or as soon as it arrives.
    void selectId(qint64 id);
    void fitColumns();

Q_SIGNALS:
    void selectedChanged(); // also when a reload leaves nothing selected
    void rowActivated(int row); // double-click, Enter or Return

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSelectionChanged();
    void onPageLoaded();
    void updateStatus();
    QString settingsKey(int column) const;
    void restoreWidths();

    CursorTableModel *m_model = nullptr;
    QLabel *m_status = nullptr;
    std::function<QString(qint64)> m_countText;
    int m_stretchColumn = -1;
    QSet<int> m_manualColumns;
    qint64 m_selectedId = 0;
    qint64 m_pendingId = 0; // to select again once the reload brings it
    bool m_fitting = false;
    bool m_userResizing = false;
};

} // namespace hms::client
