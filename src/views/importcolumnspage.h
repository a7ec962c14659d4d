// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importfields.h"

#include <QHash>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QGroupBox;
class QLabel;
class QTableView;

namespace Upskill {

class ImportPreviewModel;
class ImportWizard;

// The import wizard's second step: which column each field of the program comes from, one
// list per field, matched by the headers' names or as chosen for a file with the same
// columns before; for assessments and surveys also the kind, cohort and date of rows that
// have none of their own. Below, the first rows as the program will read them.
class ImportColumnsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportColumnsPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    ColumnMapping mapping() const;
    // For tests: the list that chooses a field's column.
    QComboBox *columnChoice(const QString &fieldKey) const { return m_choices.value(fieldKey); }

private:
    void rebuild();
    void applyMapping(const ColumnMapping &mapping);
    void updateState();
    QStringList stillNeeded() const;

    ImportWizard *m_wizard;
    QString m_builtFor; // the kind and headers the form was built for
    QWidget *m_formHost;
    QGridLayout *m_form;
    QHash<QString, QComboBox *> m_choices;
    QLabel *m_origin;
    QLabel *m_missing;
    QGroupBox *m_defaults;
    QComboBox *m_defaultKind;
    QComboBox *m_defaultCohort;
    QCheckBox *m_useDate;
    QDateEdit *m_date;
    QTableView *m_preview;
    ImportPreviewModel *m_model;
};

} // namespace Upskill
