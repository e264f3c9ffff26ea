"""Charts drawn with QPainter for the dashboard: a funnel, horizontal bars (one or more
series per row) and monthly columns.

Each chart takes plain rows whose numbers the page has already turned into text (in
the user's locale), follows the palette in force (light or dark) and says its figures
in words: as its accessible description, as its tooltip, and per bar when the pointer
rests on it. No QtCharts: these few shapes cost a few hundred lines, not megabytes in
the installer.
"""

from __future__ import annotations

from typing import NamedTuple, Sequence

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from coopeten_gui.ui.kit import palette as palettes

# series colours, chosen to read on white and on the dark palette alike
_LIGHT = ("#2a6fb0", "#e07b39", "#3f9b4a", "#8e5bb5")
_DARK = ("#6fb0ff", "#f0a070", "#7bc67e", "#c39be6")


def series_color(index: int) -> QColor:
    colors = _DARK if palettes.is_dark() else _LIGHT
    return QColor(colors[index % len(colors)])


class BarRow(NamedTuple):
    label: str
    values: Sequence[float]  # one per series; bars are drawn to scale against the chart
    texts: Sequence[str]  # the same figures as the user reads them


class Chart(QWidget):
    """Common ground: the title (the accessible name), the figures in words, an empty
    text, and a tooltip per drawn shape."""

    MARGIN = 8

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.empty_text = ""  # the page says why a chart is empty, in its own words
        self.series: list[str] = []
        self._areas: list[tuple[QRectF, str]] = []
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(150)

    def summary(self) -> list[str]:
        """The chart's figures as sentences, one a shape (what a screen reader reads)."""
        raise NotImplementedError

    def is_empty(self) -> bool:
        raise NotImplementedError

    def _described(self) -> None:
        lines = self.summary() if not self.is_empty() else [self.empty_text]
        self.setAccessibleDescription("; ".join(lines))
        self.setToolTip("\n".join([self.title, *lines]))
        self._areas = []
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 220)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            for area, text in self._areas:
                if area.contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), text, self)
                    return True
            QToolTip.showText(event.globalPos(), self.toolTip(), self)
            return True
        if event.type() == QEvent.Type.PaletteChange:
            self.update()
        return super().event(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._areas = []
        area = QRectF(self.rect()).adjusted(self.MARGIN, self.MARGIN, -self.MARGIN,
                                            -self.MARGIN)
        if self.is_empty():
            painter.setPen(self.palette().color(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.WindowText))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_text)
        else:
            self._paint(painter, area)
        painter.end()

    def _paint(self, painter: QPainter, area: QRectF) -> None:
        raise NotImplementedError

    def _text_color(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def _muted_color(self) -> QColor:
        return self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)

    def _legend(self, painter: QPainter, area: QRectF) -> float:
        """Draw the series names with their colours on one line; returns its height."""
        if len(self.series) < 2:
            return 0.0
        metrics = QFontMetrics(self.font())
        x, height = area.left(), metrics.height()
        for index, name in enumerate(self.series):
            painter.fillRect(QRectF(x, area.top() + height / 4, height / 2, height / 2),
                             series_color(index))
            x += height * 0.75
            painter.setPen(self._text_color())
            painter.drawText(QPointF(x, area.top() + metrics.ascent()), name)
            x += metrics.horizontalAdvance(name) + height
        return height + 4


