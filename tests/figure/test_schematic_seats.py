"""Any allowed seat count (0-12) fits the schematic's cabin: 12 seats spilled across the loop (issue 21)."""

from __future__ import annotations

import pytest

from thermoviz.figure.schematic_parts import seat_layout
from thermoviz.io.vehicle_checks import SEATS

BOX = (80.0, 730.0, 310.0, 508.0)  # the cabin's free area between its two plates, as schematic.py passes it


@pytest.mark.parametrize("seats", range(SEATS[0], SEATS[1] + 1))
def test_seats_stay_inside_the_cabin_and_apart(seats):
    left, right, top, bottom = BOX
    centres, height = seat_layout(*BOX, seats)
    assert len(centres) == seats and height >= 60
    boxes = [(c.x() - 0.3 * height, c.x() + 0.3 * height, c.y() - 0.46 * height, c.y() + 0.44 * height)
             for c in centres]  # person(): head above, body below the centre
    for x0, x1, y0, y1 in boxes:
        assert left <= x0 and x1 <= right and top <= y0 and y1 <= bottom, (seats, x0, x1, y0, y1)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[1] <= b[0] or b[1] <= a[0] or a[3] <= b[2] or b[3] <= a[2], (seats, a, b)


def test_soyuz_three_seats_keep_their_place():
    centres, height = seat_layout(*BOX, 3)
    assert height == 120 and [(c.x(), c.y()) for c in centres] == [(150, 415), (280, 415), (410, 415)]
