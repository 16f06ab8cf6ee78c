"""Small client for the policy-kg server, so the notebook stays about the analysis.

KG_URL (default http://127.0.0.1:4000) is the server; KG_OUT (default notebooks/out/) is where results go.
"""
from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pandas as pd
import requests

KG_URL = os.environ.get("KG_URL", "http://127.0.0.1:4000").rstrip("/")
KG_OUT = Path(os.environ.get("KG_OUT") or Path(__file__).resolve().parent / "out")
TIMEOUT_S = 60


class KgError(RuntimeError):
    """The server answered with GraphQL errors or an HTTP error."""


def query(gql: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
    """Runs a GraphQL query and returns its `data`; raises KgError with the server's messages on errors."""
    r = requests.post(f"{KG_URL}/graphql", json={"query": gql, "variables": variables or {}}, timeout=TIMEOUT_S)
    try:
        body = r.json()
    except ValueError as e:
        raise KgError(f"{KG_URL}/graphql answered HTTP {r.status_code}: {r.text[:200]}") from e
    if body.get("errors"):
        raise KgError("; ".join(f"{e.get('extensions', {}).get('code', 'ERROR')}: {e['message']}" for e in body["errors"]))
    return body["data"]


METRICS_QUERY = """
query Metrics($where: MetricWhere, $after: String) {
  metrics(where: $where, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id subject value valueMax unit kind period region { id name level } }
  }
}
"""


def metrics_frame(**where: Any) -> pd.DataFrame:
    """All metrics (optionally filtered like `Query.metrics`, e.g. unit="%") as a DataFrame, page by page."""
    rows: list[dict[str, Any]] = []
    after = None
    while True:
        page = query(METRICS_QUERY, {"where": where or None, "after": after})["metrics"]
        for n in page["nodes"]:
            region = n.pop("region") or {}
            rows.append({**n, "region": region.get("name"), "regionId": region.get("id"), "regionLevel": region.get("level")})
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    return pd.DataFrame(rows, columns=["id", "subject", "value", "valueMax", "unit", "kind", "period", "region", "regionId", "regionLevel"])


def links_frame(**params: Any) -> pd.DataFrame:
    """Every policy–region path from `/export/policy-region-links.csv` (params: policyId, regionId, maxHops)."""
    r = requests.get(f"{KG_URL}/export/policy-region-links.csv", params=params, timeout=TIMEOUT_S)
    if r.status_code != 200:
        raise KgError(f"{r.url} answered HTTP {r.status_code}: {r.text[:200]}")
    return pd.read_csv(io.StringIO(r.content.decode("utf-8")), dtype={"hops": "Int64"})


def use_cjk_font() -> str | None:
    """Makes matplotlib draw Chinese: picks the first installed CJK font; returns its name (None if there is none)."""
    from matplotlib import font_manager, rcParams

    installed = {f.name for f in font_manager.fontManager.ttflist}
    for name in ("Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC", "WenQuanYi Zen Hei", "SimHei", "Microsoft YaHei", "PingFang SC"):
        if name in installed:
            rcParams["font.family"] = [name, "sans-serif"]
            rcParams["axes.unicode_minus"] = False
            return name
    return None
