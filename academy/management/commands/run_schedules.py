"""Celery beat's schedule for a machine with no broker (`make run`): runs each periodic task
in this process when it falls due, from the same CELERY_BEAT_SCHEDULE that beat uses in
production, so scheduled publishing and reminders work on a laptop too."""

import time

from celery.schedules import schedule as every
from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from academy.celery import app


class Command(BaseCommand):
    help = "Run the periodic tasks in-process when no Celery broker is configured."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run every task once and exit.")
        parser.add_argument("--interval", type=float, default=15.0)

    def handle(self, *args, once=False, interval=15.0, **options):
        if settings.CELERY_BROKER_URL:
            self.stderr.write("A broker is configured: run `celery -A academy beat` instead.")
            return
        app.loader.import_default_modules()  # autodiscovery, as a worker does on start
        entries = {
            name: (entry["task"], self._schedule(entry["schedule"]))
            for name, entry in settings.CELERY_BEAT_SCHEDULE.items()
        }
        # Like beat on its first start: every task counts as just run, so weekly work waits
        # for its time rather than firing at every restart.
        started = timezone.now()
        last_run = dict.fromkeys(entries, started)
        while True:
            for name, (task, schedule) in entries.items():
                if not once and not schedule.is_due(last_run[name]).is_due:
                    continue
                last_run[name] = timezone.now()
                try:
                    app.tasks[task].apply(throw=True)
                except Exception as error:  # keep the schedule alive, as beat does
                    self.stderr.write(f"{name}: {error}")
            if once:
                return
            time.sleep(interval)

    @staticmethod
    def _schedule(value):
        return every(value) if isinstance(value, (int, float)) else value
