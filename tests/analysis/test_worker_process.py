"""The analyses' worker process: the same answers as in-process, cancel, failures in one line, user vehicles."""

from __future__ import annotations

import dataclasses
import functools
import time

import numpy as np
import pytest

import thermoviz
from thermoviz.analysis.jobs import band_job, limits_job, map_job
from thermoviz.analysis.worker_process import WorkerProcess

X = ("hole_diameter_mm", 0.3, 3.0, 6)
Y = ("undock_after_puncture_h", 0.0, 30.0, 5)


@pytest.fixture(scope="module")
def worker():
    w = WorkerProcess()
    w.start()
    yield w
    w.stop()
    assert not w.alive


def _answers(worker, job_id, timeout_s=120.0):
    """Every answer of ``job_id`` up to its last one."""
    got, deadline = [], time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if worker.answers.poll(0.2):
            job, kind, value = worker.answers.recv()
            assert job == job_id
            got.append((kind, value))
            if kind in ("finished", "failed", "cancelled"):
                return got
    raise AssertionError(f"job {job_id}: no final answer in {timeout_s} s, got {[k for k, _ in got]}")


@pytest.fixture(scope="module")
def crewed():
    return thermoviz.load_scenario("soyuz-ms22-crewed-return")


def test_a_map_comes_back_equal_to_the_one_made_here(worker, crewed):
    worker.submit(1, functools.partial(map_job, crewed, X, Y, "crew_margin_h", (2, 3)))
    answers = _answers(worker, 1)
    kinds = [k for k, _ in answers]
    assert kinds[-1] == "finished" and "progress" in kinds, kinds
    remote = answers[-1][1]
    here = thermoviz.survival_map(crewed, X, Y, crew_counts=(2, 3))
    np.testing.assert_array_equal(remote.values, here.values)
    assert remote.scenario == crewed
    assert dict(remote.crew_margins).keys() == dict(here.crew_margins).keys()


def test_band_and_limits_answers(worker, crewed):
    worker.submit(2, functools.partial(band_job, crewed, 20))
    scenario, band = _answers(worker, 2)[-1][1]
    assert scenario == crewed and band.n == 20 and band.sentence
    assert band.nominal.series["cabin_temp_c"] is not None  # a Result survives the trip (read-only series)
    worker.submit(3, functools.partial(limits_job, crewed.replace(undock_time_h=4.0)))
    scenario, sentences = _answers(worker, 3)[-1][1]
    assert len(sentences) == 3 and sentences[0].startswith("Largest hole")


def test_cancel_stops_a_running_map(worker, crewed):
    worker.submit(4, functools.partial(map_job, crewed, ("hole_diameter_mm", 0.2, 5.0, 100),
                                       ("undock_after_puncture_h", 0.0, 48.0, 100), "crew_margin_h", (1, 2, 3)))
    time.sleep(0.5)
    start = time.monotonic()
    worker.cancel(4)
    assert _answers(worker, 4)[-1][0] == "cancelled"
    assert time.monotonic() - start < 10.0


def test_bad_input_fails_in_one_line_and_the_worker_goes_on(worker, crewed):
    worker.submit(5, functools.partial(map_job, crewed, ("warp_factor", 1, 2, 3), Y, "crew_margin_h", None))
    kind, message = _answers(worker, 5)[-1]
    assert kind == "failed" and "warp_factor" in message and "\n" not in message
    worker.submit(6, functools.partial(band_job, crewed, 10))
    assert _answers(worker, 6)[-1][0] == "finished"


def test_a_user_vehicle_travels_with_the_job(worker, crewed, data_dir):
    from thermoviz.io.vehicle_file import copy_vehicle, forget_session_vehicles, register_vehicle
    from thermoviz.io.vehicles import vehicle_entry

    entry = copy_vehicle(vehicle_entry("soyuz-ms"), "leaky-test", "Leaky test Soyuz")
    hot = dataclasses.replace(entry.params, orbital_module_ua_w_k=9.0)
    register_vehicle(dataclasses.replace(entry, params=hot))
    try:
        scenario = crewed.replace(vehicle="leaky-test")
        worker.submit(7, functools.partial(band_job, scenario, 10), "leaky-test")
        kind, answer = _answers(worker, 7)[-1]
        assert kind == "finished", answer
        assert answer[1].nominal.vehicle.orbital_module_ua_w_k == 9.0
    finally:
        forget_session_vehicles()


def test_an_answer_that_cannot_be_pickled_fails_its_job_not_the_worker(worker, crewed):
    # dict(progress=..., cancel=..., partial=...) returns the child's callbacks: not picklable
    worker.submit(8, functools.partial(dict))
    kind, message = _answers(worker, 8)[-1]
    assert kind == "failed" and "could not be sent back" in message
    assert worker.alive
    worker.submit(9, functools.partial(band_job, crewed, 10))
    assert _answers(worker, 9)[-1][0] == "finished"


def test_a_job_that_cannot_be_pickled_is_refused_in_one_line(worker):
    with pytest.raises(ValueError, match="cannot be sent to the worker process"):
        worker.submit(10, lambda **_: None)
    assert worker.alive
