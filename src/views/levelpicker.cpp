// SPDX-License-Identifier: GPL-3.0-or-later
#include "levelpicker.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Upskill {

namespace {

// A level as a card: the radio button with the label, the indicators under it. The whole
// card is the click target, since the indicators are what people read.
class LevelCard : public QFrame
{
public:
    LevelCard(QRadioButton *button, const QString &indicators, QWidget *parent)
        : QFrame(parent), m_button(button)
    {
        setFrameShape(QFrame::StyledPanel);
        setAutoFillBackground(true);
        setCursor(Qt::PointingHandCursor);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(8, 6, 8, 8);
        layout->setSpacing(4);
        layout->addWidget(button);
        QStringList lines;
        for (const QString &line : indicators.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            lines.append(QStringLiteral("• ") + line.trimmed());
        auto *text = new QLabel(lines.isEmpty() ? LevelPicker::tr("No indicators described yet.")
                                                : lines.join(QLatin1Char('\n')),
                                this);
        text->setWordWrap(true);
        text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        if (lines.isEmpty())
            text->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(text, 1);
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
            m_button->setChecked(true);
        QFrame::mouseReleaseEvent(event);
    }

private:
    QRadioButton *m_button;
};

} // namespace

LevelPicker::LevelPicker(const RubricDimension &dimension, QWidget *parent)
    : QWidget(parent), m_dimensionId(dimension.id), m_group(new QButtonGroup(this)),
      m_clear(new QToolButton(this))
{
    setObjectName(QStringLiteral("dimension-%1").arg(dimension.id));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *name = new QLabel(dimension.name, this);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    auto *heading = new QHBoxLayout;
    heading->addWidget(name);
    if (!dimension.description.isEmpty()) {
        auto *description = new QLabel(QStringLiteral("— ") + dimension.description, this);
        description->setWordWrap(true);
        description->setForegroundRole(QPalette::PlaceholderText);
        heading->addWidget(description, 1);
    } else {
        heading->addStretch(1);
    }
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Leave this dimension unrated; it is not saved."));
    m_clear->setAutoRaise(true);
    heading->addWidget(m_clear);
    layout->addLayout(heading, 0, 0, 1, Rubric::LevelCount);

    for (int level = 1; level <= Rubric::LevelCount; ++level) {
        auto *button = new QRadioButton(dimension.levelText(level), this);
        button->setObjectName(QStringLiteral("level-%1").arg(level));
        QFont font = button->font();
        font.setBold(true);
        button->setFont(font);
        m_group->addButton(button, level);
        auto *card = new LevelCard(button, dimension.levels.at(level - 1).indicators, this);
        m_cards.append(card);
        layout->addWidget(card, 1, level - 1);
        layout->setColumnStretch(level - 1, 1);
    }
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        updateCards();
        if (checked)
            Q_EMIT levelChanged(id);
    });
    connect(m_clear, &QToolButton::clicked, this, [this] { setLevel(0); });
    updateCards();
}

int LevelPicker::level() const
{
    return qMax(0, m_group->checkedId());
}

void LevelPicker::setLevel(int level)
{
    if (level >= 1 && level <= Rubric::LevelCount) {
        m_group->button(level)->setChecked(true);
        return;
    }
    if (!m_group->checkedButton())
        return;
    // An exclusive group never lets its last checked button go; it is suspended to clear.
    m_group->setExclusive(false);
    m_group->checkedButton()->setChecked(false);
    m_group->setExclusive(true);
    updateCards();
    Q_EMIT levelChanged(0);
}

void LevelPicker::updateCards()
{
    const int chosen = level();
    m_clear->setEnabled(chosen > 0);
    for (int i = 0; i < m_cards.size(); ++i) {
        QWidget *card = m_cards.at(i);
        QPalette palette = this->palette();
        if (i + 1 == chosen) {
            // The chosen card takes a light tint of the selection colour, readable in any theme.
            const QColor highlight = palette.color(QPalette::Highlight);
            const QColor base = palette.color(QPalette::Base);
            palette.setColor(QPalette::Window, QColor((highlight.red() + 3 * base.red()) / 4,
                                                      (highlight.green() + 3 * base.green()) / 4,
                                                      (highlight.blue() + 3 * base.blue()) / 4));
        } else {
            palette.setColor(QPalette::Window, palette.color(QPalette::Base));
        }
        card->setPalette(palette);
    }
}

} // namespace Upskill
