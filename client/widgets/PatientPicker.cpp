#include "PatientPicker.h"

#include "app/Formats.h"

#include <QIcon>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace hms::client {

PatientPicker::PatientPicker(ApiClient &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_debounce(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setPlaceholderText(tr("Search patients by name, MRN, phone or email"));
    m_search->setAccessibleName(tr("Patient search"));
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("patientResults"));
    m_results->setAccessibleName(tr("Matching patients"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &PatientPicker::search);
    connect(m_results, &QListWidget::currentRowChanged, this, &PatientPicker::choose);
    setFocusProxy(m_search); // a label's mnemonic for the picker lands in its search
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    search();
}

void PatientPicker::setQuery(const QString &text)
{
    m_search->setText(text);
}

int PatientPicker::resultCount() const
{
    return int(m_patients.size());
}

void PatientPicker::choose(int row)
{
    if (row < 0 || row >= m_patients.size())
        return;
    if (m_results->currentRow() != row)
        m_results->setCurrentRow(row);
    m_chosen = m_patients.at(row);
    Q_EMIT patientChosen(m_chosen);
}

void PatientPicker::search()
{
    const quint64 generation = ++m_generation;
    PageRequest page;
    page.limit = 25;
    m_api.patients(m_search->text(), page, this, [this, generation](const Reply<Page<Patient>> &reply) {
        if (generation != m_generation || !reply.ok())
            return;
        m_results->blockSignals(true);
        m_results->clear();
        m_patients = reply.value.items;
        for (const Patient &p : std::as_const(m_patients))
            m_results->addItem(
                QStringLiteral("%1  ·  %2  ·  %3").arg(p.name, p.mrn, formats::date(p.dateOfBirth)));
        m_results->blockSignals(false);
        Q_EMIT resultsShown();
    });
}

} // namespace hms::client
