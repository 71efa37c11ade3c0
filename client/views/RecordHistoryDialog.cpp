#include "RecordHistoryDialog.h"

#include "app/Formats.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace hms::client {

namespace {
struct RecordField
{
    const char *label;
    QString (*text)(const MedicalRecord &);
};

const RecordField RecordFields[] = {
    {QT_TRANSLATE_NOOP("hms::client::RecordHistoryDialog", "Diagnosis"),
     [](const MedicalRecord &r) { return r.diagnosis; }},
    {QT_TRANSLATE_NOOP("hms::client::RecordHistoryDialog", "Prescription"),
     [](const MedicalRecord &r) { return r.prescription; }},
    {QT_TRANSLATE_NOOP("hms::client::RecordHistoryDialog", "Notes"),
     [](const MedicalRecord &r) { return r.notes; }},
    {QT_TRANSLATE_NOOP("hms::client::RecordHistoryDialog", "Date"),
     [](const MedicalRecord &r) { return formats::date(r.recordDate); }},
};

QTableWidget *readOnlyTable(const QString &name, int columns, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(name);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->setWordWrap(true);
    table->setTextElideMode(Qt::ElideNone);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setToolTip(text);
    return cell;
}
} // namespace

RecordHistoryDialog::RecordHistoryDialog(qint64 recordId, QList<MedicalRecord> versions, QWidget *parent)
    : QDialog(parent)
    , m_records(std::move(versions))
    , m_versions(readOnlyTable(QStringLiteral("historyTable"), ColumnCount, this))
    , m_changesTitle(new QLabel(this))
    , m_changes(readOnlyTable(QStringLiteral("historyChanges"), ChangeColumnCount, this))
{
    std::sort(m_records.begin(), m_records.end(),
              [](const MedicalRecord &a, const MedicalRecord &b) { return a.version < b.version; });
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of record %1").arg(recordId));
    m_versions->setAccessibleName(tr("Versions of the record"));
    m_versions->setHorizontalHeaderLabels(
        {tr("Version"), tr("Written"), tr("By"), tr("Reason"), tr("Changed")});
    m_versions->setRowCount(int(m_records.size()));
    for (int i = 0; i < m_records.size(); ++i) {
        const MedicalRecord &v = m_records.at(i);
        QStringList changed;
        for (const RecordField &field : RecordFields) {
            if (i == 0 ? !field.text(v).isEmpty() : field.text(v) != field.text(m_records.at(i - 1)))
                changed.append(tr(field.label));
        }
        m_versions->setItem(i, Version, item(QString::number(v.version)));
        m_versions->setItem(i, Written, item(formats::dateTime(v.updatedAt)));
        m_versions->setItem(i, Author, item(v.updatedByName.isEmpty() ? v.doctorName : v.updatedByName));
        m_versions->setItem(i, Reason, item(v.version <= 1 ? tr("First version") : v.amendmentReason));
        m_versions->setItem(i, Changed, item(changed.join(QStringLiteral(", "))));
    }
    QHeaderView *header = m_versions->horizontalHeader();
    header->setSectionResizeMode(Version, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Written, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Author, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Reason, QHeaderView::Stretch);
    header->setSectionResizeMode(Changed, QHeaderView::ResizeToContents);

    m_changesTitle->setObjectName(QStringLiteral("historyChangesTitle"));
    m_changesTitle->setBuddy(m_changes);
    m_changes->setAccessibleName(tr("Changes in the chosen version"));
    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_changes->setSelectionMode(QAbstractItemView::NoSelection);
    m_changes->horizontalHeader()->setSectionResizeMode(Field, QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(Before, QHeaderView::Stretch);
    m_changes->horizontalHeader()->setSectionResizeMode(After, QHeaderView::Stretch);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_changesTitle);
    lowerLayout->addWidget(m_changes, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_versions);
    splitter->addWidget(lower);
    splitter->setStretchFactor(1, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);
    // Room for long text without leaving a 1024×700 screen.
    resize(920, 560);

    connect(m_versions, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int, int) { showVersion(row); });
    if (!m_records.isEmpty())
        m_versions->setCurrentCell(int(m_records.size()) - 1, Version);
    m_versions->setFocus();
}

void RecordHistoryDialog::showVersion(int row)
{
    m_changes->setRowCount(0);
    if (row < 0 || row >= m_records.size())
        return;
    const MedicalRecord &now = m_records.at(row);
    const MedicalRecord *before = row > 0 ? &m_records.at(row - 1) : nullptr;
    m_changesTitle->setText(
        before ? tr("Changes in version %1 against version %2").arg(now.version).arg(before->version)
               : tr("Version %1 as first written").arg(now.version));
    for (const RecordField &field : RecordFields) {
        const QString after = field.text(now);
        const QString earlier = before ? field.text(*before) : QString();
        // Unchanged fields, and fields the first version left empty, have nothing to show.
        if (before ? after == earlier : after.isEmpty())
            continue;
        const int r = m_changes->rowCount();
        m_changes->insertRow(r);
        m_changes->setItem(r, Field, item(tr(field.label)));
        m_changes->setItem(r, Before, item(before ? earlier : tr("—")));
        m_changes->setItem(r, After, item(after));
    }
}

} // namespace hms::client
