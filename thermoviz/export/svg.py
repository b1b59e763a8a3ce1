"""SVG (vector) export of a dashboard or of one plot, through pyqtgraph's SVGExporter.

Approach
--------
pyqtgraph 0.14.0's ``SVGExporter`` is used per *scene* (one per GraphicsView): it
writes curves as ``<path>`` elements and text as ``<text>``, and it handles
pyqtgraph's coordinate systems correctly (``QSvgGenerator`` used directly gives wrong
geometry).  Exporting the whole scene, not only the PlotItem, matters: a second
y-axis ViewBox is a top-level scene item, not a child of its PlotItem, and would be
lost otherwise.

* Dashboard: each view's SVG becomes a nested ``<svg x= y= width= height=>`` placed
  where the view sits in the dashboard, inside one root ``<svg>``.  Element ids
  (clip paths) are prefixed per view so they cannot collide.
* One plot: the same, of an off-screen figure holding that plot alone.

Plot contents are clipped to their ViewBox with SVG 1.1 ``clipPath`` (as pyqtgraph
writes them): browsers, Inkscape and librsvg honour it; Qt's own ``QSvgRenderer``
(SVG Tiny 1.2) ignores clip paths, so open-ended limit bands spill over the figure there.

The SVGExporter fails with PySide6 >= 6.11 (pyqtgraph #3495); thermoviz pins
PySide6-Essentials 6.10.3, and the tests export and parse an SVG.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.exporters import SVGExporter
from PySide6 import QtCore, QtWidgets

from thermoviz.io.atomic import FileWriteError as ExportError
from thermoviz.io.atomic import atomic_write_bytes
from thermoviz.io.verify import verify_svg

from .print_style import PAGE_COLOR

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)
#: Namespace of thermoviz's own metadata entries (title, scenario, versions, vehicle, rebuild command).
THERMOVIZ_NS = "https://github.com/thermoviz/provenance"
ET.register_namespace("thermoviz", THERMOVIZ_NS)

_SKIP = {f"{{{SVG_NS}}}title", f"{{{SVG_NS}}}desc"}


def _scene_svg(view: pg.GraphicsView) -> tuple[ET.Element, QtCore.QRectF]:
    """The SVG root of ``view``'s whole scene and the scene rectangle it covers."""
    exporter = SVGExporter(view.scene())
    exporter.parameters()["background"] = pg.mkColor(PAGE_COLOR)
    try:
        data = exporter.export(toBytes=True)
    except Exception as err:  # pyqtgraph raises bare ValueErrors on broken Qt SVG output
        raise RuntimeError(f"pyqtgraph's SVG exporter failed ({type(err).__name__}: {err})") from err
    source = exporter.getSourceRect()
    return ET.fromstring(data), QtCore.QRectF(source)


def _prefix_ids(root: ET.Element, prefix: str) -> None:
    for element in root.iter():
        for key, value in list(element.attrib.items()):
            if key == "id":
                element.set(key, prefix + value)
            elif "url(#" in value:
                element.set(key, value.replace("url(#", f"url(#{prefix}"))
            elif key == f"{{{XLINK_NS}}}href" and value.startswith("#"):
                element.set(key, "#" + prefix + value[1:])


def _views_in(widget: QtWidgets.QWidget) -> list[pg.GraphicsView]:
    views = [widget] if isinstance(widget, pg.GraphicsView) else []
    views += [v for v in widget.findChildren(pg.GraphicsView) if v.isVisibleTo(widget)]
    return views


def dashboard_svg(widget: QtWidgets.QWidget, meta: dict[str, str] | None = None) -> bytes:
    """SVG document of every pyqtgraph view in ``widget``, placed as on screen.

    Non-plot widgets (plain labels) are not part of the SVG.  ``meta`` (key -> text, e.g.
    :func:`thermoviz.io.provenance.provenance`) goes into ``<title>``, ``<desc>`` and ``<metadata>``.
    """
    width, height = widget.width(), widget.height()
    root = ET.Element(f"{{{SVG_NS}}}svg", {
        "version": "1.1", "width": str(width), "height": str(height), "viewBox": f"0 0 {width} {height}",
    })
    ET.SubElement(root, f"{{{SVG_NS}}}title").text = (meta or {}).get("Title") or widget.windowTitle() or \
        "thermoviz figure"
    if meta:
        ET.SubElement(root, f"{{{SVG_NS}}}desc").text = "\n\n".join(f"{k}: {v}" for k, v in meta.items())
        block = ET.SubElement(root, f"{{{SVG_NS}}}metadata")
        for key, text in meta.items():
            ET.SubElement(block, f"{{{THERMOVIZ_NS}}}entry", {"key": key}).text = text
    ET.SubElement(root, f"{{{SVG_NS}}}rect", {"width": "100%", "height": "100%", "fill": PAGE_COLOR})
    for index, view in enumerate(_views_in(widget)):
        scene_root, source = _scene_svg(view)
        _prefix_ids(scene_root, f"v{index}_")
        top_left = view.mapTo(widget, QtCore.QPoint(0, 0)) if view is not widget else QtCore.QPoint(0, 0)
        # A translated, clipped group rather than a nested <svg>: SVG Tiny readers (Qt's
        # own QSvgRenderer) skip nested <svg> elements.  SVGExporter maps the scene 1:1.
        view_box = [float(v) for v in scene_root.get("viewBox", "0 0 0 0").replace(",", " ").split()]
        sx = view.width() / view_box[2] if len(view_box) == 4 and view_box[2] else 1.0
        sy = view.height() / view_box[3] if len(view_box) == 4 and view_box[3] else 1.0
        clip = ET.SubElement(ET.SubElement(root, f"{{{SVG_NS}}}defs"), f"{{{SVG_NS}}}clipPath",
                             {"id": f"v{index}_viewclip"})
        ET.SubElement(clip, f"{{{SVG_NS}}}rect", {
            "x": str(top_left.x()), "y": str(top_left.y()),
            "width": str(view.width()), "height": str(view.height())})
        outer = ET.SubElement(root, f"{{{SVG_NS}}}g", {"clip-path": f"url(#v{index}_viewclip)"})
        group = ET.SubElement(outer, f"{{{SVG_NS}}}g", {
            "transform": f"translate({top_left.x()},{top_left.y()}) scale({sx:g},{sy:g})",
            "id": f"view{index}"})
        group.extend(child for child in scene_root
                     if child.tag not in _SKIP and child.tag != f"{{{SVG_NS}}}style")
    return _serialise(root)


def _serialise(root: ET.Element) -> bytes:
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' + body + "\n").encode("utf-8")


def save_svg(data: bytes, path: str | os.PathLike[str]) -> Path:
    """Write an SVG document atomically (after checking it parses)."""
    try:
        ET.fromstring(data)
    except ET.ParseError as err:
        raise ExportError(path, f"the SVG is not valid XML ({err})") from err
    return atomic_write_bytes(path, data, verify=verify_svg)


def export_widget_svg(widget: QtWidgets.QWidget, path: str | os.PathLike[str],
                      meta: dict[str, str] | None = None) -> Path:
    """Dashboard (every plot of ``widget``) as SVG at ``path`` (atomic), with ``meta`` in its metadata."""
    return save_svg(dashboard_svg(widget, meta), path)
