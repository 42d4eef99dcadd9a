"""Plain data passed between the pipeline steps: parse → chunk → index → retrieve → answer → cite."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace

SECTION_SEP = " > "


@dataclass(frozen=True)
class Section:
    """One smallest unit of a letter, in document order.

    `path` is the heading path from the top, e.g.
    ("二、下一步工作重点", "(四)培育壮大科技服务业人才队伍", "一是培育壮大科技服务人才队伍");
    it is empty for text outside any numbered heading.  `part` says which part of the
    letter the unit belongs to: "salutation", "opening", "body", "closing" or "signature".
    `text` is the raw letter text of the unit, `body[start:end] == text`.
    """

    path: tuple[str, ...]
    part: str
    text: str
    start: int
    end: int

    @property
    def section(self) -> str:
        return SECTION_SEP.join(self.path)


@dataclass(frozen=True)
class Letter:
    """A parsed reply letter. Any field the letter does not state is None (or empty)."""

    letter_id: str  # content hash of the cleaned text
    source: str  # file name as ingested
    body: str  # the letter with page furniture removed: title … signature/date
    sections: tuple[Section, ...]
    title: str | None = None
    issuer: str | None = None
    doc_number: str | None = None
    index_no: str | None = None
    # 发布机构: the portal or office the page names as publishing it (often a general office,
    # not the issuer)
    publisher: str | None = None
    proposal_no: str | None = None  # as written, e.g. "0798"
    kind: str | None = None  # "提案" or "建议"
    session: str | None = None  # e.g. "市政协六届二次会议"
    proposers: tuple[str, ...] = ()
    proposal_title: str | None = None
    co_handlers: tuple[str, ...] = ()
    signer: str | None = None
    date_signed: str | None = None  # ISO date, YYYY-MM-DD
    date_published: str | None = None
    # 成文日期 / 发文日期 as the page's metadata states it: when it was written, which a copy
    # without its sign-off gives nowhere else
    date_written: str | None = None
    category: str | None = None  # 办复类别 A/B/C
    topic: str | None = None  # 主题分类
    contact: str | None = None
    path: str | None = None  # where it was read from

    @property
    def written_apart(self) -> str | None:
        """The written date when no other date of the letter is that day (a portal's 成文日期
        is often its publication date)."""
        written = self.date_written
        return written if written not in (self.date_signed, self.date_published) else None

    @property
    def year(self) -> int | None:
        date = self.date_signed or self.date_written or self.date_published
        return int(date[:4]) if date else None


def letter_id_of(body: str) -> str:
    """A letter's id: a hash of its cleaned text, so the same words read from .txt, .docx
    or .html are the same letter."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Chunk:
    """The unit that is embedded, keyword-indexed and quoted."""

    chunk_id: str
    letter_id: str
    source: str
    ordinal: int  # position within the letter
    section: str  # heading path joined with " > "
    part: str
    text: str  # raw letter text, shown to users as the quote
    header: str  # short context header: title, proposal number, section path
    start: int  # offsets into Letter.body
    end: int
    title: str | None = None
    issuer: str | None = None
    doc_number: str | None = None
    proposal_no: str | None = None
    kind: str | None = None
    session: str | None = None
    year: int | None = None
    date_signed: str | None = None
    date_published: str | None = None
    # A letter printed in traditional characters is searched and read in simplified ones:
    # `text` (and `header`) is then its simplified view, character for character, and
    # `printed` the text as the letter prints it, which quotes show. None otherwise.
    printed: str | None = None

    def as_printed(self) -> Chunk:
        """The chunk in the letter's own characters (itself unless it was simplified)."""
        return self if self.printed is None else replace(self, text=self.printed, printed=None)

    @property
    def indexed_text(self) -> str:
        """What is embedded and keyword-indexed: context header, then the raw text."""
        return f"{self.header}\n{self.text}"


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with its score."""

    chunk_id: str
    letter_id: str
    source: str
    title: str | None
    issuer: str | None
    doc_number: str | None
    proposal_no: str | None
    section: str
    text: str
    score: float
    date: str | None = None
    part: str = "body"
    kind: str | None = None  # 提案 or 建议, as the letter's parse found it
    printed: str | None = None  # `text` as the letter prints it, when `text` is simplified

    @classmethod
    def from_chunk(cls, chunk: Chunk, score: float) -> Passage:
        return cls(
            chunk_id=chunk.chunk_id,
            letter_id=chunk.letter_id,
            source=chunk.source,
            title=chunk.title,
            issuer=chunk.issuer,
            doc_number=chunk.doc_number,
            proposal_no=chunk.proposal_no,
            section=chunk.section,
            text=chunk.text,
            score=float(score),
            date=chunk.date_signed or chunk.date_published,
            part=chunk.part,
            kind=chunk.kind,
            printed=chunk.printed,
        )

    def as_printed(self) -> Passage:
        """The passage in the letter's own characters (itself unless it was simplified)."""
        return self if self.printed is None else replace(self, text=self.printed, printed=None)

    def cite(self, quote: str) -> Citation:
        """A citation of this passage backed by `quote` (callers check it is verbatim),
        in the letter's own characters: a quote of a simplified passage is printed as the
        letter prints it, at the same place."""
        if self.printed is not None and (at := self.text.find(quote)) >= 0:
            return replace(self, text=self.printed, printed=None).cite(
                self.printed[at : at + len(quote)]
            )
        return Citation(
            letter_id=self.letter_id,
            source=self.source,
            title=self.title,
            issuer=self.issuer,
            doc_number=self.doc_number,
            proposal_no=self.proposal_no,
            section=self.section,
            text=self.text,
            quote=quote,
            chunk_id=self.chunk_id,
            date=self.date,
            kind=self.kind,
        )


