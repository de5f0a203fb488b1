"""Search text normalisation, applied identically to indexed text and to queries.

Wagtail's database search backends split text only at spaces and punctuation (SQLite FTS5's
unicode61 tokenizer, PostgreSQL's default parser), so a run of Chinese characters is a single
token and `基因組` inside a sentence is never found. Dictionary segmenters (jieba) are trained on
Simplified mainland text and miss Hong Kong Traditional words. So Chinese is segmented here,
without a dictionary, into overlapping character n-grams:

- indexed text: every run of Chinese characters becomes its unigrams and bigrams
  (`基因組` -> `基 因 组 基因 因组`);
- a query run of one character becomes that unigram, a longer run its bigrams, all required
  (`基因組` -> `基因 因组`). A document containing the run contains all its bigrams, and one
  containing `基因組` and `學` apart does not contain the bigram `组学`.

Chinese is folded to Simplified first (OpenCC, the same conversion as `academy.chinese`), so a
query in either script finds text in either script. English words are lowercased and reduced to
their Snowball stems (`sequencing` -> `sequenc`), since SQLite FTS5 does not stem at all.

Everything that is neither a letter, a digit nor a Chinese character is dropped, so what reaches
the search backend is a plain list of space-separated tokens: no quotes, operators or control
characters that could upset an FTS5 MATCH expression or `to_tsquery`.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from academy.chinese import to_simplified

# Queries longer than this are refused with a message rather than searched.
MAX_QUERY_LENGTH = 200
# A query never sends more tokens than this to the backend (a 30-character Chinese query has
# 29 bigrams; the first 20 already pin the documents down).
MAX_QUERY_TOKENS = 20
# Longer "words" are base64, DNA sequences or garbage; PostgreSQL refuses lexemes over 2 KB.
MAX_TOKEN_LENGTH = 60

# Han ideographs: CJK Unified (with extension A and the supplementary planes), compatibility
# ideographs, and 〇 (the ideographic zero used in Chinese numerals).
CJK_CHARACTERS = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK_RUN = re.compile(f"[{CJK_CHARACTERS}]+")
# A word: letters and digits (any script but Han), with inner apostrophes ("children's").
_WORD_CHARACTER = f"[^\\W_{CJK_CHARACTERS}]"
_WORD = re.compile(f"{_WORD_CHARACTER}+(?:['’]{_WORD_CHARACTER}+)*")
_TOKEN = re.compile(f"(?P<cjk>[{CJK_CHARACTERS}]+)|(?P<word>{_WORD.pattern})")
# Control characters and lone surrogates: OpenCC stops at a NUL and cannot encode a surrogate.
_UNSAFE = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})

# Dropped from queries (unless the query is nothing else), so "what is a gene" asks for documents
# about genes rather than ones that also contain "what". PostgreSQL's English configuration
# drops these itself; SQLite FTS5 would otherwise require every one of them.
STOP_WORDS = frozenset(
    """a an and are as at be but by can do does for from how i if in into is it its me my no not
    of on or our so such than that the their them then there these they this to was we were what
    when where which who why will with you your""".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=20_000)
def stem(word: str) -> str:
    """A lowercase word's Snowball stem, applied until it no longer changes.

    Snowball is not idempotent on its own output (`analyses` -> `analys` -> `anali`); iterating
    to a fixed point makes every token map to itself when normalised again.
    """
    word = word.lower().translate(_APOSTROPHES)
    for _ in range(5):
        stemmed = _stemmer().stemWord(word)
        if stemmed == word:
            break
        word = stemmed
    # Stems keep no punctuation: FTS5 and to_tsquery get bare tokens ("don't" -> "dont").
    return word.replace("'", "")


def _prepare(text: str) -> str:
    """Unicode compatibility forms folded (full-width ＤＮＡ -> DNA), Chinese in Simplified."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", _UNSAFE.sub(" ", text)).translate(_APOSTROPHES)
    return to_simplified(text)


def _bigrams(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run) - 1)]


def cjk_index_tokens(run: str) -> list[str]:
    """Unigrams then bigrams of one run of Chinese characters."""
    return [*run, *_bigrams(run)]


