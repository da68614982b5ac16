"""Database connections behind the ledger: SQLite (default) and PostgreSQL (psycopg).

Both speak the same small interface; SQL is written once with `?` placeholders and
translated for psycopg (`%s`). Transactions are explicit (`BEGIN` ... `COMMIT`).
"""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..errors import ClaimtraceError

log = logging.getLogger(__name__)


class SQLiteBackend:
    dialect = "sqlite"

    def __init__(self, path: str | Path) -> None:
        self.name = str(path)
        try:
            if str(path) != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(path), isolation_level=None,
                                        check_same_thread=False, timeout=30)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if str(path) != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
        except (sqlite3.Error, OSError) as exc:
            raise ClaimtraceError("E201", db=str(path), why=str(exc)) from exc

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(sql, tuple(params)).fetchall()]

    def run(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.conn.execute(sql, tuple(params))

    def many(self, sql: str, seq: Iterable[Sequence[Any]]) -> None:
        self.conn.executemany(sql, seq)

    def begin(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self.conn.execute("COMMIT")

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()


class PostgresBackend:
    dialect = "postgresql"

    def __init__(self, dsn: str) -> None:
        self.name = _redact(dsn)
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as exc:  # the optional extra is not installed
            raise ClaimtraceError("E201", db=self.name,
                                  why="psycopg is not installed (pip install "
                                      "'claimtrace[postgres]')") from exc
        try:
            self.conn = psycopg.connect(dsn, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise ClaimtraceError("E201", db=self.name, why=str(exc).strip()) from exc
        self._in_tx = False

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(self._sql(sql), tuple(params))
        return list(cur.fetchall()) if cur.description else []

    def run(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.conn.execute(self._sql(sql), tuple(params))

    def many(self, sql: str, seq: Iterable[Sequence[Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(self._sql(sql), [tuple(p) for p in seq])

    def begin(self) -> None:
        self.conn.execute("BEGIN")
        self._in_tx = True

    def commit(self) -> None:
        self.conn.execute("COMMIT")
        self._in_tx = False

    def rollback(self) -> None:
        if self._in_tx:
            self.conn.execute("ROLLBACK")
            self._in_tx = False

    def close(self) -> None:
        self.conn.close()


def _redact(dsn: str) -> str:
    """The DSN without its password, for messages."""
    if "@" in dsn and "://" in dsn:
        scheme, rest = dsn.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}@{host}"
    return dsn


def connect(url_or_path: str | Path) -> SQLiteBackend | PostgresBackend:
    """A backend for a file path / `sqlite:///path` / `postgresql://...` URL."""
    text = str(url_or_path)
    if text.startswith(("postgresql://", "postgres://")):
        return PostgresBackend(text)
    if text.startswith("sqlite:///"):
        return SQLiteBackend(text[len("sqlite:///"):])
    if "://" in text:
        raise ClaimtraceError("E204", url=text)
    return SQLiteBackend(text)
