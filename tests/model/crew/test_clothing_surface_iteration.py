"""The clothing-surface iteration of :func:`thermoviz.model.crew.body.radiation_w_m2` (undamped, 6 steps)
reaches PHS's converged radiation term: checked against the damped update PHS itself uses, run to
convergence (400 halvings), over air -20…80 °C, surfaces ±60 K from the air and skin 28-44 °C."""

from __future__ import annotations

import numpy as np
import pytest

from thermoviz.model.crew import body
from thermoviz.model.crew.params import DEFAULT_CREW, CrewHeatParams


def _converged(t_sk, tdb, tr, params):
    fcl, _i_tot, i_cl_dyn, _corr, v_r = body._dynamic_clothing(params)
    z = 3.5 + 5.2 * v_r if v_r <= 1 else 8.7 * v_r ** 0.6
    hc = np.maximum(2.38 * np.abs(tr + 0.1 - tdb) ** 0.25, z)
    aux_r = body.CLOTHING_EMISSIVITY * 5.67e-08 * body.A_R_DU_SEATED

    def h_rad(t):
        return aux_r * ((t + 273.0) ** 2 + (tr + 273.0) ** 2) * ((t + 273.0) + (tr + 273.0))

    t_cl = tr + 0.1
    for _ in range(400):  # PHS's own averaged update, to convergence
        t_new = (fcl * (hc * tdb + h_rad(t_cl) * tr) + t_sk / i_cl_dyn) / (fcl * (hc + h_rad(t_cl)) + 1 / i_cl_dyn)
        t_cl = 0.5 * (t_cl + t_new)
    return fcl * h_rad(t_cl) * (t_cl - tr)


@pytest.mark.parametrize("params", [DEFAULT_CREW, CrewHeatParams(clo=1.0, air_speed_m_s=0.2, met=1.4),
                                    CrewHeatParams(clo=0.5, air_speed_m_s=1.5)])
def test_the_iteration_reaches_the_converged_radiation(params):
    rng = np.random.default_rng(1)
    n = 20000
    tdb = rng.uniform(-20.0, 80.0, n)
    tr = tdb + rng.uniform(-60.0, 60.0, n)
    t_sk = rng.uniform(28.0, 44.0, n)
    got = body.radiation_w_m2({"t_sk": t_sk}, tdb, tr, params)
    assert np.max(np.abs(got - _converged(t_sk, tdb, tr, params))) < 1e-4