class FunnelChart(Chart):
    """Stages as a funnel: one centred bar per stage, as wide as its count allows."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.rows: list[tuple[str, int, str]] = []  # label, count, count as text

    def set_rows(self, rows: list[tuple[str, int, str]]) -> None:
        self.rows = rows
        self._described()

    def is_empty(self) -> bool:
        return not any(count for _label, count, _text in self.rows)

    def summary(self) -> list[str]:
        return [f"{label}: {text}" for label, _count, text in self.rows]

    def _paint(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        label_width = max(metrics.horizontalAdvance(label) for label, _c, _t in self.rows) + 10
        top = max(c for _l, c, _t in self.rows) or 1
        step = area.height() / len(self.rows)
        bar_height = max(min(step - 4, 2.2 * metrics.height()), 4)
        span = QRectF(area.left() + label_width, area.top(), area.width() - label_width,
                      area.height())
        for index, (label, count, text) in enumerate(self.rows):
            y = area.top() + index * step + (step - bar_height) / 2
            painter.setPen(self._text_color())
            painter.drawText(QRectF(area.left(), y, label_width - 10, bar_height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            width = max(span.width() * count / top, 3 if count else 0)
            bar = QRectF(span.center().x() - width / 2, y, width, bar_height)
            color = series_color(0)
            color.setAlphaF(0.35 + 0.65 * (index + 1) / len(self.rows))
            painter.fillRect(bar, color)
            self._areas.append((QRectF(span.left(), y, span.width(), bar_height),
                                f"{label}: {text}"))
            text_width = metrics.horizontalAdvance(text)
            if text_width + 8 < width:
                painter.setPen(QColor("white"))
                painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, text)
            else:
                painter.setPen(self._text_color())
                painter.drawText(QPointF(bar.right() + 4, y + (bar_height + metrics.ascent()
                                                                - metrics.descent()) / 2), text)


class BarChart(Chart):
    """Horizontal bars: a row per thing (an alliance, an event, a status), a bar per
    series, each with its figure at its end. Every series shares one scale."""

    def __init__(self, title: str, series: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.series = list(series)
        self.rows: list[BarRow] = []

    def set_rows(self, rows: list[BarRow]) -> None:
        self.rows = rows
        self._described()

    def is_empty(self) -> bool:
        return not self.rows

    def summary(self) -> list[str]:
        lines = []
        for row in self.rows:
            if len(self.series) > 1:
                figures = ", ".join(f"{name} {text}" for name, text in zip(self.series,
                                                                          row.texts))
            else:
                figures = ", ".join(row.texts)
            lines.append(f"{row.label}: {figures}")
        return lines

    def _paint(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        area = area.adjusted(0, self._legend(painter, area), 0, 0)
        label_width = min(max(metrics.horizontalAdvance(r.label) for r in self.rows) + 12,
                          area.width() * 0.38)
        text_width = max(metrics.horizontalAdvance(t) for r in self.rows for t in r.texts) + 6
        top = max((v for r in self.rows for v in r.values), default=0) or 1
        step = area.height() / len(self.rows)
        count = max(len(self.series), 1)
        bar_height = max(min((step - 6) / count, metrics.height() * 1.1), 3)
        bars_left = area.left() + label_width
        bars_width = max(area.width() - label_width - text_width, 10)
        for index, row in enumerate(self.rows):
            y = area.top() + index * step + (step - bar_height * count) / 2
            painter.setPen(self._text_color())
            label = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight,
                                       int(label_width - 6))
            painter.drawText(QRectF(area.left(), y, label_width - 6, bar_height * count),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            for number, (value, text) in enumerate(zip(row.values, row.texts)):
                bar_top = y + number * bar_height
                width = bars_width * max(value, 0) / top
                bar = QRectF(bars_left, bar_top + 1, max(width, 2 if value else 0),
                             bar_height - 2)
                painter.fillRect(bar, series_color(number))
                painter.setPen(self._text_color())
                painter.drawText(QRectF(bar.right() + 4, bar_top, text_width, bar_height),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 text)
                name = f"{self.series[number]} " if len(self.series) > 1 else ""
                self._areas.append((QRectF(area.left(), bar_top, area.width(), bar_height),
                                    f"{row.label}: {name}{text}"))


class ColumnChart(Chart):
    """Columns over time (one group per month), a column per series, with the highest
    figure marked on a guide line."""

    def __init__(self, title: str, series: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.series = list(series)
        self.rows: list[BarRow] = []  # label: the month as shown under its columns
        self.long_labels: list[str] = []  # the month in full, for words

    def set_rows(self, rows: list[BarRow], long_labels: list[str] | None = None) -> None:
        self.rows = rows
        self.long_labels = long_labels or [row.label for row in rows]
        self._described()

    def is_empty(self) -> bool:
        return not any(v for row in self.rows for v in row.values)

    def summary(self) -> list[str]:
        return [f"{name}: " + ", ".join(f"{series} {text}"
                                        for series, text in zip(self.series, row.texts))
                for name, row in zip(self.long_labels, self.rows)]

    def _paint(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        area = area.adjusted(0, self._legend(painter, area), 0, 0)
        top = max(v for row in self.rows for v in row.values) or 1
        axis_width = metrics.horizontalAdvance(QLocale().toString(int(round(top)))) + 8
        plot = QRectF(area.left() + axis_width, area.top() + metrics.height() / 2,
                      area.width() - axis_width, area.height() - 1.6 * metrics.height())
        grid = self._muted_color()
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()))
        painter.drawLine(QPointF(plot.left(), plot.bottom()),
                         QPointF(plot.right(), plot.bottom()))
        painter.drawText(QRectF(area.left(), plot.top() - metrics.height() / 2,
                                axis_width - 6, metrics.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         QLocale().toString(int(round(top))))
        group = plot.width() / len(self.rows)
        count = max(len(self.series), 1)
        column = max((group - 6) / count, 2)
        for index, row in enumerate(self.rows):
            left = plot.left() + index * group + (group - column * count) / 2
            for number, value in enumerate(row.values):
                height = plot.height() * value / top
                painter.fillRect(QRectF(left + number * column, plot.bottom() - height,
                                        max(column - 1, 1), height), series_color(number))
            painter.setPen(self._text_color())
            painter.drawText(QRectF(plot.left() + index * group, plot.bottom() + 2, group,
                                    metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             row.label)
            words = ", ".join(f"{series} {text}" for series, text in zip(self.series,
                                                                        row.texts))
            self._areas.append((QRectF(plot.left() + index * group, plot.top(), group,
                                       plot.height() + metrics.height()),
                                f"{self.long_labels[index]}: {words}"))

