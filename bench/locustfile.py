"""Locust learners for bench/load.py (run by it, in its own virtual environment: see there).

Each simulated learner logs in with one of the accounts load.py made, then, with a think time
between steps, reads lessons, opens the exercise page, saves drafts, checks and submits (code of
its own, so that no submission reuses another's verdict) and follows the verdict as the page does
(polling its status until the 286 that ends the polling). Refusals the site means to give (429:
past a learner's limits) are counted apart, not as errors; any other status is an error.

The plan (accounts, lessons, exercises and their code) comes from load.py in LOAD_PLAN (JSON); the
ids of the accepted submissions go to LOAD_IDS when the run stops.
"""
import itertools
import json
import os
import random
import re
import time

from locust import HttpUser, between, events, task

PLAN = json.loads(os.environ.get("LOAD_PLAN", "{}"))
ACCEPTED: list[int] = []
NUMBERS = itertools.count()
SUBMISSION = re.compile(r"/submissions/(\d+)/$")
VERDICT_WAIT_S = 180


@events.test_stop.add_listener
def write_ids(**_kwargs):
    path = os.environ.get("LOAD_IDS")
    if path:
        with open(path, "w") as out:
            json.dump(sorted(set(ACCEPTED)), out)


class Learner(HttpUser):
    wait_time = between(3, 10)

    def on_start(self):
        self.number = next(NUMBERS)
        self.username = PLAN["users"][self.number % len(PLAN["users"])]
        self.lang = "ja" if self.number % 2 else "en"
        self.attempt = 0
        self.client.get(f"/{self.lang}/accounts/login/", name="GET login")
        with self.client.post(f"/{self.lang}/accounts/login/", name="POST login", catch_response=True,
                              data={"username": self.username, "password": PLAN["password"],
                                    "csrfmiddlewaretoken": self.csrf(), "next": f"/{self.lang}/"}) as r:
            if r.status_code != 200 or "/accounts/login/" in r.url:
                r.failure(f"login failed for {self.username}: {r.status_code} {r.url}")

    def csrf(self) -> str:
        return self.client.cookies.get("csrftoken", "")

    def post(self, path: str, name: str, data: dict, **kwargs):
        return self.client.post(path, name=name, data={**data, "csrfmiddlewaretoken": self.csrf()},
                                headers={"X-CSRFToken": self.csrf(), **kwargs.pop("headers", {})}, **kwargs)

    def code(self, exercise: dict) -> str:
        self.attempt += 1
        return random.choice(exercise["codes"]) + f"\n# {self.username}, attempt {self.attempt}\n"

    @task(6)
    def read_lesson(self):
        self.client.get(f"/{self.lang}/lessons/{random.choice(PLAN['lessons'])}/", name="GET lesson")

    @task(1)
    def home(self):
        self.client.get(f"/{self.lang}/", name="GET home")

    @task(1)
    def progress(self):
        self.client.get(f"/{self.lang}/progress/", name="GET progress")

    @task(3)
    def exercise_page(self):
        exercise = random.choice(PLAN["exercises"])
        self.client.get(f"/{self.lang}/exercises/{exercise['slug']}/", name="GET exercise")

    @task(3)
    def save_draft(self):
        exercise = random.choice(PLAN["exercises"])
        self.post(f"/{self.lang}/exercises/{exercise['slug']}/draft/", "POST draft", {"code": self.code(exercise)})

    @task(2)
    def check(self):
        exercise = random.choice(PLAN["exercises"])
        with self.post(f"/{self.lang}/exercises/{exercise['slug']}/check/", "POST check", {"code": self.code(exercise)},
                       headers={"HX-Request": "true"}, catch_response=True) as r:
            if r.status_code == 429:
                r.success()
                events.request.fire(request_type="REFUSED", name="POST check (429)", response_time=0,
                                    response_length=0, exception=None, context={})

    @task(1)
    def submit(self):
        exercise = random.choice(PLAN["exercises"])
        started = time.monotonic()
        with self.post(f"/{self.lang}/exercises/{exercise['slug']}/submit/", "POST submit",
                       {"code": self.code(exercise)}, catch_response=True) as r:
            found = SUBMISSION.search(r.url or "")
            if r.status_code != 200:
                return  # an error, counted as one
            if found is None:  # back on the exercise page: refused (pending or per-minute limit)
                r.success()
                events.request.fire(request_type="REFUSED", name="POST submit (limit)", response_time=0,
                                    response_length=0, exception=None, context={})
                return
        submission = int(found.group(1))
        ACCEPTED.append(submission)
        self.follow(submission, started)

    def follow(self, submission: int, started: float):
        """Poll the live part as the page does (htmx, every second) until the verdict is there."""
        deadline = time.monotonic() + VERDICT_WAIT_S
        while time.monotonic() < deadline:
            r = self.client.get(f"/{self.lang}/submissions/{submission}/status/", name="GET status (poll)",
                                headers={"HX-Request": "true"})
            if r.status_code == 286:
                events.request.fire(request_type="VERDICT", name="submit → verdict shown",
                                    response_time=(time.monotonic() - started) * 1000, response_length=0,
                                    exception=None, context={})
                return
            if r.status_code != 200:
                return
            time.sleep(1.0)
        events.request.fire(request_type="VERDICT", name="submit → verdict shown", response_time=VERDICT_WAIT_S * 1000,
                            response_length=0, exception=TimeoutError("no verdict"), context={})
