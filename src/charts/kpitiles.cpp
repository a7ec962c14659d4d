// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpitiles.h"

#include <QPainter>
#include <QPainterPath>

namespace Upskill {

DashboardFigure KpiTiles::figure(const KpiSummary &summary, const QString &scope)
{
    DashboardFigure figure;
    figure.key = QStringLiteral("kpis");
    figure.title = tr("Key figures against their targets");
    figure.subtitle = scope;
    figure.paint = [summary](QPainter *painter, const QRectF &rect, const ChartStyle &style) {
        paint(painter, rect, summary, style);
    };
    return figure;
}

QList<QRectF> KpiTiles::tileRects(const QRectF &rect, int count, const ChartStyle &style)
{
    QList<QRectF> rects;
    if (count <= 0)
        return rects;
    const qreal gap = 10 * style.scale();
    // Four across on a wide picture, two on a narrow one.
    const int columns = rect.width() >= 2.2 * rect.height() || rect.width() >= 600 * style.scale()
                            ? std::min(4, count)
                            : std::min(2, count);
    const int rows = (count + columns - 1) / columns;
    const qreal width = (rect.width() - gap * (columns - 1)) / columns;
    const qreal height = (rect.height() - gap * (rows - 1)) / rows;
    for (int i = 0; i < count; ++i) {
        const int row = i / columns;
        const int column = i % columns;
        rects.append(QRectF(rect.left() + column * (width + gap), rect.top() + row * (height + gap),
                            width, height));
    }
    return rects;
}

QString KpiTiles::standingText(const Kpi &kpi)
{
    if (kpi.withheld != Withheld::No)
        return tr("Withheld");
    const auto standing = kpi.standing();
    if (!standing)
        return tr("No data yet");
    switch (*standing) {
    case Rules::Standing::Green:
        return tr("On track");
    case Rules::Standing::Amber:
        return tr("Close to target");
    case Rules::Standing::Red:
        return tr("Off track");
    }
    return {};
}

QString KpiTiles::basisText(const Kpi &kpi)
{
    switch (kpi.id) {
    case Kpi::CompletionRate:
        return tr("over %n enrollment(s) in completed cohorts", nullptr, kpi.people);
    case Kpi::Advancement:
        return tr("over %n people with pre and post", nullptr, kpi.people);
    case Kpi::DaysToFirstContribution:
        return tr("over %n graduate(s) who contributed", nullptr, kpi.people);
    case Kpi::MentorSatisfaction:
    case Kpi::ManagerSatisfaction:
    case Kpi::NetPromoterScore:
        return tr("over %n answer(s)", nullptr, kpi.people);
    case Kpi::ProtectedTime:
        return tr("over %n participant(s)", nullptr, kpi.people);
    }
    return {};
}

QString KpiTiles::explanation(const Kpi &kpi, int minGroupSize)
{
    QString text;
    switch (kpi.id) {
    case Kpi::CompletionRate:
        text = tr("Of everyone enrolled in a completed cohort, the share who completed it. "
                  "Withdrawals count as not completed.");
        break;
    case Kpi::Advancement:
        text = tr("The average change from the pre to the post assessment, in rubric levels, "
                  "over every person and dimension assessed both times.");
        break;
    case Kpi::DaysToFirstContribution:
        text = tr("The median number of days from completing a track to the first AI-related "
                  "commit or experiment. Lower is better.");
        break;
    case Kpi::MentorSatisfaction:
        text = tr("The average of mentor satisfaction (1–5) from mentorships and mentor "
                  "surveys.");
        break;
    case Kpi::ManagerSatisfaction:
        text = tr("The average answer (1–5) of managers asked about the program.");
        break;
    case Kpi::ProtectedTime:
        text = tr("Hours of protected learning time used, of the hours planned, in weeks "
                  "where the hours used were recorded.");
        break;
    case Kpi::NetPromoterScore:
        text = tr("From the end-of-program question \"would you recommend it?\" (0–10): the "
                  "share answering 9 or 10 minus the share answering 0 to 6.");
        break;
    }
    if (kpi.withheld != Withheld::No)
        text += QLatin1Char(' ') +
                tr("Withheld: it would be about fewer than %n people.", nullptr, minGroupSize);
    return text;
}

void KpiTiles::paint(QPainter *painter, const QRectF &rect, const KpiSummary &summary,
                     const ChartStyle &outer)
{
    const QList<QRectF> rects = tileRects(rect, int(summary.kpis.size()), outer);
    if (rects.isEmpty())
        return;
    // A tile needs about this much height at scale 1 (name, value, light, two lines of
    // detail); on a smaller tile the type shrinks rather than spilling out of it.
    const qreal needed = 150 * outer.scale();
    const ChartStyle style =
        rects.first().height() < needed
            ? outer.scaled(std::max<qreal>(0.55, rects.first().height() / needed))
            : outer;
    const qreal s = style.scale();
    for (int i = 0; i < rects.size(); ++i) {
        const Kpi &kpi = summary.kpis.at(i);
        const QRectF tile = rects.at(i);
        const auto standing = kpi.standing();
        const QColor accent = standing ? style.standing(*standing) : style.neutral();

        QPainterPath frame;
        frame.addRoundedRect(tile, 6 * s, 6 * s);
        painter->setPen(QPen(style.grid(), 1));
        painter->setBrush(style.isDark() ? style.background().lighter(125)
                                         : QColor(0xf7, 0xf8, 0xfa));
        painter->drawPath(frame);
        // The traffic light as a band down the left edge.
        painter->save();
        painter->setClipPath(frame);
        painter->fillRect(QRectF(tile.left(), tile.top(), 7 * s, tile.height()), accent);
        painter->restore();

        const QRectF inner = tile.adjusted(18 * s, 10 * s, -10 * s, -8 * s);
        QRectF used;
        painter->setPen(style.text());
        painter->setFont(style.labelFont());
        painter->drawText(inner, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                          Kpis::name(kpi.id), &used);
        qreal y = used.bottom() + 4 * s;

        painter->setFont(style.valueFont());
        painter->setPen(kpi.value ? style.text() : style.mutedText());
        const QString value =
            kpi.value ? Kpis::formatValue(kpi.id, *kpi.value) : QStringLiteral("—");
        painter->drawText(QRectF(inner.left(), y, inner.width(), inner.bottom() - y),
                          Qt::AlignLeft | Qt::AlignTop, value, &used);
        y = used.bottom() + 2 * s;

        // The standing in words beside a dot of its colour.
        const qreal dot = 11 * s;
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->setFont(style.labelFont());
        const QFontMetricsF label(style.labelFont());
        painter->drawEllipse(QRectF(inner.left(), y + (label.height() - dot) / 2, dot, dot));
        painter->setPen(accent);
        QFont bold = style.labelFont();
        bold.setBold(true);
        painter->setFont(bold);
        painter->drawText(
            QRectF(inner.left() + dot + 6 * s, y, inner.width() - dot, label.height()),
            Qt::AlignLeft | Qt::AlignVCenter, standingText(kpi));
        y += label.height() + 4 * s;

        painter->setFont(style.smallFont());
        painter->setPen(style.mutedText());
        const QString details =
            Kpis::formatTarget(kpi) + QLatin1Char('\n') +
            (kpi.withheld != Withheld::No ? Suppression::reason(kpi.withheld, summary.minGroupSize)
                                          : basisText(kpi));
        painter->drawText(QRectF(inner.left(), y, inner.width(), inner.bottom() - y),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, details);
    }
}

} // namespace Upskill
