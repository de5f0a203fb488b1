from celery import shared_task


@shared_task(name="academy.ping")
def ping(payload: str = "pong") -> dict[str, str]:
    """Round trip used by the broker health test: proves a worker picked the message up."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {"reply": payload, "database": connection.vendor}
