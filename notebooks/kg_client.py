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


SERIES_QUERY = """
query Series($id: ID!, $regions: [ID!], $years: [Int!], $status: PeriodStatus, $part: PeriodPart,
             $measure: MetricKind, $after: String) {
  indicator(id: $id) {
    series(regions: $regions, years: $years, status: $status, part: $part, measure: $measure, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes {
        region { id name level }
        year part months status measure period value valueMax unit kind qualifier conflict
        source { start end text report { id } }
      }
    }
  }
}
"""

SERIES_COLUMNS = [
    "indicator", "region", "regionId", "regionLevel", "year", "part", "months", "status", "measure", "period",
    "value", "valueMax", "unit", "kind", "qualifier", "conflict", "report", "start", "end", "text",
]


def series_frame(indicator: str, **filters: Any) -> pd.DataFrame:
    """One indicator's values by region and period (`Indicator.series`), every page, as a DataFrame.

    `filters` are the field's arguments: regions (ids), years, status (ACTUAL, TARGET, ESTIMATE), part (FULL_YEAR,
    H1 …), measure (YOY_GROWTH, LEVEL …), e.g. `series_frame("gdp", years=[2025], status="ACTUAL")`. One row per
    region, period, status, measure and value: two rows of one region and period are reports that disagree
    (`conflict` True). `report`, `start`, `end`, `text` say where the value is written.
    """
    rows: list[dict[str, Any]] = []
    after = None
    while True:
        data = query(SERIES_QUERY, {"id": indicator, **filters, "after": after})
        page = data["indicator"]["series"]
        for n in page["nodes"]:
            region, source = n.pop("region"), n.pop("source") or {}
            rows.append({
                **n, "indicator": indicator, "region": region["name"], "regionId": region["id"], "regionLevel": region["level"],
                "report": (source.get("report") or {}).get("id"), "start": source.get("start"), "end": source.get("end"), "text": source.get("text"),
            })
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    return pd.DataFrame(rows, columns=SERIES_COLUMNS)


COMPARE_QUERY = """
query Compare($indicators: [ID!]!, $regions: [ID!], $year: Int!, $part: PeriodPart, $status: PeriodStatus,
              $measure: MetricKind, $after: String) {
  compare(indicators: $indicators, regions: $regions, year: $year, part: $part, status: $status, measure: $measure,
          first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    rows {
      region { id name }
      cells {
        indicator { id }
        values { status measure value valueMax unit qualifier conflict source { text report { id } } }
      }
    }
  }
}
"""


def compare_frame(indicators: list[str], year: int, **options: Any) -> pd.DataFrame:
    """`Query.compare` as a long DataFrame: one row per region, indicator and value stated (no row for an empty cell).

    `options`: regions (ids), part (default FULL_YEAR), status, measure. Pivot it for the region × indicator table,
    e.g. `compare_frame(["gdp", "cpi"], 2025, status="ACTUAL").pivot_table(index="region", columns="indicator",
    values="value", aggfunc="first")`; a cell whose reports disagree has several rows, `conflict` True on each.
    """
    rows: list[dict[str, Any]] = []
    after = None
    while True:
        table = query(COMPARE_QUERY, {"indicators": indicators, "year": year, **options, "after": after})["compare"]
        for row in table["rows"]:
            for cell in row["cells"]:
                for v in cell["values"]:
                    source = v.pop("source") or {}
                    rows.append({
                        "region": row["region"]["name"], "regionId": row["region"]["id"], "indicator": cell["indicator"]["id"], **v,
                        "report": (source.get("report") or {}).get("id"), "text": source.get("text"),
                    })
        if not table["pageInfo"]["hasNextPage"]:
            break
        after = table["pageInfo"]["endCursor"]
    columns = ["region", "regionId", "indicator", "status", "measure", "value", "valueMax", "unit", "qualifier", "conflict", "report", "text"]
    return pd.DataFrame(rows, columns=columns)


def report_regions(year: int | None = None) -> pd.DataFrame:
    """The regions the loaded reports are about (a work report's province), optionally only reports of one year."""
    reports = query("{ reports { id year region { id name } } }")["reports"]
    rows = [{"report": r["id"], "year": r["year"], "region": r["region"]["name"], "regionId": r["region"]["id"]}
            for r in reports if r["region"] and (year is None or r["year"] == year)]
    return pd.DataFrame(rows, columns=["report", "year", "region", "regionId"]).sort_values("region", ignore_index=True)
