#include "MergeDialog.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hms::client {

MergeDialog::MergeDialog(const QList<MergeField> &fields, int serverVersion, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Someone else saved changes first"));
    auto *intro =
        new QLabel(tr("%1 changed this record while you were editing it (now version %2). Choose, for each "
                      "field that differs, which value to keep; then save again.")
                       .arg(tr("Another user"))
                       .arg(serverVersion),
                   this);
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Field")), this), 0, 0);
    grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Your value")), this), 0, 1);
    grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Now on the server")), this), 0, 2);
    const auto shown = [](const QString &value) { return value.isEmpty() ? tr("(empty)") : value; };
    int row = 1;
    for (const MergeField &field : fields) {
        if (field.mine == field.server)
            continue;
        m_conflicts.append(field.key);
        auto *yours = new QRadioButton(shown(field.mine), this);
        auto *theirs = new QRadioButton(shown(field.server), this);
        yours->setObjectName(QStringLiteral("mine_") + field.key);
        theirs->setObjectName(QStringLiteral("server_") + field.key);
        yours->setAccessibleName(tr("Keep my %1").arg(field.label));
        theirs->setAccessibleName(tr("Keep the server's %1").arg(field.label));
        auto *group = new QButtonGroup(this);
        group->addButton(yours, 1);
        group->addButton(theirs, 0);
        yours->setChecked(true);
        m_choices.insert(field.key, group);
        grid->addWidget(new QLabel(field.label, this), row, 0);
        grid->addWidget(yours, row, 1);
        grid->addWidget(theirs, row, 2);
        ++row;
    }
    if (m_conflicts.isEmpty())
        grid->addWidget(new QLabel(tr("Your changes do not touch the fields they changed."), this), row, 0, 1,
                        3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("mergeSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(buttons);
}

void MergeDialog::choose(const QString &field, bool keepMine)
{
    if (QButtonGroup *group = m_choices.value(field))
        group->button(keepMine ? 1 : 0)->setChecked(true);
}

bool MergeDialog::keepsMine(const QString &key) const
{
    const QButtonGroup *group = m_choices.value(key);
    return !group || group->checkedId() != 0;
}

} // namespace hms::client
