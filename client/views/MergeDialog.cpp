#include "MergeDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hms::client {

QString displayValue(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QObject::tr("(empty)");
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QObject::tr("yes") : QObject::tr("no");
    return value.toString();
}

MergeDialog::MergeDialog(const QList<QPair<QString, QString>> &fields, const QJsonObject &mine,
                         const QJsonObject &server, QWidget *parent)
    : QDialog(parent)
    , m_mine(mine)
    , m_server(server)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Someone else saved changes first"));
    auto *intro =
        new QLabel(tr("%1 changed this record while you were editing it (now version %2). Choose, for each "
                      "field that differs, which value to keep; then save again.")
                       .arg(tr("Another user"))
                       .arg(server.value(QStringLiteral("version")).toInt()),
                   this);
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Field")), this), 0, 0);
    grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Your value")), this), 0, 1);
    grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Now on the server")), this), 0, 2);
    int row = 1;
    for (const auto &[key, label] : fields) {
        const QJsonValue a = mine.value(key);
        const QJsonValue b = server.value(key);
        const bool bothEmpty = (a.isNull() || a.isUndefined() || a.toString().isEmpty()) &&
            (b.isNull() || b.isUndefined() || b.toString().isEmpty());
        if (a == b || bothEmpty)
            continue;
        m_conflicts.append(key);
        auto *yours = new QRadioButton(displayValue(a), this);
        auto *theirs = new QRadioButton(displayValue(b), this);
        yours->setObjectName(QStringLiteral("mine_") + key);
        theirs->setObjectName(QStringLiteral("server_") + key);
        yours->setAccessibleName(tr("Keep my %1").arg(label));
        theirs->setAccessibleName(tr("Keep the server's %1").arg(label));
        auto *group = new QButtonGroup(this);
        group->addButton(yours, 1);
        group->addButton(theirs, 0);
        yours->setChecked(true);
        m_choices.insert(key, group);
        grid->addWidget(new QLabel(label, this), row, 0);
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

QJsonObject MergeDialog::merged() const
{
    QJsonObject result = m_mine;
    for (const QString &key : m_conflicts) {
        if (m_choices.value(key)->checkedId() == 0)
            result.insert(key, m_server.value(key));
    }
    return result;
}

} // namespace hms::client