def cjk_query_tokens(run: str) -> list[str]:
    """What a query run must match: the character itself, or all of its bigrams."""
    return [run] if len(run) == 1 else _bigrams(run)


def _word_token(word: str) -> str | None:
    token = stem(word)
    return token if token and len(token) <= MAX_TOKEN_LENGTH else None


def index_text(text: str) -> str:
    """Indexed form of a document's text: stems and Chinese n-grams, space-separated.

    Tokens keep their order and repeats, so the backend's ranking still sees term frequency.
    """
    tokens: list[str] = []
    for match in _TOKEN.finditer(_prepare(text)):
        if match.lastgroup == "cjk":
            tokens += cjk_index_tokens(match.group())
        elif token := _word_token(match.group()):
            tokens.append(token)
    return " ".join(tokens)


def cjk_index_expansion(text: str) -> str:
    """Only the Chinese n-grams of `text`: what Wagtail's own index needs next to the titles it
    already holds (see `content.search.backend`)."""
    tokens: list[str] = []
    for run in _CJK_RUN.findall(_prepare(text)):
        tokens += cjk_index_tokens(run)
    return " ".join(dict.fromkeys(tokens))


def cjk_query_groups(text: str) -> tuple[str, list[list[str]]]:
    """Split a query for Wagtail's own backend: the text with its Chinese runs taken out (left as
    the user typed it, for the backend to handle as usual) and, for each Chinese run, the tokens
    that must all match."""
    prepared = _prepare(text)
    groups = [cjk_query_tokens(run) for run in _CJK_RUN.findall(prepared)]
    rest = _CJK_RUN.sub(" ", prepared) if groups else text
    return rest, groups


def cjk_query_rewrite(text: str) -> str:
    """`text` with each Chinese run replaced, where it stands, by the tokens it must match; the
    rest as typed. In place, so an autocomplete query's last (prefix) term stays the last."""
    prepared = _prepare(text)
    if not _CJK_RUN.search(prepared):
        return text
    rewritten = _CJK_RUN.sub(lambda run: f" {' '.join(cjk_query_tokens(run.group()))} ", prepared)
    return " ".join(rewritten.split())


@dataclass(frozen=True)
class Query:
    """A reader's query, normalised."""

    tokens: tuple[str, ...]  # what the backend must find, all of them
    stems: frozenset[str]  # English stems asked for, to highlight matching words
    chinese: tuple[str, ...]  # the Chinese runs asked for, in Simplified, to highlight

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    def __bool__(self) -> bool:
        return bool(self.tokens)


def parse_query(raw: str) -> Query:
    """Normalise a query the way `index_text` normalises documents.

    Never raises: anything unsearchable (punctuation, emoji, lone surrogates, control characters)
    is dropped, and an empty `Query` means there is nothing left to search for.
    """
    raw = (raw or "")[: MAX_QUERY_LENGTH * 2]
    tokens: list[str] = []
    stems: set[str] = set()
    chinese: list[str] = []
    words: list[tuple[str, str]] = []  # (lowercase word, stem)
    for match in _TOKEN.finditer(_prepare(raw)):
        if match.lastgroup == "cjk":
            run = match.group()
            chinese.append(run)
            tokens += cjk_query_tokens(run)
        elif token := _word_token(match.group()):
            words.append((match.group().lower().replace("'", ""), token))
    content_words = [(word, token) for word, token in words if word not in STOP_WORDS]
    # A query of nothing but stop words ("the who") is searched as typed.
    for _word, token in content_words if (content_words or chinese) else words:
        tokens.append(token)
        stems.add(token)
    unique = tuple(dict.fromkeys(tokens))[:MAX_QUERY_TOKENS]
    return Query(tokens=unique, stems=frozenset(stems), chinese=tuple(dict.fromkeys(chinese)))


def words(text: str):
    """(start, end, stem) of each non-Chinese word in `text`, for highlighting."""
    for match in _WORD.finditer(text):
        word = unicodedata.normalize("NFKC", match.group())
        yield match.start(), match.end(), stem(word)


def is_chinese(character: str) -> bool:
    return bool(_CJK_RUN.fullmatch(character))
