// SPDX-License-Identifier: GPL-3.0-or-later
#include "writetransaction.h"

#include "logging.h"
#include "programfile.h"
#include "sqlerrors.h"

#include <QSqlQuery>

namespace Upskill {

WriteTransaction::WriteTransaction(ProgramFile &file) : m_file(file), m_db(file.database())
{
    // Refused here, with a sentence that says why, rather than by SQLite's "attempt to write
    // a readonly database" half-way through.
    if (m_file.isReadOnly()) {
        m_error = m_file.readOnlyMessage();
        return;
    }
    const int depth = m_file.enterTransaction();
    if (depth > 1) {
        m_savepoint = QStringLiteral("upskill_sp%1").arg(depth);
        m_active = exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        m_active = exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    if (!m_active)
        m_file.leaveTransaction();
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        m_error = SqlErrors::explain(query.lastError());
        qCWarning(StorageLog) << sql << "failed:" << query.lastError();
        return false;
    }
    return true;
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    const bool ok = m_savepoint.isEmpty() ? exec(QStringLiteral("COMMIT"))
                                          : exec(QStringLiteral("RELEASE ") + m_savepoint);
    if (!ok) {
        rollback();
        return false;
    }
    m_active = false;
    m_file.leaveTransaction();
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_active = false;
    m_file.leaveTransaction();
}

} // namespace Upskill
