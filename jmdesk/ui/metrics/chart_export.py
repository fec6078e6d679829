"""Charts as files for the layout desk: PNG at print resolution and SVG, drawn from the same
ChartView as on screen but at a fixed page size, so the app and ``jmdesk chart`` give the same file."""
from __future__ import annotations

from pathlib import Path

from jmdesk.core.chartdata import ChartData
from jmdesk.core.chartdata_targets import TargetResultData

# The chart is laid out at this size in scene units (about a 3-column newspaper chart) and scaled
# up on export; text sizes in chart_style are chosen for this size.
PAGE_SIZE = (760, 540)
PRINT_WIDTH_MM = 160
PRINT_DPI = 300


def print_pixels(width_mm: float = PRINT_WIDTH_MM, dpi: int = PRINT_DPI) -> int:
    return round(width_mm / 25.4 * dpi)


def render(data: ChartData | TargetResultData, size: tuple[int, int] = PAGE_SIZE, line_scale: float = 1.0):
    """A ChartView drawn off screen at the page size, laid out and ready to export."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from jmdesk.ui.metrics.chart import ChartView

    view = ChartView(line_scale=line_scale)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.resize(*size)
    view.show()
    if isinstance(data, TargetResultData):
        view.show_targets(data)
    else:
        view.show_chart(data)
    for _ in range(3):  # layout settles over a few passes (labels, legend, second axis)
        QApplication.processEvents()
        view._sync_right()
    return view


def export_png(view, path: str | Path, width_mm: float = PRINT_WIDTH_MM, dpi: int = PRINT_DPI) -> Path:
    """The whole chart (title to footnote) as a PNG of width_mm at dpi, with that dpi recorded.

    Drawn as on a high-density screen (a device pixel ratio) rather than by scaling the painter,
    so that lines and markers, whose widths are in screen pixels, grow with the text."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    path = Path(path)
    source = QRectF(view.viewRect())
    width = print_pixels(width_mm, dpi)
    ratio = width / source.width()
    image = QImage(width, round(source.height() * ratio), QImage.Format.Format_ARGB32)
    image.fill("white")
    image.setDevicePixelRatio(ratio)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        view.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        painter.end()
    image.setDevicePixelRatio(1.0)
    per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(per_metre)
    image.setDotsPerMeterY(per_metre)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return path


def export_svg(view, path: str | Path, title: str = "") -> Path:
    """The whole chart as SVG, text kept as text. Drawn with Qt's own SVG generator:
    pyqtgraph's SVGExporter cannot read the closed paths that Qt 6.12 writes."""
    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    scene = view.scene()
    source = QRectF(view.viewRect()) if hasattr(view, "viewRect") else scene.sceneRect()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    # the screen's resolution: pyqtgraph records axes as QPictures for the screen, and replays
    # them at the wrong scale on a device of another resolution (QSvgGenerator defaults to 72 dpi)
    generator.setResolution(view.logicalDpiX())
    generator.setSize(QSize(round(source.width()), round(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(title or getattr(view.data, "title", "") or "")
    generator.setDescription("jmdesk")
    painter = QPainter(generator)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(QRectF(0, 0, source.width(), source.height()), "white")
        scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"cannot write {path}")
    return path


def save_chart(data: ChartData | TargetResultData, png: str | Path | None = None,
               svg: str | Path | None = None, width_mm: float = PRINT_WIDTH_MM,
               dpi: int = PRINT_DPI) -> list[Path]:
    """Write the chart as PNG and/or SVG; each is drawn at the page size on its own view."""
    out = []
    jobs = []
    if png:
        jobs.append((print_pixels(width_mm, dpi) / PAGE_SIZE[0],
                     lambda view: export_png(view, png, width_mm, dpi)))
    if svg:
        jobs.append((1.0, lambda view: export_svg(view, svg)))
    for line_scale, write in jobs:
        view = render(data, line_scale=line_scale)
        try:
            out.append(write(view))
        finally:
            view.data = None
            view.close()
            view.deleteLater()
    return out
