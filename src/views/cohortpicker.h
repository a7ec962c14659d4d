// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

class QStandardItemModel;

namespace Upskill {

class ProgramFile;

// The cohorts to choose one from, newest first, found by typing any part of a name (there may
// be ten thousand). Listed when first shown rather than when the file opens, and kept up to
// date as cohorts are added, renamed or deleted. Text that names no cohort goes back to the
// one chosen.
class CohortPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit CohortPicker(ProgramFile &file, QWidget *parent = nullptr);

    // -1 when none is chosen.
    qint64 cohort() const { return m_cohortId; }
    // Chooses cohortId (-1 for none); cohortChanged() follows when it is another one.
    void setCohort(qint64 cohortId);
    // The cohort a page shows first: the newest with rows in table (a cohort_id column), else
    // the newest of all.
    void chooseInitial(const QString &table);

Q_SIGNALS:
    void cohortChanged(qint64 cohortId);

protected:
    void showEvent(QShowEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void reload();
    void onPicked();
    void onTablesChanged(const QStringList &tables);
    void onRowChanged(const QString &table, qint64 id);

    ProgramFile &m_file;
    QStandardItemModel *m_cohorts;
    qint64 m_cohortId = -1;
    qint64 m_wanted = -1; // chosen before the list was read
    QString m_initialTable;
    bool m_stale = true;
};

} // namespace Upskill
