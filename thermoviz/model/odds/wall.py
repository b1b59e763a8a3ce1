"""What it takes to hole a thin radiator wall, and how big the hole is.

Ballistic limit: the Cour-Palais single-wall (thick-plate) equation as used for metallic walls in
NASA's BUMPER code (Hayashida & Robinson 1991, NASA TM-103565; Christiansen 1993):

    P∞ [cm] = 5.24 · d^(19/18) · HB^(-1/4) · (ρp/ρt)^(1/2) · (V·cosθ / C)^(2/3)

with d the projectile diameter [cm], HB the wall's Brinell hardness, ρ densities [g/cm³], V the
impact speed and C the wall's sound speed [km/s]; the wall of thickness t is perforated when
``t <= 1.8 · P∞``.  Validity: ductile metallic (aluminium) single walls, hypervelocity impacts
(V·cosθ above a few km/s), particles smaller than the wall is thick or comparable (t/d ≳ 1).

Hole size: a perforating hypervelocity particle leaves a hole ``ratio`` times its own diameter;
the ratio is an estimate with a range (see :data:`HOLE_TO_PARTICLE_RATIO`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

PERFORATION_FACTOR = 1.8  # t <= 1.8·P∞ perforates (Cour-Palais; 2.2 detached spall, 3.0 incipient spall)


@dataclass(frozen=True)
class Wall:
    """A radiator wall (tube or channel wall over the coolant) [mm, Brinell, g/cm³, km/s]."""

    thickness_mm: float
    brinell_hardness: float
    density_g_cm3: float
    sound_speed_km_s: float


#: AMg6 aluminium-magnesium alloy (the usual Soviet/Russian hull and radiator alloy): HB ≈ 70,
#: 2.64 g/cm³, bulk sound speed ≈ 5.1 km/s (as aluminium).  Thickness: see docs/sources.md.
AMG6_WALL_1MM = Wall(thickness_mm=1.0, brinell_hardness=70.0, density_g_cm3=2.64, sound_speed_km_s=5.1)

#: Hole diameter / particle diameter for a perforating hypervelocity particle (estimate): near the
#: ballistic limit the exit hole is smaller than the entry crater (≈ 4-5 d in thick aluminium);
#: well above it thin walls show holes of 1.5-3 d.  Central 2.5, range 1.5-4.
HOLE_TO_PARTICLE_RATIO = (1.5, 2.5, 4.0)


def penetration_depth_mm(diameter_mm: float, speed_km_s: float, angle_deg: float,
                         particle_density_g_cm3: float, wall: Wall) -> float:
    """Cour-Palais semi-infinite penetration depth P∞ [mm]."""
    d_cm = diameter_mm / 10.0
    normal_km_s = speed_km_s * math.cos(math.radians(angle_deg))
    p_cm = (5.24 * d_cm ** (19.0 / 18.0) * wall.brinell_hardness ** -0.25
            * math.sqrt(particle_density_g_cm3 / wall.density_g_cm3)
            * (normal_km_s / wall.sound_speed_km_s) ** (2.0 / 3.0))
    return 10.0 * p_cm


def critical_diameter_mm(speed_km_s: float, angle_deg: float, particle_density_g_cm3: float,
                         wall: Wall) -> float:
    """Smallest particle that perforates ``wall`` (t = 1.8·P∞ solved for d) [mm]."""
    p_needed_mm = wall.thickness_mm / PERFORATION_FACTOR
    at_1mm = penetration_depth_mm(1.0, speed_km_s, angle_deg, particle_density_g_cm3, wall)
    return (p_needed_mm / at_1mm) ** (18.0 / 19.0)


def perforates(diameter_mm: float, speed_km_s: float, angle_deg: float, particle_density_g_cm3: float,
               wall: Wall) -> bool:
    """True when the particle holes the wall (t <= 1.8·P∞)."""
    depth = penetration_depth_mm(diameter_mm, speed_km_s, angle_deg, particle_density_g_cm3, wall)
    return wall.thickness_mm <= PERFORATION_FACTOR * depth
