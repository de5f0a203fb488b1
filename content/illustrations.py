"""Simple illustrations for the demo site, drawn with Pillow so no binary files are committed.

Each is a flat, high-contrast diagram on a light background, 1200×630 (the Open Graph size).
"""

import io
import math
from collections.abc import Callable
from functools import cache

from PIL import Image, ImageDraw

SIZE = (1200, 630)
INK = (11, 79, 108)
ACCENT = (214, 87, 69)
SOFT = (232, 244, 248)
GREEN = (46, 125, 50)
GOLD = (230, 160, 30)

Drawing = Callable[[ImageDraw.ImageDraw], None]


def _helix(draw: ImageDraw.ImageDraw) -> None:
    for x in range(100, 1100, 6):
        phase = (x - 100) / 80
        y1 = 315 + 150 * math.sin(phase)
        y2 = 315 - 150 * math.sin(phase)
        draw.ellipse((x - 7, y1 - 7, x + 7, y1 + 7), fill=INK)
        draw.ellipse((x - 7, y2 - 7, x + 7, y2 + 7), fill=ACCENT)
        if (x - 100) % 48 == 0:
            draw.line((x, y1, x, y2), fill=(120, 150, 160), width=5)


def _chromosomes(draw: ImageDraw.ImageDraw) -> None:
    for i in range(11):
        x = 110 + i * 95
        height = 420 - i * 22
        top = 315 - height / 2
        colour = INK if i % 2 else ACCENT
        draw.rounded_rectangle((x, top, x + 34, top + height), radius=17, fill=colour)
        draw.rounded_rectangle((x + 40, top, x + 74, top + height), radius=17, fill=colour)
        draw.rectangle((x + 28, 305, x + 46, 325), fill=SOFT)


def _sequencing(draw: ImageDraw.ImageDraw) -> None:
    colours = [INK, ACCENT, GREEN, GOLD]
    for row in range(8):
        for col in range(30):
            colour = colours[(row * 7 + col * 3 + row * col) % 4]
            x, y = 90 + col * 34, 120 + row * 50
            draw.rectangle((x, y, x + 26, y + 36), fill=colour)


def _family_tree(draw: ImageDraw.ImageDraw) -> None:
    def person(x, y, female, affected):
        box = (x - 40, y - 40, x + 40, y + 40)
        fill = INK if affected else SOFT
        if female:
            draw.ellipse(box, fill=fill, outline=INK, width=6)
        else:
            draw.rectangle(box, fill=fill, outline=INK, width=6)

    draw.line((420, 140, 780, 140), fill=INK, width=6)
    draw.line((600, 140, 600, 260), fill=INK, width=6)
    draw.line((300, 260, 900, 260), fill=INK, width=6)
    for x in (300, 500, 700, 900):
        draw.line((x, 260, x, 340), fill=INK, width=6)
    person(380, 140, False, False)
    person(820, 140, True, True)
    person(300, 380, True, False)
    person(500, 380, False, True)
    person(700, 380, True, True)
    person(900, 380, False, False)


def _red_blood_cells(draw: ImageDraw.ImageDraw) -> None:
    cells = [(200, 200), (420, 330), (640, 180), (860, 360), (1020, 200), (300, 460), (720, 480)]
    for x, y in cells:
        draw.ellipse((x - 90, y - 70, x + 90, y + 70), fill=ACCENT)
        draw.ellipse((x - 45, y - 30, x + 45, y + 30), fill=(236, 140, 125))


def _medicines(draw: ImageDraw.ImageDraw) -> None:
    for i in range(5):
        x = 170 + i * 210
        draw.rounded_rectangle((x, 230, x + 150, 300), radius=35, fill=INK)
        draw.rounded_rectangle((x + 75, 230, x + 150, 300), radius=35, fill=ACCENT)
        draw.rectangle((x + 75, 230, x + 110, 300), fill=ACCENT)
    for i in range(24):
        draw.rectangle((150 + i * 38, 400, 176 + i * 38, 430), fill=[INK, GREEN, GOLD][i % 3])


def _risk_curve(draw: ImageDraw.ImageDraw) -> None:
    draw.line((100, 540, 1100, 540), fill=INK, width=5)
    points = []
    for step in range(0, 1001, 10):
        x = 100 + step
        z = (step - 500) / 160
        points.append((x, 540 - 400 * math.exp(-z * z / 2)))
    draw.polygon([*points, (1100, 540), (100, 540)], fill=SOFT, outline=INK)
    draw.line(points, fill=INK, width=6)
    tail = [p for p in points if p[0] >= 850]
    draw.polygon([*tail, (1100, 540), (850, 540)], fill=ACCENT)


def _biobank(draw: ImageDraw.ImageDraw) -> None:
    for row in range(4):
        for col in range(9):
            x, y = 150 + col * 105, 110 + row * 115
            draw.rounded_rectangle((x, y, x + 60, y + 90), radius=12, outline=INK, width=5)
            draw.rectangle(
                (x + 6, y + 45, x + 54, y + 84), fill=[ACCENT, GOLD, GREEN][(row + col) % 3]
            )
            draw.rectangle((x - 4, y - 6, x + 64, y + 8), fill=INK)


def _counselling(draw: ImageDraw.ImageDraw) -> None:
    for cx, colour in ((420, INK), (780, ACCENT)):
        draw.ellipse((cx - 70, 150, cx + 70, 290), fill=colour)
        draw.rounded_rectangle((cx - 120, 310, cx + 120, 520), radius=60, fill=colour)
    draw.rounded_rectangle((520, 80, 690, 170), radius=30, fill=SOFT, outline=INK, width=5)
    draw.polygon([(560, 165), (590, 165), (555, 205)], fill=INK)


def _lab(draw: ImageDraw.ImageDraw) -> None:
    draw.polygon(
        [(520, 120), (680, 120), (680, 300), (820, 520), (380, 520), (520, 300)],
        outline=INK,
        width=8,
    )
    draw.polygon([(470, 400), (730, 400), (800, 510), (400, 510)], fill=ACCENT)
    for x in (220, 940):
        draw.rounded_rectangle((x - 30, 180, x + 30, 520), radius=30, outline=INK, width=7)
        draw.rectangle((x - 24, 360, x + 24, 512), fill=GREEN)


ILLUSTRATIONS: dict[str, Drawing] = {
    "dna-helix": _helix,
    "chromosomes": _chromosomes,
    "sequencing": _sequencing,
    "family-tree": _family_tree,
    "red-blood-cells": _red_blood_cells,
    "medicines": _medicines,
    "risk-curve": _risk_curve,
    "biobank": _biobank,
    "counselling": _counselling,
    "lab": _lab,
}


@cache  # the same few pictures on every demo load
def draw(key: str) -> bytes:
    """The PNG bytes of an illustration."""
    image = Image.new("RGB", SIZE, SOFT if key not in ("risk-curve",) else (255, 255, 255))
    ILLUSTRATIONS[key](ImageDraw.Draw(image))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
