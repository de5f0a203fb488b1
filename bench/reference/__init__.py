"""A reference Wagtail site for `make bench`: a new Wagtail project's settings and middleware,
one page model with a rich-text body, no caching. `bench/run.py` gives it a page holding the same
HTML as the academy's article and serves it with the same gunicorn, so the academy's uncached
article can be set beside what Wagtail itself costs to serve a page of that size from the
database."""