@dataclass(frozen=True)
class Citation:
    """Marker [n] of an answer: where the claim comes from and the verbatim supporting text."""

    letter_id: str
    source: str
    title: str | None
    issuer: str | None
    doc_number: str | None
    proposal_no: str | None
    section: str
    text: str  # the whole passage
    quote: str  # verbatim substring of `text` that supports the claim
    chunk_id: str = ""
    date: str | None = None
    kind: str | None = None  # 提案 or 建议


@dataclass(frozen=True)
class CompareRow:
    """One letter's row of a compare answer ("各地对…是怎么答复的"): the letter, who answered
    and when, and its verbatim sentences on the question's concern — what it has done and
    what it promises — each with its citation marker (`done_n` is [n]); None when the
    letter states none."""

    letter_id: str
    name: str  # how the table names the letter: "第0798号提案", else its title
    title: str | None
    proposal_no: str | None
    kind: str | None
    issuer: str | None
    date: str | None
    done: str | None = None
    done_n: int | None = None
    promised: str | None = None
    promised_n: int | None = None
    # Its sentence on the concern when it has neither a report nor a promise on it.
    said: str | None = None
    said_n: int | None = None


@dataclass(frozen=True)
class Answer:
    text: str
    citations: list[Citation] = field(default_factory=list)
    refused: bool = False
    notice: str | None = None  # e.g. "LLM unavailable, extractive answer shown"
    closest: list[str] = field(default_factory=list)  # closest letters' titles when refused
    question: str | None = None  # the standalone question actually answered
    mode: str = "offline"
    # Why it was answered or refused: the retrieval confidence and its inputs (cosine,
    # keyword coverage, dense margin, whether a letter was named, …).
    diagnostics: dict[str, float] = field(default_factory=dict)
    # A compare answer's table, one row per letter (empty for every other answer).
    compare: list[CompareRow] = field(default_factory=list)


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    chunks: int = 0  # chunks in the index after the ingest
    # Files whose letter is already indexed under another path: (path, reason). They are
    # also counted in `unchanged` (the index did not change), never indexed twice.
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the user should know, one line each

    @property
    def ok(self) -> bool:
        return not self.failed
