    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
/    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
z    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
g    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
,    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
R    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
C    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
w    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
m    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
f    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
m    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
j    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
g    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
m    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
v    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
g    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
m    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
=    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
m    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
j    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
g    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
,    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
m    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
v    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
f    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
w    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
w    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
w    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
(    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
,    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
w    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
)    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
:    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
=    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
g    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
(    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
/    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
z    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
)    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
=    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
j    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
(    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
)    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
u    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
=    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
=    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
2    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
0    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
0    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
,    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
u    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
=    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
=    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
(    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
m    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
w    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
(    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
-    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
)    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
f    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
m    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
w    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
w    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
)    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
x    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
x    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
v    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
f    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
5    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
0    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
3    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
w    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
w    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
x    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
(    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
,    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
m    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
,    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
w    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
)    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
:    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
f    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
m    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
g    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
m    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
x    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
f    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
m    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
g    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
x    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
m    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
u    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
m    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
(    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
u    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
,    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
w    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
,    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
m    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
:    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
N    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
)    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
x    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
(    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
)    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
:    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
=    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
g    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
(    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
/    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
z    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
)    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
f    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
:    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
m    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
u    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
(    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
)    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
x    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
(    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
)    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
=    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
j    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
(    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
)    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
u    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
=    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
=    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
5    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
0    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
3    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
x    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
F    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
u    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
w    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
x    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
f    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
u    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
x    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
f    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
5    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
0    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
3    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
w    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
w    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
(    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
)    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
:    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
f    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
m    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
u    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
w    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
m    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
=    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
:    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
/    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
/    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
1    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
2    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
7    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
0    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
0    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
1    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
:    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
1    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
/    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
0    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
#    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
g    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
1    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
w    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
v    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
g    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
(    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
C    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
E    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
L    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
E    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
R    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
Y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
B    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
R    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
O    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
K    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
E    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
R    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
U    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
R    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
L    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
=    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
)    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
:    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
f    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
u    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
=    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
:    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
=    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
g    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
(    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
/    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
h    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
z    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
)    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
f    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
:    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
f    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
m    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
j    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
g    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
f    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
m    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
g    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
f    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
u    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
=    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
g    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
C    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
E    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
L    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
E    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
R    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
Y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
B    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
R    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
O    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
K    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
E    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
R    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
U    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
R    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
L    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
=    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
j    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
(    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
)    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
p    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
.    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
u    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
_    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
c    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
=    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
=    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
5    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
0    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
3    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
u    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
=    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
=    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
g    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
F    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
n    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
w    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
F    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
l    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
y    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
d    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
t    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
b    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
a    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
[    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
o    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
k    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
"    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
]    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
i    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
s    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
     dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
T    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
r    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
u    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
e    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)

    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    def point_at(url):
        app.conf.broker_url = url
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None

    with override_settings(CELERY_BROKER_URL=dead):
        point_at(dead)
        try:
            response = client.get("/healthz")
        finally:
            from django.conf import settings

            point_at(settings.CELERY_BROKER_URL)
