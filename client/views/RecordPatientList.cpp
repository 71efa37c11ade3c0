#include "RecordPatientList.h"

#include "models/TableModels.h"
#include "widgets/DataTable.h"

#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace hms::client {

RecordPatientList::RecordPatientList(ApiClient &api, QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_model(new PatientTableModel(api, this))
    , m_table(new DataTable(QStringLiteral("recordPatientsTable"), this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("recordPatientList"));
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setPlaceholderText(tr("Search patients by name, MRN, phone or email"));
    m_search->setAccessibleName(tr("Patient search"));
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setClearButtonEnabled(true);
    m_model->setCountsTotal(true);
    m_table->setListModel(m_model);
    m_table->setAccessibleName(tr("Matching patients"));
    m_table->setStretchColumn(PatientTableModel::Name);
    for (const int column : {PatientTableModel::Sex, PatientTableModel::Phone, PatientTableModel::Email})
        m_table->setColumnHidden(column, true);
    m_table->setCountText([](qint64 total) { return tr("%n patient(s)", nullptr, int(total)); });
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &RecordPatientList::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0)
            m_table->setFocus();
    });
    connect(m_table, &DataTable::selectedChanged, this, &RecordPatientList::onSelected);
    connect(m_model, &CursorTableModel::pageLoaded, this, &RecordPatientList::resultsShown);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_table->statusLine());
    search();
}

int RecordPatientList::resultCount() const
{
    return m_model->rowCount();
}

void RecordPatientList::choose(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->selectRow(row);
    onSelected();
}

void RecordPatientList::onSelected()
{
    const int row = m_table->selectedRow();
    if (row < 0)
        return;
    const Patient &patient = m_model->row(row);
    if (patient.id == m_chosen.id)
        return;
    m_chosen = patient;
    Q_EMIT patientChosen(m_chosen);
}

void RecordPatientList::showChosen(const Patient &patient)
{
    m_chosen = patient;
    m_table->selectId(patient.id);
}

void RecordPatientList::reload()
{
    m_model->reload();
}

void RecordPatientList::setQuery(const QString &text)
{
    m_search->setText(text);
    m_debounce->stop();
    search();
}

void RecordPatientList::search()
{
    m_model->search(m_search->text());
}

} // namespace hms::client
