#!/usr/bin/env python3
"""Small helpers for scripts/stack.sh: health probes, template rendering, unzip, ids.

Only the Python standard library is used, so this runs before any virtualenv exists.

  helper.py http URL [--header NAME=VALUE] [--json KEY.PATH=VALUE[|VALUE...]]  exit 0 when healthy
  helper.py kafka HOST PORT        a real ApiVersions request, exit 0 when the broker answers it
  helper.py tcp HOST PORT          exit 0 when something accepts connections
  helper.py modules URL            print the node's module names (Elasticsearch/OpenSearch), comma-separated
  helper.py render TEMPLATE OUT KEY=VALUE...   replace @KEY@ in TEMPLATE, write OUT
  helper.py unzip ZIP DEST         extract, keeping the unix permission bits
  helper.py kafka-cluster-id       print a random KRaft cluster id
"""

from __future__ import annotations

import base64
import json
import os
import socket
import struct
import sys
import urllib.error
import urllib.request
import uuid
import zipfile

TIMEOUT = 3.0


def _get(url: str) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            headers = {k.lower(): v for k, v in response.headers.items()}
            return response.status, headers, response.read()
    except urllib.error.HTTPError as error:
        headers = {k.lower(): v for k, v in error.headers.items()}
        return error.code, headers, error.read()


def _lookup(document: object, path: str) -> object:
    for key in path.split("."):
        if not isinstance(document, dict) or key not in document:
            return None
        document = document[key]
    return document


def cmd_http(args: list[str]) -> int:
    url, rest = args[0], args[1:]
    headers_wanted: list[tuple[str, str]] = []
    json_wanted: list[tuple[str, list[str]]] = []
    while rest:
        flag, value, rest = rest[0], rest[1], rest[2:]
        name, _, expected = value.partition("=")
        if flag == "--header":
            headers_wanted.append((name.lower(), expected))
        elif flag == "--json":
            json_wanted.append((name, expected.split("|")))
        else:
            raise SystemExit(f"unknown flag {flag}")
    try:
        status, headers, body = _get(url)
    except (OSError, ValueError):
        return 1
    if status != 200:
        return 1
    for name, expected in headers_wanted:
        if headers.get(name) != expected:
            return 1
    if json_wanted:
        try:
            document = json.loads(body)
        except ValueError:
            return 1
        for path, accepted in json_wanted:
            if str(_lookup(document, path)) not in accepted:
                return 1
    return 0


def _recv_exactly(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise OSError("connection closed")
        data += chunk
    return data


def cmd_kafka(args: list[str]) -> int:
    host, port = args[0], int(args[1])
    client_id = b"cutover-stack"
    correlation_id = 4242
    # ApiVersions (key 18) v0: the one request every broker answers before anything else.
    body = struct.pack(">hhih", 18, 0, correlation_id, len(client_id)) + client_id
    try:
        with socket.create_connection((host, port), timeout=TIMEOUT) as sock:
            sock.settimeout(TIMEOUT)
            sock.sendall(struct.pack(">i", len(body)) + body)
            (size,) = struct.unpack(">i", _recv_exactly(sock, 4))
            response = _recv_exactly(sock, size)
    except OSError:
        return 1
    if len(response) < 6:
        return 1
    got_correlation, error_code = struct.unpack(">ih", response[:6])
    return 0 if got_correlation == correlation_id and error_code == 0 else 1


def cmd_tcp(args: list[str]) -> int:
    try:
        with socket.create_connection((args[0], int(args[1])), timeout=TIMEOUT):
            return 0
    except OSError:
        return 1


def cmd_modules(args: list[str]) -> int:
    try:
        status, _, body = _get(args[0].rstrip("/") + "/_nodes/_local/plugins")
        document = json.loads(body)
    except (OSError, ValueError):
        return 1
    if status != 200:
        return 1
    names: set[str] = set()
    for node in (document.get("nodes") or {}).values():
        for kind in ("modules", "plugins"):
            for entry in node.get(kind) or []:
                names.add(str(entry.get("name")))
    print(",".join(sorted(names)))
    return 0


def cmd_render(args: list[str]) -> int:
    template, out, pairs = args[0], args[1], args[2:]
    with open(template, encoding="utf-8") as handle:
        text = handle.read()
    for pair in pairs:
        key, _, value = pair.partition("=")
        text = text.replace(f"@{key}@", value)
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(tmp, out)
    return 0


def cmd_unzip(args: list[str]) -> int:
    archive, dest = args[0], args[1]
    with zipfile.ZipFile(archive) as zipped:
        for info in zipped.infolist():
            path = zipped.extract(info, dest)
            mode = (info.external_attr >> 16) & 0o777
            if mode:
                os.chmod(path, mode)
    return 0


def cmd_kafka_cluster_id(_: list[str]) -> int:
    print(base64.urlsafe_b64encode(uuid.uuid4().bytes).decode("ascii").rstrip("="))
    return 0


COMMANDS = {
    "http": cmd_http,
    "kafka": cmd_kafka,
    "tcp": cmd_tcp,
    "modules": cmd_modules,
    "render": cmd_render,
    "unzip": cmd_unzip,
    "kafka-cluster-id": cmd_kafka_cluster_id,
}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(COMMANDS[sys.argv[1]](sys.argv[2:]))
