// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplepickerdialog.h"

#include "peoplesearchlist.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Upskill {

PeoplePickerDialog::PeoplePickerDialog(const QSqlDatabase &db, const QString &title,
                                       const QString &prompt, const QString &acceptText,
                                       QWidget *parent)
    : QDialog(parent), m_people(new PeopleSearchList(db, this))
{
    setWindowTitle(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(acceptText);
    ok->setEnabled(false);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    label->setBuddy(m_people->searchField());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_people, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_people, &PeopleSearchList::chosenChanged, this,
            [this, ok] { ok->setEnabled(m_people->chosenCount() > 0); });
    resize(480, 540);
}

QList<qint64> PeoplePickerDialog::chosenIds() const
{
    return m_people->chosenIds();
}

} // namespace Upskill
