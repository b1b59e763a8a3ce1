"""The analyses' worker process: the same answers as in-process, cancel, failures in one line, user vehicles."""

from __future__ import annotations

import dataclasses
import functools
import time

import numpy as np
import pytest

import thermoviz
from thermoviz.analysis.jobs import band_job, limit_sentences, limits_job, map_job
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
            answer = worker.parse(worker.answers.recv_bytes())
            if answer is None or answer[1] == "started":
                continue
            job, kind, value = answer
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
    here = thermoviz.survival_map(crewed, X, Y, "crew_margin_h", crew_counts=(2, 3))
    np.testing.assert_array_equal(remote.values, here.values)
    assert remote.scenario == crewed
    assert dict(remote.crew_margins).keys() == dict(here.crew_margins).keys()


def test_band_and_limits_answers(worker, crewed):
    worker.submit(2, functools.partial(band_job, crewed, 20))
    scenario, band = _answers(worker, 2)[-1][1]
    assert scenario == crewed and band.n == 20 and band.sentence
    assert band.nominal.series["cabin_temp_c"] is not None  # a Result survives the trip (read-only series)
    worker.submit(3, functools.partial(limits_job, crewed.replace(undock_time_h=4.0)))
    scenario, limits = _answers(worker, 3)[-1][1]  # data: the window words them in its language
    sentences = limit_sentences(limits)
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


def test_the_worker_is_a_spawned_process(worker):
    """What Windows and macOS use: a fresh interpreter, no fork, no inherited descriptors."""
    assert worker._process._start_method == "spawn" or type(worker._process).__name__ == "SpawnProcess"


def test_band_and_limits_match_direct_calls(worker, crewed):
    from thermoviz.analysis.jobs import find_limits

    worker.submit(20, functools.partial(band_job, crewed, 12))
    scenario, band = _answers(worker, 20)[-1][1]
    here = thermoviz.uncertainty_band(crewed, 12)
    assert band.sentence == here.sentence and band.seed == here.seed
    for name, values in here.bands.items():
        np.testing.assert_allclose(band.bands[name], values, equal_nan=True)
    np.testing.assert_array_equal(band.samples, here.samples)
    limited = crewed.replace(undock_time_h=4.0)
    worker.submit(21, functools.partial(limits_job, limited))
    assert limit_sentences(_answers(worker, 21)[-1][1][1]) == find_limits(limited)


def test_only_the_analysis_jobs_can_be_sent(worker):
    for work in (functools.partial(dict), lambda **_: None, functools.partial(print, "x")):
        with pytest.raises(ValueError, match="cannot be sent to the worker process"):
            worker.submit(10, work)
    assert worker.alive


def _raw(worker, message: bytes) -> None:
    worker._to_child.send_bytes(message)


def test_malformed_and_forged_requests_fail_one_job_never_the_worker(worker, crewed):
    import pickle

    from thermoviz.analysis.wire import encode

    seed = 21
    print(f"seed {seed}")
    rng = np.random.default_rng(seed)
    good = encode({"op": "job", "id": 30, "job": "band_job", "args": [crewed, 10], "kwargs": {}, "vehicle": None})
    _raw(worker, b"garbage")
    _raw(worker, pickle.dumps(("job", 31, b"")))  # a pickle is not even looked at
    for _ in range(40):  # random byte flips of a good request
        bad = bytearray(good)
        for i in rng.integers(0, len(bad), 3):
            bad[i] = rng.integers(0, 256)
        _raw(worker, bytes(bad))
    time.sleep(1.0)
    while worker.answers.poll(0.5):  # the flips that kept the id and a readable header fail or run job 30
        worker.parse(worker.answers.recv_bytes())
    forged = [
        {"op": "job", "id": 32, "job": "os.system", "args": ["true"], "kwargs": {}},
        {"op": "job", "id": 33, "job": "band_job", "args": ["not a scenario", 10], "kwargs": {}},
        {"op": "job", "id": 34, "job": "band_job", "args": [crewed, 10], "kwargs": {"cancel": 1}},
    ]
    for number, message in zip((32, 33, 34), forged):
        worker.pending[number] = ["band_job", b"", None, None]
        _raw(worker, encode(message))
        kind, text = _answers(worker, number)[-1]
        assert kind == "failed" and "\n" not in text, (number, text)
    worker.submit(35, functools.partial(band_job, crewed, 10))
    assert _answers(worker, 35)[-1][0] == "finished"
    assert worker.alive


def test_a_forged_or_malformed_answer_fails_its_job_only(worker):
    from thermoviz.analysis.wire import encode

    worker.pending[40] = ["map_job", b"", None, None]
    assert worker.parse(encode({"id": 40, "kind": "finished", "value": "a map?"}))[1:] == (
        "failed", "the worker's answer to map_job has the wrong form")
    worker.pending[41] = ["band_job", b"", None, None]
    job, kind, message = worker.parse(encode({"id": 41, "kind": "progress", "value": [1]}))
    assert (job, kind) == (41, "failed")
    assert worker.parse(b"TVZ1\xff\xff\xff\xff") is None  # no job can be named: ignored
    assert worker.parse(encode({"id": 999, "kind": "finished", "value": None})) is None  # not a job sent
    worker.pending.pop(41, None)


def test_a_job_past_its_budget_fails_saying_so(worker, crewed):
    worker.submit(50, functools.partial(map_job, crewed, ("hole_diameter_mm", 0.2, 5.0, 100),
                                        ("undock_after_puncture_h", 0.0, 48.0, 100), "crew_margin_h", (1, 2, 3)),
                  budget_s=0.5)
    kind, message = _answers(worker, 50)[-1]
    assert kind == "failed" and "time budget of 0.5 s" in message


def test_the_readme_states_the_worker_budgets():
    from pathlib import Path

    from thermoviz.analysis import worker_process as wp

    readme = " ".join((Path(__file__).parents[2] / "README.md").read_text("utf-8").split())
    assert wp.JOB_BUDGET_S == 300 and "runs past 5 minutes" in readme
    assert wp.CANCEL_GRACE_S == 3 and f"within {wp.CANCEL_GRACE_S:g} s of being cancelled" in readme


def test_a_forged_map_whose_grids_do_not_fit_its_axes_fails_its_job(worker, crewed):
    import dataclasses

    from thermoviz.analysis.wire import encode

    real = thermoviz.survival_map(crewed, ("hole_diameter_mm", 0.5, 1.0, 2), ("undock_after_puncture_h", 1.0, 2.0, 2))
    forged = dataclasses.replace(real, values=np.zeros((7, 3)))
    worker.pending[60] = ["map_job", b"", None, None]
    assert worker.parse(encode({"id": 60, "kind": "finished", "value": forged}))[1] == "failed"
    worker.pending[61] = ["map_job", b"", None, None]
    assert worker.parse(encode({"id": 61, "kind": "finished", "value": real}))[1] == "finished"
