"""Wagtail's database search backend, made to find Chinese.

modelsearch picks the backend for the database in use (SQLite FTS5, PostgreSQL full text, or
the fallback); we subclass whichever it picks, so every search through Wagtail (the admin page
search, page and snippet choosers, the site search's documents) goes through `search()` and
`autocomplete()` here. Each run of Chinese characters in a query is rewritten to its character
bigrams (`content.search.text`), which the indexed objects provide next to their own text:
`TranslatedPage.chinese_index_text` and `GlossaryTerm.chinese_index_text` for Wagtail's own
models, `SearchDocument.index_title`/`index_body` for the site search. Latin text is left
exactly as the backend would have had it.

Settings: WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "content.search.backend"}}
"""

from functools import cache

from modelsearch.backends.database import SearchBackend as vendor_backend
from modelsearch.query import And, Boost, Not, Or, Phrase, PlainText

from content.search.text import cjk_query_groups, cjk_query_rewrite


def _operator(operator: str | None, compiler_class) -> str:
    return (operator or compiler_class.DEFAULT_OPERATOR).lower()


def rewrite(query, operator: str):
    """`query` (a string or a modelsearch query) with its Chinese runs as required bigrams."""
    if isinstance(query, str):
        rest, groups = cjk_query_groups(query)
        if not groups:
            return query
        if operator == "and":
            return cjk_query_rewrite(query)
        # "or" between words, but a Chinese run is still found only if all its bigrams are.
        alternatives = [PlainText(" ".join(group), operator="and") for group in groups]
        if rest.strip():
            alternatives.append(PlainText(rest, operator="or"))
        return alternatives[0] if len(alternatives) == 1 else Or(alternatives)
    if isinstance(query, PlainText):
        rewritten = rewrite(query.query_string, query.operator)
        if isinstance(rewritten, str):
            return PlainText(rewritten, operator=query.operator, boost=query.boost)
        return rewritten
    if isinstance(query, Phrase):
        # Bigrams have no phrase order to keep: a Chinese phrase becomes all its bigrams.
        _rest, groups = cjk_query_groups(query.query_string)
        return PlainText(rewrite(query.query_string, "and"), operator="and") if groups else query
    if isinstance(query, (And, Or)):
        return type(query)([rewrite(subquery, operator) for subquery in query.subqueries])
    if isinstance(query, Not):
        return Not(rewrite(query.subquery, operator))
    if isinstance(query, Boost):
        return Boost(rewrite(query.subquery, operator), query.boost)
    return query  # MatchAll, Fuzzy: nothing to segment


class ChineseQueryMixin:
    def search(self, query, model_or_queryset, fields=None, operator=None, **kwargs):
        query = rewrite(query, _operator(operator, self.query_compiler_class))
        return super().search(query, model_or_queryset, fields=fields, operator=operator, **kwargs)

    def autocomplete(self, query, model_or_queryset, fields=None, operator=None, **kwargs):
        compiler_class = self.autocomplete_query_compiler_class or self.query_compiler_class
        query = rewrite(query, _operator(operator, compiler_class))
        return super().autocomplete(
            query, model_or_queryset, fields=fields, operator=operator, **kwargs
        )


@cache
def _with_chinese_queries(backend_class: type) -> type:
    return type(backend_class.__name__, (ChineseQueryMixin, backend_class), {})


def SearchBackend(params):  # the name modelsearch looks up in a backend module
    backend_class = type(vendor_backend(params))
    return _with_chinese_queries(backend_class)(params)
