"""A PostgreSQL server as an office meets it: a proxy on loopback that holds every chunk for
half the round trip each way (`--latency 0.5ms|5ms`), and counts the statements the program
sends and the round trips they cost."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url


@dataclass
class Counts:
    statements: int = 0
    round_trips: int = 0  # chunks the program sent that the server had to answer
    received: int = 0  # bytes from the server
    _turn: bool = field(default=True, repr=False)


COUNTS = Counts()


def _counted(*_args: Any) -> None:
    COUNTS.statements += 1


event.listen(Engine, "before_cursor_execute", _counted)


def reset() -> Counts:
    """The counts so far, and a fresh start."""
    global COUNTS
    was, COUNTS = COUNTS, Counts()
    return was


def parse_latency(text: str) -> float:
    """'0.5ms' or '5ms' (or '0') as seconds of round trip."""
    value = text.strip().lower().removesuffix("ms")
    seconds = float(value) / 1000
    if seconds < 0:
        raise ValueError(f"a latency is not negative: {text}")
    return seconds


@contextmanager
def delayed(url: str, round_trip: float) -> Iterator[str]:
    """`url` reached through a proxy on loopback that adds `round_trip` seconds to every
    exchange; the URL to use instead while the block runs."""
    target = make_url(url)
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    port: list[int] = []

    async def serve() -> asyncio.AbstractServer:
        async def each(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            up_reader, up_writer = await asyncio.open_connection(
                target.host or "127.0.0.1", target.port or 5432
            )
            await asyncio.gather(
                _pipe(reader, up_writer, round_trip / 2, upward=True),
                _pipe(up_reader, writer, round_trip / 2, upward=False),
            )

        server = await asyncio.start_server(each, "127.0.0.1", 0)
        port.append(server.sockets[0].getsockname()[1])
        ready.set()
        return server

    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    started = asyncio.run_coroutine_threadsafe(serve(), loop)
    ready.wait(10)
    try:
        yield target.set(host="127.0.0.1", port=port[0]).render_as_string(hide_password=False)
    finally:
        started.result().close()
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)


async def _pipe(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float, *, upward: bool
) -> None:
    """Bytes from one side to the other, each chunk delivered `delay` after it arrived (in
    order, without holding back the ones behind it: a delay, not a slower line)."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

    async def deliver() -> None:
        while True:
            due, data = await queue.get()
            if not data:
                writer.close()
                return
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            writer.write(data)
            await writer.drain()

    sender = asyncio.ensure_future(deliver())
    try:
        while data := await reader.read(1 << 16):
            if upward:
                if COUNTS._turn:  # the first chunk since the server last answered
                    COUNTS.round_trips += 1
                COUNTS._turn = False
            else:
                COUNTS._turn = True
                COUNTS.received += len(data)
            queue.put_nowait((loop.time() + delay, data))
    except ConnectionError:
        pass
    queue.put_nowait((0.0, b""))
    await sender
