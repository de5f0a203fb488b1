"""Demo content for `manage.py load_demo`: written fresh for this project, accurate and sourced.

Plain data, no Django imports, so writers can edit it without touching code. The loader
(`content.demo`) turns it into pages and snippets. Every text has an English (`en`) and a
Traditional Chinese, Hong Kong usage (`zh_hant`) version; Simplified Chinese is derived.

Shapes
------
TOPICS (topics.py): list of dicts
    slug, title{en,zh_hant}, summary{en,zh_hant} (one sentence), intro{en,zh_hant} (HTML <p>),
    image (an ILLUSTRATIONS key)

ARTICLES (articles_*.py): list of dicts
    slug, topic (a TOPICS slug), audience (list of "public", "patients", "families",
    "students", "professionals"), level ("general" or "professional"),
    title{en,zh_hant}, summary{en,zh_hant} (plain-language summary, 1-3 sentences),
    image (an ILLUSTRATIONS key, used for cards and social previews),
    reviewer {name, credentials{en,zh_hant}}, last_reviewed "YYYY-MM-DD",
    next_review_due "YYYY-MM-DD", related (list of other article slugs),
    body{en: [blocks], zh_hant: [blocks]}

    A block is a (type, value) tuple:
      ("heading", "text")                                  an h2
      ("subheading", "text")                               an h3
      ("paragraph", "<p>HTML</p>")                         p, strong, em, ul/ol/li, a href
      ("key_points", {"title": str, "points": [str, ...]})
      ("callout", {"tone": "info" | "important", "title": str, "text": "<p>HTML</p>"})
      ("image", {"image": KEY, "alt": str, "caption": str})
      ("figure", {"image": KEY, "alt": str, "caption": str, "long_description": str})
      ("faq", [{"question": str, "answer": "<p>HTML</p>"}, ...])
      ("references", [{"citation": str, "doi": str or None, "url": str or None}, ...])

GLOSSARY (glossary.py): list of dicts
    slug, term{en,zh_hant}, short{en,zh_hant} (one sentence, <= 160 characters in English),
    full{en,zh_hant} (HTML <p>), synonyms{en: [..], zh_hant: [..]}, related (list of slugs)

EVENTS, PUBLICATIONS, NEWS, FAQS (other.py): see the docstring there.

ILLUSTRATIONS keys (drawn by the loader): "dna-helix", "chromosomes", "sequencing",
"family-tree", "red-blood-cells", "medicines", "risk-curve", "biobank", "counselling", "lab".
"""
