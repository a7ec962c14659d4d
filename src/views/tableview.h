// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace Upskill {

class ProgramTableModel;

// The table every area uses: SQL-side sorting through the header, row selection, editing by
// double-click or F2, the shared delegate, and a text shown when the table is empty.
class TableView : public QTableView
{
    Q_OBJECT
public:
    explicit TableView(QWidget *parent = nullptr);

    void setProgramModel(ProgramTableModel *model);
    void setEmptyText(const QString &text)
    {
        m_emptyText = text;
        viewport()->update();
    }
    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    // Selects the row of id (fetching further rows if needed) and scrolls to it.
    void showId(qint64 id);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ProgramTableModel *m_model = nullptr;
    QString m_emptyText;
};

} // namespace Upskill
